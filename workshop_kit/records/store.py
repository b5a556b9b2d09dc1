"""WorkshopStore: the one object the UI uses to keep workshops and their responses.

Each workshop lives in its own tinydb database, so a save rewrites only one small file
however much the laptop holds, and a workshop is the unit of export, merge and deletion.
Where the databases live is the backend's business (``backends``): ``DiskBackend`` (the
default) keeps ``<folder>/<workshop id>.json`` files written by ``storage.DurableStorage``,
so when ``add_response`` returns the response survives a power cut; ``MemoryBackend``
(``WorkshopStore(memory=True)``) keeps them in memory. The store runs the same code on
both: it never asks which backend it holds.

The listing (``workshop_summaries``) carries each workshop's response counts by phase,
cached by the version signature the backend gives (a file's inode, mtime and size on disk)
and kept up to date by the store's own writes, so a page can refresh after every save
without reading any workshop's file.

A save that the disk refuses raises ``errors.DiskError`` (an ``OSError`` with a ``code``:
``disk_full``, ``read_only``, ``backups_not_a_folder``, ``disk_error``) and leaves every
file as it was.

Data minimisation: raw match-code answers are hashed with the workshop's secret at once
and never stored; closing a workshop turns matched responses into pair numbers and deletes
every hash and the secret, from the file and from its backups.
"""

from __future__ import annotations

import contextlib
import copy
import hashlib
import json
import logging
import re
import secrets
import threading
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, Literal, overload

from tinydb import TinyDB

from workshop_kit import paths
from workshop_kit.cancel import Cancelled
from workshop_kit.records import full_read
from workshop_kit.records.backends import MAX_OPEN, Backend, DiskBackend, Loaded, MemoryBackend
from workshop_kit.records.blocks import Block
from workshop_kit.records.errors import StorageError, disk_error
from workshop_kit.records.laptop import CLOSER_KEY, closer_tag, laptop_id
from workshop_kit.records.listing_index import Entry, ListingIndex, WorkshopSummary
from workshop_kit.records.listing_lines import (
    _final_result,
    _line,
    _match,
    _parsed_summary,
    _Pending,
    _summary,
)
from workshop_kit.records.matchcode import MATCH_ELEMENTS, MatchResult, hash_code
from workshop_kit.records.model import (
    Response,
    Workshop,
    new_id,
    new_record_key,
    today,
    workshop_code,
)
from workshop_kit.records.recovery import RecoveryNote
from workshop_kit.records.sealed_box import RESULTS_BOX, SealedBox
from workshop_kit.records.storage import (
    META,
    RESPONSES,
    SCHEMA_VERSION,
    parse_document,
    validate_document,
)
from workshop_kit.records.vault import LockedError

__all__ = [
    "MAX_OPEN",
    "RecoveryNote",
    "WorkshopNotFoundError",
    "WorkshopStore",
    "WorkshopSummary",
]

log = logging.getLogger(__name__)

SECRET_BYTES = 32
_FIXED_FIELDS = {"id", "status", "closed_day"}
_ID = re.compile(r"^[0-9a-f]{32}$")  # also keeps a bad id from naming a path elsewhere


class WorkshopNotFoundError(LookupError):
    """No workshop with that id is stored."""


