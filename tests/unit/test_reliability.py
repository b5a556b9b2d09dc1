"""Cronbach's alpha per construct (``analysis/reliability.py``): the formula against exact
references, which answers count, and when alpha may be published."""

from __future__ import annotations

import random
from fractions import Fraction
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workshop_kit.analysis import cellkey, reliability
from workshop_kit.analysis.dataset import Filters, make_dataset
from workshop_kit.analysis.reliability import cronbach_alpha
from workshop_kit.analysis.scales import DONT_KNOW
from workshop_kit.analysis.summary import summarise
from workshop_kit.content.library import ContentRoot, load_library
from workshop_kit.records.model import Response, Workshop, new_id, new_record_key

BUNDLED = Path(__file__).resolve().parents[2] / "curricula"
K = 5


@pytest.fixture(scope="module")
def instrument():
    return load_library([ContentRoot(BUNDLED, bundled=True)]).instrument("gbv-attitudes")


# ----------------------------------------------------------------------------- references


def _variance(values: list[Fraction]) -> Fraction:
    """The sample variance (n - 1), by its definition."""
    mean = sum(values, Fraction(0)) / len(values)
    return sum(((v - mean) ** 2 for v in values), Fraction(0)) / (len(values) - 1)


def textbook_alpha(rows: list[tuple[Fraction, ...]]) -> Fraction | None:
    """alpha = m / (m - 1) * (1 - sum of item variances / variance of the total)."""
    m = len(rows[0])
    totals = [sum(row, Fraction(0)) for row in rows]
    if m < 2 or len(rows) < 2 or _variance(totals) == 0:
        return None
    items = sum((_variance([row[j] for row in rows]) for j in range(m)), Fraction(0))
    return Fraction(m, m - 1) * (1 - items / _variance(totals))


def covariance_alpha(rows: list[tuple[float, ...]]) -> float:
    """The covariance-matrix form (as pingouin's ``cronbach_alpha`` computes it), in numpy:
    m / (m - 1) * (1 - trace(C) / sum(C))."""
    matrix = np.cov(np.array(rows, dtype=float), rowvar=False, ddof=1)
    m = matrix.shape[0]
    return m / (m - 1) * (1 - np.trace(matrix) / matrix.sum())


SCORES = st.sampled_from([Fraction(0), Fraction(1, 4), Fraction(1, 2), Fraction(3, 4), 1])


@st.composite
def answer_tables(draw):
    m = draw(st.integers(2, 6))
    n = draw(st.integers(2, 40))
    return [tuple(draw(SCORES) for _ in range(m)) for _ in range(n)]


@settings(max_examples=300, deadline=None)
@given(answer_tables())
def test_alpha_equals_the_textbook_formula_exactly(rows):
    assert cronbach_alpha(rows) == textbook_alpha(rows)


@settings(max_examples=200, deadline=None)
@given(answer_tables())
def test_alpha_agrees_with_the_covariance_matrix_form(rows):
    alpha = cronbach_alpha(rows)
    if alpha is None:
        return
    assert float(alpha) == pytest.approx(covariance_alpha(rows), abs=1e-9)


def test_a_small_example_worked_by_hand():
    # Item 1: 1, 2, 3, 4 and item 2: 1, 3, 2, 4; each has variance 5/3. Totals 2, 5, 5, 8
    # (mean 5): squares 9 + 0 + 0 + 9 = 18 over 3 = 6. alpha = 2 * (1 - (10/3) / 6) = 8/9.
    assert cronbach_alpha([(1, 1), (2, 3), (3, 2), (4, 4)]) == Fraction(8, 9)
    # Two items that always disagree: the total does not vary, alpha is not defined.
    assert cronbach_alpha([(0, 1), (1, 0), (0, 1)]) is None
    # One item, or one person: not defined.
    assert cronbach_alpha([(1,), (2,), (3,)]) is None
    assert cronbach_alpha([(1, 2)]) is None
    # Items that move against each other give a negative alpha: item variances 0.3 and
    # 0.3, totals 1, 1, 0, 2, 1 with variance 0.5: alpha = 2 * (1 - 0.6 / 0.5) = -0.4.
    assert cronbach_alpha([(0, 1), (1, 0), (0, 0), (1, 1), (0, 1)]) == Fraction(-2, 5)


