"""Writing files so that a crash, a power cut or a full disk never leaves a half-written one.

The new content goes to a temporary file in the same folder, is written with ``os.write``
and fsynced, then replaces the old file in one step (``os.replace``); with ``durable`` the
folder is fsynced too, so the rename itself survives a power cut. If any step fails (a
full disk, a read-only folder) the temporary file is removed and the old file is untouched.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

__all__ = [
    "atomic_file",
    "atomic_write_bytes",
    "atomic_write_text",
    "fsync_folder",
    "remove_quietly",
    "write_temp",
]


def atomic_write_text(path: Path, text: str, *, durable: bool = True) -> None:
    """Replace ``path`` with ``text`` (UTF-8) all at once, creating its folder if needed."""
    atomic_write_bytes(path, text.encode("utf-8"), durable=durable)


def atomic_write_bytes(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Replace ``path`` with ``data`` all at once, creating its folder if needed."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = write_temp(path, data, durable=durable)
    try:
        os.replace(tmp, path)
    except BaseException:
        remove_quietly(tmp)
        raise
    if durable:
        fsync_folder(path.parent)


def write_temp(path: Path, data: bytes, *, durable: bool = True) -> Path:
    """A new temporary file beside ``path`` holding ``data`` (fsynced with ``durable``),
    ready to be renamed over ``path``. On any error nothing is left behind.

    Written with ``os.write`` in a loop: a short write continues where it stopped, and a
    write that makes no progress is a full disk, never an endless loop.
    """
    fd, name = tempfile.mkstemp(dir=Path(path).parent, prefix=f".{Path(path).name}.", suffix=".tmp")
    tmp = Path(name)
    try:
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                if written <= 0:
                    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), name)
                view = view[written:]
            if durable:
                os.fsync(fd)
        finally:
            os.close(fd)  # some file systems report a full disk only here
    except BaseException:
        remove_quietly(tmp)
        raise
    return tmp


@contextlib.contextmanager
def atomic_file(path: Path, *, durable: bool = True) -> Iterator[BinaryIO]:
    """A binary file to write (and read back) that replaces ``path`` only when the block
    ends without an error; on an error or a cancel nothing is left behind. For content
    written in pieces, such as a zip archive."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w+b") as handle:
            yield handle
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        remove_quietly(Path(tmp))
        raise
    if durable:
        fsync_folder(path.parent)


def remove_quietly(path: Path) -> None:
    """Remove a file if it is there; a failure to remove it is not an error of its own."""
    with contextlib.suppress(OSError):
        os.unlink(path)


def fsync_folder(folder: Path) -> None:
    """Make renames and new names in ``folder`` durable (POSIX; a no-op elsewhere)."""
    if hasattr(os, "O_DIRECTORY"):
        handle = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)
