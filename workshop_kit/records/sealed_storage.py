"""A durable workshop storage that keeps every file sealed (``envelope``) on disk.

``SealedStorage`` is ``storage.DurableStorage`` with the bytes on disk encrypted: the same
atomic write, fsync and rotating hard-linked backups (which are therefore sealed too),
and the same read-through cache, but what it reads and writes is a sealed document.

* ``read`` opens the outer box with the laptop's storage key (every change to the file is
  found here, before anything else) and, unlocked, returns the plain view in the storage
  schema (``sealed_view.plain_view``), so the store's logic runs unchanged. Locked, it
  raises ``vault.LockedError``.
* ``write`` seals a plain document back, reusing every seal that did not change.
* ``append_response`` is the kiosk's save: it seals one response with the workshop's
  public keys and adds it to ``records`` (unfolded), and needs no unlock at all; the next
  unlocked write (a fold, ``WorkshopStore.fold_sealed``) folds it with the others.

File times are set to midnight after each write (``envelope.set_day_only_times``).
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from workshop_kit.fileio import remove_quietly, write_temp
from workshop_kit.records import journal as journal_module
from workshop_kit.records.crypto import CryptoError
from workshop_kit.records.envelope import (
    SealedDocumentError,
    is_sealed_file,
    normalised_code,
    open_file,
    record_ids,
    seal_file,
    seal_match_secret,
    seal_record,
    set_day_only_times,
)
from workshop_kit.records.errors import disk_error
from workshop_kit.records.journal import (
    EMPTY,
    Codec,
    Journal,
    JournalDamagedError,
    JournalState,
    decode,
    journal_path,
    sealed_codec,
    signature_of,
)
from workshop_kit.records.keys import WorkshopKeys
from workshop_kit.records.matchcode import hash_code
from workshop_kit.records.sealed_view import OpenedCache, Resealer, plain_view
from workshop_kit.records.storage import (
    KEEP_BACKUPS,
    DamagedFileError,
    DurableStorage,
    Signature,
)
from workshop_kit.records.vault import LockedError, Vault

__all__ = ["SealedStorage", "merge_sealed_journal", "read_sealed_document", "sealed_signature"]

log = logging.getLogger("workshop_kit.records")


class SealedStorage(DurableStorage):
    """One workshop's sealed file; a tinydb storage while unlocked, a kiosk sink locked."""

    def __init__(
        self,
        path: Path,
        vault: Vault,
        keep_backups: int = KEEP_BACKUPS,
        check: Callable[[dict[str, Any]], object] | None = None,
        opened: OpenedCache | None = None,
    ) -> None:
        """``opened``: responses already opened, shared by a backend's storages."""
        super().__init__(path, keep_backups, check)
        self.vault = vault
        self._opened = opened
        self.workshop_id = self.path.stem
        self._sealed: tuple[Signature, dict[str, Any]] | None = None
        self._main: tuple[tuple[int, ...], dict[str, Any]] | None = None
        self._resealer: Resealer | None = None
        self._kiosk_keys: tuple[object, WorkshopKeys] | None = None  # (keys doc, its keys)

    def _journal_codec(self) -> Codec:
        return sealed_codec(self.vault.keyring.storage_key, self.workshop_id)

    # ------------------------------------------------------------------ the sealed document

    def sealed_document(self) -> dict[str, Any] | None:
        """The sealed document on disk (checked, not unlocked), or None if there is none."""
        try:
            signature = self._signature()
        except FileNotFoundError:
            self._sealed = None
            return None
        except OSError as error:
            raise disk_error(error, self.path) from error
        if self._sealed is not None and self._sealed[0] == signature:
            return self._sealed[1]
        main = signature[:3]
        if self._main is not None and self._main[0] == main:
            document = self._main[1]  # only the journal changed
        else:
            try:
                data = self.path.read_bytes()
            except FileNotFoundError:
                return None
            except OSError as error:
                raise disk_error(error, self.path) from error
            if not is_sealed_file(data):
                raise DamagedFileError(f"{self.path}: not a sealed workshop file")
            try:
                document = open_file(self.vault.keyring.storage_key, self.workshop_id, data)
            except SealedDocumentError as error:
                raise DamagedFileError(f"{self.path}: {error}") from None
            self._main = (main, document)
        state = self.journal.read()  # JournalDamagedError: see recovery
        merged = merge_sealed_journal(document, state, self.journal)
        self._journal_state = state
        self._sealed = ((*main, *state.signature), merged)
        return merged

    def _write_sealed(self, document: dict[str, Any], *, keep_journal: bool = False) -> None:
        """Write new, then drop oldest (``DurableStorage.place``), with day-only times;
        the journal, whose entries ``document`` holds, is removed once the file is in
        place (a fold), or emptied with ``keep_journal`` (the kiosk's save that folds)."""
        self._cache = None
        self._sealed = None
        self._main = None
        data = seal_file(self.vault.keyring.storage_key, self.workshop_id, document)
        self._ready()
        try:
            tmp = write_temp(self.path, data)
        except OSError as error:
            raise disk_error(error, self.path.parent) from error
        try:
            set_day_only_times(tmp)  # before the move: backups (hard links) share it
            self.place(tmp)
        except BaseException:
            remove_quietly(tmp)
            raise
        self.drop_journal(keep=keep_journal)
        signature = self._signature()
        self._main = (signature[:3], document)
        self._sealed = (signature, document)

    def _signature(self) -> Signature:
        """``sealed_signature(self.path)``, without building paths again."""
        st = os.stat(self._where[0])
        try:
            saves = os.stat(self._where[1])
        except FileNotFoundError:
            return (st.st_ino, st.st_ctime_ns, st.st_size)
        return (st.st_ino, st.st_ctime_ns, st.st_size, saves.st_ino, saves.st_size)

    # ------------------------------------------------------------------ tinydb storage

    def read(self) -> dict[str, dict[str, Any]] | None:
        document = self.sealed_document()
        if document is None:
            self._cache = None
            return None
        assert self._sealed is not None  # set by sealed_document()
        signature = self._sealed[0]
        if not self.vault.is_unlocked:
            self._cache = None  # the plain view never outlives the unlocked session
            self._resealer = None
            raise LockedError("the workshop data are locked")
        if self._cache is not None and self._cache[0] == signature:
            return self._cache[1]
        keys = self.vault.workshop_keys(self.workshop_id, document["keys"])
        try:
            plain, self._resealer = plain_view(
                document,
                keys,
                self.vault.master,
                self._opened,
                master_public=self.vault.keyring.master_public,
            )
        except CryptoError as error:
            raise DamagedFileError(f"{self.path}: a sealed part does not open ({error})") from None
        if self._check is not None:
            self._check(plain)
        self._cache = (signature, plain)
        return plain

    def write(self, data: dict[str, dict[str, Any]], *, keep_journal: bool = False) -> None:
        document = self.sealed_document()
        if document is None:  # a new workshop: no unlock needed
            meta = data["_meta"]["1"]
            keys = self.vault.create_workshop_keys(self.workshop_id)
            resealer = Resealer(keys, self.vault.keyring.master_public)
            secret = meta.get("secret")
            if secret is not None:  # the store's own random secret: kept, sealed
                resealer.sealed_secret = seal_match_secret(keys, bytes.fromhex(secret))
        else:
            if self._resealer is None or not self.vault.is_unlocked:
                raise LockedError("changing a workshop needs the data unlocked")
            resealer = self._resealer
        sealed = resealer(data)
        self._write_sealed(sealed, keep_journal=keep_journal)
        self._resealer = resealer
        if sealed["listing"].get("status") == "closed":
            self.vault.shred(self.workshop_id)  # only once the closed file is on disk
        assert self._sealed is not None  # set by _write_sealed()
        self._cache = (self._sealed[0], data)

    # ------------------------------------------------------------------ the kiosk

    def append_response(
        self, response_doc: Mapping[str, Any], code_answers: Mapping[str, str] | None
    ) -> None:
        """Seal one response with the workshop's public keys and save it durably.

        Unlocked, the plain view in memory is brought up to date too (so the next read
        does not open every response again)."""
        document = self.sealed_document()
        if document is None:
            raise FileNotFoundError(self.path)
        assert self._sealed is not None
        plain = self._cache[1] if self._cache and self._cache[0] == self._sealed[0] else None
        keys_doc = document["keys"]
        if self._kiosk_keys is None or self._kiosk_keys[0] is not keys_doc:
            self._kiosk_keys = (keys_doc, WorkshopKeys.from_doc(self.workshop_id, keys_doc))
        keys = self._kiosk_keys[1]  # public halves, read once per version of the header
        code = None if code_answers is None else normalised_code(code_answers)
        record_id = response_doc["id"]
        if record_id in document.get("records", {}) or record_id in record_ids(document):
            raise ValueError(f"response {record_id} is already saved")
        body = {k: v for k, v in response_doc.items() if k != "match_hashes"}
        record = seal_record(keys, record_id, body, code)
        updated = {**document, "records": {**document.get("records", {}), record_id: record}}
        self._append(updated, record_id, record)
        resealer = self._resealer
        if plain is None or resealer is None or not self.vault.is_unlocked:
            self._resealer = None  # the next unlocked read opens the file again
            return
        doc = dict(body)
        secret = plain["_meta"]["1"].get("secret")
        if code is not None and secret is not None:
            given = {k: v for k, v in code.items() if v is not None}
            doc["match_hashes"] = list(hash_code(bytes.fromhex(secret), given))
        responses = [*plain.get("responses", {}).values(), doc]
        responses.sort(key=lambda r: r["id"])  # record-id order, as a fresh read gives
        fresh = {**plain, "responses": {str(n): r for n, r in enumerate(responses, start=1)}}
        assert self._sealed is not None
        self._cache = (self._sealed[0], fresh)

    def _append(self, updated: dict[str, Any], record_id: str, record: Mapping[str, str]) -> None:
        """One entry appended to the journal (one fdatasync), or at ``FOLD_AT`` entries
        the whole document written (the journal folded in)."""
        state = self._journal_state
        assert self._sealed is not None
        if len(state.payloads) >= journal_module.FOLD_AT:
            self._write_sealed(updated, keep_journal=True)
            return
        main = self._sealed[0][:3]
        self._sealed = None
        self._journal_state = EMPTY
        payload = json.dumps({"id": record_id, "record": record}, separators=(",", ":"))
        state = self.journal.append(state, payload.encode("ascii"))
        self._journal_state = state
        self._sealed = ((*main, *state.signature), updated)

    def delete(self) -> None:
        """Delete the file and its backups, and shred the workshop's match key."""
        super().delete()
        self._sealed = None
        self._resealer = None
        self.vault.shred(self.workshop_id)


