"""The command line ends every failure with one line and a non-zero status, never a
traceback: Ctrl+C and Ctrl+D at the PIN prompt, no terminal, a missing output folder, an
unexpected error, an import while the app is open; and it draws progress with ``\\r`` only
on a terminal. Real processes, with a pseudo-terminal where a terminal is the point."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
import time

import pytest

from tests.helpers import UNLOCK_CODE, sealed_data_dir, unlock_line
from workshop_kit.cli import main
from workshop_kit.instance import InstanceLock
from workshop_kit.records.pin import PinStore
from workshop_kit.records.store import WorkshopStore

DETAILS = {
    "curriculum_id": "equal-voices",
    "session_ids": ("gender-and-power",),
    "site": "Cairo group",
    "day": "2026-11-20",
    "language": "en",
    "expected_participants": 3,
    "instrument_id": "gbv-attitudes",
    "instrument_version": 1,
}


@pytest.fixture
def with_pin(user_data):
    sealed_data_dir(user_data)
    PinStore(user_data / "pin.json").set_pin("246813")
    return user_data


def command(*args: str) -> list[str]:
    return [sys.executable, "-m", "workshop_kit", *args]


def env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def read_until(fd: int, wanted: bytes, timeout: float = 60) -> bytes:
    seen = b""
    deadline = time.monotonic() + timeout  # only a guard against a hang, not a measure
    while wanted not in seen and time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 1)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
    return seen


def in_terminal(
    args: list[str], keys: bytes | None, after: bytes, *, unlock: bool = False
) -> tuple[int, str]:
    """Run ``args`` on a pseudo-terminal, type ``keys`` once ``after`` is shown (first the
    unlock code at its prompt, with ``unlock``)."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: the pty is its controlling terminal
        os.execve(args[0], args, env())
    out = b""
    if unlock:
        out += read_until(fd, b"Unlock code:")
        os.write(fd, UNLOCK_CODE.encode() + b"\n")
    out += read_until(fd, after)
    if keys is not None:
        os.write(fd, keys)
    out += read_until(fd, b"\0")  # everything up to the end
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    return os.waitstatus_to_exitcode(status), out.decode("utf-8", "replace")


@pytest.mark.slow
@pytest.mark.parametrize(("key", "message"), [(b"\x03", "cancelled"), (b"\x04", "no PIN given")])
def test_ctrl_c_or_ctrl_d_at_the_pin_prompt_ends_in_one_line(tmp_path, with_pin, key, message):
    out_file = tmp_path / "responses.csv"
    status, out = in_terminal(
        command("export", "--format", "csv", "-o", str(out_file)),
        key,
        b"Facilitator PIN:",
        unlock=True,
    )
    assert status == 130
    assert f"workshop-kit export: {message}" in out
    assert "Traceback" not in out
    assert not out_file.exists()


@pytest.mark.slow
@pytest.mark.parametrize("key", [b"\x03", b"\x04"])
def test_ctrl_c_or_ctrl_d_at_the_unlock_prompt_ends_in_one_line(tmp_path, with_pin, key):
    out_file = tmp_path / "responses.csv"
    status, out = in_terminal(
        command("export", "--format", "csv", "-o", str(out_file)), key, b"Unlock code:"
    )
    assert status == 130
    assert "workshop-kit export: " in out and "Traceback" not in out
    assert "Facilitator PIN" not in out  # nothing asked after a cancelled unlock
    assert not out_file.exists()


@pytest.mark.slow
def test_no_terminal_for_the_unlock_code_says_to_use_unlock_stdin(tmp_path, with_pin):
    result = subprocess.run(
        command("export", "--format", "report", "-o", str(tmp_path / "r.pdf")),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=env(),
        start_new_session=True,  # no controlling terminal
        timeout=120,
    )
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "workshop-kit export: no terminal to type the unlock code at; send it on standard "
        "input with --unlock-stdin"
    ]


@pytest.mark.slow
def test_no_terminal_for_the_pin_says_to_use_pin_stdin(tmp_path, with_pin):
    result = subprocess.run(
        command("export", "--format", "csv", "--unlock-stdin", "-o", str(tmp_path / "r.csv")),
        input=unlock_line(),  # the unlock code only: the PIN has no terminal to be typed at
        capture_output=True,
        text=True,
        env=env(),
        start_new_session=True,  # no controlling terminal
        timeout=120,
    )
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "workshop-kit export: this export holds individual responses and needs the "
        "facilitator PIN; no terminal to type the PIN at; send it on standard input with "
        "--pin-stdin"
    ]


def test_an_empty_standard_input_gives_no_pin(tmp_path, with_pin, monkeypatch, capsys):
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO(unlock_line()))  # and no PIN after it
    args = ["export", "--format", "csv", "--pin-stdin", "--unlock-stdin"]
    args += ["-o", str(tmp_path / "r.csv")]
    assert main(args) == 2
    assert "no PIN on standard input" in capsys.readouterr().err


@pytest.mark.parametrize("verb", ["handout", "export"])
def test_output_into_a_missing_folder_is_an_error_naming_it(tmp_path, capsys, verb):
    missing = tmp_path / "no-such-folder"
    extra = ["--session", "naming-violence"] if verb == "handout" else ["--format", "codebook"]
    assert main([verb, *extra, "-o", str(missing / "x.pdf")]) == 2
    assert f"the folder {missing} does not exist" in capsys.readouterr().err
    assert not missing.exists()  # no silent mkdir -p


def test_a_missing_folder_is_named_before_the_pin_is_asked(tmp_path, with_pin, capsys):
    missing = tmp_path / "gone"
    assert main(["export", "--format", "csv", "-o", str(missing / "r.csv")]) == 2  # no prompt
    assert f"the folder {missing} does not exist" in capsys.readouterr().err


