"""Cronbach's alpha per construct and phase: how consistently a score's questions were answered.

Decisions (the report's methods paragraph and ``docs/disclosure.md`` say the same):

- **Which values.** Alpha is computed on the item scores the construct score averages
  (``scales.item_score``, 0..1): reverse-worded items flipped, "don't know" scored as "no"
  (0 before reverse coding), exactly as in the construct score, so alpha is the
  reliability of the score that is published beside it. Items on different scales (3- and
  5-point, yes/no) are all on 0..1, as in the score.
- **Complete cases.** Only responses that gave a score to *every* item of the construct
  count ("prefer not to answer" or an item the response was not asked leaves the response
  out of alpha, though it may still have a construct score from half of the items).
  ``n`` is the number of these complete cases.
- **Formula.** alpha = m / (m - 1) * (1 - sum of item variances / variance of the sum),
  m items, sample variances; computed exactly in fractions (``cronbach_alpha``), then
  rounded to 2 decimals. With yes/no items only it equals KR-20.
- **Not defined**: fewer than ``MIN_ITEMS`` items (``ONE_ITEM``), or a sum that does not vary
  (``NO_SPREAD``: every complete case has the same total).
- **Disclosure.** Alpha is a statistic of individual answers, computed from the true
  answers: perturbing whole answer patterns (the cell-key way) would count some people
  twice and drop none, and make alpha a different number from the one a reference
  implementation gives. So it is published only from ``MIN_N`` complete cases *and* from
  ``k`` (``published_from``), rounded to 2 decimals; its ``n`` is the perturbed count of
  the complete cases (``cellkey``; beside a shown alpha never below ``MIN_N``, so a reader
  never sees "n = 9" beside a rule that says 10). Below that nothing of it is
  printed but "fewer than k" (``FEWER``) or "too few responses" (``TOO_FEW``).
  Why this cannot pin a count: ``docs/disclosure.md``.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from fractions import Fraction
from itertools import compress
from typing import Protocol

from workshop_kit.analysis import scales
from workshop_kit.analysis.results import AlphaResult
from workshop_kit.content.model import Item

__all__ = [
    "FEWER",
    "MIN_ITEMS",
    "MIN_N",
    "NO_SPREAD",
    "ONE_ITEM",
    "SHOWN",
    "TOO_FEW",
    "construct_alphas",
    "cronbach_alpha",
    "phase_alpha",
    "published_from",
]

#: The fewest complete cases for which alpha is published (and never fewer than ``k``).
#: With 10 people and 4 items, the 95% interval of an alpha of 0.70 still runs from about
#: 0.21 to 0.92 (Feldt's F interval); below 10 alpha says next to nothing, and each person
#: moves it a lot.
MIN_N = 10

#: The fewest items for which alpha is published. With 2 items alpha fixes how their answers
#: combine once the item lines are known (measured: "Cronbach's alpha" in
#: ``docs/disclosure.md``), so 2-item scores say "too few questions".
MIN_ITEMS = 3

SHOWN = "shown"
FEWER = "fewer"  # fewer than k complete cases: "fewer than k"
TOO_FEW = "too_few"  # k or more, but fewer than MIN_N: "too few responses"
ONE_ITEM = "one_item"  # the construct has fewer than MIN_ITEMS items: "too few questions"
NO_SPREAD = "no_spread"  # every complete case has the same sum: alpha is not defined

Number = int | float | Fraction


class _Answers(Protocol):
    """What alpha needs from the analysis' columns (``summary._Columns``)."""

    def rows(self, phase: str, item_ids: Sequence[str]) -> list[tuple]: ...

    def units(self, phase: str | None, chosen: Sequence[int], k: int) -> int: ...


def published_from(k: int) -> int:
    """The fewest (true) complete cases from which alpha is shown."""
    return max(k, MIN_N)


def cronbach_alpha(rows: Iterable[Sequence[Number]]) -> Fraction | None:
    """Cronbach's alpha of complete cases ``rows`` (one value per item in each), exactly.

    None when there are fewer than 2 items or 2 rows, or the sum of the items does not vary.
    Floats are taken at their exact binary value.
    """
    patterns: Counter[tuple[Fraction, ...]] = Counter(
        tuple(Fraction(x) for x in row) for row in rows
    )
    return _alpha(patterns)


def _alpha(patterns: Mapping[tuple[Fraction, ...], int]) -> Fraction | None:
    """Alpha from answer patterns and how many gave each: with n people, n * (n - 1) *
    variance = n * (sum of squares) - (sum) ** 2, and the n * (n - 1) cancels. Alpha does
    not change when every value is multiplied by the same number, so the sums are taken
    in whole numbers (each value times the common denominator): the same exact fraction,
    without a fraction per addition."""
    n = sum(patterns.values())
    m = len(next(iter(patterns))) if patterns else 0
    if m < 2 or n < 2:
        return None
    scale = math.lcm(*(x.denominator for pattern in patterns for x in pattern))
    sums = [0] * m
    squares = [0] * m
    total = total_squares = 0
    for pattern, count in patterns.items():
        whole = [x.numerator * (scale // x.denominator) for x in pattern]
        for j, x in enumerate(whole):
            sums[j] += count * x
            squares[j] += count * x * x
        t = sum(whole)
        total += count * t
        total_squares += count * t * t
    spread = n * total_squares - total * total
    if spread == 0:
        return None
    items = sum(n * q - s * s for s, q in zip(sums, squares, strict=True))
    return Fraction(m, m - 1) * (1 - Fraction(items, spread))


def phase_alpha(items: Sequence[Item], data: _Answers, phase: str, k: int) -> AlphaResult:
    """Alpha of ``items`` in ``phase``, as it may be published (module docstring)."""
    if len(items) < MIN_ITEMS:
        return AlphaResult(None, 0, ONE_ITEM)
    tables = [
        {v: Fraction(s) for v in item.scale.values if (s := scales.item_score(item, v)) is not None}
        for item in items
    ]
    rows = data.rows(phase, [item.id for item in items])
    # Each distinct answer pattern is scored once, in the order it first appears.
    scored: dict[tuple, tuple[Fraction, ...] | None] = {}
    patterns: Counter[tuple[Fraction, ...]] = Counter()
    for values, count in Counter(rows).items():
        got = [table.get(v) for table, v in zip(tables, values, strict=True)]
        scores = tuple(s for s in got if s is not None)
        scored[values] = scores if len(scores) == len(got) else None
        if len(scores) == len(got):
            patterns[scores] += count
    complete = list(compress(range(len(rows)), map(scored.__getitem__, rows)))
    if len(complete) < k:
        return AlphaResult(None, len(complete), FEWER)
    if len(complete) < published_from(k):
        return AlphaResult(None, data.units(phase, complete, k), TOO_FEW)
    # A shown alpha's n is never printed below the threshold it was shown from.
    n = data.units(phase, complete, published_from(k))
    alpha = _alpha(patterns)
    if alpha is None:
        return AlphaResult(None, n, NO_SPREAD)
    return AlphaResult(_round(alpha), n, SHOWN)


def _round(alpha: Fraction) -> float:
    """Alpha to 2 decimals, halves away from zero (as a reader rounds), never "-0.00"."""
    hundredths = abs(alpha) * 100
    whole = int(hundredths + Fraction(1, 2))
    value = whole / 100
    return -value if alpha < 0 and whole else value


def construct_alphas(
    items: Sequence[Item], data: _Answers, k: int
) -> tuple[AlphaResult, AlphaResult]:
    """Alpha before and after."""
    return phase_alpha(items, data, "pre", k), phase_alpha(items, data, "post", k)
