"""Disclosure control: no number that leaves the analysis layer may single anyone out.

Workshops are small (10 to 30 people), so a count of 1 or 2 can point at a person ("the only
man in the group disagreed"). Every count, share or mean that leaves ``analysis/`` passes
through this module. ``k`` is the threshold: groups of fewer than ``k`` people are never
shown, directly or by subtraction. ``k`` defaults to 5 and may be set from 3 to 10.

The policy
----------
1. **Primary suppression.** A count ``c`` with ``0 < c < k`` is suppressed. A zero is shown:
   it says nobody gave that answer, which reveals nothing about any one person. (It can
   reveal something about a *group*: "none of the 12 chose 'agree'" tells you each of the
   12 did not. That is the group disclosure every published distribution makes; we accept
   it.) A whole line whose total ``N`` is below ``k`` is suppressed entirely, zeros and
   shares included, and its total is not shown: the line is marked "fewer than k
   responses" (reason ``"total"``).

2. **Complementary suppression** inside a line that publishes its total (a distribution
   over the options plus "prefer not to answer", summing to ``N``). If any cell is
   suppressed, the suppressed cells must

   a. be at least two: with one suppressed cell, ``N`` minus the shown cells gives it away;
   b. sum to at least ``k``: if they summed to less, a reader would know each one is small;
   c. not all be 1: zeros are shown, so a reader knows every suppressed cell is at least 1,
      and three suppressed cells summing to 3 can only be 1, 1 and 1. (An addition to the
      first draft of this policy, which had only a and b.)

   Otherwise the smallest remaining non-zero cell is suppressed too (on a tie, the later
   cell in order), one at a time, until a, b and c hold or every non-zero cell is
   suppressed. Zeros next to suppressed cells stay shown: the suppressed cells' *sum* can
   then be worked out (``N`` minus what is shown) but not how it splits, which is what
   a, b and c protect.

3. **Shares.** A share ``p = c / N`` is shown only if ``N >= k`` and both ``c`` and
   ``N - c`` are 0 or at least ``k``: "92 % agreed" in a line of 13 says one person did not
   (reason ``"complement"``). A share of a count that complementary suppression hid must be
   hidden too, or the count comes back as ``p * N``: ``line_shares`` does both.

4. **Means and tests** based on fewer than ``k`` units are suppressed (reason ``"total"``).

5. **Linked lines.** In a two-way table whose row totals *and* column totals are published,
   a cell hidden in its row may be worked out from its column. ``protect_table`` applies
   rules 1 and 2 to every row and every column (a row or column with total below ``k`` is
   suppressed entirely, and its cells then count as suppressed in the crossing lines), and
   repeats until nothing changes.

6. **Cycles (tables only).** Rules 1 and 2 on every line are not enough for a table: in
   ``[[4, 3, 0], [9, 0, 0], [10, 12, 7]]`` (``k = 5``) they hide 4 and 3, then 9 and 12
   below them, then 7 beside the 12; but the second row's total, 9, with two zeros shown,
   gives back the 9, and the first column's total then gives back the 4. So every
   hidden count from 1 to ``k - 1`` must also lie on a *cycle* of hidden cells: a closed
   path that alternates row steps and column steps, along which one can be added to every
   other cell and taken from the rest without changing any total or making a hidden cell
   zero. A reader then cannot tell the true table from the changed one. Where a count lies
   on no cycle, the cheapest set of shown non-zero cells that completes one (fewest cells,
   then smallest sum) is suppressed too, rule 2 runs again, and the check repeats. Where no
   cycle is possible at all (a table with one row, or sparse rows full of zeros), the totals
   themselves give the count away: ``protect_table`` raises ``TableNotProtectable`` and
   the caller must publish the rows as separate lines (``protect_line``) instead.

7. **Collapsed lines** (``protect_collapsed``). A line may also be published collapsed
   into groups of its cells (agree / not agree), the group sums beside the finer line. The
   sums are protected as a line of their own (rules 1 and 2); and since each shown sum is
   a total of its group, the finer line's hidden cells inside each group must meet 2a, 2b
   and 2c against that group's sum, or the collapsed line is hidden whole. It never hides
   more of the finer line, and never shows a collapsed cell below ``k``.

What a suppressed cell says
---------------------------
``suppressed_text`` gives every cell hidden by rules 1 to 3 and 6 the *same* text,
``"hidden"``, and only cells of a line with fewer than ``k`` responses the text "fewer than
k". Writing "fewer than 5" on every hidden cell would be false for complementary cells and
would undo rule 2: in ``[20, 4, 4]`` (total 28) two cells marked "fewer than 5" that sum to
8 must both be 4. Different texts for primary and complementary cells would do the same
harm. ``Cell.reason`` is for tests and audit logs; never show it.

What this promises, and what it does not
----------------------------------------
The reader we guard against knows every shown number, every published total (and the
grand total), that counts are whole numbers of 0 or more, and, because zeros are shown,
that a cell hidden by rules 1 to 3 or 6 is at least 1. Such a reader cannot work out the
exact value of any hidden cell of a line, nor of any hidden count from 1 to ``k - 1`` in a
table. The tests attack both by enumerating every table consistent with what is shown.

- Ranges can stay narrow: in ``[1, 4, 20]`` (``k = 5``) the two hidden cells sum to 5 and
  each is at least 1, so each is known to be 1 to 4.
- The rules are deterministic, and a reader who replays them on every candidate table can
  sometimes learn more: ``[4, 5, 5]`` is shown as ``[hidden, 5, hidden]`` and only 4 and 5
  lead to that pattern.
- A line whose non-zero cells are all 1 (three people, three different answers,
  ``k = 3``) cannot meet rule 2c: every cell is hidden, yet ``N`` and the zeros give the
  ones away. In a table this case raises ``TableNotProtectable``; ``protect_line`` hides
  what it can and returns.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = [
    "COMPLEMENT",
    "COMPLEMENTARY",
    "DEFAULT_K",
    "HIDDEN_TEXT",
    "MAX_K",
    "MIN_K",
    "PRIMARY",
    "REASONS",
    "TOTAL",
    "Cell",
    "TableNotProtectable",
    "check_k",
    "count_cell",
    "line_shares",
    "mean_cell",
    "protect_collapsed",
    "protect_line",
    "protect_table",
    "share_cell",
    "suppressed_text",
]

MIN_K, MAX_K, DEFAULT_K = 3, 10, 5

PRIMARY = "primary"  # 0 < count < k
COMPLEMENTARY = "complementary"  # hidden so that a primary cell cannot be worked out
TOTAL = "total"  # the line (or the mean's sample) has fewer than k units
COMPLEMENT = "complement"  # a share whose complement N - c is a small group
REASONS = frozenset({"", PRIMARY, COMPLEMENTARY, TOTAL, COMPLEMENT})

#: The one text for every cell hidden by rules 1 to 3 and 6 (see "What a suppressed cell says").
HIDDEN_TEXT = "hidden"


def check_k(k: int) -> int:
    """Return ``k`` if it is a whole number from ``MIN_K`` to ``MAX_K``, else raise."""
    if isinstance(k, bool) or not isinstance(k, int) or not MIN_K <= k <= MAX_K:
        raise ValueError(
            f"k must be {MIN_K} to {MAX_K}, got {k!r}; "
            f"choose a whole number in that range (the default is {DEFAULT_K})"
        )
    return k


@dataclass(frozen=True)
class Cell:
    """One published number, or the fact that it is hidden.

    A suppressed cell never carries its value (``value is None``), so nothing downstream
    can show it by mistake. ``reason`` is ``""`` for a shown cell.
    """

    value: float | int | None
    suppressed: bool = False
    reason: str = ""

    def __post_init__(self) -> None:
        if self.reason not in REASONS:
            raise ValueError(
                f"unknown suppression reason {self.reason!r}; use one of {sorted(REASONS)}"
            )
        if self.suppressed and self.value is not None:
            raise ValueError("a suppressed cell must not carry its value; pass value=None")
        if not self.suppressed and (self.value is None or self.reason):
            raise ValueError("a shown cell needs a value and no suppression reason")

    @property
    def shown(self) -> bool:
        return not self.suppressed


def _hidden(reason: str) -> Cell:
    return Cell(None, suppressed=True, reason=reason)


def _check_count(c: int, what: str = "a count") -> int:
    if isinstance(c, bool) or not isinstance(c, int) or c < 0:
        raise ValueError(f"{what} must be a whole number of 0 or more, got {c!r}")
    return c


def _check_counts(counts: Sequence[int]) -> list[int]:
    return [_check_count(c, f"count {i + 1} of the line") for i, c in enumerate(counts)]


def count_cell(c: int, k: int) -> Cell:
    """Rule 1 for a count that stands alone (no total is published beside it)."""
    check_k(k)
    _check_count(c)
    return _hidden(PRIMARY) if 0 < c < k else Cell(c)


def _complete_line(values: Sequence[int], reasons: list[str], k: int) -> bool:
    """Rule 2 on one line with a published total; marks cells in ``reasons`` in place.

    Returns True if it suppressed anything.
    """
    changed = False
    while True:
        hidden = [i for i, r in enumerate(reasons) if r]
        if not hidden:
            return changed
        total = sum(values[i] for i in hidden)
        if len(hidden) >= 2 and total >= k and total > len(hidden):
            return changed
        remaining = [i for i, r in enumerate(reasons) if not r and values[i] > 0]
        if not remaining:
            return changed
        pick = min(remaining, key=lambda i: (values[i], -i))  # smallest; on a tie, the later
        reasons[pick] = COMPLEMENTARY
        changed = True


def _cells(values: Sequence[int], reasons: Sequence[str]) -> tuple[Cell, ...]:
    return tuple(_hidden(r) if r else Cell(v) for v, r in zip(values, reasons, strict=True))


def protect_line(counts: Sequence[int], k: int) -> tuple[Cell, ...]:
    """Rules 1 and 2 on one line whose total (the sum of ``counts``) is published."""
    check_k(k)
    values = _check_counts(counts)
    if sum(values) < k:
        return tuple(_hidden(TOTAL) for _ in values)
    reasons = [PRIMARY if 0 < v < k else "" for v in values]
    _complete_line(values, reasons, k)
    return _cells(values, reasons)


class TableNotProtectable(ValueError):
    """A table whose totals alone would give away a small count (see ``protect_table``)."""


def protect_table(rows: Sequence[Sequence[int]], k: int) -> tuple[tuple[Cell, ...], ...]:
    """Rules 1, 2 and 6 on a table that publishes its row totals and its column totals.

    A row or column with total below ``k`` is suppressed entirely; then rule 2 runs on each
    row and each column in turn (cells hidden for any reason count as suppressed) until a
    whole pass changes nothing, and rule 6 checks every hidden small count, hiding more and
    running rule 2 again until it passes. Suppression only grows, so this ends.

    Raises ``TableNotProtectable`` when no amount of hiding cells protects some small count
    (say a table with one row, or one whose other rows are empty or mostly zeros): its totals
    give the count away, so publish its lines separately with ``protect_line`` instead.
    """
    check_k(k)
    values = [_check_counts(row) for row in rows]
    width = len(values[0]) if values else 0
    for r, row in enumerate(values):
        if len(row) != width:
            raise ValueError(
                f"every row of a table needs the same number of cells: row 1 has {width}, "
                f"row {r + 1} has {len(row)}"
            )
    reasons = [[PRIMARY if 0 < v < k else "" for v in row] for row in values]
    for r, row in enumerate(values):
        if sum(row) < k:
            reasons[r] = [TOTAL] * width
    for c in range(width):
        if sum(row[c] for row in values) < k:
            for why in reasons:
                why[c] = TOTAL

    if sum(map(sum, values)) < k:
        # The whole table has fewer than k responses: every cell and every total is hidden.
        return tuple(_cells(row, why) for row, why in zip(values, reasons, strict=True))
    while True:
        _table_rule_2(values, reasons, k)
        grid = _Grid(values, reasons, k)
        for r, c in _small_hidden(values, reasons, k):
            path = grid.cheapest_cycle(r, c)
            if path is None:
                raise TableNotProtectable(
                    f"the table cannot be published with its row and column totals: the "
                    f"totals alone give away the count in row {r + 1}, column {c + 1}. "
                    f"Publish each row as its own line (protect_line), or merge small groups."
                )
            if path:
                for pr, pc in path:
                    reasons[pr][pc] = COMPLEMENTARY
                break  # rule 2 again, then check every small count afresh
        else:
            return tuple(_cells(row, why) for row, why in zip(values, reasons, strict=True))


def _table_rule_2(values: list[list[int]], reasons: list[list[str]], k: int) -> None:
    """Rule 2 on every row and column with a published total, until nothing changes."""
    columns = [[row[c] for row in values] for c in range(len(values[0]) if values else 0)]
    changed = True
    while changed:
        changed = False
        for r, row in enumerate(values):
            if sum(row) >= k:
                changed |= _complete_line(row, reasons[r], k)
        for c, column in enumerate(columns):
            if sum(column) >= k:
                line = [why[c] for why in reasons]
                if _complete_line(column, line, k):
                    changed = True
                    for why, reason in zip(reasons, line, strict=True):
                        why[c] = reason


def _small_hidden(
    values: list[list[int]], reasons: list[list[str]], k: int
) -> list[tuple[int, int]]:
    return [
        (r, c)
        for r, row in enumerate(values)
        for c, v in enumerate(row)
        if reasons[r][c] and 0 < v < k
    ]


_SLACK = "slack"  # a virtual cell: how far a small line's total is below k


class _Grid:
    """Rule 6: what a reader can change in a table without changing anything published.

    A *cycle* is a closed path through hidden cells that alternates between a step along a
    row and a step along a column. Adding one to every other cell on it and taking one from
    the rest changes no row or column total, so a reader cannot tell the true table from
    the changed one, and no cell on the cycle can be worked out exactly. Cells that lose
    one must stay at least 1 if hidden by rules 1 to 3 (zeros are shown, so a reader knows
    they are not zero) and at least 0 if hidden because their line is small.

    A line with fewer than k responses publishes no total, only "fewer than k": its total
    may change, as long as it stays below k and the grand total (which every report shows)
    does not change. A virtual cell per small line holds its *slack* (k - 1 minus its
    total) in an extra row (for small columns) or an extra column (for small rows); with
    it every line has a fixed total again and the same cycle search covers both cases.
    """

    def __init__(self, values: list[list[int]], reasons: list[list[str]], k: int) -> None:
        self.values = [list(row) for row in values]
        self.reasons: list[list[str | None]] = [list(row) for row in reasons]
        n_rows, n_cols = len(values), len(values[0])
        small_rows = [r for r in range(n_rows) if sum(values[r]) < k]
        small_cols = [c for c in range(n_cols) if sum(row[c] for row in values) < k]
        if small_rows:  # an extra column of slacks; None where a row has no slack
            for r, row in enumerate(self.values):
                row.append(k - 1 - sum(values[r]) if r in small_rows else 0)
                self.reasons[r].append(_SLACK if r in small_rows else None)
        if small_cols:  # an extra row of slacks
            width = len(self.values[0])
            self.values.append(
                [
                    k - 1 - sum(row[c] for row in values) if c in small_cols else 0
                    for c in range(width)
                ]
            )
            self.reasons.append([_SLACK if c in small_cols else None for c in range(width)])

    def cheapest_cycle(self, r0: int, c0: int) -> list[tuple[int, int]] | None:
        """The shown cells to hide so that the hidden cell (r0, c0) lies on a cycle.

        ``[]`` if it does already; else the cells for the cheapest cycle (fewest new cells,
        then smallest sum), or None if no cycle exists however many cells are hidden.
        """
        best: tuple[tuple[int, int], list[tuple[int, int]]] | None = None
        for t_loses in (True, False):
            if t_loses and self.values[r0][c0] <= self._floor(r0, c0):
                continue
            found = self._path(r0, c0, row_step_loses=not t_loses)
            if found is not None and (best is None or found[0] < best[0]):
                best = found
        return None if best is None else best[1]

    def _floor(self, r: int, c: int) -> int:
        return 0 if self.reasons[r][c] in (TOTAL, _SLACK) else 1

    def _cost(self, r: int, c: int, loses: bool) -> tuple[int, int] | None:
        """What using cell (r, c) on a cycle costs, or None if it cannot be used."""
        v, why = self.values[r][c], self.reasons[r][c]
        if why is None:
            return None  # no such cell
        if loses and v < self._floor(r, c) + 1:  # a newly hidden cell is complementary
            return None
        if not why:
            return None if v == 0 else (1, v)  # never hide a zero: the policy shows zeros
        return (0, 0)

    def _path(
        self, r0: int, c0: int, *, row_step_loses: bool
    ) -> tuple[tuple[int, int], list[tuple[int, int]]] | None:
        """Cheapest path row r0 -> a column -> a row ... -> column c0, not via (r0, c0).

        A step from a row to a column uses a cell that loses one if ``row_step_loses``,
        else gains one; a step from a column to a row does the opposite, so the path and
        the cell (r0, c0) close into a cycle. Dijkstra on (cells newly hidden, their sum).
        """
        n_rows, n_cols = len(self.values), len(self.values[0])
        start, goal = ("r", r0), ("c", c0)
        best: dict[tuple[str, int], tuple[int, int]] = {start: (0, 0)}
        back: dict[tuple[str, int], tuple[tuple[str, int], tuple[int, int]]] = {}
        heap: list[tuple[tuple[int, int], tuple[str, int]]] = [((0, 0), start)]
        while heap:
            cost, node = heapq.heappop(heap)
            if cost > best[node]:
                continue
            if node == goal:
                path = []
                while node != start:
                    node, (r, c) = back[node]
                    if not self.reasons[r][c]:
                        path.append((r, c))
                return cost, path
            kind, i = node
            if kind == "r":
                steps = [(("c", c), (i, c)) for c in range(n_cols)]
                loses = row_step_loses
            else:
                steps = [(("r", r), (r, i)) for r in range(n_rows)]
                loses = not row_step_loses
            for nxt, cell in steps:
                extra = None if cell == (r0, c0) else self._cost(*cell, loses)
                if extra is None:
                    continue
                new = (cost[0] + extra[0], cost[1] + extra[1])
                if nxt not in best or new < best[nxt]:
                    best[nxt] = new
                    back[nxt] = (node, cell)
                    heapq.heappush(heap, (new, nxt))
        return None


def share_cell(c: int, n: int, k: int) -> Cell:
    """Rule 3: the share ``c / n``, shown only if ``n``, ``c`` and ``n - c`` all pass."""
    check_k(k)
    _check_count(n, "the total n")
    _check_count(c)
    if c > n:
        raise ValueError(f"a count cannot exceed its total: got {c} out of {n}")
    if n < k:
        return _hidden(TOTAL)
    if 0 < c < k:
        return _hidden(PRIMARY)
    if 0 < n - c < k:
        return _hidden(COMPLEMENT)
    return Cell(c / n)


def line_shares(counts: Sequence[int], k: int) -> tuple[Cell, ...]:
    """The share of each count in a line, hidden wherever ``protect_line`` hides the count.

    Use this, not ``share_cell`` per count, when the counts or the total are published too:
    a share of a complementary-suppressed count would give the count back.
    """
    protected = protect_line(counts, k)
    n = sum(counts)
    return tuple(
        cell if cell.suppressed else share_cell(c, n, k)
        for c, cell in zip(counts, protected, strict=True)
    )


def mean_cell(mean: float, n: int, k: int) -> Cell:
    """Rule 4: a mean (or a test result) over ``n`` units, hidden when ``n < k``."""
    check_k(k)
    _check_count(n, "the number of units n")
    return _hidden(TOTAL) if n < k else Cell(mean)


def protect_collapsed(
    counts: Sequence[int],
    groups: Sequence[Sequence[int]],
    fine: Sequence[Cell],
    k: int,
) -> tuple[Cell, ...]:
    """Rule 7: the sums of ``counts`` over ``groups`` (positions in ``counts``), protected
    so that, read together with ``fine`` (``counts`` as ``protect_line`` published them),
    no hidden cell of either can be worked out.

    Every position must be in exactly one group. A collapsed cell is shown only when the
    line passes rules 1 and 2 and, within every group, the hidden cells of ``fine`` are none,
    or at least two that sum to at least ``k`` and not all 1; otherwise all are hidden.
    """
    check_k(k)
    values = _check_counts(counts)
    if len(fine) != len(values):
        raise ValueError("the finer line must have one cell per count")
    flat = sorted(i for group in groups for i in group)
    if flat != list(range(len(values))):
        raise ValueError("every count must be in exactly one group")
    sums = [sum(values[i] for i in group) for group in groups]
    cells = protect_line(sums, k)
    if any(cell.suppressed for cell in cells):
        return cells
    for group in groups:
        hidden = [values[i] for i in group if fine[i].suppressed]
        if hidden and not (len(hidden) >= 2 and sum(hidden) >= k and sum(hidden) > len(hidden)):
            return tuple(_hidden(COMPLEMENTARY) for _ in sums)
    return cells


def suppressed_text(cell: Cell, k: int) -> str:
    """What to print in place of ``cell``: ``""`` when it is shown.

    "fewer than k" only for a cell hidden because its whole line (or sample) has fewer than
    ``k`` units, which is then true of the cell too; ``HIDDEN_TEXT`` for every other hidden
    cell, whatever the reason, so the text cannot tell a reader which cells are small.
    """
    check_k(k)
    if cell.shown:
        return ""
    return f"fewer than {k}" if cell.reason == TOTAL else HIDDEN_TEXT
