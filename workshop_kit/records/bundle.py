"""Data bundles: carry closed workshops from one laptop to another on a USB stick.

A facilitator exports a bundle on a centre's laptop (``export_bundle``); a programme lead
imports it on theirs (``import_bundle``), and the workshops join the lead's store by UUID.

The format and the checks made on every bundle before anything is written are in
``bundle_format``; this module exports and imports.

Decisions:

- Privacy. Only closed workshops are exported: an open one still holds the match-code
  secret and hashes. Every zip entry is dated 1980-01-01 00:00 (the zip format's zero), so
  a bundle holds no time of day. The laptop id is random (uuid4), kept in the user data
  folder, never derived from hardware, and never written into a workshop file.
- Determinism. Entries come in a fixed order: workshops by id, then the manifest (it holds
  their checksums, so writing it last means no file is kept in memory). The same data on
  the same day gives the same bytes.
- A bundle is untrusted input. ``read_bundle`` checks everything before anything is
  written: entry names (only the two shapes above, so no name can point elsewhere), sizes
  against zip bombs (declared sizes and ratios, and every entry read with a cap, because
  headers can lie), the manifest against the zip's content, every checksum, every file
  against the storage schema (and JSON with a repeated key, which could hide data behind
  the copy that is read), closed status, and response ids unique across the bundle. Any
  failure rejects the whole bundle with a ``BundleError`` that says why.
- Merging is a union by UUID and is idempotent. Per workshop: new here -> added (the file
  as it came); the same details and nothing new -> already present; the same details and
  extra responses -> merged, if the union still passes the schema check (pair numbers must
  stay consistent); anything that contradicts the data here -> rejected with the reason,
  while the other workshops go on.
- A bundle that is well formed can still lie. ``import_bundle`` checks every workshop's
  data against the content library (``bundle_checks``: answers within their items' scales,
  known items and survey versions, plausible days and counts, a final matching that fits
  the responses); one workshop that fails rejects the whole bundle with a coded
  ``BundleDataError``.
- Bounded memory. The import reads the zip one entry at a time, twice: first every
  workshop is checked (only a 64-bit hash of each response id is kept, to find a response
  in two workshops), then, holding the store, each is read again (its checksum checked
  again), planned against the copy here and handed to the store to stage before the next
  is read. The store is summarised as hashes of its response ids, read one file at a time.
  So at most one parsed workshop is in memory, however big the bundle or the store.
- Atomic import, through the store's public methods only (``exclusive``, ``read_raw``,
  ``replace_workshops``), so it works the same on every backend and the store's listing
  and ``state()`` see the import at once. On disk the new and changed files are staged,
  fsynced and moved in with a journal that restores the store exactly as it was if
  anything fails half-way (see ``staging``). Cancelling is possible until the moves begin.
  A power cut during the moves can leave some workshops imported and others not; each file
  is whole either way, and importing the bundle again finishes the job.
"""

from __future__ import annotations

import bisect
import copy
import dataclasses
import hashlib
import io
import itertools
import json
import zipfile
from array import array
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from workshop_kit import __version__
from workshop_kit.fileio import atomic_file
from workshop_kit.records.bundle_checks import (
    BundleDataError,
    InstrumentSource,
    check_workshop_data,
)
from workshop_kit.records.bundle_format import (
    _HEX32,
    _MANIFEST_PER_FILE,
    _MANIFEST_RESERVE,
    BUNDLE_SUFFIX,
    FORMAT,
    FORMAT_VERSION,
    MANIFEST,
    MAX_ENTRIES,
    MAX_FILE_BYTES,
    MAX_RATIO,
    MAX_TOTAL_BYTES,
    ZIP_EPOCH,
    Bundle,
    BundleCancelled,
    BundledWorkshop,
    BundleError,
    Cancel,
    ExportReport,
    ImportReport,
    Progress,
    _check_cancel,
    _Listing,
    _listing,
    _member,
    _opened,
    _parse_json,
    _reject_twice,
    _report,
    read_bundle,
)
from workshop_kit.records.bundle_seal import is_sealed_bundle
from workshop_kit.records.crypto import CryptoError
from workshop_kit.records.envelope import set_day_only_times
from workshop_kit.records.errors import DamagedFileError, NewerSchemaError, disk_error
from workshop_kit.records.laptop import CLOSER_KEY, closer_tag, laptop_id
from workshop_kit.records.model import Response, Workshop, today
from workshop_kit.records.signing import BUNDLE_MAGIC
from workshop_kit.records.storage import META, RESPONSES, dumps, validate_document
from workshop_kit.records.store import WorkshopNotFoundError, WorkshopStore

