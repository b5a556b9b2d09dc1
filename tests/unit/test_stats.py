"""Paired statistics (analysis/stats.py): every function against SciPy, plus edge cases.

SciPy is a test-only dependency: each comparison imports it through ``pytest.importorskip``,
so the edge-case and property tests still run where it is missing. Data sets come from
seeded generators (hundreds per function) and from hypothesis.
"""

from __future__ import annotations

import itertools
import math
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workshop_kit.analysis import stats

ABS = 1e-9  # p-values, probabilities and quantiles
REL = 1e-9  # statistics that can be large


def _scipy():
    return pytest.importorskip("scipy.stats")


def close_abs(ours: float, theirs: float) -> bool:
    return abs(ours - float(theirs)) <= ABS


def close_rel(ours: float, theirs: float) -> bool:
    return math.isclose(ours, float(theirs), rel_tol=REL, abs_tol=ABS)


def _differences(rng: random.Random) -> list[float]:
    """One generated data set of paired differences, of a randomly chosen kind and size."""
    n = rng.choice([1, 2, 3, 4, 5, 7, 10, 15, 20, 30, 49, 50, 51, 80, 200])
    kind = rng.choice(["normal", "shifted", "likert", "ties", "zeros", "tiny"])
    if kind == "normal":
        return [rng.gauss(0.0, 1.0) for _ in range(n)]
    if kind == "shifted":
        return [rng.gauss(0.7, 2.0) for _ in range(n)]
    if kind == "likert":  # before/after on a -4..4 agreement scale
        return [float(rng.randint(-4, 4)) for _ in range(n)]
    if kind == "ties":
        return [rng.choice([-2.5, -1.0, 1.0, 1.0, 3.0]) for _ in range(n)]
    if kind == "zeros":
        return [rng.choice([0.0, 0.0, rng.gauss(0.3, 1.0)]) for _ in range(n)]
    return [rng.uniform(-1e-6, 1e-6) for _ in range(n)]


def _data_sets(seed: int, count: int) -> list[list[float]]:
    rng = random.Random(seed)
    sets = [_differences(rng) for _ in range(count)]
    return [*sets, [0.0], [0.0, 0.0, 0.0], [1.0], [-2.0, 3.0], [1.0, 1.0, 1.0, -1.0]]


# --- distributions -----------------------------------------------------------------------


def test_normal_sf_matches_scipy():
    sp = _scipy()
    for z in [*(i / 7 for i in range(-70, 71)), -40.0, 40.0, 1e-12]:
        assert close_abs(stats.normal_sf(z), sp.norm.sf(z)), z
    assert stats.normal_sf(1.959963984540054) == pytest.approx(0.025, abs=1e-15)


def test_chi2_sf_1df_matches_scipy():
    sp = _scipy()
    for x in [0.0, 1e-12, *(i / 5 for i in range(1, 200)), 50.0, 500.0]:
        assert close_abs(stats.chi2_sf_1df(x), sp.chi2.sf(x, 1)), x
    assert stats.chi2_sf_1df(-1.0) == 1.0


def _t_cases(seed: int, count: int) -> list[tuple[float, float]]:
    rng = random.Random(seed)
    dfs = [0.5, 1, 2, 3, 4, 7.5, 10, 29, 100, 1e3, 1e4, 1e5, 1e6]
    cases = []
    for _ in range(count):
        df = rng.choice([*dfs, rng.uniform(0.3, 60)])
        t = rng.choice(
            [rng.gauss(0, 1), rng.gauss(0, 4), rng.uniform(-300, 300), rng.gauss(0, 1e-4)]
        )
        cases.append((t, df))
    return cases


def test_t_cdf_matches_scipy_for_small_and_large_df():
    sp = _scipy()
    for t, df in _t_cases(seed=11, count=600):
        assert close_abs(stats.t_cdf(t, df), sp.t.cdf(t, df)), (t, df)


def test_t_cdf_is_symmetric_and_monotone():
    for df in (1, 3, 30, 1e6):
        assert stats.t_cdf(0.0, df) == 0.5
        values = [stats.t_cdf(i / 4, df) for i in range(-40, 41)]
        assert values == sorted(values)
        assert all(0.0 <= v <= 1.0 for v in values)
        for t in (0.3, 2.0, 12.0):
            assert stats.t_cdf(t, df) + stats.t_cdf(-t, df) == pytest.approx(1.0, abs=1e-15)
    assert stats.t_cdf(math.inf, 5) == 1.0
    assert stats.t_cdf(-math.inf, 5) == 0.0


