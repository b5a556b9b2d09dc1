"""The responses an analysis or an export works on, chosen by filters.

``load_dataset`` reads the workshops that pass the filters from the store, once each, and
pairs their before and after responses: a closed workshop by its final pair numbers, an
open one by tentative matching of the match-code hashes (``records.match``). Tentative
pairs are numbered in a random order, as closing does, so a pair number never says who
answered first.

Rows come out sorted by workshop, phase, pair number and random response id, never in the
order they were saved: the order of saving is the order people sat at the laptop.
"""

from __future__ import annotations

import gc
import secrets
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields
from typing import NamedTuple

from workshop_kit.analysis import cellkey
from workshop_kit.analysis.groups import in_group
from workshop_kit.cancel import Cancelled
from workshop_kit.records import Response, Workshop, WorkshopStore, match
from workshop_kit.records.matchcode import MatchResult

__all__ = ["Dataset", "Filters", "Row", "load_dataset", "make_dataset"]

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


@dataclass(frozen=True)
class Dataset:
    """Responses to one or more instruments, with before/after pairs."""

    filters: Filters
    workshops: tuple[Workshop, ...]
    rows: tuple[Row, ...]
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
        return tuple(sorted({row.response.instrument_id for row in self.rows}))


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


def make_dataset(filters: Filters, workshops: Iterable[tuple[Workshop, list[Response]]]) -> Dataset:
    """A data set from workshops already read (the store, an import, a test)."""
    kept: list[Workshop] = []
    by_workshop: list[list[Row]] = []
    unmatched = {"pre": 0, "post": 0}
    skipped = 0
    detail = dict.fromkeys(("workshops", "tolerant", "ambiguous_pre", "ambiguous_post"), 0)
    key_sums = dict.fromkeys(("tolerant", "ambiguous_pre", "ambiguous_post"), 0)
    for workshop, responses in workshops:
        if not filters.accepts(workshop):
            continue
        kept.append(workshop)
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
        rows: list[Row] = []
        for response in responses:
            if filters.instrument_id and response.instrument_id != filters.instrument_id:
                skipped += 1
                continue
            pair = pair_of.get(response.id)
            if pair is None:
                unmatched[response.phase] += 1
            rows.append(Row(workshop, response, pair))
        # in _row_order: the workshops by day, site and id, then each one's rows (one sort
        # per workshop: the workshop's part of the key is the same for all its rows)
        rows.sort(key=_order_in_workshop)
        by_workshop.append(rows)
    order = sorted(range(len(kept)), key=lambda i: _workshop_order(kept[i]))
    kept = [kept[i] for i in order]
    rows = [row for i in order for row in by_workshop[i]]
    return Dataset(
        filters=filters,
        workshops=tuple(kept),
        rows=tuple(rows),
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


def _row_order(row: Row) -> tuple:
    """The order of a data set's rows: never the order of saving (who sat down first)."""
    return (*_workshop_order(row.workshop), *_order_in_workshop(row))


def _workshop_order(w: Workshop) -> tuple[str, str, str]:
    return (w.day, w.site, w.id)


def _order_in_workshop(row: Row) -> tuple[bool, bool, int, str]:
    pair = row.pair
    return (row.response.phase != "pre", pair is None, pair or 0, row.response.id)


def load_dataset(
    store: WorkshopStore,
    filters: Filters,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Dataset:
    """Read the workshops passing ``filters`` from ``store`` (each file once)."""
    total = store.count_files()

    def read() -> Iterable[tuple[Workshop, list[Response]]]:
        done = 0

        def accept(workshop: Workshop) -> bool:
            nonlocal done
            done += 1
            if cancelled is not None and cancelled():
                raise Cancelled()
            if progress is not None and (done % 25 == 0 or done == total):
                progress(min(done, total), total)
            return filters.accepts(workshop)

        for item in store.read_workshops(accept):
            # What is read so far stays: no pass of the cyclic collector looks at it
            # again during the read (at 100,000 responses the passes over the growing
            # data set cost more than building it). Undone below, as after an analysis.
            gc.freeze()
            yield item

    try:
        return make_dataset(filters, read())
    finally:
        gc.unfreeze()
