"""Confidence intervals that respect the scale: never outside the possible range, never of
zero width when there is more than one pair. Standard library only.

Decisions (the report's methods text says the same in plain words):

* **A single share** (``wilson``): the Wilson score interval. It stays within 0 to 1 and
  has positive width for every n >= 1, including 0 of n and n of n, where the usual
  "p +/- 1.96 SE" interval collapses to a point.
* **A change in a share on matched pairs** (``newcombe_paired``: the share agreeing after
  minus the share agreeing before, the same people): Newcombe's hybrid score interval,
  method 10 of Newcombe (1998), "Improved confidence intervals for the difference between
  binomial proportions based on paired data", Statistics in Medicine 17, 2635-2650. With
  a = agreeing both times, b = only after, c = only before, d = neither, n = a + b + c + d,
  the shares are p1 = (a + b) / n (after) and p2 = (a + c) / n (before), and the change is
  (b - c) / n. Wilson intervals (l1, u1) and (l2, u2) for p1 and p2 are combined as

      low  = (p1 - p2) - sqrt((p1 - l1)^2 - 2 phi (p1 - l1)(u2 - p2) + (u2 - p2)^2)
      high = (p1 - p2) + sqrt((u1 - p1)^2 - 2 phi (u1 - p1)(p2 - l2) + (p2 - l2)^2)

  where phi is the correlation of the pairs, corrected as in the paper: its numerator
  ad - bc becomes max(ad - bc - n/2, 0) when ad > bc, and phi = 0 when a margin is empty.
  The correction is what keeps the interval from collapsing to a point when every pair
  agrees with itself (a = d, b = c = 0). The interval lies within -1 to 1 by construction.
  The tests reproduce the method-10 rows of the paper's worked examples to the four
  decimals printed (the paper used z = 1.96).
* **A mean change on a bounded scale** (``bounded_mean``: positions on an agreement scale,
  from -(steps) to +(steps); scores, from -100 to +100): the Student t interval, mean -/+
  t(n - 1) SD / sqrt(n), **clipped at the possible range** when it reaches past it (method
  ``"t-clipped"``, and the result says so). Clipping removes only impossible values, so the
  interval still covers the true mean whenever the t interval did.
  When every pair changed by exactly the same amount (SD = 0, n >= 2) the t interval has
  zero width, which would claim certainty from a handful of people. Then (method
  ``"bound"``) the values are rescaled to 0..1 on the possible range and given the Wilson
  interval of a share with that mean: a mean m of values in 0..1 has variance at most
  m (1 - m), the variance of a share, so this is the widest the spread could honestly be,
  and the interval is conservative. Five pairs that all moved up one step on a 3-point
  scale (range -2..+2) get -0.66 to +1.79: with five people a mean change of zero cannot
  be ruled out, which is also what the exact sign and Wilcoxon tests say (p = 0.0625).
  The price is a jump: four up and one unchanged gets the narrower t interval. We accept it
  and say it here, because the alternative is an interval of zero width.
* One pair gives no interval (NaN): nothing can be said about spread from one difference.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from statistics import NormalDist

from workshop_kit.analysis.stats import Tally, mean_ci

__all__ = [
    "INTERVAL_TEXT",
    "Interval",
    "bounded_mean",
    "newcombe_paired",
    "newcombe_phi",
    "wilson",
]

INTERVAL_TEXT = {
    "t": "Student's t",
    "t-clipped": "Student's t, clipped at the possible range",
    "bound": "every pair changed by the same amount: conservative bound (Wilson)",
    "newcombe": "Newcombe's hybrid score interval for paired shares",
    "wilson": "Wilson score interval",
    "none": "no interval (one pair)",
}
"""Each ``Interval.method`` in words."""


@dataclass(frozen=True)
class Interval:
    """An estimate with its confidence interval and how the interval was made."""

    estimate: float
    low: float
    high: float
    method: str  # a key of INTERVAL_TEXT

    @property
    def method_text(self) -> str:
        return INTERVAL_TEXT.get(self.method, self.method)

    @property
    def clipped(self) -> bool:
        return self.method == "t-clipped"


def _z(confidence: float) -> float:
    if not 0.0 < confidence < 1.0:
        raise ValueError(f"confidence must be between 0 and 1 (e.g. 0.95), got {confidence!r}")
    return NormalDist().inv_cdf((1.0 + confidence) / 2.0)


def _wilson(p: float, n: float, z: float) -> tuple[float, float]:
    """Wilson limits for an observed share ``p`` of ``n`` (``p * n`` need not be whole)."""
    z2 = z * z
    centre = (p + z2 / (2 * n)) / (1 + z2 / n)
    half = z / (1 + z2 / n) * math.sqrt(max(p * (1 - p), 0.0) / n + z2 / (4 * n * n))
    low, high = max(0.0, centre - half), min(1.0, centre + half)
    # at 0 and n of n the limit is the share itself; rounding must not move it
    return (0.0 if p == 0.0 else low), (1.0 if p == 1.0 else high)


def wilson(successes: int, n: int, confidence: float = 0.95) -> Interval:
    """The Wilson score interval for ``successes`` out of ``n`` (n >= 1)."""
    if n < 1 or not 0 <= successes <= n:
        raise ValueError(f"need 0 <= successes <= n and n >= 1, got {successes} of {n}")
    p = successes / n
    low, high = _wilson(p, n, _z(confidence))
    return Interval(p, low, high, "wilson")


def newcombe_phi(a: int, b: int, c: int, d: int) -> float:
    """Newcombe's corrected correlation of the paired 2x2 table (0 when a margin is 0)."""
    margins = (a + b) * (c + d) * (a + c) * (b + d)
    if margins == 0:
        return 0.0
    cross = a * d - b * c
    n = a + b + c + d
    numerator = max(cross - n / 2, 0.0) if cross > 0 else float(cross)
    return numerator / math.sqrt(margins)


