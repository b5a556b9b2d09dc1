"""The log file (day-only lines, scrubbed messages, rotation, a read-only folder) and the
one-app-per-data-folder lock (no stale lock after a crash)."""

from __future__ import annotations

import errno
import logging
import os
import signal
import subprocess
import sys
import textwrap

import pytest

from workshop_kit import logs, paths
from workshop_kit.content.cache import load_library_cached
from workshop_kit.instance import AlreadyRunning, InstanceLock, raise_request_file, request_raise


@pytest.fixture
def log_to(tmp_path):
    def setup(**kwargs):
        return logs.setup_logging(logging.DEBUG, folder=tmp_path / "logs", **kwargs)

    yield setup
    logs.stop_logging()
    logs._secrets.clear()


def test_log_lines_carry_the_day_and_no_time(log_to):
    path = log_to()
    logging.getLogger("workshop_kit.test").info("opened at 09:41 on the laptop")
    line = path.read_text(encoding="utf-8").strip()
    day, level, rest = line.split(" ", 2)
    assert len(day) == 10 and day[4] == day[7] == "-"
    assert level == "INFO"
    assert rest == "workshop_kit.test: opened at [time] on the laptop"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PIN 4829 typed", "PIN ### typed"),
        ("call +962 6 555 0101 now", "call ### now"),
        ("at 7:05 pm, then 23:59:01.5", "at [time], then [time]"),
        ('File "x.py", line 1234, in run', 'File "x.py", line 1234, in run'),
        ("3 responses, 12 items", "3 responses, 12 items"),
    ],
)
def test_redaction_scrubs_pins_phones_and_times_but_keeps_small_counts(text, expected):
    assert logs.redact(text) == expected


def test_registered_secrets_are_scrubbed_whatever_their_case(log_to):
    path = log_to()
    logs.redact_also("Amal Shelter", "")
    logging.getLogger("workshop_kit.test").warning("could not print AMAL SHELTER")
    assert "[redacted]" in path.read_text(encoding="utf-8")
    assert "amal" not in path.read_text(encoding="utf-8").lower()


def test_tracebacks_are_scrubbed_too(log_to):
    path = log_to()
    try:
        raise RuntimeError("pin 99887766 at 10:15")
    except RuntimeError:
        logging.getLogger("workshop_kit.test").exception("failed")
    text = path.read_text(encoding="utf-8")
    assert "Traceback" in text and "99887766" not in text and "10:15" not in text


def test_the_log_rotates_at_a_megabyte_keeping_three(log_to):
    log_to()
    handler = logs._handler
    assert handler.maxBytes == 1_000_000 and handler.backupCount == 3


def test_a_full_log_moves_to_dot_one_and_the_oldest_of_three_is_dropped(log_to, monkeypatch):
    monkeypatch.setattr(logs, "MAX_BYTES", 200)
    path = log_to()
    log = logging.getLogger("workshop_kit.test")
    lines = [f"line {letter * 3} of the test" for letter in "abcdefghijklmnopqrstuvwxyz"]
    for line in lines:  # about 50 bytes each: three or four lines a file
        log.info(line)
    old = [path.with_name(f"{path.name}.{n}") for n in (1, 2, 3)]
    assert all(file.is_file() for file in old)
    assert not path.with_name(f"{path.name}.4").exists()

    def kept(file):
        return [row.split(": ", 1)[1] for row in file.read_text(encoding="utf-8").splitlines()]

    newest_first = [kept(file) for file in (path, *old)]
    assert all(0 < file.stat().st_size < 200 for file in (path, *old))
    # Read from .3 to the log itself, the lines follow on, ending with the last one.
    assert [row for rows in reversed(newest_first) for row in rows] == lines[
        -sum(len(rows) for rows in newest_first) :
    ]
    assert lines[0] not in kept(old[-1])  # the oldest lines were dropped


def test_other_libraries_log_warnings_only(log_to):
    path = log_to()
    logging.getLogger("fontTools.subset").info("glyph names")
    logging.getLogger("fontTools.subset").warning("a missing glyph")
    text = path.read_text(encoding="utf-8")
    assert "glyph names" not in text and "a missing glyph" in text


def test_a_lazy_log_creates_nothing_until_a_line_is_written(log_to, tmp_path):
    path = log_to(lazy=True)
    assert not path.parent.exists()
    logging.getLogger("workshop_kit.test").info("hello")
    assert path.is_file()


def test_a_read_only_data_folder_gets_no_log_and_no_error(log_to, monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr("pathlib.Path.mkdir", refuse)
    assert log_to() is None
    logging.getLogger("workshop_kit.test").error("still fine")


def test_the_log_lives_in_the_data_folder(user_data):
    assert logs.log_file() == user_data / "logs" / "workshop-kit.log"


# -- one app per data folder -----------------------------------------------------------


def test_a_second_lock_on_the_same_folder_is_refused(tmp_path):
    with InstanceLock(tmp_path) as first:
        assert first.held
        with pytest.raises(AlreadyRunning):
            InstanceLock(tmp_path).acquire()
        InstanceLock(tmp_path / "other").acquire().release()  # another folder is free
    InstanceLock(tmp_path).acquire().release()  # released: free again


def test_a_crashed_app_leaves_no_stale_lock(tmp_path):
    code = textwrap.dedent(
        f"""
        import sys, time
        from workshop_kit.instance import InstanceLock
        InstanceLock({str(tmp_path)!r}).acquire()
        print("locked", flush=True)
        time.sleep(120)
        """
    )
    holder = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(AlreadyRunning):
            InstanceLock(tmp_path).acquire()
        os.kill(holder.pid, signal.SIGKILL)  # a crash: no clean-up code runs
        holder.wait(timeout=30)
    finally:
        if holder.poll() is None:
            holder.kill()
    assert (tmp_path / "instance.lock").exists()  # the file stays, the lock does not
    InstanceLock(tmp_path).acquire().release()


def test_a_read_only_folder_without_a_lock_file_runs_unlocked(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "open", refuse)
    lock = InstanceLock(tmp_path).acquire()
    assert lock.read_only and not lock.held


def test_a_raise_request_is_a_file_in_the_data_folder(tmp_path):
    assert request_raise(tmp_path)
    assert raise_request_file(tmp_path).read_text(encoding="utf-8") == "raise\n"


# -- a read-only data folder -------------------------------------------------------------


def test_writability_is_tried_for_real(tmp_path, monkeypatch):
    assert paths.is_writable(tmp_path / "new")

    def refuse(*args, **kwargs):
        raise PermissionError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr("tempfile.NamedTemporaryFile", refuse)
    assert not paths.is_writable(tmp_path)


def test_the_content_cache_loads_when_it_cannot_be_written(tmp_path, monkeypatch):
    from tests.conftest import BUNDLED
    from workshop_kit.content.library import ContentRoot

    def refuse(*args, **kwargs):
        raise PermissionError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr("workshop_kit.content.cache.atomic_write_text", refuse)
    library = load_library_cached(tmp_path / "cache.json", [ContentRoot(BUNDLED, bundled=True)])
    assert library.curricula
    assert not (tmp_path / "cache.json").exists()
