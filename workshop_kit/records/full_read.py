"""A full read of the store (analyses, exports, reports): every workshop once, closed
ones from the sealed read cache while their files are the versions it was built from
(``read_cache``). ``WorkshopStore.read_workshops`` is the way in."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from workshop_kit.records.errors import StorageError
from workshop_kit.records.listing_index import WorkshopSummary
from workshop_kit.records.listing_lines import _line
from workshop_kit.records.model import Workshop
from workshop_kit.records.read_cache import CachedLine, ReadCache, decode_block, encode_entry

if TYPE_CHECKING:
    from workshop_kit.records.store import WorkshopStore

__all__ = ["read_workshops"]

log = logging.getLogger("workshop_kit.records.store")


def read_workshops(
    store: WorkshopStore, accept: Callable[[Workshop], bool], blocks: bool
) -> Iterator[tuple[Workshop, Any]]:
    """What ``WorkshopStore.read_workshops`` yields; at the end of a read that went to the
    end, the read cache brought up to date (entries of changed files replaced, of gone
    ones dropped)."""
    cache = store.backend.read_cache()
    cached = cache.load() if cache is not None else {}
    kept: dict[str, CachedLine] = {}
    changed = False
    for workshop_id in store.workshop_ids():
        with store._lock:
            try:
                item, line = _read_one(store, workshop_id, cached.get(workshop_id), cache, blocks)
            except (StorageError, OSError, ValueError):
                continue
            if item is None:
                continue
            if line is not None:
                kept[workshop_id] = line
                changed = changed or line is not cached.get(workshop_id)
        if accept(item[0]):
            yield item
    if cache is not None and (changed or kept.keys() != cached.keys()):
        cache.save(kept.items())


def _read_one(
    store: WorkshopStore,
    workshop_id: str,
    hit: CachedLine | None,
    cache: ReadCache | None,
    blocks: bool,
) -> tuple[tuple[Workshop, Any] | None, CachedLine | None]:
    """One workshop (under the store lock), from the cache when ``hit`` is of the file's
    version, and the cache line to keep for it (None: none)."""
    if hit is not None and hit.signature == store.backend.signature(workshop_id):
        try:
            block, counts, matching = decode_block(hit.line, workshop_id)
            found = block if blocks else block.responses()
        except (ValueError, TypeError, KeyError, EOFError) as error:
            log.info("read cache entry not used (%s): read from the file", error)
        else:
            listed = store._listed.get(workshop_id)
            if listed is None or listed[0] != hit.signature:
                summary = WorkshopSummary(block.workshop, counts, matching)
                store._listed[workshop_id] = (hit.signature, summary)
            return (block.workshop, found), hit
    loaded = store.backend.load(workshop_id)
    if loaded is None:
        return None, None
    workshop, responses = store._parse(workshop_id, loaded)
    store._remember(workshop_id, loaded.signature, workshop, responses, loaded.data)
    line = None
    if cache is not None and not workshop.is_open:
        summary = _line(store._listed[workshop_id][1])
        with contextlib.suppress(ValueError):
            entry = encode_entry(workshop, responses, summary.responses, summary.matching)
            line = CachedLine(loaded.signature, entry, loaded.folded)
    return (workshop, responses), line