def test_t_cdf_with_one_df_is_the_cauchy_distribution():
    for t in (-1e6, -50.0, -1.0, -1e-7, 0.25, 3.0):
        assert stats.t_cdf(t, 1) == pytest.approx(0.5 + math.atan(t) / math.pi, abs=1e-15)


def test_t_ppf_matches_scipy():
    sp = _scipy()
    rng = random.Random(12)
    tails = [0.5, 0.6, 0.9, 0.95, 0.975, 0.995, 0.9995, 0.05, 0.025, 0.005, 1e-4]
    for _ in range(500):
        df = rng.choice([1, 2, 3, 5, 9, 19, 29.5, 100, 1e3, 1e5, 1e6, rng.uniform(1, 80)])
        p = rng.choice([*tails, rng.random(), rng.uniform(0.9, 1.0)])
        assert close_abs(stats.t_ppf(p, df), sp.t.ppf(p, df)), (p, df)


def test_t_ppf_inverts_t_cdf():
    for df in (0.5, 1, 2, 7, 40, 1e6):
        for p in (1e-10, 1e-4, 0.01, 0.3, 0.5, 0.77, 0.975, 0.9999):
            q = stats.t_ppf(p, df)
            assert stats.t_cdf(q, df) == pytest.approx(p, rel=1e-10)
            assert stats.t_cdf(stats.t_ppf(1 - p, df), df) == pytest.approx(1 - p, rel=1e-12)
        for p in (0.25, 0.125, 2**-20):  # 1 - p is exact, so the quantiles are mirror images
            assert stats.t_ppf(1 - p, df) == -stats.t_ppf(p, df)


def test_t_ppf_edges_and_invalid_arguments():
    assert stats.t_ppf(0.0, 3) == -math.inf
    assert stats.t_ppf(1.0, 3) == math.inf
    assert stats.t_ppf(0.5, 3) == 0.0
    assert stats.t_ppf(0.975, math.inf) == pytest.approx(1.959963984540054, abs=1e-12)
    with pytest.raises(ValueError, match="probability"):
        stats.t_ppf(1.5, 3)
    with pytest.raises(ValueError, match="degrees of freedom"):
        stats.t_ppf(0.5, 0)
    with pytest.raises(ValueError, match="degrees of freedom"):
        stats.t_cdf(1.0, -2)


# --- binomial ----------------------------------------------------------------------------


def _binom_cases(seed: int, count: int) -> list[tuple[int, int, float]]:
    rng = random.Random(seed)
    cases = [(k, n, 0.5) for n in range(1, 8) for k in range(n + 1)]
    for _ in range(count):
        n = rng.choice([1, 2, 3, 5, 10, 24, 25, 60, 200, 1000, rng.randint(1, 5000)])
        p = rng.choice([0.5, 0.5, 0.1, 0.9, 0.01, 1 / 3, rng.random()])
        spread = 2.5 * math.sqrt(n * p * (1 - p)) + 1
        k = min(n, max(0, round(rng.gauss(n * p, spread))))
        cases.append((k, n, p))
    return cases


def test_binom_test_matches_scipy():
    sp = _scipy()
    for k, n, p in _binom_cases(seed=21, count=400):
        assert close_abs(stats.binom_test_two_sided(k, n, p), sp.binomtest(k, n, p).pvalue), (
            k,
            n,
            p,
        )


def test_binom_test_matches_scipy_for_large_n():
    sp = _scipy()
    rng = random.Random(22)
    for n in (99_999, 100_000, 54_321):
        for p in (0.5, 0.3):
            for k in (round(n * p + rng.gauss(0, 1) * 200), round(n * p) + 1, round(n * p) - 600):
                expected = sp.binomtest(k, n, p).pvalue
                assert close_abs(stats.binom_test_two_sided(k, n, p), expected), (k, n, p)


