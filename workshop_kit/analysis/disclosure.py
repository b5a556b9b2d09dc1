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

What a suppressed cell says
---------------------------
``suppressed_text`` gives every cell hidden by rules 1 to 3 the *same* text, ``"hidden"``,
and only cells of a line with fewer than ``k`` responses the text "fewer than k". Writing
"fewer than 5" on every hidden cell would be false for complementary cells and would undo
rule 2: in ``[20, 4, 4]`` (total 28) two cells marked "fewer than 5" that sum to 8 must
both be 4. Different texts for primary and complementary cells would do the same harm.
``Cell.reason`` is for tests and audit logs; never show it.

What this does not promise
--------------------------
Against a reader who knows the published numbers, the totals and that counts are whole
numbers of 0 or more (the usual model, and the one the tests attack), no suppressed cell of
a line has an exact value that can be worked out, and in a table no hidden non-zero cell
below ``k`` can. Rule 2 can still leave narrow ranges: in ``[1, 4, 20]`` (``k = 5``) the two
hidden cells sum to 5 and each is at least 1, so each is known to be 1 to 4. And the rules
are deterministic: a reader who replays them on every possible table can sometimes learn
more (in ``[4, 5, 5]``, shown as ``[hidden, 5, hidden]``, only 4 and 5 lead to that
pattern). One residual case is not covered: a line whose every non-zero cell is 1 (three
people, three different answers, ``k = 3``) publishes ``N`` and so its cells.
"""

from __future__ import annotations

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
    "check_k",
    "count_cell",
    "line_shares",
    "mean_cell",
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

#: The one text for every cell hidden by rules 1 to 3 (see "What a suppressed cell says").
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


def protect_table(rows: Sequence[Sequence[int]], k: int) -> tuple[tuple[Cell, ...], ...]:
    """Rules 1 and 2 on every row and every column of a table, to a fixed point.

    For a table that publishes both its row totals and its column totals. A row or column
    with total below ``k`` is suppressed entirely; then rule 2 runs on each row and each
    column in turn (cells hidden for any reason count as suppressed) until a whole pass
    changes nothing. Suppression only grows, so this ends.
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
    columns = [[row[c] for row in values] for c in range(width)]
    reasons = [[PRIMARY if 0 < v < k else "" for v in row] for row in values]
    for r, row in enumerate(values):
        if sum(row) < k:
            reasons[r] = [TOTAL] * width
    for c, column in enumerate(columns):
        if sum(column) < k:
            for r in range(len(values)):
                reasons[r][c] = TOTAL

    changed = True
    while changed:
        changed = False
        for r, row in enumerate(values):
            if sum(row) >= k:
                changed |= _complete_line(row, reasons[r], k)
        for c, column in enumerate(columns):
            if sum(column) >= k:
                line = [reasons[r][c] for r in range(len(values))]
                if _complete_line(column, line, k):
                    changed = True
                    for r, reason in enumerate(line):
                        reasons[r][c] = reason
    return tuple(_cells(row, why) for row, why in zip(values, reasons, strict=True))


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
