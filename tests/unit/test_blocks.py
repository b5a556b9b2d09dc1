"""A data set read as blocks (a list per field, as the sealed read cache gives closed
workshops) gives the same rows and the same results as one read as response objects."""

from __future__ import annotations

import dataclasses
import random

import pytest

from tests import survey_data
from workshop_kit.analysis.dataset import BlockRows, Filters, make_dataset
from workshop_kit.analysis.summary import summarise
from workshop_kit.content.library import load_library
from workshop_kit.records.blocks import block_of, row_order
from workshop_kit.records.model import Response, new_id


@pytest.fixture(scope="module")
def instrument():
    return load_library().instrument("gbv-attitudes")


def _workshops(instrument, n=12, seed=3):
    made = list(
        survey_data.many_workshops(
            instrument, workshops=n, responses=n * 30, seed=seed, record_keys=True
        )
    )
    rng = random.Random(seed)
    for _, responses in made:
        rng.shuffle(responses)  # as saved: in the order people sat down
    return made


def _odd(instrument, workshops):
    """A response asked fewer items, one of another instrument, one with its answers in
    another order, and one without a record key: the irregular rows a block must keep."""
    workshop, responses = workshops[0]
    base = responses[0]
    ids = [item.id for item in instrument.items]
    fewer = {i: base.answers.get(i) for i in ids[:5]}
    reordered = {i: base.answers.get(i) for i in reversed(ids)}
    extra = [
        dataclasses.replace(base, id=new_id(), answers=fewer, pair=None, record_key=11),
        dataclasses.replace(base, id=new_id(), instrument_id="other-survey", pair=None),
        dataclasses.replace(base, id=new_id(), answers=reordered, pair=None, record_key=12),
        dataclasses.replace(base, id=new_id(), pair=None, record_key=None),
    ]
    workshops[0] = (workshop, [*responses, *extra])
    # a workshop whose answers are all in the order the files keep them (sorted by id)
    other, theirs = workshops[1]
    workshops[1] = (
        other,
        [dataclasses.replace(r, answers=dict(sorted(r.answers.items()))) for r in theirs],
    )
    return workshops


def _blocks(workshops):
    return [(w, block_of(w, rs, keep=False)) for w, rs in workshops]


def test_a_block_lists_its_rows_in_data_set_order_and_builds_the_same_responses(instrument):
    workshop, responses = _odd(instrument, _workshops(instrument, n=2))[0]
    block = block_of(workshop, responses, keep=False)
    assert block.objects is None
    order = [
        row_order(p, q, i) for p, q, i in zip(block.phases, block.pairs, block.ids, strict=True)
    ]
    assert order == sorted(order)
    rebuilt = block.responses()
    assert all(type(r) is Response for r in rebuilt)
    assert sorted(rebuilt, key=lambda r: r.id) == sorted(responses, key=lambda r: r.id)
    by_id = {r.id: r for r in responses}
    for r in rebuilt:  # the answers' order too
        assert list(r.answers.items()) == list(by_id[r.id].answers.items())


@pytest.mark.parametrize("odd", [False, True], ids=["regular", "irregular"])
def test_results_from_blocks_equal_results_from_responses(instrument, odd):
    workshops = _workshops(instrument)
    if odd:
        workshops = _odd(instrument, workshops)
    from_objects = make_dataset(Filters(), workshops)
    from_blocks = make_dataset(Filters(), _blocks(workshops))
    assert isinstance(from_blocks.rows, BlockRows)
    assert list(from_blocks.rows) == list(from_objects.rows)
    assert from_blocks.unmatched_pre == from_objects.unmatched_pre
    assert from_blocks.unmatched_post == from_objects.unmatched_post
    for exact in (True, False):
        expected = summarise(from_objects, instrument, cell_key=not exact)
        # the rows as a plain tuple: summarise's path for rows made by a caller
        as_rows = dataclasses.replace(from_objects, rows=tuple(from_objects.rows))
        assert repr(summarise(as_rows, instrument, cell_key=not exact)) == repr(expected)
        assert repr(summarise(from_blocks, instrument, cell_key=not exact)) == repr(expected)


@pytest.mark.parametrize(
    "filters",
    [Filters(instrument_id="gbv-attitudes"), Filters(group=("no-such-item", 1))],
    ids=["instrument", "group"],
)
def test_filters_that_keep_part_of_a_block_sift_it_as_responses(instrument, filters):
    workshops = _odd(instrument, _workshops(instrument, n=4))
    from_objects = make_dataset(filters, workshops)
    from_blocks = make_dataset(filters, _blocks(workshops))
    assert list(from_blocks.rows) == list(from_objects.rows)
    assert from_blocks.skipped_other_instruments == from_objects.skipped_other_instruments
    assert repr(summarise(from_blocks, instrument)) == repr(summarise(from_objects, instrument))


def test_rows_are_built_only_when_asked_for(instrument, monkeypatch):
    from workshop_kit.records import blocks

    built = []
    original = blocks.Block.responses

    def responses(self):
        built.append(self.workshop.id)
        return original(self)

    monkeypatch.setattr(blocks.Block, "responses", responses)
    dataset = make_dataset(Filters(), _blocks(_workshops(instrument, n=3)))
    assert len(dataset.rows) == sum(b.size for b in dataset.rows.blocks)
    assert dataset.instrument_ids == ("gbv-attitudes",)
    summarise(dataset, instrument)
    assert built == []  # counted from the lists
    assert len(list(dataset.rows)) == len(dataset.rows)
    assert len(built) == 3
    list(dataset.rows)
    assert len(built) == 3  # built once