def test_binom_test_edges():
    assert stats.binom_test_two_sided(0, 0) == 1.0
    assert stats.binom_test_two_sided(5, 10) == 1.0
    assert stats.binom_test_two_sided(0, 10, 0.0) == 1.0
    assert stats.binom_test_two_sided(1, 10, 0.0) == 0.0
    assert stats.binom_test_two_sided(0, 1) == 1.0  # both outcomes equally likely
    assert stats.binom_test_two_sided(0, 10) == pytest.approx(2 / 1024, abs=1e-15)
    for n in range(1, 30):
        for k in range(n + 1):
            p = stats.binom_test_two_sided(k, n)
            assert 0.0 < p <= 1.0
            assert p == pytest.approx(stats.binom_test_two_sided(n - k, n), abs=1e-15)
    with pytest.raises(ValueError, match="between 0 and n"):
        stats.binom_test_two_sided(4, 3)
    with pytest.raises(ValueError, match="p must be"):
        stats.binom_test_two_sided(1, 3, 1.5)


# --- McNemar and the sign test -----------------------------------------------------------


def test_mcnemar_matches_scipy_on_a_grid_of_discordant_counts():
    sp = _scipy()
    for b, c in itertools.product(range(41), repeat=2):
        result = stats.mcnemar(b, c)
        assert result.n == b + c
        if b + c == 0:
            continue
        if b + c < 25:
            assert result.method == "exact"
            assert result.statistic == min(b, c)
            assert close_abs(result.p_value, sp.binomtest(b, b + c, 0.5).pvalue), (b, c)
        else:
            assert result.method == "chi2-cc"
            expected_stat = (abs(b - c) - 1) ** 2 / (b + c)
            assert close_rel(result.statistic, expected_stat)
            assert close_abs(result.p_value, sp.chi2.sf(expected_stat, 1)), (b, c)


def test_mcnemar_threshold_and_large_counts():
    sp = _scipy()
    assert stats.mcnemar(13, 12).method == "chi2-cc"  # 25 discordant pairs
    assert stats.mcnemar(12, 12).method == "exact"
    assert stats.mcnemar(12, 12, exact_below=100).method == "exact"
    assert stats.mcnemar(3, 1, exact_below=0).method == "chi2-cc"
    assert (
        stats.mcnemar(13, 12).method_text == "chi-square approximation with continuity correction"
    )
    result = stats.mcnemar(4_000, 4_300)
    assert close_abs(result.p_value, sp.chi2.sf(299**2 / 8_300, 1))


def test_mcnemar_without_discordant_pairs():
    result = stats.mcnemar(0, 0)
    assert (result.statistic, result.p_value, result.n) == (0.0, 1.0, 0)
    assert result.note == "no discordant pairs"
    with pytest.raises(ValueError, match="negative"):
        stats.mcnemar(-1, 3)


def test_sign_test_matches_scipy():
    sp = _scipy()
    for d in _data_sets(seed=31, count=300):
        result = stats.sign_test(d)
        pos, neg = sum(v > 0 for v in d), sum(v < 0 for v in d)
        assert (result.n, result.statistic, result.method) == (pos + neg, pos, "exact")
        if pos + neg:
            assert close_abs(result.p_value, sp.binomtest(pos, pos + neg, 0.5).pvalue), d


def test_sign_test_drops_zeros_and_reports_all_zero():
    assert stats.sign_test([0, 0, 1, 2, -1]).n == 3
    result = stats.sign_test([0.0, 0.0])
    assert (result.p_value, result.n, result.note) == (1.0, 0, "all differences are zero")
    assert stats.sign_test([]).p_value == 1.0
    with pytest.raises(ValueError, match="finite"):
        stats.sign_test([1.0, math.nan])


# --- Wilcoxon ----------------------------------------------------------------------------
#
# Exact p-values (ties and zeros included) are checked against two references written here,
# independently of the code under test: a brute-force walk over all 2^m sign vectors
# (small m) and a plain dictionary convolution over doubled midranks (any m up to 50); and,
# where SciPy is installed, against scipy.stats.permutation_test with exact enumeration.
# SciPy's own wilcoxon(method="exact") refuses ties and zeros, so it is only used for data
# sets with neither. The approximation is checked against SciPy's asymptotic mode with
# correction=True.


def _midranks(values: list[float]) -> list[float]:
    """Average rank of each value (1-based), by counting: O(n^2), obviously right."""
    return [
        sum(1 for w in values if w < v) + (sum(1 for w in values if w == v) + 1) / 2 for v in values
    ]


def _ranked(d, zero_method):
    """(midrank, sign) of each difference the test ranks; zeros have sign 0."""
    kept = [v for v in d if v != 0] if zero_method == "wilcox" else list(d)
    ranks = _midranks([abs(v) for v in kept])
    return [(r, (v > 0) - (v < 0)) for r, v in zip(ranks, kept, strict=True)]


