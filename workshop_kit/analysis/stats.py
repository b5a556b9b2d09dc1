"""Paired before-and-after statistics, written with the standard library only.

Methods, as a report's methods section can state them:

* **Yes/no items (McNemar).** Only the discordant pairs count: ``b`` changed from no to yes,
  ``c`` from yes to no. With fewer than 25 discordant pairs the test is exact: a two-sided
  binomial test of ``min(b, c)`` out of ``b + c`` at p = 0.5. From 25 on (method
  ``"chi2-cc"``), the chi-square
  statistic with Edwards' continuity correction, ``(|b - c| - 1)^2 / (b + c)``, 1 df. The
  correction is kept because the approximation is used only from 25 pairs on, where it
  brings the chi-square p-value closer to the exact one.
* **Sign test.** Zero differences are dropped; the number of positive differences out of the
  non-zero ones gets an exact two-sided binomial test at p = 0.5.
* **Wilcoxon signed-rank.** Absolute differences are ranked with midranks (average ranks)
  for ties. Zeros: ``"wilcox"`` (default, the textbook rule) drops them before ranking;
  ``"pratt"`` ranks them with the rest and then leaves their ranks out of both sums (and
  their signs out of the permutation), and the mean and variance of the normal
  approximation are adjusted for them (Cureton 1967). The reported statistic is
  min(T+, T-).

  *Exact* (method ``"exact"``) whenever at most 50 differences are non-zero, ties and zeros
  included: the p-value comes from the permutation distribution of T+ under H0, where each
  non-zero difference keeps its midrank and takes either sign with probability 1/2. Midranks
  are doubled so they are whole numbers, and the distribution is counted exactly (the
  coefficients of prod (1 + x^w)^t over the groups of equal |d|) in Python's big integers.
  The two-sided p-value is twice the smaller tail, at most 1, as in
  ``scipy.stats.permutation_test`` and the ``coin``/``exactRankTests`` R packages.

  *Above 50* (method ``"normal-cc"``): the normal approximation with the tie-corrected
  variance and a continuity correction of 1/2 towards the mean (never past it, so a T+
  within 1/2 of its mean gives p = 1), as R's ``wilcox.test(correct = TRUE)``.

  Why 50: (1) cost: counting the distribution takes about 3-7 ms at 50 non-zero
  differences, 50-70 ms at 100 and 1.6 s at 200 (it grows with the cube of n); (2) every
  single workshop (10 to 30 people) then gets the exact test, and only pooled data sets get
  the approximation; (3) 50 is R's and SciPy's switch point, so an analyst can reproduce the
  number. What the approximation costs, measured on 300 generated 3- and 5-point data sets
  per size: among p-values below 0.2 the corrected normal p differs from the exact one by
  at most about 0.02 at 50 to 100 differences (heavy ties keep the distribution lumpy, so
  the gap shrinks slowly); without the correction the small-sample p-values were too small
  by up to half (8 pairs, 7 up and 1 down: 0.034 instead of the exact 0.070).
* **Paired t-test and the t interval.** A one-sample t-test of the differences against 0;
  ``mean_ci`` is mean -/+ t(n-1) x SD / sqrt(n) with the sample SD (n - 1). When every
  difference is the same the t-test reports p = 1 (all zero) or p = 0 (a constant shift)
  and ``mean_ci`` collapses to the mean; one observation gives no interval (NaN). What the
  results show is made from it by ``analysis.intervals``, which keeps every interval
  within the scale's range and never of zero width.

Every result says which method gave it (``TestResult.method``, in words
``TestResult.method_text``): ``"exact"``, ``"normal-cc"``, ``"chi2-cc"`` or ``"t"``.

Two-sided binomial p-values use the same definition as SciPy's ``binomtest``: the sum of
the probabilities of all outcomes no more likely than the observed one (relative tolerance
1e-7). Every result equals SciPy 1.17 to 1e-9 (the tests check it on many data sets: the
exact Wilcoxon against ``scipy.stats.permutation_test`` and a brute-force enumeration of
all sign vectors, since SciPy's own exact mode refuses ties and zeros); where SciPy answers
NaN (no non-zero differences, no variation) the rules above apply. The app
does not ship SciPy: it would add tens of megabytes to the installer for a handful of
functions. Accuracy comes from ``math.fsum``, the Loader saddle-point binomial pmf in
log space (``math.lgamma`` alone loses about 1e-9 at n = 100,000) and the Lentz continued
fraction of the regularised incomplete beta function, converged to 1e-15.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from statistics import NormalDist

__all__ = [
    "METHOD_TEXT",
    "P_BANDS",
    "WILCOXON_EXACT_MAX_N",
    "TestResult",
    "binom_test_two_sided",
    "chi2_sf_1df",
    "mcnemar",
    "mean_ci",
    "normal_sf",
    "p_band",
    "paired_t",
    "sign_test",
    "t_cdf",
    "t_ppf",
    "wilcoxon_exact_p",
    "wilcoxon_signed_rank",
]

_LOG_2PI = math.log(2.0 * math.pi)
_CF_EPS = 1e-15
_CF_MAX_ITER = 100_000
_TINY = 1e-300


METHOD_TEXT = {
    "exact": "exact",
    "normal-cc": "normal approximation with continuity correction",
    "chi2-cc": "chi-square approximation with continuity correction",
    "t": "Student's t",
}
"""Each ``TestResult.method`` in words, as the XLSX export and the methods text state it."""


P_BANDS = {"below-0.01": "p < 0.01", "0.01-0.05": "0.01 ≤ p < 0.05", "0.05-up": "p ≥ 0.05"}
"""How outputs print a p-value (disclosure control, ``analysis.published``): only its band.
An exact p-value, set beside the number of pairs, can be solved for the counts behind it."""


def p_band(p: float) -> str:
    """The band of a p-value, a key of ``P_BANDS``."""
    if p < 0.01:
        return "below-0.01"
    return "0.01-0.05" if p < 0.05 else "0.05-up"


@dataclass(frozen=True)
class TestResult:
    """The outcome of one test; ``n`` counts the observations the test used and
    ``method`` (a key of ``METHOD_TEXT``) how the p-value was found."""

    __test__ = False  # not a pytest test class, despite its name

    name: str
    #: None once published (``analysis.published.test``): a statistic can be solved for counts.
    statistic: float | None
    p_value: float
    n: int
    method: str
    note: str = ""

    @property
    def band(self) -> str:
        """The p-value as outputs print it (``P_BANDS``)."""
        return P_BANDS[p_band(self.p_value)]

    @property
    def method_text(self) -> str:
        return METHOD_TEXT.get(self.method, self.method)


# --- distributions -----------------------------------------------------------------------


def normal_sf(z: float) -> float:
    """Upper tail probability of the standard normal distribution."""
    return 0.5 * math.erfc(z / math.sqrt(2.0))


def chi2_sf_1df(x: float) -> float:
    """Upper tail probability of the chi-square distribution with 1 degree of freedom."""
    if x <= 0.0:
        return 1.0
    return math.erfc(math.sqrt(x / 2.0))


_STIRLING_COEFS = (1 / 156, -691 / 360360, 1 / 1188, -1 / 1680, 1 / 1260, -1 / 360, 1 / 12)


def _stirling_corr(x: float) -> float:
    """lgamma(x) - ((x - 0.5) log x - x + log(2 pi) / 2), without cancellation for large x."""
    if x < 10.0:
        return math.lgamma(x) - (x - 0.5) * math.log(x) + x - 0.5 * _LOG_2PI
    inv2 = 1.0 / (x * x)
    total = 0.0
    for coef in _STIRLING_COEFS:  # Horner's rule, highest power first
        total = total * inv2 + coef
    return total / x


def _lbeta(a: float, b: float) -> float:
    """log B(a, b), accurate when one argument is large (the t-distribution with large df)."""
    small, big = min(a, b), max(a, b)
    if big < 10.0:
        return math.lgamma(a) + math.lgamma(b) - math.lgamma(a + b)
    # lgamma(big) - lgamma(big + small) from Stirling's series: no large terms cancel.
    diff = (
        -(big - 0.5) * math.log1p(small / big)
        - small * math.log(big + small)
        + small
        + _stirling_corr(big)
        - _stirling_corr(big + small)
    )
    return math.lgamma(small) + diff


def _beta_cf(a: float, b: float, x: float) -> float:
    """Continued fraction of the incomplete beta function (modified Lentz)."""
    qab, qap, qam = a + b, a + 1.0, a - 1.0
    c, d = 1.0, 1.0 - qab * x / qap
    d = 1.0 / (d if abs(d) > _TINY else _TINY)
    h = d
    for m in range(1, _CF_MAX_ITER + 1):
        m2 = 2 * m
        for aa in (
            m * (b - m) * x / ((qam + m2) * (a + m2)),
            -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2)),
        ):
            d = 1.0 + aa * d
            d = 1.0 / (d if abs(d) > _TINY else _TINY)
            c = 1.0 + aa / c
            c = c if abs(c) > _TINY else _TINY
            delta = d * c
            h *= delta
        if abs(delta - 1.0) < _CF_EPS:
            break
    return h


def _check_df(df: float) -> None:
    if not df > 0:
        raise ValueError(f"degrees of freedom must be positive, got {df!r}")


def _t_lower(t: float, df: float) -> float:
    """P(T <= t) for t < 0, from the regularised incomplete beta function.

    With a = df/2, x = df / (df + t^2) and y = 1 - x, the tail is I_x(a, 1/2) / 2. Near the
    centre (y < 0.4 and a*y < 5) it is taken as (1 - I_y(1/2, a)) / 2 instead: for large df
    the fraction in x then works with x close to 1 and loses about 1e-11.
    """
    t2, a = t * t, df / 2.0
    if t2 == 0.0:
        return 0.5
    x, y = 1.0 / (1.0 + t2 / df), 1.0 / (1.0 + df / t2)
    if x == 0.0:
        return 0.0
    front = math.exp(-a * math.log1p(t2 / df) - 0.5 * math.log1p(df / t2) - _lbeta(a, 0.5))
    if y < 0.4 and a * y < 5.0:
        return 0.5 - front * _beta_cf(0.5, a, y)
    return 0.5 * front * _beta_cf(a, 0.5, x) / a


def t_cdf(t: float, df: float) -> float:
    """Cumulative distribution function of Student's t with ``df`` > 0 degrees of freedom."""
    _check_df(df)
    if math.isnan(t):
        return math.nan
    if math.isinf(df):
        return normal_sf(-t)
    return _t_lower(t, df) if t < 0 else 1.0 - _t_lower(-t, df)


