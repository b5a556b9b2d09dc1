"""The local log file: what went wrong, for whoever helps the centre fix it.

``<data folder>/logs/workshop-kit.log``, rotated at 1 MB with 3 old files kept, written by
the app and the command line alike. It never leaves the laptop, and it must never hold
survey answers, match-code facts, PINs, names, help contacts or times of day:

- nothing in the toolkit logs such values (the first line of defence);
- each line carries the day only, never the time;
- a redacting formatter scrubs what could still slip through in an exception message:
  times of day, runs of four or more digits (PINs, phone numbers, years), phone-like digit
  groups, and any string registered with :func:`redact_also` (the PIN typed at the
  command line, the centre's help contacts).

A data folder that cannot be written to gets no log file (the app still runs).
"""

from __future__ import annotations

import logging
import os
import re
import threading
import time
from pathlib import Path

from workshop_kit import paths

__all__ = [
    "LOGGER",
    "LOG_FILE",
    "RedactingFormatter",
    "active_log_dir",
    "log_dir",
    "log_file",
    "redact",
    "redact_also",
    "setup_logging",
    "stop_logging",
]

LOGGER = "workshop_kit"
LOG_FILE = "workshop-kit.log"
MAX_BYTES = 1_000_000
BACKUPS = 3

_TIME = re.compile(r"(?<![\d])\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:\s?[aApP][mM])?")
# A traceback line number stays readable: "line 1234" is code, not data.
_LINE = re.compile(r"(line )(\d+)")
_PHONE = re.compile(r"\+?\d[\d ().-]{5,}\d")
_DIGITS = re.compile(r"\d{4,}")
_MASK = "#"
_secrets: set[str] = set()
_secrets_lock = threading.Lock()
_handler: logging.FileHandler | None = None


def log_dir() -> Path:
    """Where the log is kept: ``<data folder>/logs``."""
    return paths.user_data_dir() / "logs"


def active_log_dir() -> Path | None:
    """The folder of the log being written now (elsewhere for a read-only data folder)."""
    if _handler is None:
        return None
    return Path(_handler.baseFilename).parent


def log_file() -> Path:
    return log_dir() / LOG_FILE


def redact_also(*texts: str) -> None:
    """Scrub these exact strings (case-insensitive) from every later log line."""
    with _secrets_lock:
        _secrets.update(t.strip() for t in texts if t and len(t.strip()) >= 2)


def _count_digits(text: str) -> int:
    return sum(c.isdigit() for c in text)


def _scrub_numbers(text: str) -> str:
    text = _TIME.sub("[time]", text)
    text = _PHONE.sub(lambda m: _MASK * 3 if _count_digits(m.group()) >= 7 else m.group(), text)
    return _DIGITS.sub(_MASK * 3, text)


def redact(text: str) -> str:
    """``text`` with times of day, long digit runs and registered secrets masked."""
    with _secrets_lock:
        secrets = sorted(_secrets, key=len, reverse=True)
    for secret in secrets:
        text = re.sub(re.escape(secret), "[redacted]", text, flags=re.IGNORECASE)
    # Keep traceback line numbers: split them out, scrub the rest.
    parts = _LINE.split(text)
    out = []
    index = 0
    while index < len(parts):
        if index + 2 < len(parts) and parts[index + 1] == "line ":
            out.append(_scrub_numbers(parts[index]))
            out.append("line " + parts[index + 2])
            index += 3
        else:
            out.append(_scrub_numbers(parts[index]))
            index += 1
    return "".join(out)


class RedactingFormatter(logging.Formatter):
    """``YYYY-MM-DD LEVEL logger: message`` (the day only), with the message scrubbed."""

    def __init__(self) -> None:
        super().__init__("%(levelname)s %(name)s: %(message)s")

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:
        return time.strftime("%Y-%m-%d", time.localtime(record.created))

    def format(self, record: logging.LogRecord) -> str:
        return f"{self.formatTime(record)} {redact(super().format(record))}"


class _RotatingFile(logging.FileHandler):
    """A log file rotated at ``max_bytes`` with ``backups`` old files kept (``.1`` the
    newest), as ``logging.handlers.RotatingFileHandler`` does, which is not used: its
    module imports sockets, queues and pickle, tens of milliseconds before the first paint.
    The folder is made when the first line is written; a line that cannot be written is
    dropped (a log must never stop the work)."""

    def __init__(self, target: Path, *, max_bytes: int, backups: int, lazy: bool):
        self.maxBytes, self.backupCount = max_bytes, backups
        super().__init__(target, mode="a", encoding="utf-8", delay=lazy)

    def _open(self):
        Path(self.baseFilename).parent.mkdir(parents=True, exist_ok=True)
        return super()._open()

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._should_roll_over(record):
                self._roll_over()
            super().emit(record)
        except Exception:
            self.handleError(record)

    def _should_roll_over(self, record: logging.LogRecord) -> bool:
        current = Path(self.baseFilename)
        if current.exists() and not current.is_file():
            return False  # never move anything but a regular file
        if self.maxBytes <= 0:
            return False
        if self.stream is None:
            self.stream = self._open()
        self.stream.seek(0, 2)
        return self.stream.tell() + len(f"{self.format(record)}\n") >= self.maxBytes

    def _roll_over(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None  # type: ignore[assignment, unused-ignore]
        name = self.baseFilename
        for index in range(self.backupCount - 1, 0, -1):  # .2 -> .3, .1 -> .2
            older = f"{name}.{index + 1}"
            if os.path.exists(f"{name}.{index}"):
                if os.path.exists(older):
                    os.remove(older)
                os.rename(f"{name}.{index}", older)
        if self.backupCount > 0:
            if os.path.exists(f"{name}.1"):
                os.remove(f"{name}.1")
            if os.path.exists(name):
                os.rename(name, f"{name}.1")
        self.stream = self._open()

    def handleError(self, record: logging.LogRecord) -> None:
        pass  # a log that cannot be written must never stop the work


def _file_handler(target: Path, *, lazy: bool) -> logging.FileHandler:
    """The rotating log file; with ``lazy`` nothing is created until a line is written."""
    return _RotatingFile(target, max_bytes=MAX_BYTES, backups=BACKUPS, lazy=lazy)


def setup_logging(
    level: int = logging.INFO, *, folder: Path | None = None, lazy: bool = False
) -> Path | None:
    """Send the toolkit's log records (and other libraries' warnings) to the log file.

    Returns the log file, or None when it cannot be written (a read-only data folder).
    With ``lazy`` nothing is created until a line is logged (the command line: most
    commands log nothing). Calling it again replaces the earlier file handler."""
    global _handler
    root = logging.getLogger()
    ours = logging.getLogger(LOGGER)
    ours.setLevel(level)
    if root.level == logging.NOTSET or root.level > logging.WARNING:
        root.setLevel(logging.WARNING)
    stop_logging()
    target = (folder or log_dir()) / LOG_FILE
    try:
        if not lazy:
            target.parent.mkdir(parents=True, exist_ok=True)
        handler = _file_handler(target, lazy=lazy)
    except OSError:
        return None
    handler.setFormatter(RedactingFormatter())
    handler.setLevel(logging.DEBUG)
    root.addHandler(handler)
    _handler = handler
    return target


def stop_logging() -> None:
    """Close the log file (tests; the app leaves it to the end of the process)."""
    global _handler
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None
