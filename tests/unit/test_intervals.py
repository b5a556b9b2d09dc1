"""Intervals that respect the scale (analysis/intervals.py).

Newcombe's paired interval is checked against the method-10 rows of the worked examples in
Newcombe (1998), Statistics in Medicine 17, 2635-2650 (Table III, printed to 4 decimals,
z = 1.96), and against further published rows (Fagerland, Lydersen and Laake 2014; Tang et
al. 2010), as reproduced by R's ratesci::pairbinci(method = "MOVER_newc", moverbase =
"wilson"). Wilson intervals are checked against statsmodels where it is installed.
"""

from __future__ import annotations

import math
import random
from statistics import NormalDist

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workshop_kit.analysis import intervals

Z196 = 2 * NormalDist().cdf(1.96) - 1  # the confidence level whose z is exactly 1.96

# (a, b, c, d) -> (low, high). a: yes both times, b: yes only in the second, c: yes only in
# the first, d: neither; the estimate is (b - c) / n.
NEWCOMBE_1998_METHOD_10 = {
    (36, 12, 2, 0): (0.0569, 0.3404),
    (20, 12, 2, 16): (0.0562, 0.3292),
    (18, 12, 2, 18): (0.0562, 0.3290),
    (36, 14, 0, 0): (0.1528, 0.4167),
    (35, 14, 0, 1): (0.1461, 0.4175),
    (18, 14, 0, 18): (0.1441, 0.3963),
    (2, 97, 1, 0): (0.8721, 0.9854),
    (1, 97, 1, 1): (0.8736, 0.9850),
    (0, 29, 1, 0): (0.6666, 0.9882),
    (2, 98, 0, 0): (0.9178, 0.9945),
    (1, 98, 0, 1): (0.9171, 0.9916),
    (0, 30, 0, 0): (0.8395, 1.0),
    (54, 0, 0, 0): (-0.0664, 0.0664),
    (53, 0, 0, 1): (-0.0729, 0.0729),
    (30, 0, 0, 24): (-0.0358, 0.0358),
    (29, 0, 0, 25): (-0.0354, 0.0354),
    (28, 0, 0, 26): (-0.0352, 0.0352),
    (27, 0, 0, 27): (-0.0351, 0.0351),
}
OTHER_PUBLISHED = {  # 3 decimals in Fagerland 2014 and Chang 2024, 4 in Tang 2010
    (1, 1, 7, 12): ((-0.507, -0.026), 5e-4),
    (7, 25, 2, 68): ((0.133, 0.318), 5e-4),
    (8, 3, 1, 2): ((-0.1574, 0.4136), 5e-5),
}


@pytest.mark.parametrize(("cells", "published"), sorted(NEWCOMBE_1998_METHOD_10.items()))
def test_newcombe_paired_reproduces_the_papers_method_10_rows(cells, published):
    result = intervals.newcombe_paired(*cells, confidence=Z196)
    a, b, c, d = cells
    assert result.estimate == pytest.approx((b - c) / (a + b + c + d))
    assert result.low == pytest.approx(published[0], abs=1e-4)
    assert result.high == pytest.approx(published[1], abs=1e-4)
    assert result.method == "newcombe"


@pytest.mark.parametrize(("cells", "published"), sorted(OTHER_PUBLISHED.items()))
def test_newcombe_paired_reproduces_other_published_examples(cells, published):
    (low, high), tolerance = published
    result = intervals.newcombe_paired(*cells, confidence=Z196)
    assert result.low == pytest.approx(low, abs=tolerance)
    assert result.high == pytest.approx(high, abs=tolerance)


def test_newcombe_phi_uses_the_papers_correction():
    # ad - bc = 0 - 24 < 0: kept as it is
    assert intervals.newcombe_phi(36, 12, 2, 0) == pytest.approx(-24 / math.sqrt(48 * 2 * 38 * 12))
    # ad - bc = 296 > n/2 = 25: 296 - 25
    assert intervals.newcombe_phi(20, 12, 2, 16) == pytest.approx(
        271 / math.sqrt(32 * 18 * 22 * 28)
    )
    assert intervals.newcombe_phi(1, 0, 0, 1) == 0.0  # ad - bc = 1 <= n/2 = 1
    assert intervals.newcombe_phi(0, 3, 0, 0) == 0.0  # an empty margin


def test_newcombe_paired_never_has_zero_width_and_stays_in_range():
    for cells in ((5, 0, 0, 5), (20, 0, 0, 20), (1, 0, 0, 0), (0, 5, 0, 0), (0, 0, 6, 0)):
        result = intervals.newcombe_paired(*cells)
        assert -1.0 <= result.low < result.high <= 1.0, cells
        assert result.low <= result.estimate <= result.high


