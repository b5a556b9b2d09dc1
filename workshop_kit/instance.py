"""One app per data folder: a lock file that the operating system releases for us.

Two copies of the app writing the same workshop files could undo each other's changes, so
the app holds an exclusive lock on ``<data folder>/instance.lock`` while it runs
(``fcntl.flock`` on POSIX, ``msvcrt.locking`` on Windows). The lock belongs to the open
file, so a crash or a power cut never leaves a stale lock behind: the file may stay, the
lock does not.

A second start cannot take the lock; it asks the first to come to the front by writing
``<data folder>/instance/raise`` (a file, not a socket: the app never opens one), which
the first app watches.

A data folder that cannot be written to gets no lock (:attr:`InstanceLock.read_only`):
nothing can be saved there anyway.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from workshop_kit import paths

__all__ = ["LOCK_FILE", "AlreadyRunning", "InstanceLock", "raise_request_file", "request_raise"]

LOCK_FILE = "instance.lock"
RAISE_FOLDER = "instance"
RAISE_FILE = "raise"


class AlreadyRunning(RuntimeError):
    """Another app holds the lock on this data folder."""


def raise_request_file(data_dir: Path | None = None) -> Path:
    return (data_dir or paths.user_data_dir()) / RAISE_FOLDER / RAISE_FILE


def request_raise(data_dir: Path | None = None) -> bool:
    """Ask the app holding the lock to bring its window to the front."""
    target = raise_request_file(data_dir)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text("raise\n", encoding="utf-8")
    except OSError:
        return False
    return True


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(fd: int) -> None:
    with contextlib.suppress(OSError):
        if sys.platform == "win32":
            import msvcrt

            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_UN)


class InstanceLock:
    """The lock on one data folder. ``acquire()`` raises :class:`AlreadyRunning`."""

    def __init__(self, data_dir: Path | None = None):
        self.data_dir = Path(data_dir) if data_dir is not None else paths.user_data_dir()
        self.path = self.data_dir / LOCK_FILE
        self._fd: int | None = None
        self.read_only = False

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> InstanceLock:
        if self._fd is not None:
            return self
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:
            try:  # a read-only folder may still hold the file: a lock needs no write
                fd = os.open(self.path, os.O_RDONLY)
            except OSError:
                self.read_only = True
                return self
            self.read_only = True
        if not _try_lock(fd):
            os.close(fd)
            raise AlreadyRunning(str(self.data_dir))
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is not None:
            _unlock(self._fd)
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()
