"""From responses to results: counts, shares, paired tests, scores, indicators, filters.

Small data sets worked out by hand, so each number can be checked without the code.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tests import survey_data
from workshop_kit.analysis import intervals, stats
from workshop_kit.analysis.chart import bar, group_view_ready, item_bars
from workshop_kit.analysis.dataset import Filters, load_dataset, make_dataset
from workshop_kit.analysis.summary import summarise as _summarise
from workshop_kit.content.library import ContentRoot, load_library
from workshop_kit.records.model import Response, Workshop, new_id
from workshop_kit.records.store import WorkshopStore

BUNDLED = Path(__file__).resolve().parents[2] / "curricula"


def summarise(*args, **kwargs):
    """The exact figures (no cell-key noise): these tests check the statistics themselves;
    tests/unit/test_cell_key.py checks what the noise does."""
    return _summarise(*args, cell_key=False, **kwargs)


@pytest.fixture(scope="module")
def instrument():
    return load_library([ContentRoot(BUNDLED, bundled=True)]).instrument("gbv-attitudes")


def closed_workshop(**changes) -> Workshop:
    fields = {
        "id": new_id(),
        "curriculum_id": "equal-voices",
        "session_ids": ("gender-and-power",),
        "site": "East Amman centre",
        "day": "2026-10-05",
        "language": "en",
        "expected_participants": 20,
        "instrument_id": "gbv-attitudes",
        "instrument_version": 1,
        "status": "closed",
        "closed_day": "2026-10-05",
    }
    return Workshop(**{**fields, **changes})


def response(workshop: Workshop, phase: str, answers: dict, pair: int | None = None):
    return Response(
        id=new_id(),
        workshop_id=workshop.id,
        phase=phase,
        instrument_id="gbv-attitudes",
        instrument_version=1,
        answers=answers,
        entry_mode="paper",
        day=workshop.day,
        pair=pair,
    )


def paired_data(before: list, after: list, item: str = "hit_if_antagonising", extra=()):
    """One closed workshop: pair n answered before[n] then after[n] on ``item``."""
    workshop = closed_workshop()
    responses = []
    for number, (a, b) in enumerate(zip(before, after, strict=True), start=1):
        responses.append(response(workshop, "pre", {item: a}, pair=number))
        responses.append(response(workshop, "post", {item: b}, pair=number))
    for phase, answers in extra:
        responses.append(response(workshop, phase, answers))
    return workshop, responses


def test_distribution_counts_every_answer_and_prefer_not(instrument):
    # agree3: 1 disagree, 2 partly agree, 3 agree; None = prefer not to answer
    before = [1] * 6 + [2] * 5 + [3] * 5 + [None] * 5
    after = [1] * 11 + [2] * 5 + [3] * 0 + [None] * 5
    data = paired_data(before, after)
    results = summarise(make_dataset(Filters(), [data]), instrument, k=5)
    item = results.item("hit_if_antagonising")
    assert [o.count.value for o in item.pre.options] == [6, 5, 5, 5]
    assert [o.count.value for o in item.post.options] == [11, 5, 0, 5]
    assert item.pre.n == item.post.n == 21
    # options: shares of those who answered; prefer not: share of all responses
    assert item.pre.options[0].share.value == pytest.approx(6 / 16)
    assert item.pre.prefer_not.value == pytest.approx(5 / 21)
    # agreeing = partly agree + agree, of those who answered (16 before, 16 after)
    assert item.pre.agree.value == pytest.approx(10 / 16)
    assert item.post.agree.value == pytest.approx(5 / 16)


def test_paired_tests_use_pairs_where_both_answered(instrument):
    before = [3, 3, 3, 2, 2, 2, 1, 3, 2, 3, None, 2]
    after = [1, 2, 1, 1, 2, 1, 1, 3, 1, 1, 1, None]
    data = paired_data(before, after)
    results = summarise(make_dataset(Filters(), [data]), instrument, k=5)
    item = results.item("hit_if_antagonising")
    diffs = [b - a for a, b in zip(before, after, strict=True) if a and b]
    assert item.ordinal.n_pairs == len(diffs) == 10
    wilcoxon, sign = item.ordinal.tests
    # Published without the statistic and the note (both can be counts), p as computed.
    for published, computed in (
        (wilcoxon, stats.wilcoxon_signed_rank(diffs)),
        (sign, stats.sign_test(diffs)),
    ):
        assert (published.p_value, published.method, published.n) == (
            computed.p_value,
            computed.method,
            computed.n,
        )
        assert published.statistic is None and published.note == ""
    mean, low, high = stats.mean_ci(diffs)
    assert item.ordinal.mean_change.value == pytest.approx(mean)
    assert (item.ordinal.ci_low, item.ordinal.ci_high) == pytest.approx((low, high))
    # McNemar on agreeing (2 or 3): agree->not 6 times, not->agree 0 times
    (mcnemar,) = item.binary.tests
    assert mcnemar.p_value == stats.mcnemar(0, 6).p_value and mcnemar.statistic is None


def test_unmatched_responses_are_reported_and_counted_in_shares(instrument):
    extra = [("pre", {"hit_if_antagonising": 3})] * 3 + [("post", {"hit_if_antagonising": 1})]
    data = paired_data([1] * 8, [1] * 8, extra=extra)
    results = summarise(make_dataset(Filters(), [data]), instrument, k=5)
    assert (results.pairs, results.unmatched_pre, results.unmatched_post) == (8, 3, 1)
    assert (results.responses_pre, results.responses_post) == (11, 9)
    item = results.item("hit_if_antagonising")
    assert item.pre.n == 11 and item.post.n == 9
    assert item.ordinal.n_pairs == 8


def test_a_few_passing_do_not_hide_the_answers_of_the_others(instrument):
    # two people pass: their count is shown (it follows from the totals anyway), and the
    # bar of the 18 who answered is drawn
    before = [1] * 6 + [2] * 6 + [3] * 6 + [None] * 2
    data = paired_data(before, before)
    item = summarise(make_dataset(Filters(), [data]), instrument, k=5).item("hit_if_antagonising")
    assert item.pre.options[-1].count.value == 2
    assert [o.count.value for o in item.pre.options[:3]] == [6, 6, 6]
    assert bar(item.pre) is not None and group_view_ready(item)


def test_small_groups_are_suppressed_everywhere(instrument):
    data = paired_data([1, 2, 3, 1], [1, 1, 1, 1])  # four people: below k = 5
    results = summarise(make_dataset(Filters(), [data]), instrument, k=5)
    item = results.item("hit_if_antagonising")
    assert item.pre.suppressed and item.post.suppressed
    assert all(not o.count.shown and o.count.value is None for o in item.pre.options)
    assert not item.ordinal.shown and item.ordinal.tests == ()
    assert item.ordinal.mean_change.value is None
    assert item_bars(item) == (None, None)
    assert not group_view_ready(item)
    for construct in results.constructs:
        assert construct.pre.mean.value is None and construct.post.mean.value is None


def test_a_suppressed_cell_hides_the_share_agreeing(instrument):
    # 3 people agree: their cell is hidden, and so is the share that would reveal it
    data = paired_data([1] * 12 + [3] * 3, [1] * 15)
    item = summarise(make_dataset(Filters(), [data]), instrument, k=5).item("hit_if_antagonising")
    assert not item.pre.options[2].count.shown
    assert item.pre.agree.value is None
    assert bar(item.pre) is None


def test_k_is_checked(instrument):
    data = paired_data([1] * 6, [1] * 6)
    with pytest.raises(ValueError, match="3"):
        summarise(make_dataset(Filters(), [data]), instrument, k=2)


def test_construct_scores_reverse_reverse_worded_items(instrument):
    # violence_acceptance: three agree3 items, never_acceptable reverse-worded.
    # "Agree" everywhere except "disagree" on the reverse item = fully accepting (100).
    workshop = closed_workshop()
    accepting = {
        "hit_if_antagonising": 3,
        "tolerate_for_family": 3,
        "deserves_beating": 3,
        "never_acceptable": 1,
    }
    rejecting = {key: 4 - value for key, value in accepting.items()}  # 3 <-> 1
    responses = [response(workshop, "pre", accepting, pair=n) for n in range(1, 7)]
    responses += [response(workshop, "post", rejecting, pair=n) for n in range(1, 7)]
    results = summarise(make_dataset(Filters(), [(workshop, responses)]), instrument, k=5)
    (construct,) = [c for c in results.constructs if c.construct == "violence_acceptance"]
    assert construct.pre.mean.value == pytest.approx(100)
    assert construct.post.mean.value == pytest.approx(0)
    assert construct.paired.mean_change.value == pytest.approx(-100)


def test_a_construct_score_needs_half_the_items(instrument):
    workshop = closed_workshop()
    one_item = {"hit_if_antagonising": 3}  # 1 of 4 items: no score
    two_items = {"hit_if_antagonising": 3, "tolerate_for_family": 1}  # 2 of 4: score 50
    responses = [response(workshop, "pre", one_item) for _ in range(5)]
    responses += [response(workshop, "post", two_items) for _ in range(5)]
    results = summarise(make_dataset(Filters(), [(workshop, responses)]), instrument, k=5)
    (construct,) = [c for c in results.constructs if c.construct == "violence_acceptance"]
    assert construct.pre.n == 0
    assert construct.post.n == 5 and construct.post.mean.value == pytest.approx(50)


def test_dhs_indicator_is_yes_to_at_least_one_situation(instrument):
    block = [i.id for i in instrument.items if i.block is not None]
    workshop = closed_workshop()
    answers = []
    for n in range(10):  # 4 say yes to one situation, 4 say no/don't know to all
        if n < 4:
            answers.append({block[0]: 0, block[1]: 1})
        elif n < 8:
            answers.append({block[0]: 0, block[1]: 9, block[2]: 0})
        else:
            answers.append(dict.fromkeys(block))  # prefer not on all: not counted
    responses = [response(workshop, "pre", a) for a in answers]
    results = summarise(make_dataset(Filters(), [(workshop, responses)]), instrument, k=3)
    (indicator,) = results.indicators
    assert indicator.items == tuple(block)
    assert indicator.n_pre == 8
    assert indicator.pre.value == pytest.approx(4 / 8)


def test_filters_choose_workshops(instrument):
    rng = random.Random(5)
    early = survey_data.workshop_responses(
        instrument, rng=rng, participants=6, day="2026-01-10", site="East Amman centre"
    )
    late = survey_data.workshop_responses(
        instrument, rng=rng, participants=6, day="2026-09-10", site="Irbid youth club"
    )
    arabic = survey_data.workshop_responses(
        instrument, rng=rng, participants=6, day="2026-05-10", language="ar", site="Zarqa"
    )
    data = [early, late, arabic]

    def ids(**filters):
        return {w.id for w in make_dataset(Filters(**filters), data).workshops}

    assert ids() == {early[0].id, late[0].id, arabic[0].id}
    assert ids(day_from="2026-05-10") == {late[0].id, arabic[0].id}
    assert ids(day_to="2026-05-09") == {early[0].id}
    assert ids(site="Irbid youth club") == {late[0].id}
    assert ids(language="ar") == {arabic[0].id}
    assert ids(workshop_id=early[0].id) == {early[0].id}
    assert ids(curriculum_id="other") == set()


def test_rows_are_not_in_the_order_they_were_saved(instrument):
    # Pairs come in pair-number order (random at closing), the unmatched by random id.
    workshop = closed_workshop()
    saved = [response(workshop, "pre", {"hit_if_antagonising": 1}) for _ in range(12)]
    saved += [response(workshop, "pre", {"hit_if_antagonising": 1}, pair=n) for n in (3, 1, 2)]
    saved += [response(workshop, "post", {"hit_if_antagonising": 1}, pair=n) for n in (2, 3, 1)]
    rows = make_dataset(Filters(), [(workshop, saved)]).rows
    assert [(r.response.phase, r.pair) for r in rows[:3]] == [("pre", 1), ("pre", 2), ("pre", 3)]
    unmatched = [r.response.id for r in rows if r.pair is None]
    assert unmatched == sorted(r.id for r in saved[:12])


def test_rows_of_many_workshops_come_in_the_one_order_day_site_workshop_phase_pair_id(instrument):
    # make_dataset sorts each workshop's rows and then the workshops: the same order as one
    # sort of every row by the whole key, whatever order the workshops are read in.
    from workshop_kit.analysis.dataset import _row_order

    rng = random.Random(7)
    workshops = []
    for n in range(12):
        workshop = closed_workshop(day=f"2026-10-0{1 + n % 3}", site=rng.choice(["A", "B"]))
        saved = [
            response(workshop, rng.choice(["pre", "post"]), {"hit_if_antagonising": 1},
                     pair=rng.choice([None, 1, 2, 3]))
            for _ in range(rng.randrange(0, 9))
        ]  # fmt: skip
        workshops.append((workshop, saved))
    rng.shuffle(workshops)
    dataset = make_dataset(Filters(), workshops)
    assert list(dataset.rows) == sorted(dataset.rows, key=_row_order)
    assert len(dataset.rows) == sum(len(saved) for _, saved in workshops)
    assert [w.id for w in dataset.workshops] == [
        w.id for w in sorted((w for w, _ in workshops), key=lambda w: (w.day, w.site, w.id))
    ]


def test_open_workshops_are_matched_by_their_codes(instrument, user_data):
    store = WorkshopStore(memory=True)
    workshop = store.create_workshop(
        curriculum_id="equal-voices",
        session_ids=["gender-and-power"],
        site="East Amman centre",
        day="2026-10-05",
        language="en",
        expected_participants=10,
        instrument_id="gbv-attitudes",
        instrument_version=1,
    )
    for person in range(6):
        code = {
            "mother_initial": "abcdef"[person],
            "birth_day": str(person + 3),
            "older_siblings": "1",
            "birthplace_initial": "k",
            "younger_siblings": "0",
        }
        for phase, value in (("pre", 3), ("post", 1)):
            store.add_response(
                workshop.id,
                phase=phase,
                instrument_id="gbv-attitudes",
                instrument_version=1,
                answers={"hit_if_antagonising": value},
                entry_mode="kiosk",
                code_answers=code,
            )
    dataset = load_dataset(store, Filters())
    assert len(dataset.pairs()) == 6
    assert sorted(row.pair for row in dataset.rows if row.response.phase == "pre") == list(
        range(1, 7)
    )
    item = summarise(dataset, instrument, k=5).item("hit_if_antagonising")
    assert item.ordinal.n_pairs == 6 and item.ordinal.mean_change.value == pytest.approx(-2)


def test_chart_bars_put_neutral_in_the_middle(instrument):
    workshop = closed_workshop()
    item = next(i.id for i in instrument.items if i.scale.type == "agreement-5")
    values = [1] * 5 + [2] * 5 + [3] * 10 + [4] * 10 + [5] * 10
    responses = [response(workshop, "pre", {item: v}) for v in values]
    result = summarise(make_dataset(Filters(), [(workshop, responses)]), instrument, k=5)
    chart = bar(result.item(item).pre)
    assert [s.side for s in chart.segments] == [
        "disagree",
        "disagree",
        "neutral",
        "agree",
        "agree",
    ]
    neutral = chart.segments[2]
    assert neutral.start == pytest.approx(-neutral.width / 2)
    assert chart.segments[0].start == pytest.approx(-(10 / 40) - neutral.width / 2)
    assert sum(s.width for s in chart.segments) == pytest.approx(1)
    assert chart.agree == pytest.approx(20 / 40)


def test_yes_no_bars_run_no_then_dont_know_then_yes(instrument):
    workshop = closed_workshop()
    item = next(i.id for i in instrument.items if i.scale.type == "yes-no-dk")
    values = [1] * 6 + [0] * 8 + [9] * 6
    responses = [response(workshop, "pre", {item: v}) for v in values]
    result = summarise(make_dataset(Filters(), [(workshop, responses)]), instrument, k=5)
    chart = bar(result.item(item).pre)
    assert [s.value for s in chart.segments] == [0, 9, 1]
    assert chart.segments[2].start == pytest.approx(0.15)  # half of don't know (6/20)


# ----------------------------------------------------------------------------- small groups


def test_dont_know_counts_as_not_yes_in_scores_as_in_the_indicator(instrument):
    # help_knowledge: two yes/no/don't know items. "Don't know" to both is a score of 0
    # (counted, like "no"), not a missing score; "prefer not" to both gives no score.
    workshop = closed_workshop()
    answers = (
        [{"know_where_help": 9, "know_workplace_complaint": 9}] * 4
        + [{"know_where_help": 1, "know_workplace_complaint": 9}] * 4
        + [{"know_where_help": None, "know_workplace_complaint": None}] * 2
    )
    responses = [response(workshop, "pre", a) for a in answers]
    results = summarise(make_dataset(Filters(), [(workshop, responses)]), instrument, k=3)
    (construct,) = [c for c in results.constructs if c.construct == "help_knowledge"]
    assert construct.pre.n == 8
    assert construct.pre.mean.value == pytest.approx((4 * 0 + 4 * 50) / 8)
    item = results.item("know_where_help")
    assert item.pre.agree.value == pytest.approx(4 / 8)  # don't know: in the denominator


def test_dhs_block_scores_dont_know_like_the_indicator(instrument):
    block = [i.id for i in instrument.items if i.block is not None]
    workshop = closed_workshop()
    responses = [response(workshop, "pre", dict.fromkeys(block, 9)) for _ in range(6)]
    results = summarise(make_dataset(Filters(), [(workshop, responses)]), instrument, k=5)
    (indicator,) = results.indicators
    assert indicator.n_pre == 6 and indicator.pre.value == 0.0
    (construct,) = [c for c in results.constructs if c.construct == "dhs_justification"]
    assert construct.pre.n == 6 and construct.pre.mean.value == 0.0


def test_a_change_in_the_share_agreeing_has_newcombes_paired_interval(instrument):
    # 6 pairs: 5 agreed before and not after, 1 agreed both times. The old interval (t on
    # the 0/1 differences) ran from -126 to -40 points, past the possible -100.
    before, after = [3] * 6, [1] * 5 + [3]
    data = paired_data(before, after)
    item = summarise(make_dataset(Filters(), [data]), instrument, k=5).item("hit_if_antagonising")
    expected = intervals.newcombe_paired(1, 0, 5, 0)
    assert item.binary.mean_change.value == pytest.approx(-5 / 6)
    assert (item.binary.ci_low, item.binary.ci_high) == (expected.low, expected.high)
    assert item.binary.ci_method == "newcombe"
    assert -1.0 <= item.binary.ci_low < -5 / 6 < item.binary.ci_high < 0


def test_a_change_in_position_stays_on_the_scale_and_is_never_a_point(instrument):
    # 6 pairs all from "agree" (3) to "disagree" (1): every difference is -2, the most a
    # 3-point scale allows. The t interval was -2 to -2.
    data = paired_data([3] * 6, [1] * 6)
    item = summarise(make_dataset(Filters(), [data]), instrument, k=5).item("hit_if_antagonising")
    paired = item.ordinal
    assert paired.ci_method == "bound"
    assert paired.ci_low == -2 and -2 < paired.ci_high < 0
    wilcoxon, sign = paired.tests
    assert wilcoxon.method == sign.method == "exact"
    assert wilcoxon.p_value == pytest.approx(2 / 64)  # 6 pairs all one way: 2 / 2^6


def test_a_score_change_interval_is_cut_at_minus_100(instrument):
    # violence_acceptance, 5 pairs: four fall from 100 to 0, one from 100 to 50.
    workshop = closed_workshop()
    full = {"hit_if_antagonising": 3, "tolerate_for_family": 3, "deserves_beating": 3}
    full["never_acceptable"] = 1
    none = {key: 4 - value for key, value in full.items()}
    half = {"hit_if_antagonising": 2, "tolerate_for_family": 2, "deserves_beating": 2}
    half["never_acceptable"] = 2
    responses = [response(workshop, "pre", full, pair=n) for n in range(1, 6)]
    responses += [response(workshop, "post", none, pair=n) for n in range(1, 5)]
    responses.append(response(workshop, "post", half, pair=5))
    results = summarise(make_dataset(Filters(), [(workshop, responses)]), instrument, k=5)
    (construct,) = [c for c in results.constructs if c.construct == "violence_acceptance"]
    paired = construct.paired
    assert paired.mean_change.value == pytest.approx(-90)
    assert paired.ci_method == "t-clipped" and paired.ci_clipped
    assert paired.ci_low == -100 and -90 < paired.ci_high < 0
