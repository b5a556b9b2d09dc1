"""WorkshopStore: the one object the UI uses to keep workshops and their responses.

Each workshop lives in its own tinydb file, ``<folder>/<workshop id>.json``, so a save
rewrites only one small file however much the laptop holds, and a workshop is the unit of
export, merge and deletion. Files are written by ``storage.DurableStorage``: when
``add_response`` returns, the response survives a power cut.

``WorkshopStore(memory=True)`` keeps everything in tinydb's MemoryStorage and otherwise
runs the same code, so the fast tests and the durable path stay equal.

Data minimisation: raw match-code answers are hashed with the workshop's secret at once
and never stored; closing a workshop turns matched responses into pair numbers and deletes
every hash and the secret, from the file and from its backups.
"""

from __future__ import annotations

import copy
import re
import secrets
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from tinydb import TinyDB
from tinydb.storages import MemoryStorage
from tinydb.table import Document

from workshop_kit import paths
from workshop_kit.records.matchcode import MatchResult, hash_code, match
from workshop_kit.records.model import Response, Workshop, new_id, today
from workshop_kit.records.recovery import RecoveryNote, check_folder, workshop_files
from workshop_kit.records.storage import (
    META,
    RESPONSES,
    SCHEMA_VERSION,
    DamagedFileError,
    DurableStorage,
    NewerSchemaError,
    file_signature,
    load_file,
    validate_document,
)

__all__ = ["RecoveryNote", "WorkshopNotFoundError", "WorkshopStore"]

SECRET_BYTES = 32
MAX_OPEN = 16  # workshop files kept parsed in memory (disk mode)
_FIXED_FIELDS = {"id", "status", "closed_day"}
_ID = re.compile(r"^[0-9a-f]{32}$")  # also keeps a bad id from naming a path elsewhere


class WorkshopNotFoundError(LookupError):
    """No workshop with that id is stored."""


