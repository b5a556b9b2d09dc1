"""The user's words for a storage failure: the core gives a code and a path, this says it.

``storage_error_text(error)`` returns a translated sentence for a
``workshop_kit.records.errors.StorageError`` (a full disk, a read-only folder, a file
named "backups" where the backups folder belongs, any other disk error), and None for
anything else, so a caller falls back to its own message. Every sentence says what was
kept, because a failed save changes nothing already saved.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workshop_kit.records.errors import (
    BACKUPS_NOT_A_FOLDER,
    DISK_ERROR,
    DISK_FULL,
    READ_ONLY,
    StorageError,
)

__all__ = ["storage_error_text"]


def storage_error_text(error: BaseException) -> str | None:
    """A sentence for the user about ``error``, or None if it is not a storage error."""
    if not isinstance(error, StorageError):
        return None
    where = str(error.path) if error.path is not None else ""
    if error.code == DISK_FULL:
        text = QCoreApplication.translate(
            "StorageErrors",
            "The disk that holds {path} is full, so workshop data cannot be saved. "
            "Everything saved before is unchanged. Free some space on it, then try again.",
        )
    elif error.code == READ_ONLY:
        text = QCoreApplication.translate(
            "StorageErrors",
            "Workshop Kit may not write to {path} (the folder or the disk is read-only), "
            "so workshop data cannot be saved. Everything saved before is unchanged. Ask "
            "whoever looks after this computer to allow writing there, then try again.",
        )
    elif error.code == BACKUPS_NOT_A_FOLDER:
        text = QCoreApplication.translate(
            "StorageErrors",
            "There is a file named {path} where Workshop Kit keeps its backups folder, so "
            "workshop data cannot be saved. Everything saved before is unchanged. Move or "
            "rename that file, then try again.",
        )
    elif error.code == DISK_ERROR:
        text = QCoreApplication.translate(
            "StorageErrors",
            "The disk reported an error at {path}. Everything saved before is unchanged; "
            "the last change may not have been saved. Try again; if it keeps happening, "
            "check the disk.",
        )
    else:
        return None  # damaged or newer files: the core's own report says which file
    return text.format(path=where)
