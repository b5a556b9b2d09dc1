"""One workshop's responses as columns (a :class:`Block`): what an analysis reads.

An analysis of 100,000 responses counts answers per item and phase; it never needs a
``Response`` object per participant. Building those objects was most of the cost of a read
(about 0.3 to 0.45 s at 100,000, whatever they were read from). A block keeps each field
as one list for the whole workshop, in the order a data set lists its rows (before, then
after; pairs by pair number, then the unpaired; by random id), so a read from the sealed
read cache (``read_cache``) hands the lists marshal built straight on, and an analysis
joins them with passes in C. The ``Response`` objects are built only when something asks
for them (an export, a response-level listing): :meth:`Block.responses`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from operator import attrgetter
from types import MappingProxyType
from typing import NamedTuple

from workshop_kit.records.model import Response, Workshop

__all__ = ["Block", "block_of", "row_order"]

AnswerRow = list | Mapping  # values in the block's item order, or a mapping (irregular)

_new = object.__new__


class Block(NamedTuple):
    """One workshop's responses, a list per field, all in the same (data set) order.

    ``answers`` holds each response's answers as a list of values in ``item_ids`` order
    (the usual case: every response of a workshop answered the same items) or, where its
    items differ, as a mapping. ``pairs`` are the data set's pair numbers (an open
    workshop's tentative ones); ``objects`` the responses themselves when the block was
    made from them (an open workshop's carry match hashes a block does not)."""

    workshop: Workshop
    ids: list[str]
    phases: list[str]
    instrument_ids: list[str]
    versions: list[int]
    modes: list[str]
    days: list[str]
    pairs: list[int | None]
    record_keys: list[int | None]
    item_ids: list[str]
    #: None when ``objects`` are kept: their own answers serve (no second copy)
    answers: list[AnswerRow] | None
    objects: list[Response] | None = None

    @property
    def size(self) -> int:
        return len(self.ids)

    def answer_maps(self) -> list[Mapping[str, int | None]]:
        """Each response's answers as a mapping of item id to value."""
        if self.answers is None:
            assert self.objects is not None
            return [dict(r.answers) for r in self.objects]
        usual = self.item_ids
        return [
            dict(zip(usual, row, strict=True)) if type(row) is list else dict(row)
            for row in self.answers
        ]

    def responses(self) -> list[Response]:
        """The responses, built as a read of the file builds them (checked already)."""
        if self.objects is not None:
            return self.objects
        found: list[Response] = []
        append = found.append
        workshop_id = self.workshop.id
        for rid, phase, instrument_id, version, mode, day, pair, key, answers in zip(
            self.ids,
            self.phases,
            self.instrument_ids,
            self.versions,
            self.modes,
            self.days,
            self.pairs,
            self.record_keys,
            self.answer_maps(),
            strict=True,
        ):
            r = _new(Response)
            # straight into the instance's dict, in the constructor's order: what
            # Response.trusted builds, in about half the time (no __setattr__ per field)
            d = r.__dict__
            d["id"] = rid
            d["workshop_id"] = workshop_id
            d["phase"] = phase
            d["instrument_id"] = instrument_id
            d["instrument_version"] = version
            d["answers"] = MappingProxyType(answers)
            d["entry_mode"] = mode
            d["day"] = day
            d["match_hashes"] = None
            d["pair"] = pair
            d["record_key"] = key
            append(r)
        return found


def row_order(phase: str, pair: int | None, response_id: str) -> tuple[bool, bool, int, str]:
    """The order of a workshop's rows in a data set: before, then after; pairs by pair
    number, then the unpaired; then by random id. Never the order of saving (who sat
    down first)."""
    return (phase != "pre", pair is None, pair or 0, response_id)


_FIELDS = attrgetter(
    "id", "phase", "instrument_id", "instrument_version", "entry_mode", "day", "record_key"
)


def block_of(
    workshop: Workshop,
    responses: Sequence[Response],
    pairs: Mapping[str, int] | None = None,
    *,
    keep: bool = True,
) -> Block:
    """The block of ``responses`` (any order) with the data set's pair numbers ``pairs``
    by response id (None: each response's own ``pair``). ``keep`` keeps the objects, so
    :meth:`Block.responses` gives back these very ones, and their answers are not copied."""
    if pairs is None:
        numbered = [(r, r.pair) for r in responses]
    else:
        numbered = list(zip(responses, map(pairs.get, (r.id for r in responses)), strict=True))
    numbered.sort(key=lambda rp: row_order(rp[0].phase, rp[1], rp[0].id))
    ordered = [r for r, _ in numbered]
    columns = list(zip(*map(_FIELDS, ordered), strict=True)) if ordered else [()] * 7
    ids, phases, instruments, versions, modes, days, keys = map(list, columns)
    usual = list(ordered[0].answers) if ordered else []
    answers: list[AnswerRow] | None = None
    if not keep:
        answers = []
        for r in ordered:
            values = r.answers
            answers.append(list(values.values()) if list(values) == usual else dict(values))
    return Block(
        workshop=workshop,
        ids=ids,
        phases=phases,
        instrument_ids=instruments,
        versions=versions,
        modes=modes,
        days=days,
        pairs=[p for _, p in numbered],
        record_keys=keys,
        item_ids=usual,
        answers=answers,
        objects=ordered if keep else None,
    )
