"""A data set's rows as flat lists, one per field, for ``summary`` to count from.

From a read data set (``dataset.BlockRows``) the lists are its blocks' lists joined (passes
in C, no Python code per response, no ``Response`` object built); from any other rows,
one pass of ``map`` per field over them. Answers come as one sequence per row: from
blocks, in the instrument's item order (``taken``), else as the responses' mappings.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import chain, repeat
from operator import attrgetter, itemgetter
from typing import NamedTuple

from workshop_kit.analysis.coded import _answers_or_not
from workshop_kit.analysis.dataset import BlockRows, Dataset
from workshop_kit.records.blocks import Block

__all__ = ["Flat", "flat"]

_RESPONSE = attrgetter("response")
_PHASE = attrgetter("phase")
_INSTRUMENT = attrgetter("instrument_id")
_RECORD_KEY = attrgetter("record_key")
_ID = attrgetter("id")
_ANSWERS = attrgetter("answers")
_PAIR = attrgetter("pair")
_WORKSHOP_ID = attrgetter("workshop.id")


class Flat(NamedTuple):
    """One entry per row in each list, in the data set's order."""

    phases: list[str]
    instrument_ids: list[str]
    pairs: list[int | None]
    workshop_ids: Sequence[str]
    ids: list[str]
    record_keys: list[int | None]
    answers: list  # mappings (taken False) or sequences in ``item_ids`` order (taken True)
    taken: bool


def flat(dataset: Dataset, item_ids: list[str]) -> Flat:
    """The rows of ``dataset`` as :class:`Flat` lists, answers to ``item_ids``."""
    rows = dataset.rows
    if isinstance(rows, BlockRows):
        return _from_blocks(rows.blocks, item_ids)
    responses = list(map(_RESPONSE, rows))
    return Flat(
        phases=list(map(_PHASE, responses)),
        instrument_ids=list(map(_INSTRUMENT, responses)),
        pairs=list(map(_PAIR, rows)),
        workshop_ids=list(map(_WORKSHOP_ID, rows)),
        ids=list(map(_ID, responses)),
        record_keys=list(map(_RECORD_KEY, responses)),
        answers=list(map(_ANSWERS, responses)),
        taken=False,
    )


def _identity(row: list) -> list:
    return row


def _join(blocks: Sequence[Block], field: attrgetter) -> list:
    return list(chain.from_iterable(map(field, blocks)))


def _from_blocks(blocks: Sequence[Block], item_ids: list[str]) -> Flat:
    if all(b.answers is None for b in blocks):  # all read from files: their own answers
        # the mappings themselves: ``coded`` takes each one's values as it codes it
        answers = [r.answers for b in blocks for r in b.objects or ()]
        return _joined(blocks, answers, taken=False)
    return _joined(blocks, _taken_answers(blocks, item_ids), taken=True)


def _joined(blocks: Sequence[Block], answers: list, *, taken: bool) -> Flat:
    return Flat(
        phases=_join(blocks, attrgetter("phases")),
        instrument_ids=_join(blocks, attrgetter("instrument_ids")),
        pairs=_join(blocks, attrgetter("pairs")),
        workshop_ids=list(chain.from_iterable(repeat(b.workshop.id, b.size) for b in blocks)),
        ids=_join(blocks, attrgetter("ids")),
        record_keys=_join(blocks, attrgetter("record_keys")),
        answers=answers,
        taken=taken,
    )


def _taken_answers(blocks: Sequence[Block], item_ids: list[str]) -> list:
    """Each row's answers as its values in ``item_ids`` order (``_ASKED_NOT`` where not
    asked)."""
    answers: list = []
    take = itemgetter(*item_ids) if len(item_ids) > 1 else (lambda a: (a[item_ids[0]],))
    reorder: dict[tuple[str, ...], Callable | None] = {}  # by a block's item order
    for block in blocks:
        rows = block.answers
        if rows is None:  # the responses themselves (some blocks were read from files)
            kept = [r.answers for r in block.objects or ()]
            try:
                answers.extend(list(map(take, kept)))
            except KeyError:  # some response was not asked some item
                answers.extend(_answers_or_not(a, take, item_ids) for a in kept)
            continue
        usual = tuple(block.item_ids)
        if usual not in reorder:
            reorder[usual] = _picker(usual, item_ids)
        pick = reorder[usual]
        if pick is not None and set(map(type, rows)) <= {list}:
            answers.extend(rows if pick is _identity else map(pick, rows))
        else:  # other items, or irregular rows: each row's values in order
            answers.extend(_answers_or_not(a, take, item_ids) for a in block.answer_maps())
    return answers


def _picker(usual: tuple[str, ...], item_ids: list[str]) -> Callable | None:
    """How to put a row stored in ``usual`` order into ``item_ids`` order by one C call
    (files keep the items sorted); None when the items are not the same."""
    if sorted(usual) != sorted(item_ids):
        return None
    if list(usual) == item_ids:
        return _identity
    at = {item_id: n for n, item_id in enumerate(usual)}
    if len(item_ids) == 1:
        return lambda row: (row[0],)
    return itemgetter(*(at[i] for i in item_ids))
