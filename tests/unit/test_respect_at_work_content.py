"""The bundled Respect at work curriculum is complete, bilingual, safe to run and careful
about the law; its survey (workplace-respect) measures each construct with >= 3 items.

Each check is a function that returns the problems it finds, so that the last tests can
show, on a broken copy of the curriculum, that the checks do find problems."""

from __future__ import annotations

import re
import shutil
from collections import Counter
from pathlib import Path

import pytest
import yaml

from workshop_kit.content.library import ContentRoot, load_library
from workshop_kit.content.model import Curriculum, Instrument, Text

BUNDLED = Path(__file__).resolve().parents[2] / "curricula"
COURSE_ID = "respect-at-work"
INSTRUMENT_ID = "workplace-respect"
LANGS = ("en", "ar")
ARABIC = re.compile("[\u0600-\u06ff]")
LAW_EN = "check the current law locally: laws change"
LAW_AR = "تحقّقوا من القانون الساري محليًا، فالقوانين تتغيّر"
# A text treats law when it names a law or says what the law does; the session's title
# ("The law and complaint routes") and the line itself do not count.
MENTIONS_LAW = re.compile(r"\b[Ll]aws?\b|\bAct\b|Penal Code|Ombudsperson")
NOT_LAW = re.compile(
    r"[Tt]he law and complaint routes|[Cc]heck the current law locally: laws change"
)
CONSTRUCTS = (
    "harassment_recognition",
    "harassment_tolerance",
    "reporting_knowledge",
    "bystander_intention",
)
INTRO_SECTIONS = (
    "group_size",
    "spacing",
    "single_sex_and_mixed",
    "facilitator_preparation",
    "referral_map",
    "survey",
)


def _load(root: Path):
    library = load_library([ContentRoot(root, bundled=True)])
    return library, library.curriculum(COURSE_ID), library.instrument(INSTRUMENT_ID)


@pytest.fixture(scope="module")
def bundled():
    return _load(BUNDLED)


def curriculum_texts(course: Curriculum) -> list[Text]:
    texts = [course.title, course.summary]
    texts += [t for t in (course.audience, course.credits) if t is not None]
    for session in course.sessions:
        texts += session.texts()
    return texts


def instrument_texts(instrument: Instrument) -> list[Text]:
    texts = [instrument.title, instrument.intro]
    texts += [instrument.thanks] if instrument.thanks is not None else []
    scales = {item.scale.id: item.scale for item in instrument.items}
    for scale in scales.values():
        texts += [option.label for option in scale.options]
    for item in instrument.items:
        texts.append(item.text)
    for about in instrument.about_you:
        texts += [about.name, about.text, *(option.label for option in about.options)]
    return texts


def language_problems(texts: list[Text]) -> list[str]:
    problems = []
    for text in texts:
        if not all(text.has(lang) for lang in LANGS):
            problems.append(f"missing a language: {dict(text.values)}")
        elif not ARABIC.search(text.get("ar")):
            problems.append(f"not Arabic: {text.get('ar')[:60]}")
        elif ARABIC.search(text.get("en")):
            problems.append(f"Arabic in English: {text.get('en')[:60]}")
    return problems


def timing_problems(course: Curriculum) -> list[str]:
    problems = []
    if len(course.sessions) < 5:
        problems.append(f"only {len(course.sessions)} sessions")
    for session in course.sessions:
        if not 60 <= session.duration <= 120:
            problems.append(f"{session.id}: {session.duration} minutes")
        total = sum(a.minutes for a in session.activities)
        if total != session.duration:
            problems.append(f"{session.id}: activities add up to {total}, not {session.duration}")
    return problems


def safety_problems(course: Curriculum) -> list[str]:
    problems = []
    for session in course.sessions:
        en, ar = session.disclosure.get("en").lower(), session.disclosure.get("ar")
        if not session.key_messages or len(en) < 150:
            problems.append(f"{session.id}: no key messages or a thin disclosure protocol")
        if "enhance safety" not in en or "نعزّز سلامته" not in ar:
            problems.append(f"{session.id}: disclosure has no 'enhance safety' step")
        if session.content_warning is None or "step out" not in session.content_warning.get("en"):
            problems.append(f"{session.id}: no content warning that says you may step out")
        kinds = [a.kind for a in session.activities]
        if kinds[0] != "opening" or kinds[-1] != "closing":
            problems.append(f"{session.id}: does not open and close the circle")
        opening = session.activities[0].steps
        if not any("pass" in s.get("en") for s in opening):
            problems.append(f"{session.id}: the opening does not say anyone may pass")
        if not any("يمرّر" in s.get("ar") for s in opening):
            problems.append(f"{session.id}: the Arabic opening does not say anyone may pass")
    return problems


def _flat(texts, lang: str) -> str:
    """The texts in one language as one line (block texts break lines anywhere)."""
    return " ".join(" ".join(t.get(lang) for t in texts).split())


def law_problems(course: Curriculum) -> list[str]:
    """Every page that treats law tells the reader to check the current law locally."""
    problems = []
    for session in course.sessions:
        for activity in session.activities:
            english = _flat(activity.texts(), "en")
            if not MENTIONS_LAW.search(NOT_LAW.sub("", english)):
                continue
            if LAW_EN not in english.lower() or LAW_AR not in _flat(activity.texts(), "ar"):
                problems.append(f"{session.id}/{activity.id} treats law without the check line")
    law = course.session("law-and-complaints")
    for what, texts in (("summary", [law.summary]), ("handout", list(law.key_messages))):
        lines = [(_flat([t], "en").lower(), _flat([t], "ar")) for t in texts]
        if not any(LAW_EN in en and LAW_AR in ar for en, ar in lines):
            problems.append(f"law session {what} lacks the check line")
    return problems


