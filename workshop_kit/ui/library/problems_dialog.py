"""A dialog listing what failed to load and why (file:line: message)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout

from workshop_kit.content.problems import Problem

__all__ = ["ProblemsDialog", "show_problems"]


class ProblemsDialog(QDialog):
    def __init__(self, problems: Sequence[Problem], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Content problems"))
        self.resize(820, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "These problems were found in the curricula files. A curriculum with errors "
                "is not shown in the Library; fix the file named on each line, then restart "
                "or check it with 'workshop-kit validate'."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Problems found"))
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setPlainText("\n".join(str(p) for p in problems))
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def show_problems(problems: Sequence[Problem], parent=None) -> ProblemsDialog:
    dialog = ProblemsDialog(problems, parent)
    dialog.open()
    return dialog
