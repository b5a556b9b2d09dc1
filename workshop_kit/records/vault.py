"""The laptop's key files, and the one unlocked session the app holds in memory.

``<data>/keys/`` holds:

* ``keyring.json`` and ``keyring.bak.json``: the same keyring twice (public halves, the
  storage key, the master's wraps; see ``keys.Keyring``). Both are rewritten together
  whenever a wrap changes, so a superseded unlock code opens neither. A damaged main copy
  is replaced from the other.
* ``shred.json``: the match wrap keys of open workshops (``keys.ShredList``). One copy, no
  backup, on purpose: deleting an entry is what destroys a closed workshop's match codes.

``Vault`` creates them at first run, loads them, unlocks and locks. Locked, it still gives
out a workshop's *public* keys (for the kiosk) and makes keys for new workshops; unlocked,
it opens private keys. Every file is written atomically and durably, with day-only times.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from pathlib import Path

from workshop_kit.fileio import atomic_write_text
from workshop_kit.records.crypto import DEFAULT_COST, BoxPrivateKey, CryptoError, ScryptCost
from workshop_kit.records.envelope import set_day_only_times
from workshop_kit.records.keys import (
    Keyring,
    LeadKey,
    ShredList,
    UnlockedKeyring,
    WorkshopKeys,
)

__all__ = [
    "KEYS_FOLDER",
    "LEAD_PRIVATE_SUFFIX",
    "LEAD_PUBLIC_SUFFIX",
    "LockedError",
    "Vault",
    "VaultMissingError",
    "read_lead_private",
    "read_lead_public",
    "write_lead_key",
]

KEYS_FOLDER = "keys"
KEYRING = "keyring.json"
KEYRING_BACKUP = "keyring.bak.json"
SHRED = "shred.json"
LEAD_PUBLIC_SUFFIX = ".wkkey"  # goes to every laptop of the programme
LEAD_PRIVATE_SUFFIX = ".wkprivate"  # stays with the lead


class LockedError(CryptoError):
    """The data are locked: unlock first."""


class VaultMissingError(LookupError):
    """No keyring yet: first-run setup has not been done."""


def _write(path: Path, doc: dict) -> None:
    atomic_write_text(path, json.dumps(doc, separators=(",", ":")))
    set_day_only_times(path)


class Vault:
    """The keyring and shred list of one data folder, and the unlocked session (if any)."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self._lock = threading.RLock()
        self._keyring: Keyring | None = None
        self._shred: ShredList | None = None
        self._unlocked: UnlockedKeyring | None = None
        self._on_lock: list[Callable[[], None]] = []

    # ------------------------------------------------------------------ files

    def exists(self) -> bool:
        """Whether first-run setup has made a keyring here."""
        return (self.folder / KEYRING).exists() or (self.folder / KEYRING_BACKUP).exists()

    def setup(
        self, unlock_secret: str, *, lead: LeadKey | None = None, cost: ScryptCost = DEFAULT_COST
    ) -> str | None:
        """First run: a new keyring and an empty shred list. Returns the recovery-sheet code
        to print when there is no lead key (it is not stored anywhere)."""
        with self._lock:
            if self.exists():
                raise FileExistsError(f"{self.folder} already holds a keyring")
            keyring, sheet = Keyring.create(unlock_secret, lead=lead, cost=cost)
            self._save_keyring(keyring)
            self._save_shred(ShredList())
            return sheet

    def _save_keyring(self, keyring: Keyring) -> None:
        doc = keyring.to_doc()
        _write(self.folder / KEYRING, doc)
        _write(self.folder / KEYRING_BACKUP, doc)
        self._keyring = keyring

    def _save_shred(self, shred: ShredList) -> None:
        _write(self.folder / SHRED, shred.to_doc())
        self._shred = shred

    @property
    def keyring(self) -> Keyring:
        """The keyring, read once (from the backup copy if the main one is damaged)."""
        with self._lock:
            if self._keyring is None:
                self._keyring = self._load_keyring()
            return self._keyring

    def _load_keyring(self) -> Keyring:
        problems = []
        for name in (KEYRING, KEYRING_BACKUP):
            try:
                keyring = Keyring.from_doc(json.loads((self.folder / name).read_text("utf-8")))
            except FileNotFoundError:
                continue
            except (OSError, ValueError) as error:  # CryptoError and JSON errors included
                problems.append(f"{name}: {error}")
                continue
            # Mend the other copy: missing or damaged, or left behind by a crash between the
            # two writes (it would still open with a superseded unlock code).
            other = self.folder / (KEYRING_BACKUP if name == KEYRING else KEYRING)
            try:
                same = json.loads(other.read_text("utf-8")) == keyring.to_doc()
            except (OSError, ValueError):
                same = False
            if not same:
                _write(other, keyring.to_doc())
            return keyring
        if problems:
            raise CryptoError("the keyring cannot be read (" + "; ".join(problems) + ")")
        raise VaultMissingError(f"no keyring in {self.folder}: run first-run setup")

    @property
    def shred_list(self) -> ShredList:
        with self._lock:
            if self._shred is None:
                path = self.folder / SHRED
                try:
                    self._shred = ShredList.from_doc(json.loads(path.read_text("utf-8")))
                except FileNotFoundError:
                    self._shred = ShredList()
            return self._shred

    # ------------------------------------------------------------------ session

    @property
    def is_unlocked(self) -> bool:
        return self._unlocked is not None

    def unlock(self, secret: str) -> None:
        """Unlock with the unlock code or the recovery-sheet code (``WrongSecretError``)."""
        opened = self.keyring.unlock(secret)
        with self._lock:
            self._unlocked = opened

    def unlock_with_lead(self, lead: LeadKey) -> None:
        opened = self.keyring.unlock_with_lead(lead)
        with self._lock:
            self._unlocked = opened

    def lock(self) -> None:
        """Forget the open keys, and tell every listener to drop what it opened (Python
        cannot wipe memory; the objects are dropped for the collector)."""
        with self._lock:
            self._unlocked = None
            listeners = list(self._on_lock)
        for listener in listeners:
            listener()

    def on_lock(self, listener: Callable[[], None]) -> None:
        """Call ``listener`` (quick, thread-safe) whenever the data are locked."""
        with self._lock:
            self._on_lock.append(listener)

    def _opened(self) -> UnlockedKeyring:
        opened = self._unlocked
        if opened is None:
            raise LockedError("the data are locked")
        return opened

    @property
    def master(self) -> bytes:
        """The master private key; unlocked only."""
        return self._opened().master

    @property
    def master_box(self) -> BoxPrivateKey:
        """The master private key loaded once for this unlocked session (dropped at
        lock), for opening what is sealed to it; unlocked only."""
        return self._opened().master_box

    @property
    def identity_private(self) -> bytes:
        """The laptop's Ed25519 signing key (for bundles); unlocked only."""
        return self._opened().identity

    def change_unlock_code(self, new_secret: str, *, cost: ScryptCost = DEFAULT_COST) -> None:
        with self._lock:
            keyring, _ = self._opened().rewrapped(unlock_secret=new_secret, cost=cost)
            self._save_keyring(keyring)
            self._unlocked = UnlockedKeyring(
                keyring, self._opened().master, self._opened().identity
            )

    def new_recovery_sheet(self, *, cost: ScryptCost = DEFAULT_COST) -> str:
        """A new recovery-sheet code (the old sheet stops working)."""
        with self._lock:
            keyring, sheet = self._opened().rewrapped(new_sheet=True, cost=cost)
            assert sheet is not None
            self._save_keyring(keyring)
            self._unlocked = UnlockedKeyring(
                keyring, self._opened().master, self._opened().identity
            )
            return sheet

    def set_lead(self, lead: LeadKey) -> None:
        """Wrap the master for a programme lead's public key as well."""
        with self._lock:
            keyring, _ = self._opened().rewrapped(lead=lead)
            self._save_keyring(keyring)
            self._unlocked = UnlockedKeyring(
                keyring, self._opened().master, self._opened().identity
            )

    # ------------------------------------------------------------------ workshops

    def create_workshop_keys(self, workshop_id: str) -> WorkshopKeys:
        """Keys for a new workshop (no unlock needed); its match wrap key is in the shred
        list, durably, before this returns, so the file written next can rely on it."""
        with self._lock:
            keys = WorkshopKeys.create(workshop_id, self.keyring.master_public)
            shred = ShredList(dict(self.shred_list.entries))
            shred.add(keys)
            self._save_shred(shred)
            return keys

    def workshop_keys(self, workshop_id: str, header: object) -> WorkshopKeys:
        """A workshop's keys from its file header: private halves when unlocked, public
        halves only when locked (what the kiosk uses)."""
        opened = self._unlocked
        if opened is None:
            return WorkshopKeys.from_doc(workshop_id, header)
        entry = self.shred_list.entry(workshop_id)
        return WorkshopKeys.from_doc(workshop_id, header, opened.master_box, entry)

    def shred(self, workshop_id: str) -> None:
        """Destroy a workshop's match wrap key for good (closing, deleting a workshop)."""
        with self._lock:
            if self.shred_list.entry(workshop_id) is None:
                return
            shred = ShredList(dict(self.shred_list.entries))
            shred.shred(workshop_id)
            self._save_shred(shred)


