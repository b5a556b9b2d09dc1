"""Keying paper forms fast, with the keyboard only.

For each item type the number of the ticked option (1, 2, 3...), 0 for "prefer not to
answer", or nothing for a blank; a digit moves on by itself, Enter moves on too. A key
a field cannot take (a digit in a letter of the match code) is refused with a hint beside
the field, and the Enter right after it stays on the field, so a mistyped code is not
skipped by accident. After each save the form scrolls back to its first field.
Ctrl+S saves the form and starts the next. With "key each form twice", the form is keyed a
second time and any rows that differ are highlighted to be checked against the paper.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QKeySequence, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from workshop_kit.content.labels import label
from workshop_kit.content.model import Instrument
from workshop_kit.ui.paper.form import BLANK, Row, differences, item_value, rows_for
from workshop_kit.ui.problems import error_text
from workshop_kit.ui.text import direction_for, local

__all__ = ["PaperEntryWindow"]

_CONFLICT = "background: #ffd6d2; border: 2px solid #b3261e;"
_HINT = "color: #b3261e; font-weight: bold;"
_DIGITS = "0-9\u0660-\u0669\u06f0-\u06f9"  # Western, Arabic-Indic, Persian


class PaperEntryWindow(QWidget):
    def __init__(
        self,
        instrument: Instrument,
        *,
        title: str,
        language: str,
        code_elements: Sequence[tuple[str, str]],
        save: Callable[[Mapping[str, int | None], Mapping[str, str]], None],
        about_you: bool = False,
        parent=None,
    ):
        super().__init__(parent, Qt.WindowType.Window)
        self.instrument = instrument
        self.lang = language
        self.save = save
        self.rows = rows_for(instrument, code_elements, about_you=about_you)
        self.saved_count = 0
        self._first_pass: dict[str, str] | None = None
        self._resolving = False
        self._refused: str | None = None  # the row whose last key was refused
        self.setWindowTitle(title)
        self.setLayoutDirection(direction_for(language))
        self.resize(980, 760)
        self._build()
        self.clear_form()

    # -- building --------------------------------------------------------------------
    def _build(self) -> None:
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.double_entry = QCheckBox(self.tr("Key each form twice and compare"), self)
        self.double_entry.toggled.connect(self._on_double_entry_toggled)
        self.count_label = QLabel(self)
        help_text = QLabel(
            self.tr(
                "Type the number of the ticked answer (1 = first answer on the form), 0 for "
                "\u201cprefer not to answer\u201d, nothing for a blank. Enter moves on; Ctrl+S "
                "saves the form."
            ),
            self,
        )
        help_text.setWordWrap(True)

        grid_host = QWidget(self)
        grid = QGridLayout(grid_host)
        grid.setColumnStretch(1, 1)
        self.fields: dict[str, QLineEdit] = {}
        self.meanings: dict[str, QLabel] = {}
        code_title = self.tr("Match code")  # plain calls: lupdate cannot see into f-strings
        code_heading = QLabel(f"<b>{code_title}</b>", grid_host)
        grid.addWidget(code_heading, 0, 0, 1, 3)
        line = 1
        for row in self.rows:
            if row.item is not None and row.number == 1:
                answers_title = self.tr("Answers")
                grid.addWidget(QLabel(f"<b>{answers_title}</b>", grid_host), line, 0, 1, 3)
                line += 1
            if row.about and row.number == len(self.instrument.items) + 1:
                about_title = self.tr("About you")
                grid.addWidget(QLabel(f"<b>{about_title}</b>", grid_host), line, 0, 1, 3)
                line += 1
            text = self._row_text(row)
            caption = QLabel(f"{row.number}. {text}", grid_host)
            caption.setWordWrap(True)
            field = QLineEdit(grid_host)
            field.setFixedWidth(70)
            field.setAlignment(Qt.AlignmentFlag.AlignCenter)
            field.setAccessibleName(text)
            field.setValidator(QRegularExpressionValidator(self._pattern(row), field))
            field.textEdited.connect(lambda t, r=row: self._on_field_text_edited(r, t))
            field.returnPressed.connect(lambda r=row: self._on_field_return_pressed(r))
            field.inputRejected.connect(lambda r=row: self._on_field_input_rejected(r))
            meaning = QLabel(grid_host)
            meaning.setMinimumWidth(200)
            grid.addWidget(caption, line, 1)
            grid.addWidget(field, line, 0)
            grid.addWidget(meaning, line, 2)
            self.fields[row.key] = field
            self.meanings[row.key] = meaning
            line += 1
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_host)
        self.scroll = scroll

        self.save_button = QPushButton(self.tr("Save form (Ctrl+S)"), self)
        self.save_button.clicked.connect(self.save_form)
        clear_button = QPushButton(self.tr("Clear"), self)
        clear_button.clicked.connect(self._on_clear_clicked)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save_form)

        top = QHBoxLayout()
        top.addWidget(self.double_entry)
        top.addStretch(1)
        top.addWidget(self.count_label)
        bottom = QHBoxLayout()
        bottom.addWidget(clear_button)
        bottom.addStretch(1)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(help_text)
        layout.addWidget(self.status)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)

    def _row_text(self, row: Row) -> str:
        if row.item is None:
            return label(f"code.{row.code_element}", self.lang)
        text = local(row.item.text, self.lang)
        if row.item.block is not None:
            text = f"{local(row.item.block.stem, self.lang)} {text}"
        return text

    @staticmethod
    def _pattern(row: Row) -> QRegularExpression:
        if row.item is not None:
            return QRegularExpression(f"[0-{len(row.item.scale.options)}]?")
        if row.code_kind == "number":
            return QRegularExpression(f"[{_DIGITS}]{{0,2}}")
        return QRegularExpression(f"[^\\s\\d{_DIGITS}]?")  # a letter of any script

    # -- typing ----------------------------------------------------------------------
    def _on_field_input_rejected(self, row: Row) -> None:
        # While this signal runs, text() is what the field would have held.
        attempt = self.fields[row.key].text().strip()
        if not attempt:
            return
        if row.item is not None:
            hint = self.tr("Type 1 to {count}, or 0 for “prefer not to answer”.").format(
                count=len(row.item.scale.options)
            )
        elif row.code_kind == "letter":
            hint = self.tr("A letter goes here, not a number.")
        elif not all(ch.isdigit() for ch in attempt):
            hint = self.tr("Digits only here.")
        else:
            hint = self.tr("Two digits at most.")
        self._refused = row.key
        meaning = self.meanings[row.key]
        meaning.setStyleSheet(_HINT)
        meaning.setText(hint)

    def _on_field_return_pressed(self, row: Row) -> None:
        if self._refused == row.key:  # the key before was refused: stay, the hint shows
            self._refused = None
            return
        self._focus_after(row)

    def _on_field_text_edited(self, row: Row, text: str) -> None:
        self._refused = None
        self.meanings[row.key].setStyleSheet("")
        self._show_meaning(row)
        self.fields[row.key].setStyleSheet("")
        if row.item is not None and text:
            self._focus_after(row)  # one digit is a whole answer: move on

    def _show_meaning(self, row: Row) -> None:
        text = self.fields[row.key].text()
        if row.item is None:
            self.meanings[row.key].setText(text)
            return
        value = item_value(row.item, text)
        if value is BLANK:
            meaning = self.tr("(blank)")
        elif value is None:
            meaning = label("kiosk.prefer_not_say" if row.about else "kiosk.prefer_not", self.lang)
        else:
            meaning = local(row.item.scale.option(value).label, self.lang)
        self.meanings[row.key].setText(meaning)

    def _focus_after(self, row: Row) -> None:
        index = self.rows.index(row)
        if index + 1 < len(self.rows):
            following = self.fields[self.rows[index + 1].key]
            following.setFocus()
            following.selectAll()
            self.scroll.ensureWidgetVisible(following)
        else:
            self.save_button.setFocus()

    def typed(self) -> dict[str, str]:
        return {row.key: self.fields[row.key].text() for row in self.rows}

    # -- saving ----------------------------------------------------------------------
    def clear_form(self) -> None:
        for row in self.rows:
            self.fields[row.key].clear()
            self.fields[row.key].setStyleSheet("")
            self.meanings[row.key].clear()
            self.meanings[row.key].setStyleSheet("")
        self._refused = None
        self.fields[self.rows[0].key].setFocus()
        self.scroll.verticalScrollBar().setValue(0)  # the next form starts in view
        self.count_label.setText(self.tr("Forms saved: {count}").format(count=self.saved_count))
        self._update_status()

    def _update_status(self, text: str = "") -> None:
        if text:
            self.status.setText(text)
        elif self.double_entry.isChecked() and self._first_pass is not None:
            self.status.setText(self.tr("Second keying: type the same form again."))
        elif self.double_entry.isChecked():
            self.status.setText(self.tr("First keying of this form."))
        else:
            self.status.setText("")

    def save_form(self) -> None:
        typed = self.typed()
        if self.double_entry.isChecked() and not self._resolving:
            if self._first_pass is None:
                self._first_pass = typed
                self.clear_form()
                return
            differing = differences(self._first_pass, typed)
            if differing:
                for key in differing:
                    self.fields[key].setStyleSheet(_CONFLICT)
                self._resolving = True
                self.fields[differing[0]].setFocus()
                self._update_status(
                    self.tr(
                        "{count} answer(s) differ between the two keyings (marked in red). Check "
                        "them against the paper form, correct them, then save again."
                    ).format(count=len(differing))
                )
                return
        self._store(typed)

    def _store(self, typed: Mapping[str, str]) -> None:
        answers: dict[str, int | None] = {}
        code: dict[str, str] = {}
        for row in self.rows:
            text = typed[row.key]
            if row.item is None:
                code[row.code_element] = text
                continue
            value = item_value(row.item, text)
            if value is not BLANK:
                answers[row.item.id] = value
        try:
            self.save(answers, code)
        except Exception as exc:  # keep what was typed and say why
            QMessageBox.warning(
                self,
                self.tr("Not saved"),
                self.tr("The form could not be saved: {error}").format(error=error_text(exc)),
            )
            return
        self.saved_count += 1
        self._first_pass = None
        self._resolving = False
        self.clear_form()
        self._update_status(self.tr("Form saved. Key the next form."))

    def _on_clear_clicked(self) -> None:
        self._first_pass = None
        self._resolving = False
        self.clear_form()

    def _on_double_entry_toggled(self, _checked: bool) -> None:
        self._on_clear_clicked()