def _two_sided(low: int, high: int, total: int) -> float:
    return min(1.0, 2 * min(low, high) / total)


def _brute_force_p(d, zero_method) -> float:
    ranked = [(r, s) for r, s in _ranked(d, zero_method) if s != 0]
    observed = sum(r for r, s in ranked if s > 0)
    sums = [
        sum(r for (r, _), up in zip(ranked, signs, strict=True) if up)
        for signs in itertools.product((False, True), repeat=len(ranked))
    ]
    low = sum(1 for s in sums if s <= observed + 1e-9)
    high = sum(1 for s in sums if s >= observed - 1e-9)
    return _two_sided(low, high, len(sums))


def _convolution_p(d, zero_method) -> float:
    """The exact distribution of 2 T+ by adding one difference at a time (dict of counts)."""
    ranked = [(round(2 * r), s) for r, s in _ranked(d, zero_method) if s != 0]
    dist = {0: 1}
    for r2, _ in ranked:
        new = dict(dist)
        for total, count in dist.items():
            new[total + r2] = new.get(total + r2, 0) + count
        dist = new
    observed = sum(r2 for r2, s in ranked if s > 0)
    low = sum(c for t, c in dist.items() if t <= observed)
    high = sum(c for t, c in dist.items() if t >= observed)
    return _two_sided(low, high, 2 ** len(ranked))


def _permutation_p(sp, d, zero_method) -> float:
    np = pytest.importorskip("numpy")
    kept = [v for v in d if v != 0] if zero_method == "wilcox" else list(d)
    if len(kept) < 2:  # SciPy needs two observations; one gives p = 1 (two equal tails)
        return 1.0

    def t_plus(x, axis):
        ranks = sp.rankdata(np.abs(x), axis=axis)
        return np.sum(ranks * (x > 0), axis=axis)

    result = sp.permutation_test(
        (np.asarray(kept, dtype=float),),
        t_plus,
        permutation_type="samples",
        vectorized=True,
        n_resamples=np.inf,
        alternative="two-sided",
    )
    return float(result.pvalue)


def _scipy_normal_cc(sp, d, zero_method):
    return sp.wilcoxon(
        d, zero_method=zero_method, correction=True, method="asymptotic", alternative="two-sided"
    )


def _within_half_of_mean(d, zero_method) -> bool:
    ranked = _ranked(d, zero_method)
    n, nz = len(ranked), sum(1 for _, s in ranked if s == 0)
    mean = (n * (n + 1) - (nz * (nz + 1) if zero_method == "pratt" else 0)) / 4
    return abs(sum(r for r, s in ranked if s > 0) - mean) < 0.5


def _signed_count(d) -> int:
    return sum(1 for v in d if v != 0)


@pytest.mark.parametrize("zero_method", ["wilcox", "pratt"])
def test_wilcoxon_matches_exact_references_and_scipy(zero_method):
    sp = _scipy()
    methods = set()
    for d in _data_sets(seed=41, count=400):
        result = stats.wilcoxon_signed_rank(d, zero_method=zero_method)
        if all(v == 0 for v in d):
            continue
        methods.add(result.method)
        expected_stat = _scipy_normal_cc(sp, d, zero_method).statistic
        assert close_rel(result.statistic, expected_stat), d
        if _signed_count(d) <= stats.WILCOXON_EXACT_MAX_N:
            assert result.method == "exact"
            assert close_abs(result.p_value, _convolution_p(d, zero_method)), d
            if _signed_count(d) <= 12:
                assert close_abs(result.p_value, _brute_force_p(d, zero_method)), d
            if len(d) <= 12:  # SciPy enumerates the signs of zeros too: 2^len(d) resamples
                assert close_abs(result.p_value, _permutation_p(sp, d, zero_method)), d
            if len(set(map(abs, d))) == len(d) and 0 not in d:  # no ties, no zeros
                expected = sp.wilcoxon(d, zero_method=zero_method, method="exact")
                assert close_abs(result.p_value, expected.pvalue), d
        else:
            assert result.method == "normal-cc"
            assert result.method_text == "normal approximation with continuity correction"
            if _within_half_of_mean(d, zero_method):
                assert result.p_value == 1.0
            else:
                expected = _scipy_normal_cc(sp, d, zero_method)
                assert close_abs(result.p_value, expected.pvalue), d
    assert methods == {"exact", "normal-cc"}  # both paths were exercised


