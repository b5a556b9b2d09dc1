"""Where a ``WorkshopStore`` keeps its workshops: in memory, or one durable file each.

The store holds one backend and never asks which kind it is (the tinydb ``Storage``
pattern one level up: a storage is one database, a backend is a set of them). The backend
decides how a workshop's database is opened, created, listed, deleted and replaced, what
identifies a version of it (so the store can cache summaries), and what the start-up
check does. Everything else (ids, hashing, matching, closing, the listing cache) is the
store's, so the fast memory path and the durable disk path run the same code.

- ``MemoryBackend``: tinydb databases in memory, all kept (they are the data). For tests
  and demonstrations; nothing survives the process.
- ``DiskBackend``: ``<folder>/<workshop id>.json`` per workshop, written by
  ``storage.DurableStorage``; only a few databases stay open (each holds its parsed file).
"""

from __future__ import annotations

import itertools
import os
import time
from abc import ABC, abstractmethod
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from tinydb import TinyDB
from tinydb.storages import MemoryStorage
from tinydb.table import Document as TinyDocument

from workshop_kit.records.errors import StorageError, disk_error
from workshop_kit.records.journal import journal_path
from workshop_kit.records.listing_index import index_path
from workshop_kit.records.model import Response, Workshop
from workshop_kit.records.recovery import (
    RecoveryNote,
    Seen,
    check_folder,
    workshop_file_names,
    workshop_files,
)
from workshop_kit.records.staging import replace_files
from workshop_kit.records.storage import (
    META,
    RESPONSES,
    DamagedFileError,
    DurableStorage,
    NewerSchemaError,
    dumps,
    file_signature,
    load_file,
    validate_document,
)

if TYPE_CHECKING:
    from workshop_kit.records.sealed_box import SealedBox
from workshop_kit.records.read_cache import ReadCache

__all__ = ["MAX_OPEN", "Backend", "DiskBackend", "Loaded", "MemoryBackend"]

MAX_OPEN = 16  # workshop files kept parsed in memory (disk)

Document = dict[str, Any]


class Loaded(NamedTuple):
    """One workshop's whole document as it is now.

    ``checked`` is false for a document read straight from a file, which the caller
    must pass through ``validate_document`` before trusting it. ``signature`` identifies
    this version: it changes whenever the workshop changes; ``parsed`` spares building
    the objects again."""

    data: Document
    checked: bool
    signature: Hashable
    #: the workshop and responses, where the backend built them while checking ``data``
    parsed: tuple[Workshop, list[Response]] | None = None
    #: a sealed file with no record the kiosk added since the last fold (False: unknown)
    folded: bool = False