__all__ = [
    "BUNDLE_SUFFIX",
    "FORMAT_VERSION",
    "MAX_ENTRIES",
    "MAX_FILE_BYTES",
    "MAX_RATIO",
    "MAX_TOTAL_BYTES",
    "Bundle",
    "BundleCancelled",
    "BundleDataError",
    "BundleError",
    "BundledWorkshop",
    "ExportReport",
    "ImportReport",
    "export_bundle",
    "import_bundle",
    "laptop_id",
    "read_bundle",
]

# ----------------------------------------------------------------------------- export


def export_bundle(
    store: WorkshopStore,
    path: Path,
    workshop_ids: Sequence[str] | None = None,
    *,
    progress: Progress | None = None,
    cancelled: Cancel | None = None,
    seal: Callable[[bytes], bytes] | None = None,
) -> ExportReport:
    """Write the closed workshops among ``workshop_ids`` (all by default) to a bundle.

    The file appears all at once (a temporary file, then a rename) or not at all: on
    cancel (``BundleCancelled``) or any error nothing is left behind. Workshops that
    cannot go are listed in the report's ``skipped`` with the reason. With ``seal``
    (``bundle_seal.BundleSealer``) the zip is built in memory and only its sealed form is
    written.
    """
    path = Path(path)
    candidates = store.workshop_ids() if workshop_ids is None else sorted(set(workshop_ids))
    skipped: list[tuple[str, str]] = []
    files: list[dict[str, Any]] = []
    try:
        with atomic_file(path) as handle:
            if seal is None:
                _write_bundle(store, handle, candidates, files, skipped, progress, cancelled)
            else:
                buffer = io.BytesIO()
                _write_bundle(store, buffer, candidates, files, skipped, progress, cancelled)
                handle.write(seal(buffer.getvalue()))
    except OSError as error:  # a full or read-only USB stick: a code the UI words
        raise disk_error(error, path) from error
    set_day_only_times(path)  # the file's own times say the day, not the hour, either
    responses = sum(entry["responses"] for entry in files)
    return ExportReport(path, len(files), responses, tuple(skipped))


def _write_bundle(
    store: WorkshopStore,
    handle: BinaryIO,
    candidates: Sequence[str],
    files: list[dict[str, Any]],
    skipped: list[tuple[str, str]],
    progress: Progress | None,
    cancelled: Cancel | None,
) -> None:
    total = len(candidates) + 1
    declared = 0
    with zipfile.ZipFile(handle, "w") as archive:
        for done, workshop_id in enumerate(candidates, start=1):
            _check_cancel(cancelled)
            try:
                raw, count = _exportable(store, workshop_id)
            except _Skip as skip:
                skipped.append((workshop_id, str(skip)))
                _report(progress, done, total)
                continue
            reserve = _MANIFEST_RESERVE + _MANIFEST_PER_FILE * (len(files) + 1)
            if len(files) + 2 > MAX_ENTRIES or (declared + len(raw) + reserve > MAX_TOTAL_BYTES):
                skipped.append((workshop_id, "the bundle is full: export it in another bundle"))
                _report(progress, done, total)
                continue
            name = f"workshops/{workshop_id}.json"
            _write_entry(archive, name, raw)
            declared += len(raw)
            files.append(
                {
                    "path": name,
                    "sha256": hashlib.sha256(raw).hexdigest(),
                    "size": len(raw),
                    "responses": count,
                }
            )
            _report(progress, done, total)
        _check_cancel(cancelled)
        responses = sum(entry["responses"] for entry in files)
        manifest = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "toolkit_version": __version__,
            "laptop_id": laptop_id(),
            "created_day": today(),
            "counts": {"workshops": len(files), "responses": responses},
            "files": files,
        }
        text = json.dumps(manifest, indent=1, ensure_ascii=True) + "\n"
        _write_entry(archive, MANIFEST, text.encode("ascii"))
    _report(progress, total, total)


