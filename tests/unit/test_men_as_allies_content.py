"""The bundled "Men as allies" course is complete, bilingual, timed and safe to run, and its
GEM-pattern survey measures each construct with at least three items."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
import yaml

from workshop_kit.content.library import ContentRoot, load_library

BUNDLED = Path(__file__).resolve().parents[2] / "curricula"
COURSE = BUNDLED / "men-as-allies"
ARABIC = re.compile("[\u0600-\u06ff]")
INSTRUMENT = "gem-men-allies"
CONSTRUCTS = {"violence_acceptance", "gender_roles_care", "sexual_consent", "bystander_intention"}
LIVES_EN = ("listen", "inquire about needs", "validate", "enhance safety", "support and refer")
ENHANCE_SAFETY_AR = "عزّزوا السلامة"
PASS_AR = "يمرّر"
HANDOUT_AR = "ورقة المشاركين"


@pytest.fixture(scope="module")
def library():
    return load_library([ContentRoot(BUNDLED, bundled=True)])


@pytest.fixture(scope="module")
def course(library):
    return library.curriculum("men-as-allies")


@pytest.fixture(scope="module")
def instrument(library):
    return library.instrument(INSTRUMENT)


def all_texts(course):
    texts = [course.title, course.summary, course.audience, course.credits]
    for session in course.sessions:
        texts += session.texts()
    return texts


def test_the_course_loads_with_no_problems(library, course):
    assert [str(p) for p in library.problems] == []
    assert course.languages == ("en", "ar") and course.default_language == "en"


def test_every_text_is_written_in_english_and_arabic(course):
    texts = all_texts(course)
    assert len(texts) > 350
    for text in texts:
        assert text.has("en") and text.has("ar"), text.values
        assert ARABIC.search(text.get("ar")), f"not Arabic: {text.get('ar')[:60]}"
        assert not ARABIC.search(text.get("en")), f"Arabic in English: {text.get('en')[:60]}"


def test_six_sessions_of_60_to_120_minutes_whose_activities_add_up(course):
    assert len(course.sessions) >= 6
    for session in course.sessions:
        assert 60 <= session.duration <= 120, session.id
        assert sum(a.minutes for a in session.activities) == session.duration, session.id


def test_the_six_themes_come_in_teaching_order(course):
    assert [s.id for s in course.sessions[:6]] == [
        "masculinities-and-power",
        "violence-and-its-costs",
        "consent-and-respect",
        "fathers-and-care",
        "calling-out",
        "one-tangible-action",
    ]


def test_every_session_opens_with_a_pass_and_closes(course):
    for session in course.sessions:
        kinds = [a.kind for a in session.activities]
        assert kinds[0] == "opening" and kinds[-1] == "closing", session.id
        assert session.objectives and session.key_messages, session.id
        assert any(a.questions for a in session.activities), session.id
        opening = session.activities[0].steps
        assert any("pass" in s.get("en").lower() for s in opening), session.id
        assert any(PASS_AR in s.get("ar") for s in opening), session.id


def test_every_disclosure_follows_lives_with_an_enhance_safety_step(course):
    for session in course.sessions:
        en, ar = session.disclosure.get("en"), session.disclosure.get("ar")
        for step in LIVES_EN:
            assert step in en.lower(), f"{session.id}: no '{step}' step"
        assert ENHANCE_SAFETY_AR in ar, f"{session.id}: no enhance-safety step in Arabic"


def test_every_disclosure_covers_a_man_who_used_violence_and_a_man_who_was_hurt(course):
    for session in course.sessions:
        en = " ".join(session.disclosure.get("en").split()).lower()
        assert "has suffered violence" in en, session.id
        assert "used violence himself" in en, session.id
        assert "do not shame him in front of the group" in en, session.id
        assert "do not collude" in en, session.id
        assert "safety of his partner and children comes first" in en, session.id
        assert "men who use violence" in en, session.id  # the perpetrator referral
        assert "safeguarding and reporting procedure" in en, session.id
        assert "under 18" in en, session.id


def test_sessions_on_violence_consent_and_calling_out_warn_first(course):
    for session_id in ("violence-and-its-costs", "consent-and-respect", "calling-out"):
        warning = next(s for s in course.sessions if s.id == session_id).content_warning
        assert warning is not None, session_id
        assert "step out" in " ".join(warning.get("en").lower().split()), session_id


def test_the_survey_comes_before_session_one_and_after_the_last(course):
    assert course.sessions[0].survey_before == INSTRUMENT
    assert course.sessions[-1].survey_after == INSTRUMENT
    for session in (course.sessions[0], course.sessions[-1]):
        titles = [a.title.get("en").lower() for a in session.activities]
        assert any("survey" in t for t in titles), f"{session.id}: no time for the survey"


def test_the_instrument_has_three_items_per_construct_some_reverse_worded(instrument):
    counts = Counter(item.construct for item in instrument.items)
    assert set(counts) == CONSTRUCTS
    assert all(n >= 3 for n in counts.values()), counts
    for construct in CONSTRUCTS:
        items = [i for i in instrument.items if i.construct == construct]
        assert any(i.reverse for i in items), f"{construct}: no reverse-worded item"
        assert not all(i.reverse for i in items), f"{construct}: only reverse-worded items"
    assert all(i.scale.type == "agreement-3" for i in instrument.items)
    ids = {i.id for i in instrument.items}
    assert "hit_if_antagonising" in ids  # the community centre's item


def test_the_instrument_is_bilingual_anonymous_voluntary_and_asks_age_band(instrument):
    texts = [instrument.title, instrument.intro, instrument.thanks]
    for item in instrument.items:
        texts += [item.text, *(o.label for o in item.scale.options)]
    for text in texts:
        assert text.has("en") and text.has("ar") and ARABIC.search(text.get("ar")), text.values
    intro = instrument.intro
    assert "anonymous" in intro.get("en") and "voluntary" in intro.get("en")
    assert "دون أسماء" in intro.get("ar") and "طوعية" in intro.get("ar")
    assert [a.id for a in instrument.about_you] == ["age_band"]


def test_figures_are_cited_once_and_the_east_amman_report_is_not_a_fact(course):
    joined = " ".join(t.get("en") for t in all_texts(course))
    assert joined.count("26 percent") == 1
    assert "UN Women report (2017)" in joined
    assert "98" not in joined


def test_the_arabic_voice_is_consistent(course):
    for text in all_texts(course):
        en, ar = text.get("en"), text.get("ar")
        assert '"' not in ar, f"use «» in Arabic: {ar[:60]}"
        assert "نشرة" not in ar, f"say {HANDOUT_AR}: {ar[:60]}"
        if "participant handout" in en.lower():
            assert HANDOUT_AR in ar, ar[:60]
        if re.search(r"\bmay pass\b", en):
            assert PASS_AR in ar, ar[:60]


def test_no_invented_phone_numbers(course):
    for text in all_texts(course):
        for lang in ("en", "ar"):
            assert not re.search(r"\d{3}[\s-]?\d{3,}", text.get(lang)), text.get(lang)


def test_the_course_introduction_covers_what_a_facilitator_needs_in_both_languages():
    intro = yaml.safe_load((COURSE / "introduction.yaml").read_text(encoding="utf-8"))
    needed = {"group_size", "spacing", "groups", "preparation", "referral_map", "survey"}
    assert needed <= set(intro)
    for section_id, section in intro.items():
        assert set(section) == {"title", "text"}, section_id
        for part in section.values():
            assert set(part) == {"en", "ar"}, section_id
            assert part["en"].strip() and not ARABIC.search(part["en"]), section_id
            assert ARABIC.search(part["ar"]), section_id
            assert '"' not in part["ar"], section_id