class WorkshopStore:
    """Workshops and responses, one durable tinydb file per workshop."""

    def __init__(self, folder: Path | None = None, *, memory: bool = False) -> None:
        self.memory = memory
        self.folder = Path(folder) if folder is not None else paths.user_data_dir() / "workshops"
        # Open databases, least recently used first. On disk only a few stay open (each
        # holds its parsed file); in memory they are the data and all stay.
        self._dbs: OrderedDict[str, TinyDB] = OrderedDict()
        # Workshop details by file signature, so listing 300 workshops reads only the
        # files that changed since the last listing.
        self._listed: dict[str, tuple[tuple[int, int, int], Workshop]] = {}
        # The GUI saves on its own thread while an export may read on another.
        self._lock = threading.RLock()
        self._writes = 0  # changes made through this object (see ``state``)

    # ------------------------------------------------------------------ files

    def check(self) -> list[RecoveryNote]:
        """The start-up check (see ``recovery``); the UI runs it once and shows the notes."""
        if self.memory:
            return []
        with self._lock:
            notes = check_folder(self.folder)
            for note in notes:
                self._dbs.pop(note.file.stem, None)
            return notes

    def unreadable_files(self) -> list[tuple[Path, str]]:
        """Files ``list_workshops`` leaves out, with the reason (for example a file from a
        newer Workshop Kit, which is never touched)."""
        problems = []
        for path in [] if self.memory else workshop_files(self.folder):
            try:
                load_file(path, path.stem)
            except (DamagedFileError, NewerSchemaError, OSError) as error:
                problems.append((path, str(error)))
        return problems

    def forget(self, workshop_ids: Iterable[str]) -> None:
        """Drop what is cached of these workshops, so the next use reads their files again.

        For an import that replaced the files. In memory the open databases are the data
        itself, so there only the listing cache is dropped.
        """
        with self._lock:
            self._writes += 1  # something else changed these workshops
            for workshop_id in workshop_ids:
                if not self.memory:
                    self._dbs.pop(workshop_id, None)
                self._listed.pop(workshop_id, None)

    def _new_db(self, workshop_id: str) -> TinyDB:
        if self.memory:
            return TinyDB(storage=MemoryStorage)
        path = self.folder / f"{workshop_id}.json"

        def check(data: dict[str, Any]) -> None:
            validate_document(data, workshop_id, where=str(path))

        return TinyDB(path, storage=DurableStorage, check=check)

    def _db(self, workshop_id: str) -> TinyDB:
        """The open database of one workshop; its whole file is checked on first use."""
        with self._lock:
            db = self._dbs.get(workshop_id)
            if db is not None:
                self._dbs.move_to_end(workshop_id)
                return db
            if self.memory or not isinstance(workshop_id, str) or not _ID.fullmatch(workshop_id):
                raise WorkshopNotFoundError(f"no workshop {workshop_id!r}")
            db = self._new_db(workshop_id)
            if db.storage.read() is None:  # reading checks the whole file
                raise WorkshopNotFoundError(f"no workshop {workshop_id!r} in {self.folder}")
            self._remember(workshop_id, db)
            return db

    def _remember(self, workshop_id: str, db: TinyDB) -> None:
        self._dbs[workshop_id] = db
        while not self.memory and len(self._dbs) > MAX_OPEN:
            self._dbs.popitem(last=False)

    @staticmethod
    def _meta(db: TinyDB) -> dict[str, Any]:
        meta = db.table(META).get(doc_id=1)
        if meta is None:  # the file vanished under us
            raise WorkshopNotFoundError("the workshop file has gone")
        return meta

    def _transact(self, workshop_id: str, change: Callable[[dict[str, Any]], None]) -> None:
        """Read the whole file, change it, write it back in one durable write."""
        db = self._db(workshop_id)
        data = copy.deepcopy(db.storage.read())
        change(data)
        validate_document(data, workshop_id)  # never write a file the check would reject
        db.storage.write(data)
        self._writes += 1

    # ------------------------------------------------------------------ workshops

    def list_workshops(self) -> list[Workshop]:
        """Every readable workshop, newest day first (then by site)."""
        with self._lock:
            if self.memory:
                workshops = [self.get_workshop(workshop_id) for workshop_id in list(self._dbs)]
            else:
                workshops = []
                for path in workshop_files(self.folder):
                    try:
                        workshops.append(self._listed_workshop(path))
                    except (DamagedFileError, NewerSchemaError, OSError):
                        continue  # see unreadable_files() and check()
        workshops.sort(key=lambda w: (w.site.casefold(), w.id))
        workshops.sort(key=lambda w: w.day, reverse=True)
        return workshops

    def read_workshops(
        self, accept: Callable[[Workshop], bool] = lambda w: True
    ) -> Iterator[tuple[Workshop, list[Response]]]:
        """Every readable workshop that ``accept`` takes, with its responses.

        For analyses and exports: each file is parsed and checked once (listing and then
        opening each workshop would do it three times). Damaged files are left out, as in
        :meth:`list_workshops`.
        """
        if self.memory:
            for workshop in self.list_workshops():
                if accept(workshop):
                    yield workshop, self.responses(workshop.id)
            return
        for path in workshop_files(self.folder):
            with self._lock:
                try:
                    if path.stem in self._dbs:
                        workshop = self.get_workshop(path.stem)
                        found = (workshop, self.responses(path.stem)) if accept(workshop) else None
                    else:
                        signature = file_signature(path)
                        workshop, responses = load_file(path, path.stem)
                        self._listed[path.stem] = (signature, workshop)
                        found = (workshop, responses) if accept(workshop) else None
                except (DamagedFileError, NewerSchemaError, OSError, WorkshopNotFoundError):
                    continue
            if found is not None:
                yield found

    def state(self) -> tuple:
        """Changes whenever any workshop changes, here or (on disk) in another process:
        cheap enough to ask before deciding whether an analysis must be redone."""
        if self.memory:
            return (self._writes,)
        with self._lock:
            signatures = []
            for path in workshop_files(self.folder):
                try:
                    signatures.append((path.name, *file_signature(path)))
                except FileNotFoundError:
                    continue
            return (self._writes, tuple(signatures))

    def count_files(self) -> int:
        """How many workshop files there are (for progress bars)."""
        return len(self._dbs) if self.memory else len(workshop_files(self.folder))

    def _listed_workshop(self, path: Path) -> Workshop:
        workshop_id = path.stem
        if workshop_id in self._dbs:
            return self.get_workshop(workshop_id)
        signature = file_signature(path)
        listed = self._listed.get(workshop_id)
        if listed is not None and listed[0] == signature:
            return listed[1]
        workshop, _ = load_file(path, workshop_id)
        self._listed[workshop_id] = (signature, workshop)
        return workshop

    def get_workshop(self, workshop_id: str) -> Workshop:
        with self._lock:
            return Workshop.from_doc(self._meta(self._db(workshop_id))["workshop"])

    def create_workshop(self, **fields: Any) -> Workshop:
        """A new open workshop with a fresh id and a fresh random match-code secret."""
        fixed = _FIXED_FIELDS & set(fields)
        if fixed:
            raise ValueError(f"create_workshop sets {', '.join(sorted(fixed))} itself")
        workshop = Workshop(id=new_id(), **fields)
        meta = {
            "schema": SCHEMA_VERSION,
            "workshop": workshop.to_doc(),
            "secret": secrets.token_bytes(SECRET_BYTES).hex(),
        }
        with self._lock:
            db = self._new_db(workshop.id)
            db.storage.write({META: {"1": meta}, RESPONSES: {}})
            self._remember(workshop.id, db)
            self._writes += 1
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
            db = self._db(workshop_id)
            if isinstance(db.storage, DurableStorage):
                db.storage.delete()
            del self._dbs[workshop_id]
            self._listed.pop(workshop_id, None)
            self._writes += 1

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

        The raw ``code_answers`` are hashed with the workshop's secret here and dropped.
        """
        with self._lock:
            db = self._db(workshop_id)
            meta = self._meta(db)
            workshop = meta["workshop"]  # checked when the file was opened
            if workshop["status"] != "open":
                raise ValueError(
                    f"the workshop at {workshop['site']} on {workshop['day']} is closed; "
                    "no responses can be added"
                )
            expected = workshop["instrument_id"]
            if expected is not None and instrument_id != expected:
                raise ValueError(
                    f"this workshop uses the survey {expected!r}, not {instrument_id!r}"
                )
            hashes = None
            if code_answers is not None:
                hashes = hash_code(bytes.fromhex(meta["secret"]), code_answers)
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
            )
            # The next id from the file as it is now, not tinydb's remembered counter,
            # which is stale if another process (an import) has added responses since.
            table = (db.storage.read() or {}).get(RESPONSES, {})
            next_id = max(map(int, table), default=0) + 1
            db.table(RESPONSES).insert(Document(response.to_doc(), doc_id=next_id))
            self._writes += 1
        return response

    def responses(self, workshop_id: str) -> list[Response]:
        """The workshop's responses in the order they were saved."""
        with self._lock:
            docs = self._db(workshop_id).table(RESPONSES).all()
        return [Response.from_doc(doc, workshop_id) for doc in docs]

    # ------------------------------------------------------------------ matching

    def match_summary(self, workshop_id: str) -> MatchResult:
        """Tentative matching while the workshop is open; the final one once closed."""
        with self._lock:
            workshop = self.get_workshop(workshop_id)
            responses = self.responses(workshop_id)
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
            result = _match(self.responses(workshop_id))
            order = list(result.pairs)
            secrets.SystemRandom().shuffle(order)
            pair_of = {rid: n for n, pair in enumerate(order, start=1) for rid in pair}
            closed = Workshop.from_doc(
                {**workshop.to_doc(), "status": "closed", "closed_day": day or today()}
            )

            def change(data: dict[str, Any]) -> None:
                meta = data[META]["1"]
                meta.pop("secret", None)
                meta["workshop"] = closed.to_doc()
                meta["final_match"] = {
                    "ambiguous_pre": list(result.ambiguous_pre),
                    "ambiguous_post": list(result.ambiguous_post),
                }
                for doc in data.get(RESPONSES, {}).values():
                    doc.pop("match_hashes", None)
                    if doc["id"] in pair_of:
                        doc["pair"] = pair_of[doc["id"]]

            self._transact(workshop_id, change)
            storage = self._db(workshop_id).storage
            if isinstance(storage, DurableStorage):
                storage.reset_backups()
            return self.match_summary(workshop_id)


