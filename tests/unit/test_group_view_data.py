"""What "Show to the group" may draw: collapsed agree / not-agree bars for small workshops,
never a collapsed cell below k, never a unanimous bar, and nothing an attacker can work
out from the collapsed line read together with the finer line and its totals."""

from __future__ import annotations

import random
from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests import survey_data
from tests.unit.test_disclosure import Constraint, Key, pinned
from workshop_kit.analysis.dataset import Filters, make_dataset
from workshop_kit.analysis.disclosure import Cell, protect_collapsed, protect_line
from workshop_kit.analysis.group import collapsed_bar, group_item, group_view_ready
from workshop_kit.analysis.summary import summarise as _summarise

from .test_analysis_summary import instrument  # noqa: F401  (the bundled instrument)

AGREE5 = ([0, 1, 2], [3, 4])  # disagree strongly, disagree, neutral | agree, agree strongly


def summarise(*args, **kwargs):
    """The exact figures (no cell-key noise): these tests check the statistics themselves;
    tests/unit/test_cell_key.py checks what the noise does."""
    return _summarise(*args, cell_key=False, **kwargs)


def gained(counts: Sequence[int], fine: Sequence[Cell], groups, collapsed: Sequence[Cell], k):
    """Hidden cells of the finer line that a reader can work out with the collapsed line
    and not without it. (A line of all ones is the residual limit ``protect_line`` admits;
    the collapsed line must add nothing to it.)"""
    without = attack(counts, fine, groups, [Cell(None, True, "complementary")] * len(groups), k)
    return sorted(set(attack(counts, fine, groups, collapsed, k)) - set(without))


def attack(counts: Sequence[int], fine: Sequence[Cell], groups, collapsed: Sequence[Cell], k):
    """Hidden cells of the finer line whose value a reader can work out from everything
    published: the shown cells, the line's total and the shown collapsed sums."""
    hidden = [(0, i) for i, cell in enumerate(fine) if cell.suppressed]
    if not hidden or sum(counts) < k:
        # nothing hidden; or the line is too small, hidden whole with its collapsed line
        # (``protect_line``'s own guarantee, tested in test_disclosure)
        assert all(cell.suppressed for cell in collapsed) or not hidden
        return []
    truth = {key: counts[key[1]] for key in hidden}
    floors = dict.fromkeys(hidden, 1)

    def line(positions) -> Constraint:
        keys: list[Key] = [(0, i) for i in positions if fine[i].suppressed]
        shown = sum(counts[i] for i in positions if fine[i].shown)
        return keys, sum(counts[i] for i in positions) - shown, True

    constraints = [line(range(len(counts)))]
    for group, cell in zip(groups, collapsed, strict=True):
        if cell.shown:
            constraints.append(line(group))
    return pinned(truth, floors, constraints, hidden)


def test_a_collapsed_line_that_would_give_a_finer_cell_away_is_hidden():
    # the agree side sums to 9 and "agree strongly" (5) is shown: "agree" would be 4
    counts = [1, 2, 3, 4, 5]
    fine = protect_line(counts, 5)
    assert [c.shown for c in fine] == [False, False, False, False, True]
    collapsed = protect_collapsed(counts, AGREE5, fine, 5)
    assert all(c.suppressed for c in collapsed)


def test_a_small_workshop_gets_its_collapsed_line():
    counts = [2, 3, 1, 3, 3]  # 12 people, every finer cell below k
    fine = protect_line(counts, 5)
    assert all(c.suppressed for c in fine)
    collapsed = protect_collapsed(counts, AGREE5, fine, 5)
    assert [c.value for c in collapsed] == [6, 6]
    assert gained(counts, fine, AGREE5, collapsed, 5) == []


def test_a_collapsed_cell_below_k_hides_the_whole_collapsed_line():
    counts = [1, 1, 1, 4, 5]
    collapsed = protect_collapsed(counts, AGREE5, protect_line(counts, 5), 5)
    assert all(c.suppressed and c.value is None for c in collapsed)


