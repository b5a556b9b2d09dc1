"""The export dialog: what to export, in which language, and where to save it.

On a sealed store (``vault`` given) a data bundle is always sealed to the programme lead's
key and signed by this laptop. Without a lead key the dialog says so and offers to choose
the lead's key file (``.wkkey``): its fingerprint is shown to check with the lead before
the key is added (``Vault.set_lead``); until then a bundle cannot be saved.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from workshop_kit.analysis.dataset import Filters
from workshop_kit.exports.run import RAW_FORMATS, SUFFIXES, ExportRequest
from workshop_kit.ui.text import LANGUAGES

__all__ = ["ExportDialog"]


class ExportDialog(QDialog):
    def __init__(self, filters: Filters, k: int, lang: str, parent=None, *, vault=None):
        super().__init__(parent)
        self.filters, self.k, self.vault = filters, k, vault
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
        self.sealing = QLabel(self)  # how a bundle is sealed, or why it cannot be
        self.sealing.setWordWrap(True)
        self.sealing.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lead_button = QPushButton(self.tr("Choose the lead's key file (.wkkey)…"), self)
        self.lead_button.clicked.connect(self._on_lead_button_clicked)
        form = QFormLayout()
        form.addRow(self.tr("&Export"), self.format)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow("", self.labelled)
        form.addRow(self.tr("&Paper"), self.paper)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.sealing)
        layout.addWidget(self.lead_button)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
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
        self._update_sealing(key == "bundle")

    def lead_fingerprint(self) -> str | None:
        return None if self.vault is None else self.vault.keyring.lead_fingerprint

    def _update_sealing(self, bundle: bool) -> None:
        sealed = bundle and self.vault is not None
        fingerprint = self.lead_fingerprint() if sealed else None
        self.sealing.setVisible(sealed)
        self.lead_button.setVisible(sealed and fingerprint is None)
        self.save_button.setEnabled(not sealed or fingerprint is not None)
        if not sealed:
            return
        if fingerprint is None:
            self.sealing.setText(
                self.tr(
                    "This laptop has no programme lead key yet, so it cannot make a data "
                    "bundle: a bundle is always sealed to the lead's key, so that only the "
                    "lead can open it. Ask the programme lead for their key file (.wkkey)."
                )
            )
        else:
            self.sealing.setText(
                self.tr(
                    "The bundle is sealed to the programme lead's key and signed by this "
                    "laptop: only the lead can open it, and this laptop cannot read it back."
                    "\nLead key fingerprint:\n{fingerprint}"
                ).format(fingerprint=fingerprint)
            )

    def ask_lead_file(self) -> Path | None:
        """The lead's public key file (tests replace this)."""
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the lead's key file"),
            "",
            self.tr("Lead key files (*.wkkey)"),
        )
        return Path(path) if path else None

    def confirm_lead(self, fingerprint: str) -> bool:
        """Whether the facilitator checked the fingerprint with the lead (tests replace this)."""
        answer = QMessageBox.question(
            self,
            self.tr("Add the programme lead's key?"),
            self.tr(
                "Fingerprint of this lead key:\n\n{fingerprint}\n\nRead it back with the "
                "programme lead (on the phone, say) before adding it. This laptop's bundles "
                "will be sealed to this key, and the lead can also open this laptop's data "
                "with it if the unlock code is lost."
            ).format(fingerprint=fingerprint),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _on_lead_button_clicked(self) -> None:
        from workshop_kit.records.crypto import CryptoError
        from workshop_kit.records.vault import read_lead_public

        path = self.ask_lead_file()
        if path is None or self.vault is None:
            return
        try:
            lead = read_lead_public(path)
        except (CryptoError, OSError, ValueError):
            self.sealing.setText(
                self.tr(
                    "{file} is not a programme lead's key file; nothing was changed. The "
                    "lead's file ends in .wkkey (the .wkprivate file stays with the lead)."
                ).format(file=path.name)
            )
            return
        if not self.confirm_lead(lead.fingerprint):
            return
        self.vault.set_lead(lead)
        self._update()

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