def _t_pdf(t: float, df: float) -> float:
    return math.exp(
        -_lbeta(df / 2.0, 0.5) - 0.5 * math.log(df) - (df + 1) / 2 * math.log1p(t * t / df)
    )


def t_ppf(p: float, df: float) -> float:
    """Quantile of Student's t: the t with ``t_cdf(t, df) == p``.

    Newton steps stop below 1e-14 (relative); the answer is as good as ``t_cdf`` (about
    1e-11 relative at worst, far better in the usual range).
    """
    _check_df(df)
    if not 0.0 <= p <= 1.0:
        raise ValueError(f"a probability must be between 0 and 1, got {p!r}")
    if p == 0.5:
        return 0.0
    if p == 0.0 or p == 1.0:
        return math.copysign(math.inf, p - 0.5)
    if math.isinf(df):
        return NormalDist().inv_cdf(p)
    if p > 0.5:
        return -t_ppf(1.0 - p, df)  # 1 - p is exact for p >= 0.5
    # Lower tail: bracket [lo, hi] with cdf(lo) <= p < cdf(hi), then safeguarded Newton.
    lo, hi = -1.0, 0.0
    while t_cdf(lo, df) > p:
        lo, hi = 2.0 * lo, lo
    t = lo
    for _ in range(500):
        err = t_cdf(t, df) - p
        if err == 0.0:
            return t
        if err < 0.0:
            lo = t
        else:
            hi = t
        pdf = _t_pdf(t, df)
        new = t - err / pdf if pdf > 0.0 else math.nan
        if not lo < new < hi:  # Newton left the bracket: bisect (geometrically when wide)
            new = -math.sqrt(lo * hi) if hi < 0.0 and lo / hi > 4.0 else (lo + hi) / 2.0
        if abs(new - t) <= 1e-14 * abs(new) + 1e-15:
            return new
        t = new
    return t


