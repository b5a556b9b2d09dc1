"""The keyboard shortcuts, grouped by where they work, as listed by
:func:`workshop_kit.ui.shortcuts.shortcut_rows` (the one table of shortcuts).

Decisions: a tree with one heading row per context keeps the groups readable by a screen
reader (each heading is an item, not a painted label); keys of the same action in the same
context share one line ("Ctrl+Right, PgDown"), and each line keeps its separate keys in
``Qt.UserRole`` so nothing is lost in the joining.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop_kit.ui.shortcuts import shortcut_rows

__all__ = ["KEYS_ROLE", "ShortcutsDialog", "group_rows", "show_shortcuts"]

#: item data role holding the list of separate key sequences of a line
KEYS_ROLE = Qt.ItemDataRole.UserRole
_KEYS_COLUMN, _ACTION_COLUMN = 0, 1
# Key names are laid out left to right even in Arabic ("Ctrl+اليمين, PgDown"), or the
# right-to-left layout scrambles their order: left-to-right embedding ... pop.
_LTR, _POP = "\u202a", "\u202c"


def group_rows(
    rows: list[tuple[str, str, str]],
) -> list[tuple[str, list[tuple[list[str], str]]]]:
    """[(context, [(keys, action), ...]), ...] in first-seen order; the keys of one action
    within one context are gathered on one line."""
    groups: dict[str, dict[str, list[str]]] = {}
    for context, keys, action in rows:
        groups.setdefault(context, {}).setdefault(action, []).append(keys)
    return [
        (context, [(keys, action) for action, keys in actions.items()])
        for context, actions in groups.items()
    ]


class ShortcutsDialog(QDialog):
    """Every keyboard shortcut, one heading per context."""

    def __init__(
        self, parent: QWidget | None = None, rows: list[tuple[str, str, str]] | None = None
    ):
        super().__init__(parent)
        self.rows = shortcut_rows() if rows is None else rows
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(620, 660)
        intro = QLabel(self.tr("Keys that work in each part of Workshop Kit."), self)
        intro.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Keys"), self.tr("What it does")])
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setSectionResizeMode(
            _KEYS_COLUMN, QHeaderView.ResizeMode.ResizeToContents
        )
        self.tree.header().setStretchLastSection(True)
        self.tree.header().setAccessibleName(self.tr("Columns"))
        self._fill()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)

    def _fill(self) -> None:
        bold = QFont(self.font())
        bold.setBold(True)
        for context, lines in group_rows(self.rows):
            heading = QTreeWidgetItem(self.tree, [context])
            heading.setFont(_KEYS_COLUMN, bold)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            heading.setFirstColumnSpanned(True)
            for keys, action in lines:
                line = QTreeWidgetItem(heading, [_LTR + ", ".join(keys) + _POP, action])
                line.setData(_KEYS_COLUMN, KEYS_ROLE, keys)
        self.tree.expandAll()

    def listed_rows(self) -> list[tuple[str, str, str]]:
        """(context, keys, action) for every key shown, read back from the tree."""
        listed = []
        for index in range(self.tree.topLevelItemCount()):
            heading = self.tree.topLevelItem(index)
            if heading is None:
                continue
            for child in range(heading.childCount()):
                line = heading.child(child)
                if line is None:
                    continue
                for keys in line.data(_KEYS_COLUMN, KEYS_ROLE):
                    listed.append((heading.text(0), keys, line.text(_ACTION_COLUMN)))
        return listed


def show_shortcuts(parent: QWidget | None = None) -> ShortcutsDialog:
    dialog = ShortcutsDialog(parent)
    dialog.show()
    return dialog
