"""The responses an analysis or an export works on, chosen by filters.

``load_dataset`` reads the workshops that pass the filters from the store, once each, and
pairs their before and after responses: a closed workshop by its final pair numbers, an
open one by tentative matching of the match-code hashes (``records.match``). Tentative
pairs are numbered in a random order, as closing does, so a pair number never says who
answered first.

Rows come out sorted by workshop, phase, pair number and random response id, never in the
order they were saved: the order of saving is the order people sat at the laptop.

A data set holds each workshop's responses as a ``records.blocks.Block`` (a list per
field): the analysis counts from those lists, and the rows (a ``Row`` and a ``Response``
per response) are built only when something asks for them (``BlockRows``).
"""

from __future__ import annotations

import gc
import secrets
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, fields
from itertools import compress, repeat
from operator import is_
from typing import NamedTuple, overload

from workshop_kit.analysis import cellkey
from workshop_kit.analysis.groups import in_group
from workshop_kit.cancel import Cancelled
from workshop_kit.records import Response, Workshop, WorkshopStore, match
from workshop_kit.records.blocks import Block, block_of, row_order
from workshop_kit.records.matchcode import MatchResult

__all__ = ["BlockRows", "Dataset", "Filters", "Row", "load_dataset", "make_dataset"]

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Filters:
    """Which workshops count; ``None`` means any. Days are ``YYYY-MM-DD`` (the workshop's
    day), inclusive at both ends."""

    curriculum_id: str | None = None
    instrument_id: str | None = None
    site: str | None = None
    day_from: str | None = None
    day_to: str | None = None
    language: str | None = None
    workshop_id: str | None = None
    # A respondent group: (about-you item id, option value). A pair belongs to the group
    # given by its before answer; an unmatched response by its own answer (``groups``).
    group: tuple[str, int] | None = None

    def accepts(self, workshop: Workshop) -> bool:
        return (
            (self.curriculum_id is None or workshop.curriculum_id == self.curriculum_id)
            and (self.site is None or workshop.site == self.site)
            and (self.day_from is None or workshop.day >= self.day_from)
            and (self.day_to is None or workshop.day <= self.day_to)
            and (self.language is None or workshop.language == self.language)
            and (self.workshop_id is None or workshop.id == self.workshop_id)
        )

    def describe(self) -> dict[str, str]:
        """The filters that are set, by name (for reports and exports)."""
        found = {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name)}
        if self.group is not None:
            found["group"] = f"{self.group[0]}={self.group[1]}"
        return found


class Row(NamedTuple):
    """One response with its workshop and its pair number within that workshop (a named
    tuple: a data set of 100,000 rows builds 100,000 of them)."""

    workshop: Workshop
    response: Response
    pair: int | None


class BlockRows(Sequence[Row]):
    """A data set's rows, from its blocks (in order), built the first time they are
    asked for: an analysis counts from the blocks and never needs them."""

    def __init__(self, blocks: Sequence[Block]) -> None:
        self.blocks = tuple(blocks)
        self._size = sum(b.size for b in self.blocks)
        self._rows: tuple[Row, ...] | None = None
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return self._size

    def _all(self) -> tuple[Row, ...]:
        with self._lock:
            if self._rows is None:
                rows: list[Row] = []
                for b in self.blocks:
                    rows.extend(map(Row, repeat(b.workshop), b.responses(), b.pairs))
                self._rows = tuple(rows)
            return self._rows

    @overload
    def __getitem__(self, index: int) -> Row: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Row]: ...

    def __getitem__(self, index: int | slice) -> Row | Sequence[Row]:
        return self._all()[index]

    def __iter__(self) -> Iterator[Row]:
        return iter(self._all())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, BlockRows):
            other = other._all()
        return isinstance(other, tuple) and self._all() == other

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"BlockRows({self._size} rows in {len(self.blocks)} workshops)"


@dataclass(frozen=True)
class Dataset:
    """Responses to one or more instruments, with before/after pairs. ``rows`` is a
    :class:`BlockRows` when the data set was read (``make_dataset``), or any sequence of
    rows a caller made."""

    filters: Filters
    workshops: tuple[Workshop, ...]
    rows: Sequence[Row]
    unmatched_pre: int = 0
    unmatched_post: int = 0  # unmatched includes responses whose match was ambiguous
    skipped_other_instruments: int = 0
    # From open workshops only (closing deletes the match codes and keeps the pairs): pairs
    # matched with one differing element, ambiguous responses, and how many workshops.
    tolerant_pairs: int = 0
    ambiguous_pre: int = 0
    ambiguous_post: int = 0
    match_detail_workshops: int = 0
    # The cell keys (``analysis.cellkey``) of those three sets, so the audit prints them
    # perturbed like every other count.
    tolerant_key: int = 0
    ambiguous_pre_key: int = 0
    ambiguous_post_key: int = 0

    def pairs(self) -> list[tuple[Response, Response]]:
        """Matched (before, after) responses."""
        found: dict[tuple[str, int], dict[str, Response]] = {}
        for row in self.rows:
            if row.pair is not None:
                found.setdefault((row.workshop.id, row.pair), {})[row.response.phase] = row.response
        return [(p["pre"], p["post"]) for p in found.values() if len(p) == 2]

    def phase(self, phase: str) -> list[Response]:
        return [row.response for row in self.rows if row.response.phase == phase]

    @property
    def instrument_ids(self) -> tuple[str, ...]:
        rows = self.rows
        if isinstance(rows, BlockRows):  # without building the rows
            return tuple(sorted({i for b in rows.blocks for i in set(b.instrument_ids)}))
        return tuple(sorted({row.response.instrument_id for row in rows}))