class Backend(ABC):
    """A set of workshop databases, one per workshop id. Not thread-safe on its own: the
    store calls it under its lock."""

    #: the folder of the workshop files, or None when nothing is on disk
    folder: Path | None = None

    @abstractmethod
    def open(self, workshop_id: str) -> TinyDB | None:
        """The database of one workshop (checked when first read), or None if there is
        no such workshop."""

    @abstractmethod
    def create(self, workshop_id: str, data: Document) -> TinyDB:
        """A new workshop's database, holding ``data`` (written durably on disk)."""

    @abstractmethod
    def delete(self, workshop_id: str) -> None:
        """Remove the workshop and every earlier version of it."""

    @abstractmethod
    def drop_history(self, workshop_id: str) -> None:
        """Forget every earlier version of the workshop (closing deletes the match codes,
        and the backups still hold them)."""

    @abstractmethod
    def workshop_ids(self) -> list[str]:
        """Every stored workshop id (also unreadable ones), sorted."""

    @abstractmethod
    def signatures(self) -> dict[str, Hashable]:
        """Every workshop id (sorted) with the signature of its current version."""

    @abstractmethod
    def signature(self, workshop_id: str) -> Hashable:
        """The signature of the version the store has just written (cheap)."""

    def signatures_cached(self) -> dict[str, Hashable]:
        """:meth:`signatures`, or the last ones where the backend can tell nothing changed
        since (for the GUI thread's listings: no call per file)."""
        return self.signatures()

    @abstractmethod
    def load(self, workshop_id: str) -> Loaded | None:
        """The workshop's document, from its open database if it is open, otherwise
        read without keeping it open; None if there is no such workshop."""

    @abstractmethod
    def read_raw(self, workshop_id: str) -> bytes | None:
        """The workshop's document as stored (the file's bytes on disk)."""

    @abstractmethod
    def replace(
        self,
        documents: Iterable[tuple[str, bytes, Document]],
        *,
        staged: Callable[[], None] | None = None,
        check_cancel: Callable[[], None] | None = None,
    ) -> None:
        """Store every ``(id, bytes, parsed)`` (added or replacing), all or nothing."""

    @abstractmethod
    def check(
        self, seen: Seen | None = None, guard: AbstractContextManager[object] | None = None
    ) -> tuple[list[RecoveryNote], list[StorageError]]:
        """The start-up check: what was repaired, and what could not be done; ``seen``
        is told of every workshop that passed; ``guard`` is held for each file, not
        between files (see ``recovery.check_folder``)."""

    def save_context(self, workshop_id: str) -> tuple[Mapping[str, Any], bytes | None] | None:
        """What a save needs: the workshop's fields (status, instrument, day; the site
        where it can be read) and its match-code secret (None where the backend seals
        codes instead), or None if there is no such workshop. An encrypting backend
        answers without unlocking."""
        db = self.open(workshop_id)
        if db is None:
            return None
        data = db.storage.read()  # what tinydb's table would read, without its copies
        meta = data.get(META, {}).get("1") if isinstance(data, dict) else None
        if not isinstance(meta, dict):
            return None
        secret = meta.get("secret")
        return meta["workshop"], bytes.fromhex(secret) if secret is not None else None

    def append_response(
        self,
        workshop_id: str,
        response: Mapping[str, Any],
        code_answers: Mapping[str, str] | None,
    ) -> Document | None:
        """Save one new response document durably (its ``match_hashes`` made with the
        secret of ``save_context``; an encrypting backend seals ``code_answers`` instead);
        returns the whole document when it can be read (None while locked)."""
        del code_answers  # hashed by the store already
        db = self.open(workshop_id)
        if db is None:
            raise LookupError(f"no workshop {workshop_id!r}")
        # The next id from the file as it is now, not tinydb's remembered counter,
        # which is stale if another process (an import) has added responses since.
        table = (db.storage.read() or {}).get(RESPONSES, {})
        next_id = max(map(int, table), default=0) + 1
        db.table(RESPONSES).insert(TinyDocument(dict(response), doc_id=next_id))
        return db.storage.read()

    @abstractmethod
    def unreadable(self) -> list[tuple[Path, str]]:
        """Stored workshops that cannot be read, with the reason."""

    def unfolded(self, workshop_ids: Iterable[str] | None = None) -> list[str]:
        """Workshops (of ``workshop_ids``, default all) whose responses a write while
        unlocked would fold together (sealed files with records the kiosk added since;
        ``envelope.fold_records``). Plain backends fold nothing."""
        return []

    def index_file(self) -> Path | None:
        """Where the listing index is kept (``listing_index``), or None for none."""
        return None

    def index_key(self) -> Callable[[], bytes] | None:
        """What gives the key of a sealed listing index (raising while locked), or None
        for a plain index."""
        return None

    def on_lock(self, listener: Callable[[], None]) -> None:
        """Call ``listener`` whenever the data are locked (never, unless sealed)."""
        del listener  # plain data are never locked

    def read_cache(self) -> ReadCache | None:
        """The sealed cache of closed workshops as last read (``read_cache``), or None:
        only sealed data have one (a plain one would copy answers in the clear)."""
        return None

    def sealed_box(self, name: str) -> SealedBox | None:
        """A sealed file beside the index for what the app derived from the data
        (``sealed_box``), or None: only sealed data have them."""
        del name
        return None


# ----------------------------------------------------------------------------- memory

_VERSIONS = itertools.count(1)  # unique across every memory database of the process


class _VersionedMemory(MemoryStorage):
    """tinydb's MemoryStorage with a version that changes on every write."""

    def __init__(self) -> None:
        super().__init__()
        self.version = next(_VERSIONS)

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        super().write(data)
        self.version = next(_VERSIONS)


def _version(db: TinyDB) -> int:
    storage = db.storage
    assert isinstance(storage, _VersionedMemory)
    return storage.version