class _Skip(Exception):
    """A workshop that is left out of an export; the message is the reason."""


def _exportable(store: WorkshopStore, workshop_id: str) -> tuple[bytes, int]:
    """The workshop's file as stored and its number of responses, or ``_Skip``."""
    if not isinstance(workshop_id, str) or not _HEX32.fullmatch(workshop_id):
        raise _Skip("no such workshop on this laptop")
    try:  # one file at a time: a long export never blocks the kiosk for long
        raw = store.read_raw(workshop_id)
    except WorkshopNotFoundError:
        raise _Skip("no such workshop on this laptop") from None
    except OSError as error:
        raise _Skip(f"cannot be read: {error}") from None
    try:
        workshop, responses = validate_document(
            _parse_json(raw), workshop_id, where=f"{workshop_id}.json"
        )
    except NewerSchemaError:
        raise _Skip("written by a newer Workshop Kit: update this one to export it") from None
    except ValueError as error:  # DamagedFileError is a ValueError too
        raise _Skip(f"cannot be read: {error}") from None
    if workshop.is_open:
        raise _Skip("still open: close it first")
    if len(raw) > MAX_FILE_BYTES:
        raise _Skip(f"too large for a bundle (over {MAX_FILE_BYTES // 2**20} MB)")
    return raw, len(responses)


def _write_entry(archive: zipfile.ZipFile, name: str, data: bytes) -> None:
    info = zipfile.ZipInfo(name, date_time=ZIP_EPOCH)  # no time of day in the bundle
    info.create_system = 3  # the same bytes from every operating system
    info.external_attr = 0o644 << 16
    archive.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=6)


# ----------------------------------------------------------------------------- import