# --- binomial ----------------------------------------------------------------------------


def _bd0(x: float, m: float) -> float:
    """x log(x / m) + m - x, computed stably when x is close to m (Loader 2000)."""
    if abs(x - m) < 0.1 * (x + m):
        v = (x - m) / (x + m)
        s, ej, v2 = (x - m) * v, 2.0 * x * v, v * v
        for j in range(1, 1000):
            ej *= v2
            s_new = s + ej / (2 * j + 1)
            if s_new == s:
                break
            s = s_new
        return s
    return x * math.log(x / m) + m - x


def _binom_logpmf(k: int, n: int, p: float) -> float:
    """log P(X = k) for X ~ Binomial(n, p), 0 < p < 1, by Loader's saddle-point formula."""
    q = 1.0 - p
    if k == 0:
        return n * math.log1p(-p)
    if k == n:
        return n * math.log(p)
    lc = (
        _stirling_corr(n)
        - _stirling_corr(k)
        - _stirling_corr(n - k)
        - _bd0(k, n * p)
        - _bd0(n - k, n * q)
    )
    # _stirling_corr(m) is Loader's stirlerr(m) = lgamma(m + 1) - (m + 1/2) log m + m - log(2 pi)/2.
    return lc - 0.5 * (_LOG_2PI + math.log(k) + math.log1p(-k / n))