class MemoryBackend(Backend):
    """Every workshop a tinydb database in memory; nothing survives the process."""

    def __init__(self) -> None:
        self._dbs: dict[str, TinyDB] = {}

    def open(self, workshop_id: str) -> TinyDB | None:
        return self._dbs.get(workshop_id)

    def create(self, workshop_id: str, data: Document) -> TinyDB:
        db = TinyDB(storage=_VersionedMemory)
        db.storage.write(data)
        self._dbs[workshop_id] = db
        return db

    def delete(self, workshop_id: str) -> None:
        self._dbs.pop(workshop_id, None)

    def drop_history(self, workshop_id: str) -> None:
        pass  # memory keeps no earlier versions

    def workshop_ids(self) -> list[str]:
        return sorted(self._dbs)

    def signatures(self) -> dict[str, Hashable]:
        return {i: _version(self._dbs[i]) for i in sorted(self._dbs)}

    def signature(self, workshop_id: str) -> Hashable:
        return _version(self._dbs[workshop_id])

    def load(self, workshop_id: str) -> Loaded | None:
        db = self._dbs.get(workshop_id)
        data = db.storage.read() if db is not None else None
        if db is None or data is None:
            return None
        return Loaded(data, True, _version(db))

    def read_raw(self, workshop_id: str) -> bytes | None:
        loaded = self.load(workshop_id)
        return None if loaded is None else dumps(loaded.data).encode("utf-8")

    def replace(
        self,
        documents: Iterable[tuple[str, bytes, Document]],
        *,
        staged: Callable[[], None] | None = None,
        check_cancel: Callable[[], None] | None = None,
    ) -> None:
        fresh = []
        for workshop_id, _, data in documents:
            if check_cancel is not None:
                check_cancel()
            db = TinyDB(storage=_VersionedMemory)
            db.storage.write(data)  # parsed from the bytes by the store: nobody else's
            fresh.append((workshop_id, db))
            if staged is not None:
                staged()
        if check_cancel is not None:
            check_cancel()
        self._dbs.update(fresh)  # nothing can fail half-way through this

    def check(
        self, seen: Seen | None = None, guard: AbstractContextManager[object] | None = None
    ) -> tuple[list[RecoveryNote], list[StorageError]]:
        return [], []

    def unreadable(self) -> list[tuple[Path, str]]:
        return []


# ----------------------------------------------------------------------------- disk


#: A folder changed less than this long before a scan is scanned again next time.
SCAN_SETTLE_NS = 200_000_000


