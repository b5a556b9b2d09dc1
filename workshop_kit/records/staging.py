"""Replace several workshop files at once, all or nothing (for an import).

New and changed files are written to a staging folder inside the store folder (same file
system, so moving them in is a rename) and fsynced; then each is moved into place the way
``DurableStorage`` saves (its previous version becomes ``bak1``). A journal of every path
touched (hard links to the previous versions) restores the folder exactly as it was if
anything fails half-way. Cancelling is possible until the moves begin. A power cut during
the moves can leave some workshops replaced and others not; each file is whole either way,
and doing the same replacement again finishes the job.

Every disk failure comes out as a ``DiskError`` (see ``errors``), after the undo.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from workshop_kit.fileio import fsync_folder
from workshop_kit.records.errors import disk_error
from workshop_kit.records.journal import journal_path
from workshop_kit.records.storage import BACKUPS, DurableStorage, link_or_copy

__all__ = ["STAGING_PREFIX", "STALE_STAGING_SECONDS", "replace_files"]

STAGING_PREFIX = ".import-"
STALE_STAGING_SECONDS = 24 * 60 * 60


def replace_files(
    folder: Path,
    writes: Iterable[tuple[str, bytes]],
    *,
    staged: Callable[[], None] | None = None,
    check_cancel: Callable[[], None] | None = None,
) -> None:
    """Put ``<id>.json`` = bytes for every ``(id, bytes)`` in ``folder``, or change nothing.

    ``writes`` is read once, one file at a time, each staged before the next is asked
    for, so an import never holds more than one file in memory; an error raised while
    it is read (a document that fails a check) changes nothing either.

    ``staged`` is called after each file is staged (for progress); ``check_cancel`` is
    called before each step until the moves begin and may raise to stop (nothing changed).
    """
    created = [d for d in (folder, folder / BACKUPS) if not d.exists()]
    try:
        _replace(folder, writes, staged, check_cancel)
    except OSError as error:
        _remove_made(created)
        raise disk_error(error, folder) from error
    except BaseException:
        _remove_made(created)
        raise


def _replace(
    folder: Path,
    writes: Iterable[tuple[str, bytes]],
    staged: Callable[[], None] | None,
    check_cancel: Callable[[], None] | None,
) -> None:
    def cancel_point() -> None:
        if check_cancel is not None:
            check_cancel()

    folder.mkdir(parents=True, exist_ok=True)
    _remove_stale_staging(folder)
    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=folder))
    try:
        journal = _Journal(staging / "previous")
        files = []
        for workshop_id, data in writes:
            cancel_point()
            target = staging / f"{workshop_id}.json"
            with open(target, "xb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            files.append((workshop_id, target))
            if staged is not None:
                staged()
        fsync_folder(staging)
        cancel_point()  # the last moment to cancel
        try:
            for workshop_id, source in files:
                _move_in(folder / f"{workshop_id}.json", source, journal)
            fsync_folder(folder)
            if (folder / BACKUPS).is_dir():
                fsync_folder(folder / BACKUPS)
        except BaseException:
            journal.undo()
            raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _remove_made(created: list[Path]) -> None:
    for made in reversed(created):
        with contextlib.suppress(OSError):
            made.rmdir()  # only if still empty


def _remove_stale_staging(folder: Path) -> None:
    """Staging folders left by a crash (never needed again: every file in the store is
    whole). Only old ones, so an import running in another process keeps its own."""
    now = time.time()
    for stale in folder.glob(f"{STAGING_PREFIX}*"):
        with contextlib.suppress(OSError):
            if now - stale.stat().st_mtime > STALE_STAGING_SECONDS:
                shutil.rmtree(stale)


def _move_in(path: Path, source: Path, journal: _Journal) -> None:
    """Put one new file in place as ``DurableStorage`` saves; a new workshop keeps its
    imported version as ``bak1`` (as closing does)."""
    storage = DurableStorage(path)
    saves = journal_path(path)  # the saves since the last full write of the old version
    for touched in (path, storage.pending, *storage.backups, saves):
        journal.keep(touched)
    storage.place(source, keep_first=True, sync=False, strict=True)
    saves.unlink(missing_ok=True)  # the imported file replaces the old one whole


class _Journal:
    """Every path an import changes, with the way back: a hard link to (or a copy of) the
    previous version, or a note that there was none."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir()
        self.entries: list[tuple[Path, Path | None]] = []

    def keep(self, path: Path) -> None:
        saved = self.folder / str(len(self.entries))
        try:
            link_or_copy(path, saved)
        except (FileNotFoundError, NotADirectoryError):
            self.entries.append((path, None))
        else:
            self.entries.append((path, saved))

    def undo(self) -> None:
        """Best effort: every path is restored even if one of them fails."""
        for path, saved in reversed(self.entries):
            with contextlib.suppress(OSError):
                if saved is None:
                    path.unlink(missing_ok=True)
                else:
                    os.replace(saved, path)
