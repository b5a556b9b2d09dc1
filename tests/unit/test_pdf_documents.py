"""The printed documents as data: which blocks each builder produces, in which order."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from workshop_kit.content.labels import label
from workshop_kit.content.library import ContentRoot, load_library
from workshop_kit.pdf import doc_text, documents
from workshop_kit.pdf.blocks import (
    Box,
    BubbleItem,
    Bullets,
    CodeQuestion,
    Document,
    Heading,
    Para,
    Table,
)
from workshop_kit.pdf.doc_text import prose, step_text
from workshop_kit.records.matchcode import MATCH_ELEMENTS
from workshop_kit.records.model import Workshop
from workshop_kit.site import HelpContact, SiteInfo

ROOT = Path(__file__).resolve().parents[2]
LANGS = ("en", "ar")
SITE = SiteInfo(
    "East Amman centre",
    None,
    (
        HelpContact(
            {"en": "Family protection line", "ar": "خط حماية الأسرة"},
            "0790 123 456",
            {"en": "Every day, 8 to 8", "ar": "كل يوم، من 8 إلى 8"},
        ),
        HelpContact({"en": "Legal aid", "ar": "مساعدة قانونية"}, "06 555 0101"),
    ),
)
DIGITS = re.compile(r"\d")  # any script's digits, Arabic-Indic too


@pytest.fixture(scope="module")
def library():
    return load_library([ContentRoot(ROOT / "curricula", True)])


@pytest.fixture(scope="module")
def curriculum(library):
    return library.curriculum("equal-voices")


@pytest.fixture(scope="module")
def instrument(library):
    return library.instrument("gbv-attitudes")


def _workshop(session_ids=("gender-and-power",)) -> Workshop:
    return Workshop(
        id="3fa85f6457174562b3fc2c963f66afa6",
        curriculum_id="equal-voices",
        session_ids=session_ids,
        site="East Amman",
        day="2024-05-01",
        language="en",
        expected_participants=12,
        instrument_id="gbv-attitudes",
        instrument_version=1,
    )


def _box_text(box: Box) -> str:
    parts = [box.title]
    for block in box.body:
        assert isinstance(block, Para | Bullets), "a box holds only paragraphs and lists"
        parts += [block.text] if isinstance(block, Para) else list(block.items)
    return "\n".join(parts)


def _help_boxes(document: Document) -> list[Box]:
    return [b for b in document.blocks if isinstance(b, Box) and b.kind == "help"]


def _index(blocks, predicate) -> int:
    return next(i for i, block in enumerate(blocks) if predicate(block))


# ----------------------------------------------------------------------------- handout


@pytest.mark.parametrize("lang", LANGS)
def test_handout_has_the_key_messages_in_order_then_the_help_box(curriculum, lang):
    for session in curriculum.sessions:
        doc = documents.handout(curriculum, session, lang, SITE)
        assert (doc.kind, doc.lang) == ("handout", lang)
        assert doc.header == curriculum.title.get(lang)
        assert doc.blocks[0] == Heading(
            label("session_heading", lang, number=session.number, title=session.title.get(lang))
        )
        messages = [" ".join(m.get(lang).split()) for m in session.key_messages]
        at = doc.blocks.index(Heading(label("pdf.key_messages", lang), 2))
        assert doc.blocks[at + 1] == Bullets(tuple(messages))
        take_home = tuple(" ".join(q.get(lang).split()) for q in session.take_home)
        assert Bullets(take_home) in doc.blocks
        assert isinstance(doc.blocks[-1], Box) and doc.blocks[-1].kind == "help"


@pytest.mark.parametrize("lang", LANGS)
def test_handout_help_box_holds_the_sites_contacts_in_the_language(curriculum, lang):
    doc = documents.handout(curriculum, curriculum.sessions[0], lang, SITE)
    (box,) = _help_boxes(doc)
    text = _box_text(box)
    assert box.title == label("pdf.help_title", lang)
    assert "East Amman centre" in text
    for contact in SITE.contacts:
        assert contact.name[lang] in text and contact.phone in text
    assert SITE.contacts[0].hours[lang] in text
    # the contacts are one list item each: name, phone and hours stay together
    (contacts,) = [b for b in box.body if isinstance(b, Bullets)]
    assert len(contacts.items) == 2 and contacts.items[0].startswith(SITE.contacts[0].name[lang])
    assert label("pdf.help_settings", lang) not in text


@pytest.mark.parametrize("lang", LANGS)
def test_handout_without_contacts_says_so_and_invents_no_number(curriculum, lang):
    doc = documents.handout(curriculum, curriculum.sessions[0], lang, SiteInfo())
    (box,) = _help_boxes(doc)
    text = _box_text(box)
    assert label("pdf.help_none", lang) in text
    # a participant's sheet gives no staff instruction: it leaves lines to write them in
    assert label("pdf.help_settings", lang) not in text
    assert label("pdf.help_write_in", lang) in text
    assert text.count(doc_text.WRITE_IN) == doc_text.WRITE_IN_LINES
    assert not DIGITS.search(text)
    # the facilitator's guide says where to add them
    guide = documents.guide(curriculum, curriculum.sessions[0], lang, SiteInfo())
    (staff,) = _help_boxes(guide)
    assert label("pdf.help_settings", lang) in _box_text(staff)
    if lang == "en":
        assert "Add your local help contacts in Settings" in _box_text(staff)


def test_handout_falls_back_to_the_activities_questions_without_take_home(curriculum):
    from dataclasses import replace

    session = replace(curriculum.sessions[0], take_home=())
    doc = documents.handout(curriculum, session, "en", SITE)
    expected = tuple(" ".join(q.get("en").split()) for a in session.activities for q in a.questions)
    assert expected and Bullets(expected) in doc.blocks


# ----------------------------------------------------------------------------- guide


@pytest.mark.parametrize("lang", LANGS)
def test_guide_timing_table_adds_up_to_the_session(curriculum, lang):
    for session in curriculum.sessions:
        doc = documents.guide(curriculum, session, lang, SITE)
        (table,) = [b for b in doc.blocks if isinstance(b, Table)]
        assert table.header == tuple(
            label(k, lang) for k in ("start", "minutes", "activity", "kind")
        )
        assert len(table.widths) == 4 and abs(sum(table.widths) - 1) < 1e-9
        assert sum(int(row[1]) for row in table.rows) == session.duration
        assert [row[2] for row in table.rows] == [a.title.get(lang) for a in session.activities]
        starts = [int(h) * 60 + int(m) for h, m in (row[0].split(":") for row in table.rows)]
        assert starts == list(session.start_minutes())


@pytest.mark.parametrize("lang", LANGS)
def test_guide_has_every_activity_in_order_after_the_warning(curriculum, lang):
    for session in curriculum.sessions:
        doc = documents.guide(curriculum, session, lang, SITE)
        assert doc.kind == "guide" and doc.header == curriculum.title.get(lang)
        headings = [
            b.text for b in doc.blocks if isinstance(b, Heading) and b.level == 2 and ". " in b.text
        ]
        expected = [
            label("activity_heading", lang, number=n, title=a.title.get(lang))
            for n, a in enumerate(session.activities, 1)
        ]
        assert headings == expected
        first_activity = doc.blocks.index(Heading(expected[0], 2))
        warning = _index(doc.blocks, lambda b: isinstance(b, Box) and b.kind == "warning")
        assert warning < first_activity
        assert warning == 2  # straight after the title and its meta line
        assert doc.blocks[warning].body == prose(session.content_warning, lang)
        # the numbered steps of each activity follow its heading and time line
        for title, activity in zip(expected, session.activities, strict=True):
            at = doc.blocks.index(Heading(title, 2))
            assert doc.blocks[at + 1].style == "meta"
            steps = doc.blocks[at + 2]
            assert steps == Bullets(tuple(step_text(s, lang) for s in activity.steps), True)


@pytest.mark.parametrize("lang", LANGS)
def test_guide_has_notes_safety_disclosure_key_messages_and_help(curriculum, lang):
    session = curriculum.session("naming-violence")
    doc = documents.guide(curriculum, session, lang, SITE)
    kinds = [b.kind for b in doc.blocks if isinstance(b, Box)]
    assert kinds.count("notes") == sum(a.facilitator_notes is not None for a in session.activities)
    assert kinds.count("safety") == sum(a.safety_notes is not None for a in session.activities)
    disclosure = doc.blocks.index(Heading(label("disclosure", lang), 2))
    assert doc.blocks[disclosure + 1 : disclosure + 1 + len(prose(session.disclosure, lang))] == (
        prose(session.disclosure, lang)
    )
    messages = doc.blocks.index(Heading(label("key_messages", lang), 2))
    help_at = _index(doc.blocks, lambda b: isinstance(b, Box) and b.kind == "help")
    assert disclosure < messages < help_at
    assert SITE.contacts[0].phone in _box_text(doc.blocks[help_at])


def test_guide_prose_joins_wrapped_lines_and_keeps_bullets(curriculum):
    session = curriculum.session("gender-and-power")
    doc = documents.guide(curriculum, session, "en", SITE)
    at = doc.blocks.index(Heading("If someone discloses abuse", 2))
    intro, bullets = doc.blocks[at + 1 : at + 3]
    assert intro == Para("If someone tells you about abuse, during the session or after it:")
    assert isinstance(bullets, Bullets) and not bullets.numbered
    assert bullets.items[0] == "Stay calm and listen. Thank them for trusting you."
    assert all("\n" not in item and "  " not in item for item in bullets.items)
    for block in doc.blocks:
        texts = [getattr(block, "text", ""), *getattr(block, "items", ())]
        assert not any("**" in t for t in texts)


def test_a_step_keeps_its_sub_items_so_the_numbering_runs_on(curriculum):
    session = curriculum.session("speaking-up")
    doc = documents.guide(curriculum, session, "en", SITE)
    steps = [b for b in doc.blocks if isinstance(b, Bullets) and b.numbered]
    scenario = next(s for b in steps for s in b.items if s.startswith("Read the four scenarios"))
    lines = scenario.split("\n")
    assert lines[0] == "Read the four scenarios aloud."
    assert [line[:4] for line in lines[1:]] == ["• A:", "• B:", "• C:", "• D:"]


def test_a_session_without_its_own_warning_gets_the_general_one(curriculum):
    from dataclasses import replace

    session = replace(curriculum.sessions[0], content_warning=None)
    doc = documents.guide(curriculum, session, "ar", SiteInfo())
    assert doc.blocks[2] == Box(
        label("content_warning", "ar"), (Para(label("pdf.warning_default", "ar")),), "warning"
    )


# ----------------------------------------------------------------------------- survey form


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("phase", ["pre", "post"])
def test_form_items_follow_the_instrument_as_the_paper_entry_screen_keys_them(
    instrument, lang, phase
):
    doc = documents.survey_form(instrument, phase, lang, workshop=_workshop(), site=SITE)
    assert doc.kind == "form" and doc.lang == lang
    bubbles = [b for b in doc.blocks if isinstance(b, BubbleItem)]
    assert len(bubbles) == len(instrument.items)
    prefer_not = label("kiosk.prefer_not", lang)
    for number, (bubble, item) in enumerate(zip(bubbles, instrument.items, strict=True), 1):
        assert bubble.number == number
        assert bubble.text == " ".join(item.text.get(lang).split())
        assert bubble.options == tuple(o.label.get(lang) for o in item.scale.options)
        assert bubble.prefer_not == prefer_not
        expected_stem = item.block.stem.get(lang) if item.block is not None else None
        assert bubble.stem == expected_stem
    # the block stem is repeated on every item of the block
    dhs = [b for b, i in zip(bubbles, instrument.items, strict=True) if i.block is not None]
    assert len(dhs) == 5 and len({b.stem for b in dhs}) == 1
    # the code questions come before the items, one per element, numbered 1..5
    codes = [b for b in doc.blocks if isinstance(b, CodeQuestion)]
    assert [c.text for c in codes] == [label(f"code.{e.id}", lang) for e in MATCH_ELEMENTS]
    assert [c.number for c in codes] == list(range(1, len(MATCH_ELEMENTS) + 1))
    assert [c.cells for c in codes] == [1 if e.kind == "letter" else 2 for e in MATCH_ELEMENTS]
    assert doc.blocks.index(codes[-1]) < doc.blocks.index(bubbles[0])


def test_form_item_ids_match_the_paper_entry_rows(instrument):
    from workshop_kit.ui.paper.form import rows_for  # pure module (no Qt)

    doc = documents.survey_form(instrument, "pre", "en", workshop=None, site=SITE)
    rows = rows_for(instrument, [(e.id, e.kind) for e in MATCH_ELEMENTS])
    printed = [(b.number, b.text) for b in doc.blocks if isinstance(b, CodeQuestion | BubbleItem)]
    entry = [
        (
            r.number,
            label(f"code.{r.code_element}", "en") if r.item is None else r.item.text.get("en"),
        )
        for r in rows
    ]
    assert printed == [(n, " ".join(t.split())) for n, t in entry]
    assert [r.item.id for r in rows if r.item] == [i.id for i in instrument.items]


@pytest.mark.parametrize("lang", LANGS)
def test_form_prints_the_workshop_code_and_phase_or_blank_boxes(instrument, lang):
    workshop = _workshop()
    doc = documents.survey_form(instrument, "post", lang, workshop=workshop, site=SITE)
    assert workshop.code == "3FA85FN"  # the check letter is printed with the code
    (table,) = [b for b in doc.blocks if isinstance(b, Table)]
    assert table.header == (label("pdf.workshop_code", lang), label("pdf.survey", lang))
    assert table.rows == (("3FA85FN", label("pdf.phase.post", lang)),)
    assert "3FA85FN" in doc.footer and label("pdf.phase.post", lang) in doc.footer
    blank = documents.survey_form(instrument, "pre", lang, workshop=None, site=SITE)
    (table,) = [b for b in blank.blocks if isinstance(b, Table)]
    assert table.rows == (("", label("pdf.phase.pre", lang)),)
    # no name asked, every item can be refused: said before the questions start
    rules = label("pdf.form_rules", lang, prefer_not=label("kiosk.prefer_not", lang))
    first_code = _index(blank.blocks, lambda b: isinstance(b, CodeQuestion))
    assert Para(rules) in blank.blocks[:first_code]
    assert blank.blocks[2] == prose(instrument.intro, lang)[0]
    with pytest.raises(ValueError, match="phase"):
        documents.survey_form(instrument, "during", lang, workshop=None, site=SITE)


# ----------------------------------------------------------------------------- print pack


@pytest.mark.parametrize("participants", [0, 1, 30])
def test_pack_counts_for_one_session_with_a_survey_before(curriculum, instrument, participants):
    session = curriculum.session("gender-and-power")  # survey before, none after
    pack = documents.print_pack(
        _workshop(), curriculum, [session], instrument, SITE, participants=participants, lang="en"
    )
    kinds = [d.kind for d in pack]
    assert kinds == ["guide"] + ["handout"] * participants + ["form"] * participants
    forms = [d for d in pack if d.kind == "form"]
    assert all(label("pdf.phase.pre", "en") in d.footer for d in forms)


@pytest.mark.parametrize("lang", LANGS)
def test_pack_for_the_whole_course(curriculum, instrument, lang):
    sessions = curriculum.sessions
    workshop = _workshop(tuple(s.id for s in sessions))
    pack = documents.print_pack(
        workshop, curriculum, sessions, instrument, SITE, participants=12, lang=lang
    )
    assert documents.pack_phases(sessions) == ("pre", "post")
    assert [d.kind for d in pack].count("guide") == 5
    assert [d.kind for d in pack].count("handout") == 5 * 12
    assert [d.kind for d in pack].count("form") == 2 * 12
    assert all(d.lang == lang for d in pack)
    # printing order: guides, handouts session by session, pre forms, then post forms
    assert [d.kind for d in pack] == ["guide"] * 5 + ["handout"] * 60 + ["form"] * 24
    handout_titles = [d.title for d in pack if d.kind == "handout"]
    assert handout_titles[::12] == [
        documents.handout(curriculum, s, lang, SITE).title for s in sessions
    ]
    phases = [d.footer.rsplit(" · ", 1)[-1] for d in pack if d.kind == "form"]
    assert phases == [label("pdf.phase.pre", lang)] * 12 + [label("pdf.phase.post", lang)] * 12


def test_pack_parts_and_no_instrument(curriculum, instrument):
    session = curriculum.session("help-rights-law")  # survey after only
    workshop = _workshop(("help-rights-law",))
    only_forms = documents.print_pack(
        workshop,
        curriculum,
        [session],
        instrument,
        SITE,
        participants=3,
        lang="ar",
        include=("forms",),
    )
    assert [d.kind for d in only_forms] == ["form"] * 3
    assert label("pdf.phase.post", "ar") in only_forms[0].footer
    no_survey = documents.print_pack(
        workshop, curriculum, [session], None, SITE, participants=3, lang="en"
    )
    assert [d.kind for d in no_survey] == ["guide"] + ["handout"] * 3
    middle = documents.print_pack(
        workshop,
        curriculum,
        [curriculum.session("speaking-up")],
        instrument,
        SITE,
        participants=3,
        lang="en",
    )
    assert "form" not in [d.kind for d in middle]
    with pytest.raises(ValueError, match="part"):
        documents.print_pack(
            workshop,
            curriculum,
            [session],
            instrument,
            SITE,
            participants=3,
            lang="en",
            include=("posters",),
        )
    with pytest.raises(ValueError, match="participants"):
        documents.print_pack(
            workshop, curriculum, [session], instrument, SITE, participants=-1, lang="en"
        )


def test_documents_are_plain_frozen_data(curriculum, instrument):
    doc = documents.guide(curriculum, curriculum.sessions[0], "en", SITE)
    with pytest.raises(AttributeError):
        doc.title = "changed"  # type: ignore[misc]
    assert hash(documents.survey_form(instrument, "pre", "en", workshop=None, site=SITE))


def _all_text(doc: Document) -> str:
    parts = [doc.title, doc.header, doc.footer]
    for block in doc.blocks:
        if isinstance(block, Heading | Para):
            parts.append(block.text)
        elif isinstance(block, Box):
            parts.append(_box_text(block))
        elif isinstance(block, Bullets):
            parts += list(block.items)
    return "\n".join(parts)


@pytest.mark.parametrize("lang", LANGS)
def test_guide_names_its_survey_by_title_and_points_to_the_workshops_page(
    library, curriculum, instrument, lang
):
    first, last = curriculum.sessions[0], curriculum.sessions[-1]
    assert first.survey_before == last.survey_after == instrument.id
    title = " ".join(instrument.title.get(lang).split())
    for session, phase in ((first, "before"), (last, "after")):
        doc = documents.guide(curriculum, session, lang, SITE, surveys=library.instruments)
        text = _all_text(doc)
        assert Para(label(f"survey_{phase}", lang, title=title), "meta") in doc.blocks
        assert title in text
        assert instrument.id not in text
        assert "Surveys page" not in text and "صفحة الاستبيانات" not in text
    assert "Workshops page" in label("survey_before", "en", title=title)
    assert "صفحة الورش" in label("survey_after", "ar", title=title)


def test_guide_without_the_survey_loaded_still_says_one_is_due_without_its_id(curriculum):
    session = curriculum.sessions[0]
    doc = documents.guide(curriculum, session, "en", SITE)
    assert Para(label("survey_before_unnamed", "en"), "meta") in doc.blocks
    assert session.survey_before not in _all_text(doc)


def test_print_pack_guides_name_the_workshops_survey(curriculum, instrument):
    docs = documents.print_pack(
        _workshop(),
        curriculum,
        [curriculum.sessions[0]],
        instrument,
        SITE,
        participants=1,
        lang="ar",
        include=("guide",),
    )
    title = " ".join(instrument.title.get("ar").split())
    assert title in _all_text(docs[0]) and instrument.id not in _all_text(docs[0])
