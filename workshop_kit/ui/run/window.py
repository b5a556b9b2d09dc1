"""Run a session: step through its activities with a countdown per activity, the
facilitator's notes beside the step, and a presenter view for the projector.

Keyboard: Space start/pause, Ctrl+Right or Page Down next, Ctrl+Left or Page Up back,
F5 presenter view, Esc closes after asking.
"""

from __future__ import annotations

import html
import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from workshop_kit.content.labels import label
from workshop_kit.content.model import Curriculum, Session
from workshop_kit.ui.i18n import locale_digits, locale_number
from workshop_kit.ui.library.guide_html import page_html
from workshop_kit.ui.run.presenter import PresenterWindow
from workshop_kit.ui.run.state import RunState, TimerPhase, format_seconds
from workshop_kit.ui.text import direction_for, kind_label, local, prose_html

__all__ = ["RunWindow", "show_run_window"]

_PHASE_STYLE = {
    TimerPhase.NORMAL: "color: #1d5e2b;",
    TimerPhase.WARNING: "color: #000; background: #ffc94d;",
    TimerPhase.OVERTIME: "color: #fff; background: #c62828;",
}


class RunWindow(QWidget):
    """The facilitator's window while a session runs."""

    step_changed = Signal(int)

    def __init__(
        self,
        curriculum: Curriculum,
        session: Session,
        lang: str,
        *,
        warning_seconds: int = 120,
        clock: Callable[[], float] = time.monotonic,
        parent=None,
    ):
        super().__init__(parent, Qt.WindowType.Window)
        self.curriculum, self.session, self.lang = curriculum, session, lang
        self.state = RunState(
            [a.minutes for a in session.activities], warning_seconds=warning_seconds, clock=clock
        )
        self.presenter: PresenterWindow | None = None
        self.setWindowTitle(self.tr("Running: {title}").format(title=local(session.title, lang)))
        self.setLayoutDirection(direction_for(lang))
        self.resize(1100, 720)
        self._build()
        self._ticker = QTimer(self)
        self._ticker.setInterval(250)
        self._ticker.timeout.connect(self.refresh_timer)
        self._show_step()

    # -- building --------------------------------------------------------------------
    def _build(self) -> None:
        self.steps_list = QListWidget(self)
        self.steps_list.setAccessibleName(self.tr("Activities"))
        for start, activity in zip(
            self.session.start_minutes(), self.session.activities, strict=True
        ):
            self.steps_list.addItem(
                f"{start // 60}:{start % 60:02d}  {local(activity.title, self.lang)}"
                f"  ({activity.minutes}′)"
            )
        self.steps_list.currentRowChanged.connect(self._on_steps_list_current_row_changed)
        # Page keys and Space belong to the timer, not to list navigation.
        self.steps_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)
        self.timer_label = QLabel(self)
        self.timer_label.setAccessibleName(self.tr("Time left in this activity"))
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        tfont = self.timer_label.font()
        tfont.setPointSizeF(tfont.pointSizeF() * 3.2)
        tfont.setBold(True)
        self.timer_label.setFont(tfont)
        self.timer_label.setMinimumWidth(220)
        self.session_clock = QLabel(self)

        self.back_button = QPushButton(self.tr("◀ Back"), self)
        self.back_button.setToolTip(self.tr("Previous activity (Ctrl+Left)"))
        self.start_button = QPushButton(self)
        self.start_button.setToolTip(self.tr("Start or pause the timer (Space)"))
        self.next_button = QPushButton(self.tr("Next ▶"), self)
        self.next_button.setToolTip(self.tr("Next activity (Ctrl+Right)"))
        self.restart_button = QPushButton(self.tr("Restart timer"), self)
        self.presenter_button = QPushButton(self.tr("Presenter view"), self)
        self.presenter_button.setToolTip(self.tr("Show the questions on a projector (F5)"))
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.start_button.clicked.connect(self.toggle_timer)
        self.restart_button.clicked.connect(self._on_restart_button_clicked)
        self.presenter_button.clicked.connect(self.open_presenter)
        for button in (self.back_button, self.start_button, self.next_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space always means start/pause

        self.step_view = QTextBrowser(self)
        self.step_view.setAccessibleName(self.tr("Current activity"))
        self.notes_view = QTextBrowser(self)
        self.notes_view.setAccessibleName(self.tr("Facilitator notes"))
        for view in (self.step_view, self.notes_view):
            view.setLayoutDirection(direction_for(self.lang))
            view.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        controls = QHBoxLayout()
        controls.addWidget(self.back_button)
        controls.addWidget(self.start_button)
        controls.addWidget(self.next_button)
        controls.addWidget(self.restart_button)
        controls.addStretch(1)
        controls.addWidget(self.session_clock)
        controls.addWidget(self.presenter_button)

        header = QHBoxLayout()
        header.addWidget(self.heading, 1)
        header.addWidget(self.timer_label)

        middle = QSplitter(Qt.Orientation.Horizontal, self)
        middle.addWidget(self.steps_list)
        middle.addWidget(self.step_view)
        middle.addWidget(self.notes_view)
        middle.setSizes([240, 520, 340])

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(controls)
        layout.addWidget(middle, 1)

        shortcuts = {
            "Space": self.toggle_timer,
            "Ctrl+Right": self.go_next,
            "PgDown": self.go_next,
            "Ctrl+Left": self.go_back,
            "PgUp": self.go_back,
            "F5": self.open_presenter,
            "Esc": self.close,
        }
        for keys, slot in shortcuts.items():
            QShortcut(QKeySequence(keys), self, activated=slot)

    # -- actions ---------------------------------------------------------------------
    def toggle_timer(self) -> None:
        self.state.toggle()
        if self.state.running:
            self._ticker.start()
        self.refresh_timer()

    def go_next(self) -> None:
        if self.state.next():
            self._show_step()

    def go_back(self) -> None:
        if self.state.back():
            self._show_step()

    def open_presenter(self) -> PresenterWindow:
        if self.presenter is None:
            self.presenter = PresenterWindow(local(self.session.title, self.lang), self)
            self.presenter.next_requested.connect(self.go_next)
            self.presenter.back_requested.connect(self.go_back)
            self._update_presenter()
            self.presenter.place_on_screen()
        else:
            self.presenter.show()
            self.presenter.raise_()
        return self.presenter

    # -- drawing ---------------------------------------------------------------------
    def _show_step(self) -> None:
        index = self.state.index
        activity = self.session.activities[index]
        if self.steps_list.currentRow() != index:
            self.steps_list.blockSignals(True)
            self.steps_list.setCurrentRow(index)
            self.steps_list.blockSignals(False)
        self.heading.setText(f"{index + 1}/{self.state.count} · {local(activity.title, self.lang)}")
        self.step_view.setHtml(self._step_html(activity))
        self.notes_view.setHtml(self._notes_html(activity))
        self.back_button.setEnabled(not self.state.is_first)
        self.next_button.setEnabled(not self.state.is_last)
        self._update_presenter()
        self.refresh_timer()
        self.step_changed.emit(index)

    def _wrap(self, body: str) -> str:
        return page_html(body, self.lang)

    def _say(self, key: str, **values: object) -> str:
        return html.escape(label(key, self.lang, **values))

    def _step_html(self, activity) -> str:
        kind = kind_label(activity.kind, self.lang)
        parts = [
            f"<p class='meta'>{self._say('activity_meta', kind=kind, minutes=activity.minutes)}</p>"
        ]
        steps = "".join(f"<li>{html.escape(local(s, self.lang))}</li>" for s in activity.steps)
        parts.append(f"<h3>{self._say('steps')}</h3><ol>{steps}</ol>")
        if activity.questions:
            qs = "".join(
                f"<li class='question'>{html.escape(local(q, self.lang))}</li>"
                for q in activity.questions
            )
            parts.append(f"<h3>{self._say('questions')}</h3><ul>{qs}</ul>")
        return self._wrap("".join(parts))

    def _notes_html(self, activity) -> str:
        parts = []
        if self.state.is_first and self.session.content_warning is not None:
            warning = prose_html(self.session.content_warning, self.lang)
            parts.append(
                f"<h3>{self._say('content_warning')}</h3><div class='warning'>{warning}</div>"
            )
        if activity.safety_notes is not None:
            safety = prose_html(activity.safety_notes, self.lang)
            parts.append(f"<h3>{self._say('safety')}</h3><div class='safety'>{safety}</div>")
        if activity.facilitator_notes is not None:
            notes = prose_html(activity.facilitator_notes, self.lang)
            parts.append(f"<h3>{self._say('facilitator_notes')}</h3>{notes}")
        disclosure = prose_html(self.session.disclosure, self.lang)
        parts.append(f"<h3>{self._say('disclosure')}</h3>{disclosure}")
        return self._wrap("".join(parts))

    def refresh_timer(self) -> None:
        """Redraw the countdown (called by a QTimer while running)."""
        phase = self.state.phase()
        self.timer_label.setText(locale_digits(format_seconds(self.state.remaining())))
        self.timer_label.setStyleSheet(_PHASE_STYLE[phase] + " padding: 4px 16px;")
        self.timer_label.setProperty("phase", phase.value)
        running = self.state.running
        self.start_button.setText(self.tr("Pause") if running else self.tr("Start"))
        spent = int(self.state.session_elapsed()) // 60
        self.session_clock.setText(
            self.tr("Session: {spent} of {total} min").format(
                spent=locale_number(spent), total=locale_number(self.session.duration)
            )
        )
        if not running:
            self._ticker.stop()

    def _update_presenter(self) -> None:
        if self.presenter is not None:
            activity = self.session.activities[self.state.index]
            self.presenter.show_activity(activity, self.lang, self.state.index, self.state.count)

    # -- slots and events ------------------------------------------------------------
    def _on_steps_list_current_row_changed(self, row: int) -> None:
        if self.state.go_to(row):
            self._show_step()

    def _on_restart_button_clicked(self) -> None:
        self.state.reset_current()
        self.refresh_timer()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.state.running or self.state.session_elapsed() > 0:
            answer = QMessageBox.question(
                self,
                self.tr("Stop the session?"),
                self.tr("The timer will stop and the presenter view will close."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self._ticker.stop()
        if self.presenter is not None:
            self.presenter.close()
        super().closeEvent(event)


def show_run_window(
    curriculum: Curriculum, session: Session, lang: str, *, warning_seconds: int = 120, parent=None
) -> RunWindow:
    window = RunWindow(curriculum, session, lang, warning_seconds=warning_seconds, parent=parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    return window
