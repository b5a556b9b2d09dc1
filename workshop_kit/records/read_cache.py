"""The read cache: closed workshops as the app last read them, in one sealed file.

An analysis or an export reads every workshop. From the workshop files that means one
file, three key exchanges and a check of every response per workshop: at 3,000 workshops
and 100,000 responses, seconds. A closed workshop no longer changes on this laptop (a
bundle that extends it replaces its file), so what the last read built from it is kept
here, for the next read, while the file stays the version it was built from.

* **One file**, ``.index/.read-cache.sealed`` in the workshops folder: one AES-256-GCM box
  under a key derived from the master private key (the unlocked data only), so nothing in
  it is readable, or can be planted, without the unlock code. It holds what the files
  hold, sealed under the same master key, never more: no match code, no hash of one (open
  workshops are never cached; a closed one has none), no time.
* **Valid by version**: each entry carries the version signature of the file it was built
  from (inode, change time, size, and its journal's); a file that changed since, by a save,
  an import, a fold, a restore or a copy, is read from the file again and its entry
  replaced at the end of that read. A lost, damaged, foreign or older cache is ignored and
  rebuilt: it is never the only copy of anything.
* **Trusted once checked**: an entry is made only from a workshop the store has read and
  checked; reading it back builds the same objects without checking them again.
* **Deleting a workshop removes the cache** at once (``remove``), so its answers do not
  outlive its file even in sealed form; the next full read rebuilds it.

Inside the box: a header line (format, schema, and the Python whose ``marshal`` wrote it)
and a table of workshop id -> (signature, entry); each entry, decoded only when it is
used, holds the workshop, its listing counts and its responses as columns, a list per
field in the order a data set lists them (``blocks.Block``: answers as a list where their
keys are the workshop's usual ones, in order; else as an object). A read for an analysis
hands those lists on as they are: no object per response is built (format 2; a format 1
cache, of objects' fields row by row, is rebuilt).
``marshal`` (the format of Python's own compiled files) reads several times faster than
JSON; it is only ever given bytes that came out of a box this laptop's master key opened,
as authenticated encryption guarantees only this app wrote them.
"""

from __future__ import annotations

import logging
import marshal
import sys
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from pathlib import Path
from types import MappingProxyType
from typing import NamedTuple

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from workshop_kit.records.blocks import Block, block_of
from workshop_kit.records.model import Response, Workshop
from workshop_kit.records.sealed_box import SealedBox
from workshop_kit.records.storage import SCHEMA_VERSION

__all__ = ["CACHE_NAME", "CachedLine", "ReadCache", "cache_key"]

log = logging.getLogger(__name__)

CACHE_NAME = ".read-cache.sealed"
FORMAT = 2  # 2: responses as columns (blocks.Block)
_CONTEXT = b"workshop-kit read cache v1"
# marshal's format belongs to the Python that wrote it: another Python rebuilds the cache
_HEADER = (
    f"WKRC {FORMAT} {SCHEMA_VERSION} {marshal.version} "
    f"{sys.implementation.cache_tag} {sys.version_info[0]}.{sys.version_info[1]}\n"
).encode()


