"""The unlock dialog: the unlock code (or the recovery-sheet code), or the lead's key file.

Opening the keys stretches the code with scrypt (about half a second and 128 MiB), so it
runs on a worker thread while the dialog shows that it is busy. A wrong code says so and
keeps what was typed selected for retyping; there is no lock-out (each guess costs the
guesser the same half second, and the code has 10^12 possibilities: see docs/security.md).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop_kit.records.crypto import CryptoError
from workshop_kit.records.keys import WrongSecretError
from workshop_kit.records.vault import Vault, read_lead_private
from workshop_kit.ui.jobs import Job

__all__ = ["UnlockDialog"]

log = logging.getLogger("workshop_kit.ui")


class UnlockDialog(QDialog):
    """Asks for the unlock code and opens the vault; accepted once it is open."""

    def __init__(self, vault: Vault, parent: QWidget | None = None, *, reason: str = ""):
        super().__init__(parent)
        self.vault = vault
        self.job: Job | None = None
        #: how the data were opened: "code" or "lead" (the lead's key file)
        self.opened_with = ""
        self._how = ""
        self.setWindowTitle(self.tr("Unlock the survey data"))
        layout = QVBoxLayout(self)
        intro = reason or self.tr(
            "Survey answers are kept encrypted on this laptop. Type the unlock code to "
            "see workshops and results."
        )
        self.intro = QLabel(intro, self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.code = QLineEdit(self)
        self.code.setEchoMode(QLineEdit.EchoMode.Password)
        self.code.setPlaceholderText("0000-0000-0000")
        self.code.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # digits, also in Arabic
        self.code.setAccessibleName(self.tr("Unlock code"))
        self.code.textChanged.connect(self._on_code_text_changed)
        label = QLabel(self.tr("&Unlock code:"), self)
        label.setBuddy(self.code)
        layout.addWidget(label)
        layout.addWidget(self.code)
        self.show_code = QCheckBox(self.tr("&Show the code"), self)
        self.show_code.toggled.connect(self._on_show_code_toggled)
        layout.addWidget(self.show_code)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        layout.addWidget(self.message)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Opening the keys"))
        self.busy.hide()
        layout.addWidget(self.busy)
        help_text = QLabel(
            self.tr(
                "Forgot the code? Type the code on the recovery sheet instead, or ask the "
                "programme lead to open the data with their key file."
            ),
            self,
        )
        help_text.setWordWrap(True)
        layout.addWidget(help_text)
        self.lead_button = QPushButton(self.tr("Use the programme lead's &key file…"), self)
        self.lead_button.setVisible(vault.keyring.lead_fingerprint is not None)
        self.lead_button.clicked.connect(self.unlock_with_lead_file)
        layout.addWidget(self.lead_button)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Unlock"))
        self.ok_button.setEnabled(False)
        self.buttons.accepted.connect(self.try_unlock)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    # ------------------------------------------------------------------ typing

    def _on_code_text_changed(self, text: str) -> None:
        self.ok_button.setEnabled(bool(text.strip()) and not self._busy())
        self.message.clear()

    def _on_show_code_toggled(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.code.setEchoMode(mode)

    def _busy(self) -> bool:
        return self.job is not None and self.job.running

    # ------------------------------------------------------------------ unlocking

    def try_unlock(self) -> Job | None:
        """Open the keys with the typed code, on a worker thread."""
        secret = self.code.text()
        if not secret.strip() or self._busy():
            return None
        vault = self.vault
        return self._run(lambda _progress, _cancelled: vault.unlock(secret), "code")

    def unlock_with_lead_file(self) -> Job | None:
        """The programme lead opens the data with their ``.wkprivate`` file."""
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("The programme lead's private key"),
            "",
            self.tr("Lead private key (*.wkprivate)"),
        )
        if not path:
            return None
        passphrase, ok = QInputDialog.getText(
            self,
            self.tr("Lead key passphrase"),
            self.tr("The passphrase of this key file:"),
            QLineEdit.EchoMode.Password,
        )
        if not ok or not passphrase:
            return None
        return self.unlock_with_lead(Path(path), passphrase)

    def unlock_with_lead(self, path: Path, passphrase: str) -> Job | None:
        if self._busy():
            return None
        vault = self.vault

        def work(_progress, _cancelled) -> None:
            vault.unlock_with_lead(read_lead_private(path, passphrase))

        return self._run(work, "lead")

    def _run(self, work, how: str) -> Job:
        self._how = how
        self.busy.show()
        self.message.setText(self.tr("Opening the keys…"))
        for widget in (self.code, self.ok_button, self.lead_button):
            widget.setEnabled(False)
        job = Job(work, self)
        job.done.connect(self._on_opened)
        job.failure.connect(self._on_failure)
        job.finished.connect(self._on_job_finished)
        self.job = job
        job.start()
        return job

    def _on_opened(self, _result: object) -> None:
        self.opened_with = self._how
        log.info("survey data unlocked")  # never the code, never with what
        self.accept()

    def _on_failure(self, failure) -> None:
        if failure.kind == WrongSecretError.__name__ and self._how == "lead":
            text = self.tr("That passphrase does not open this key file.")
        elif failure.kind == WrongSecretError.__name__:
            text = self.tr(
                "That code does not open the data. Check it against where it was written "
                "down: it has 12 digits (the recovery sheet's has 24)."
            )
        elif failure.kind == CryptoError.__name__:
            text = self.tr("That file is not a programme lead's private key, or it is damaged.")
        else:
            text = self.tr("The keys could not be opened: {reason}").format(reason=failure.message)
        self.message.setText(text)

    def _on_job_finished(self) -> None:
        self.busy.hide()
        self.code.setEnabled(True)
        self.lead_button.setEnabled(True)
        self.ok_button.setEnabled(bool(self.code.text().strip()))
        if self.result() != QDialog.DialogCode.Accepted:
            self.code.selectAll()
            self.code.setFocus()

    def reject(self) -> None:
        if self._busy():
            return  # the keys are being opened: let it finish (a second at most)
        super().reject()