@pytest.mark.parametrize(
    ("d", "exact", "before"),
    [
        ([1] * 7 + [-1], 18 / 256, 0.034),  # 8 pairs, 7 up and 1 down
        ([1] * 5, 2 / 32, 0.025),  # 5 pairs all up: the smallest possible exact p
        ([1] * 4, 2 / 16, 0.046),  # 4 pairs all up
    ],
)
def test_small_groups_with_ties_get_the_exact_permutation_p(d, exact, before):
    result = stats.wilcoxon_signed_rank(d)
    assert result.method == "exact" and result.method_text == "exact"
    assert result.p_value == pytest.approx(exact, abs=1e-15)
    assert result.p_value > before  # the uncorrected normal approximation was too small
    assert result.p_value == pytest.approx(_brute_force_p(d, "wilcox"), abs=1e-15)


def test_no_exact_p_is_below_the_smallest_possible_value():
    # With m non-zero differences the smallest two-sided exact p is 2 / 2^m.
    for m in range(1, 16):
        for d in ([1] * m, [2] * m, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15][:m]):
            assert stats.wilcoxon_signed_rank(d).p_value >= min(1.0, 2 / 2**m) - 1e-15


@pytest.mark.parametrize("zero_method", ["wilcox", "pratt"])
def test_wilcoxon_method_choice(zero_method):
    rng = random.Random(42)
    distinct = [rng.gauss(0, 1) for _ in range(60)]
    assert stats.wilcoxon_signed_rank(distinct[:50], zero_method=zero_method).method == "exact"
    over = stats.wilcoxon_signed_rank(distinct[:51], zero_method=zero_method)
    assert over.method == "normal-cc"
    assert stats.wilcoxon_signed_rank(distinct, exact_max_n=60).method == "exact"
    tied = [*distinct[:10], distinct[0]]
    assert stats.wilcoxon_signed_rank(tied, zero_method=zero_method).method == "exact"
    opposite_signs = [*distinct[:10], -distinct[0]]  # |d| tie
    assert stats.wilcoxon_signed_rank(opposite_signs, zero_method=zero_method).method == "exact"
    with_zero = [*distinct[:10], 0.0]
    result = stats.wilcoxon_signed_rank(with_zero, zero_method=zero_method)
    assert result.method == "exact"
    assert result.n == (10 if zero_method == "wilcox" else 11)
    assert "1 zero difference" in result.note
    # The threshold counts the differences whose signs are permuted: zeros never are.
    many_zeros = [*distinct[:50], *[0.0] * 30]
    assert stats.wilcoxon_signed_rank(many_zeros, zero_method=zero_method).method == "exact"


def test_wilcoxon_exact_p_equals_enumeration_of_sign_flips():
    rng = random.Random(43)
    for n in range(1, 13):
        for kind in ("distinct", "likert", "zeros"):
            if kind == "distinct":
                d = [rng.choice([-1, 1]) * rng.uniform(0.1, 5) for _ in range(n)]
            elif kind == "likert":
                d = [rng.choice([-2, -1, 1, 1, 2]) for _ in range(n)]
            else:
                d = [rng.choice([-1, 0, 0, 1, 2]) for _ in range(n)]
            for zero_method in ("wilcox", "pratt"):
                result = stats.wilcoxon_signed_rank(d, zero_method=zero_method)
                if not any(d):
                    continue
                assert result.method == "exact"
                expected = _brute_force_p(d, zero_method)
                assert result.p_value == pytest.approx(expected, abs=1e-12), (d, zero_method)


def test_wilcoxon_exact_p_takes_midranks_and_pratt_zeros_into_account():
    # d = [0, 1, 1, -2]: pratt ranks |d| as 1 (the zero), 2.5, 2.5, 4 and permutes the three
    # non-zero signs: T+ = 5 of the sums {0, 2.5, 2.5, 4, 5, 6.5, 6.5, 9}; P(<= 5) = 5/8,
    # P(>= 5) = 4/8, so p = 1. With wilcox the ranks are 1.5, 1.5, 3 and T+ = 3 of
    # {0, 1.5, 1.5, 3, 3, 4.5, 4.5, 6}: P(<= 3) = 5/8, P(>= 3) = 5/8, p = 1 too; a clearer
    # case: [1, 1, 1, 2] (all up) gives 2/16 under both rules.
    assert stats.wilcoxon_signed_rank([0, 1, 1, -2], zero_method="pratt").p_value == 1.0
    assert stats.wilcoxon_signed_rank([1, 1, 1, 2]).p_value == pytest.approx(2 / 16)
    pratt = stats.wilcoxon_signed_rank([0, 0, 1, 1, 1, 2], zero_method="pratt")
    assert pratt.p_value == pytest.approx(2 / 16) and pratt.n == 6
    assert stats.wilcoxon_exact_p([(3, 2), (8, 1)], 14) == pytest.approx(2 / 8)
    with pytest.raises(ValueError, match="doubled T"):
        stats.wilcoxon_exact_p([(3, 2), (8, 1)], 15)


