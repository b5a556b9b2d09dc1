"""What a result publishes: the suppression of the true counts, the values of the perturbed.

``summary`` decides what is hidden from the true counts (``disclosure``: suppression
below ``k``, complementary cells, shares, collapsed lines), and takes every number that is
shown from the perturbed counts of the cell-key method (``cellkey``). This module joins the
two, and makes every paired result from the perturbed frequency table of what it uses:

- **Tests** are run on the perturbed table and published without their statistic
  (McNemar's ``min(b, c)`` and the sign test's count are counts) and without notes that
  count ("3 zero differences dropped"); outputs print their p-value only as a band
  (``stats.p_band``: below 0.01, 0.01 to 0.05, 0.05 or more).
- **Changes and intervals** come from the same perturbed table, and the number of pairs
  printed beside them is its perturbed total.
- Whether a result is shown at all (``k`` or more units) is decided on the true number.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Hashable, Mapping, Sequence
from typing import cast

from workshop_kit.analysis import disclosure as dc
from workshop_kit.analysis import intervals, stats
from workshop_kit.analysis.audit import MatchAudit
from workshop_kit.analysis.results import PairedResult, ScoreResult

__all__ = [
    "audit",
    "binary",
    "binary_table",
    "counts",
    "expand",
    "paired",
    "paired_table",
    "ratio",
    "score",
    "score_table",
    "shares",
    "test",
]

Table = Mapping[Hashable, int]


def ratio(part: int, whole: int) -> float:
    """``part / whole`` of two perturbed counts, never above 1 (each has its own noise)."""
    return 0.0 if whole <= 0 else min(1.0, part / whole)


def counts(cells: Sequence[dc.Cell], noisy: Sequence[int]) -> tuple[dc.Cell, ...]:
    """``cells`` (protected true counts) with every shown value replaced by its perturbed one."""
    return tuple(
        cell if cell.suppressed else dc.Cell(value)
        for cell, value in zip(cells, noisy, strict=True)
    )


def shares(cells: Sequence[dc.Cell], noisy: Sequence[int], total: int) -> tuple[dc.Cell, ...]:
    """Shares: hidden where ``cells`` are; else the perturbed count over the perturbed total."""
    return tuple(
        cell if cell.suppressed else dc.Cell(ratio(value, total))
        for cell, value in zip(cells, noisy, strict=True)
    )


def expand(table: Table) -> list:
    """The values of a frequency table, each repeated as often as its (perturbed) count."""
    out: list = []
    for value in sorted(table, key=_order):
        out.extend([value] * table[value])
    return out


def _order(value: Hashable) -> tuple:
    return value if isinstance(value, tuple) else (value,)


def test(result: stats.TestResult) -> stats.TestResult:
    """A test as published: no statistic (``None``) and no note (both can be counts)."""
    return dataclasses.replace(result, statistic=None, note="")


def _withheld(n: int) -> PairedResult:
    return PairedResult(
        n_pairs=n,
        shown=False,
        tests=(),
        mean_change=dc.Cell(None, suppressed=True, reason=dc.TOTAL),
        ci_low=None,
        ci_high=None,
    )


def _change(
    n: int, tests: tuple[stats.TestResult, ...], interval: intervals.Interval
) -> PairedResult:
    shown = not math.isnan(interval.low)
    return PairedResult(
        n_pairs=n,
        shown=True,
        tests=tuple(test(t) for t in tests),
        mean_change=dc.Cell(interval.estimate),
        ci_low=interval.low if shown else None,
        ci_high=interval.high if shown else None,
        ci_method=interval.method,
    )


def paired(
    diffs: Sequence[float], table: Table, k: int, *, units: int, ordinal: bool, bound: float
) -> PairedResult:
    """Tests and mean change of the differences, each in -bound..+bound, from ``table``
    (their perturbed frequency table); withheld when fewer than ``k`` (true) pairs.
    ``units`` is the number of pairs printed beside it (``summary._Columns.units``)."""
    return paired_table(len(diffs), table, k, units=units, ordinal=ordinal, bound=bound)


def paired_table(
    n: int, table: Table, k: int, *, units: int, ordinal: bool, bound: float
) -> PairedResult:
    """:func:`paired` from the number of (true) differences ``n`` and their perturbed table."""
    if n < k:
        return _withheld(n)
    # in expand's order (sorted), as the list the tests were once given
    values = stats.Tally({cast(float, v): table[v] for v in sorted(table, key=_order)})
    tests: tuple[stats.TestResult, ...] = (stats.wilcoxon_signed_rank(values),)
    if ordinal:
        tests += (stats.sign_test(values),)
    return _change(units, tests, intervals.bounded_mean(values, -bound, bound))


def binary(
    outcomes: Sequence[tuple[bool, bool]], table: Table, k: int, *, units: int
) -> PairedResult:
    """McNemar and the change in the share agreeing, from the perturbed 2x2 table."""
    return binary_table(len(outcomes), table, k, units=units)


def binary_table(n: int, table: Table, k: int, *, units: int) -> PairedResult:
    """:func:`binary` from the number of (true) pairs ``n`` and their perturbed 2x2 table."""
    if n < k:
        return _withheld(n)
    both, b = table.get((True, True), 0), table.get((False, True), 0)
    c, neither = table.get((True, False), 0), table.get((False, False), 0)
    interval = intervals.newcombe_paired(both, b, c, neither)
    return _change(units, (stats.mcnemar(b, c),), interval)


def score(found: Sequence[float], table: Table, k: int, *, units: int) -> ScoreResult:
    """A mean score in one phase: shown from ``k`` (true) people, from the perturbed table."""
    return score_table(len(found), table, k, units=units)


def score_table(found: int, table: Table, k: int, *, units: int) -> ScoreResult:
    """:func:`score` from the number of (true) people ``found`` and their perturbed table."""
    n = sum(table.values())
    if found < k or n == 0:
        return ScoreResult(n=found, mean=dc.Cell(None, suppressed=True, reason=dc.TOTAL))
    mean = math.fsum(cast(float, value) * count for value, count in table.items()) / n
    return ScoreResult(n=units, mean=dc.Cell(mean))


def audit(
    found: MatchAudit,
    *,
    responses_pre: int,
    responses_post: int,
    pairs: int,
    unmatched_pre: int,
    unmatched_post: int,
    tolerant: int,
    ambiguous_pre: int,
    ambiguous_post: int,
) -> MatchAudit:
    """The audit with every shown count and rate replaced by its perturbed value."""

    def value(cell: dc.Cell, noisy: int) -> dc.Cell:
        return cell if cell.suppressed else dc.Cell(noisy)

    def rate(cell: dc.Cell, whole: int) -> dc.Cell:
        return cell if cell.suppressed else dc.Cell(ratio(pairs, whole))

    return dataclasses.replace(
        found,
        responses_pre=value(found.responses_pre, responses_pre),
        responses_post=value(found.responses_post, responses_post),
        pairs=value(found.pairs, pairs),
        unmatched_pre=value(found.unmatched_pre, unmatched_pre),
        unmatched_post=value(found.unmatched_post, unmatched_post),
        rate_pre=rate(found.rate_pre, responses_pre),
        rate_post=rate(found.rate_post, responses_post),
        tolerant=value(found.tolerant, tolerant),
        ambiguous_pre=value(found.ambiguous_pre, ambiguous_pre),
        ambiguous_post=value(found.ambiguous_post, ambiguous_post),
    )
