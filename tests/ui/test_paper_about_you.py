"""The paper form prints the "about you" items on the before form, numbered on from the
items, and the paper-entry screen keys them in the same order."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.about_you_data import gbv_with_about_you
from tests.ui.test_paper_entry import key_form
from workshop_kit.pdf.blocks import BubbleItem, Heading
from workshop_kit.pdf.documents import survey_form
from workshop_kit.ui.paper.window import PaperEntryWindow
from workshop_kit.ui.workshops.page import CODE_ELEMENTS


@pytest.fixture
def groups_instrument(tmp_path):
    return gbv_with_about_you(tmp_path / "survey")


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_before_form_prints_about_you_after_the_items(groups_instrument, lang):
    instrument = groups_instrument
    document = survey_form(instrument, "pre", lang, workshop=None)
    bubbles = [b for b in document.blocks if isinstance(b, BubbleItem)]
    count = len(instrument.items)
    assert [b.number for b in bubbles] == list(range(1, count + 3))
    sex, age = bubbles[count:]
    assert sex.text == instrument.about("sex").text.get(lang)
    assert sex.options == tuple(o.label.get(lang) for o in instrument.about("sex").options)
    assert sex.prefer_not == {"en": "Prefer not to say", "ar": "أفضّل عدم القول"}[lang]
    assert len(age.options) == 3
    headings = [b.text for b in document.blocks if isinstance(b, Heading)]
    assert {"en": "About you", "ar": "عنك"}[lang] in headings


def test_after_form_has_no_about_you(groups_instrument):
    document = survey_form(groups_instrument, "post", "en", workshop=None)
    bubbles = [b for b in document.blocks if isinstance(b, BubbleItem)]
    assert len(bubbles) == len(groups_instrument.items)


def test_paper_entry_keys_about_you_with_prefer_not(
    qtbot, memory_store, workshop, groups_instrument
):
    instrument = groups_instrument

    def save(answers, code):
        memory_store.add_response(
            workshop.id,
            phase="pre",
            instrument_id=instrument.id,
            instrument_version=instrument.version,
            answers=answers,
            entry_mode="paper",
            code_answers=code,
        )

    window = PaperEntryWindow(
        instrument,
        title="Paper",
        language="en",
        code_elements=CODE_ELEMENTS,
        save=save,
        about_you=True,
    )
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    digits = ["1"] * len(instrument.items) + ["2", "0"]
    key_form(qtbot, window, ["M", "12", "2", "A", "0"], digits)
    assert window.meanings["item:sex"].text() == "A man"
    assert window.meanings["item:age_band"].text() == "Prefer not to say"
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    (response,) = memory_store.responses(workshop.id)
    assert response.answers["sex"] == 2 and response.answers["age_band"] is None