def _binom_tail(start: int, stop: int, n: int, p: float) -> float:
    """Sum of pmf(i) from ``start`` outward to ``stop`` (inclusive), away from the mode.

    The first term comes from the saddle-point log pmf; each next one from the ratio of
    neighbouring terms, which is exact algebra and costs one multiplication (relative
    rounding grows by about 1e-16 a step: far below 1e-9 over the terms that matter).
    """
    step = 1 if stop >= start else -1
    term = math.exp(_binom_logpmf(start, n, p))
    terms: list[float] = []
    running = 0.0
    q = 1.0 - p
    i = start
    while True:
        terms.append(term)
        running += term
        if i == stop:
            break
        # Ratio of the next term to this one; ratios shrink further out, so the rest of the
        # tail is at most term * r / (1 - r).
        r = (n - i) * p / ((i + 1) * q) if step > 0 else i * q / ((n - i + 1) * p)
        if r < 1.0 and term * r / (1.0 - r) < 1e-17 * running:
            break
        term *= r
        i += step
        if term == 0.0:
            break
    return math.fsum(terms)


def binom_test_two_sided(k: int, n: int, p: float = 0.5) -> float:
    """Exact two-sided binomial p-value, as ``scipy.stats.binomtest(k, n, p).pvalue``."""
    if not (0 <= k <= n):
        raise ValueError(f"k must be between 0 and n, got k={k}, n={n}")
    if not 0.0 <= p <= 1.0:
        raise ValueError(f"p must be between 0 and 1, got {p!r}")
    if n == 0 or k == p * n:
        return 1.0
    if p in (0.0, 1.0):
        return 0.0

    def pmf(i: int) -> float:
        return math.exp(_binom_logpmf(i, n, p))

    d = pmf(k) * (1 + 1e-7)
    if k < p * n:  # other tail: outcomes above the mode no more likely than k
        lo, hi = math.ceil(p * n), n
        ix = _search(lambda i: -pmf(i), -d, lo, hi)
        y = n - ix + int(d == pmf(ix))
        upper = _binom_tail(n - y + 1, n, n, p) if y > 0 else 0.0
        pval = _binom_tail(k, 0, n, p) + upper
    else:
        ix = _search(pmf, d, 0, math.floor(p * n))
        lower = _binom_tail(ix, 0, n, p) if ix >= 0 else 0.0
        pval = lower + _binom_tail(k, n, n, p)
    return min(1.0, pval)


