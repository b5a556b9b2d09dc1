"""Which store a data folder gets: sealed once its keys are set up, and the set-up itself.

A data folder holds ``keys/`` (the vault: keyring and shred list) and ``workshops/``.

* :func:`open_protected` is what the app and the command line call at start: with a
  vault, it finishes any migration of plaintext files (a folder made before encryption,
  or a migration a crash cut short) and returns a store over sealed files, locked. With
  no vault it returns ``None``: nothing may be saved until :func:`set_up` has run (the
  first-run key setup), so no answer is ever written in the clear.
* :func:`set_up` makes the vault with the unlock code the user wrote down (and the
  programme lead's key, if the centre has one), seals every plaintext file already in
  the folder, and returns the store, unlocked, with the recovery-sheet code to print.

Nothing here shows anything: the UI words the results (``ui/keys``).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from workshop_kit import paths
from workshop_kit.records.crypto import DEFAULT_COST, ScryptCost
from workshop_kit.records.keys import LeadKey
from workshop_kit.records.migration import MigrationReport, migrate_folder, needs_migration
from workshop_kit.records.sealed_backend import SealedDiskBackend
from workshop_kit.records.store import WorkshopStore
from workshop_kit.records.vault import Vault

__all__ = [
    "Protected",
    "has_plain_data",
    "keys_dir",
    "open_protected",
    "set_up",
    "setup_cost",
    "workshops_dir",
]

log = logging.getLogger("workshop_kit.records")

KEYS = "keys"
WORKSHOPS = "workshops"


def keys_dir(data_dir: Path | None = None) -> Path:
    return (data_dir or paths.user_data_dir()) / KEYS


def workshops_dir(data_dir: Path | None = None) -> Path:
    return (data_dir or paths.user_data_dir()) / WORKSHOPS


def setup_cost() -> ScryptCost:
    """The scrypt cost new secrets are wrapped with (tests make it cheap)."""
    return DEFAULT_COST


@dataclass
class Protected:
    """A sealed store and its vault; ``migration`` says what the start sealed, if any."""

    store: WorkshopStore
    vault: Vault
    migration: MigrationReport | None = None
    #: the recovery-sheet code to print (only right after :func:`set_up` without a lead)
    sheet: str | None = None


def has_plain_data(data_dir: Path | None = None) -> bool:
    """Whether the folder holds workshop files made before encryption."""
    return needs_migration(workshops_dir(data_dir))


def _migrate(vault: Vault, folder: Path) -> MigrationReport | None:
    if not needs_migration(folder):
        return None
    # The plaintext check first: a damaged plain file is restored from its backup before
    # it is sealed (a sealed copy of damage helps no one).
    WorkshopStore(folder).check()
    report = migrate_folder(folder, vault)
    log.info(
        "sealed %d workshop files and %d backups made before encryption",
        report.workshops,
        report.backups,
    )
    return report


def open_protected(data_dir: Path | None = None, *, migrate: bool = True) -> Protected | None:
    """The sealed store of ``data_dir``, locked; ``None`` before the key setup.

    ``migrate=False`` leaves sealing a folder made before encryption to
    :func:`finish_migration` (the app runs it on a worker: it reads every file)."""
    vault = Vault(keys_dir(data_dir))
    if not vault.exists():
        return None
    folder = workshops_dir(data_dir)
    report = _migrate(vault, folder) if migrate else None
    return Protected(WorkshopStore(backend=SealedDiskBackend(folder, vault)), vault, report)


def finish_migration(protected: Protected) -> MigrationReport | None:
    """Seal what an ``open_protected(migrate=False)`` left in the clear (the store is held
    meanwhile, so no save of its own runs beside the migration)."""
    folder = protected.store.folder
    assert folder is not None
    with protected.store.exclusive():
        protected.migration = _migrate(protected.vault, folder)
    return protected.migration


def set_up(
    unlock_code: str,
    *,
    lead: LeadKey | None = None,
    data_dir: Path | None = None,
    cost: ScryptCost | None = None,
) -> Protected:
    """First-run key setup: the vault, every plaintext file sealed, the store unlocked.

    ``FileExistsError`` if the folder already has keys (setup never replaces them: that
    would lose every answer sealed to the old ones)."""
    vault = Vault(keys_dir(data_dir))
    vault.folder.mkdir(parents=True, exist_ok=True)
    sheet = vault.setup(unlock_code, lead=lead, cost=cost or setup_cost())
    folder = workshops_dir(data_dir)
    report = _migrate(vault, folder)
    vault.unlock(unlock_code)
    store = WorkshopStore(backend=SealedDiskBackend(folder, vault))
    return Protected(store, vault, report, sheet)
