"""Running a session: the timer with a fake clock, and the presenter following along."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QMessageBox

from workshop_kit.ui.run.window import RunWindow


def make_run(qtbot, library, clock, session_index=1, lang="en"):
    course = library.curriculum("equal-voices")
    window = RunWindow(
        course, course.sessions[session_index], lang, warning_seconds=120, clock=clock
    )
    qtbot.addWidget(window)
    with qtbot.waitActive(window):  # shortcuts only fire in the active window
        window.show()
        window.activateWindow()
    return window


def press(widget, key):
    widget.keyPressEvent(QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier))


def test_timer_counts_down_and_warns_near_the_end(qtbot, bundled_library, clock):
    window = make_run(qtbot, bundled_library, clock)
    first = window.session.activities[0]
    assert window.timer_label.text() == f"{first.minutes:02d}:00"
    assert window.start_button.text() == "Start"
    qtbot.mouseClick(window.start_button, Qt.MouseButton.LeftButton)
    assert window.start_button.text() == "Pause"
    clock.now += 65
    window.refresh_timer()
    assert window.timer_label.text() == f"{first.minutes - 2:02d}:55"
    assert window.timer_label.property("phase") == "normal"
    clock.now += first.minutes * 60 - 65 - 60
    window.refresh_timer()
    assert window.timer_label.property("phase") == "warning"
    clock.now += 90
    window.refresh_timer()
    assert window.timer_label.text() == "+00:30"
    assert window.timer_label.property("phase") == "overtime"


def test_real_qtimer_drives_the_display(qtbot, bundled_library, clock):
    window = make_run(qtbot, bundled_library, clock)
    window.toggle_timer()
    clock.now += 61
    qtbot.waitUntil(lambda: window.timer_label.text().endswith(":59"), timeout=2000)
    window.toggle_timer()
    assert not window._ticker.isActive()


def test_steps_move_with_buttons_keys_and_list(qtbot, bundled_library, clock):
    window = make_run(qtbot, bundled_library, clock)
    activities = window.session.activities
    assert not window.back_button.isEnabled()
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    assert window.state.index == 1
    assert activities[1].title.get("en") in window.heading.text()
    shown = " ".join(window.step_view.toPlainText().split())
    assert " ".join(activities[1].steps[0].get("en").split()) in shown
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert window.state.index == 2
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert window.state.index == 1
    window.steps_list.setCurrentRow(len(activities) - 1)
    assert window.state.index == len(activities) - 1
    assert not window.next_button.isEnabled()


def test_facilitator_notes_sit_beside_the_step(qtbot, bundled_library, clock):
    window = make_run(qtbot, bundled_library, clock)
    index = next(i for i, a in enumerate(window.session.activities) if a.safety_notes)
    window.steps_list.setCurrentRow(index)
    notes = window.notes_view.toPlainText()
    assert "Safety" in notes and "If someone discloses abuse" in notes
    first_words = window.session.activities[index].safety_notes.get("en").split()[:4]
    assert " ".join(first_words) in " ".join(notes.split())


def test_presenter_follows_the_facilitator(qtbot, bundled_library, clock):
    window = make_run(qtbot, bundled_library, clock)
    presenter = window.open_presenter()
    qtbot.addWidget(presenter)
    assert presenter.isVisible()
    target = next(
        i for i, a in enumerate(window.session.activities) if a.id == "may-a-man-hit-his-wife"
    )
    window.steps_list.setCurrentRow(target)
    activity = window.session.activities[target]
    assert presenter.title.text() == activity.title.get("en")
    assert activity.questions[0].get("en")[:30] in presenter.questions.text().replace("&#x27;", "'")
    assert presenter.position.text() == f"{target + 1} of {len(window.session.activities)}"
    # Steps shown on the presenter carry only title and questions, never notes.
    assert "Facilitator" not in presenter.questions.text()


def test_presenter_keys(qtbot, bundled_library, clock):
    window = make_run(qtbot, bundled_library, clock)
    presenter = window.open_presenter()
    qtbot.addWidget(presenter)
    press(presenter, Qt.Key.Key_Space)
    press(presenter, Qt.Key.Key_Right)
    assert window.state.index == 2
    press(presenter, Qt.Key.Key_Left)
    assert window.state.index == 1
    assert window.session.activities[1].title.get("en") == presenter.title.text()
    press(presenter, Qt.Key.Key_F)
    qtbot.waitUntil(presenter.isFullScreen)
    press(presenter, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not presenter.isFullScreen())


def test_arabic_run_is_right_to_left(qtbot, bundled_library, clock):
    window = make_run(qtbot, bundled_library, clock, lang="ar")
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    presenter = window.open_presenter()
    qtbot.addWidget(presenter)
    assert presenter.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert presenter.title.text() == window.session.activities[0].title.get("ar")


def test_closing_a_started_session_asks_first(qtbot, bundled_library, clock, monkeypatch):
    window = make_run(qtbot, bundled_library, clock)
    window.toggle_timer()
    answers = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: answers.append(a) or QMessageBox.StandardButton.No
    )
    assert not window.close()
    assert window.isVisible() and len(answers) == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    presenter = window.open_presenter()
    assert window.close()
    assert not presenter.isVisible()