def test_newcombe_paired_rejects_impossible_tables():
    with pytest.raises(ValueError, match="negative"):
        intervals.newcombe_paired(1, -1, 0, 0)
    with pytest.raises(ValueError, match="at least one pair"):
        intervals.newcombe_paired(0, 0, 0, 0)


@settings(max_examples=300, deadline=None)
@given(st.tuples(*(st.integers(0, 40) for _ in range(4))).filter(lambda t: sum(t) > 0))
def test_newcombe_paired_contains_the_estimate_and_is_antisymmetric(cells):
    a, b, c, d = cells
    result = intervals.newcombe_paired(a, b, c, d)
    assert -1.0 <= result.low <= result.estimate <= result.high <= 1.0
    assert result.high - result.low > 0
    mirrored = intervals.newcombe_paired(a, c, b, d)
    assert mirrored.low == pytest.approx(-result.high, abs=1e-12)
    assert mirrored.high == pytest.approx(-result.low, abs=1e-12)


def test_wilson_matches_statsmodels():
    proportion = pytest.importorskip("statsmodels.stats.proportion")
    rng = random.Random(3)
    for _ in range(300):
        n = rng.randint(1, 200)
        k = rng.randint(0, n)
        confidence = rng.choice([0.8, 0.9, 0.95, 0.99])
        low, high = proportion.proportion_confint(k, n, alpha=1 - confidence, method="wilson")
        result = intervals.wilson(k, n, confidence)
        assert result.low == pytest.approx(low, abs=1e-12), (k, n)
        assert result.high == pytest.approx(high, abs=1e-12), (k, n)


def test_wilson_edges():
    none = intervals.wilson(0, 5)
    assert none.low == 0.0 and 0.0 < none.high < 1.0
    every = intervals.wilson(5, 5)
    assert every.high == 1.0 and 0.0 < every.low < 1.0
    with pytest.raises(ValueError):
        intervals.wilson(3, 2)
    with pytest.raises(ValueError, match="confidence"):
        intervals.wilson(1, 2, confidence=95)


def test_bounded_mean_is_the_t_interval_inside_the_range():
    from workshop_kit.analysis import stats

    values = [0, 1, -1, 1, 1, 0, 2, 1]
    result = intervals.bounded_mean(values, -2, 2)
    assert (result.estimate, result.low, result.high) == stats.mean_ci(values)
    assert result.method == "t" and not result.clipped


def test_bounded_mean_clips_at_the_range_and_says_so():
    # 5 scores that fell 100, 100, 100, 100 and 40 points: t gives -121.3 to -54.7
    result = intervals.bounded_mean([-100, -100, -100, -100, -40], -100, 100)
    assert result.method == "t-clipped" and result.clipped
    assert result.low == -100 and result.high == pytest.approx(-54.68, abs=0.01)
    assert "clipped" in result.method_text


def test_bounded_mean_without_variation_is_not_of_zero_width():
    # 5 pairs all one step up on a 3-point scale (-2..+2): the Wilson interval of a share
    # of 0.75 (= (1 + 2) / 4) out of 5, mapped back: -0.66 to +1.79
    result = intervals.bounded_mean([1] * 5, -2, 2)
    assert result.method == "bound"
    assert result.low == pytest.approx(-0.656, abs=1e-3)
    assert result.high == pytest.approx(1.787, abs=1e-3)
    share = intervals.wilson(15, 20)  # same share 0.75; Wilson on 5 is wider than on 20
    assert result.high - result.low > 4 * (share.high - share.low)
    top = intervals.bounded_mean([100.0] * 6, -100, 100)
    assert top.high == 100 and -100 < top.low < 100
    zero = intervals.bounded_mean([0, 0, 0], -4, 4)
    assert zero.low < 0 < zero.high and zero.low == pytest.approx(-zero.high)


def test_bounded_mean_of_one_value_has_no_interval():
    result = intervals.bounded_mean([1.0], -2, 2)
    assert result.method == "none" and math.isnan(result.low) and math.isnan(result.high)


def test_bounded_mean_rejects_values_outside_the_range():
    with pytest.raises(ValueError, match="between"):
        intervals.bounded_mean([3], -2, 2)
    with pytest.raises(ValueError, match="range"):
        intervals.bounded_mean([0], 1, 1)


@settings(max_examples=300, deadline=None)
@given(
    st.integers(1, 4).flatmap(
        lambda steps: st.tuples(
            st.just(steps), st.lists(st.integers(-steps, steps), min_size=2, max_size=60)
        )
    )
)
def test_bounded_mean_never_leaves_the_range_nor_has_zero_width(case):
    steps, values = case
    result = intervals.bounded_mean(values, -steps, steps)
    assert -steps <= result.low <= result.estimate <= result.high <= steps
    assert result.high > result.low
