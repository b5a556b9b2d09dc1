"""The workshop file format and a tinydb storage that survives crashes and power cuts.

tinydb's own JSONStorage rewrites the file in place with no fsync, so a crash mid-write
can leave half a file. ``DurableStorage`` instead writes the whole database to a temporary
file in the same folder, fsyncs it, renames it over the old file and fsyncs the folder
(``fileio.atomic_write_text``): at every moment the file on disk is either the old version
or the new one, and once ``write`` returns the new one survives a power cut.

Before each write the previous version is kept as a backup, ``backups/<id>.bak1.json``
(then ``bak2``, ``bak3``). The previous version is hard-linked rather than copied: the
main file is only ever replaced, never changed in place, so the link keeps the old bytes
for the price of a directory entry.

A workshop file holds two tinydb tables::

    {"_meta": {"1": {"schema": 1, "workshop": {...}, "secret": "<64 hex>"}},
     "responses": {"1": {...}, "2": {...}}}

``secret`` exists only while the workshop is open. ``validate_document`` checks all of it,
so the start-up check (``recovery``) can tell a good file from a damaged one.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from workshop_kit.fileio import atomic_write_text
from workshop_kit.records.model import Response, Workshop

__all__ = [
    "BACKUPS",
    "KEEP_BACKUPS",
    "SCHEMA_VERSION",
    "DamagedFileError",
    "DurableStorage",
    "NewerSchemaError",
    "Serialiser",
    "StorageError",
    "backup_paths",
    "dumps",
    "file_signature",
    "load_file",
    "validate_document",
]

SCHEMA_VERSION = 1
KEEP_BACKUPS = 3
BACKUPS = "backups"
META = "_meta"
RESPONSES = "responses"
_SECRET = re.compile(r"^[0-9a-f]{64}$")
_DOC_ID = re.compile(r"^[1-9][0-9]*$")


class StorageError(Exception):
    """A workshop file cannot be used."""


class DamagedFileError(StorageError, ValueError):
    """The file does not parse, or its content breaks the schema."""


class NewerSchemaError(StorageError):
    """The file was written by a newer Workshop Kit; it is left exactly as it is."""


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


def file_signature(path: Path) -> tuple[int, int, int]:
    """Changes whenever the file is replaced or edited (inode, mtime, size)."""
    return _signature(os.stat(path))


def backup_paths(path: Path, keep: int = KEEP_BACKUPS) -> list[Path]:
    """The backups of ``path``, newest first."""
    folder = path.parent / BACKUPS
    return [folder / f"{path.stem}.bak{i}.json" for i in range(1, keep + 1)]


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
        self._backup_folder_ready = False
        self._cache: tuple[tuple[int, int, int], Any] | None = None
        self._serialise = Serialiser()

    def read(self) -> dict[str, dict[str, Any]] | None:
        """The whole database, from memory while the file is the one this object wrote.

        The returned object is shared with the cache: tinydb only changes it on the way
        to ``write`` (which replaces the cache either way), and callers must treat it as
        read-only. A file replaced by anyone else (the start-up check restoring a backup)
        has a new inode, so its signature differs and it is read again.
        """
        try:
            signature = _signature(os.stat(self.path))
        except FileNotFoundError:
            self._cache = None
            return None
        if self._cache is not None and self._cache[0] == signature:
            return self._cache[1]
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except UnicodeDecodeError as error:
            raise DamagedFileError(f"{self.path}: not UTF-8 text ({error})") from None
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise DamagedFileError(f"{self.path}: not valid JSON ({error})") from None
        if self._check is not None:
            self._check(data)
        # Stat taken before the read: if the file changed in between, the next read
        # sees a different signature and reads again.
        self._cache = (signature, data)
        return data

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        self._cache = None  # until the new file is in place, trust only the disk
        text = self._serialise(data)
        self.rotate_backups()
        atomic_write_text(self.path, text)
        self._cache = (_signature(os.stat(self.path)), data)

    def rotate_backups(self) -> None:
        """bak2 -> bak3, bak1 -> bak2, the current file -> bak1 (a hard link)."""
        if not self._backup_folder_ready:
            self.backups[0].parent.mkdir(parents=True, exist_ok=True)
            self._backup_folder_ready = True
        for older, newer in zip(self.backups[-2::-1], self.backups[:0:-1], strict=True):
            with contextlib.suppress(FileNotFoundError):
                os.replace(older, newer)
        self._keep_current_as(self.backups[0])

    def _keep_current_as(self, target: Path) -> None:
        try:
            os.link(self.path, target)
        except FileNotFoundError:
            return  # no current file yet: the first write has nothing to keep
        except FileExistsError:
            # Left by a crash between the renames and the link, or by a rename that did
            # nothing because both names were already links to one file (POSIX says so;
            # it happens when a write failed after rotating and is then retried).
            target.unlink()
            self._keep_current_as(target)
        except OSError:  # a file system without hard links (FAT on a USB stick)
            with contextlib.suppress(FileNotFoundError):
                shutil.copyfile(self.path, target)

    def reset_backups(self) -> None:
        """Delete every backup and keep only the current file as ``bak1``.

        Used when a workshop is closed: the older versions hold the match-code hashes
        and the secret, which closing deletes.
        """
        for backup in self.backups:
            with contextlib.suppress(FileNotFoundError):
                backup.unlink()
        self.backups[0].parent.mkdir(parents=True, exist_ok=True)
        self._keep_current_as(self.backups[0])

    def delete(self) -> None:
        """Delete the file and its backups (backups first: a crash half-way through
        leaves the workshop listed, never a backup that could bring it back)."""
        self._cache = None
        for backup in self.backups:
            with contextlib.suppress(FileNotFoundError):
                backup.unlink()
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()

    def close(self) -> None:
        pass  # no handle is kept open between writes


# ----------------------------------------------------------------------------- schema


def _damaged(where: str, message: str) -> DamagedFileError:
    return DamagedFileError(f"{where}: {message}")


def validate_document(
    data: object, workshop_id: str | None = None, *, where: str = "workshop file"
) -> tuple[Workshop, list[Response]]:
    """Check a whole workshop document; return its workshop and responses.

    Raises ``NewerSchemaError`` for a schema this version does not know (nothing else is
    checked then), and ``DamagedFileError`` for anything else that is wrong.
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
    try:
        workshop = Workshop.from_doc(meta.get("workshop"))
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
            response = Response.from_doc(doc, workshop.id)
        except ValueError as error:
            raise _damaged(where, f"response {doc_id} is not valid: {error}") from None
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
    if not isinstance(final, Mapping) or set(final) != {"ambiguous_pre", "ambiguous_post"}:
        raise _damaged(where, "final_match must list ambiguous_pre and ambiguous_post")
    for ids in final.values():
        if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
            raise _damaged(where, "final_match lists must hold response ids")


def load_file(path: Path, workshop_id: str | None = None) -> tuple[Workshop, list[Response]]:
    """Read and check one workshop file (or backup) without changing anything."""
    data = DurableStorage(path).read()
    if data is None:
        raise FileNotFoundError(path)
    return validate_document(data, workshop_id, where=str(path))
