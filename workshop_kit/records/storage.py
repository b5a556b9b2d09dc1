"""The workshop file format and a tinydb storage that survives crashes and power cuts.

tinydb's own JSONStorage rewrites the file in place with no fsync, so a crash mid-write
can leave half a file. ``DurableStorage`` instead writes the whole database to a temporary
file in the same folder, fsyncs it, renames it over the old file and fsyncs the folder
(``fileio.atomic_write_text``): at every moment the file on disk is either the old version
or the new one, and once ``write`` returns the new one survives a power cut.

A new response is not a whole write: ``append_doc`` appends it to the workshop's journal
(``journal``, one fdatasync) and ``read`` returns the file plus its journal; the next
``write`` (any other change, or the ``journal.FOLD_AT``-th save) folds the journal in and
removes it.

Each write keeps the previous version as a backup, ``backups/<id>.bak1.json`` (then
``bak2``, ``bak3``). The previous version is hard-linked rather than copied: the main file
is only ever replaced, never changed in place, so the link keeps the old bytes for the
price of a directory entry. The order is "write new, then drop oldest": the new version is
written and fsynced first, the previous version is linked as ``<id>.bak0.json``, the new
file is renamed into place, and only then do the backups shift (bak0 -> bak1 -> bak2 ->
bak3, dropping the oldest). A save that fails (a full disk, a read-only folder) leaves the
file and every backup exactly as they were, and no temporary file behind; the error is a
``DiskError`` with a code (see ``errors``).

A workshop file holds two tinydb tables::

    {"_meta": {"1": {"schema": 1, "workshop": {...}, "secret": "<64 hex>"}},
     "responses": {"1": {...}, "2": {...}}}

``secret`` exists only while the workshop is open. ``validate_document`` checks all of it,
so the start-up check (``recovery``) can tell a good file from a damaged one.
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import re
import shutil
from collections.abc import Callable, Container, Mapping
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from workshop_kit.fileio import fsync_folder, remove_quietly, write_temp
from workshop_kit.records import journal as journal_module
from workshop_kit.records.errors import (
    BACKUPS_NOT_A_FOLDER,
    DamagedFileError,
    DiskError,
    NewerSchemaError,
    StorageError,
    disk_error,
)
from workshop_kit.records.journal import (
    EMPTY,
    Codec,
    Journal,
    JournalDamagedError,
    JournalState,
    decode,
    journal_path,
    plain_codec,
    signature_of,
)
from workshop_kit.records.laptop import CLOSER_KEY, is_closer_tag
from workshop_kit.records.model import Response, Workshop

__all__ = [
    "BACKUPS",
    "KEEP_BACKUPS",
    "SCHEMA_VERSION",
    "DamagedFileError",
    "DiskError",
    "DurableStorage",
    "NewerSchemaError",
    "Serialiser",
    "StorageError",
    "backup_folder_ready",
    "backup_paths",
    "count_phases",
    "dumps",
    "file_signature",
    "link_or_copy",
    "load_file",
    "merge_journal",
    "parse_document",
    "pending_backup_path",
    "validate_document",
]

log = logging.getLogger("workshop_kit.records")

SCHEMA_VERSION = 1
KEEP_BACKUPS = 3
BACKUPS = "backups"
META = "_meta"
RESPONSES = "responses"
_SECRET = re.compile(r"^[0-9a-f]{64}$")
_DOC_ID = re.compile(r"^[1-9][0-9]*$")


def dumps(data: Any) -> str:
    """The file text: compact ASCII JSON (the fastest the standard library writes).

    ``json.dumps`` then one ``write`` is about twice as fast as ``json.dump`` to a file.
    """
    return json.dumps(data, separators=(",", ":"), check_circular=False)


class Serialiser:
    """``dumps`` for a tinydb database, re-encoding only the documents that changed.

    A workshop file grows by one response per save and responses are written once, so
    almost every document is the same as at the last save (re-encoding them all was a
    tenth of a save's time). Each document's text is kept with the document object and a
    parsed copy of that text; it is reused only while the document is the same object
    *and* still equal to the copy, so a document changed in place is encoded again.

    The output is what ``dumps`` gives, with one theoretical gap: Python's ``==`` holds
    between 1, 1.0 and True, so a value changed in place from one of these to another
    would keep its old text. The store never changes a document in place (it writes
    new objects, see ``store._transact``) and the records model refuses floats and
    booleans as values, so this cannot happen through the store.
    """

    def __init__(self) -> None:
        self._known: dict[tuple[str, str], tuple[object, object, str]] = {}

    def __call__(self, data: Any) -> str:
        if not isinstance(data, dict) or not all(
            isinstance(name, str) and isinstance(table, dict) and all(map(_is_str, table))
            for name, table in data.items()
        ):
            self._known = {}
            return dumps(data)  # not the shape of a tinydb database: no shortcuts
        known, fresh = self._known, {}
        tables = []
        for name, table in data.items():
            docs = []
            for doc_id, doc in table.items():
                key = (name, doc_id)
                entry = known.get(key)
                if entry is None or entry[0] is not doc or entry[1] != doc:
                    text = dumps(doc)
                    entry = (doc, json.loads(text), text)
                fresh[key] = entry
                docs.append(f"{dumps(doc_id)}:{entry[2]}")
            tables.append(f"{dumps(name)}:{{{','.join(docs)}}}")
        self._known = fresh
        return "{" + ",".join(tables) + "}"


def _is_str(value: object) -> bool:
    return isinstance(value, str)


def _signature(st: os.stat_result) -> tuple[int, int, int]:
    return (st.st_ino, st.st_mtime_ns, st.st_size)


Signature = tuple[int, ...]  # the file's (inode, time, size), then the journal's


def file_signature(path: Path) -> Signature:
    """Changes whenever the file is replaced or edited (inode, mtime, size), or a save
    is added to its journal (the journal's inode and size)."""
    return (*_signature(os.stat(path)), *signature_of(journal_path(path)))


def merge_journal(data: dict[str, Any], state: JournalState, journal: Journal) -> dict[str, Any]:
    """The document ``data`` (a plain workshop file) with the responses of its journal
    added; an entry whose response id the file already holds (a fold cut off before it
    removed the journal) is dropped, as is one beside a closed workshop. An entry that is
    not a valid response is damage: ``JournalDamagedError`` (with the good entries)."""
    payloads = state.payloads
    where = journal.path
    if not payloads:
        return data
    table = data.get(RESPONSES, {})
    if not isinstance(table, Mapping):
        return data  # the check says what is wrong with the file
    known = {doc.get("id") for doc in table.values() if isinstance(doc, Mapping)}
    try:
        is_open = data[META]["1"]["workshop"]["status"] == "open"
    except (KeyError, TypeError):
        return data
    keys = [int(k) for k in table if isinstance(k, str) and k.isdigit()]
    next_id = max(keys, default=0) + 1
    added: dict[str, Any] = {}
    good: list[bytes] = []
    bad: list[int] = []
    workshop_id = where.stem
    for seq, payload in enumerate(payloads):
        try:
            doc = decode(payload)
            if not isinstance(doc, dict):
                raise ValueError("not an object")
            Response.from_doc(doc, workshop_id)
        except ValueError:
            bad.append(seq)
            continue
        good.append(payload)
        doc_id = doc["id"]
        if doc_id in known:
            continue
        if not is_open:
            log.warning("%s: a journal entry beside a closed workshop was left out", where.name)
            continue
        known.add(doc_id)
        added[str(next_id)] = doc
        next_id += 1
    if bad:
        raise JournalDamagedError(
            f"{where}: entry {bad[0]} is not a valid response ({len(good)} entries are)",
            journal,
            good,
        )
    if not added:
        return data
    return {**data, RESPONSES: {**table, **added}}


def backup_paths(path: Path, keep: int = KEEP_BACKUPS) -> list[Path]:
    """The backups of ``path``, newest first."""
    folder = path.parent / BACKUPS
    return [folder / f"{path.stem}.bak{i}.json" for i in range(1, keep + 1)]


def pending_backup_path(path: Path) -> Path:
    """Where the previous version of ``path`` waits during a save, until the backups shift
    (only a crash at that moment leaves it; the next save or the start-up check uses it)."""
    return path.parent / BACKUPS / f"{path.stem}.bak0.json"


def backup_folder_ready(path: Path) -> Path:
    """The ``backups`` folder beside ``path``, created if needed; ``DiskError`` with code
    ``backups_not_a_folder`` if a file (or anything but a folder) has that name."""
    folder = path.parent / BACKUPS
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:  # exists, and is not a folder
        raise DiskError(BACKUPS_NOT_A_FOLDER, folder) from None
    except OSError as error:
        raise disk_error(error, folder) from error
    return folder


_NO_SPACE_OR_WRITE = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EROFS}


def link_or_copy(source: Path, target: Path) -> None:
    """A hard link, or a copy where the file system has none (FAT on a USB stick).
    A full disk or a read-only folder is an error, never a reason to try a copy; a copy
    that fails leaves nothing behind."""
    try:
        os.link(source, target)
        return
    except (FileNotFoundError, FileExistsError, NotADirectoryError):
        raise
    except OSError as error:
        if error.errno in _NO_SPACE_OR_WRITE:
            raise
    try:
        shutil.copyfile(source, target)
    except BaseException:
        remove_quietly(target)
        raise


class DurableStorage(Storage):
    """A tinydb storage for one file that writes atomically and durably, with backups."""

    def __init__(
        self,
        path: Path,
        keep_backups: int = KEEP_BACKUPS,
        check: Callable[[dict[str, Any]], object] | None = None,
    ) -> None:
        """``check`` runs on every version read from disk (not on what this object wrote
        itself), so a file replaced behind our back is never used unchecked."""
        self.path = Path(path)
        self._check = check
        self.backups = backup_paths(self.path, keep_backups)
        self.pending = pending_backup_path(self.path)
        self._backup_folder_ready = False
        self._cache: tuple[Signature, Any] | None = None
        self._serialise = Serialiser()
        self._journal: Journal | None = None
        self._journal_state: JournalState = EMPTY
        self._where = (os.fspath(self.path), os.fspath(journal_path(self.path)))

    @property
    def journal(self) -> Journal:
        """The journal beside the file (see ``journal``)."""
        if self._journal is None:
            self._journal = Journal(self.path, self._journal_codec())
        return self._journal

    def _journal_codec(self) -> Codec:
        return plain_codec()

    def read(self) -> dict[str, dict[str, Any]] | None:
        """The whole database, from memory while the file is the one this object wrote.

        The returned object is shared with the cache: tinydb only changes it on the way
        to ``write`` (which replaces the cache either way), and callers must treat it as
        read-only. A file replaced by anyone else (the start-up check restoring a backup)
        has a new inode, so its signature differs and it is read again.
        """
        try:
            signature = self._file_signature()
        except FileNotFoundError:
            self._cache = None
            return None
        except OSError as error:
            raise disk_error(error, self.path) from error
        if self._cache is not None and self._cache[0] == signature:
            return self._cache[1]
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except UnicodeDecodeError as error:
            raise DamagedFileError(f"{self.path}: not UTF-8 text ({error})") from None
        except OSError as error:
            raise disk_error(error, self.path) from error
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise DamagedFileError(f"{self.path}: not valid JSON ({error})") from None
        if self._check is not None:
            self._check(data)
        state = self.journal.read()  # JournalDamagedError: see recovery
        if state.payloads:
            data = merge_journal(data, state, self.journal)
            if self._check is not None:
                self._check(data)
        # Stat taken before the read: if the file changed in between, the next read
        # sees a different signature and reads again.
        self._cache = ((*signature[:3], *state.signature), data)
        self._journal_state = state
        return data

    def _file_signature(self) -> Signature:
        """``file_signature(self.path)``, without building paths again."""
        st = os.stat(self._where[0])
        try:
            saves = os.stat(self._where[1])
        except FileNotFoundError:
            return (st.st_ino, st.st_mtime_ns, st.st_size)
        return (st.st_ino, st.st_mtime_ns, st.st_size, saves.st_ino, saves.st_size)

    def append_doc(self, doc: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
        """Save one new response document durably by appending it to the journal (one
        fdatasync); at ``FOLD_AT`` entries the journal is folded into the file instead
        (one normal write). Returns the whole database as it now is."""
        data = self.read()
        if data is None:
            raise FileNotFoundError(self.path)
        assert self._cache is not None
        table = data.get(RESPONSES, {})
        if any(existing.get("id") == doc["id"] for existing in table.values()):
            raise ValueError(f"response {doc['id']} is already saved")
        next_id = max(map(int, table), default=0) + 1
        fresh = {**data, RESPONSES: {**table, str(next_id): dict(doc)}}
        state = self._journal_state
        if len(state.payloads) >= journal_module.FOLD_AT:
            self.write(fresh, keep_journal=True)
            return fresh
        main = self._cache[0]
        self._cache = None
        self._journal_state = EMPTY
        state = self.journal.append(state, dumps(doc).encode("utf-8"))
        self._journal_state = state
        self._cache = ((*main[:3], *state.signature), fresh)
        return fresh

    @property
    def signature(self) -> Signature | None:
        """The signature of the file as this object last read or wrote it."""
        return self._cache[0] if self._cache is not None else None

    def write(self, data: dict[str, dict[str, Any]], *, keep_journal: bool = False) -> None:
        """Save ``data`` durably; on ``DiskError`` every file is as it was before.
        ``keep_journal``: the save that folds the journal empties it for the next
        saves instead of removing it (``drop_journal``)."""
        self._cache = None  # until the new file is in place, trust only the disk
        self.write_bytes(self._serialise(data).encode("utf-8"))
        self.drop_journal(keep=keep_journal)  # folded: its entries are in the file now
        self._cache = (self._file_signature(), data)

    def drop_journal(self, *, keep: bool = False) -> None:
        """Remove the journal once the file in place holds all its entries (just after
        the write's fsync of the folder); ``keep``: empty it instead (``Journal.reset``),
        as the kiosk goes on saving."""
        self._journal_state = EMPTY
        if keep:
            self._journal_state = self.journal.reset()
        else:
            self.journal.remove()

    def write_bytes(self, payload: bytes) -> None:
        """Save the file's exact bytes (write new, then drop oldest; see the module)."""
        self._cache = None
        self._ready()
        try:
            tmp = write_temp(self.path, payload)
        except OSError as error:
            raise disk_error(error, self.path.parent) from error
        try:
            self.place(tmp)
        except BaseException:
            remove_quietly(tmp)
            raise

    def place(
        self, source: Path, *, keep_first: bool = False, sync: bool = True, strict: bool = False
    ) -> None:
        """Move ``source`` (a whole, fsynced file on the same file system) into place.

        The previous version is linked as ``bak0`` first; after the move the backups
        shift, dropping the oldest. If anything before the move fails, ``bak0`` is
        removed and every file is as it was. ``keep_first`` keeps a workshop's first
        version as ``bak1`` (an imported workshop may never be written again). With
        ``sync`` false the caller fsyncs the folder (after moving several files). With
        ``strict`` a backup that cannot be shifted is an error too (an import then undoes
        everything); otherwise the save has succeeded and the next save finishes the shift.
        """
        self._cache = None
        self._ready()
        self._finish_shift()
        had_previous = self._link_previous()
        try:
            os.replace(source, self.path)
        except OSError as error:
            if had_previous:
                remove_quietly(self.pending)
            raise disk_error(error, self.path) from error
        try:
            if had_previous:
                self._shift()
            elif keep_first:
                with contextlib.suppress(FileExistsError):  # older backups: kept as they are
                    link_or_copy(self.path, self.backups[0])
        except OSError as error:
            if strict:
                raise disk_error(error, self.pending.parent) from error
        if sync:
            try:
                fsync_folder(self.path.parent)
            except OSError as error:
                raise disk_error(error, self.path.parent) from error

    def _ready(self) -> None:
        if not self._backup_folder_ready:
            backup_folder_ready(self.path)
            self._backup_folder_ready = True

    def _link_previous(self) -> bool:
        """Link the current file as ``bak0``; False when there is none (a first write)."""
        for attempt in (1, 2):
            try:
                link_or_copy(self.path, self.pending)
                return True
            except FileNotFoundError:
                if self.pending.parent.is_dir() or not self.path.parent.is_dir():
                    return False  # no current file yet
                self._backup_folder_ready = False  # the backups folder was removed
                self._ready()
            except FileExistsError:
                remove_quietly(self.pending)  # a leftover the shift could not place
                if attempt == 2:
                    raise disk_error(
                        FileExistsError(errno.EEXIST, "exists"), self.pending
                    ) from None
            except NotADirectoryError:
                raise DiskError(BACKUPS_NOT_A_FOLDER, self.pending.parent) from None
            except OSError as error:
                raise disk_error(error, self.pending.parent) from error
        return False

    def _shift(self) -> None:
        """bak2 -> bak3 (dropping the old bak3), bak1 -> bak2, bak0 -> bak1.

        Runs only after the new version is in place, so the save has succeeded whatever
        happens here; a shift that fails leaves ``bak0`` for the next save to finish.
        Raises ``OSError``.
        """
        for older, newer in zip(self.backups[-2::-1], self.backups[:0:-1], strict=True):
            with contextlib.suppress(FileNotFoundError):
                os.replace(older, newer)
        os.replace(self.pending, self.backups[0])

    def _finish_shift(self) -> None:
        """A ``bak0`` left by a crash: shift it in if it is an older version, else drop it."""
        try:
            pending = os.stat(self.pending)
        except OSError:
            return  # none (the usual case)
        try:
            same = os.path.samestat(pending, os.stat(self.path))
        except OSError:
            same = False
        if same:  # the crash came before the new file was moved in
            remove_quietly(self.pending)
        else:
            with contextlib.suppress(OSError):
                self._shift()

    def reset_backups(self) -> None:
        """Delete every backup and keep only the current file as ``bak1``.

        Used when a workshop is closed: the older versions hold the match-code hashes
        and the secret, which closing deletes.
        """
        try:
            for backup in (self.pending, *self.backups):
                with contextlib.suppress(FileNotFoundError):
                    backup.unlink()
            backup_folder_ready(self.path)
            with contextlib.suppress(FileNotFoundError):
                link_or_copy(self.path, self.backups[0])
        except NotADirectoryError:
            raise DiskError(BACKUPS_NOT_A_FOLDER, self.backups[0].parent) from None
        except OSError as error:
            raise disk_error(error, self.backups[0].parent) from error

    def delete(self) -> None:
        """Delete the file and its backups (backups first: a crash half-way through
        leaves the workshop listed, never a backup that could bring it back)."""
        self._cache = None
        try:
            for backup in (self.pending, *self.backups):
                with contextlib.suppress(FileNotFoundError, NotADirectoryError):
                    backup.unlink()
            self.drop_journal()
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()
        except OSError as error:
            raise disk_error(error, self.path) from error

    def close(self) -> None:
        pass  # no handle is kept open between writes


# ----------------------------------------------------------------------------- schema


def _damaged(where: str, message: str) -> DamagedFileError:
    return DamagedFileError(f"{where}: {message}")


def validate_document(
    data: object,
    workshop_id: str | None = None,
    *,
    where: str = "workshop file",
    trusted: Container[str] = (),
) -> tuple[Workshop, list[Response]]:
    """Check a whole workshop document; return its workshop and responses.

    Raises ``NewerSchemaError`` for a schema this version does not know (nothing else is
    checked then), and ``DamagedFileError`` for anything else that is wrong.

    ``trusted``: ids of responses that passed this check when they were written and come
    back from a box only the app could have written (a sealed file's folded responses,
    ``sealed_view.read_view``); they are built with ``Response.trusted``. Everything else
    (the workshop, the other responses, what holds across responses) is checked.
    """
    if not isinstance(data, Mapping):
        raise _damaged(where, "the file does not hold a JSON object")
    meta_table = data.get(META)
    if not isinstance(meta_table, Mapping) or list(meta_table) != ["1"]:
        raise _damaged(where, f"the {META!r} table must hold exactly one entry")
    meta = meta_table["1"]
    if not isinstance(meta, Mapping):
        raise _damaged(where, "the workshop entry is not an object")
    schema = meta.get("schema")
    if not isinstance(schema, int) or isinstance(schema, bool) or schema < 1:
        raise _damaged(where, f"no valid schema version (found {schema!r})")
    if schema > SCHEMA_VERSION:
        raise NewerSchemaError(
            f"{where} was written by a newer version of Workshop Kit (file schema {schema}; "
            f"this version reads schema {SCHEMA_VERSION}). Update Workshop Kit to open it; "
            "the file has not been changed."
        )
    unknown_tables = set(data) - {META, RESPONSES}
    if unknown_tables:
        raise _damaged(where, f"unexpected tables {sorted(unknown_tables)}")
    unknown_keys = set(meta) - {"schema", "workshop", "secret", "final_match"}
    if unknown_keys:
        raise _damaged(where, f"unexpected workshop entries {sorted(unknown_keys)}")
    workshop_doc = meta.get("workshop")
    try:
        if not isinstance(workshop_doc, Mapping):
            raise ValueError("it is not an object")
        workshop = Workshop.from_doc(workshop_doc)
    except ValueError as error:
        raise _damaged(where, f"the workshop is not valid: {error}") from None
    if workshop_id is not None and workshop.id != workshop_id:
        raise _damaged(where, f"holds workshop {workshop.id}, expected {workshop_id}")
    secret = meta.get("secret")
    if workshop.is_open and not (isinstance(secret, str) and _SECRET.fullmatch(secret)):
        raise _damaged(where, "an open workshop needs its 32-byte match-code secret")
    if not workshop.is_open and "secret" in meta:
        raise _damaged(where, "a closed workshop must not keep its match-code secret")
    _check_final_match(meta.get("final_match"), workshop, where)

    table = data.get(RESPONSES, {})
    if not isinstance(table, Mapping):
        raise _damaged(where, f"the {RESPONSES!r} table is not an object")
    responses = []
    seen: set[str] = set()
    for doc_id, doc in table.items():
        if not isinstance(doc_id, str) or not _DOC_ID.fullmatch(doc_id):
            raise _damaged(where, f"bad response key {doc_id!r}")
        try:
            if trusted and doc.__class__ is dict and doc.get("id") in trusted:
                response = Response.trusted(doc, workshop.id)
            else:
                response = Response.from_doc(doc, workshop.id)
        except ValueError as error:
            raise _damaged(where, f"response {doc_id} is not valid: {error}") from None
        except (KeyError, TypeError) as error:  # a trusted one missing a field
            raise _damaged(where, f"response {doc_id} is not valid: {error!r}") from None
        if response.id in seen:
            raise _damaged(where, f"response id {response.id} appears twice")
        if not workshop.is_open and response.match_hashes is not None:
            raise _damaged(where, f"closed workshop still holds match hashes ({doc_id})")
        if workshop.is_open and response.pair is not None:
            raise _damaged(where, f"open workshop has a pair number ({doc_id})")
        seen.add(response.id)
        responses.append(response)
    _check_pairs(responses, where)
    return workshop, responses


def _check_pairs(responses: list[Response], where: str) -> None:
    phases: dict[int, list[str]] = {}
    for response in responses:
        if response.pair is not None:
            phases.setdefault(response.pair, []).append(response.phase)
    for number, found in phases.items():
        if sorted(found) != ["post", "pre"]:
            raise _damaged(where, f"pair {number} must join one before and one after response")


def _check_final_match(final: object, workshop: Workshop, where: str) -> None:
    if final is None:
        if not workshop.is_open:
            raise _damaged(where, "a closed workshop records its final matching")
        return
    if workshop.is_open:
        raise _damaged(where, "an open workshop has no final matching yet")
    if not isinstance(final, Mapping) or set(final) - {CLOSER_KEY} != {
        "ambiguous_pre",
        "ambiguous_post",
    }:
        raise _damaged(where, "final_match must list ambiguous_pre and ambiguous_post")
    if CLOSER_KEY in final and not is_closer_tag(final[CLOSER_KEY]):
        raise _damaged(where, "final_match names the laptop that closed it wrongly")
    for key, ids in final.items():
        if key == CLOSER_KEY:
            continue
        if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
            raise _damaged(where, "final_match lists must hold response ids")


def load_file(path: Path, workshop_id: str | None = None) -> tuple[Workshop, list[Response]]:
    """Read and check one workshop file (or backup) without changing anything."""
    data = DurableStorage(path).read()
    if data is None:
        raise FileNotFoundError(path)
    return validate_document(data, workshop_id, where=str(path))


def parse_document(data: Mapping[str, Any]) -> tuple[Workshop, list[Response]]:
    """The workshop and responses of a document already checked (read through a storage
    with a check, or written by the store itself): nothing of ``validate_document`` is
    repeated; the responses are built by ``Response.trusted``, as the check passed."""
    workshop = Workshop.from_doc(data[META]["1"]["workshop"])
    table = data.get(RESPONSES, {})
    return workshop, [Response.trusted(doc, workshop.id) for doc in table.values()]


def count_phases(data: Mapping[str, Any]) -> dict[str, int]:
    """How many responses a checked document holds per phase (``{"pre": 3, "post": 1}``)."""
    counts: dict[str, int] = {}
    for doc in data.get(RESPONSES, {}).values():
        phase = doc["phase"]
        counts[phase] = counts.get(phase, 0) + 1
    return counts