def _match(responses: list[Response]) -> MatchResult:
    return match(
        [(r.id, r.match_hashes) for r in responses if r.phase == "pre"],
        [(r.id, r.match_hashes) for r in responses if r.phase == "post"],
    )


def _final_result(responses: list[Response], final: Mapping[str, list[str]]) -> MatchResult:
    """The closed workshop's matching, rebuilt from pair numbers and the stored lists."""
    by_pair: dict[int, dict[str, str]] = {}
    for r in responses:
        if r.pair is not None:
            by_pair.setdefault(r.pair, {})[r.phase] = r.id
    pairs = tuple((ids["pre"], ids["post"]) for _, ids in sorted(by_pair.items()))
    paired = {rid for pair in pairs for rid in pair}
    ambiguous_pre = set(final.get("ambiguous_pre", ()))
    ambiguous_post = set(final.get("ambiguous_post", ()))

    def left(phase: str, ambiguous: set[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
        ids = [r.id for r in responses if r.phase == phase and r.id not in paired]
        return (
            tuple(i for i in ids if i not in ambiguous),
            tuple(i for i in ids if i in ambiguous),
        )

    unmatched_pre, amb_pre = left("pre", ambiguous_pre)
    unmatched_post, amb_post = left("post", ambiguous_post)
    return MatchResult(pairs, unmatched_pre, unmatched_post, amb_pre, amb_post)