def test_yes_no_items_give_kr20():
    # KR-20 = m/(m-1) * (1 - sum p q / variance of total), with population variances
    rows = [(1, 1, 0), (1, 0, 0), (0, 0, 0), (1, 1, 1), (0, 1, 0), (1, 1, 1)]
    n, m = len(rows), 3
    p = [Fraction(sum(r[j] for r in rows), n) for j in range(m)]
    totals = [sum(r) for r in rows]
    mean = Fraction(sum(totals), n)
    var = sum((t - mean) ** 2 for t in totals) / n
    kr20 = Fraction(m, m - 1) * (1 - sum(q * (1 - q) for q in p) / var)
    assert cronbach_alpha(rows) == kr20


# ----------------------------------------------------------------------------- from the survey


def _workshop(instrument) -> Workshop:
    return Workshop(
        id=new_id(),
        curriculum_id="equal-voices",
        session_ids=("gender-and-power",),
        site="East Amman centre",
        day="2026-03-02",
        language="en",
        expected_participants=30,
        instrument_id=instrument.id,
        instrument_version=instrument.version,
        status="closed",
        closed_day="2026-03-09",
    )


def _results(instrument, answers: list[dict], *, k: int = K, cell_key: bool = False):
    """Everyone answers before only (``answers``: one dict per person)."""
    workshop = _workshop(instrument)
    responses = [
        Response(
            id=new_id(),
            workshop_id=workshop.id,
            phase="pre",
            instrument_id=instrument.id,
            instrument_version=instrument.version,
            answers=a,
            entry_mode="paper",
            day=workshop.day,
            record_key=new_record_key(),
        )
        for a in answers
    ]
    dataset = make_dataset(Filters(), [(workshop, responses)])
    return summarise(dataset, instrument, k=k, cell_key=cell_key), responses


def _construct(results, name: str):
    (construct,) = [c for c in results.constructs if c.construct == name]
    return construct


VIOLENCE = ("hit_if_antagonising", "tolerate_for_family", "deserves_beating", "never_acceptable")


def _violence(person: int) -> dict:
    """agree3 (1 disagree, 2 partly, 3 agree): the three plain items follow a person's
    level, the reverse-worded "never acceptable" the opposite way."""
    level = (1, 2, 3, 2, 1, 3)[person % 6]
    other = (2, 2, 3, 1, 1, 3)[person % 6]
    return {
        "hit_if_antagonising": level,
        "tolerate_for_family": other,
        "deserves_beating": level,
        "never_acceptable": 4 - level,
    }


def test_alpha_uses_the_scores_reverse_coding_and_complete_cases(instrument):
    people = [_violence(p) for p in range(14)]
    people[0]["tolerate_for_family"] = None  # prefer not: this person is left out of alpha
    people[1]["deserves_beating"] = None
    results, _ = _results(instrument, people)
    alpha = _construct(results, "violence_acceptance").alpha_pre
    complete = people[2:]
    score = {1: Fraction(0), 2: Fraction(1, 2), 3: Fraction(1)}
    rows = [
        (
            score[a["hit_if_antagonising"]],
            score[a["tolerate_for_family"]],
            score[a["deserves_beating"]],
            1 - score[a["never_acceptable"]],  # reverse-worded: flipped as in the score
        )
        for a in complete
    ]
    expected = textbook_alpha(rows)
    assert expected is not None and expected > Fraction(1, 2)
    assert alpha.status == reliability.SHOWN
    assert alpha.value == round(float(expected), 2)
    assert alpha.n == len(complete) == 12
    # Without flipping the reverse-worded item, alpha would be far lower: it is not used.
    unflipped = [(*row[:3], 1 - row[3]) for row in rows]
    assert round(float(textbook_alpha(unflipped)), 2) != alpha.value


def test_dont_know_scores_as_no_in_alpha_as_in_the_score(instrument):
    dhs = (
        "dhs_goes_out",
        "dhs_neglects_children",
        "dhs_argues",
        "dhs_refuses_sex",
        "dhs_burns_food",
    )
    rng = random.Random(4)
    people = []
    for _ in range(15):
        yes = rng.random() < 0.5
        people.append(
            {
                i: (1 if yes else rng.choice((0, DONT_KNOW))) if rng.random() < 0.8 else 0
                for i in dhs
            }
        )
    as_no = [{i: (0 if v == DONT_KNOW else v) for i, v in a.items()} for a in people]
    with_dk = _construct(_results(instrument, people)[0], "dhs_justification").alpha_pre
    without = _construct(_results(instrument, as_no)[0], "dhs_justification").alpha_pre
    assert any(v == DONT_KNOW for a in people for v in a.values())
    assert with_dk.shown and with_dk == without and with_dk.n == 15  # nobody left out
    assert with_dk.value == round(
        float(textbook_alpha([tuple(a[i] for i in dhs) for a in as_no])), 2
    )


