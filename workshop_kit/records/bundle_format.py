"""The bundle file format, and reading a bundle as the untrusted input it is.

Format 1: one deflated zip, ``<name>.wkbundle``, holding ``workshops/<workshop id>.json``
(each file exactly as stored, see ``storage``) and ``manifest.json`` (format and versions,
a random laptop id, the day, the counts, and each file's SHA-256, size and response count).

``read_bundle`` checks everything before anything is written: entry names (only the two
shapes above, so no name can point elsewhere), sizes against zip bombs (declared sizes and
ratios, and every entry read with a cap, because headers can lie), the manifest against
the zip's content, every checksum, every file against the storage schema (and JSON with a
repeated key, which could hide data behind the copy that is read), closed status, and
response ids unique across the bundle. Any failure rejects the whole bundle with a
``BundleError`` that says why. Exporting and importing are in ``bundle``.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import re
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO, NoReturn

from workshop_kit.cancel import Cancelled
from workshop_kit.records.model import Response, Workshop
from workshop_kit.records.storage import (
    DamagedFileError,
    NewerSchemaError,
    validate_document,
)

__all__ = [
    "BUNDLE_SUFFIX",
    "FORMAT_VERSION",
    "MAX_ENTRIES",
    "MAX_FILE_BYTES",
    "MAX_RATIO",
    "MAX_TOTAL_BYTES",
    "Bundle",
    "BundleCancelled",
    "BundleError",
    "BundledWorkshop",
    "ExportReport",
    "ImportReport",
    "read_bundle",
]

BUNDLE_SUFFIX = ".wkbundle"
FORMAT = "workshop-kit-bundle"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
MAX_ENTRIES = 20_000
# An import holds one workshop file at a time, parsed (several times its size in memory),
# so a file's limit bounds the import's memory. 8 MB is four times the largest plausible
# workshop of the bundled survey (``bundle_checks``: at most 1,000 responses per phase).
MAX_FILE_BYTES = 8 * 1024 * 1024
# A bundle's whole content: about 300,000 responses of the bundled survey. An export that
# would go over it leaves the rest for another bundle (the export report says so).
MAX_TOTAL_BYTES = 256 * 1024 * 1024
# A workshop file compresses about tenfold: every response carries a random 32-hex id that
# deflate cannot shrink. Far beyond 200 is a bomb, not a workshop.
MAX_RATIO = 200
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)
LAPTOP_ID_FILE = "laptop-id"
_MANIFEST_KEYS = {
    "format",
    "format_version",
    "toolkit_version",
    "laptop_id",
    "created_day",
    "counts",
    "files",
}
_FILE_KEYS = {"path", "sha256", "size", "responses"}
_MANIFEST_RESERVE = 4096  # room kept for the manifest when an export nears a size limit
_MANIFEST_PER_FILE = 512
_ENTRY = re.compile(r"^workshops/([0-9a-f]{32})\.json$")
_HEX32 = re.compile(r"^[0-9a-f]{32}$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_DAY = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_AGAIN = "Ask for a new export from the laptop it came from."
# What zipfile raises on a damaged or hostile archive (it has no single error type).
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    EOFError,
    zlib.error,
    struct.error,
    ValueError,
    NotImplementedError,
    RuntimeError,
    OverflowError,
    IndexError,
    KeyError,
    OSError,
)

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


class BundleError(ValueError):
    """The bundle is rejected as a whole; the message says why and what to do."""


class BundleCancelled(Cancelled):
    """The user cancelled an export or an import; nothing was written."""


@dataclass(frozen=True)
class ExportReport:
    path: Path
    workshops: int
    responses: int
    skipped: tuple[tuple[str, str], ...]  # (workshop id, reason)


@dataclass(frozen=True)
class ImportReport:
    added: tuple[str, ...]  # workshop ids new here
    merged: tuple[tuple[str, int], ...]  # (workshop id, responses added) to an existing one
    already_present: tuple[str, ...]  # nothing new
    rejected: tuple[tuple[str, str], ...]  # (workshop id, reason) conflicts with data here
    responses_added: int


@dataclass(frozen=True)
class BundledWorkshop:
    """One checked workshop file from a bundle."""

    workshop: Workshop
    responses: tuple[Response, ...]
    raw: bytes = field(repr=False)  # the file exactly as it was stored
    document: Mapping[str, Any] = field(repr=False)  # ``raw`` parsed (treat as read-only)


@dataclass(frozen=True)
class Bundle:
    """A bundle that passed every check, read into memory."""

    path: Path
    manifest: Mapping[str, Any]
    workshops: tuple[BundledWorkshop, ...]  # by workshop id

    @property
    def laptop_id(self) -> str:
        return self.manifest["laptop_id"]

    @property
    def created_day(self) -> str:
        return self.manifest["created_day"]

    @property
    def toolkit_version(self) -> str:
        return self.manifest["toolkit_version"]

    @property
    def responses(self) -> int:
        return sum(len(w.responses) for w in self.workshops)


# ----------------------------------------------------------------------------- helpers


def _report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


def _check_cancel(cancelled: Cancel | None) -> None:
    if cancelled is not None and cancelled():
        raise BundleCancelled("cancelled; nothing was written")


def _no_repeated_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"the key {key!r} appears twice in one object")
        result[key] = value
    return result


def _no_constant(name: str) -> NoReturn:
    raise ValueError(f"{name} is not a number JSON allows")


def _parse_json(raw: bytes) -> Any:
    """Strict JSON: UTF-8, no repeated keys, no NaN; raises ValueError saying what is wrong."""
    try:
        return json.loads(
            raw.decode("utf-8"),
            object_pairs_hook=_no_repeated_keys,
            parse_constant=_no_constant,
        )
    except RecursionError:
        raise ValueError("nested too deeply") from None


def _is_count(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


# ----------------------------------------------------------------------------- read


def read_bundle(
    path: Path, *, progress: Progress | None = None, cancelled: Cancel | None = None
) -> Bundle:
    """Check a whole bundle and read it into memory, changing nothing anywhere.

    Raises ``BundleError`` (the message says what is wrong and what to do) for anything
    that is not a complete, intact, well-formed bundle of closed workshops.
    """

    def step(done: int, entries: int) -> None:
        _report(progress, done, entries + 1)

    return _read(Path(path), step, cancelled)


def _reject(path: Path, problem: str, advice: str = _AGAIN) -> NoReturn:
    raise BundleError(
        f"{path.name}: {problem}. The bundle was rejected; nothing was changed. {advice}"
    )


def _damaged(path: Path, error: BaseException) -> NoReturn:
    detail = str(error) or type(error).__name__
    _reject(path, f"not a Workshop Kit bundle or damaged ({detail})")


def _read(
    path: Path,
    step: Callable[[int, int], None],
    cancelled: Cancel | None,
    data: bytes | None = None,
) -> Bundle:
    with _opened(path, data) as archive:
        return _read_archive(path, archive, step, cancelled)


@contextlib.contextmanager
def _opened(path: Path, data: bytes | None = None) -> Iterator[zipfile.ZipFile]:
    """The bundle's zip, open (a ``BundleError`` if it cannot be opened or is no zip).
    ``data``: the zip's bytes when they were opened from a sealed bundle (in memory,
    never written out in the clear)."""
    try:
        handle: BinaryIO = (
            io.BytesIO(data) if data is not None else open(path, "rb")  # noqa: SIM115
        )
    except OSError as error:
        _reject(
            path,
            f"cannot be opened ({error.strerror or error})",
            "Check that the USB stick is plugged in and the file is there.",
        )
    with handle:
        try:
            archive = zipfile.ZipFile(handle)
        except _ZIP_ERRORS as error:
            _damaged(path, error)
        with archive:
            yield archive


@dataclass(frozen=True)
class _Listing:
    """A bundle's checked entries and manifest: what may be read from it, and how."""

    entries: Mapping[str, zipfile.ZipInfo]
    names: tuple[str, ...]  # the workshop entries, sorted
    manifest: Mapping[str, Any]
    listed: Mapping[str, Mapping[str, Any]]  # manifest entry by name


