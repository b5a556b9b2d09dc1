"""The listing index: one small file beside the workshop files with what the listing needs.

A page that lists 3,000 workshops must not read 3,000 files. The store keeps, for every
workshop, a :class:`WorkshopSummary` (the workshop's fields, its response counts by phase
and its before/after match counts), each with the version signature of the file it was
made from (``Backend.signature``: inode, change or modification time, size). Every write
the store makes updates the summary in memory; this module saves them all to one file,
``.index/.listing-index`` (plain folders) or ``.index/.listing-index.sealed`` (sealed
folders), a moment after the last change, on a background thread. The file lives in a
folder of its own so that saving it leaves the workshops folder itself unchanged: the
window's listings trust their last scan of the files while that folder is unchanged
(``DiskBackend.signatures_cached``).

The index is never trusted over the files: a summary is used only while its signature
equals the file's signature now. A write that dies between the data file and the index (a
power cut, a SIGKILL), a file copied in or edited behind the store's back, an index that is
missing, damaged, from another format or sealed under other keys: each leaves summaries
whose signature does not match, or none, and the store reads those workshops again (on a
worker, in the app: ``WorkshopStore.refresh_listing``). The index needs no fsync: a lost
write is a stale index, which is found the same way.

Sealed folders: the summaries hold the site, the expected number of participants and the
counts, which the sealed files keep from anyone without the unlock code (docs/security.md,
*What stays readable*), so the sealed index is encrypted (AES-256-GCM) under a key derived
from the master private key: it is read and written only while the data are unlocked. A
save made while locked (the kiosk) leaves that workshop's summary stale until the next
unlocked listing reads its file again.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import threading
from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from workshop_kit.fileio import write_temp
from workshop_kit.records.crypto import CryptoError, decrypt, encrypt
from workshop_kit.records.envelope import set_day_only_times
from workshop_kit.records.model import Workshop

__all__ = [
    "INDEX_FOLDER",
    "INDEX_NAME",
    "SEALED_INDEX_NAME",
    "Entry",
    "ListingIndex",
    "WorkshopSummary",
    "index_key",
    "index_path",
]

log = logging.getLogger("workshop_kit.records")

INDEX_NAME = ".listing-index"  # a dot name: never a workshop file (recovery.workshop_files)
SEALED_INDEX_NAME = ".listing-index.sealed"
INDEX_FOLDER = ".index"  # in the workshops folder; never a workshop file either
FORMAT = 1


def index_path(root: Path, *, sealed: bool) -> Path:
    """Where the index of the workshops folder ``root`` lives. An index left by an earlier
    version directly in ``root`` is removed (a plain one names sites)."""
    for old in (INDEX_NAME, SEALED_INDEX_NAME):
        with contextlib.suppress(OSError):
            (root / old).unlink(missing_ok=True)
    return root / INDEX_FOLDER / (SEALED_INDEX_NAME if sealed else INDEX_NAME)


_CONTEXT = b"workshop-kit listing index v1"
_EMPTY: Mapping[str, int] = MappingProxyType({})
_MATCH_KEYS = ("pairs", "unmatched_pre", "unmatched_post", "ambiguous_pre", "ambiguous_post")


@dataclass(frozen=True)
class WorkshopSummary:
    """One line of the listing: a workshop, how many responses it holds per phase, and
    its before/after match counts (``MatchResult.counts()``: tentative while open)."""

    workshop: Workshop
    responses: Mapping[str, int] = field(default_factory=lambda: _EMPTY)
    matching: Mapping[str, int] = field(default_factory=lambda: _EMPTY)

    def count(self, phase: str) -> int:
        return self.responses.get(phase, 0)

    @property
    def total(self) -> int:
        return sum(self.responses.values())


#: A summary and the signature of the file version it describes.
Entry = tuple[Hashable, WorkshopSummary]


def index_key(master_private: bytes) -> bytes:
    """The sealed index's AES key, derived from the master private key (unlocked only)."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_CONTEXT).derive(
        master_private
    )


def _signature_to_doc(signature: Hashable) -> list[int]:
    if not isinstance(signature, tuple) or not all(isinstance(v, int) for v in signature):
        raise ValueError("only disk signatures (tuples of integers) are saved")
    return list(signature)


def _counts(doc: object, allowed: tuple[str, ...] | None = None) -> Mapping[str, int]:
    if not isinstance(doc, dict):
        raise ValueError("counts must be an object")
    for key, value in doc.items():
        if not isinstance(key, str) or (allowed is not None and key not in allowed):
            raise ValueError(f"unknown count {key!r}")
        if type(value) is not int or value < 0:
            raise ValueError(f"a count must be a whole number, got {value!r}")
    return MappingProxyType(dict(doc))


