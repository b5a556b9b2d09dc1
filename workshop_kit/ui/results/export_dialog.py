"""The export dialog: what to export, in which language, and where to save it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
)

from workshop_kit.analysis.dataset import Filters
from workshop_kit.exports.run import RAW_FORMATS, SUFFIXES, ExportRequest
from workshop_kit.ui.text import LANGUAGES

__all__ = ["ExportDialog"]


class ExportDialog(QDialog):
    def __init__(self, filters: Filters, k: int, lang: str, parent=None):
        super().__init__(parent)
        self.filters, self.k = filters, k
        self.setWindowTitle(self.tr("Export survey results"))
        self.format = QComboBox(self)
        self.format.setAccessibleName(self.tr("What to export"))
        for key, text in (
            ("report", self.tr("Results report (PDF)")),
            ("xlsx", self.tr("Spreadsheet: responses, summary, codebook (XLSX)")),
            ("csv", self.tr("Responses, one row each (CSV)")),
            ("sps", self.tr("SPSS syntax for the CSV (.sps)")),
            ("codebook", self.tr("Codebook: items, options and codes (CSV)")),
            ("bundle", self.tr("Data bundle to merge on another laptop")),
        ):
            self.format.addItem(text, key)
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language of labels"))
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(lang)))
        self.labelled = QCheckBox(self.tr("Option labels instead of codes"), self)
        self.paper = QComboBox(self)
        self.paper.setAccessibleName(self.tr("Paper"))
        self.paper.addItems(["A4", "Letter"])
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Export"), self.format)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow("", self.labelled)
        form.addRow(self.tr("&Paper"), self.paper)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.path: Path | None = None
        self.format.currentIndexChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        key = self.format.currentData()
        self.labelled.setEnabled(key == "csv")
        self.paper.setEnabled(key == "report")
        self.language.setEnabled(key in ("report", "csv", "xlsx", "sps"))
        if key in RAW_FORMATS:
            self.note.setText(
                self.tr(
                    "Individual-level data: asks for the facilitator PIN. It holds no names "
                    "and no match codes."
                )
            )
        else:
            self.note.setText(
                self.tr("Numbers based on fewer than {k} responses are left out.").format(k=self.k)
            )

    def ask_path(self, suggested: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save export as"), suggested)
        return Path(path) if path else None

    def _on_buttons_accepted(self) -> None:
        key = self.format.currentData()
        path = self.ask_path(f"workshop-kit-{key}{SUFFIXES[key]}")
        if path is None:
            return
        if not path.suffix:
            path = path.with_suffix(SUFFIXES[key])
        self.path = path
        self.accept()

    def request(self) -> ExportRequest:
        assert self.path is not None
        return ExportRequest(
            format=self.format.currentData(),
            path=self.path,
            filters=self.filters,
            k=self.k,
            lang=self.language.currentData(),
            labelled=self.labelled.isChecked(),
            paper=self.paper.currentText(),
        )