# ----------------------------------------------------------------------------- lead key files


def write_lead_key(
    folder: Path, name: str, passphrase: str, *, cost: ScryptCost = DEFAULT_COST
) -> tuple[LeadKey, Path, Path]:
    """A programme lead makes a recovery key: ``<name>.wkkey`` (public, for laptops) and
    ``<name>.wkprivate`` (the private half under the lead's passphrase). Existing files
    are never overwritten: a lost lead key would lose every bundle sealed to it."""
    lead = LeadKey.create()
    folder = Path(folder)
    public_path = folder / f"{name}{LEAD_PUBLIC_SUFFIX}"
    private_path = folder / f"{name}{LEAD_PRIVATE_SUFFIX}"
    for path in (public_path, private_path):
        if path.exists():
            raise FileExistsError(f"{path} already exists; choose another name")
    _write(private_path, lead.private_doc(passphrase, cost))
    _write(public_path, lead.public_doc())
    return lead, public_path, private_path


def read_lead_public(path: Path) -> LeadKey:
    """A lead's public key file (``CryptoError`` if it is not one)."""
    try:
        doc = json.loads(Path(path).read_text("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise CryptoError(f"{Path(path).name} is not a lead key file") from None
    return LeadKey.from_public_doc(doc)


def read_lead_private(path: Path, passphrase: str) -> LeadKey:
    """A lead's private key file, opened with the passphrase (``WrongSecretError``)."""
    try:
        doc = json.loads(Path(path).read_text("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise CryptoError(f"{Path(path).name} is not a lead key file") from None
    return LeadKey.from_private_doc(doc, passphrase)