class WorkshopStore:
    """Workshops and responses, one tinydb database per workshop, in a backend."""

    def __init__(
        self,
        folder: Path | None = None,
        *,
        memory: bool = False,
        backend: Backend | None = None,
    ) -> None:
        """``WorkshopStore()`` keeps files in the user data folder; ``folder`` elsewhere;
        ``memory=True`` is short for ``backend=MemoryBackend()``."""
        if backend is None:
            default = paths.user_data_dir() / "workshops"
            backend = MemoryBackend() if memory else DiskBackend(folder or default)
        self.backend = backend
        # Summaries by version signature, so listing 300 workshops reads only the
        # workshops that changed since the last listing (none, after our own saves).
        self._listed: dict[str, tuple[Hashable, WorkshopSummary | _Pending]] = {}
        # The GUI saves on its own thread while an export may read on another.
        self._lock = threading.RLock()
        self._writes = 0  # changes made through this object (see ``state``)
        self._problems: tuple[StorageError, ...] = ()
        # The listing index beside the files (``listing_index``), loaded at the first
        # listing that can read the data; saved a moment after each change.
        index_file = backend.index_file()
        self._index = (
            None
            if index_file is None
            else ListingIndex(index_file, self._index_entries, key=backend.index_key())
        )
        self._index_loaded = False
        self._bad: dict[str, Hashable] = {}  # files that did not read, at that version
        self._reads_off: threading.Thread | None = None
        self._on_stale: Callable[[int], None] | None = None
        backend.on_lock(self._on_data_locked)

    @property
    def folder(self) -> Path | None:
        """The folder of the workshop files (None for a store in memory)."""
        return self.backend.folder

    def exclusive(self) -> threading.RLock:
        """``with store.exclusive():`` holds the store for several steps (an import reads
        every workshop, plans, then replaces some): other threads wait, this one may go on
        calling the store."""
        return self._lock

    # ------------------------------------------------------------------ files

    def check(self) -> list[RecoveryNote]:
        """The start-up check (see ``recovery``); the UI runs it once and shows the notes.

        It never raises for a disk that refuses a change: what it could not do is in
        :meth:`check_problems` afterwards."""

        # the store's lock for each file, not for the whole check: between files a
        # Results read someone waits for goes first (``foreground``), and a save never
        # waits for more than one file
        notes, problems = self.backend.check(guard=self._lock)
        with self._lock:
            self._problems = tuple(problems)
            for note in notes:  # restored from a backup: that summary is read again
                self._listed.pop(note.file.stem, None)
                self._bad.pop(note.file.stem, None)
        return notes

    def check_problems(self) -> tuple[StorageError, ...]:
        """What the last :meth:`check` could not do (a read-only folder, a full disk, a
        file named ``backups``), each a ``StorageError`` with a code for the UI to word."""
        return self._problems

    def unreadable_files(self) -> list[tuple[Path, str]]:
        """Files ``list_workshops`` leaves out, with the reason (for example a file from a
        newer Workshop Kit, which is never touched)."""
        with self._lock:
            return self.backend.unreadable()

    def workshop_ids(self) -> list[str]:
        """Every stored workshop id, sorted (unreadable ones too)."""
        with self._lock:
            return self.backend.workshop_ids()

    def read_raw(self, workshop_id: str) -> bytes:
        """The workshop's document exactly as stored (for an export); not checked."""
        self._valid_id(workshop_id)
        with self._lock:
            raw = self.backend.read_raw(workshop_id)
        if raw is None:
            raise WorkshopNotFoundError(f"no workshop {workshop_id!r}")
        return raw

    def replace_workshops(
        self,
        documents: Iterable[tuple[str, bytes]],
        *,
        staged: Callable[[], None] | None = None,
        check_cancel: Callable[[], None] | None = None,
    ) -> None:
        """Add or replace whole workshops (``(id, file bytes)``), all or nothing: for an
        import. Every document must pass the schema check, or nothing is changed.

        ``staged`` is called once per document made ready; ``check_cancel`` before each
        step until the documents go in, and may raise to stop with nothing changed.
        Afterwards ``state()`` has changed and every listing and read sees the new data.
        """
        seen: list[str] = []
        made: dict[str, WorkshopSummary] = {}

        def checked() -> Iterator[tuple[str, bytes, dict[str, Any]]]:
            # One document at a time (an import of any size holds one in memory); the
            # backend stages each and changes nothing if one of them fails the check.
            for workshop_id, raw in documents:
                self._valid_id(workshop_id)
                data = json.loads(raw)
                workshop, _ = validate_document(data, workshop_id, where=f"{workshop_id}.json")
                seen.append(workshop_id)
                made[workshop_id] = _summary(workshop, data)
                yield workshop_id, raw, data

        with self._lock:
            try:
                self.backend.replace(checked(), staged=staged, check_cancel=check_cancel)
            except BaseException:  # even a failed replacement may have touched some
                for workshop_id in seen:
                    self._listed.pop(workshop_id, None)
                raise
            else:  # the listing knows the new workshops without reading them again
                for workshop_id, summary in made.items():
                    try:
                        self._listed[workshop_id] = (self.backend.signature(workshop_id), summary)
                    except OSError:
                        self._listed.pop(workshop_id, None)
            finally:  # saved now: an import is on a worker, and the next start reads none
                self._writes += 1
                self._schedule_index()
                self.flush_listing()

    @staticmethod
    def _valid_id(workshop_id: object) -> None:
        if not isinstance(workshop_id, str) or not _ID.fullmatch(workshop_id):
            raise WorkshopNotFoundError(f"no workshop {workshop_id!r}")

    def _db(self, workshop_id: str) -> TinyDB:
        """The open database of one workshop; its whole file is checked on first use."""
        self._valid_id(workshop_id)
        with self._lock:
            db = self.backend.open(workshop_id)
        if db is None:
            raise WorkshopNotFoundError(f"no workshop {workshop_id!r}")
        return db

    @staticmethod
    def _meta(db: TinyDB) -> dict[str, Any]:
        meta = db.table(META).get(doc_id=1)
        if meta is None:  # the file vanished under us
            raise WorkshopNotFoundError("the workshop file has gone")
        assert isinstance(meta, dict)
        return meta

    def _wrote(
        self, workshop_id: str, data: Mapping[str, Any], workshop: Workshop | None = None
    ) -> None:
        """Keep the listing up to date after a write of our own (no file is read; the
        line itself is worked out when first listed, ``_Pending``)."""
        self._writes += 1
        signature = self.backend.signature(workshop_id)
        self._listed[workshop_id] = (signature, _Pending(workshop, data))
        self._schedule_index()

    def _transact(self, workshop_id: str, change: Callable[[dict[str, Any]], None]) -> None:
        """Read the whole file, change it, write it back in one durable write."""
        db = self._db(workshop_id)
        current = db.storage.read()
        if current is None:
            raise WorkshopNotFoundError("the workshop file has gone")
        data = copy.deepcopy(current)
        change(data)
        workshop, _ = validate_document(data, workshop_id)  # never write what the check rejects
        db.storage.write(data)
        self._wrote(workshop_id, data, workshop)

    # ------------------------------------------------------------------ workshops

    def list_workshops(self) -> list[Workshop]:
        """Every readable workshop, newest day first (then by site)."""
        return [summary.workshop for summary in self.workshop_summaries()]

    def workshop_summaries(self) -> list[WorkshopSummary]:
        """Every readable workshop with its response counts by phase, in the order of
        :meth:`list_workshops`. Reads only the workshops whose summary is missing or
        stale (changed other than through this store); on the thread named in
        :meth:`keep_listing_reads_off`, reads none and leaves those out."""
        if self._reads_off is not None and threading.current_thread() is self._reads_off:
            summaries, stale = self._known_summaries(cached=True)
            if stale and self._on_stale is not None:
                self._on_stale(stale)
        else:
            self.refresh_listing()
            summaries, _ = self._known_summaries()
        summaries.sort(key=lambda s: (s.workshop.site.casefold(), s.workshop.id))
        summaries.sort(key=lambda s: s.workshop.day, reverse=True)
        return summaries

    def keep_listing_reads_off(
        self, thread: threading.Thread, on_stale: Callable[[int], None] | None = None
    ) -> None:
        """From now on a listing asked for on ``thread`` (the GUI's) reads no workshop
        file: it answers from the summaries kept by the store's writes and the listing
        index, leaves out workshops whose summary is missing or stale, and calls
        ``on_stale(how many)`` so the caller can run :meth:`refresh_listing` elsewhere."""
        self._reads_off, self._on_stale = thread, on_stale

    def _known_summaries(self, cached: bool = False) -> tuple[list[WorkshopSummary], int]:
        """The summaries whose signature matches the file now, and how many workshops
        have none (no file is read; the store lock is not taken, so a long check or
        import on a worker never holds up the listing). ``cached``: the signatures may be
        the last scan's while the folder is unchanged (``Backend.signatures_cached``)."""
        current = self.backend.signatures_cached() if cached else self.backend.signatures()
        if current and not self._index_loaded:
            self._load_index()
        listed = dict(self._listed)  # one step under the GIL: safe beside a writer
        summaries, stale = [], 0
        for workshop_id, signature in current.items():
            entry = listed.get(workshop_id)
            if entry is not None and entry[0] == signature:
                summaries.append(_line(entry[1]))
            elif self._bad.get(workshop_id) != signature:
                stale += 1
        for gone in set(listed) - set(current):
            self._listed.pop(gone, None)
        return summaries, stale

    def _load_index(self) -> None:
        self._index_loaded = True
        entries = None if self._index is None else self._index.load()
        for workshop_id, entry in (entries or {}).items():
            self._listed.setdefault(workshop_id, entry)  # our own writes are newer

    def _index_entries(self) -> dict[str, Entry]:
        return {
            i: (signature, _line(summary))
            for i, (signature, summary) in dict(self._listed).items()
            if isinstance(signature, tuple)
        }

    def _schedule_index(self) -> None:
        if self._index is not None:
            self._index.schedule()

    def flush_listing(self) -> None:
        """Save the listing index now if a change waits (the app closes)."""
        if self._index is not None:
            self._index.flush()

    def _on_data_locked(self) -> None:
        """The data were locked: save the index while its key is known, then forget it
        and every summary (the listing of locked data is empty)."""
        if self._index is not None:
            self._index.flush()
            self._index.forget_key()
        self._listed.clear()
        self._bad.clear()
        self._index_loaded = False

    def refresh_listing(
        self,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> int:
        """Read every workshop whose summary is missing or stale (for a worker thread:
        the app's first start on a folder without an index, files changed behind the
        store's back, a damaged index); returns how many were read."""
        current = self.backend.signatures()
        if current and not self._index_loaded:
            self._load_index()
        stale = []
        for workshop_id, signature in current.items():
            entry = self._listed.get(workshop_id)
            if (entry is None or entry[0] != signature) and self._bad.get(workshop_id) != signature:
                stale.append(workshop_id)
        for done, workshop_id in enumerate(stale, start=1):
            if cancelled is not None and cancelled():
                raise Cancelled()
            with self._lock:
                self._read_summary(workshop_id)
            if progress is not None:
                progress(done, len(stale))
        if stale:
            self._schedule_index()
        return len(stale)

    def fold_sealed(
        self,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> int:
        """Fold the responses the kiosk saved one by one (while locked) into each sealed
        workshop's folded boxes, so the next read opens a workshop with two AES-GCM
        decrypts instead of one public-key operation per response. For a worker after
        each unlock; returns how many workshops were rewritten (0 on a plain store).

        Each workshop is one normal durable write (atomic, backups rotate, day-only file
        times) under the store lock, taken for one workshop at a time, so a save on
        another thread waits for at most one workshop and is never lost. Cancelling, or
        the data locked meanwhile, stops between workshops: each is folded or untouched.
        """
        waiting = self.backend.unfolded()
        folded = 0
        for done, workshop_id in enumerate(waiting, start=1):
            if cancelled is not None and cancelled():
                raise Cancelled()
            with self._lock:
                if self.backend.unfolded([workshop_id]):  # not folded meanwhile
                    try:
                        self._transact(workshop_id, _unchanged)
                    except LockedError:
                        return folded  # locked meanwhile: folded at the next unlock
                    except (StorageError, OSError, ValueError, LookupError):
                        pass  # damaged or gone: the start-up check and listing say so
                    else:
                        folded += 1
            if progress is not None:
                progress(done, len(waiting))
        return folded

    def _read_summary(self, workshop_id: str) -> None:
        """Read one workshop's file for the listing (under the store lock)."""
        try:
            loaded = self.backend.load(workshop_id)
            if loaded is None:
                return
            workshop, responses = self._parse(workshop_id, loaded)
        except LockedError:
            return  # locked meanwhile: read when unlocked
        except (StorageError, OSError, ValueError):
            # see unreadable_files() and check(); not read again until it changes
            with contextlib.suppress(OSError):
                self._bad[workshop_id] = self.backend.signature(workshop_id)
            return
        summary = _parsed_summary(workshop, responses, loaded.data)
        self._listed[workshop_id] = (loaded.signature, summary)
        self._bad.pop(workshop_id, None)

    @staticmethod
    def _parse(workshop_id: str, loaded: Loaded) -> tuple[Workshop, list[Response]]:
        if loaded.parsed is not None:
            return loaded.parsed
        if loaded.checked:
            return parse_document(loaded.data)
        return validate_document(loaded.data, workshop_id, where=f"{workshop_id}.json")

    @overload
    def read_workshops(
        self, accept: Callable[[Workshop], bool] = ..., *, blocks: Literal[False] = ...
    ) -> Iterator[tuple[Workshop, list[Response]]]: ...

    @overload
    def read_workshops(
        self, accept: Callable[[Workshop], bool] = ..., *, blocks: bool
    ) -> Iterator[tuple[Workshop, list[Response] | Block]]: ...

    def read_workshops(
        self, accept: Callable[[Workshop], bool] = lambda w: True, *, blocks: bool = False
    ) -> Iterator[tuple[Workshop, Any]]:
        """Every readable workshop that ``accept`` takes, with its responses.

        For analyses and exports: each file is parsed and checked once (listing and then
        opening each workshop would do it three times). Damaged files are left out, as in
        :meth:`list_workshops`; the store is held for one workshop at a time. Closed
        workshops come from the sealed read cache (``read_cache``) while their files are
        the versions it was built from; a read that goes to the end brings the cache up to
        date (entries of changed files replaced, of gone ones dropped).

        Responses from the cache come in a data set's order (``blocks.row_order``), from
        a file in the file's. With ``blocks`` a workshop from the cache comes as a
        ``blocks.Block`` (its
        responses as columns, no object per response) instead of a list of responses.
        """
        return full_read.read_workshops(self, accept, blocks)

    def _remember(
        self,
        workshop_id: str,
        signature: Hashable,
        workshop: Workshop,
        responses: list[Response],
        data: Mapping[str, Any],
    ) -> None:
        listed = self._listed.get(workshop_id)
        if listed is None or listed[0] != signature:  # else still true
            self._listed[workshop_id] = (signature, _parsed_summary(workshop, responses, data))

    def sealed_box(self, name: str) -> SealedBox | None:
        """A sealed file for what the app derived from the data (``sealed_box``), or None
        (plain data)."""
        return self.backend.sealed_box(name)

    def data_version(self) -> bytes:
        """A digest that changes whenever any workshop file changes, here or in another
        process (every file's version signature: one stat or two per workshop)."""
        with self._lock:
            signatures = self.backend.signatures()
        digest = hashlib.sha256()
        for workshop_id, signature in sorted(signatures.items()):
            digest.update(f"{workshop_id}={signature!r};".encode())
        return digest.digest()

    def state(self) -> tuple[object, ...]:
        """Changes whenever any workshop changes, here or (on disk) in another process:
        cheap enough to ask before deciding whether an analysis must be redone."""
        # Without the store lock: a check or import on a worker never holds up the window;
        # on the window's thread, the last scan while the folder is unchanged (no stat of
        # every file waiting on a busy worker).
        if self._reads_off is not None and threading.current_thread() is self._reads_off:
            signatures = self.backend.signatures_cached()
        else:
            signatures = self.backend.signatures()
        return (self._writes, tuple(signatures.items()))

    def count_files(self) -> int:
        """How many workshops are stored (for progress bars)."""
        return len(self.workshop_ids())

    def get_workshop(self, workshop_id: str) -> Workshop:
        with self._lock:
            return Workshop.from_doc(self._meta(self._db(workshop_id))["workshop"])

    def create_workshop(self, **fields: Any) -> Workshop:
        """A new open workshop with a fresh id and a fresh random match-code secret."""
        fixed = _FIXED_FIELDS & set(fields)
        if fixed:
            raise ValueError(f"create_workshop sets {', '.join(sorted(fixed))} itself")
        # Only workshop files count (a stray "notes.json" in the folder is not one).
        taken = {workshop_code(wid) for wid in self.workshop_ids() if _ID.fullmatch(wid)}
        workshop_id = new_id()
        while workshop_code(workshop_id) in taken:  # the code on its forms stays unique here
            workshop_id = new_id()
        workshop = Workshop(id=workshop_id, **fields)
        meta = {
            "schema": SCHEMA_VERSION,
            "workshop": workshop.to_doc(),
            "secret": secrets.token_bytes(SECRET_BYTES).hex(),
        }
        data: dict[str, Any] = {META: {"1": meta}, RESPONSES: {}}
        with self._lock:
            self.backend.create(workshop.id, data)
            self._wrote(workshop.id, data, workshop)
        return workshop

    def update_workshop(self, workshop: Workshop) -> Workshop:
        """Save edited details (site, day, ...); closing goes through ``close_workshop``."""
        with self._lock:
            current = self.get_workshop(workshop.id)
            if (workshop.status, workshop.closed_day) != (current.status, current.closed_day):
                raise ValueError("a workshop is closed with close_workshop(), never reopened")

            def change(data: dict[str, Any]) -> None:
                data[META]["1"]["workshop"] = workshop.to_doc()

            self._transact(workshop.id, change)
        return workshop

    def delete_workshop(self, workshop_id: str) -> None:
        """Delete a workshop with all its responses, its file and its backups."""
        with self._lock:
            self._db(workshop_id)  # WorkshopNotFoundError if there is none
            self.backend.delete(workshop_id)
            self._listed.pop(workshop_id, None)
            cache = self.backend.read_cache()
            if cache is not None:  # its answers go with its file; rebuilt at the next read
                cache.remove()
            box = self.backend.sealed_box(RESULTS_BOX)
            if box is not None:  # nor do figures made from them
                box.remove()
            self._writes += 1
            self._schedule_index()

    # ------------------------------------------------------------------ responses

    def add_response(
        self,
        workshop_id: str,
        *,
        phase: str,
        instrument_id: str,
        instrument_version: int,
        answers: Mapping[str, int | None],
        entry_mode: str,
        code_answers: Mapping[str, str] | None,
        day: str | None = None,
    ) -> Response:
        """Save one submitted survey durably; when this returns, a power cut loses nothing.

        The raw ``code_answers`` never reach the disk: the backend hashes them with the
        workshop's secret, or (encrypting) seals them normalised to the workshop's match
        key; either way the raw text is dropped.
        """
        self._valid_id(workshop_id)
        with self._lock:
            context = self.backend.save_context(workshop_id)  # checked when it was read
            if context is None:
                raise WorkshopNotFoundError(f"no workshop {workshop_id!r}")
            workshop, secret = context
            where = workshop.get("site") or workshop_code(workshop_id)
            if workshop["status"] != "open":
                raise ValueError(
                    f"the workshop at {where} on {workshop['day']} is closed; "
                    "no responses can be added"
                )
            expected = workshop.get("instrument_id")
            if expected is not None and instrument_id != expected:
                raise ValueError(
                    f"this workshop uses the survey {expected!r}, not {instrument_id!r}"
                )
            unknown = set(code_answers or ()) - {element.id for element in MATCH_ELEMENTS}
            if unknown:  # refused before anything is saved
                raise ValueError(f"unknown match-code elements: {', '.join(sorted(unknown))}")
            hashes = None
            if code_answers is not None and secret is not None:
                hashes = hash_code(secret, code_answers)
            response = Response(
                id=new_id(),
                workshop_id=workshop_id,
                phase=phase,
                instrument_id=instrument_id,
                instrument_version=instrument_version,
                answers=answers,
                entry_mode=entry_mode,
                day=day if day is not None else today(),
                match_hashes=hashes,
                record_key=new_record_key(),
            )
            try:
                data = self.backend.append_response(workshop_id, response.to_doc(), code_answers)
            except LookupError:
                raise WorkshopNotFoundError(f"no workshop {workshop_id!r}") from None
            if data is not None:
                self._wrote(workshop_id, data)
            else:  # saved sealed, while locked: the listing is read again when unlocked
                self._writes += 1
                self._listed.pop(workshop_id, None)
        return response

    def responses(self, workshop_id: str) -> list[Response]:
        """The workshop's responses in the order they were saved."""
        return self._responses(workshop_id)

    def _responses(self, workshop_id: str) -> list[Response]:
        with self._lock:
            docs = self._db(workshop_id).table(RESPONSES).all()
        # the open database checked its whole file when it read it (or the store wrote it)
        return [Response.trusted(doc, workshop_id) for doc in docs]

    # ------------------------------------------------------------------ matching

    def match_summary(self, workshop_id: str) -> MatchResult:
        """Tentative matching while the workshop is open; the final one once closed."""
        with self._lock:
            workshop = self.get_workshop(workshop_id)
            responses = self._responses(workshop_id)
            final = self._meta(self._db(workshop_id)).get("final_match")
        if workshop.is_open:
            return _match(responses)
        return _final_result(responses, final or {})

    def close_workshop(self, workshop_id: str, *, day: str | None = None) -> MatchResult:
        """Make matching final and delete the match code for good (data minimisation).

        Matched responses get pair numbers 1..n in a random order, so a pair number says
        nothing about who answered first. Then every hash and the workshop's secret are
        removed, from the file in one durable write and then from its backups.
        """
        with self._lock:
            workshop = self.get_workshop(workshop_id)
            if not workshop.is_open:
                raise ValueError("this workshop is already closed")
            result = _match(self._responses(workshop_id))
            order = list(result.pairs)
            secrets.SystemRandom().shuffle(order)
            pair_of = {rid: n for n, pair in enumerate(order, start=1) for rid in pair}
            closed = Workshop.from_doc(
                {**workshop.to_doc(), "status": "closed", "closed_day": day or today()}
            )

            try:  # made on first use: a full disk refuses here, before anything changed
                closer = closer_tag(workshop_id, laptop_id())
            except OSError as error:
                raise disk_error(error, paths.user_data_dir()) from error

            def change(data: dict[str, Any]) -> None:
                meta = data[META]["1"]
                meta.pop("secret", None)
                meta["workshop"] = closed.to_doc()
                meta["final_match"] = {
                    "ambiguous_pre": list(result.ambiguous_pre),
                    "ambiguous_post": list(result.ambiguous_post),
                    # which laptop closed it (a tag, not the id): only a bundle signed by
                    # that laptop may add responses to it elsewhere (bundle_trust)
                    CLOSER_KEY: closer,
                }
                for doc in data.get(RESPONSES, {}).values():
                    doc.pop("match_hashes", None)
                    if doc["id"] in pair_of:
                        doc["pair"] = pair_of[doc["id"]]

            self._transact(workshop_id, change)
            self.backend.drop_history(workshop_id)
            return self.match_summary(workshop_id)


def _unchanged(_data: dict[str, Any]) -> None:
    """A change that changes nothing: the write alone folds a sealed workshop."""
