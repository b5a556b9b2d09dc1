"""Keying paper forms with the keyboard only, and the second-keying check."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from workshop_kit.ui.paper.form import BLANK, differences, item_value
from workshop_kit.ui.paper.window import PaperEntryWindow
from workshop_kit.ui.workshops.page import CODE_ELEMENTS


@pytest.fixture
def entry(qtbot, memory_store, workshop, instrument):
    def save(answers, code):
        memory_store.add_response(
            workshop.id,
            phase="post",
            instrument_id=instrument.id,
            instrument_version=instrument.version,
            answers=answers,
            entry_mode="paper",
            code_answers=code,
        )

    window = PaperEntryWindow(
        instrument, title="Paper", language="en", code_elements=CODE_ELEMENTS, save=save
    )
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def key_form(qtbot, window, code, digits):
    """Type a whole form into whatever field has focus, as a facilitator would."""
    for text in code:
        widget = window.focusWidget()
        qtbot.keyClicks(widget, text)
        qtbot.keyClick(widget, Qt.Key.Key_Return)
    for digit in digits:
        widget = window.focusWidget()
        if digit:
            qtbot.keyClicks(widget, digit)  # one digit moves on by itself
        else:
            qtbot.keyClick(widget, Qt.Key.Key_Return)  # left blank


def test_a_form_keyed_with_the_keyboard_only(qtbot, entry, memory_store, workshop, instrument):
    count = len(instrument.items)
    digits = ["3", "0", ""] + ["1"] * (count - 3)
    key_form(qtbot, entry, ["M", "12", "2", "A", "0"], digits)
    assert entry.meanings["item:" + instrument.items[0].id].text() == "Agree"
    assert entry.meanings["item:" + instrument.items[1].id].text() == "Prefer not to answer"
    qtbot.keyClick(entry, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    (response,) = memory_store.responses(workshop.id)
    items = instrument.items
    assert response.entry_mode == "paper" and response.phase == "post"
    assert response.answers[items[0].id] == 3
    assert response.answers[items[1].id] is None  # prefer not to answer
    assert items[2].id not in response.answers  # left blank on paper
    assert response.answers[items[3].id] == items[3].scale.options[0].value
    assert all(response.match_hashes)
    assert entry.saved_count == 1 and "Forms saved: 1" in entry.count_label.text()
    assert all(not f.text() for f in entry.fields.values())  # ready for the next form


def test_keys_that_are_not_on_the_form_are_refused(qtbot, entry, instrument):
    first_item = entry.fields["item:" + instrument.items[0].id]
    first_item.setFocus()
    qtbot.keyClicks(first_item, "7")  # agree3 has options 1..3
    assert first_item.text() == ""


def test_second_keying_flags_disagreements(qtbot, entry, memory_store, workshop, instrument):
    entry.double_entry.setChecked(True)
    count = len(instrument.items)
    first = ["1"] * count
    second = ["1"] * count
    second[4] = "2"
    key_form(qtbot, entry, ["m", "5", "1", "z", "0"], first)
    entry.save_form()
    assert memory_store.responses(workshop.id) == []
    assert "Second keying" in entry.status.text()
    key_form(qtbot, entry, ["m", "5", "1", "z", "0"], second)
    entry.save_form()
    assert memory_store.responses(workshop.id) == []  # not saved while they differ
    flagged = [k for k, f in entry.fields.items() if f.styleSheet()]
    assert flagged == ["item:" + instrument.items[4].id]
    assert "1 answer(s) differ" in entry.status.text()
    entry.fields[flagged[0]].setText("1")  # checked against the paper
    entry.save_form()
    (response,) = memory_store.responses(workshop.id)
    assert response.answers[instrument.items[4].id] == instrument.items[4].scale.options[0].value


def test_item_value_and_differences(instrument):
    item = instrument.items[0]
    assert item_value(item, "") is BLANK
    assert item_value(item, "0") is None
    assert item_value(item, "2") == item.scale.options[1].value
    with pytest.raises(ValueError):
        item_value(item, "9")
    assert differences({"a": "1", "b": "M"}, {"a": "1", "b": "m"}) == []
    assert differences({"a": "1"}, {"a": "2", "b": "3"}) == ["a", "b"]


def test_a_digit_in_a_letter_field_is_refused_with_a_hint_and_not_skipped(qtbot, entry):
    letter = entry.fields["code:mother_initial"]
    assert letter.hasFocus()
    qtbot.keyClicks(letter, "7")
    assert letter.text() == ""
    hint = entry.meanings["code:mother_initial"]
    assert hint.text() == "A letter goes here, not a number." and hint.isVisible()
    qtbot.keyClick(letter, Qt.Key.Key_Return)
    assert letter.hasFocus()  # the Enter right after a refused key stays
    QApplication.sendEvent(  # Arabic letters are letters (keyClicks is Latin-1 only)
        letter,
        QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, "ص"),
    )
    assert letter.text() == "ص" and hint.text() == "ص"
    qtbot.keyClick(letter, Qt.Key.Key_Return)
    day = entry.fields["code:birth_day"]
    assert day.hasFocus()
    day.setText("")
    qtbot.keyClicks(day, "x")
    assert entry.meanings["code:birth_day"].text() == "Digits only here."


def test_after_saving_the_next_form_starts_in_view(qtbot, entry, instrument):
    entry.resize(900, 420)  # a small screen: the form scrolls
    qtbot.wait(10)
    count = len(instrument.items)
    key_form(qtbot, entry, ["M", "12", "2", "A", "0"], ["1"] * count)
    bar = entry.scroll.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() > 0  # keying scrolled down the form
    qtbot.keyClick(entry, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert entry.saved_count == 1
    first = entry.fields["code:mother_initial"]
    assert first.hasFocus() and bar.value() == 0
    visible = first.visibleRegion().boundingRect()
    assert visible.height() == first.height()  # the whole first field on screen
