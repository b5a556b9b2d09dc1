"""Locking the desktop while the kiosk runs, the facilitator's handover check, one kiosk
at a time, help contacts on every screen, and match-code keys that are refused out loud.

The same lock under a real window manager is tested in test_kiosk_wm.py."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from tests.ui.test_kiosk import click, type_code
from workshop_kit.site import HelpContact, SiteInfo
from workshop_kit.ui.kiosk.pin_dialog import PinDialog
from workshop_kit.ui.kiosk.window import Handover, KioskWindow, running_kiosk, show_kiosk
from workshop_kit.ui.kiosk.winhook import LLKHF_ALTDOWN, VK_ESCAPE, VK_LWIN, VK_TAB, swallow
from workshop_kit.ui.workshops.page import CODE_ELEMENTS, WorkshopsPage

SITE = SiteInfo(
    "Amal Community Centre",
    None,
    (HelpContact({"en": "Women's helpline", "ar": "خط مساعدة النساء"}, "0800 123 456"),),
)


def make_kiosk(qtbot, instrument, pins, **kwargs) -> KioskWindow:
    kwargs.setdefault("site", SITE)
    window = KioskWindow(
        instrument,
        language="en",
        save=lambda *_args: None,
        pins=pins,
        code_elements=CODE_ELEMENTS,
        title="Survey",
        **kwargs,
    )
    qtbot.addWidget(window)
    return window


def leave_with_pin(qtbot, kiosk) -> None:
    def answer():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PinDialog)
        assert kiosk.lock.grab_target() is dialog  # the PIN dialog gets the keyboard
        dialog.field.setText("2468")
        dialog._on_buttons_accepted()

    QTimer.singleShot(50, answer)
    with qtbot.waitSignal(kiosk.finished):
        kiosk.request_exit()


@pytest.fixture
def main_window(qtbot):
    window = QMainWindow()
    window.setWindowTitle("Main")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_kiosk_hides_every_other_window_until_the_pin(qtbot, instrument, pins, main_window):
    kiosk = show_kiosk(make_kiosk(qtbot, instrument, pins))
    assert kiosk.lock.engaged and not main_window.isVisible()
    main_window.show()  # something tries to bring it back
    qtbot.waitUntil(lambda: not main_window.isVisible(), timeout=2000)
    later = QMessageBox(
        QMessageBox.Icon.Information, "Done", "Print pack ready", parent=main_window
    )
    later.show()  # a message from work that finished in the background
    qtbot.waitUntil(lambda: not later.isVisible(), timeout=2000)
    assert running_kiosk() is kiosk
    leave_with_pin(qtbot, kiosk)
    assert main_window.isVisible() and later.isVisible()  # back as they were
    assert running_kiosk() is None and not kiosk.lock.engaged
    later.close()


def test_a_minimised_or_hidden_kiosk_comes_back_full_screen(qtbot, instrument, pins):
    kiosk = show_kiosk(make_kiosk(qtbot, instrument, pins))
    kiosk.showNormal()
    qtbot.waitUntil(kiosk.isFullScreen, timeout=2000)
    kiosk.hide()
    qtbot.waitUntil(kiosk.isVisible, timeout=2000)
    leave_with_pin(qtbot, kiosk)


def test_a_second_start_does_not_open_a_second_kiosk(
    qtbot, memory_store, bundled_library, settings, workshop, pins
):
    page = WorkshopsPage(memory_store, bundled_library, pins, settings)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    page.table.selectRow(0)
    first = page.start_kiosk("pre")
    second = page.start_kiosk("pre")  # a double click on "Start"
    assert second is first and page.kiosk is first
    kiosks = [w for w in QApplication.topLevelWidgets() if isinstance(w, KioskWindow)]
    assert [k for k in kiosks if k.isVisible()] == [first]
    # The facilitator sees which survey and which workshop before handing over.
    assert first.flow.screen.kind == "handover"
    assert "BEFORE" in first.handover_phase.text()
    assert "Test centre" in first.handover_workshop.text()
    leave_with_pin(qtbot, first)
    assert page.isVisible() and page.kiosk is None


def test_handover_comes_once_and_the_next_person_starts_at_the_intro(qtbot, instrument, pins):
    kiosk = make_kiosk(qtbot, instrument, pins, handover=Handover("post", "ABC123 · Site"))
    kiosk.show()
    assert kiosk.flow.screen.kind == "handover" and "AFTER" in kiosk.handover_phase.text()
    click(qtbot, kiosk.handover_start)
    assert kiosk.flow.screen.kind == "intro"
    click(qtbot, kiosk.start_button)
    click(qtbot, kiosk.code_back)
    click(qtbot, kiosk.code_back)
    assert kiosk.flow.screen.kind == "intro"  # a participant cannot page back to it
    kiosk._exit_allowed = True


def test_help_is_one_click_away_and_returns_to_the_same_item(qtbot, instrument, pins):
    kiosk = make_kiosk(qtbot, instrument, pins)
    kiosk.show()
    click(qtbot, kiosk.start_button)
    type_code(qtbot, kiosk, ["m", "3", "1", "k", "1"])
    click(qtbot, kiosk.option_buttons[0])
    question = kiosk.question.text()
    assert kiosk.help_button.isVisible()
    click(qtbot, kiosk.help_button)
    shown = kiosk.pages.currentWidget()
    assert kiosk.help_box.isVisible() and "0800 123 456" in kiosk.help_box.text()
    assert "Women&#x27;s helpline" in kiosk.help_box.text() and shown.isAncestorOf(kiosk.help_box)
    click(qtbot, kiosk.help_back)
    assert kiosk.question.isVisible() and kiosk.question.text() == question
    assert kiosk.flow.screen.index == 1 and len(kiosk.flow.answers()) == 1
    kiosk._exit_allowed = True


def test_help_without_contacts_says_to_ask_the_facilitator(qtbot, instrument, pins):
    kiosk = make_kiosk(qtbot, instrument, pins, site=SiteInfo())
    kiosk.show()
    kiosk.show_help()
    assert "Ask the facilitator" in kiosk.help_box.text()
    kiosk._exit_allowed = True


def test_thanks_shows_help_contacts_and_waits_to_be_read(qtbot, instrument, pins):
    kiosk = make_kiosk(qtbot, instrument, pins)
    kiosk.show()
    click(qtbot, kiosk.start_button)
    for _ in CODE_ELEMENTS:
        click(qtbot, kiosk.code_skip)
    while kiosk.flow.screen.kind == "item":
        click(qtbot, kiosk.prefer_not)
    click(qtbot, kiosk.submit_button)
    assert kiosk.flow.screen.kind == "thanks"
    assert kiosk.thanks_help.isVisible() and "0800 123 456" in kiosk.thanks_help.text()
    assert kiosk._thanks_timer.interval() >= 60_000
    qtbot.wait(2500)
    assert kiosk.flow.screen.kind == "thanks"  # not gone after two seconds
    kiosk._exit_allowed = True


def test_a_digit_in_a_letter_question_is_refused_with_a_hint_and_not_skipped(
    qtbot, instrument, pins
):
    kiosk = make_kiosk(qtbot, instrument, pins)
    kiosk.show()
    click(qtbot, kiosk.start_button)
    assert kiosk.flow.screen.code_element == "mother_initial"
    qtbot.keyClicks(kiosk.code_field, "7")
    assert kiosk.code_field.text() == "" and kiosk.code_hint.isVisible()
    assert kiosk.code_hint.text() == "That is a number. Please type a letter."
    click(qtbot, kiosk.code_next)
    assert kiosk.flow.screen.code_element == "mother_initial"  # still here
    qtbot.keyClicks(kiosk.code_field, "M")
    assert not kiosk.code_hint.isVisible()
    click(qtbot, kiosk.code_next)
    assert kiosk.flow.screen.code_element == "birth_day"
    qtbot.keyClicks(kiosk.code_field, "x")
    assert kiosk.code_hint.text() == "Please type a number, with digits only."
    click(qtbot, kiosk.code_skip)  # skipping is a choice of its own
    assert kiosk.flow.code_answer("birth_day") == ""
    kiosk._exit_allowed = True


def test_option_buttons_take_the_keyboard_focus_with_a_visible_ring(qtbot, instrument, pins):
    from workshop_kit.ui.kiosk.widgets import FOCUS

    kiosk = make_kiosk(qtbot, instrument, pins)
    kiosk.show()
    click(qtbot, kiosk.start_button)
    for _ in CODE_ELEMENTS:
        click(qtbot, kiosk.code_skip)
    qtbot.wait(10)
    assert not any(b.hasFocus() for b in kiosk.option_buttons)  # no answer suggested
    kiosk.focusNextChild()
    assert kiosk.option_buttons[0].hasFocus()
    kiosk.focusNextChild()
    assert kiosk.option_buttons[1].hasFocus()
    assert f"focus {{\n  border: 5px dashed {FOCUS}" in kiosk.styleSheet()
    kiosk._exit_allowed = True


@pytest.mark.parametrize(
    ("vk", "flags", "ctrl", "swallowed"),
    [
        (VK_TAB, LLKHF_ALTDOWN, False, True),  # Alt+Tab (and Alt+Shift+Tab)
        (VK_ESCAPE, LLKHF_ALTDOWN, False, True),  # Alt+Esc
        (VK_ESCAPE, 0, True, True),  # Ctrl+Esc: Start menu
        (VK_LWIN, 0, False, True),  # Windows key, Win+D, Win+Tab
        (VK_TAB, 0, False, False),  # plain Tab moves between answers
        (VK_ESCAPE, 0, False, False),  # plain Esc asks for the PIN
        (0x41, LLKHF_ALTDOWN, False, False),  # Alt+A
    ],
)
def test_windows_hook_swallows_only_the_switching_keys(vk, flags, ctrl, swallowed):
    assert swallow(vk, flags, ctrl=ctrl) is swallowed
