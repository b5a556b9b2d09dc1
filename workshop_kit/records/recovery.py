"""The start-up check of the workshops folder: quarantine, restore, tell the user.

Atomic writes mean a crash cannot leave a half-written workshop file, but a disk error,
a bad USB stick or a hand edit still can. The check reads every workshop file; one that
does not parse or breaks the schema is moved to ``quarantine/`` (never deleted: it may
still hold answers someone can rescue), the newest backup that passes the same check is
put in its place, and a ``RecoveryNote`` says what happened so the UI can tell the user.

It also tidies what a crash can leave behind: temporary files of writes that never
finished (those saves were never acknowledged), and backups of a closed workshop that
still hold its match-code secret (closing deletes them; a crash could interrupt that).

A folder the check cannot change (read-only, a full disk, a file named ``backups`` where
the backups folder belongs) never stops it: each thing it could not do is reported as a
``StorageError`` in ``problems``, the file concerned is left exactly as it was, and the
check goes on with the next. A damaged file is quarantined only once the good backup is
ready to take its place, so a failure half-way never leaves a workshop without its file.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Hashable, Mapping, Sized
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from workshop_kit import foreground
from workshop_kit.fileio import remove_quietly, write_temp
from workshop_kit.records.errors import (
    BACKUPS_NOT_A_FOLDER,
    DamagedFileError,
    DiskError,
    NewerSchemaError,
    StorageError,
    disk_error,
)
from workshop_kit.records.journal import JournalDamagedError
from workshop_kit.records.storage import (
    BACKUPS,
    backup_paths,
    file_signature,
    link_or_copy,
    load_file,
    pending_backup_path,
)

__all__ = [
    "NOTE_CODES",
    "NOTE_NO_BACKUP",
    "NOTE_RESTORED",
    "QUARANTINE",
    "Listed",
    "Loader",
    "RecoveryNote",
    "Seen",
    "check_folder",
    "workshop_files",
]

QUARANTINE = "quarantine"
_SECRET_KEY = b'"secret"'  # how the store writes the key of an open workshop's secret
PROBE = ".write-check"


#: A damaged file was quarantined and its newest good backup restored.
NOTE_RESTORED = "quarantined_restored"
#: A damaged file was quarantined and no good backup was found: the workshop is not listed.
NOTE_NO_BACKUP = "quarantined_no_backup"
#: Every code a note may carry, with the names of its ``data`` fields.
NOTE_CODES: Mapping[str, tuple[str, ...]] = {
    NOTE_RESTORED: ("file", "site", "day", "detail", "quarantined_to", "backup", "responses"),
    NOTE_NO_BACKUP: ("file", "detail", "quarantined_to"),
}


@dataclass(frozen=True)
class RecoveryNote:
    """What the start-up check did with one damaged file, for the UI to tell the user.

    ``code`` (one of :data:`NOTE_CODES`) and ``data`` are what the UI words, in the
    interface language; ``message`` is the same in English, for the command line and logs.
    ``data["detail"]`` is the technical reason the file was refused (English, as the
    storage layer gives it), shown as a detail, never as the sentence itself.
    """

    file: Path
    quarantined_to: Path
    restored_from: Path | None
    message: str
    code: str
    data: Mapping[str, str | int]

    def __post_init__(self) -> None:
        fields = NOTE_CODES.get(self.code)
        if fields is None:
            raise ValueError(f"unknown recovery note code {self.code!r}")
        missing = [name for name in fields if name not in self.data]
        if missing:
            raise ValueError(f"recovery note {self.code!r} lacks {missing}")


class Listed(Protocol):
    """What the check needs to know of a workshop (a ``Workshop`` is one)."""

    @property
    def site(self) -> str: ...

    @property
    def day(self) -> str: ...

    @property
    def is_open(self) -> bool: ...


#: Reads and checks one workshop file (or backup): its workshop and its responses. The
#: default reads plaintext files; an encrypting backend passes its own.
Loader = Callable[[Path, str], tuple[Listed, Sized]]


def workshop_files(folder: Path) -> list[Path]:
    """The workshop files in ``folder`` (not temporary files, backups or quarantine)."""
    return [folder / name for name in workshop_file_names(folder)]


def workshop_file_names(folder: Path) -> list[str]:
    """The names of :func:`workshop_files`, sorted (one directory scan, no ``Path`` per
    file: at 3,000 workshops a glob and a sort of paths took a tenth of a read)."""
    try:
        with os.scandir(folder) as entries:
            names = [
                entry.name
                for entry in entries
                if entry.name.endswith(".json")
                and not entry.name.startswith(".")
                and entry.is_file()
            ]
    except OSError:  # no folder, or one that cannot be listed: as glob did, none
        return []
    return sorted(names)


#: Told of each workshop file that passed the check: its id, its signature taken before
#: it was read (``storage.file_signature``), and what the loader gave: with the plain
#: loader a ``Workshop`` and its ``list[Response]`` (the store's listing keeps them).
Seen = Callable[[str, Hashable, Any, Any], None]


def check_folder(
    folder: Path,
    problems: list[StorageError] | None = None,
    seen: Seen | None = None,
    loader: Loader | None = None,
    guard: AbstractContextManager[object] | None = None,
) -> list[RecoveryNote]:
    """Check every workshop file in ``folder``; repair what can be repaired.

    What could not be done is added to ``problems`` (if given) and the check goes on:
    it never raises for a disk that refuses a change. ``seen`` (if given) is told of
    every file that passed, so the store's listing need not read it all again.
    ``loader`` reads one file (the sealed backend's opens it first). ``guard`` (the
    store's lock) is held for each file, not between files: there, work someone waits
    for goes first (``foreground.step_aside``).
    """
    found: list[StorageError] = [] if problems is None else problems
    loader = loader or load_file  # looked up now, not when this module was loaded
    hold = guard if guard is not None else nullcontext()
    if not folder.is_dir():
        return []
    with hold:
        _check_writable(folder, found)
        for leftover in folder.glob(".*.tmp"):
            try:
                leftover.unlink()
            except FileNotFoundError:
                pass
            except OSError as error:
                found.append(disk_error(error, leftover))
    notes = []
    for number, path in enumerate(workshop_files(folder)):
        if number:
            foreground.step_aside()
        with hold:
            note = _check_file(path, found, seen, loader)
        if note is not None:
            notes.append(note)
    return notes


def _check_file(
    path: Path, found: list[StorageError], seen: Seen | None, loader: Loader
) -> RecoveryNote | None:
    """One workshop file of :func:`check_folder`: the note of what was repaired, if any."""
    try:
        signature = file_signature(path)
        workshop, responses = loader(path, path.stem)
    except NewerSchemaError:
        return None  # a newer version's file: not ours to judge or move
    except FileNotFoundError:
        return None  # deleted since the folder was listed: gone, not damaged
    except JournalDamagedError as error:  # the file is good, a saved entry is not
        try:
            return _salvage_journal(path, error, loader)
        except (DamagedFileError, OSError) as failure:  # not listed until repaired
            found.append(disk_error(failure, path) if isinstance(failure, OSError) else failure)
        return None
    except (DamagedFileError, OSError) as error:
        try:
            return _quarantine_and_restore(path, error, loader)
        except OSError as failure:  # left as it was; not listed until it is repaired
            found.append(disk_error(failure, path))
        return None
    if seen is not None:
        seen(path.stem, signature, workshop, responses)
    if not workshop.is_open:
        _drop_backups_with_secrets(path, found, loader)
    return None


def _check_writable(folder: Path, found: list[StorageError]) -> None:
    """Tell at once (not at the first participant's Submit) when saving cannot work."""
    backups = folder / BACKUPS
    if backups.exists() and not backups.is_dir():
        found.append(DiskError(BACKUPS_NOT_A_FOLDER, backups))
    try:
        probe = write_temp(folder / PROBE, b"", durable=False)
    except OSError as error:
        found.append(disk_error(error, folder))
    else:
        remove_quietly(probe)


def _quarantine_and_restore(path: Path, error: Exception, loader: Loader) -> RecoveryNote:
    """Raises ``OSError`` (with the file left as it was) if the folder cannot be changed."""
    target = _free_name(path.parent / QUARANTINE, path.name)
    reason = str(error).replace(str(path), path.name)
    for backup in [pending_backup_path(path), *backup_paths(path)]:
        try:
            raw = backup.read_bytes()
            workshop, responses = loader(backup, path.stem)
        except (DamagedFileError, NewerSchemaError, OSError, UnicodeDecodeError):
            continue
        restored = write_temp(path, raw)  # the backup's exact bytes (checked just now)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            link_or_copy(path, target)  # the damaged bytes, kept as they are
            os.replace(restored, path)
        except BaseException:
            remove_quietly(restored)
            raise
        return RecoveryNote(
            file=path,
            quarantined_to=target,
            restored_from=backup,
            code=NOTE_RESTORED,
            data={
                "file": path.name,
                "site": workshop.site,
                "day": workshop.day,
                "detail": reason,
                "quarantined_to": str(target),
                "backup": backup.name,
                "responses": len(responses),
            },
            message=(
                f"The file of the workshop at {workshop.site} on {workshop.day} was damaged "
                f"({reason}). It was moved to {target} and the newest good backup "
                f"({backup.name}, {len(responses)} responses) was restored. The most "
                "recent changes may be missing."
            ),
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    os.replace(path, target)
    return RecoveryNote(
        file=path,
        quarantined_to=target,
        restored_from=None,
        code=NOTE_NO_BACKUP,
        data={"file": path.name, "detail": reason, "quarantined_to": str(target)},
        message=(
            f"The workshop file {path.name} was damaged ({reason}) and no good backup "
            f"was found. It was moved to {target}, unchanged, and is not listed until it "
            "is repaired."
        ),
    )


def _salvage_journal(path: Path, error: JournalDamagedError, loader: Loader) -> RecoveryNote:
    """A journal with an entry that does not open: copied to ``quarantine/`` as it is,
    then rewritten with the entries that still open (each opens on its own), so the
    workshop keeps its file and every save but the damaged ones. The journal's "backup"
    is this: the main file (with its own backups) and the journal's good entries."""
    journal = error.journal
    target = _free_name(path.parent / QUARANTINE, journal.path.name)
    reason = str(error).replace(str(journal.path), journal.path.name)
    target.parent.mkdir(parents=True, exist_ok=True)
    link_or_copy(journal.path, target)
    journal.rewrite(error.good)
    workshop, responses = loader(path, path.stem)
    return RecoveryNote(
        file=path,
        quarantined_to=target,
        restored_from=journal.path,
        code=NOTE_RESTORED,
        data={
            "file": path.name,
            "site": workshop.site,
            "day": workshop.day,
            "detail": reason,
            "quarantined_to": str(target),
            "backup": journal.path.name,
            "responses": len(responses),
        },
        message=(
            f"The saves of the workshop at {workshop.site} on {workshop.day} since its "
            f"last full write were damaged ({reason}). The journal was copied to {target} "
            f"and the entries that still open were kept ({len(responses)} responses in "
            "all). The damaged responses may be missing."
        ),
    )


def _free_name(folder: Path, name: str) -> Path:
    target = folder / name
    number = 2
    while target.exists():
        target = folder / f"{Path(name).stem}.{number}{Path(name).suffix}"
        number += 1
    return target


def _drop_backups_with_secrets(path: Path, found: list[StorageError], loader: Loader) -> None:
    for backup in [pending_backup_path(path), *backup_paths(path)]:
        try:
            # A plain JSON backup that never names the key cannot hold it: checking every
            # backup of every closed workshop in full at each start made starts after a
            # big import slow (an import keeps each new workshop's first version as a
            # backup). Anything else (a sealed file, another encoding) is still checked.
            raw = backup.read_bytes()
            if raw[:1] == b"{" and _SECRET_KEY not in raw:
                continue
            del raw
            workshop, _ = loader(backup, path.stem)
        except (DamagedFileError, NewerSchemaError, OSError):
            continue  # missing, or not a good backup either way; left for a person
        if workshop.is_open:
            try:
                backup.unlink()
            except FileNotFoundError:
                pass
            except OSError as error:
                found.append(disk_error(error, backup))
