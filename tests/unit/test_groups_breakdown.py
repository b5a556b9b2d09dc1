"""Respondent groups: a pair belongs to the group of its before answer; group results are
the same summarise() as any filter (same cells, same noise); the report prints them with
"fewer than k" for a small group."""

from __future__ import annotations

import dataclasses

import pytest

from tests.about_you_data import gbv_with_about_you
from tests.unit.test_disclosure_attack import make_world
from workshop_kit.analysis.dataset import Filters, make_dataset
from workshop_kit.analysis.groups import subset
from workshop_kit.analysis.groups_breakdown import breakdown
from workshop_kit.analysis.summary import summarise
from workshop_kit.exports.report import report
from workshop_kit.pdf.blocks import Heading, Table

K = 5


@pytest.fixture(scope="module")
def instrument(tmp_path_factory):
    return gbv_with_about_you(tmp_path_factory.mktemp("survey"))


@pytest.fixture(scope="module")
def world(instrument):
    return make_world(instrument, 21, (30, 14, 22))


def test_a_pair_is_in_the_group_of_its_before_answer(instrument, world):
    dataset = make_dataset(Filters(group=("sex", 1)), world)
    pre = {r.response.id: r for r in dataset.rows if r.response.phase == "pre"}
    assert pre and all(r.response.answers["sex"] == 1 for r in pre.values())
    posts = [r for r in dataset.rows if r.response.phase == "post"]
    assert posts and all(r.pair is not None for r in posts)  # unmatched afters: no group
    pairs = dataset.pairs()
    assert pairs and all(before.answers["sex"] == 1 for before, _ in pairs)
    assert all("sex" not in after.answers for _, after in pairs)
    everyone = make_dataset(Filters(), world)
    women = sum(1 for b, _ in everyone.pairs() if b.answers.get("sex") == 1)
    assert len(pairs) == women


def test_prefer_not_and_older_responses_are_in_no_group(instrument, world):
    workshop, responses = world[0]
    older = [
        dataclasses.replace(r, answers={k: v for k, v in r.answers.items() if k != "sex"})
        for r in responses
    ]
    chosen = [make_dataset(Filters(group=("sex", v)), [(workshop, older)]) for v in (1, 2)]
    assert all(d.rows == () for d in chosen)
    everyone = make_dataset(Filters(), world)
    grouped = sum(len(make_dataset(Filters(group=("sex", v)), world).phase("pre")) for v in (1, 2))
    passed = sum(1 for r in everyone.phase("pre") if r.answers["sex"] is None)
    assert grouped + passed == len(everyone.phase("pre"))


def test_subset_is_the_group_filter(instrument, world):
    everyone = make_dataset(Filters(), world)
    for group in (("sex", 2), ("age_band", 3)):
        loaded = make_dataset(Filters(group=group), world)
        part = subset(everyone, group)
        assert {r.response.id for r in part.rows} == {r.response.id for r in loaded.rows}
        assert part.unmatched_pre == loaded.unmatched_pre
        assert part.unmatched_post == loaded.unmatched_post
        assert part.filters.describe()["group"] == f"{group[0]}={group[1]}"


def test_group_results_are_summarise_on_the_group_filter(instrument, world):
    everyone = make_dataset(Filters(), world)
    groups = breakdown(everyone, instrument, k=K)
    assert [(g.about.id, g.option.value) for g in groups] == [
        ("sex", 1),
        ("sex", 2),
        ("age_band", 1),
        ("age_band", 2),
        ("age_band", 3),
    ]
    for group in groups:
        filters = Filters(group=(group.about.id, group.option.value))
        same = summarise(make_dataset(filters, world), instrument, k=K)
        assert group.constructs == same.constructs  # same records: same noise, same cells
    constructs = {c.construct for c in summarise(everyone, instrument, k=K).constructs}
    assert {c.construct for c in groups[0].constructs} == constructs  # about-you: not scored


def test_no_breakdown_without_about_you_or_inside_a_group(instrument, world):
    inside = make_dataset(Filters(group=("sex", 1)), world)
    assert breakdown(inside, instrument, k=K) == ()
    plain = dataclasses.replace(instrument, about_you=())
    assert breakdown(make_dataset(Filters(), world), plain, k=K) == ()


def _group_tables(document):
    blocks = list(document.blocks)
    start = next(
        i
        for i, b in enumerate(blocks)
        if isinstance(b, Heading) and b.text in ("Scores by group", "المقاييس حسب المجموعة")
    )
    return [b for b in blocks[start:] if isinstance(b, Table)][:2]


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_report_compares_groups_and_hides_small_ones(instrument, lang):
    world = make_world(instrument, 22, (9,))  # one small workshop: groups below k
    dataset = make_dataset(Filters(), world)
    results = summarise(dataset, instrument, k=K)
    groups = breakdown(dataset, instrument, k=K)
    document = report(results, lang, None, day="2026-12-01", groups=groups)
    sex, age = _group_tables(document)
    fewer = {"en": "fewer than 5", "ar": "أقل من 5"}[lang]
    cells = [cell for row in age.rows for cell in row[2:]]
    assert any(fewer in cell for cell in cells)
    labels = {row[1] for row in sex.rows}
    assert labels == {o.label.get(lang) for o in instrument.about("sex").options}
    for group in groups:
        for construct in group.constructs:
            for phase in (construct.pre, construct.post):
                if not phase.mean.shown:
                    assert phase.n < K


def test_report_without_groups_has_no_group_section(instrument, world):
    results = summarise(make_dataset(Filters(), world), instrument, k=K)
    document = report(results, "en", None, day="2026-12-01")
    assert not any(isinstance(b, Heading) and b.text == "Scores by group" for b in document.blocks)
