"""The cell-key method (analysis/cellkey.py) and how the results use it."""

from __future__ import annotations

import hashlib
import hmac
import random
import statistics
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.unit.test_disclosure_attack import make_world
from workshop_kit.analysis import cellkey, stats
from workshop_kit.analysis.dataset import Filters, make_dataset
from workshop_kit.analysis.summary import summarise
from workshop_kit.content.library import ContentRoot, load_library
from workshop_kit.records.model import RECORD_KEY_LIMIT

BUNDLED = Path(__file__).resolve().parents[2] / "curricula"


@pytest.fixture(scope="module")
def instrument():
    return load_library([ContentRoot(BUNDLED, bundled=True)]).instrument("gbv-attitudes")


keys = st.lists(st.integers(0, RECORD_KEY_LIMIT - 1), min_size=0, max_size=60)


@given(keys)
def test_the_same_records_get_the_same_noise_in_any_order(found):
    shuffled = random.Random(len(found)).sample(found, len(found))
    a = cellkey.perturb(len(found), cellkey.cell_key(found))
    assert a == cellkey.perturb(len(shuffled), cellkey.cell_key(shuffled))


@given(keys, st.integers(0, 10))
def test_an_empty_cell_stays_zero_and_no_other_becomes_zero(found, floor):
    value = cellkey.perturb(len(found), cellkey.cell_key(found), floor)
    assert (value == 0) == (not found)
    if len(found) >= floor > 0:
        assert value >= floor


def test_the_noise_has_mean_zero_and_is_mostly_small():
    rng = random.Random(5)
    noises = [cellkey.perturb(30, rng.randrange(RECORD_KEY_LIMIT)) - 30 for _ in range(20000)]
    assert abs(statistics.fmean(noises)) < 0.05
    small = sum(abs(d) <= 2 for d in noises) / len(noises)
    assert 0.88 < small < 0.94  # 0.909 in theory
    assert max(noises) >= 5 and min(noises) <= -5  # no bound: any count is possible


def test_differencing_two_cells_that_differ_by_one_person_gives_noise():
    rng = random.Random(9)
    recovered = 0
    for _ in range(2000):
        cell = [rng.randrange(RECORD_KEY_LIMIT) for _ in range(20)]
        one = rng.randrange(RECORD_KEY_LIMIT)
        with_one = cellkey.perturb(21, cellkey.cell_key([*cell, one]))
        without = cellkey.perturb(20, cellkey.cell_key(cell))
        recovered += with_one - without == 1
    assert recovered / 2000 < 0.4  # the true difference comes out about 30% of the time


def test_possible_counts_says_only_zero_is_exact():
    assert cellkey.possible_counts(0) == (0, 0)
    assert cellkey.possible_counts(1) == cellkey.possible_counts(17) == (1, None)


@pytest.mark.parametrize(
    ("p", "band"), [(0.0, "below-0.01"), (0.00999, "below-0.01"), (0.01, "0.01-0.05"),
                    (0.0499, "0.01-0.05"), (0.05, "0.05-up"), (1.0, "0.05-up")],
)  # fmt: skip
def test_p_bands(p, band):
    assert stats.p_band(p) == band


def test_results_are_perturbed_but_the_same_people_always_give_the_same_numbers(instrument):
    world = make_world(instrument, 4, (12, 20, 9))
    exact = summarise(make_dataset(Filters(), world), instrument, k=5, cell_key=False)
    first = summarise(make_dataset(Filters(), world), instrument, k=5)
    again = summarise(make_dataset(Filters(), list(reversed(world))), instrument, k=5)
    assert first == again
    counts = [
        (o.count.value, e.count.value)
        for r, x in zip(first.items, exact.items, strict=True)
        for phase, ephase in ((r.pre, x.pre), (r.post, x.post))
        for o, e in zip(phase.options, ephase.options, strict=True)
        if o.count.shown
    ]
    assert any(a != b for a, b in counts)  # noise was added ...
    assert all(abs(a - b) <= 12 for a, b in counts)  # ... and it is small
    # a filter that picks the same workshops publishes the same numbers
    site = world[0][0].site
    same = [w for w in world if w[0].site == site]
    by_site = summarise(make_dataset(Filters(site=site), world), instrument, k=5)
    alone = summarise(make_dataset(Filters(), same), instrument, k=5)
    assert by_site.items == alone.items


def test_a_published_test_has_no_statistic_and_no_note(instrument):
    world = make_world(instrument, 6, (30,))
    results = summarise(make_dataset(Filters(), world), instrument, k=5)
    tests = [t for r in results.items for p in (r.ordinal, r.binary) if p for t in p.tests]
    assert tests
    assert all(t.statistic is None and t.note == "" for t in tests)
    assert all(t.band in stats.P_BANDS.values() for t in tests)


@given(
    st.lists(
        st.tuples(
            st.none() | st.integers(-3, 9) | st.sampled_from([(True, False), (False, False), 2.5]),
            st.integers(0, RECORD_KEY_LIMIT - 1),
        ),
        max_size=60,
    )
)
def test_the_noisy_table_is_the_cell_key_method_by_its_definition(records):
    """Each value's cell: its records' count and the sum of their keys modulo 2**32; the
    table made in one pass (``tally``) gives exactly that noise."""
    values = [value for value, _ in records]
    keys = [key for _, key in records]
    expected = {}
    for value in dict.fromkeys(values):
        mine = [key for v, key in records if v == value]
        expected[value] = cellkey.perturb(len(mine), cellkey.cell_key(mine))
    table = cellkey.noisy_table(values, keys)
    assert table == expected and list(table) == list(expected)


@given(st.text("0123456789abcdef", min_size=32, max_size=32))
def test_a_derived_key_is_the_first_four_bytes_of_the_hmac(response_id):
    digest = hmac.new(response_id.encode(), b"workshop-kit record key v1", hashlib.sha256)
    assert cellkey.derived_key(response_id) == int.from_bytes(digest.digest()[:4], "big")
