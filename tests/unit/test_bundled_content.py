"""The bundled Equal Voices curriculum is complete, bilingual and safe to run."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from workshop_kit.content.library import ContentRoot, load_library

BUNDLED = Path(__file__).resolve().parents[2] / "curricula"
ARABIC = re.compile("[\u0600-\u06ff]")


@pytest.fixture(scope="module")
def library():
    return load_library([ContentRoot(BUNDLED, bundled=True)])


@pytest.fixture(scope="module")
def course(library):
    return library.curriculum("equal-voices")


def test_bundled_content_has_no_problems_at_all(library):
    assert [str(p) for p in library.problems] == []


def test_at_least_five_sessions_of_60_to_120_minutes(course):
    assert len(course.sessions) >= 5
    for session in course.sessions:
        assert 60 <= session.duration <= 120, session.id
        assert sum(a.minutes for a in session.activities) == session.duration


def test_every_text_is_in_english_and_arabic(course):
    texts = [course.title, course.summary]
    for session in course.sessions:
        texts += session.texts()
    assert len(texts) > 300
    for text in texts:
        assert text.has("en") and text.has("ar"), text.values
        assert ARABIC.search(text.get("ar")), f"not Arabic: {text.get('ar')[:60]}"
        assert not ARABIC.search(text.get("en")), f"Arabic in English text: {text.get('en')[:60]}"


def test_every_session_is_complete_and_safe(course):
    for session in course.sessions:
        assert session.objectives and session.key_messages, session.id
        assert len(session.disclosure.get("en")) > 150, f"{session.id}: disclosure too thin"
        kinds = [a.kind for a in session.activities]
        assert kinds[0] == "opening" and kinds[-1] == "closing", session.id
        assert any(a.questions for a in session.activities), session.id
        assert any(a.facilitator_notes for a in session.activities), session.id
        opening = " ".join(s.get("en") for s in session.activities[0].steps).lower()
        assert "pass" in opening, f"{session.id}: the opening must say anyone may pass"


def test_sessions_on_violence_carry_a_content_warning(course):
    for session_id in ("naming-violence", "speaking-up", "help-rights-law"):
        warning = course.session(session_id).content_warning
        assert warning is not None and "step out" in warning.get("en").lower(), session_id


def test_session_two_discusses_may_a_man_hit_his_wife(course):
    session = course.sessions[1]
    assert session.id == "naming-violence"
    activity = next(a for a in session.activities if a.id == "may-a-man-hit-his-wife")
    assert activity.kind == "discussion" and activity.minutes >= 20
    steps = " ".join(s.get("en") for s in activity.steps)
    assert "98 percent" in steps and "East Amman" in steps
    assert len(activity.questions) >= 2


def test_no_invented_phone_numbers(course):
    for session in course.sessions:
        for text in session.texts():
            for lang in ("en", "ar"):
                assert not re.search(r"\d{3}[\s-]?\d{3,}", text.get(lang)), text.get(lang)
