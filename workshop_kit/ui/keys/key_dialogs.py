"""The two dialogs behind the Settings page's key buttons that do slow scrypt work.

* ``ChangeCodeDialog``: a new unlock code (generated, written down, typed back; or a
  passphrase), then ``vault.change_unlock_code`` on a worker. The old code stops
  opening the data at once; no workshop file changes.
* ``MakeLeadKeyDialog``: on the programme lead's own laptop, a new lead key pair:
  ``<name>.wkkey`` (handed to every laptop) and ``<name>.wkprivate`` (kept by the lead,
  under a passphrase of at least 20 characters, typed twice).

Both run their scrypt work through ``ui.jobs.Job`` with a busy bar; the dialog stays
open (its buttons disabled) until the work is done, and a failure changes nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop_kit.records import keys, protection
from workshop_kit.records.vault import LEAD_PRIVATE_SUFFIX, LEAD_PUBLIC_SUFFIX, write_lead_key
from workshop_kit.ui.jobs import Job
from workshop_kit.ui.keys.code_entry import CodeEntry, ltr_field
from workshop_kit.ui.kiosk.pin_dialog import error_label

__all__ = ["ChangeCodeDialog", "MakeLeadKeyDialog", "busy_bar"]

_NAME_CHARACTERS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-_")


def busy_bar(parent: QWidget, name: str) -> QProgressBar:
    """A hidden bar that moves without a percentage (scrypt reports no progress)."""
    bar = QProgressBar(parent)
    bar.setRange(0, 0)
    bar.setAccessibleName(name)
    bar.setVisible(False)
    return bar


class _JobDialog(QDialog):
    """OK starts ``work`` on a worker; ``succeeded`` carries its result."""

    succeeded = Signal(object)

    def _finish_layout(self, layout: QVBoxLayout) -> None:
        self.message = error_label(self)
        layout.addWidget(self.message)
        self.busy = busy_bar(self, self.tr("Working"))
        layout.addWidget(self.busy)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
            parent=self,
        )
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.job: Job | None = None

    def _run(self, work) -> Job:
        self.buttons.setEnabled(False)
        self.busy.setVisible(True)
        self.message.clear()
        self.job = Job(lambda _progress, _cancelled: work(), self)
        self.job.done.connect(self._on_job_done)
        self.job.failed.connect(self._on_job_failed)
        self.job.start()
        return self.job

    def _on_job_done(self, result: object) -> None:
        self.busy.setVisible(False)
        self.buttons.setEnabled(True)
        self.succeeded.emit(result)
        self.accept()

    def _on_job_failed(self, message: str) -> None:
        self.busy.setVisible(False)
        self.buttons.setEnabled(True)
        self.message.setText(self.tr("Nothing was changed: {error}").format(error=message))

    @property
    def working(self) -> bool:
        return self.busy.isVisible()

    def reject(self) -> None:
        if not self.working:  # scrypt cannot be stopped halfway: wait for it
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.working:
            event.ignore()
            return
        super().closeEvent(event)

    def _on_buttons_accepted(self) -> None:
        raise NotImplementedError


class ChangeCodeDialog(_JobDialog):
    def __init__(self, vault, parent: QWidget | None = None):
        super().__init__(parent)
        self.vault = vault
        self.setWindowTitle(self.tr("Change the unlock code"))
        layout = QVBoxLayout(self)
        self.entry = CodeEntry(self)
        layout.addWidget(self.entry)
        note = QLabel(
            self.tr("The old unlock code stops working as soon as you press OK."),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self._finish_layout(layout)

    def _on_buttons_accepted(self) -> None:
        secret = self.entry.secret()
        if secret is None:
            return
        vault, cost = self.vault, protection.setup_cost()
        self._run(lambda: vault.change_unlock_code(secret, cost=cost))


class MakeLeadKeyDialog(_JobDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Make a programme lead key"))
        self.folder: Path | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "For the programme lead's own computer. This makes two files: the key file "
                "(ending in .wkkey), which you hand to every laptop of the programme, and "
                "the private file (ending in .wkprivate), which stays with you. With the "
                "private file and its passphrase you can open the survey answers of any "
                "laptop that added your key, if its unlock code is lost, and read the "
                "bundles those laptops send you. Keep both safe and apart: if the private "
                "file or the passphrase is lost, so is that way in."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        folder_row = QHBoxLayout()
        self.folder_label = QLabel(self.tr("(no folder chosen)"), self)
        self.folder_label.setWordWrap(True)
        choose = QPushButton(self.tr("Choose &folder…"), self)
        choose.clicked.connect(self._on_choose_clicked)
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(choose)
        form.addRow(self.tr("Save in:"), folder_row)
        self.name = ltr_field(self)
        self.name.setText("programme-lead")
        self.name.setMaxLength(40)
        self.name.setAccessibleName(self.tr("File name"))
        form.addRow(self.tr("File name:"), self.name)
        self.first = ltr_field(self, password=True)
        self.second = ltr_field(self, password=True)
        self.first.setAccessibleName(self.tr("Passphrase"))
        self.second.setAccessibleName(self.tr("Passphrase again"))
        form.addRow(self.tr("Passphrase (at least 20 characters):"), self.first)
        form.addRow(self.tr("Passphrase again:"), self.second)
        layout.addLayout(form)
        self._finish_layout(layout)

    def ask_folder(self) -> Path | None:
        """The folder the user chose (tests replace this)."""
        name = QFileDialog.getExistingDirectory(self, self.tr("Where to save the lead key"))
        return Path(name) if name else None

    def _on_choose_clicked(self) -> None:
        folder = self.ask_folder()
        if folder is not None:
            self.set_folder(folder)

    def set_folder(self, folder: Path) -> None:
        self.folder = folder
        self.folder_label.setText(str(folder))

    def _problem(self) -> str | None:
        name = self.name.text().strip()
        if self.folder is None:
            return self.tr("Choose the folder to save the key files in.")
        if not name or not set(name.lower()) <= _NAME_CHARACTERS:
            return self.tr("Use only letters a to z, digits, - and _ in the file name.")
        for suffix in (LEAD_PUBLIC_SUFFIX, LEAD_PRIVATE_SUFFIX):
            if (self.folder / f"{name}{suffix}").exists():
                return self.tr(
                    "{file} already exists there. Choose another name: replacing a lead key "
                    "would lock out every laptop that uses it."
                ).format(file=f"{name}{suffix}")
        first, second = self.first.text(), self.second.text()
        try:
            keys.check_unlock_secret(first)
            short = len(keys.normalise_code(first)) < keys.MIN_PASSPHRASE
        except ValueError:
            short = True
        if short:
            return self.tr("The passphrase needs at least 20 characters.")
        if keys.normalise_code(first) != keys.normalise_code(second):
            return self.tr("The two passphrases differ. Type the same one twice.")
        return None

    def _on_buttons_accepted(self) -> None:
        problem = self._problem()
        if problem is not None:
            self.message.setText(problem)
            return
        folder, name, passphrase = self.folder, self.name.text().strip(), self.first.text()
        cost = protection.setup_cost()
        assert folder is not None
        self._run(lambda: write_lead_key(folder, name, passphrase, cost=cost))
