"""First start with encryption: seal a plaintext workshops folder where it stands.

``migrate_folder`` runs once the vault exists and before the sealed backend opens the
folder (after the plaintext start-up check has repaired what it could). It needs no
unlock: everything is sealed to public keys. For each workshop:

1. its keys: the ones a sealed version of it already carries (a migration interrupted
   half-way), else fresh ones (an open workshop's match key goes into the shred list);
2. every plaintext *backup* first, then the main file, is replaced, in one atomic rename
   each, by its sealed version (``envelope.migrate_document``), with day-only times.

A crash at any moment leaves every file whole, plaintext or sealed, and running the
migration again finishes the job, reusing the keys already made. The main file is sealed
last, so while it is still plaintext the workshop reads exactly as before.

Backups of a closed workshop that still hold its match codes are deleted rather than
sealed (the start-up check deletes them too). Plaintext files that do not parse (in the
folder, its backups or ``quarantine/``) cannot be re-sealed record by record: their raw
bytes are sealed whole to the laptop master as ``quarantine/<name>.sealed`` (readable
after unlocking, for someone rescuing answers) and the plaintext is removed. Staging
folders an import left behind are removed (they are never needed after a crash).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workshop_kit.fileio import fsync_folder, remove_quietly, write_temp
from workshop_kit.records.crypto import seal
from workshop_kit.records.envelope import (
    is_sealed_file,
    migrate_document,
    open_file,
    seal_file,
    set_day_only_times,
)
from workshop_kit.records.errors import DamagedFileError, NewerSchemaError
from workshop_kit.records.journal import MAGIC as JOURNAL_MAGIC
from workshop_kit.records.journal import JournalDamagedError, journal_path
from workshop_kit.records.keys import WorkshopKeys
from workshop_kit.records.recovery import QUARANTINE, workshop_files
from workshop_kit.records.staging import STAGING_PREFIX
from workshop_kit.records.storage import (
    DurableStorage,
    backup_paths,
    pending_backup_path,
    validate_document,
)
from workshop_kit.records.vault import Vault

__all__ = ["MigrationReport", "migrate_folder", "needs_migration"]

SEALED_QUARANTINE_SUFFIX = ".sealed"


@dataclass
class MigrationReport:
    """What the migration did, for the log and the first-run screen."""

    workshops: int = 0  # main files sealed
    backups: int = 0  # backup versions sealed
    dropped: list[Path] = field(default_factory=list)  # closed workshops' open backups
    quarantined: list[Path] = field(default_factory=list)  # sealed whole, unreadable before
    left: list[tuple[Path, str]] = field(default_factory=list)  # newer schema: untouched


def _is_plaintext(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return not is_sealed_file(handle.read(16))
    except FileNotFoundError:
        return False


def _versions(path: Path) -> list[Path]:
    """A workshop's backups (oldest first), then its main file."""
    return [*reversed(backup_paths(path)), pending_backup_path(path), path]


def needs_migration(folder: Path) -> bool:
    """Whether any plaintext workshop data is left in ``folder``."""
    if not folder.is_dir():
        return False
    if any(folder.glob(f"{STAGING_PREFIX}*")):
        return True
    quarantine = folder / QUARANTINE
    if quarantine.is_dir() and any(
        p.suffix == ".json" or _plain_journal(p) for p in quarantine.iterdir()
    ):
        return True
    if any(_plain_journal(journal_path(main)) for main in workshop_files(folder)):
        return True
    return any(_is_plaintext(p) for main in workshop_files(folder) for p in _versions(main))


