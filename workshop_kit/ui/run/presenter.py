"""The presenter view: a second window for the projector with only the current
activity's title and discussion questions, in large text.

Keyboard: Space or Right = next, Left = back, F = full screen, Esc = leave full screen.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from workshop_kit.content import labels
from workshop_kit.content.model import Activity
from workshop_kit.ui.text import direction_for, local

__all__ = ["PresenterWindow"]


class PresenterWindow(QWidget):
    next_requested = Signal()
    back_requested = Signal()

    def __init__(self, session_title: str, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Presenter view — {title}").format(title=session_title))
        self.setObjectName("presenter")
        self.setStyleSheet(
            "#presenter { background: #111; } QLabel { color: #f5f5f5; }"
            " #presenterTitle { color: #ffd37a; }"
        )
        self.resize(1024, 640)
        self.title = QLabel(self)
        self.title.setObjectName("presenterTitle")
        self.title.setWordWrap(True)
        self.questions = QLabel(self)
        self.questions.setWordWrap(True)
        self.questions.setTextFormat(Qt.TextFormat.RichText)
        self.position = QLabel(self)
        self.position.setStyleSheet("color: #888;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 40, 60, 30)
        layout.addWidget(self.title)
        layout.addSpacing(30)
        layout.addWidget(self.questions, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.position)
        self._apply_font_sizes()

    # -- content ---------------------------------------------------------------------
    def show_activity(self, activity: Activity, lang: str, index: int, count: int) -> None:
        direction = direction_for(lang)
        self.setLayoutDirection(direction)
        align = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop
        for label in (self.title, self.questions, self.position):
            label.setLayoutDirection(direction)
            label.setAlignment(align)
        self.title.setText(local(activity.title, lang))
        if activity.questions:
            items = "".join(
                f"<p style='margin-bottom:24px'>{html.escape(local(q, lang))}</p>"
                for q in activity.questions
            )
            dir_attr = "rtl" if direction == Qt.LayoutDirection.RightToLeft else "ltr"
            self.questions.setText(f"<div dir='{dir_attr}'>{items}</div>")
        else:
            self.questions.setText("")
        self.position.setText(labels.label("position", lang, index=index + 1, count=count))

    def place_on_screen(self) -> None:
        """Full screen on a second monitor when there is one; a window otherwise."""
        screens = QGuiApplication.screens()
        mine = (
            self.parentWidget().screen() if self.parentWidget() else QGuiApplication.primaryScreen()
        )
        others = [s for s in screens if s is not mine]
        if others:
            self.setScreen(others[0])
            self.move(others[0].geometry().topLeft())
            self.showFullScreen()
        else:
            self.show()

    # -- Qt events -------------------------------------------------------------------
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._apply_font_sizes()

    def _apply_font_sizes(self) -> None:
        # Readable from the back of a room: sizes follow the window height.
        height = max(self.height(), 400)
        for label, share, bold in (
            (self.title, 0.075, True),
            (self.questions, 0.055, False),
            (self.position, 0.025, False),
        ):
            font = label.font()
            font.setPixelSize(int(height * share))
            font.setBold(bold)
            label.setFont(font)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Space, Qt.Key.Key_Right, Qt.Key.Key_PageDown):
            self.next_requested.emit()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp):
            self.back_requested.emit()
        elif key == Qt.Key.Key_F:
            self.showNormal() if self.isFullScreen() else self.showFullScreen()
        elif key == Qt.Key.Key_Escape:
            if self.isFullScreen():
                self.showNormal()
        else:
            super().keyPressEvent(event)
