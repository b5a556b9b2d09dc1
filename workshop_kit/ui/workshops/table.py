"""The Workshops page's table: a view over a model that formats a row only when it is shown.

A data folder may hold thousands of workshops; filling a ``QTableWidget`` made eight items
per workshop on the window's thread at every refresh (24,000 for 3,000 workshops, each day
formatted by a new ``QLocale``). Here a refresh hands the model its rows and the view asks
for the few it paints; a row's texts are made once, by the page's ``cells`` function (so its
words stay in the page's translation context), and kept until the next refresh.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QTableView, QWidget

__all__ = ["WorkshopTable"]

_Index = QModelIndex | QPersistentModelIndex


class _RowsModel(QAbstractTableModel):
    def __init__(
        self, headers: Sequence[str], cells: Callable[[Any], list[str]], parent: QObject
    ) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._cells = cells
        self._rows: list[Any] = []
        self._texts: dict[int, list[str]] = {}

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._texts.clear()
        self.endResetModel()

    def texts(self, row: int) -> list[str]:
        texts = self._texts.get(row)
        if texts is None:
            texts = self._texts[row] = self._cells(self._rows[row])
        return texts

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self.texts(index.row())[index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


class WorkshopTable(QTableView):
    """A read-only table of rows; ``cells(row)`` gives one row's texts, column by column."""

    def __init__(
        self, headers: Sequence[str], cells: Callable[[Any], list[str]], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._rows = _RowsModel(headers, cells, self)
        self.setModel(self._rows)

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Show ``rows`` (the selection is cleared: the caller selects again)."""
        self._rows.set_rows(rows)

    def rowCount(self) -> int:
        return self._rows.rowCount()

    def text(self, row: int, column: int) -> str:
        """What the cell shows."""
        return self._rows.texts(row)[column]
