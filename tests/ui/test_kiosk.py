"""The survey kiosk driven like a participant and a facilitator would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from workshop_kit.ui.kiosk import window as kiosk_module
from workshop_kit.ui.kiosk.pin_dialog import PinDialog
from workshop_kit.ui.kiosk.window import KioskWindow
from workshop_kit.ui.workshops.page import CODE_ELEMENTS


@pytest.fixture
def kiosk(qtbot, memory_store, workshop, instrument, pins):
    saved = []

    def save(answers, code, language):
        saved.append(
            memory_store.add_response(
                workshop.id,
                phase="pre",
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
        idle_ms=200,
        confirm_ms=200,
        speaker=FakeSpeaker(set()),  # no voice: a real engine can take seconds to start
    )
    window.saved_responses = saved
    qtbot.addWidget(window)
    window.show()
    yield window
    window._exit_allowed = True  # let pytest-qt close it


def type_code(qtbot, window, answers):
    for text in answers:
        assert window.flow.screen.kind == "code"
        window.code_field.clear()
        qtbot.keyClicks(window.code_field, text)
        qtbot.keyClick(window.code_field, Qt.Key.Key_Return)


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_full_survey_is_saved_and_the_next_person_sees_nothing(
    qtbot, kiosk, memory_store, instrument
):
    assert kiosk.flow.screen.kind == "intro" and kiosk.pages.currentIndex() == 1
    assert "anonymous" in kiosk.intro_text.text().lower()
    click(qtbot, kiosk.start_button)
    type_code(qtbot, kiosk, ["M", "12", "2", "A", "0"])
    chosen = {}
    for number, item in enumerate(instrument.items):
        assert kiosk.flow.screen.item is item
        assert kiosk.progress_text.text() == f"Question {number + 1} of {len(instrument.items)}"
        if number == 2:
            click(qtbot, kiosk.prefer_not)
            chosen[item.id] = None
        else:
            click(qtbot, kiosk.option_buttons[-1])
            chosen[item.id] = item.scale.options[-1].value
    assert kiosk.flow.screen.kind == "submit"
    click(qtbot, kiosk.submit_button)
    (response,) = memory_store.responses(kiosk.saved_responses[0].workshop_id)
    assert dict(response.answers) == chosen
    assert response.entry_mode == "kiosk" and response.phase == "pre"
    assert response.match_hashes is not None and all(response.match_hashes)
    assert "M" not in str(response.match_hashes)  # only keyed hashes are stored
    assert kiosk.flow.screen.kind == "thanks" and kiosk.thanks_title.text() == "Thank you!"
    # The next participant starts from nothing and cannot page back into the last survey.
    click(qtbot, kiosk.next_person)
    assert kiosk.flow.screen.kind == "intro"
    assert kiosk.flow.answers() == {} and kiosk.flow.code_answers() == {}
    click(qtbot, kiosk.start_button)
    assert kiosk.code_field.text() == ""
    for _ in CODE_ELEMENTS:
        click(qtbot, kiosk.code_skip)
    assert not any(b.isChecked() for b in kiosk.option_buttons)
    assert not kiosk.prefer_not.isChecked()


def test_back_keeps_own_answers_and_language_switch_keeps_them(qtbot, kiosk, instrument):
    click(qtbot, kiosk.start_button)
    type_code(qtbot, kiosk, ["a", "1", "0", "b", "0"])
    click(qtbot, kiosk.option_buttons[0])
    click(qtbot, kiosk.item_back)
    assert kiosk.option_buttons[0].isChecked()
    kiosk.language_buttons["ar"].click()
    assert kiosk.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert kiosk.question.text() == instrument.items[0].text.get("ar")
    assert kiosk.option_buttons[0].isChecked()
    assert kiosk.prefer_not.caption.text() == "أفضّل عدم الإجابة"


def test_escape_close_and_minimise_do_not_leave_without_the_pin(qtbot, kiosk, monkeypatch):
    asked = []
    monkeypatch.setattr(PinDialog, "exec", lambda self: asked.append(self) or 0)  # cancelled
    qtbot.keyClick(kiosk, Qt.Key.Key_Escape)
    assert len(asked) == 1 and kiosk.isVisible()
    assert not kiosk.close()
    qtbot.waitUntil(lambda: len(asked) == 2)  # the close button asks for the PIN too
    assert kiosk.isVisible()
    kiosk.showMinimized()
    qtbot.waitUntil(lambda: not kiosk.isMinimized())


def test_wrong_pins_lock_for_a_minute(qtbot, pins, clock):
    dialog = PinDialog(pins, "Leave?")
    qtbot.addWidget(dialog)
    for _ in range(5):
        dialog.field.setText("0000")
        dialog._on_buttons_accepted()
    assert "Try again in 60 seconds" in dialog.message.text()
    dialog.field.setText("2468")  # right, but locked
    dialog._on_buttons_accepted()
    assert dialog.result() != PinDialog.DialogCode.Accepted
    assert "Too many wrong tries" in dialog.message.text()
    clock.now += 61
    dialog.field.setText("2468")
    dialog._on_buttons_accepted()
    assert dialog.result() == PinDialog.DialogCode.Accepted


def test_wrong_pin_says_how_many_tries_are_left(qtbot, pins):
    dialog = PinDialog(pins, "Leave?")
    qtbot.addWidget(dialog)
    dialog.field.setText("1111")
    dialog._on_buttons_accepted()
    assert "4 tries left" in dialog.message.text()


def test_right_pin_leaves_the_kiosk(qtbot, kiosk):
    def answer():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PinDialog)
        dialog.field.setText("2468")
        dialog._on_buttons_accepted()

    QTimer.singleShot(50, answer)
    with qtbot.waitSignal(kiosk.finished):
        qtbot.keyClick(kiosk, Qt.Key.Key_Escape)
    assert not kiosk.isVisible()


def test_idle_survey_asks_then_clears_without_saving(qtbot, kiosk, memory_store, workshop):
    click(qtbot, kiosk.start_button)
    type_code(qtbot, kiosk, ["m", "3", "1", "k", "1"])
    click(qtbot, kiosk.option_buttons[1])
    qtbot.waitUntil(kiosk.overlay.isVisible, timeout=2000)
    assert kiosk.overlay_title.text() == "Are you still there?"
    qtbot.waitUntil(lambda: not kiosk.overlay.isVisible(), timeout=2000)
    assert kiosk.flow.screen.kind == "intro" and kiosk.flow.answers() == {}
    assert memory_store.responses(workshop.id) == []


def test_idle_continue_keeps_the_answers(qtbot, kiosk):
    click(qtbot, kiosk.start_button)
    type_code(qtbot, kiosk, ["m", "3", "1", "k", "1"])
    click(qtbot, kiosk.option_buttons[1])
    qtbot.waitUntil(kiosk.overlay.isVisible, timeout=2000)
    click(qtbot, kiosk.overlay_button)
    assert not kiosk.overlay.isVisible()
    assert kiosk.flow.screen.kind == "item" and len(kiosk.flow.answers()) == 1


def test_intro_screen_never_times_out(qtbot, kiosk):
    qtbot.wait(500)
    assert not kiosk.overlay.isVisible() and kiosk.flow.screen.kind == "intro"


def test_cover_screen_hides_at_once_and_returns_to_the_same_item(qtbot, kiosk, instrument):
    click(qtbot, kiosk.start_button)
    type_code(qtbot, kiosk, ["m", "3", "1", "k", "1"])
    click(qtbot, kiosk.option_buttons[0])
    item_page = kiosk.pages.currentIndex()
    qtbot.keyClick(kiosk, Qt.Key.Key_F12)
    assert kiosk.covered and kiosk.pages.currentWidget().objectName() == "cover"
    assert (
        instrument.items[1].text.get("en")
        not in kiosk.pages.currentWidget().findChild(type(kiosk.cover_text)).text()
    )
    QApplication.sendEvent(
        kiosk, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
    )
    assert not kiosk.covered and kiosk.pages.currentIndex() == item_page
    assert kiosk.question.text() == instrument.items[1].text.get("en")


def test_save_failure_keeps_the_answers_and_says_so(qtbot, kiosk, monkeypatch):
    def broken(*_args):
        raise OSError("disk full")

    kiosk.save = broken
    click(qtbot, kiosk.start_button)
    type_code(qtbot, kiosk, ["m", "3", "1", "k", "1"])
    while kiosk.flow.screen.kind == "item":
        click(qtbot, kiosk.option_buttons[0])
    click(qtbot, kiosk.submit_button)
    assert kiosk.flow.screen.kind == "submit"
    assert "could not be saved" in kiosk.error_text.text()
    assert len(kiosk.flow.answers()) == len(kiosk.instrument.items)


def test_picture_for_each_scale(instrument):
    by_id = {i.id: i for i in instrument.items}
    assert [kiosk_module.picture_for(by_id["hit_if_antagonising"], i) for i in range(3)] == [
        "fill-0.svg",
        "fill-50.svg",
        "fill-100.svg",
    ]
    assert [kiosk_module.picture_for(by_id["dhs_argues"], i) for i in range(3)] == [
        "yes.svg",
        "no.svg",
        "dont-know.svg",
    ]
    assert [kiosk_module.picture_for(by_id["men_role"], i) for i in range(5)] == [
        "fill-0.svg",
        "fill-25.svg",
        "fill-50.svg",
        "fill-75.svg",
        "fill-100.svg",
    ]


def test_code_fields_accept_only_their_kind(qtbot, kiosk):
    click(qtbot, kiosk.start_button)
    qtbot.keyClicks(kiosk.code_field, "7")  # a letter question
    assert kiosk.code_field.text() == ""
    kiosk.code_field.setText("ص")
    qtbot.keyClick(kiosk.code_field, Qt.Key.Key_Return)
    qtbot.keyClicks(kiosk.code_field, "x1")  # the day of birth: digits only
    assert kiosk.code_field.text() == "1"
    assert kiosk.flow.code_answer("mother_initial") == "ص"


class FakeSpeaker:
    def __init__(self, languages):
        self.languages = languages
        self.said = []

    def can_speak(self, lang):
        return lang in self.languages

    def say(self, text, lang):
        self.said.append((lang, text))

    def stop(self):
        pass


def test_read_aloud_shows_only_where_a_voice_exists(qtbot, instrument, pins):
    speaker = FakeSpeaker({"en"})
    window = KioskWindow(
        instrument,
        language="en",
        save=lambda *a: None,
        pins=pins,
        code_elements=CODE_ELEMENTS,
        title="Survey",
        speaker=speaker,
    )
    qtbot.addWidget(window)
    window.show()
    assert window.read_button.isVisible()
    window.flow.next()
    for _ in CODE_ELEMENTS:
        window.flow.next()
    window.render()
    click(qtbot, window.read_button)
    ((lang, text),) = speaker.said
    assert lang == "en" and instrument.items[0].text.get("en") in text and "Agree" in text
    window.set_language("ar")  # no Arabic voice on this machine: the button hides
    assert not window.read_button.isVisible()
    window._exit_allowed = True


def test_pin_fields_take_arabic_indic_digits(qtbot, pins):
    from workshop_kit.ui.kiosk.pin_dialog import PinDialog

    dialog = PinDialog(pins, "PIN")
    qtbot.addWidget(dialog)
    dialog.field.setText("٢٤٦٨")  # 2468 typed on an Arabic keyboard
    assert dialog.field.hasAcceptableInput()
    dialog._on_buttons_accepted()
    assert dialog.result() == PinDialog.DialogCode.Accepted