def newcombe_paired(a: int, b: int, c: int, d: int, confidence: float = 0.95) -> Interval:
    """Change in a share on matched pairs, (b - c) / n, with Newcombe's method-10 interval.

    a: yes both times; b: yes only the second time (after); c: yes only the first time
    (before); d: neither. The estimate is the second share minus the first."""
    if min(a, b, c, d) < 0:
        raise ValueError(f"counts cannot be negative, got {(a, b, c, d)}")
    n = a + b + c + d
    if n == 0:
        raise ValueError("no pairs: a change needs at least one pair")
    z = _z(confidence)
    p1, p2 = (a + b) / n, (a + c) / n
    l1, u1 = _wilson(p1, n, z)
    l2, u2 = _wilson(p2, n, z)
    phi = newcombe_phi(a, b, c, d)
    diff = (b - c) / n
    below = (p1 - l1) ** 2 - 2 * phi * (p1 - l1) * (u2 - p2) + (u2 - p2) ** 2
    above = (u1 - p1) ** 2 - 2 * phi * (u1 - p1) * (p2 - l2) + (p2 - l2) ** 2
    low = max(-1.0, diff - math.sqrt(max(below, 0.0)))
    high = min(1.0, diff + math.sqrt(max(above, 0.0)))
    return Interval(diff, low, high, "newcombe")


def bounded_mean(
    values: Sequence[float], lowest: float, highest: float, confidence: float = 0.95
) -> Interval:
    """Mean of ``values`` (each between ``lowest`` and ``highest``) with an interval that
    stays in that range: t, clipped where needed; the Wilson bound when all are equal."""
    if not lowest < highest:
        raise ValueError(f"the range must have lowest < highest, got {lowest}..{highest}")
    smallest, largest = (
        (values.bounds() if isinstance(values, Tally) else (min(values), max(values)))
        if values
        else (lowest, highest)
    )
    if smallest < lowest or largest > highest:
        raise ValueError(f"every value must lie between {lowest} and {highest}")
    mean, low, high = mean_ci(values, confidence)
    n = len(values)
    if n == 1:
        return Interval(mean, math.nan, math.nan, "none")
    if low == high:  # no variation at all
        span = highest - lowest
        share_low, share_high = _wilson((mean - lowest) / span, n, _z(confidence))
        return Interval(mean, lowest + span * share_low, lowest + span * share_high, "bound")
    if low < lowest or high > highest:
        return Interval(mean, max(low, lowest), min(high, highest), "t-clipped")
    return Interval(mean, low, high, "t")