def import_bundle(
    store: WorkshopStore,
    path: Path,
    *,
    library: InstrumentSource,
    progress: Progress | None = None,
    cancelled: Cancel | None = None,
    opener: Callable[[bytes], bytes] | None = None,
    unsigned_may_extend: bool = True,
) -> ImportReport:
    """Check a bundle, then merge its workshops into ``store``.

    Every workshop is checked as ``read_bundle`` does, and its data against ``library``
    (the content library: see ``bundle_checks``). Raises ``BundleError`` when the bundle
    is rejected as a whole (nothing is changed; a ``BundleDataError`` for data that cannot
    be true, with a code the interface words), ``BundleCancelled`` when cancelled before
    the files are moved in (nothing is changed). Conflicts with the data here reject
    single workshops; the report lists them.

    A sealed bundle needs ``opener`` (``bundle_seal.BundleOpener``: the lead's key, which
    also checks the signing laptop); its zip is opened into memory (never written out in
    the clear), so a sealed bundle holds its zipped size in memory.

    Closed workshops keep a tag of the laptop that closed them (``laptop.closer_tag``).
    New responses for a closed workshop already here are merged only from a bundle signed
    by that laptop (``opener.last`` says who signed); a copy closed before the tag existed
    takes none from a signed bundle. A plain bundle nobody signed may extend a closed
    workshop only where ``unsigned_may_extend`` (plaintext stores, as before; the sealed
    app passes False). Each refusal rejects that workshop with the reason.

    Memory stays bounded whatever the bundle's size: the zip's entries are read one at a
    time, twice (checked first, then planned and staged under the store's lock, checksums
    verified again), and never more than one parsed workshop is held at once.
    """
    path = Path(path)
    unsealed = _unsealed(path, opener)
    signer = _signer(opener) if unsealed is not None else None
    policy = _Closers(signer, unsealed is not None, unsigned_may_extend)
    with _opened(path, unsealed) as archive:
        listing = _listing(path, archive)
        count = len(listing.names)
        total = 2 * count + 1
        _report(progress, 1, total)
        _check_all(path, archive, listing, library, cancelled, progress, total)
        outcomes: list[_Outcome] = []
        with store.exclusive():  # nothing is saved between reading the store and the import
            _check_cancel(cancelled)
            here = _Here.read(store)
            done = count + 1

            def step() -> None:
                nonlocal done
                done += 1
                _report(progress, done, total)

            writes = _writes(path, archive, listing, store, here, outcomes, step, policy)
            first = next(writes, None)  # nothing is staged for a bundle with nothing new
            if first is not None:
                store.replace_workshops(
                    itertools.chain([first], writes),
                    check_cancel=lambda: _check_cancel(cancelled),
                )
    _report(progress, total, total)
    return ImportReport(
        added=tuple(o.workshop_id for o in outcomes if o.kind == "added"),
        merged=tuple((o.workshop_id, o.count) for o in outcomes if o.kind == "merged"),
        already_present=tuple(o.workshop_id for o in outcomes if o.kind == "present"),
        rejected=tuple((o.workshop_id, o.reason) for o in outcomes if o.kind == "rejected"),
        responses_added=sum(o.count for o in outcomes),
    )


def _check_all(
    path: Path,
    archive: zipfile.ZipFile,
    listing: _Listing,
    library: InstrumentSource,
    cancelled: Cancel | None,
    progress: Progress | None,
    total: int,
) -> None:
    """The first pass: every workshop checked, one at a time; nothing kept but a 64-bit
    hash of each response id (response ids must be unique across the bundle)."""
    hashes = array("q")
    for done, name in enumerate(listing.names, start=2):
        _check_cancel(cancelled)
        bundled = _member(path, archive, listing, name)
        meta = bundled.document[META]["1"]
        check_workshop_data(
            path.name,
            bundled.workshop,
            bundled.responses,
            list(bundled.document.get(RESPONSES, {})),
            meta.get("final_match"),
            library,
        )
        hashes.extend(hash(r.id) for r in bundled.responses)
        del bundled, meta
        _report(progress, done, total)
    ordered = sorted(hashes)
    del hashes
    clashes = {a for a, b in itertools.pairwise(ordered) if a == b}
    del ordered
    if clashes:
        _find_twice(path, archive, listing, clashes)


def _find_twice(path: Path, archive: zipfile.ZipFile, listing: _Listing, clashes: set[int]) -> None:
    """Which response id appears twice (only when two hashes are equal: rare)."""
    owners: dict[str, str] = {}
    for name in listing.names:
        bundled = _member(path, archive, listing, name)
        for response in bundled.responses:
            if hash(response.id) in clashes:
                other = owners.setdefault(response.id, bundled.workshop.id)
                if other != bundled.workshop.id:
                    _reject_twice(path, response.id, other, bundled.workshop.id)


def _writes(
    path: Path,
    archive: zipfile.ZipFile,
    listing: _Listing,
    store: WorkshopStore,
    here: _Here,
    outcomes: list[_Outcome],
    step: Callable[[], None],
    policy: _Closers,
) -> Iterator[tuple[str, bytes]]:
    """The second pass: each workshop read again (its checksum checked again) and planned;
    the files to write, one at a time. Every outcome is appended to ``outcomes``."""
    for name in listing.names:
        bundled = _member(path, archive, listing, name)
        outcome = _plan(bundled, here, store, policy)
        del bundled
        outcomes.append(outcome)
        step()
        if outcome.data is not None:
            data = outcome.data
            outcomes[-1] = dataclasses.replace(outcome, data=None)  # not kept
            del outcome
            yield outcomes[-1].workshop_id, data