def test_wilcoxon_normal_approximation_has_a_continuity_correction():
    sp = _scipy()
    rng = random.Random(44)
    for _ in range(50):
        d = [rng.choice([-2, -1, 0, 1, 1, 2]) for _ in range(rng.randint(60, 300))]
        result = stats.wilcoxon_signed_rank(d)
        assert result.method == "normal-cc"
        if not _within_half_of_mean(d, "wilcox"):
            assert close_abs(result.p_value, _scipy_normal_cc(sp, d, "wilcox").pvalue), d
        uncorrected = sp.wilcoxon(d, correction=False, method="asymptotic").pvalue
        assert result.p_value >= uncorrected - 1e-12


def test_wilcoxon_all_zero_or_empty():
    for d in ([], [0.0], [0, 0, 0, 0]):
        for zero_method in ("wilcox", "pratt"):
            result = stats.wilcoxon_signed_rank(d, zero_method=zero_method)
            assert (result.statistic, result.p_value, result.n) == (0.0, 1.0, 0)
            assert result.note == "all differences are zero"


def test_wilcoxon_rejects_unknown_zero_method_and_missing_values():
    with pytest.raises(ValueError, match="zero_method"):
        stats.wilcoxon_signed_rank([1.0, 2.0], zero_method="zsplit")
    with pytest.raises(ValueError, match="finite"):
        stats.wilcoxon_signed_rank([1.0, math.inf])


likert = st.lists(st.integers(-4, 4), max_size=40)


@settings(max_examples=150, deadline=None)
@given(likert, st.sampled_from(["wilcox", "pratt"]))
def test_wilcoxon_on_likert_data_is_exact_and_sign_symmetric(d, zero_method):
    result = stats.wilcoxon_signed_rank(d, zero_method=zero_method)
    assert 0.0 <= result.p_value <= 1.0
    flipped = stats.wilcoxon_signed_rank([-v for v in d], zero_method=zero_method)
    assert flipped.statistic == result.statistic
    assert flipped.p_value == pytest.approx(result.p_value, abs=1e-12)
    if any(d):
        assert result.method == "exact"
        assert close_abs(result.p_value, _convolution_p(d, zero_method))
        if _signed_count(d) <= 10:
            assert close_abs(result.p_value, _brute_force_p(d, zero_method))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(-4, 4), min_size=1, max_size=11), st.sampled_from(["wilcox", "pratt"]))
def test_wilcoxon_exact_p_matches_scipy_permutation_test(d, zero_method):
    sp = _scipy()
    if not any(d):
        return
    result = stats.wilcoxon_signed_rank(d, zero_method=zero_method)
    assert close_abs(result.p_value, _permutation_p(sp, [float(v) for v in d], zero_method))


@settings(max_examples=150, deadline=None)
@given(likert)
def test_sign_test_on_likert_data_is_symmetric_and_a_probability(d):
    result = stats.sign_test(d)
    flipped = stats.sign_test([-v for v in d])
    assert 0.0 <= result.p_value <= 1.0
    assert flipped.statistic == result.n - result.statistic
    assert flipped.p_value == pytest.approx(result.p_value, abs=1e-15)


# --- t-test and confidence interval ------------------------------------------------------


def _varied(d: list[float]) -> bool:
    return len(d) >= 2 and min(d) != max(d)


def test_paired_t_matches_scipy():
    sp = _scipy()
    for d in _data_sets(seed=51, count=400):
        if not _varied(d):
            continue
        result = stats.paired_t(d)
        expected = sp.ttest_1samp(d, 0.0)
        assert (result.n, result.method) == (len(d), "t")
        assert close_rel(result.statistic, expected.statistic), d
        assert close_abs(result.p_value, expected.pvalue), d


