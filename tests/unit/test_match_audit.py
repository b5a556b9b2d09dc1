"""The match audit: match rates, tolerant and ambiguous matches, and how matched and
unmatched participants differed before, all through disclosure control."""

from __future__ import annotations

import hashlib

import pytest

from workshop_kit.analysis import scales
from workshop_kit.analysis.audit import match_audit
from workshop_kit.analysis.dataset import Filters, make_dataset
from workshop_kit.analysis.summary import summarise as _summarise
from workshop_kit.records.matchcode import match

from .test_analysis_summary import closed_workshop, instrument, response  # noqa: F401


def summarise(*args, **kwargs):
    """The exact figures (no cell-key noise): these tests check the statistics themselves;
    tests/unit/test_cell_key.py checks what the noise does."""
    return _summarise(*args, cell_key=False, **kwargs)


def _workshop(instrument, pairs: int, unmatched_pre: int, unmatched_post: int):  # noqa: F811
    """Before, the matched score 0 on every violence item, the unmatched 100."""
    items = [i for i in instrument.items if i.construct == "violence_acceptance"]

    def scoring(target: float) -> dict:
        return {
            i.id: next(v for v in i.scale.values if scales.item_score(i, v) == target)
            for i in items
        }

    low, high = scoring(0.0), scoring(1.0)
    workshop = closed_workshop()
    responses = []
    for number in range(1, pairs + 1):
        responses.append(response(workshop, "pre", low, pair=number))
        responses.append(response(workshop, "post", low, pair=number))
    responses += [response(workshop, "pre", high) for _ in range(unmatched_pre)]
    responses += [response(workshop, "post", high) for _ in range(unmatched_post)]
    return workshop, responses


def test_the_audit_gives_match_rates_and_the_before_difference(instrument):  # noqa: F811
    data = _workshop(instrument, pairs=10, unmatched_pre=5, unmatched_post=0)
    audit = summarise(make_dataset(Filters(), [data]), instrument, k=5).audit
    assert audit.pairs.value == 10 and audit.unmatched_pre.value == 5
    assert audit.unmatched_post.value == 0
    assert audit.rate_pre.value == pytest.approx(10 / 15)
    assert audit.rate_post.value == pytest.approx(1.0)
    gap = next(g for g in audit.gaps if g.construct == "violence_acceptance")
    assert (gap.n_matched, gap.n_unmatched) == (10, 5)
    assert gap.matched.value == pytest.approx(0.0)
    assert gap.unmatched.value == pytest.approx(100.0)
    assert gap.difference.value == pytest.approx(100.0)
    # closed workshops keep only their pairs: no tolerant or ambiguous detail from them
    assert audit.detail_workshops == 0 and audit.workshops == 1


def test_a_small_unmatched_group_hides_the_split_the_rate_and_the_difference(instrument):  # noqa: F811
    data = _workshop(instrument, pairs=10, unmatched_pre=3, unmatched_post=1)
    audit = summarise(make_dataset(Filters(), [data]), instrument, k=5).audit
    for cell in (audit.pairs, audit.unmatched_pre, audit.unmatched_post):
        assert cell.suppressed and cell.value is None
    assert audit.rate_pre.suppressed and audit.rate_post.suppressed
    gap = next(g for g in audit.gaps if g.construct == "violence_acceptance")
    assert gap.matched.value == pytest.approx(0.0)  # 10 matched: shown
    assert gap.unmatched.suppressed and gap.difference.suppressed  # 3 unmatched: hidden


def test_a_workshop_below_k_shows_no_audit_number(instrument):  # noqa: F811
    data = _workshop(instrument, pairs=3, unmatched_pre=1, unmatched_post=0)
    audit = summarise(make_dataset(Filters(), [data]), instrument, k=5).audit
    assert audit.responses_pre.suppressed and audit.responses_post.suppressed
    assert all(
        c.suppressed
        for c in (audit.pairs, audit.rate_pre, audit.rate_post, audit.tolerant, audit.unmatched_pre)
    )
    assert all(g.matched.suppressed and g.unmatched.suppressed for g in audit.gaps)


def test_match_says_which_pairs_differed_in_one_element():
    result = match(
        [("p1", ("a", "b", "c")), ("p2", ("x", "y", "z"))],
        [("q1", ("a", "b", "c")), ("q2", ("x", "y", "w"))],
    )
    assert set(result.pairs) == {("p1", "q1"), ("p2", "q2")}
    assert result.tolerant == (("p2", "q2"),)


def test_tolerant_and_ambiguous_counts_are_split_from_their_totals():
    audit = match_audit(
        responses_pre=20,
        responses_post=20,
        pairs=15,
        tolerant=6,
        ambiguous_pre=2,
        ambiguous_post=0,
        detail_workshops=1,
        workshops=1,
        before_scores={},
        k=5,
    )
    assert audit.tolerant.value == 6  # 6 tolerant, 9 exact: both at least k
    assert audit.unmatched_pre.value == audit.unmatched_post.value == 5
    assert audit.rate_post.value == pytest.approx(0.75)
    assert audit.ambiguous_pre.suppressed  # 2 of the 5 unmatched
    assert audit.ambiguous_post.value == 0
    # 3 after responses unmatched: a small group, so the pairs are hidden in both lines
    # (the before line would give them back) and so is every rate
    lopsided = match_audit(
        responses_pre=20,
        responses_post=18,
        pairs=15,
        tolerant=6,
        ambiguous_pre=0,
        ambiguous_post=0,
        detail_workshops=1,
        workshops=1,
        before_scores={},
        k=5,
    )
    assert lopsided.pairs.suppressed and lopsided.unmatched_pre.suppressed
    assert lopsided.rate_pre.suppressed and lopsided.tolerant.suppressed
    small = match_audit(
        responses_pre=20,
        responses_post=20,
        pairs=15,
        tolerant=2,
        ambiguous_pre=0,
        ambiguous_post=0,
        detail_workshops=1,
        workshops=1,
        before_scores={},
        k=5,
    )
    assert small.tolerant.suppressed  # 2 tolerant
    assert small.ambiguous_pre.value == 0  # a zero is shown


