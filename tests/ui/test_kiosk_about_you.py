"""The kiosk asks the "about you" items after the attitude items, in the before survey only,
with "prefer not to say"; the answers are saved with the others."""

from __future__ import annotations

import pytest

from tests.about_you_data import gbv_with_about_you
from tests.ui.test_kiosk import FakeSpeaker, click, type_code
from workshop_kit.ui.kiosk.window import KioskWindow
from workshop_kit.ui.workshops.page import CODE_ELEMENTS


@pytest.fixture
def groups_instrument(tmp_path):
    return gbv_with_about_you(tmp_path / "survey")


def open_kiosk(qtbot, memory_store, workshop, instrument, pins, *, phase):
    saved = []

    def save(answers, code, language):
        saved.append(
            memory_store.add_response(
                workshop.id,
                phase=phase,
                instrument_id=instrument.id,
                instrument_version=instrument.version,
                answers=answers,
                entry_mode="kiosk",
                code_answers=code,
            )
        )

    window = KioskWindow(
        instrument,
        language="en",
        save=save,
        pins=pins,
        code_elements=CODE_ELEMENTS,
        title="Survey",
        speaker=FakeSpeaker(set()),
        about_you=phase == "pre",
    )
    window.saved_responses = saved
    qtbot.addWidget(window)
    window.show()
    return window


def answer_items(qtbot, kiosk, instrument):
    click(qtbot, kiosk.start_button)
    type_code(qtbot, kiosk, ["M", "12", "2", "A", "0"])
    for _ in instrument.items:
        click(qtbot, kiosk.option_buttons[0])


def test_before_survey_asks_about_you_after_the_items_and_saves_it(
    qtbot, memory_store, workshop, groups_instrument, pins
):
    instrument = groups_instrument
    kiosk = open_kiosk(qtbot, memory_store, workshop, instrument, pins, phase="pre")
    answer_items(qtbot, kiosk, instrument)
    total = len(instrument.items) + len(instrument.about_you)
    screen = kiosk.flow.screen
    assert screen.kind == "item" and screen.about and screen.item.id == "sex"
    assert kiosk.question.text() == "Are you…"
    assert [b.caption.text() for b in kiosk.option_buttons] == ["A woman", "A man"]
    assert kiosk.prefer_not.caption.text() == "Prefer not to say"
    assert kiosk.progress_text.text() == f"Question {len(instrument.items) + 1} of {total}"
    assert all(b.picture.pixmap().isNull() for b in kiosk.option_buttons)  # no scale picture
    assert all(b.height() >= kiosk.prefer_not.height() for b in kiosk.option_buttons)
    click(qtbot, kiosk.option_buttons[0])  # a woman
    assert kiosk.flow.screen.item.id == "age_band"
    kiosk.language_buttons["ar"].click()
    assert kiosk.question.text() == "كم عمرك؟"
    assert kiosk.prefer_not.caption.text() == "أفضّل عدم القول"
    click(qtbot, kiosk.prefer_not)
    assert kiosk.flow.screen.kind == "submit"
    click(qtbot, kiosk.submit_button)
    (response,) = memory_store.responses(workshop.id)
    assert response.answers["sex"] == 1
    assert "age_band" in response.answers and response.answers["age_band"] is None
    assert {i.id for i in instrument.items} <= set(response.answers)
    kiosk._exit_allowed = True


def test_after_survey_does_not_ask_about_you(
    qtbot, memory_store, workshop, groups_instrument, pins
):
    instrument = groups_instrument
    kiosk = open_kiosk(qtbot, memory_store, workshop, instrument, pins, phase="post")
    answer_items(qtbot, kiosk, instrument)
    assert kiosk.flow.screen.kind == "submit"
    click(qtbot, kiosk.submit_button)
    (response,) = memory_store.responses(workshop.id)
    assert "sex" not in response.answers and "age_band" not in response.answers
    kiosk._exit_allowed = True
