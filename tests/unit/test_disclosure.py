"""Disclosure control: suppression rules, hand-worked examples, and an attacker.

The attacker sees what a report shows: the shown cells, every published total (a line's
total when it has at least k responses, else only "fewer than k"; a table's row and column
totals the same way, and its grand total), that counts are whole numbers of 0 or more,
and that a cell hidden by rules 1 to 3 or 6 is not zero (zeros are shown). It searches
every filling of the hidden cells consistent with all that. A hidden cell is *pinned*
when only its true value survives.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workshop_kit.analysis import cellkey
from workshop_kit.analysis.disclosure import (
    COMPLEMENT,
    COMPLEMENTARY,
    DEFAULT_K,
    HIDDEN_TEXT,
    MAX_K,
    MIN_K,
    PRIMARY,
    TOTAL,
    Cell,
    TableNotProtectable,
    check_k,
    count_cell,
    line_shares,
    mean_cell,
    protect_line,
    protect_table,
    share_cell,
    suppressed_text,
)

# ------------------------------------------------------------------------------ attacker

Key = tuple[int, int]
# (cells in the constraint, right-hand side, True for "== rhs", False for "<= rhs")
Constraint = tuple[list[Key], int, bool]


def _feasible(
    unknowns: list[Key], floors: dict[Key, int], constraints: list[Constraint], fixed: dict
) -> bool:
    """Is there a filling of ``unknowns`` (each >= its floor) meeting every constraint?"""
    order = list(fixed) + [u for u in unknowns if u not in fixed]
    rest = [rhs for _, rhs, _ in constraints]
    left = [len(keys) for keys, _, _ in constraints]
    floor_left = [sum(floors[u] for u in keys) for keys, _, _ in constraints]
    member = {u: [i for i, (keys, _, _) in enumerate(constraints) if u in keys] for u in order}

    def place(pos: int) -> bool:
        if pos == len(order):
            return all(rest[i] == 0 for i, (_, _, exact) in enumerate(constraints) if exact)
        u = order[pos]
        lo, hi = floors[u], None
        for i in member[u]:
            room = rest[i] - (floor_left[i] - floors[u])
            hi = room if hi is None else min(hi, room)
            if constraints[i][2] and left[i] == 1:
                lo = max(lo, rest[i])
        if hi is None:
            hi = lo  # in no constraint: any value works, one is enough
        values = [fixed[u]] if u in fixed else range(lo, hi + 1)
        for v in values:
            if not lo <= v <= hi:
                continue
            for i in member[u]:
                rest[i] -= v
                left[i] -= 1
                floor_left[i] -= floors[u]
            ok = place(pos + 1)
            for i in member[u]:
                rest[i] += v
                left[i] += 1
                floor_left[i] += floors[u]
            if ok:
                return True
        return False

    return place(0)


def pinned(
    truth: dict[Key, int],
    floors: dict[Key, int],
    constraints: list[Constraint],
    targets: list[Key],
) -> list[Key]:
    """The targets whose true value is the only one any consistent filling allows."""
    unknowns = list(truth)
    assert _feasible(unknowns, floors, constraints, {}), "the true table must be consistent"
    top = max((rhs for _, rhs, _ in constraints), default=0)
    result = []
    for t in targets:
        others = [truth[t] - 1, truth[t] + 1] + [v for v in range(top + 1) if abs(v - truth[t]) > 1]
        if not any(
            v >= floors[t] and _feasible(unknowns, floors, constraints, {t: v}) for v in others
        ):
            result.append(t)
    return result


def _floor(cell: Cell) -> int:
    return 0 if cell.reason == TOTAL else 1


def attack_line(counts: Sequence[int], cells: Sequence[Cell], k: int) -> list[int]:
    """Positions of hidden cells of a protected line whose exact value can be worked out."""
    hidden = [(0, i) for i, cell in enumerate(cells) if cell.suppressed]
    n = sum(counts)
    shown = sum(c for c, cell in zip(counts, cells, strict=True) if cell.shown)
    line = (hidden, n - shown, True) if n >= k else (hidden, k - 1 - shown, False)
    truth = {key: counts[key[1]] for key in hidden}
    floors = {key: _floor(cells[key[1]]) for key in hidden}
    return [i for _, i in pinned(truth, floors, [line], hidden)]


def attack_table(
    rows: Sequence[Sequence[int]], cells: Sequence[Sequence[Cell]], k: int, targets=None
) -> list[Key]:
    """Hidden cells of a table (by default those from 1 to k - 1) that can be worked out."""
    n_rows, n_cols = len(rows), len(rows[0])
    hidden = [(r, c) for r in range(n_rows) for c in range(n_cols) if cells[r][c].suppressed]
    truth = {(r, c): rows[r][c] for r, c in hidden}
    floors = {(r, c): _floor(cells[r][c]) for r, c in hidden}

    def line(keys: list[Key]) -> Constraint:
        n = sum(rows[r][c] for r, c in keys)
        shown = sum(rows[r][c] for r, c in keys if cells[r][c].shown)
        unknown = [key for key in keys if key in truth]
        return (unknown, n - shown, True) if n >= k else (unknown, k - 1 - shown, False)

    constraints = [line([(r, c) for c in range(n_cols)]) for r in range(n_rows)]
    constraints += [line([(r, c) for r in range(n_rows)]) for c in range(n_cols)]
    constraints.append(line([(r, c) for r in range(n_rows) for c in range(n_cols)]))
    if targets is None:
        targets = [key for key in hidden if 0 < truth[key] < k]
    return pinned(truth, floors, constraints, targets)


def _shape(cells: Sequence[Cell]) -> list:
    """A protected line as the report would carry it: values, or the reason they are hidden."""
    return [cell.value if cell.shown else cell.reason for cell in cells]


def test_the_attacker_pins_what_a_naive_suppression_gives_away() -> None:
    """The attacker is worth trusting: it solves what naive suppressions leave open."""
    only_primary = [Cell(20), Cell(None, True, PRIMARY), Cell(3)]
    assert attack_line([20, 4, 3], only_primary, 5) == [1]
    four_ones_one_hidden = [Cell(None, True, PRIMARY)] * 3 + [Cell(10)]
    assert attack_line([1, 1, 1, 10], four_ones_one_hidden, 3) == [0, 1, 2]
    rows = [[4, 3, 0], [9, 0, 0], [10, 12, 7]]
    p, c = Cell(None, True, PRIMARY), Cell(None, True, COMPLEMENTARY)
    rules_1_and_2_only = [[p, p, Cell(0)], [c, Cell(0), Cell(0)], [Cell(10), c, c]]
    assert attack_table(rows, rules_1_and_2_only, 5) == [(0, 0), (0, 1)]


# ------------------------------------------------------------------------------------ k


@pytest.mark.parametrize("k", [MIN_K, DEFAULT_K, MAX_K])
def test_check_k_accepts_3_to_10(k: int) -> None:
    assert check_k(k) == k
    assert (MIN_K, DEFAULT_K, MAX_K) == (3, 5, 10)


@pytest.mark.parametrize("k", [2, 11, 0, -5, 5.0, True, "5", None])
def test_check_k_refuses_anything_else_and_names_the_range(k) -> None:
    with pytest.raises(ValueError, match=r"k must be 3 to 10, got"):
        check_k(k)


@pytest.mark.parametrize(
    "call",
    [
        lambda: count_cell(3, 2),
        lambda: protect_line([1, 2], 11),
        lambda: protect_table([[1, 2]], 1),
        lambda: share_cell(1, 2, 12),
        lambda: mean_cell(1.0, 20, 0),
        lambda: suppressed_text(Cell(1), 2),
    ],
)
def test_every_function_checks_k(call) -> None:
    with pytest.raises(ValueError, match="k must be 3 to 10"):
        call()


# --------------------------------------------------------------------------------- Cell


def test_a_suppressed_cell_cannot_carry_its_value() -> None:
    with pytest.raises(ValueError, match="must not carry its value"):
        Cell(3, suppressed=True, reason=PRIMARY)


@pytest.mark.parametrize(
    "kwargs", [{"value": None}, {"value": 7, "reason": PRIMARY}, {"value": 7, "reason": "x"}]
)
def test_a_cell_refuses_inconsistent_fields(kwargs) -> None:
    with pytest.raises(ValueError):
        Cell(**kwargs)


def test_shown_is_the_opposite_of_suppressed() -> None:
    assert Cell(7).shown
    assert not Cell(None, suppressed=True, reason=PRIMARY).shown


# --------------------------------------------------------------------------- rule 1 alone


@pytest.mark.parametrize(
    ("c", "k", "hidden"), [(0, 5, False), (1, 5, True), (4, 5, True), (5, 5, False), (2, 3, True)]
)
def test_count_cell_hides_counts_from_1_to_k_minus_1(c: int, k: int, hidden: bool) -> None:
    cell = count_cell(c, k)
    assert cell.suppressed is hidden
    assert cell == (Cell(None, True, PRIMARY) if hidden else Cell(c))


@pytest.mark.parametrize("bad", [-1, 2.0, True, "3"])
def test_counts_must_be_whole_numbers_of_0_or_more(bad) -> None:
    with pytest.raises(ValueError, match="whole number of 0 or more"):
        count_cell(bad, 5)
    with pytest.raises(ValueError, match="count 2 of the line"):
        protect_line([10, bad, 10], 5)


# ---------------------------------------------------------------------- lines: examples

P, C, T = PRIMARY, COMPLEMENTARY, TOTAL


@pytest.mark.parametrize(
    ("counts", "k", "expected"),
    [
        # the brief's examples
        ([12, 3, 9, 0], 5, [12, P, C, 0]),  # 3 alone would be 24 - 12 - 9 - 0
        ([20, 4, 4], 5, [20, P, P]),  # two hidden, summing to 8 >= 5: enough
        ([2, 30], 5, [P, C]),  # the only other cell goes too
        ([1, 2, 0], 5, [T, T, T]),  # N = 3 < 5: the whole line, zero included
        ([0, 0], 5, [T, T]),  # nobody answered: fewer than k responses
        ([], 5, []),
        # nothing to hide
        ([5, 0, 17], 5, [5, 0, 17]),
        # on a tie the later cell goes
        ([3, 6, 6], 5, [P, 6, C]),
        # more than one complementary step: 1 + 1 = 2 < 5, then 1 + 1 + 7 = 9
        ([1, 1, 7, 9], 5, [P, P, C, 9]),
        # two small cells that together reach k need nothing more
        ([1, 4, 20], 5, [P, P, 20]),
        # rule 2c: three hidden cells summing to 3 could only be 1, 1, 1
        ([1, 1, 1, 10], 3, [P, P, P, C]),
        # the residual case: nothing else to hide, zeros stay shown (see the docstring)
        ([1, 1, 1, 0], 3, [P, P, P, 0]),
        # k = 10: everything below 10 is small
        ([9, 9, 12], 10, [P, P, 12]),
    ],
)
def test_protect_line_hand_worked_examples(counts: list[int], k: int, expected: list) -> None:
    assert _shape(protect_line(counts, k)) == expected


def test_the_brief_example_lines_resist_the_attacker() -> None:
    for counts in ([12, 3, 9, 0], [20, 4, 4], [2, 30], [1, 2, 0], [1, 1, 7, 9], [3, 6, 6]):
        assert attack_line(counts, protect_line(counts, 5), 5) == [], counts
    assert attack_line([1, 1, 1, 10], protect_line([1, 1, 1, 10], 3), 3) == []


def test_the_residual_all_ones_line_is_what_the_docstring_admits() -> None:
    counts = [1, 1, 1, 0]
    assert attack_line(counts, protect_line(counts, 3), 3) == [0, 1, 2]


# ---------------------------------------------------------------------- lines: properties

lines = st.lists(st.integers(0, 40), min_size=2, max_size=7)
ks = st.integers(MIN_K, MAX_K)


@settings(max_examples=400, deadline=None)
@given(counts=lines, k=ks)
def test_protect_line_properties(counts: list[int], k: int) -> None:
    cells = protect_line(counts, k)
    assert len(cells) == len(counts)
    hidden = [c for c, cell in zip(counts, cells, strict=True) if cell.suppressed]
    shown = [(c, cell) for c, cell in zip(counts, cells, strict=True) if cell.shown]
    non_zero = [c for c in counts if c]
    for c, cell in shown:
        assert cell.value == c  # shown cells equal the input
        assert c == 0 or c >= k  # every shown count is 0 or >= k
        assert cell.reason == ""
    assert len(hidden) != 1  # never exactly one suppressed cell
    if sum(counts) < k:
        assert all(cell.reason == TOTAL for cell in cells)
        return
    assert all(cell.shown for c, cell in zip(counts, cells, strict=True) if c == 0)
    every_non_zero_hidden = len(hidden) == len(non_zero)
    if hidden and not every_non_zero_hidden:
        assert sum(hidden) >= k
        assert sum(hidden) > len(hidden)  # rule 2c: not all ones
    for c, cell in zip(counts, cells, strict=True):
        if cell.suppressed:
            assert cell.reason == (PRIMARY if 0 < c < k else COMPLEMENTARY)


@settings(max_examples=300, deadline=None)
@given(counts=lines, k=ks)
def test_no_hidden_cell_of_a_line_can_be_worked_out(counts: list[int], k: int) -> None:
    cells = protect_line(counts, k)
    worked_out = attack_line(counts, cells, k)
    residual = sum(counts) >= k and all(c in (0, 1) for c in counts)
    assert worked_out == [] or residual, (counts, k, worked_out)


def test_a_reader_who_replays_the_rules_cannot_pin_a_cell() -> None:
    """The rules are deterministic (module docstring): with the shown 5 and the total 14
    exact, only [4, 5, 5] and [5, 5, 4] lead to [hidden, 5, hidden]. What is published is
    not exact: the shown count and the total carry the cell-key noise (``cellkey``), which
    can turn any count from 1 up into any published value from 1 up, so the reader must
    replay the rules over every shown count and total too, and the hidden 4 is not pinned.
    (This was a strict xfail before the cell-key method.)"""
    counts, k = [4, 5, 5], 5
    published = _shape(protect_line(counts, k))
    assert published == [P, 5, C]
    assert cellkey.possible_counts(5) == (1, None)  # the shown 5 and the total 14 alike
    pattern = ["hidden", "shown", "hidden"]
    candidates = {
        a
        for a in range(1, 12)
        for m in range(k, 12)
        for b in range(1, 12)
        if [("shown" if c.shown else "hidden") for c in protect_line([a, m, b], k)] == pattern
    }
    assert 4 in candidates and len(candidates) > 1


# --------------------------------------------------------------------- tables: examples


def test_protect_table_hides_more_when_a_total_gives_a_hidden_cell_back() -> None:
    # Rules 1-2 alone hide 4, 3 / 9 / 12, 7; row 2's total (9) then gives back the 9 and
    # column 1's total the 4 (see test_the_attacker_pins_what_...). Rule 6 hides the 10.
    rows = [[4, 3, 0], [9, 0, 0], [10, 12, 7]]
    cells = protect_table(rows, 5)
    assert [_shape(row) for row in cells] == [[P, P, 0], [C, 0, 0], [C, C, C]]
    assert attack_table(rows, cells, 5) == []


def test_protect_table_small_row_is_hidden_whole_and_the_columns_protect_it() -> None:
    rows = [[1, 2, 0], [10, 10, 10], [10, 10, 10]]
    cells = protect_table(rows, 5)
    # Row 1 has 3 < 5 responses. Each column then has one hidden cell; the later of the
    # two 10s goes with it (and in column 3 the hidden 0 sums to less than k).
    assert [_shape(row) for row in cells] == [[T, T, T], [10, 10, 10], [C, C, C]]
    assert attack_table(rows, cells, 5) == []


def test_protect_table_repeats_rule_2_until_rows_and_columns_agree() -> None:
    rows = [[3, 12, 9], [8, 2, 10]]
    cells = protect_table(rows, 5)
    # Rows: 3 takes 9 with it, 2 takes 8. Columns: 2 takes 12, 9 takes 10. Everything goes.
    assert [_shape(row) for row in cells] == [[P, C, C], [C, P, C]]
    assert attack_table(rows, cells, 5) == []


def test_a_table_with_fewer_than_k_responses_is_hidden_whole() -> None:
    cells = protect_table([[1, 0], [2, 1]], 5)
    assert [_shape(row) for row in cells] == [[T, T], [T, T]]


def test_a_table_without_rows_is_empty() -> None:
    assert protect_table([], 5) == ()


def test_protect_table_refuses_ragged_rows() -> None:
    with pytest.raises(ValueError, match="row 1 has 3, row 2 has 2"):
        protect_table([[1, 2, 3], [4, 5]], 5)


@pytest.mark.parametrize(
    ("rows", "k"),
    [
        ([[1, 12]], 8),  # one row: each column total is a cell
        ([[13, 1], [0, 18], [0, 12]], 9),  # column 1 total with zeros shown gives back 13
        ([[11, 4], [0, 0]], 10),  # an empty row: column 1's total is row 1's cell
    ],
)
def test_protect_table_refuses_tables_whose_totals_give_a_count_away(rows, k) -> None:
    with pytest.raises(TableNotProtectable, match="Publish each row as its own line"):
        protect_table(rows, k)
    # and rightly: even with every non-zero cell hidden, the attacker pins a small count
    assert attack_table(rows, _hide_all(rows, k), k)


def _hide_all(rows: Sequence[Sequence[int]], k: int) -> list[list[Cell]]:
    """The most a table can hide without hiding zeros outside small lines."""
    n_rows, n_cols = len(rows), len(rows[0])
    small_row = [sum(row) < k for row in rows]
    small_col = [sum(row[c] for row in rows) < k for c in range(n_cols)]
    return [
        [
            Cell(None, True, TOTAL)
            if small_row[r] or small_col[c]
            else Cell(None, True, COMPLEMENTARY)
            if rows[r][c]
            else Cell(0)
            for c in range(n_cols)
        ]
        for r in range(n_rows)
    ]


# ------------------------------------------------------------------- tables: properties

tables = st.integers(2, 3).flatmap(
    lambda n_cols: st.lists(
        st.lists(st.integers(0, 9) | st.just(0), min_size=n_cols, max_size=n_cols),
        min_size=1,
        max_size=3,
    )
)


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=tables, k=ks)
def test_protect_table_properties_and_the_attacker(rows: list[list[int]], k: int) -> None:
    try:
        cells = protect_table(rows, k)
    except TableNotProtectable:
        # Raising is only right if no amount of hiding (short of zeros) would do.
        assert attack_table(rows, _hide_all(rows, k), k)
        return
    n_rows, n_cols = len(rows), len(rows[0])
    for r in range(n_rows):
        for c in range(n_cols):
            v, cell = rows[r][c], cells[r][c]
            if cell.shown:
                assert cell.value == v
                assert v == 0 or v >= k
            elif v == 0:
                assert cell.reason == TOTAL  # zeros are hidden only in small lines
    lines = [[(r, c) for c in range(n_cols)] for r in range(n_rows)]
    lines += [[(r, c) for r in range(n_rows)] for c in range(n_cols)]
    for keys in lines:
        values = [rows[r][c] for r, c in keys]
        if sum(values) < k:
            assert all(cells[r][c].suppressed for r, c in keys)
            continue
        hidden = [rows[r][c] for r, c in keys if cells[r][c].suppressed]
        if hidden and len([v for v in hidden if v]) < len([v for v in values if v]):
            assert len(hidden) >= 2
            assert sum(hidden) >= k
            assert sum(hidden) > len(hidden)
    assert attack_table(rows, cells, k) == [], (rows, k)


# ------------------------------------------------------------------------------- shares


@pytest.mark.parametrize(
    ("c", "n", "k", "expected"),
    [
        (10, 20, 5, Cell(0.5)),
        (0, 20, 5, Cell(0.0)),
        (20, 20, 5, Cell(1.0)),
        (3, 20, 5, Cell(None, True, PRIMARY)),
        (17, 20, 5, Cell(None, True, COMPLEMENT)),  # 85 % says 3 did not
        (12, 13, 5, Cell(None, True, COMPLEMENT)),  # 92 % in a line of 13
        (5, 9, 5, Cell(None, True, COMPLEMENT)),  # 9 - 5 = 4 < 5
        (2, 4, 5, Cell(None, True, TOTAL)),  # N < k
        (0, 0, 5, Cell(None, True, TOTAL)),
        (5, 10, 5, Cell(0.5)),
    ],
)
def test_share_cell(c: int, n: int, k: int, expected: Cell) -> None:
    assert share_cell(c, n, k) == expected


def test_share_cell_refuses_a_count_above_its_total() -> None:
    with pytest.raises(ValueError, match="cannot exceed its total: got 6 out of 5"):
        share_cell(6, 5, 5)


def test_line_shares_hide_the_share_of_a_complementary_cell() -> None:
    counts = [12, 3, 9, 0]
    # On its own the share of 9 in 24 passes rule 3, but it would give the 9 back.
    assert share_cell(9, 24, 5).shown
    assert _shape(line_shares(counts, 5)) == [0.5, P, C, 0.0]
    assert _shape(line_shares([1, 2], 5)) == [T, T]


@settings(max_examples=200, deadline=None)
@given(counts=lines, k=ks)
def test_line_shares_are_hidden_exactly_where_the_counts_are(counts: list[int], k) -> None:
    shares, protected = line_shares(counts, k), protect_line(counts, k)
    for c, share, cell in zip(counts, shares, protected, strict=True):
        assert share.suppressed == cell.suppressed
        if share.shown:
            assert share.value == c / sum(counts)


# -------------------------------------------------------------------------------- means


@pytest.mark.parametrize("k", [3, 5, 10])
def test_mean_cell_hides_means_of_fewer_than_k_units(k: int) -> None:
    assert mean_cell(3.25, k - 1, k) == Cell(None, True, TOTAL)
    assert mean_cell(3.25, k, k) == Cell(3.25)


def test_mean_cell_refuses_a_negative_n() -> None:
    with pytest.raises(ValueError, match="number of units n"):
        mean_cell(1.0, -1, 5)


# ------------------------------------------------------------------------ what is shown


def test_suppressed_text_is_empty_for_a_shown_cell() -> None:
    assert suppressed_text(Cell(12), 5) == ""


@pytest.mark.parametrize("k", [3, 7])
def test_suppressed_text_says_fewer_than_k_only_for_small_lines(k: int) -> None:
    assert suppressed_text(Cell(None, True, TOTAL), k) == f"fewer than {k}"
    assert suppressed_text(mean_cell(2.0, k - 1, k), k) == f"fewer than {k}"


def test_suppressed_text_is_the_same_whichever_cell_of_a_line_is_small() -> None:
    """Otherwise the text gives the split away: in [20, 4, 4] two cells marked
    "fewer than 5" that sum to 8 must both be 4; in [12, 3, 9, 0] it would be a lie."""
    texts = {
        suppressed_text(cell, 5)
        for counts in ([20, 4, 4], [12, 3, 9, 0], [2, 30])
        for cell in protect_line(counts, 5)
        if cell.suppressed
    } | {suppressed_text(share_cell(17, 20, 5), 5), suppressed_text(share_cell(3, 20, 5), 5)}
    assert texts == {HIDDEN_TEXT}
    assert "fewer than" not in HIDDEN_TEXT