def _plain_journal(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(len(JOURNAL_MAGIC)) == JOURNAL_MAGIC
    except FileNotFoundError:
        return False


def _replace(path: Path, data: bytes) -> None:
    """``path`` becomes ``data`` in one rename (durable), times set to the day."""
    tmp = write_temp(path, data)
    try:
        set_day_only_times(tmp)
        os.replace(tmp, path)
    except BaseException:
        remove_quietly(tmp)
        raise
    fsync_folder(path.parent)


def _existing_keys(vault: Vault, main: Path) -> WorkshopKeys | None:
    for version in reversed(_versions(main)):
        try:
            data = version.read_bytes()
        except FileNotFoundError:
            continue
        if is_sealed_file(data):
            with contextlib.suppress(ValueError):
                document = open_file(vault.keyring.storage_key, main.stem, data)
                return WorkshopKeys.from_doc(main.stem, document["keys"])
    return None


def _seal_whole(vault: Vault, path: Path, folder: Path, report: MigrationReport) -> None:
    """A plaintext file that cannot be migrated record by record: sealed whole."""
    quarantine = folder / QUARANTINE
    quarantine.mkdir(parents=True, exist_ok=True)
    target = quarantine / f"{path.name}{SEALED_QUARANTINE_SUFFIX}"
    number = 2
    while target.exists():
        target = quarantine / f"{path.stem}.{number}{path.suffix}{SEALED_QUARANTINE_SUFFIX}"
        number += 1
    context = f"quarantine|{path.name}".encode()
    tmp = write_temp(target, seal(vault.keyring.master_public, path.read_bytes(), context))
    set_day_only_times(tmp)
    os.replace(tmp, target)
    fsync_folder(quarantine)
    path.unlink()
    report.quarantined.append(target)


def _fold_plain_journal(vault: Vault, main: Path, report: MigrationReport) -> None:
    """The plain saves journalled beside ``main`` are folded into it first (one plain
    write), so the versions sealed below hold them; a damaged journal is sealed whole."""
    saves = journal_path(main)
    try:
        with open(saves, "rb") as handle:
            if handle.read(len(JOURNAL_MAGIC)) != JOURNAL_MAGIC:
                return  # a sealed journal (its own magic), or none
    except FileNotFoundError:
        return
    storage = DurableStorage(main)
    try:
        data = storage.read()
    except JournalDamagedError:
        _seal_whole(vault, saves, main.parent, report)
        return
    except (ValueError, NewerSchemaError):
        return  # the main file is dealt with below
    if data is not None:
        storage.write(data)  # removes the journal


def _migrate_workshop(vault: Vault, main: Path, report: MigrationReport) -> None:
    workshop_id = main.stem
    _fold_plain_journal(vault, main, report)
    parsed: dict[Path, dict[str, Any]] = {}
    for version in _versions(main):
        if not _is_plaintext(version):
            continue
        try:
            data = json.loads(version.read_bytes())
            validate_document(data, workshop_id, where=str(version))
        except NewerSchemaError as error:
            report.left.append((version, str(error)))
            continue
        except (ValueError, UnicodeDecodeError, DamagedFileError):
            _seal_whole(vault, version, main.parent, report)
            continue
        parsed[version] = data
    if not parsed:
        return
    is_open_now = _main_is_open(parsed.get(main), vault, main)
    keys = _existing_keys(vault, main)
    if keys is None:
        if is_open_now:
            keys = vault.create_workshop_keys(workshop_id).public_only()
        else:
            master_public = vault.keyring.master_public
            keys = WorkshopKeys.create(workshop_id, master_public).shredded()
    for version in _versions(main):  # backups first, the main file last
        data = parsed.get(version)
        if data is None:
            continue
        version_open = data["_meta"]["1"]["workshop"]["status"] == "open"
        if version_open and keys.match_public is None:
            version.unlink()  # a closed workshop's backup with its codes: deleted
            report.dropped.append(version)
            continue
        if not version_open and keys.match_public is not None:
            keys = keys.shredded()  # closed since (the main file is closed)
        document = migrate_document(data, keys, vault.keyring.master_public)
        _replace(version, seal_file(vault.keyring.storage_key, workshop_id, document))
        if version == main:
            report.workshops += 1
        else:
            report.backups += 1
    if keys.match_public is None:
        vault.shred(workshop_id)


def _main_is_open(data: dict[str, Any] | None, vault: Vault, main: Path) -> bool:
    if data is not None:
        return bool(data["_meta"]["1"]["workshop"]["status"] == "open")
    with contextlib.suppress(OSError, ValueError):  # the main file is sealed already
        document = open_file(vault.keyring.storage_key, main.stem, main.read_bytes())
        return bool(document["listing"].get("status") == "open")
    return False


def migrate_folder(folder: Path, vault: Vault) -> MigrationReport:
    """Seal every plaintext workshop file, backup and quarantined file in ``folder``."""
    report = MigrationReport()
    if not folder.is_dir():
        return report
    for staging in folder.glob(f"{STAGING_PREFIX}*"):
        shutil.rmtree(staging, ignore_errors=True)
    for main in workshop_files(folder):
        _migrate_workshop(vault, main, report)
    quarantine = folder / QUARANTINE
    if quarantine.is_dir():
        for path in sorted(quarantine.glob("*.json")):
            if _is_plaintext(path):
                _seal_whole(vault, path, folder, report)
        for path in sorted(quarantine.glob("*.journal")):
            if _plain_journal(path):
                _seal_whole(vault, path, folder, report)
    return report