def _listing(path: Path, archive: zipfile.ZipFile) -> _Listing:
    entries = _check_entries(path, archive)
    workshop_names = sorted(name for name in entries if name != MANIFEST)
    manifest = _check_manifest(path, _read_entry(path, archive, entries[MANIFEST]))
    listed = {entry["path"]: entry for entry in manifest["files"]}
    if set(listed) != set(workshop_names):
        missing = sorted(set(listed) - set(workshop_names))
        extra = sorted(set(workshop_names) - set(listed))
        _reject(
            path,
            "manifest.json does not list the files the bundle holds "
            f"(listed but missing: {missing or 'none'}; present but not listed: "
            f"{extra or 'none'})",
        )
    return _Listing(entries, tuple(workshop_names), manifest, listed)


def _member(path: Path, archive: zipfile.ZipFile, listing: _Listing, name: str) -> BundledWorkshop:
    """One workshop entry, read and checked (checksum, JSON, schema, closed)."""
    raw = _read_entry(path, archive, listing.entries[name])
    return _check_workshop(path, name, raw, listing.listed)


def _read_archive(
    path: Path,
    archive: zipfile.ZipFile,
    step: Callable[[int, int], None],
    cancelled: Cancel | None,
) -> Bundle:
    listing = _listing(path, archive)
    count = len(listing.names)
    step(1, count)
    owners: dict[str, str] = {}
    workshops = []
    for done, name in enumerate(listing.names, start=2):
        _check_cancel(cancelled)
        bundled = _member(path, archive, listing, name)
        for response in bundled.responses:
            other = owners.setdefault(response.id, bundled.workshop.id)
            if other != bundled.workshop.id:
                _reject_twice(path, response.id, other, bundled.workshop.id)
        workshops.append(bundled)
        step(done, count)
    return Bundle(path, listing.manifest, tuple(workshops))


