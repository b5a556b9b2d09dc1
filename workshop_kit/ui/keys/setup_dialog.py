"""First-run key setup: the unlock code, the lead's key or the recovery sheet, then every
survey answer already on the laptop encrypted.

``KeySetupDialog(parent, data_dir=...)``, five steps in one dialog:

1. why: the answers are stored encrypted; one unlock code opens them;
2. the unlock code, generated, written down and typed back (or a passphrase chosen);
3. the programme lead's key file (``.wkkey``), if the centre has one: its fingerprint is
   shown to compare by phone;
4. ``protection.set_up`` on a worker (scrypt and sealing the existing files take
   seconds), with a busy bar; Back and Cancel wait, nothing can interrupt it halfway;
5. what was encrypted, and, without a lead key, the recovery sheet: Finish only once it
   was saved, printed or ticked as written down (it is shown only this once).

Until step 4 starts nothing is written: Cancel leaves the folder as it was and the app
can ask again. After Finish, ``dialog.protected`` is the ``protection.Protected`` (the
store, unlocked). A failure says what happened and what was kept: before the keys exist
nothing changed and the user may try again; once they exist, the next start finishes
encrypting (``protection.open_protected``) and Settings prints a new recovery sheet.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workshop_kit.records import protection
from workshop_kit.records.crypto import CryptoError
from workshop_kit.records.keys import LeadKey
from workshop_kit.records.vault import Vault, read_lead_public
from workshop_kit.ui.jobs import Job, JobFailure
from workshop_kit.ui.keys.code_entry import CodeEntry, big_code_label
from workshop_kit.ui.keys.sheet import SheetPanel
from workshop_kit.ui.kiosk.pin_dialog import error_label

__all__ = ["KeySetupDialog"]

WHY, CODE, LEAD, WORK, DONE = range(5)


def _wrapped(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


class KeySetupDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, data_dir: Path | None = None):
        super().__init__(parent)
        self.data_dir = data_dir
        self.protected: protection.Protected | None = None
        self.lead: LeadKey | None = None
        self.job: Job | None = None
        self.sheet: SheetPanel | None = None
        self._secret: str | None = None
        self._working = False
        self._made = False  # the keys exist although set_up failed
        self.setWindowTitle(self.tr("Protect the survey answers"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        self.stack = QStackedWidget(self)
        for build in (self._why_page, self._code_page, self._lead_page, self._work_page):
            self.stack.addWidget(build())
        self.done_page = QWidget(self)
        self.done_layout = QVBoxLayout(self.done_page)
        done_title = _wrapped(self.tr("The survey answers are protected"), self.done_page)
        done_title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.done_layout.addWidget(done_title)
        self.report = _wrapped("", self.done_page)
        self.done_layout.addWidget(self.report)
        self.stack.addWidget(self.done_page)
        layout.addWidget(self.stack, 1)
        buttons = QHBoxLayout()
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.back_button = QPushButton(self.tr("< &Back"), self)
        self.next_button = QPushButton(self.tr("&Next >"), self)
        self.finish_button = QPushButton(self.tr("&Finish"), self)
        self.cancel_button.clicked.connect(self.reject)
        self.back_button.clicked.connect(self._on_back_button_clicked)
        self.next_button.clicked.connect(self._on_next_button_clicked)
        self.finish_button.clicked.connect(self._on_finish_button_clicked)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, self.finish_button):
            buttons.addWidget(button)
        for button in (self.cancel_button, self.back_button, self.next_button, self.finish_button):
            button.setAutoDefault(False)  # Return goes on (keyPressEvent), never cancels
        layout.addLayout(buttons)
        self._show(WHY)

    # -- pages -----------------------------------------------------------------------
    def _why_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        title = _wrapped(self.tr("The survey answers will be stored encrypted"), page)
        title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        layout.addWidget(title)
        layout.addWidget(
            _wrapped(
                self.tr(
                    "Workshop Kit stores every survey answer encrypted, so that no one who "
                    "takes the laptop or copies its files can read them. One unlock code "
                    "opens them: you will write it down now. A recovery sheet, or your "
                    "programme lead's key, opens them if the code is ever lost."
                ),
                page,
            )
        )
        layout.addWidget(
            _wrapped(
                self.tr(
                    "The kiosk keeps saving answers without the code; you need it to see "
                    "workshops and results. This takes a few minutes and a pen and paper."
                ),
                page,
            )
        )
        layout.addStretch(1)
        return page

    def _code_page(self) -> QWidget:
        self.code_entry = CodeEntry(self)
        return self.code_entry

    def _lead_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(
            _wrapped(
                self.tr("Does your programme lead give you a key file (a name ending in .wkkey)?"),
                page,
            )
        )
        self.lead_group = QButtonGroup(page)
        self.lead_no = QRadioButton(
            self.tr("&No: print a recovery sheet for this laptop instead"), page
        )
        self.lead_yes = QRadioButton(self.tr("&Yes: use the programme lead's key file"), page)
        for button in (self.lead_no, self.lead_yes):
            self.lead_group.addButton(button)
            layout.addWidget(button)
        self.lead_no.setChecked(True)
        row = QHBoxLayout()
        row.addSpacing(24)
        self.choose_lead = QPushButton(self.tr("&Choose the key file…"), page)
        self.choose_lead.clicked.connect(self._on_choose_lead_clicked)
        row.addWidget(self.choose_lead)
        row.addStretch(1)
        layout.addLayout(row)
        self.lead_note = _wrapped("", page)
        layout.addWidget(self.lead_note)
        self.lead_fingerprint = big_code_label(page, 12)
        self.lead_fingerprint.setAccessibleName(self.tr("Fingerprint of the lead's key"))
        layout.addWidget(self.lead_fingerprint)
        self.lead_error = error_label(page)
        layout.addWidget(self.lead_error)
        layout.addStretch(1)
        return page

    def _work_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.work_text = _wrapped("", page)
        layout.addWidget(self.work_text)
        self.busy = QProgressBar(page)
        self.busy.setRange(0, 0)  # busy: scrypt reports no progress
        self.busy.setAccessibleName(self.tr("Setting up the keys"))
        layout.addWidget(self.busy)
        self.work_error = error_label(page)
        layout.addWidget(self.work_error)
        layout.addStretch(1)
        return page

    # -- navigation ------------------------------------------------------------------
    def _show(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        working = self._working
        self.back_button.setVisible(index in (CODE, LEAD) or (index == WORK and not self._made))
        self.back_button.setEnabled(not working)
        self.next_button.setVisible(index < WORK or (index == WORK and not self._made))
        self.next_button.setEnabled(not working)
        texts = {LEAD: self.tr("&Encrypt"), WORK: self.tr("&Try again")}
        self.next_button.setText(texts.get(index, self.tr("&Next >")))
        self.cancel_button.setVisible(index < DONE)
        self.cancel_button.setEnabled(not working)
        self.cancel_button.setText(self.tr("Close") if self._made else self.tr("Cancel"))
        self.finish_button.setVisible(index == DONE)
        self.finish_button.setEnabled(self.can_finish())
        if index == CODE:
            self.code_entry.focus_entry()  # typing starts in the box, not on a button

    def _on_back_button_clicked(self) -> None:
        self._show(max(WHY, self.stack.currentIndex() - 1))

    def _on_next_button_clicked(self) -> None:
        index = self.stack.currentIndex()
        if index == WHY:
            self._show(CODE)
        elif index == CODE:
            self._secret = self.code_entry.secret()
            if self._secret is not None:
                self._show(LEAD)
        elif index in (LEAD, WORK) and self._lead_ready():
            self.start()

    def _lead_ready(self) -> bool:
        if self.lead_yes.isChecked() and self.lead is None:
            self.lead_error.setText(self.tr("Choose the key file first, or answer No."))
            return False
        self.lead_error.clear()
        return True

    # -- the lead's key ----------------------------------------------------------------
    def ask_lead_path(self) -> Path | None:
        """The lead's key file the user chose (tests replace this)."""
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("The programme lead's key file"),
            "",
            self.tr("Programme lead key (*.wkkey)"),
        )
        return Path(name) if name else None

    def _on_choose_lead_clicked(self) -> None:
        self.lead_yes.setChecked(True)
        path = self.ask_lead_path()
        if path is None:
            return
        try:
            lead = read_lead_public(path)
        except (OSError, CryptoError):
            self.lead = None
            self.lead_fingerprint.clear()
            self.lead_note.clear()
            self.lead_error.setText(
                self.tr(
                    "{name} is not a programme lead's key file. Ask the lead for the file "
                    "whose name ends in .wkkey."
                ).format(name=path.name)
            )
            return
        self.lead = lead
        self.lead_error.clear()
        self.lead_note.setText(
            self.tr(
                "Key file {name}. Read its fingerprint to the programme lead by phone: "
                "every group must match the lead's."
            ).format(name=path.name)
        )
        self.lead_fingerprint.setText(lead.fingerprint)

    # -- the work ----------------------------------------------------------------------
    def start(self) -> Job:
        """Make the keys and seal the folder on a worker thread."""
        assert self._secret is not None
        secret, lead = self._secret, self.lead if self.lead_yes.isChecked() else None
        data_dir = self.data_dir
        self.work_text.setText(
            self.tr(
                "Making the keys and encrypting the survey answers already on this laptop. "
                "This can take a few seconds; do not switch the laptop off."
            )
        )
        self.work_error.clear()
        self.busy.setVisible(True)

        def work(_progress, _cancelled) -> protection.Protected:
            return protection.set_up(secret, lead=lead, data_dir=data_dir)

        if self.job is not None:
            self.job.retire()
        self.job = Job(work, self)
        self.job.done.connect(self._on_job_done)
        self.job.failure.connect(self._on_job_failure)
        self._working = True
        self.job.start()
        self._show(WORK)
        return self.job

    def _on_job_done(self, protected: protection.Protected) -> None:
        self._working = False
        self.protected = protected
        self._secret = None
        report = protected.migration
        workshops = report.workshops if report else 0
        parts = [
            self.tr("%n workshop(s) on this laptop were encrypted.", "", workshops)
            if workshops
            else self.tr(
                "There were no survey answers on this laptop yet: every answer saved from "
                "now on is encrypted."
            )
        ]
        if report and report.left:
            parts.append(
                self.tr(
                    "%n file(s) made by a newer version of Workshop Kit were left as they were.",
                    "",
                    len(report.left),
                )
            )
        if protected.sheet is None:
            parts.append(
                self.tr(
                    "Your programme lead's key can open the answers if the unlock code is "
                    "lost: no recovery sheet is needed. Keep the unlock code you wrote down."
                )
            )
        self.report.setText(" ".join(parts))
        if protected.sheet is not None:
            fingerprint = protected.vault.keyring.laptop_fingerprint
            self.sheet = SheetPanel(protected.sheet, fingerprint, self.done_page)
            self.sheet.kept_changed.connect(lambda _kept: self._show(DONE))
            self.done_layout.addWidget(self.sheet)
        self.done_layout.addStretch(1)
        self._show(DONE)
        self.adjustSize()  # the sheet makes the last page taller than the others

    def _on_job_failure(self, failure: JobFailure) -> None:
        self._working = False
        self.busy.setVisible(False)
        made = self._made = Vault(protection.keys_dir(self.data_dir)).exists()
        if made:
            self._secret = None
            text = self.tr(
                "The keys were made, but encrypting the survey answers stopped: {error} "
                "Nothing is lost: Workshop Kit finishes encrypting at its next start, with "
                "the unlock code you wrote down. Print a recovery sheet from Settings then."
            )
        else:
            text = self.tr(
                "The keys could not be made: {error} Nothing was changed. Fix the problem "
                "and press Encrypt to try again."
            )
        self.work_error.setText(text.format(error=failure.message))
        self._show(WORK)

    # -- ending ------------------------------------------------------------------------
    def can_finish(self) -> bool:
        if self.protected is None:
            return False
        return self.sheet is None or self.sheet.kept

    def _on_finish_button_clicked(self) -> None:
        if self.can_finish():
            self.accept()

    def reject(self) -> None:
        if self._working:
            return  # the keys are being made: wait for it
        if self.protected is not None:
            # Set up: the sheet must be kept first (it is never shown again).
            if self.can_finish():
                self.accept()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._working or (self.protected is not None and not self.can_finish()):
            event.ignore()
            return
        super().closeEvent(event)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            for button in (self.next_button, self.finish_button):
                if button.isVisible() and button.isEnabled():
                    button.click()
            return
        super().keyPressEvent(event)
