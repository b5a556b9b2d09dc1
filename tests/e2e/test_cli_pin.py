"""The facilitator PIN on the command line: the same lockout as the app's, imports and a
lower ``--k`` need it, and a damaged or missing PIN file is refused."""

from __future__ import annotations

import io
import os
import subprocess
import sys

import pytest

from tests.helpers import sealed_data_dir, unlock_line
from tests.pin_helpers import write_legacy_pin
from workshop_kit.cli import main
from workshop_kit.cli_pin import check_pin, wait_text
from workshop_kit.records.pin import PinStore


class NoTty(io.StringIO):
    def isatty(self) -> bool:
        return False


@pytest.fixture
def pins(user_data) -> PinStore:
    sealed_data_dir(user_data)  # the data verbs open the folder sealed
    write_legacy_pin(user_data / "pin.json", "2468")
    return PinStore(user_data / "pin.json")


def typed(monkeypatch, text: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(text))


def cli(user_data, *args: str, stdin: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "WORKSHOP_KIT_DATA_DIR": str(user_data), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "workshop_kit", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_wrong_pins_on_the_command_line_lock_the_app_too(tmp_path, user_data, pins):
    for _ in range(4):  # four wrong tries in the app
        assert pins.verify("1111").status == "wrong"
    out = str(tmp_path / "r.csv")
    csv = ("export", "--format", "csv", "--pin-stdin", "--unlock-stdin", "-o", out)
    done = cli(user_data, *csv, stdin=unlock_line() + "1111\n")
    assert done.returncode == 2 and "try again in 60 seconds" in done.stderr
    assert PinStore(user_data / "pin.json").verify("2468").status == "locked"  # the app
    again = cli(user_data, *csv, stdin=unlock_line() + "2468\n")
    assert again.returncode == 2 and "too many wrong PINs" in again.stderr
    assert not (tmp_path / "r.csv").exists()


def test_a_lock_made_in_the_app_is_kept_by_the_command_line(user_data, pins):
    for _ in range(5):
        pins.verify("1111")
    message = check_pin("this export holds individual responses", stdin=io.StringIO("2468\n"))
    assert message == "too many wrong PINs; try again in 60 seconds"


def test_import_needs_the_pin(tmp_path, pins, monkeypatch, capsys):
    bundle = tmp_path / "other.wkbundle"
    bundle.write_bytes(b"not a bundle")
    typed(monkeypatch, unlock_line() + "1111\n")
    assert main(["import", "--pin-stdin", "--unlock-stdin", str(bundle)]) == 2
    assert "wrong PIN (4 tries left" in capsys.readouterr().err
    typed(monkeypatch, unlock_line() + "2468\n")
    assert main(["import", "--pin-stdin", "--unlock-stdin", str(bundle)]) == 1  # then refused
    assert "other.wkbundle" in capsys.readouterr().err


def test_a_k_below_the_centre_setting_needs_the_pin(tmp_path, pins, monkeypatch, capsys):
    report = ["export", "--format", "report", "--pin-stdin", "--unlock-stdin"]
    report += ["-o", str(tmp_path / "r.pdf")]
    typed(monkeypatch, unlock_line())  # and no PIN
    assert main([*report, "--k", "3"]) == 2
    assert "--k 3 is below this centre's setting" in capsys.readouterr().err
    assert not (tmp_path / "r.pdf").exists()
    typed(monkeypatch, unlock_line())  # a higher k hides more: no PIN asked
    status = main([*report, "--k", "7"])
    assert "PIN" not in capsys.readouterr().err and status in (0, 2)


def test_no_pin_set_or_a_damaged_file_is_refused_without_asking(user_data, pins):
    stdin = io.StringIO("2468\n")
    fresh = PinStore(user_data / "elsewhere" / "pin.json")
    assert "set one in the app first" in check_pin("an import", pins=fresh, stdin=stdin)
    pins.path.unlink()
    message = check_pin("an import", pin_stdin=True, stdin=stdin)
    assert "damaged or missing" in message and "recovery code" in message
    assert stdin.read() == "2468\n"  # nothing was read


def test_no_terminal_and_an_empty_standard_input_are_told_plainly(pins):
    message = check_pin("an import", stdin=NoTty())
    assert message is not None and "--pin-stdin" in message
    empty = check_pin("an import", pin_stdin=True, stdin=io.StringIO(""))
    assert empty == "an import and needs the facilitator PIN; none was given on standard input"
    assert check_pin("an import", pin_stdin=True, stdin=io.StringIO("2468\n")) is None


def test_waits_are_told_in_seconds_or_minutes():
    assert wait_text(60) == "60 seconds"
    assert wait_text(300) == "5 minutes" and wait_text(3600) == "60 minutes"
