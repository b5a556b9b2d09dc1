"""``SealedDiskBackend``: the disk backend with every workshop file encrypted at rest.

The same folder layout, durable writes, backups, start-up check and all-or-nothing import
as ``backends.DiskBackend``, with ``sealed_storage.SealedStorage`` underneath, so no
answer, match code or secret reaches the disk in the clear (files, backups, quarantine,
the import's staging folder). With a ``vault.Vault``:

* **locked** (the kiosk): ``listing`` and ``append_response`` work, with the workshop's
  public keys only; everything that reads answers raises ``vault.LockedError``, and the
  listing of workshops is empty;
* **unlocked** (the facilitator): everything works as on ``DiskBackend``;
* the start-up check needs no unlock: every file's authentication tag is checked with the
  laptop's storage key, a file that fails is quarantined (still sealed) and the newest
  backup that opens is restored.

``WorkshopStore(backend=SealedDiskBackend(folder, vault))`` is all a caller changes.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tinydb import TinyDB

from workshop_kit.records.backends import MAX_OPEN, DiskBackend, Document, Loaded
from workshop_kit.records.crypto import CryptoError
from workshop_kit.records.envelope import (
    SealedDocumentError,
    is_sealed_file,
    open_file,
    record_ids,
    seal_file,
    seal_match_secret,
)
from workshop_kit.records.errors import DamagedFileError, StorageError, disk_error
from workshop_kit.records.journal import Journal, sealed_codec
from workshop_kit.records.keys import WorkshopKeys
from workshop_kit.records.listing_index import INDEX_FOLDER, INDEX_NAME, index_key, index_path
from workshop_kit.records.model import workshop_code
from workshop_kit.records.read_cache import CACHE_NAME, ReadCache, cache_key
from workshop_kit.records.recovery import RecoveryNote, Seen, check_folder, workshop_files
from workshop_kit.records.sealed_box import SealedBox
from workshop_kit.records.sealed_storage import (
    SealedStorage,
    merge_sealed_journal,
    read_sealed_document,
    sealed_signature,
)
from workshop_kit.records.sealed_view import OpenedCache, Resealer, read_view
from workshop_kit.records.staging import replace_files
from workshop_kit.records.storage import META, NewerSchemaError, dumps, validate_document
from workshop_kit.records.vault import LockedError, Vault

__all__ = ["SealedDiskBackend", "load_sealed"]


@dataclass(frozen=True)
class _Listed:
    """What the start-up check may say of a sealed workshop without unlocking."""

    site: str  # the workshop's short code: the site itself is sealed
    day: str
    is_open: bool


def load_sealed(vault: Vault) -> Callable[[Path, str], tuple[_Listed, list[str]]]:
    """A loader for ``recovery.check_folder``: opens the outer box (no unlock needed)."""

    def load(path: Path, workshop_id: str) -> tuple[_Listed, list[str]]:
        data = path.read_bytes()
        if not is_sealed_file(data):
            raise DamagedFileError(f"{path}: not a sealed workshop file")
        try:
            document = open_file(vault.keyring.storage_key, workshop_id, data)
        except SealedDocumentError as error:
            raise DamagedFileError(f"{path}: {error}") from None
        journal = Journal(path, sealed_codec(vault.keyring.storage_key, workshop_id))
        document = merge_sealed_journal(document, journal.read(), journal)  # the saves since
        listing = document["listing"]
        listed = _Listed(
            workshop_code(workshop_id), str(listing.get("day", "")), listing.get("status") == "open"
        )
        return listed, record_ids(document)  # folded or not

    return load


class SealedDiskBackend(DiskBackend):
    """One sealed file per workshop in ``folder``, opened through ``vault``."""

    def __init__(self, folder: Path, vault: Vault, max_open: int = MAX_OPEN) -> None:
        super().__init__(folder, max_open)
        self.vault = vault
        # Responses opened since the last unlock, shared by every workshop's storage, so
        # an analysis that reads everything again opens only what is new.
        self._opened: OpenedCache = {}
        self._purge = False
        vault.on_lock(self._locked)
        # A plain index left from before the folder was sealed names sites in the clear.
        (self.root / INDEX_FOLDER / INDEX_NAME).unlink(missing_ok=True)

    def index_file(self) -> Path | None:
        return index_path(self.root, sealed=True)

    def index_key(self) -> Callable[[], bytes] | None:
        return lambda: index_key(self.vault.master)  # LockedError while locked

    def on_lock(self, listener: Callable[[], None]) -> None:
        self.vault.on_lock(listener)

    def read_cache(self) -> ReadCache:
        return ReadCache(
            self.root / INDEX_FOLDER / CACHE_NAME,
            lambda: cache_key(self.vault.master),  # LockedError while locked
        )

    def sealed_box(self, name: str) -> SealedBox:
        return SealedBox.derived(
            self.root / INDEX_FOLDER / name,
            lambda: self.vault.master,  # LockedError while locked
        )

    def _locked(self) -> None:
        """On lock: drop every opened response now, the open databases at the next call
        (they may be in use on another thread this instant)."""
        self._opened.clear()
        self._purge = True
        self._last_scan = None

    def _purge_if_locked(self) -> None:
        if self._purge:
            self._purge = False
            self._dbs.clear()

    def _new_db(self, workshop_id: str) -> TinyDB:
        path = self._path(workshop_id)

        def check(data: dict[str, Any]) -> None:
            validate_document(data, workshop_id, where=str(path))

        return TinyDB(
            path, storage=SealedStorage, vault=self.vault, check=check, opened=self._opened
        )

    def open(self, workshop_id: str) -> TinyDB | None:
        self._purge_if_locked()
        return super().open(workshop_id)

    def _sealed(self, workshop_id: str) -> SealedStorage:
        self._purge_if_locked()
        db = self._dbs.get(workshop_id)
        if db is None:
            db = self._remember(workshop_id, self._new_db(workshop_id))
        storage = db.storage
        assert isinstance(storage, SealedStorage)
        return storage

    # ------------------------------------------------------------------ the kiosk

    def save_context(self, workshop_id: str) -> tuple[Mapping[str, Any], bytes | None] | None:
        """Locked: the listing fields, and no secret (codes are sealed, never hashed, at
        the kiosk). Unlocked: as on disk, so the store returns the response's hashes."""
        if self.vault.is_unlocked:
            return super().save_context(workshop_id)
        document = self._sealed(workshop_id).sealed_document()
        return None if document is None else (document["listing"], None)

    def append_response(
        self,
        workshop_id: str,
        response: Mapping[str, Any],
        code_answers: Mapping[str, str] | None,
    ) -> Document | None:
        """Seal the response with the public keys (locked or not) and save it."""
        storage = self._sealed(workshop_id)
        try:
            storage.append_response(response, code_answers)
        except FileNotFoundError:  # no file: raised before anything is written
            raise LookupError(f"no workshop {workshop_id!r}") from None
        if not self.vault.is_unlocked:
            return None
        data = storage.read()
        self._saw_own_append(workshop_id)
        return data

    # ------------------------------------------------------------------ folding

    def unfolded(self, workshop_ids: Iterable[str] | None = None) -> list[str]:
        """The workshops (of ``workshop_ids``, default all) whose file holds records the
        kiosk added since the last fold (outer boxes only: no unlock needed), sorted."""
        found = []
        paths = (
            workshop_files(self.root)
            if workshop_ids is None
            else [self._path(workshop_id) for workshop_id in sorted(workshop_ids)]
        )
        # Closed workshops the read cache holds as folded, at their files' versions, are
        # not read again (after an unlock, 3,000 files read for nothing)
        known = self._folded_versions() if workshop_ids is None else {}
        for path in paths:
            if path.stem in known and path.stem not in self._dbs:
                try:
                    if sealed_signature(path) == known[path.stem]:
                        continue
                except OSError:
                    continue  # the start-up check deals with it
            db = self._dbs.get(path.stem)
            storage = (
                self._storage(db)
                if db is not None
                else SealedStorage(path, self.vault, opened=self._opened)
            )
            try:
                assert isinstance(storage, SealedStorage)
                document = storage.sealed_document()
            except (StorageError, OSError):
                continue  # the start-up check deals with it
            if document is not None and document.get("records"):
                found.append(path.stem)
        return found

    def _folded_versions(self) -> dict[str, Hashable]:
        """The file versions the read cache knows to hold no unfolded record."""
        if not self.vault.is_unlocked:
            return {}
        return {
            workshop_id: line.signature
            for workshop_id, line in self.read_cache().load().items()
            if line.folded
        }

    # ------------------------------------------------------------------ reading

    def signatures(self) -> dict[str, Hashable]:
        """Empty while locked: the listing (sites, counts) is sealed data, so the store's
        listing empties and forgets what it cached when the data are locked."""
        if not self.vault.is_unlocked:
            return {}
        return self._remembered(self._sealed_signatures)

    def _sealed_signatures(self) -> dict[str, Hashable]:
        found: dict[str, Hashable] = {}
        for path in workshop_files(self.root):
            try:
                found[path.stem] = sealed_signature(path)
            except OSError:
                continue
        return found

    def signatures_cached(self) -> dict[str, Hashable]:
        return super().signatures_cached() if self.vault.is_unlocked else {}

    def signature(self, workshop_id: str) -> Hashable:
        db = self._dbs.get(workshop_id)
        known = self._storage(db).signature if db is not None else None
        return known if known is not None else sealed_signature(self._path(workshop_id))

    def load(self, workshop_id: str) -> Loaded | None:
        self._purge_if_locked()
        db = self._dbs.get(workshop_id)
        if db is not None:
            storage = self._sealed(workshop_id)
            data = storage.read()  # checked when this version was read
            return None if data is None else Loaded(data, True, storage.signature)
        path = self._path(workshop_id)
        try:  # stat before the read: a file changed in between is read again next time
            signature = sealed_signature(path)
        except FileNotFoundError:
            return None
        except OSError as error:
            raise disk_error(error, path) from error
        document = read_sealed_document(path, self.vault.keyring.storage_key)
        if document is None:
            return None
        if not self.vault.is_unlocked:
            raise LockedError("the workshop data are locked")  # the listing leaves it out
        try:
            keys = self.vault.workshop_keys(workshop_id, document["keys"])
            data, folded = read_view(document, keys, self.vault.master_box, self._opened)
        except CryptoError as error:
            raise DamagedFileError(f"{path}: a sealed part does not open ({error})") from None
        # Checked once, here: the folded responses as the app checked them when it folded
        # them, the rest (details, final matching, kiosk records) field by field.
        parsed = validate_document(data, workshop_id, where=str(path), trusted=folded)
        return Loaded(data, True, signature, parsed, folded=not document.get("records"))

    def read_raw(self, workshop_id: str) -> bytes | None:
        """The workshop's plain document (unlocked only): what an export carries; the
        bundle it goes into is sealed to the programme lead."""
        loaded = self.load(workshop_id)
        return None if loaded is None else dumps(loaded.data).encode("utf-8")

    # ------------------------------------------------------------------ import

    def replace(
        self,
        documents: Iterable[tuple[str, bytes, Document]],
        *,
        staged: Callable[[], None] | None = None,
        check_cancel: Callable[[], None] | None = None,
    ) -> None:
        """Seal each plain document, then replace the files all or nothing (the staging
        folder only ever holds sealed bytes). The sealed files are held in memory until
        they are staged (unlike the plain backend, which stages one at a time)."""
        if not self.vault.is_unlocked:
            raise LockedError("importing needs the data unlocked")
        master_public = self.vault.keyring.master_public
        sealed: list[tuple[str, bytes]] = []
        opened: list[str] = []
        for workshop_id, _, data in documents:
            meta = data[META]["1"]
            is_open = meta["workshop"]["status"] == "open"
            keys = (
                self.vault.create_workshop_keys(workshop_id)
                if is_open
                else WorkshopKeys.create(workshop_id, master_public).shredded()
            )
            resealer = Resealer(keys, master_public)
            if is_open:
                resealer.sealed_secret = seal_match_secret(keys, bytes.fromhex(meta["secret"]))
                opened.append(workshop_id)
            document = resealer(data)
            sealed.append(
                (workshop_id, seal_file(self.vault.keyring.storage_key, workshop_id, document))
            )
        try:
            replace_files(self.root, sealed, staged=staged, check_cancel=check_cancel)
        except BaseException:
            for workshop_id in opened:  # keys made for files that never went in
                self.vault.shred(workshop_id)
            raise
        finally:
            for workshop_id, _ in sealed:
                self._dbs.pop(workshop_id, None)

    # ------------------------------------------------------------------ the start-up check

    def check(
        self, seen: Seen | None = None, guard: AbstractContextManager[object] | None = None
    ) -> tuple[list[RecoveryNote], list[StorageError]]:
        """The start-up check over sealed files; ``seen`` is not told (a locked store
        lists nothing, so there is no listing to warm)."""
        problems: list[StorageError] = []
        notes = check_folder(self.root, problems, loader=load_sealed(self.vault), guard=guard)
        with guard or nullcontext():
            for note in notes:
                self._dbs.pop(note.file.stem, None)
        return notes, problems

    def unreadable(self) -> list[tuple[Path, str]]:
        load = load_sealed(self.vault)
        problems = []
        for path in workshop_files(self.root):
            try:
                load(path, path.stem)
            except (DamagedFileError, NewerSchemaError, OSError, CryptoError) as error:
                problems.append((path, str(error)))
        return problems