def read_sealed_document(path: Path, storage_key: bytes) -> dict[str, Any] | None:
    """The sealed document in ``path`` with the records of its save journal (outer boxes
    opened and checked, nothing unlocked), or None if the file has gone;
    ``DamagedFileError`` for any change to either (``JournalDamagedError``: see recovery)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as error:
        raise disk_error(error, path) from error
    if not is_sealed_file(data):
        raise DamagedFileError(f"{path}: not a sealed workshop file")
    try:
        document = open_file(storage_key, path.stem, data)
    except SealedDocumentError as error:
        raise DamagedFileError(f"{path}: {error}") from None
    journal = Journal(path, sealed_codec(storage_key, path.stem))
    return merge_sealed_journal(document, journal.read(), journal)  # the saves since


def sealed_signature(path: Path) -> Signature:
    """Changes whenever the file is replaced or edited: inode, *change* time and size (the
    modification time is set to midnight, so it cannot tell two saves of a day apart),
    and whenever a save is added to its journal (the journal's inode and size)."""
    st = os.stat(path)
    return (st.st_ino, st.st_ctime_ns, st.st_size, *signature_of(journal_path(path)))


def merge_sealed_journal(
    document: dict[str, Any], state: JournalState, journal: Journal
) -> dict[str, Any]:
    """The sealed document with the records of its journal added to ``records``; an
    entry whose id the document already holds (a fold cut off before it removed the
    journal) is dropped, as is one beside a closed workshop. An entry that is not a
    record is damage: ``JournalDamagedError`` (with the good entries)."""
    if not state.payloads:
        return document
    records = dict(document.get("records", {}))
    known = set(record_ids(document))
    is_open = document["listing"].get("status") != "closed"
    may_hold_codes = document["keys"].get("match_public") is not None
    good: list[bytes] = []
    bad: list[int] = []
    for seq, payload in enumerate(state.payloads):
        try:
            entry = decode(payload)
        except DamagedFileError:
            entry = None
        record = entry.get("record") if isinstance(entry, dict) else None
        record_id = entry.get("id") if isinstance(entry, dict) else None
        if (
            not isinstance(record_id, str)
            or not record_id
            or not isinstance(record, dict)
            or "r" not in record
            or set(record) - {"r", "m"}
            or not all(isinstance(part, str) for part in record.values())
        ):
            bad.append(seq)
            continue
        good.append(payload)
        if record_id in known:
            continue
        if not is_open or ("m" in record and not may_hold_codes):
            log.warning("%s: an entry beside a closed workshop was left out", journal.path.name)
            continue
        known.add(record_id)
        records[record_id] = record
    if bad:
        raise JournalDamagedError(
            f"{journal.path}: entry {bad[0]} is not a sealed record ({len(good)} entries are)",
            journal,
            good,
        )
    if len(records) == len(document.get("records", {})):
        return document
    return {**document, "records": records}