@pytest.mark.parametrize(
    ("people", "status"),
    [(4, reliability.FEWER), (9, reliability.TOO_FEW), (10, reliability.SHOWN)],
)
def test_alpha_is_shown_only_from_ten_complete_cases_and_k(instrument, people, status):
    results, _ = _results(instrument, [_violence(p) for p in range(people)])
    alpha = _construct(results, "violence_acceptance").alpha_pre
    assert alpha.status == status
    assert (alpha.value is not None) == (status == reliability.SHOWN) == alpha.shown


@pytest.mark.parametrize(
    ("k", "people", "status"),
    [(10, 9, reliability.FEWER), (10, 10, reliability.SHOWN), (3, 3, reliability.TOO_FEW)],
)
def test_the_threshold_is_ten_and_never_below_k(instrument, k, people, status):
    results, _ = _results(instrument, [_violence(p) for p in range(people)], k=k)
    assert _construct(results, "violence_acceptance").alpha_pre.status == status
    assert reliability.published_from(k) == 10


def test_a_phase_nobody_answered_has_no_alpha(instrument):
    results, _ = _results(instrument, [_violence(p) for p in range(12)])
    alpha = _construct(results, "violence_acceptance").alpha_post
    assert alpha.status == reliability.FEWER and alpha.value is None and alpha.n == 0


def test_no_spread_is_not_defined(instrument):
    same = [{**_violence(0)} for _ in range(12)]
    results, _ = _results(instrument, same)
    alpha = _construct(results, "violence_acceptance").alpha_pre
    assert alpha.status == reliability.NO_SPREAD and alpha.value is None


def test_the_n_beside_alpha_is_the_perturbed_count_of_the_complete_cases(instrument):
    people = [_violence(p) for p in range(30)]
    for a in people[:4]:
        a["deserves_beating"] = None
    results, responses = _results(instrument, people, cell_key=True)
    alpha = _construct(results, "violence_acceptance").alpha_pre
    keys = [r.record_key for r in responses[4:]]
    assert alpha.n == cellkey.perturb(26, cellkey.cell_key(keys), floor=reliability.MIN_N)
    exact, _ = _results(instrument, people)
    # alpha itself is computed from the answers, the same with or without the noise
    assert alpha.value == _construct(exact, "violence_acceptance").alpha_pre.value


def test_alpha_is_rounded_half_away_from_zero():
    assert reliability._round(Fraction(785, 1000)) == 0.79
    assert reliability._round(Fraction(-785, 1000)) == -0.79
    assert reliability._round(Fraction(-1, 1000)) == 0.0
    assert str(reliability._round(Fraction(-1, 1000))) == "0.0"


def test_a_shown_alpha_never_prints_an_n_below_ten(instrument):
    """With cell-key noise, ten to twelve complete cases may be perturbed below ten: beside a
    shown alpha the n is floored at ten (as every shown count is floored at k)."""
    seen = []
    for seed in range(40):
        rng = random.Random(seed)
        people = [_violence(rng.randrange(6)) for _ in range(10 + seed % 3)]
        results, _ = _results(instrument, people, cell_key=True)
        alpha = _construct(results, "violence_acceptance").alpha_pre
        if alpha.shown:
            seen.append(alpha.n)
    assert seen and min(seen) >= reliability.MIN_N
    assert len(set(seen)) > 1  # the noise is there: not every n is printed as it is


class _OneColumn:
    """A stand-in for the analysis' columns: every row answered "agree"."""

    def rows(self, phase, item_ids):
        return [(3,) * len(item_ids)] * 20

    def units(self, phase, chosen, k):
        return len(chosen)


def test_a_construct_of_one_item_has_no_alpha(instrument):
    one = [instrument.item("hit_if_antagonising")]
    alpha = reliability.phase_alpha(one, _OneColumn(), "pre", K)
    assert alpha.status == reliability.ONE_ITEM and alpha.value is None
    two = [*one, instrument.item("tolerate_for_family")]
    assert reliability.phase_alpha(two, _OneColumn(), "pre", K).status == reliability.ONE_ITEM
    three = [*two, instrument.item("deserves_beating")]
    assert reliability.phase_alpha(three, _OneColumn(), "pre", K).status == reliability.NO_SPREAD