def encode(entries: Mapping[str, Entry]) -> bytes:
    """The index file's plain bytes (JSON)."""
    rows = []
    for workshop_id, (signature, summary) in sorted(entries.items()):
        rows.append(
            {
                "id": workshop_id,
                "sig": _signature_to_doc(signature),
                "workshop": summary.workshop.to_doc(),
                "responses": dict(summary.responses),
                "matching": dict(summary.matching),
            }
        )
    return json.dumps({"format": FORMAT, "workshops": rows}, ensure_ascii=False).encode("utf-8")


def decode(raw: bytes) -> dict[str, Entry]:
    """The entries of an index file; ``ValueError`` for anything not exactly right."""
    doc = json.loads(raw)
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ValueError("not a listing index of this version")
    rows = doc.get("workshops")
    if not isinstance(rows, list):
        raise ValueError("no list of workshops")
    entries: dict[str, Entry] = {}
    for row in rows:
        if not isinstance(row, dict):
            raise ValueError("a workshop entry must be an object")
        workshop = Workshop.from_doc(row["workshop"])
        if row.get("id") != workshop.id:
            raise ValueError("an entry names another workshop")
        sig = row.get("sig")
        if not isinstance(sig, list) or not all(type(v) is int for v in sig):
            raise ValueError("a signature must be a list of integers")
        summary = WorkshopSummary(
            workshop,
            _counts(row.get("responses"), ("pre", "post")),
            _counts(row.get("matching"), _MATCH_KEYS),
        )
        entries[workshop.id] = (tuple(sig), summary)
    return entries


class ListingIndex:
    """The index file of one folder: load, save now, or save a moment after changes.

    ``key`` gives the AES key of a sealed index (raising while locked), or is None for a
    plain one. ``snapshot`` gives the entries to save (the store's summaries); it is
    called on the background thread and must be quick and thread-safe."""

    def __init__(
        self,
        path: Path,
        snapshot: Callable[[], Mapping[str, Entry]],
        *,
        key: Callable[[], bytes] | None = None,
        delay: float = 0.5,
    ) -> None:
        self.path = Path(path)
        self.delay = delay
        self._snapshot = snapshot
        self._key_source = key
        self._key: bytes | None = None  # while unlocked (sealed): dropped by ``forget_key``
        self._lock = threading.Lock()
        self._timer: threading.Timer | None = None
        self._dirty = False

    @property
    def sealed(self) -> bool:
        return self._key_source is not None

    def _aad(self) -> bytes:
        return _CONTEXT + b"\0" + self.path.name.encode()

    def _current_key(self) -> bytes | None:
        if self._key_source is None:
            return None
        if self._key is None:
            self._key = self._key_source()  # LockedError while locked
        return self._key

    def forget_key(self) -> None:
        self._key = None

    def load(self) -> dict[str, Entry] | None:
        """The saved entries, or None if there is no index, or it is damaged, of another
        format or sealed under other keys (the caller reads the files instead)."""
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as error:
            log.info("listing index not read: %s", type(error).__name__)
            return None
        try:
            key = self._current_key()
            if key is not None:
                raw = decrypt(key, raw, self._aad())
            return decode(raw)
        except (CryptoError, ValueError, TypeError, KeyError, UnicodeDecodeError) as error:
            log.info("listing index not used (%s): it is rebuilt", type(error).__name__)
            return None

    def save(self, entries: Mapping[str, Entry] | None = None) -> bool:
        """Write the index now (atomically: a new file renamed over the old); False if it
        could not be written (locked, or the disk refused): it is rebuilt when needed."""
        with self._lock:
            self._dirty = False
            try:
                key = self._current_key()
                data = encode(self._snapshot() if entries is None else entries)
                if key is not None:
                    data = encrypt(key, data, self._aad())
                # in the index folder (never taken for a workshop file's temporary file),
                # readable by this user only, with the day's time as every data file has
                self.path.parent.mkdir(exist_ok=True)
                tmp = write_temp(self.path, data, durable=False)
                set_day_only_times(tmp)
                os.replace(tmp, self.path)
                return True
            except (OSError, ValueError, CryptoError) as error:
                log.info("listing index not saved: %s", type(error).__name__)
                return False

    def schedule(self) -> None:
        """Save a moment after the last change (several saves of a session, one write)."""
        with self._lock:
            self._dirty = True
            # The key while it can be had: the data may be locked before the timer fires.
            with contextlib.suppress(CryptoError):
                self._current_key()
            if self._timer is not None:
                return
            self._timer = threading.Timer(self.delay, self._on_timer)
            self._timer.daemon = True
            self._timer.start()

    def _on_timer(self) -> None:
        with self._lock:
            self._timer = None
            dirty = self._dirty
        if dirty:
            self.save()

    def flush(self) -> None:
        """Save now if a change is waiting (the window closes, the data are locked)."""
        with self._lock:
            timer, self._timer = self._timer, None
            dirty = self._dirty
        if timer is not None:
            timer.cancel()
        if dirty:
            self.save()

    def remove(self) -> None:
        with contextlib.suppress(OSError):
            self.path.unlink(missing_ok=True)