def _unsealed(path: Path, opener: Callable[[bytes], bytes] | None) -> bytes | None:
    """The zip of a sealed bundle (None for a plain one, read from the file as it is)."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(len(BUNDLE_MAGIC))
            if not is_sealed_bundle(head):
                return None
            data = head + handle.read()
    except OSError:
        return None  # reported by the reader, with its advice
    if opener is None:
        raise BundleError(
            f"{path.name}: this bundle is sealed to a programme lead's key. Open it on the "
            "lead's laptop, with the lead's key; nothing was changed."
        )
    try:
        return opener(data)
    except CryptoError as error:
        raise BundleError(
            f"{path.name}: the sealed bundle cannot be opened with this key, or was changed "
            f"({error}). The bundle was rejected; nothing was changed."
        ) from None


@dataclass(frozen=True)
class _Outcome:
    workshop_id: str
    kind: str  # added | merged | present | rejected
    data: bytes | None = None  # the new file, if one is written
    count: int = 0  # responses added
    reason: str = ""


@dataclass(frozen=True)
class _Here:
    """What the store holds now, read from its files (not from any cache), one file at a
    time and kept small: which workshops are here, which cannot be read, and hashes of
    every response id (alone and with its workshop's id), sorted."""

    present: frozenset[str]
    unreadable: dict[str, str]  # workshop id -> why
    responses: array[int]  # hash(response id), sorted
    owned: array[int]  # hash((response id, workshop id)), sorted

    @classmethod
    def read(cls, store: WorkshopStore) -> _Here:
        present, unreadable = set(), {}
        responses, owned = array("q"), array("q")
        for workshop_id in store.workshop_ids():
            try:
                _, found = _stored(store, workshop_id)
            except WorkshopNotFoundError:
                continue  # gone since the folder was listed (or not a workshop id)
            except NewerSchemaError:
                unreadable[workshop_id] = "the copy on this laptop is from a newer Workshop Kit"
            except (DamagedFileError, OSError, ValueError) as error:
                unreadable[workshop_id] = f"the copy on this laptop cannot be read ({error})"
            else:
                present.add(workshop_id)
                responses.extend(hash(r.id) for r in found[1])
                owned.extend(hash((r.id, workshop_id)) for r in found[1])
        return cls(
            frozenset(present), unreadable, array("q", sorted(responses)), array("q", sorted(owned))
        )

    def owner(self, store: WorkshopStore, response_id: str, workshop_id: str) -> str:
        """The workshop here that holds ``response_id`` if not ``workshop_id``, else ``""``."""
        if not _has(self.responses, hash(response_id)) or _has(
            self.owned, hash((response_id, workshop_id))
        ):
            return ""
        for other in sorted(self.present - {workshop_id}):  # rare: look it up exactly
            _, (_, responses) = _stored(store, other)
            if any(r.id == response_id for r in responses):
                return other
        return ""


def _has(values: array[int], value: int) -> bool:
    at = bisect.bisect_left(values, value)
    return at < len(values) and values[at] == value


def _stored(
    store: WorkshopStore, workshop_id: str
) -> tuple[dict[str, Any], tuple[Workshop, list[Response]]]:
    data = _parse_json(store.read_raw(workshop_id))
    return data, validate_document(data, workshop_id, where=workshop_id)


def _signer(opener: object) -> str | None:
    """The laptop id a sealed bundle's verified signature names (None if unknown)."""
    check = getattr(opener, "last", None)
    manifest = getattr(check, "manifest", None)
    laptop = manifest.get("laptop") if isinstance(manifest, dict) else None
    return laptop if isinstance(laptop, str) else None


@dataclass(frozen=True)
class _Closers:
    """Who may add responses to a closed workshop here: the laptop that closed it."""

    signer: str | None  # the laptop that signed the bundle
    sealed: bool
    unsigned_may_extend: bool

    def refusal(self, workshop_id: str, final: object) -> str:
        """Why the bundle may not add responses to this closed workshop ("" if it may)."""
        closer = final.get(CLOSER_KEY) if isinstance(final, dict) else None
        if self.signer is None:
            if self.unsigned_may_extend and not self.sealed:
                return ""
            return (
                "it is closed here, and nobody signed this bundle: new responses for a closed "
                "workshop are taken only from a bundle signed by the laptop that closed it"
            )
        if closer is None:
            return (
                "it was closed before Workshop Kit recorded which laptop closed it, so no "
                "bundle can add responses to it"
            )
        if closer != closer_tag(workshop_id, self.signer):
            return (
                "it was closed on another laptop: only a bundle signed by the laptop that "
                "closed it can add responses to it"
            )
        return ""


def _plan(
    bundled: BundledWorkshop, here: _Here, store: WorkshopStore, policy: _Closers
) -> _Outcome:
    """What to do with one bundled workshop, given the data here."""
    workshop_id = bundled.workshop.id

    def rejected(reason: str) -> _Outcome:
        return _Outcome(workshop_id, "rejected", reason=reason)

    for response in bundled.responses:
        owner = here.owner(store, response.id, workshop_id)
        if owner:
            return rejected(
                f"response {response.id} already belongs to another workshop on this laptop "
                f"({owner})"
            )
    if workshop_id in here.unreadable:
        return rejected(here.unreadable[workshop_id] + "; run the start-up check first")
    if workshop_id not in here.present:
        return _Outcome(workshop_id, "added", bundled.raw, len(bundled.responses))
    try:
        document, (workshop, responses) = _stored(store, workshop_id)
    except (WorkshopNotFoundError, DamagedFileError, OSError, ValueError) as error:
        return rejected(f"the copy on this laptop cannot be read ({error})")
    if workshop.is_open:
        return rejected("open on this laptop: a closed copy cannot be merged into it")
    mine, theirs = document[META]["1"], bundled.document[META]["1"]
    ours, other = workshop.to_doc(), bundled.workshop.to_doc()
    differences = [key for key in ours if ours[key] != other[key]]
    if mine["schema"] != theirs["schema"]:
        differences.append("schema")
    if mine.get("final_match") != theirs.get("final_match"):
        differences.append("final matching")
    if differences:
        return rejected(
            f"its details differ from the copy on this laptop ({', '.join(differences)})"
        )
    here_docs = {r.id: r.to_doc() for r in responses}
    extra = []
    for response, doc in zip(
        bundled.responses, bundled.document.get(RESPONSES, {}).values(), strict=True
    ):
        known = here_docs.get(response.id)
        if known is None:
            extra.append(doc)
        elif known != response.to_doc():
            return rejected(f"response {response.id} differs from the copy on this laptop")
    if not extra:
        return _Outcome(workshop_id, "present")
    refusal = policy.refusal(workshop_id, mine.get("final_match"))
    if refusal:
        return rejected(refusal)
    merged = copy.deepcopy(document)
    table = merged.setdefault(RESPONSES, {})
    next_id = max(map(int, table), default=0) + 1
    for number, doc in enumerate(extra, start=next_id):
        table[str(number)] = copy.deepcopy(doc)
    try:
        validate_document(merged, workshop_id, where="the merged workshop")
    except DamagedFileError as error:
        return rejected(f"its new responses do not fit the copy on this laptop ({error})")
    return _Outcome(workshop_id, "merged", dumps(merged).encode("utf-8"), len(extra))