def test_protect_collapsed_refuses_groups_that_do_not_cover_the_line():
    with pytest.raises(ValueError, match="exactly one group"):
        protect_collapsed([1, 2, 3], ([0], [1]), protect_line([1, 2, 3], 3), 3)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.integers(0, 7), min_size=5, max_size=5),
    st.sampled_from([3, 4, 5]),
)
def test_no_collapsed_line_lets_a_reader_work_out_a_hidden_cell(counts, k):
    fine = protect_line(counts, k)
    collapsed = protect_collapsed(counts, AGREE5, fine, k)
    for cell in collapsed:
        assert cell.suppressed or cell.value == 0 or cell.value >= k
    assert gained(counts, fine, AGREE5, collapsed, k) == []


def _results(instrument, participants: int, seed: int):  # noqa: F811
    rng = random.Random(seed)
    data = [survey_data.workshop_responses(instrument, rng=rng, participants=participants)]
    return summarise(make_dataset(Filters(), data), instrument, k=5)


@pytest.mark.parametrize("participants", [12, 20])
def test_small_workshops_can_show_collapsed_bars_and_never_a_small_cell(
    instrument,  # noqa: F811
    participants,
):
    collapsed_items = 0
    for seed in range(6):
        results = _results(instrument, participants, seed)
        for result in results.items:
            shown = group_item(result, 5)
            collapsed_items += shown.showable and shown.collapsed
            for drawn in (shown.before, shown.after):
                if drawn is None:
                    continue
                counts = [round(s.width * drawn.answered) for s in drawn.segments]
                if all(s.side != "none" for s in drawn.segments):
                    # both sides of every bar the group sees hold at least k people
                    agreeing = round(drawn.agree * drawn.answered)
                    assert agreeing >= 5 and drawn.answered - agreeing >= 5
                assert all(c == 0 or c >= 5 for c in counts)
                if shown.collapsed:
                    assert drawn.collapsed and len(drawn.segments) == 2
    assert collapsed_items > 0


def test_eight_people_show_nothing_to_the_group(instrument):  # noqa: F811
    # at most 8 answer; two sides of at least k = 5 need 10 people. Disclosure control
    # alone would allow only a unanimous split (8 and 0), which the group view refuses.
    for seed in range(6):
        results = _results(instrument, 8, seed)
        assert not any(group_view_ready(result, 5) for result in results.items)


@pytest.mark.parametrize("participants", [8, 12, 20])
def test_collapsed_lines_of_generated_workshops_resist_the_attacker(
    instrument,  # noqa: F811
    participants,
):
    from workshop_kit.analysis import scales

    rng = random.Random(participants)
    for _ in range(4):
        data = [survey_data.workshop_responses(instrument, rng=rng, participants=participants)]
        dataset = make_dataset(Filters(), data)
        results = summarise(dataset, instrument, k=5)
        for result in results.items:
            item = result.item
            if not scales.has_sides(item.scale):
                continue
            side = scales.sides(item.scale)
            values = item.scale.values
            groups = (
                [i for i, v in enumerate(values) if side[v] != "agree"],
                [i for i, v in enumerate(values) if side[v] == "agree"],
            )
            for phase, result_phase in (("pre", result.pre), ("post", result.post)):
                answers = [
                    row.response.answers.get(item.id)
                    for row in dataset.rows
                    if row.response.phase == phase
                ]
                counts = [answers.count(v) for v in values]
                fine = [o.count for o in result_phase.options if o.value is not None]
                assert result_phase.collapsed is not None
                assert gained(counts, fine, groups, result_phase.collapsed, 5) == []


def test_a_unanimous_phase_is_not_shown_to_the_group(instrument):  # noqa: F811
    from .test_analysis_summary import paired_data

    # agreement-3 (1 disagree, 2 partly agree, 3 agree): 12 people, all agreeing after
    before = [1] * 6 + [2] * 3 + [3] * 3
    after = [2, 3] * 6
    data = paired_data(before, after)
    result = summarise(make_dataset(Filters(), [data]), instrument, k=5).item("hit_if_antagonising")
    assert result.post.collapsed is not None and result.post.collapsed[0].value == 0
    assert collapsed_bar(result.post, 5) is None  # "100 % agree" would tell on everyone
    shown = group_item(result, 5)
    assert shown.before is not None and shown.after is None
    assert group_view_ready(result, 5)