def _pair_numbers(
    workshop: Workshop, responses: list[Response]
) -> tuple[dict[str, int], MatchResult | None]:
    if not workshop.is_open:
        return {r.id: r.pair for r in responses if r.pair is not None}, None
    result = match(
        [(r.id, r.match_hashes) for r in responses if r.phase == "pre"],
        [(r.id, r.match_hashes) for r in responses if r.phase == "post"],
    )
    order = list(result.pairs)
    secrets.SystemRandom().shuffle(order)
    return {rid: n for n, pair in enumerate(order, start=1) for rid in pair}, result


def make_dataset(
    filters: Filters, workshops: Iterable[tuple[Workshop, list[Response] | Block]]
) -> Dataset:
    """A data set from workshops already read (the store, an import, a test): each one's
    responses as a list, or as a block a read of the cache gave (a closed workshop's)."""
    kept: list[Workshop] = []
    blocks: list[Block] = []
    unmatched = {"pre": 0, "post": 0}
    skipped = 0
    detail = dict.fromkeys(("workshops", "tolerant", "ambiguous_pre", "ambiguous_post"), 0)
    key_sums = dict.fromkeys(("tolerant", "ambiguous_pre", "ambiguous_post"), 0)
    for workshop, responses in workshops:
        if not filters.accepts(workshop):
            continue
        kept.append(workshop)
        if isinstance(responses, Block):
            block = _whole_block(responses, filters)
            if block is not None:
                lone = list(compress(block.phases, map(is_, block.pairs, repeat(None))))
                before = lone.count("pre")
                unmatched["pre"] += before
                unmatched["post"] += len(lone) - before
                blocks.append(block)
                continue
            responses = responses.responses()
        pair_of, matched = _pair_numbers(workshop, responses)
        if filters.group is not None:
            responses = in_group(responses, pair_of, filters.group)
        if matched is not None:
            # the detail of the responses kept (a group filter keeps part of a workshop)
            key_of = {r.id: cellkey.record_key(r) for r in responses}
            tolerant = [(p, q) for p, q in matched.tolerant if p in key_of and q in key_of]
            ambiguous_pre = [r for r in matched.ambiguous_pre if r in key_of]
            ambiguous_post = [r for r in matched.ambiguous_post if r in key_of]
            detail["workshops"] += 1
            detail["tolerant"] += len(tolerant)
            detail["ambiguous_pre"] += len(ambiguous_pre)
            detail["ambiguous_post"] += len(ambiguous_post)
            key_sums["tolerant"] += sum(key_of[p] + key_of[q] for p, q in tolerant)
            key_sums["ambiguous_pre"] += sum(key_of[r] for r in ambiguous_pre)
            key_sums["ambiguous_post"] += sum(key_of[r] for r in ambiguous_post)
        chosen: list[Response] = []
        for response in responses:
            if filters.instrument_id and response.instrument_id != filters.instrument_id:
                skipped += 1
                continue
            if pair_of.get(response.id) is None:
                unmatched[response.phase] += 1
            chosen.append(response)
        # in _row_order: the workshops by day, site and id, then each one's rows (one sort
        # per workshop: the workshop's part of the key is the same for all its rows)
        blocks.append(block_of(workshop, chosen, pair_of))
    order = sorted(range(len(kept)), key=lambda i: _workshop_order(kept[i]))
    kept = [kept[i] for i in order]
    by_id = {b.workshop.id: b for b in blocks}
    return Dataset(
        filters=filters,
        workshops=tuple(kept),
        rows=BlockRows([by_id[w.id] for w in kept]),
        unmatched_pre=unmatched["pre"],
        unmatched_post=unmatched["post"],
        skipped_other_instruments=skipped,
        tolerant_pairs=detail["tolerant"],
        ambiguous_pre=detail["ambiguous_pre"],
        ambiguous_post=detail["ambiguous_post"],
        match_detail_workshops=detail["workshops"],
        tolerant_key=cellkey.cell_key([key_sums["tolerant"]]),
        ambiguous_pre_key=cellkey.cell_key([key_sums["ambiguous_pre"]]),
        ambiguous_post_key=cellkey.cell_key([key_sums["ambiguous_post"]]),
    )


def _whole_block(block: Block, filters: Filters) -> Block | None:
    """``block`` when the filters keep all of it (no group, no other instrument); None
    when its responses must be sifted one by one."""
    if filters.group is not None:
        return None
    wanted = filters.instrument_id
    if wanted and block.instrument_ids.count(wanted) != block.size:
        return None
    return block


def _row_order(row: Row) -> tuple:
    """The order of a data set's rows: never the order of saving (who sat down first)."""
    return (*_workshop_order(row.workshop), *_order_in_workshop(row))


def _workshop_order(w: Workshop) -> tuple[str, str, str]:
    return (w.day, w.site, w.id)


def _order_in_workshop(row: Row) -> tuple[bool, bool, int, str]:
    return row_order(row.response.phase, row.pair, row.response.id)


def load_dataset(
    store: WorkshopStore,
    filters: Filters,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Dataset:
    """Read the workshops passing ``filters`` from ``store`` (each file once)."""
    total = store.count_files()

    def read() -> Iterable[tuple[Workshop, list[Response] | Block]]:
        done = 0

        def accept(workshop: Workshop) -> bool:
            nonlocal done
            done += 1
            if cancelled is not None and cancelled():
                raise Cancelled()
            if progress is not None and (done % 25 == 0 or done == total):
                progress(min(done, total), total)
            return filters.accepts(workshop)

        for item in store.read_workshops(accept, blocks=True):
            # What is read so far stays: no pass of the cyclic collector looks at it
            # again during the read (at 100,000 responses the passes over the growing
            # data set cost more than building it). Undone below, as after an analysis.
            gc.freeze()
            yield item

    try:
        return make_dataset(filters, read())
    finally:
        gc.unfreeze()