def test_the_bundled_content_loads_without_problems(bundled):
    library, course, instrument = bundled
    assert [str(p) for p in library.problems] == []
    assert course.languages == LANGS and instrument.languages == LANGS


def test_every_text_is_in_english_and_arabic(bundled):
    _, course, instrument = bundled
    texts = curriculum_texts(course) + instrument_texts(instrument)
    assert len(texts) > 300
    assert language_problems(texts) == []


def test_five_sessions_of_60_to_120_minutes_whose_activities_add_up(bundled):
    assert timing_problems(bundled[1]) == []


def test_every_session_has_disclosure_key_messages_and_an_enhance_safety_step(bundled):
    assert safety_problems(bundled[1]) == []


def test_every_page_on_law_says_check_the_current_law_locally(bundled):
    assert law_problems(bundled[1]) == []


def test_the_law_session_names_each_law_with_its_year(bundled):
    session = bundled[1].session("law-and-complaints")
    cards = next(a for a in session.activities if a.id == "what-the-law-says")
    english, arabic = _flat([cards.facilitator_notes], "en"), _flat([cards.facilitator_notes], "ar")
    for name in (
        "Protection against Harassment of Women at the Workplace Act 2010",
        "Ombudsperson",
        "Law 205 of 2020",
        "Organic Law 58 of 2017",
        "Law 103-13",
        "Article 306 bis of the Penal Code, as amended in 2014",
        "Labour Law (1996",
    ):
        assert name in english, name
    for name in ("2010", "205 لعام 2020", "58 لسنة 2017", "103.13", "306 مكرّر", "قانون العمل"):
        assert name in arabic, name


def test_the_sessions_name_the_survey_before_and_after(bundled):
    _, course, _ = bundled
    assert course.sessions[0].survey_before == INSTRUMENT_ID
    assert course.sessions[-1].survey_after == INSTRUMENT_ID
    for session in (course.sessions[0], course.sessions[-1]):
        assert any("survey" in a.id and a.minutes >= 10 for a in session.activities), session.id


def test_the_survey_has_three_items_per_construct_and_about_you(bundled):
    instrument = bundled[2]
    counts = Counter(item.construct for item in instrument.items)
    assert set(counts) == set(CONSTRUCTS)
    assert min(counts.values()) >= 3, counts
    assert any(i.reverse for i in instrument.items if i.construct == "harassment_tolerance")
    assert [a.id for a in instrument.about_you] == ["sex", "age_band"]


def test_the_arabic_five_point_labels_start_differently(bundled):
    scale = next(i.scale for i in bundled[2].items if i.scale.type == "agreement-5")
    first_words = [o.label.get("ar").split()[0] for o in scale.options]
    assert len(set(first_words[:4])) == 4, first_words


def test_figures_are_cited_once_and_the_east_amman_figure_is_not_used(bundled):
    english = " ".join(t.get("en") for t in curriculum_texts(bundled[1]))
    assert english.count("80,000") == 1
    assert "98 percent" not in english and "East Amman" not in english
    assert english.count("26 percent") <= 1


def test_one_arabic_voice(bundled):
    arabic = " ".join(t.get("ar") for t in curriculum_texts(bundled[1]))
    assert "ورقة المشاركين" in arabic and "نشرة المشاركين" not in arabic
    for other_pass in ("ألا يشارك", "عدم المشاركة", "يعتذر عن المشاركة"):
        assert other_pass not in arabic, other_pass
    assert '"' not in arabic, "Arabic uses «» quotes"


def test_no_invented_phone_numbers(bundled):
    for text in curriculum_texts(bundled[1]):
        for lang in LANGS:
            assert not re.search(r"\d{3}[\s-]?\d{3,}", text.get(lang)), text.get(lang)


def test_the_facilitator_introduction_is_complete_in_both_languages():
    intro = yaml.safe_load((BUNDLED / COURSE_ID / "introduction.yaml").read_text("utf-8"))
    assert set(INTRO_SECTIONS) <= set(intro)
    for section_id, section in intro.items():
        assert set(section) == {"title", "text"}, section_id
        for part in section.values():
            assert set(part) == set(LANGS), section_id
            assert part["en"].strip() and not ARABIC.search(part["en"]), section_id
            assert ARABIC.search(part["ar"]), section_id


def _broken_copy(tmp_path: Path, edit) -> tuple[Curriculum, Instrument]:
    root = tmp_path / "curricula"
    shutil.copytree(BUNDLED, root)
    edit(root)
    return _load(root)[1:]


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), "utf-8")


def test_the_checks_find_a_missing_arabic_text_and_wrong_minutes(tmp_path):
    def edit(root: Path) -> None:
        session = root / COURSE_ID / "sessions" / "04-bystander-action.yaml"
        break_ar = "\n        ar: نعلن عن استراحة مدتها 10 دقائق، ونحدد بوضوح موعد العودة."
        _replace(session, break_ar, "")
        _replace(session, "duration: 105", "duration: 130")
        _replace(session, "minutes: 45", "minutes: 70")

    course, _ = _broken_copy(tmp_path, edit)
    assert language_problems(curriculum_texts(course))
    assert timing_problems(course) == ["bystander-action: 130 minutes"]


def test_the_checks_find_a_missing_safety_step_and_law_line(tmp_path):
    def edit(root: Path) -> None:
        session = root / COURSE_ID / "sessions" / "03-law-and-complaints.yaml"
        _replace(session, "**Enhance safety.**", "**Be kind.**")
        _replace(session, "only. Check the current law locally: laws change.", "only.")

    course, _ = _broken_copy(tmp_path, edit)
    missing = "law-and-complaints: disclosure has no 'enhance safety' step"
    assert safety_problems(course) == [missing]
    assert law_problems(course) == ["law session summary lacks the check line"]