class DiskBackend(Backend):
    """One durable tinydb file per workshop in ``folder``; a few kept open."""

    def __init__(self, folder: Path, max_open: int = MAX_OPEN) -> None:
        self.root = Path(folder)
        self.folder = self.root
        self.max_open = max_open
        # Open databases, least recently used first.
        self._dbs: OrderedDict[str, TinyDB] = OrderedDict()
        self._last_scan: tuple[tuple[int, int, int], dict[str, Hashable]] | None = None

    def _path(self, workshop_id: str) -> Path:
        return self.root / f"{workshop_id}.json"

    def _new_db(self, workshop_id: str) -> TinyDB:
        path = self._path(workshop_id)

        def check(data: dict[str, Any]) -> None:
            validate_document(data, workshop_id, where=str(path))

        return TinyDB(path, storage=DurableStorage, check=check)

    def _remember(self, workshop_id: str, db: TinyDB) -> TinyDB:
        self._dbs[workshop_id] = db
        self._dbs.move_to_end(workshop_id)
        while len(self._dbs) > self.max_open:
            self._dbs.popitem(last=False)
        return db

    def _storage(self, db: TinyDB) -> DurableStorage:
        storage = db.storage
        assert isinstance(storage, DurableStorage)
        return storage

    def open(self, workshop_id: str) -> TinyDB | None:
        db = self._dbs.get(workshop_id)
        if db is not None:
            self._dbs.move_to_end(workshop_id)
            return db
        db = self._new_db(workshop_id)
        if db.storage.read() is None:  # reading checks the whole file
            return None
        return self._remember(workshop_id, db)

    def create(self, workshop_id: str, data: Document) -> TinyDB:
        db = self._new_db(workshop_id)
        db.storage.write(data)
        return self._remember(workshop_id, db)

    def _known_db(self, workshop_id: str) -> TinyDB:
        db = self._dbs.get(workshop_id)  # (an empty TinyDB is falsy: compare with None)
        return db if db is not None else self._new_db(workshop_id)

    def delete(self, workshop_id: str) -> None:
        db = self._known_db(workshop_id)
        self._dbs.pop(workshop_id, None)
        self._storage(db).delete()

    def drop_history(self, workshop_id: str) -> None:
        self._storage(self._known_db(workshop_id)).reset_backups()

    def workshop_ids(self) -> list[str]:
        return [name[: -len(".json")] for name in workshop_file_names(self.root)]

    def index_file(self) -> Path | None:
        return index_path(self.root, sealed=False)

    def signatures_cached(self) -> dict[str, Hashable]:
        """The last scan's signatures while the folder itself is unchanged since it.

        Every write, the store's and any other program's, replaces a file by renaming
        into the folder, which changes the folder's times; so one ``stat`` of the folder
        stands for one per workshop file. That matters on the GUI thread while a worker
        computes: each system call there hands the interpreter lock over and waits for it
        back (about 5 ms), so 3,000 ``stat`` calls froze the window for seconds. A scan
        (on any thread: the listing worker's too) is kept only if the folder had not
        changed for ``SCAN_SETTLE_NS`` before it, as a change made just after could fall
        in the same clock tick of the file system. A file edited in place without a
        rename is noticed at the next change of the folder, at the next full listing on
        a worker, or when it is read (its seal or check fails)."""
        key = self._folder_key()
        last = self._last_scan
        if key is not None and last is not None and last[0] == key[0]:
            return dict(last[1])
        return self.signatures()

    def _folder_key(self) -> tuple[tuple[int, int, int], bool] | None:
        """The folder's identity and times, and whether it has been still long enough."""
        try:
            st = os.stat(self.root)
        except OSError:
            return None
        changed = max(st.st_mtime_ns, st.st_ctime_ns)
        return (
            st.st_ino,
            st.st_mtime_ns,
            st.st_ctime_ns,
        ), time.time_ns() - changed > SCAN_SETTLE_NS

    def _remembered(self, scan: Callable[[], dict[str, Hashable]]) -> dict[str, Hashable]:
        """``scan()``, kept for :meth:`signatures_cached` when the folder was still."""
        key = self._folder_key()  # before the scan: a change during it makes the key old
        found = scan()
        settled = key is not None and key[1] and bool(found)
        self._last_scan = (key[0], dict(found)) if key is not None and settled else None
        return found

    def signatures(self) -> dict[str, Hashable]:
        return self._remembered(self._file_signatures)

    def _file_signatures(self) -> dict[str, Hashable]:
        found: dict[str, Hashable] = {}
        for path in workshop_files(self.root):
            try:
                found[path.stem] = file_signature(path)
            except OSError:
                continue  # gone since the folder was listed, or unreadable (see unreadable)
        return found

    def signature(self, workshop_id: str) -> Hashable:
        db = self._dbs.get(workshop_id)
        known = self._storage(db).signature if db is not None else None
        return known if known is not None else file_signature(self._path(workshop_id))

    def append_response(
        self,
        workshop_id: str,
        response: Mapping[str, Any],
        code_answers: Mapping[str, str] | None,
    ) -> Document | None:
        """Append the response to the workshop's journal (one fdatasync, see ``journal``)."""
        del code_answers  # hashed by the store already
        db = self.open(workshop_id)
        if db is None:
            raise LookupError(f"no workshop {workshop_id!r}")
        data = self._storage(db).append_doc(response)
        self._saw_own_append(workshop_id)
        return data

    def _saw_own_append(self, workshop_id: str) -> None:
        """An append changes the journal, not the folder: the last scan that
        :meth:`signatures_cached` keeps learns the workshop's new signature here."""
        last = self._last_scan
        if last is not None and workshop_id in last[1]:
            last[1][workshop_id] = self.signature(workshop_id)

    def load(self, workshop_id: str) -> Loaded | None:
        db = self._dbs.get(workshop_id)
        storage = self._storage(db) if db is not None else DurableStorage(self._path(workshop_id))
        data = storage.read()  # an open database checks what it reads; a bare one not
        if data is None:
            return None
        return Loaded(data, db is not None, storage.signature)

    def read_raw(self, workshop_id: str) -> bytes | None:
        path = self._path(workshop_id)
        if journal_path(path).exists():  # the file and the saves since its last fold
            loaded = self.load(workshop_id)
            return None if loaded is None else dumps(loaded.data).encode("utf-8")
        try:
            return path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as error:
            raise disk_error(error, path) from error

    def replace(
        self,
        documents: Iterable[tuple[str, bytes, Document]],
        *,
        staged: Callable[[], None] | None = None,
        check_cancel: Callable[[], None] | None = None,
    ) -> None:
        seen: list[str] = []

        def files() -> Iterator[tuple[str, bytes]]:  # one at a time: an import may be big
            for workshop_id, raw, _ in documents:
                seen.append(workshop_id)
                yield workshop_id, raw

        try:
            replace_files(self.root, files(), staged=staged, check_cancel=check_cancel)
        finally:  # whatever happened, read these files again
            for workshop_id in seen:
                self._dbs.pop(workshop_id, None)

    def check(
        self, seen: Seen | None = None, guard: AbstractContextManager[object] | None = None
    ) -> tuple[list[RecoveryNote], list[StorageError]]:
        problems: list[StorageError] = []
        notes = check_folder(self.root, problems, seen, guard=guard)
        with guard or nullcontext():
            for note in notes:
                self._dbs.pop(note.file.stem, None)
        return notes, problems

    def unreadable(self) -> list[tuple[Path, str]]:
        problems = []
        for path in workshop_files(self.root):
            try:
                load_file(path, path.stem)
            except (DamagedFileError, NewerSchemaError, OSError) as error:
                problems.append((path, str(error)))
        return problems