def _search(a: Callable[[int], float], d: float, lo: int, hi: int) -> int:
    """Index i in [lo - 1, hi] with a(i) <= d < a(i + 1), for ascending a (SciPy's search)."""
    while lo < hi:
        mid = lo + (hi - lo) // 2
        value = a(mid)
        if value < d:
            lo = mid + 1
        elif value > d:
            hi = mid - 1
        else:
            return mid
    return lo if a(lo) <= d else lo - 1


# --- tests -------------------------------------------------------------------------------


class Tally(Sequence[float]):
    """Values given by how often each occurs: the sequence of the values in ``counts``'
    order, each repeated its count times, without listing them. The tests below take it
    as they take any sequence, and use its counts at once (a frequency table of 50,000
    pairs need not become a list of 50,000 numbers to be counted again)."""

    def __init__(self, counts: Mapping[float, int]) -> None:
        self.counts = Counter({value: n for value, n in counts.items() if n > 0})
        self._listed: list[float] | None = None

    def __len__(self) -> int:
        return self.counts.total()

    def __iter__(self) -> Iterator[float]:
        for value, n in self.counts.items():
            yield from repeat(value, n)

    def __getitem__(self, index):  # type: ignore[override, unused-ignore]
        if self._listed is None:
            self._listed = list(self)
        return self._listed[index]

    def bounds(self) -> tuple[float, float]:
        """The smallest and the largest value (``ValueError`` when there is none)."""
        return min(self.counts), max(self.counts)


def _tally(values: Sequence[float], what: str) -> Counter:
    """How often each value occurs. Survey differences take a handful of values, so every
    test below works on this tally: O(distinct values) after one C-speed count, which is
    what keeps 100,000 responses within the analysis budget."""
    counts = Counter(values.counts) if isinstance(values, Tally) else Counter(values)
    for value in counts:
        if not math.isfinite(value):
            raise ValueError(f"{what} must be finite numbers; drop missing pairs before testing")
    return counts


def mcnemar(b: int, c: int, *, exact_below: int = 25) -> TestResult:
    """McNemar's test from the discordant counts b (no -> yes) and c (yes -> no)."""
    if b < 0 or c < 0:
        raise ValueError(f"discordant counts cannot be negative, got b={b}, c={c}")
    n = b + c
    if n == 0:
        return TestResult("mcnemar", 0.0, 1.0, 0, "exact", "no discordant pairs")
    if n < exact_below:
        return TestResult(
            "mcnemar", float(min(b, c)), binom_test_two_sided(min(b, c), n), n, "exact"
        )
    stat = (abs(b - c) - 1) ** 2 / n
    return TestResult("mcnemar", stat, chi2_sf_1df(stat), n, "chi2-cc")