def test_the_report_prints_the_audit_in_both_languages(instrument):  # noqa: F811
    from workshop_kit.exports.report import report

    from .test_report import _texts

    data = _workshop(instrument, pairs=10, unmatched_pre=5, unmatched_post=0)
    results = summarise(make_dataset(Filters(), [data]), instrument, k=5)
    texts = _texts(report(results, "en", None, day="2026-10-06"))
    at = texts.index("How well before and after were matched")
    assert texts[at + 1 : at + 5] == [
        "Before responses that were matched",
        "67%",
        "After responses that were matched",
        "100%",
    ]
    assert "+100.0" in texts  # not matched minus matched, violence acceptance before
    arabic = _texts(report(results, "ar", None, day="2026-10-06"))
    assert "مدى مطابقة الإجابات قبل الورشة وبعدها" in arabic


def test_the_report_hides_audit_numbers_of_small_groups(instrument):  # noqa: F811
    from workshop_kit.exports.report import report

    from .test_report import _texts

    data = _workshop(instrument, pairs=10, unmatched_pre=3, unmatched_post=0)
    results = summarise(make_dataset(Filters(), [data]), instrument, k=5)
    texts = _texts(report(results, "en", None, day="2026-10-06"))
    at = texts.index("How well before and after were matched")
    assert texts[at + 2] == "hidden" and texts[at + 4] == "hidden"
    assert "100.0" not in " ".join(texts[at:])  # the 3 unmatched people's mean


def test_an_open_workshop_reports_its_tolerant_and_ambiguous_matches(instrument):  # noqa: F811
    from dataclasses import replace

    from workshop_kit.records.model import HASH_LENGTH

    def h(text: str) -> str:
        return hashlib.sha256(text.encode()).hexdigest()[:HASH_LENGTH]

    def code(*parts: str) -> tuple[str, ...]:
        return tuple(h(p) for p in parts)

    workshop = closed_workshop(status="open", closed_day=None)
    responses = []
    for n in range(12):  # 12 exact pairs, 5 pairs with one element typed differently
        same = code(f"a{n}", "b", "c", "d", "e")
        responses.append(replace(response(workshop, "pre", {}), match_hashes=same))
        responses.append(replace(response(workshop, "post", {}), match_hashes=same))
    for n in range(5):
        before, after = code(f"t{n}", "b", "c", "d", "e"), code(f"t{n}", "x", "c", "d", "e")
        responses.append(replace(response(workshop, "pre", {}), match_hashes=before))
        responses.append(replace(response(workshop, "post", {}), match_hashes=after))
    dataset = make_dataset(Filters(), [(workshop, responses)])
    assert (dataset.tolerant_pairs, dataset.match_detail_workshops) == (5, 1)
    audit = summarise(dataset, instrument, k=5).audit
    assert audit.pairs.value == 17 and audit.tolerant.value == 5
    assert audit.ambiguous_pre.value == 0 and audit.detail_workshops == 1


def test_tolerant_and_ambiguous_counts_are_published_with_cell_key_noise(instrument):  # noqa: F811
    """The audit's counts from open workshops are perturbed like every other count: by who
    forms them, so the same people give the same number and others usually another."""
    from dataclasses import replace

    from workshop_kit.analysis import cellkey
    from workshop_kit.records.model import HASH_LENGTH

    def h(text: str) -> str:
        return hashlib.sha256(text.encode()).hexdigest()[:HASH_LENGTH]

    def open_workshop(seed: int):
        workshop = closed_workshop(status="open", closed_day=None)
        responses = []
        for n in range(12):
            same = tuple(h(f"{seed}a{n}{e}") for e in "bcdef")
            responses.append(replace(response(workshop, "pre", {}), match_hashes=same))
            responses.append(replace(response(workshop, "post", {}), match_hashes=same))
        for n in range(8):
            before = tuple(h(f"{seed}t{n}{e}") for e in "bcdef")
            after = (before[0], h(f"{seed}x{n}"), *before[2:])
            responses.append(replace(response(workshop, "pre", {}), match_hashes=before))
            responses.append(replace(response(workshop, "post", {}), match_hashes=after))
        return workshop, responses

    published = []
    for seed in range(12):
        workshop, responses = open_workshop(seed)
        dataset = make_dataset(Filters(), [(workshop, responses)])
        assert dataset.tolerant_pairs == 8
        audit = _summarise(dataset, instrument, k=5).audit
        again = _summarise(make_dataset(Filters(), [(workshop, responses[::-1])]), instrument, k=5)
        assert again.audit.tolerant == audit.tolerant  # same people, same number
        tolerant_keys = [
            cellkey.record_key(r) for r in responses[24:]
        ]  # the 8 tolerant pairs: both responses of each
        expected = cellkey.perturb(8, cellkey.cell_key(tolerant_keys), 5)
        assert audit.tolerant.value == expected >= 5
        published.append(audit.tolerant.value)
    assert len(set(published)) > 1  # noise was added