@settings(max_examples=150, deadline=None)
@given(likert.filter(_varied))
def test_paired_t_on_likert_data_matches_scipy(d):
    sp = _scipy()
    result = stats.paired_t(d)
    expected = sp.ttest_1samp([float(v) for v in d], 0.0)
    assert close_rel(result.statistic, expected.statistic)
    assert close_abs(result.p_value, expected.pvalue)


def test_paired_t_without_variation():
    zero = stats.paired_t([0.0, 0.0, 0.0])
    assert (zero.statistic, zero.p_value, zero.note) == (0.0, 1.0, "all differences are zero")
    constant = stats.paired_t([0.1, 0.1, 0.1])
    assert (constant.statistic, constant.p_value) == (math.inf, 0.0)
    assert "no variation" in constant.note
    assert stats.paired_t([-2.0, -2.0]).statistic == -math.inf
    single = stats.paired_t([1.5])
    assert single.n == 1 and math.isnan(single.p_value)
    with pytest.raises(ValueError, match="at least one"):
        stats.paired_t([])


def test_mean_ci_matches_scipy():
    sp = _scipy()
    np = pytest.importorskip("numpy")
    rng = random.Random(61)
    for d in _data_sets(seed=62, count=300):
        if not _varied(d):
            continue
        confidence = rng.choice([0.8, 0.9, 0.95, 0.99, 0.999])
        mean, low, high = stats.mean_ci(d, confidence)
        loc, scale = float(np.mean(d)), float(sp.sem(d))
        expected_low, expected_high = sp.t.interval(confidence, len(d) - 1, loc=loc, scale=scale)
        assert close_rel(mean, loc), d
        assert close_rel(low, expected_low), d
        assert close_rel(high, expected_high), d
        assert low < mean < high


def test_mean_ci_edges():
    assert stats.mean_ci([3.0, 3.0, 3.0]) == (3.0, 3.0, 3.0)
    mean, low, high = stats.mean_ci([2.5])
    assert mean == 2.5 and math.isnan(low) and math.isnan(high)
    with pytest.raises(ValueError, match="at least one"):
        stats.mean_ci([])
    with pytest.raises(ValueError, match="confidence"):
        stats.mean_ci([1.0, 2.0], confidence=95)
    narrow = stats.mean_ci([1.0, 2.0, 4.0], 0.8)
    wide = stats.mean_ci([1.0, 2.0, 4.0], 0.99)
    assert wide[1] < narrow[1] < narrow[2] < wide[2]


def test_results_are_frozen_probabilities():
    result = stats.mcnemar(7, 2)
    with pytest.raises(AttributeError):
        result.p_value = 0.5  # type: ignore[misc]
    for d in _data_sets(seed=71, count=100):
        for r in (stats.sign_test(d), stats.wilcoxon_signed_rank(d), stats.paired_t(d)):
            assert math.isnan(r.p_value) or 0.0 <= r.p_value <= 1.0


@settings(max_examples=80, deadline=None)
@given(
    table=st.dictionaries(
        st.sampled_from([-4, -3, -2, -1, 0, 1, 2, 3, 4, -12.5, 25.0, 37.5]),
        st.integers(min_value=0, max_value=400),
        min_size=1,
    )
)
def test_a_tally_gives_the_tests_exactly_what_the_listed_values_give(table):
    from workshop_kit.analysis import intervals
    from workshop_kit.analysis.stats import Tally

    ordered = {value: table[value] for value in sorted(table)}
    listed = [value for value, n in ordered.items() for _ in range(n)]
    tally = Tally(ordered)
    assert len(tally) == len(listed) and list(tally) == listed
    if listed:
        assert tally[0] == listed[0] and tally[-1] == listed[-1]
    assert stats.wilcoxon_signed_rank(tally) == stats.wilcoxon_signed_rank(listed)
    assert stats.sign_test(tally) == stats.sign_test(listed)
    if listed:
        given, expected = (intervals.bounded_mean(values, -100, 100) for values in (tally, listed))
        assert _same(given, expected)


def _same(a, b) -> bool:
    """Equal field by field, a NaN equal to a NaN (no interval for one value)."""
    import dataclasses

    return all(
        x == y
        or (isinstance(x, float) and isinstance(y, float) and math.isnan(x) and math.isnan(y))
        for x, y in zip(dataclasses.astuple(a), dataclasses.astuple(b), strict=True)
    )