def test_output_that_is_a_folder_is_an_error(tmp_path, capsys):
    assert main(["handout", "--session", "naming-violence", "-o", str(tmp_path)]) == 2
    assert "is a folder" in capsys.readouterr().err


def test_an_unexpected_error_is_one_line_and_logged(tmp_path, capsys, monkeypatch, user_data):
    def broken(*args, **kwargs):
        raise RuntimeError("a bug in the renderer")

    monkeypatch.setattr("workshop_kit.pdf.render.render", broken)
    assert main(["handout", "--session", "naming-violence", "-o", str(tmp_path / "h.pdf")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "unexpected error (RuntimeError" in err[0]
    assert str(user_data / "logs" / "workshop-kit.log") in err[0]
    logged = (user_data / "logs" / "workshop-kit.log").read_text(encoding="utf-8")
    assert "RuntimeError: a bug in the renderer" in logged


def test_ctrl_c_during_the_work_ends_in_one_line(tmp_path, capsys, monkeypatch):
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("workshop_kit.pdf.render.render", interrupted)
    out = tmp_path / "h.pdf"
    assert main(["handout", "--session", "naming-violence", "-o", str(out)]) == 130
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["workshop-kit handout: interrupted; nothing half-written was left"]
    assert not out.exists()


def test_a_command_that_logs_nothing_leaves_no_log_folder(user_data, capsys):
    assert main(["validate"]) == 0
    assert not (user_data / "logs").exists()


@pytest.mark.slow
def test_progress_is_drawn_with_carriage_returns_on_a_terminal_only(tmp_path, user_data):
    workshop = WorkshopStore().create_workshop(**DETAILS)
    sealed_data_dir(user_data)
    args = command("pack", "--workshop", workshop.id[:6], "-o", str(tmp_path / "p.pdf"))
    piped = subprocess.run(
        [*args, "--unlock-stdin"],
        input=unlock_line(),
        capture_output=True,
        text=True,
        env=env(),
        timeout=180,
    )
    assert piped.returncode == 0, piped.stderr
    assert "\r" not in piped.stderr and "/7 documents" not in piped.stderr
    status, out = in_terminal(args, None, b"\0", unlock=True)
    assert status == 0
    assert "\r1/7 documents" in out


def test_import_refuses_while_the_app_is_open_without_spending_a_pin_try(
    tmp_path, with_pin, capsys, monkeypatch
):
    import io

    bundle = tmp_path / "x.wkbundle"
    bundle.write_bytes(b"not really a bundle")
    with InstanceLock(with_pin):
        assert main(["import", "--pin-stdin", str(bundle)]) == 1
    assert "close it first" in capsys.readouterr().err
    assert PinStore(with_pin / "pin.json").verify("246813").ok  # no wrong try was counted
    monkeypatch.setattr("sys.stdin", io.StringIO(unlock_line() + "246813\n"))
    assert main(["import", "--pin-stdin", "--unlock-stdin", str(bundle)]) == 1  # to the bundle
    assert "x.wkbundle" in capsys.readouterr().err


def test_reading_commands_run_while_the_app_is_open(tmp_path, user_data, capsys, monkeypatch):
    import io

    sealed_data_dir(user_data)
    monkeypatch.setattr("sys.stdin", io.StringIO(unlock_line()))
    with InstanceLock(user_data):
        assert main(["validate"]) == 0
        out = tmp_path / "codebook.csv"
        # No responses yet and two bundled surveys: the codebook names the one it is for.
        export = ["export", "--format", "codebook", "--instrument", "gbv-attitudes"]
        assert main([*export, "--unlock-stdin", "-o", str(out)]) == 0
    assert out.exists()


@pytest.mark.slow
def test_a_second_app_on_the_same_folder_says_so_and_asks_the_first_to_show(user_data):
    with InstanceLock(user_data):
        result = subprocess.run(
            command("gui", "--smoke"), capture_output=True, text=True, env=env(), timeout=120
        )
    assert result.returncode == 1
    assert "already open for this data folder" in result.stderr
    assert "Traceback" not in result.stderr
    assert (user_data / "instance" / "raise").exists()


@pytest.mark.slow
def test_a_smoke_run_does_not_save_the_window_size(user_data):
    result = subprocess.run(
        command("gui", "--smoke"), capture_output=True, text=True, env=env(), timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "library ready" in result.stdout
    assert not (user_data / "window-state.ini").exists()


def _can_drop_root_write_permission() -> bool:
    if os.geteuid() != 0:
        return True  # an ordinary user: chmod is enough
    try:
        probe = subprocess.run(
            ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "true"], timeout=10
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return probe.returncode == 0


@pytest.mark.slow
@pytest.mark.skipif(not _can_drop_root_write_permission(), reason="cannot make a folder read-only")
def test_a_read_only_data_folder_opens_the_app_without_a_hang_or_traceback(tmp_path):
    folder = tmp_path / "read-only"
    folder.mkdir()
    (folder / "settings.json").write_text('{"ui_language": "en"}', encoding="utf-8")
    folder.chmod(0o555)
    prefix = []
    if os.geteuid() == 0:  # root writes anywhere: drop the capability that allows it
        prefix = ["setpriv", "--bounding-set=-dac_override,-dac_read_search"]
    try:
        result = subprocess.run(
            [*prefix, *command("gui", "--smoke")],
            capture_output=True,
            text=True,
            env={**env(), "WORKSHOP_KIT_DATA_DIR": str(folder)},
            timeout=120,
        )
    finally:
        folder.chmod(0o755)
    assert result.returncode == 0, result.stderr
    assert "library ready" in result.stdout
    assert "read-only data folder" in result.stderr
    assert "Traceback" not in result.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["settings.json"]