def sign_test(differences: Sequence[float]) -> TestResult:
    """Sign test: zeros dropped, exact binomial test of the positive count at p = 0.5."""
    counts = _tally(differences, "differences")
    pos = sum(c for v, c in counts.items() if v > 0)
    neg = sum(c for v, c in counts.items() if v < 0)
    if pos + neg == 0:
        return TestResult("sign", 0.0, 1.0, 0, "exact", "all differences are zero")
    return TestResult("sign", float(pos), binom_test_two_sided(pos, pos + neg), pos + neg, "exact")


WILCOXON_EXACT_MAX_N = 50
"""Up to this many non-zero differences the Wilcoxon p-value is exact (see the module text)."""


@lru_cache(maxsize=32)  # a few MB at most: 32 distributions of up to 2,551 counts
def _signed_rank_counts(weights: tuple[tuple[int, int], ...]) -> tuple[int, ...]:
    """How many of the 2^m sign assignments give each doubled T+ = 0, 1, ..., sum of weights.

    ``weights`` lists (doubled midrank, number of non-zero differences with it). Under H0
    each difference is + or - with probability 1/2 independently, so the counts are the
    coefficients of the generating function prod (1 + x^w)^t. The product is taken on whole
    numbers packed into one Python integer, ``width`` bits per coefficient (x = 2^width):
    every coefficient of every partial product is a count of sign assignments, below
    2^m < 2^width, so no coefficient spills into the next one and the result is exact.
    This is the dynamic programme over counts done in C by Python's big-integer arithmetic.
    """
    m = sum(t for _, t in weights)
    width = 8 * (m // 8 + 1)  # bits per coefficient, > m
    x = 1 << width
    poly = 1
    for w, t in weights:
        poly *= (1 + x**w) ** t
    top = sum(w * t for w, t in weights)
    size = width // 8
    raw = poly.to_bytes((top + 1) * size, "little")
    return tuple(int.from_bytes(raw[i * size : (i + 1) * size], "little") for i in range(top + 1))


def wilcoxon_exact_p(weights: Sequence[tuple[int, int]], t_plus2: int) -> float:
    """Exact two-sided p of a doubled T+ given the (doubled midrank, count) of each non-zero
    difference: twice the smaller tail of the permutation distribution, at most 1."""
    counts = _signed_rank_counts(tuple(sorted(weights)))
    if not 0 <= t_plus2 < len(counts):
        raise ValueError(f"doubled T+ must be between 0 and {len(counts) - 1}, got {t_plus2}")
    total = 2 ** sum(t for _, t in weights)
    lower = sum(counts[: t_plus2 + 1])
    upper = sum(counts[t_plus2:])
    return min(1.0, 2 * min(lower, upper) / total)


def wilcoxon_signed_rank(
    differences: Sequence[float],
    *,
    zero_method: str = "wilcox",
    exact_max_n: int = WILCOXON_EXACT_MAX_N,
) -> TestResult:
    """Wilcoxon signed-rank test with midranks for ties, exact up to ``exact_max_n``
    non-zero differences, else the normal approximation with continuity correction.

    ``zero_method="wilcox"`` drops zero differences before ranking (n counts the rest).
    ``zero_method="pratt"`` ranks the zeros with the others, then leaves them out of T+ and
    T- (their signs are not permuted); the normal approximation's mean and variance
    subtract the zeros' share (Cureton 1967) and n counts every pair.
    """
    if zero_method not in ("wilcox", "pratt"):
        raise ValueError(f"zero_method must be 'wilcox' or 'pratt', got {zero_method!r}")
    counts = _tally(differences, "differences")
    zeros = sum(c for v, c in counts.items() if v == 0)
    if zeros == counts.total():
        return TestResult("wilcoxon", 0.0, 1.0, 0, "exact", "all differences are zero")
    if zero_method == "wilcox":
        counts = Counter({v: c for v, c in counts.items() if v != 0})
    n = counts.total()
    # Midranks of |d|, doubled so they are whole numbers: a group of t equal values after
    # `start` smaller ones has midrank start + (t + 1) / 2, doubled 2 start + t + 1. Zeros,
    # if kept, are the smallest and form the first group.
    groups: Counter = Counter()
    for value, count in counts.items():
        groups[abs(value)] += count
    rank2: dict[float, int] = {}
    start = 0
    for value in sorted(groups):
        rank2[value] = 2 * start + groups[value] + 1
        start += groups[value]
    plus2 = sum(rank2[v] * c for v, c in counts.items() if v > 0)
    minus2 = sum(rank2[-v] * c for v, c in counts.items() if v < 0)
    statistic = min(plus2, minus2) / 2
    signed = n - (zeros if zero_method == "pratt" else 0)
    kept = "dropped" if zero_method == "wilcox" else "ranked, then left out of T+ and T-"
    note = f"{zeros} zero difference(s) {kept}" if zeros else ""
    if signed <= exact_max_n:
        weights = [(rank2[value], t) for value, t in groups.items() if value != 0]
        p = wilcoxon_exact_p(weights, plus2)
        return TestResult("wilcoxon", statistic, p, n, "exact", note)
    nz = zeros if zero_method == "pratt" else 0
    mean = (n * (n + 1) - nz * (nz + 1)) / 4
    tie_term = sum(t**3 - t for value, t in groups.items() if value != 0)
    var = (n * (n + 1) * (2 * n + 1) - nz * (nz + 1) * (2 * nz + 1) - tie_term / 2) / 24
    # Continuity correction: half a unit towards the mean, never past it.
    z = max(abs(plus2 / 2 - mean) - 0.5, 0.0) / math.sqrt(var)
    return TestResult("wilcoxon", statistic, min(1.0, 2.0 * normal_sf(z)), n, "normal-cc", note)


def _mean_sd(values: Sequence[float]) -> tuple[float, float, int]:
    counts = _tally(values, "values")
    n = counts.total()
    if n == 0:
        raise ValueError("no values: a mean needs at least one observation")
    if len(counts) == 1:  # exact, whereas fsum(v) / n can be off by one unit in the last place
        (value,) = counts
        return float(value), (0.0 if n > 1 else math.nan), n
    if all(isinstance(v, int) for v in counts):  # exact sums for whole-number data
        mean = sum(v * c for v, c in counts.items()) / n
    else:  # each product rounds once (relative 1e-16); fsum adds them exactly
        mean = math.fsum(v * c for v, c in counts.items()) / n
    squares = math.fsum((v - mean) ** 2 * c for v, c in counts.items())
    return mean, math.sqrt(squares / (n - 1)), n


def mean_ci(values: Sequence[float], confidence: float = 0.95) -> tuple[float, float, float]:
    """(mean, low, high): the Student t interval with n - 1 df around the sample mean."""
    if not 0.0 < confidence < 1.0:
        raise ValueError(f"confidence must be between 0 and 1 (e.g. 0.95), got {confidence!r}")
    mean, sd, n = _mean_sd(values)
    if n == 1:
        return mean, math.nan, math.nan
    half = t_ppf((1.0 + confidence) / 2.0, n - 1) * sd / math.sqrt(n)
    return mean, mean - half, mean + half


def paired_t(differences: Sequence[float]) -> TestResult:
    """One-sample t-test of the differences against 0 (``scipy.stats.ttest_1samp(d, 0)``)."""
    mean, sd, n = _mean_sd(differences)
    if n == 1:
        return TestResult("t", math.nan, math.nan, 1, "t", "needs at least two pairs")
    if sd == 0.0:
        if mean == 0.0:
            return TestResult("t", 0.0, 1.0, n, "t", "all differences are zero")
        note = "all differences are equal (no variation)"
        return TestResult("t", math.copysign(math.inf, mean), 0.0, n, "t", note)
    t = mean / (sd / math.sqrt(n))
    return TestResult("t", t, min(1.0, 2.0 * t_cdf(-abs(t), n - 1)), n, "t")