def cache_key(master_private: bytes) -> bytes:
    """The cache's AES key, derived from the master private key (unlocked only)."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_CONTEXT).derive(
        master_private
    )


class CachedLine(NamedTuple):
    """One workshop's entry as stored: the file version it was built from, and its
    encoded entry (``encode_entry``)."""

    signature: Hashable
    line: bytes
    #: that version of the file holds no record the kiosk added since the last fold
    folded: bool = False


class Cached(NamedTuple):
    """One workshop decoded from the cache."""

    workshop: Workshop
    responses: list[Response]
    #: the listing's counts (``WorkshopSummary.responses`` and ``.matching``)
    counts: Mapping[str, int]
    matching: Mapping[str, int]


def _signature_list(signature: Hashable) -> list[int]:
    if not isinstance(signature, tuple) or not all(type(v) is int for v in signature):
        raise ValueError("only disk signatures (tuples of whole numbers) are cached")
    return list(signature)


def encode_entry(
    workshop: Workshop,
    responses: Sequence[Response],
    counts: Mapping[str, int],
    matching: Mapping[str, int],
) -> bytes:
    """One closed workshop as a cache entry: its responses as columns in the order a data
    set lists them (``blocks.Block``; no match hashes: a closed workshop has none)."""
    if workshop.is_open:
        raise ValueError("open workshops are not cached (their responses hold match hashes)")
    if any(r.match_hashes is not None for r in responses):
        raise ValueError("a response with match hashes is not cached")
    block = block_of(workshop, responses, keep=False)
    doc = {
        "w": workshop.to_doc(),
        "c": dict(counts),
        "m": dict(matching),
        "i": block.item_ids,
        # the columns (answers: a list per response in "i" order, or an object)
        "r": [
            block.ids,
            block.phases,
            block.instrument_ids,
            block.versions,
            block.modes,
            block.days,
            block.pairs,
            block.record_keys,
            [dict(a) if type(a) is not list else a for a in block.answers or ()],
        ],
    }
    return marshal.dumps(doc)


Counts = Mapping[str, int]


def decode_block(raw: bytes, workshop_id: str) -> tuple[Block, Counts, Counts]:
    """What :func:`encode_entry` wrote, as a block and the listing's counts."""
    doc = marshal.loads(raw)  # only ever of a box this laptop's master key opened
    workshop = Workshop.from_doc(doc["w"])
    if workshop.id != workshop_id or workshop.is_open:
        raise ValueError("the entry is not this closed workshop's")
    ids, phases, instruments, versions, modes, days, pairs, keys, answers = doc["r"]
    size = len(ids)
    columns = (phases, instruments, versions, modes, days, pairs, keys, answers)
    if any(type(c) is not list or len(c) != size for c in (ids, *columns)):
        raise ValueError("the entry's columns differ in length")
    block = Block(
        workshop, ids, phases, instruments, versions, modes, days, pairs, keys, doc["i"], answers
    )
    return block, MappingProxyType(doc["c"]), MappingProxyType(doc["m"])


def decode_entry(raw: bytes, workshop_id: str) -> Cached:
    """What :func:`encode_entry` wrote, as the objects a read of the file builds (in the
    order a data set lists them)."""
    block, counts, matching = decode_block(raw, workshop_id)
    return Cached(block.workshop, block.responses(), counts, matching)


class ReadCache:
    """The cache file of one workshops folder. ``key`` gives its AES key (raising while
    the data are locked)."""

    def __init__(self, path: Path, key: Callable[[], bytes]) -> None:
        self.path = Path(path)
        self._box = SealedBox(self.path, key, _CONTEXT + b"\0" + self.path.name.encode())

    def _aad(self) -> bytes:
        return self._box.aad

    def load(self) -> dict[str, CachedLine]:
        """The entries by workshop id; empty when there is no usable cache (none yet,
        damaged, another format or another laptop's keys): the files are read instead."""
        plain = self._box.load()
        if plain is None:
            return {}
        if not plain.startswith(_HEADER):
            log.info("read cache of another format: it is rebuilt")
            return {}
        try:
            table = marshal.loads(memoryview(plain)[len(_HEADER) :])
            return {
                workshop_id: CachedLine(tuple(signature), entry, folded is True)
                for workshop_id, (signature, entry, folded) in table.items()
                if type(workshop_id) is str and type(entry) is bytes
            }
        except (ValueError, TypeError, EOFError) as error:
            log.info("read cache not used (%s): it is rebuilt", type(error).__name__)
            return {}

    def save(self, entries: Iterable[tuple[str, CachedLine]]) -> bool:
        """Write the cache (``SealedBox.save``: no sync, a cache lost in a power cut is
        rebuilt). False when it could not be written."""
        try:
            table = {
                workshop_id: (_signature_list(line.signature), line.line, line.folded)
                for workshop_id, line in entries
            }
        except ValueError as error:
            log.info("read cache not saved: %s", error)
            return False
        return self._box.save(_HEADER + marshal.dumps(table))

    def remove(self) -> None:
        self._box.remove()
