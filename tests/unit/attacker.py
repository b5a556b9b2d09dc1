"""An attacker that solves for counts from everything released, one output or two.

What it knows (more than a real reader):

- every figure an output prints, as a range of true counts (``cellkey.possible_counts``: a
  published 0 is exactly 0, anything else could be any count from 1 up); a shown count of
  an answer is at least ``k`` (counts from 1 to k - 1 are hidden); a hidden count is at
  least 1 (zeros are shown); a line with fewer than ``k`` responses has at most ``k - 1``;
  every other perturbed number (a phase's n, the number who answered, the number
  agreeing, a collapsed group, a cell of a paired table, the number of pairs) likewise.
  For paired results it is given the perturbed table itself, as if it had solved the
  change, the interval and the p-value band for it; with exact figures (the ``exact``
  mode of the tests, as printed before the cell-key method) every range is one value;
- the exact number of responses (or pairs) of every *atom*: the responses in both outputs
  of a pair, in the first only, in the second only (a facilitator knows how many came).

It enumerates every table of true counts (atom x answer) consistent with all of that, by
integer programming (the feasible counts of a sum form a range, so its minimum and maximum
say whether it is pinned), and reports every count of an atom or an output from 1 to
``k - 1`` that only one table allows. A count that the zeros and the atom sizes alone
already pin is group attribute disclosure (``docs/disclosure.md``: published on purpose,
"nobody in these workshops chose X") and is reported apart.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp

from workshop_kit.analysis.cellkey import possible_counts

__all__ = ["Figure", "Line", "attack"]

BIG = 10**6


@dataclass(frozen=True)
class Figure:
    """A published fact: the true sum over ``categories`` of the atoms of ``output`` is
    from ``low`` to ``high``; ``zero`` marks a published 0 (exact)."""

    output: str  # "A" or "B"
    categories: tuple[int, ...]
    low: int
    high: int
    zero: bool = False

    @classmethod
    def perturbed(
        cls, output: str, categories: Sequence[int], value: int, floor: int = 0, at_least: int = 0
    ) -> Figure:
        low, high = possible_counts(value)  # ``floor`` changes no range: the noise has no bound
        low = max(low, at_least)
        high = BIG if high is None else high
        if low > high:
            raise AssertionError(f"published {value} cannot come from a count >= {at_least}")
        return cls(output, tuple(categories), low, high, zero=value == 0)


@dataclass
class Line:
    """One line (an item's answers in a phase, or a paired table) in one or two outputs."""

    categories: int
    sizes: dict[str, int]  # atom -> responses: "AB" (both), "A" (first only), "B"
    truth: dict[str, list[int]]  # atom -> true count per category
    figures: list[Figure] = field(default_factory=list)


_ATOMS = {"A": ("AB", "A"), "B": ("AB", "B")}


def _model(line: Line, zeros_only: bool):
    atoms = [a for a in ("AB", "A", "B") if line.sizes.get(a, 0) > 0]
    cells = [(a, c) for a in atoms for c in range(line.categories)]
    index = {cell: i for i, cell in enumerate(cells)}
    rows, low, high = [], [], []
    for a in atoms:
        row = np.zeros(len(index))
        for c in range(line.categories):
            row[index[a, c]] = 1
        rows.append(row)
        low.append(line.sizes.get(a, 0))
        high.append(line.sizes.get(a, 0))
    for figure in line.figures:
        if zeros_only and not figure.zero:
            continue
        row = np.zeros(len(index))
        for a in _ATOMS[figure.output]:
            if a in atoms:
                for c in figure.categories:
                    row[index[a, c]] = 1
        rows.append(row)
        low.append(figure.low)
        high.append(figure.high)
    return atoms, index, LinearConstraint(np.array(rows), low, high)


def _range(n: int, constraint, objective: np.ndarray) -> tuple[int, int]:
    ends = []
    for sign in (1, -1):
        found = milp(
            sign * objective,
            constraints=constraint,
            integrality=np.ones(n),
            bounds=Bounds(0, BIG),
        )
        assert found.success, "the true table must be consistent with what was published"
        ends.append(round(sign * found.fun))
    return ends[0], ends[1]


def _targets(line: Line, atoms: list[str]) -> list[tuple[str, tuple[str, ...]]]:
    sets = [(a, (a,)) for a in atoms]
    if "AB" in atoms and ("A" in atoms or "B" in atoms):
        sets += [(out, tuple(a for a in _ATOMS[out] if a in atoms)) for out in ("A", "B")]
    return sets


def attack(line: Line, k: int) -> tuple[list[str], list[str]]:
    """(pinned counts from 1 to k - 1, the same pinned by zeros and sizes alone)."""
    atoms, index, constraint = _model(line, zeros_only=False)
    _, _, zeros = _model(line, zeros_only=True)
    n = len(index)
    pinned, attribute = [], []
    for name, members in _targets(line, atoms):
        for c in range(line.categories):
            true = sum(line.truth[a][c] for a in members)
            if not 0 < true < k:
                continue
            objective = np.zeros(n)
            for a in members:
                objective[index[a, c]] = 1
            low, high = _range(n, constraint, objective)
            assert low <= true <= high
            if low == high:
                what = f"{name}[{c}] = {true}"
                if _range(n, zeros, objective) == (true, true):
                    attribute.append(what)
                else:
                    pinned.append(what)
    return pinned, attribute