def _reject_twice(path: Path, response_id: str, first: str, second: str) -> NoReturn:
    _reject(path, f"response {response_id} appears in two workshops ({first} and {second})")


def _name_problem(name: str) -> str | None:
    if name == MANIFEST or _ENTRY.fullmatch(name):
        return None
    if "\\" in name:
        return "has a backslash in its path"
    if name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        return "has an absolute path"
    if ".." in name.split("/"):
        return "has a path that leads outside the bundle ('..')"
    if any(not ch.isprintable() for ch in name):
        return "has control characters in its name"
    return "is not something a bundle holds (only manifest.json and workshops/<id>.json)"


def _check_entries(path: Path, archive: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    """Names, flags and declared sizes of every entry, before any of them is read."""
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        _reject(path, f"it holds {len(infos)} entries; a bundle holds at most {MAX_ENTRIES}")
    entries: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        name = info.orig_filename  # as written in the zip (zipfile tidies ``filename``)
        problem = _name_problem(name)
        if problem is None and info.filename != name:
            problem = "has a name that changes when read"
        if problem is not None:
            _reject(path, f"the entry {name!r} {problem}")
        if name in entries:
            _reject(path, f"the entry {name!r} appears twice")
        if info.flag_bits & 0x1:
            _reject(path, f"the entry {name!r} is encrypted")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            _reject(path, f"the entry {name!r} uses an unsupported compression")
        if info.file_size > MAX_FILE_BYTES:
            _reject(
                path,
                f"the entry {name!r} declares {info.file_size} bytes; a file may hold at most "
                f"{MAX_FILE_BYTES} (a zip bomb or damage)",
            )
        if info.file_size > MAX_RATIO * max(info.compress_size, 1):
            _reject(
                path,
                f"the entry {name!r} expands more than {MAX_RATIO} times when unpacked "
                "(a zip bomb)",
            )
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            _reject(
                path,
                f"its files declare more than {MAX_TOTAL_BYTES} bytes in all (a zip bomb or "
                "damage)",
            )
        entries[name] = info
    if MANIFEST not in entries:
        _reject(path, "it has no manifest.json, so it is not a Workshop Kit bundle")
    return entries


def _read_entry(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """An entry's bytes, never more than it declares (a header can lie)."""
    cap = min(info.file_size, MAX_FILE_BYTES)
    try:
        with archive.open(info) as handle:
            data = handle.read(cap + 1)
    except _ZIP_ERRORS as error:
        _damaged(path, error)
    if len(data) != info.file_size:
        _reject(path, f"the entry {info.orig_filename!r} is not the size its header says")
    return data


def _check_manifest(path: Path, raw: bytes) -> dict[str, Any]:
    try:
        manifest = _parse_json(raw)
    except ValueError as error:
        _reject(path, f"manifest.json is not valid JSON ({error})")
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        _reject(path, "manifest.json does not describe a Workshop Kit bundle")
    version = manifest.get("format_version")
    if isinstance(version, int) and _is_count(version) and version > FORMAT_VERSION:
        _reject(
            path,
            f"it was made by a newer Workshop Kit (format {version}); update this one",
            "Update Workshop Kit on this laptop, then import the bundle again.",
        )
    if not (_is_count(version) and version == FORMAT_VERSION):
        _reject(path, f"manifest.json has an unknown format version ({version!r})")
    if set(manifest) != _MANIFEST_KEYS:
        _reject(path, f"manifest.json must hold exactly {sorted(_MANIFEST_KEYS)}")
    problems = []
    toolkit = manifest["toolkit_version"]
    if not (isinstance(toolkit, str) and 0 < len(toolkit) <= 40 and toolkit.isprintable()):
        problems.append("toolkit_version")
    if not (isinstance(manifest["laptop_id"], str) and _HEX32.fullmatch(manifest["laptop_id"])):
        problems.append("laptop_id")
    if not _is_day(manifest["created_day"]):
        problems.append("created_day")
    counts = manifest["counts"]
    if not (
        isinstance(counts, dict)
        and set(counts) == {"workshops", "responses"}
        and all(map(_is_count, counts.values()))
    ):
        problems.append("counts")
    files = manifest["files"]
    if not (isinstance(files, list) and all(map(_is_file_entry, files))):
        problems.append("files")
    if problems:
        _reject(path, f"manifest.json has bad fields: {', '.join(problems)}")
    names = [entry["path"] for entry in files]
    if len(set(names)) != len(names):
        _reject(path, "manifest.json lists a file twice")
    if counts["workshops"] != len(files) or counts["responses"] != sum(
        entry["responses"] for entry in files
    ):
        _reject(path, "manifest.json's counts do not add up to its list of files")
    return manifest


def _is_day(value: object) -> bool:
    if not isinstance(value, str) or not _DAY.fullmatch(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _is_file_entry(entry: object) -> bool:
    return (
        isinstance(entry, dict)
        and set(entry) == _FILE_KEYS
        and isinstance(entry["path"], str)
        and _ENTRY.fullmatch(entry["path"]) is not None
        and isinstance(entry["sha256"], str)
        and _SHA256.fullmatch(entry["sha256"]) is not None
        and _is_count(entry["size"])
        and _is_count(entry["responses"])
    )


def _check_workshop(
    path: Path, name: str, raw: bytes, listed: Mapping[str, Mapping[str, Any]]
) -> BundledWorkshop:
    entry = listed[name]
    if len(raw) != entry["size"] or hashlib.sha256(raw).hexdigest() != entry["sha256"]:
        _reject(path, f"{name} does not match its checksum in manifest.json (damaged or altered)")
    entry_name = _ENTRY.fullmatch(name)
    if entry_name is None:  # _check_entries let only these names through
        _reject(path, f"{name} is not a workshop entry")
    workshop_id = entry_name.group(1)
    try:
        document = _parse_json(raw)
    except ValueError as error:
        _reject(path, f"{name} is not valid JSON ({error})")
    try:
        workshop, responses = validate_document(document, workshop_id, where=name)
    except NewerSchemaError:
        _reject(
            path,
            f"{name} was written by a newer Workshop Kit",
            "Update Workshop Kit on this laptop, then import the bundle again.",
        )
    except DamagedFileError as error:
        _reject(path, str(error))
    if workshop.is_open:
        _reject(path, f"{name} is a workshop that is still open (it holds the match-code secret)")
    if len(responses) != entry["responses"]:
        _reject(
            path,
            f"{name} holds {len(responses)} responses, manifest.json says {entry['responses']}",
        )
    return BundledWorkshop(workshop, tuple(responses), raw, document)
