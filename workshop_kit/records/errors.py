"""Why workshop data could not be read or written, as codes the UI words.

Every failure of the workshop store is a ``StorageError`` with a ``code`` and the ``path``
concerned. The core never builds the sentence a user reads: the UI maps the code to its
own translated text (``workshop_kit.ui.storage_errors``); ``str(error)`` is a technical
line for logs and the command line.

Disk failures are ``DiskError``, which is also an ``OSError`` (so code that already
handles ``OSError`` keeps working):

- ``disk_full``: no space left (ENOSPC) or over a quota (EDQUOT);
- ``read_only``: the data folder cannot be written (EROFS, EACCES, EPERM);
- ``backups_not_a_folder``: something that is not a folder is where ``backups/`` belongs;
- ``disk_error``: any other error of the disk or the operating system.

A failed save leaves every file as it was before the save started; see ``storage``.
"""

from __future__ import annotations

import errno
from pathlib import Path

__all__ = [
    "BACKUPS_NOT_A_FOLDER",
    "DAMAGED",
    "DISK_ERROR",
    "DISK_FULL",
    "NEWER_SCHEMA",
    "READ_ONLY",
    "DamagedFileError",
    "DiskError",
    "NewerSchemaError",
    "StorageError",
    "disk_error",
]

DAMAGED = "damaged_file"
NEWER_SCHEMA = "newer_schema"
DISK_FULL = "disk_full"
READ_ONLY = "read_only"
BACKUPS_NOT_A_FOLDER = "backups_not_a_folder"
DISK_ERROR = "disk_error"

_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}


class StorageError(Exception):
    """Workshop data cannot be used. ``code`` says why (one of the constants above),
    ``path`` is the file or folder concerned (``None`` when there is none)."""

    code = "storage"
    path: Path | None = None


class DamagedFileError(StorageError, ValueError):
    """The file does not parse, or its content breaks the schema."""

    code = DAMAGED


class NewerSchemaError(StorageError):
    """The file was written by a newer Workshop Kit; it is left exactly as it is."""

    code = NEWER_SCHEMA


class DiskError(StorageError, OSError):
    """The disk refused a read or a write; nothing already saved was changed."""

    def __init__(self, code: str, path: Path, cause: OSError | None = None) -> None:
        number = cause.errno if cause is not None else None
        reason = (cause.strerror or str(cause)) if cause is not None else code
        OSError.__init__(self, number, reason, str(path))
        self.code = code
        self.path = Path(path)

    def __str__(self) -> str:
        return f"{self.code}: {self.path} ({self.strerror})"

    def __reduce__(self) -> tuple[object, ...]:  # picklable across processes and threads
        return (_rebuild, (self.code, str(self.path), self.errno, self.strerror))


def _rebuild(code: str, path: str, number: int | None, reason: str | None) -> DiskError:
    cause = OSError(number, reason) if number is not None else None
    return DiskError(code, Path(path), cause)


def disk_error(cause: OSError, path: Path) -> DiskError:
    """The ``DiskError`` for an ``OSError`` met while working on ``path``."""
    if isinstance(cause, DiskError):
        return cause
    if cause.errno in _FULL:
        code = DISK_FULL
    elif cause.errno in _READ_ONLY:
        code = READ_ONLY
    else:
        code = DISK_ERROR
    return DiskError(code, path, cause)
