"""Show to the group: before/after bars of chosen items, large, for a projector.

Only the bars and the item's wording: no p-values, no counts. What may be drawn is decided
by ``analysis.group``: full bars, or bars collapsed to agree / not agree (labelled as
such) when the finer cells would be hidden, never a unanimous bar, and "too few people to
show this question safely" where a phase cannot be shown.
One item per screen, readable from the back of a room. Keys: → / Space / PgDn next,
← / PgUp back, F full screen, Esc close. Opens on a second screen when there is one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from workshop_kit.analysis.group import GroupItem, group_item
from workshop_kit.analysis.results import ItemResult
from workshop_kit.content.labels import label
from workshop_kit.ui.results.bars import BarsWidget
from workshop_kit.ui.results.cards import Legend
from workshop_kit.ui.text import direction_for, local

__all__ = ["GroupView"]

SCALE = 2.4


class GroupView(QWidget):
    def __init__(self, items: list[ItemResult], lang: str, k: int, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        shown = [group_item(item, k) for item in items]
        self.items: list[GroupItem] = [item for item in shown if item.showable]
        if not self.items:
            raise ValueError("no chosen item passes disclosure control")
        self.lang, self.k, self.index = lang, k, 0
        self.setWindowTitle(self.tr("Survey results for the group"))
        self.setLayoutDirection(direction_for(lang))
        self.setStyleSheet("background: white; color: #111;")
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(60, 40, 60, 40)
        self.position = QLabel(self)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        font = QFont(self.font())
        font.setPointSizeF(30)
        font.setBold(True)
        self.title.setFont(font)
        small = QFont(self.font())
        small.setPointSizeF(16)
        self.position.setFont(small)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setFont(small)
        self.note.setStyleSheet("color: #444;")
        self.layout_.addWidget(self.position)
        self.layout_.addWidget(self.title)
        self.layout_.addWidget(self.note)
        self.chart_holder = QVBoxLayout()
        self.layout_.addLayout(self.chart_holder)
        self.layout_.addStretch(1)
        keys = QLabel(self.tr("→ next   ← back   F full screen   Esc close"), self)
        keys.setStyleSheet("color: #666;")
        self.layout_.addWidget(keys)
        self.bars: BarsWidget | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.show_item(0)
        self.resize(1100, 700)
        self._place()

    def _place(self) -> None:
        screens = QGuiApplication.screens()
        if len(screens) > 1:  # the projector is usually the second screen
            self.setGeometry(screens[1].availableGeometry())
            return
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        room = screen.availableGeometry()  # a 1024x600 netbook must see all of it
        size = self.size().boundedTo(room.size() * 0.9)  # and room for the title bar
        self.resize(size)
        self.move(room.center() - self.rect().center())

    def show_item(self, index: int) -> None:
        self.index = max(0, min(index, len(self.items) - 1))
        shown = self.items[self.index]
        item = shown.result.item
        stem = f"{local(item.block.stem, self.lang)} " if item.block else ""
        self.title.setText(stem + local(item.text, self.lang))
        # Everything on this screen is in the group's language (the content language).
        self.position.setText(
            label("position", self.lang, index=self.index + 1, count=len(self.items))
        )
        while self.chart_holder.count():
            widget = self.chart_holder.takeAt(0).widget()
            if widget is not None:
                widget.hide()  # at once: deleteLater waits for the event loop
                widget.deleteLater()
        before, after = shown.before, shown.after
        self.note.setText(label("group.collapsed", self.lang) if shown.collapsed else "")
        self.note.setVisible(shown.collapsed)
        self.bars = BarsWidget(
            [
                (label("report.before", self.lang), before),
                (label("report.after", self.lang), after),
            ],
            k=self.k,
            scale=SCALE,
            hidden_text=label("group.too_few", self.lang),
            parent=self,
        )
        self.chart_holder.addSpacing(30)
        self.chart_holder.addWidget(self.bars)
        self.chart_holder.addWidget(
            Legend(before or after, item, self.lang, scale=1.8, parent=self)
        )

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_PageDown):
            self.next_item()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace):
            self.previous_item()
        elif key == Qt.Key.Key_F:
            self.toggle_full_screen()
        elif key == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def next_item(self) -> None:
        self.show_item(self.index + 1)

    def previous_item(self) -> None:
        self.show_item(self.index - 1)

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
