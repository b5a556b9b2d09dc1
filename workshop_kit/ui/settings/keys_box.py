"""The encryption keys on the Settings page: the laptop's fingerprint, what opens the data
if the unlock code is lost, and the four key actions.

* Change unlock code… / Print a new recovery sheet… / Add the programme lead's key…:
  each changes who can open this laptop's data, so each asks for the facilitator PIN
  (as saving other guarded settings does: ``ui.pin_guard``, allowed before a first PIN)
  and then for the data to be unlocked (``unlock()``, the lead engineer's unlock dialog).
* Make a programme lead key…: for the lead's own computer; it changes nothing on this
  laptop, so it asks for neither.

The scrypt work (a new unlock code, a new sheet, a new lead key) runs on a worker with a
busy bar. With no vault (``vault=None``, or the key setup not done yet) the box says so
and offers only the lead key.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop_kit.records import protection
from workshop_kit.records.crypto import CryptoError
from workshop_kit.records.keys import LeadKey
from workshop_kit.records.vault import read_lead_public
from workshop_kit.ui.jobs import Job
from workshop_kit.ui.keys.key_dialogs import ChangeCodeDialog, MakeLeadKeyDialog, busy_bar
from workshop_kit.ui.keys.sheet import SheetDialog, ltr
from workshop_kit.ui.pin_guard import require_pin

__all__ = ["KeysBox"]


class KeysBox(QGroupBox):
    def __init__(
        self,
        vault,
        pins,
        parent: QWidget | None = None,
        *,
        unlock: Callable[[], bool] | None = None,
    ):
        super().__init__(parent)
        self.vault = vault
        self.pins = pins
        self._unlock = unlock
        self.job: Job | None = None
        self.dialog: QDialog | None = None  # the last dialog opened (tests answer it)
        self.message_box: QMessageBox | None = None
        self.setTitle(self.tr("Encryption keys"))
        layout = QVBoxLayout(self)
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        layout.addWidget(self.state)
        grid = QGridLayout()
        self.change_button = QPushButton(self.tr("Change &unlock code…"), self)
        self.sheet_button = QPushButton(self.tr("Print a new recovery &sheet…"), self)
        self.add_lead_button = QPushButton(self.tr("&Add the programme lead's key…"), self)
        self.make_lead_button = QPushButton(self.tr("&Make a programme lead key…"), self)
        self.make_lead_button.setToolTip(
            self.tr("For the programme lead's own computer: makes the key files to hand out")
        )
        self.change_button.clicked.connect(self._on_change_button_clicked)
        self.sheet_button.clicked.connect(self._on_sheet_button_clicked)
        self.add_lead_button.clicked.connect(self._on_add_lead_button_clicked)
        self.make_lead_button.clicked.connect(self._on_make_lead_button_clicked)
        grid.addWidget(self.change_button, 0, 0)
        grid.addWidget(self.sheet_button, 0, 1)
        grid.addWidget(self.add_lead_button, 1, 0)
        grid.addWidget(self.make_lead_button, 1, 1)
        grid.setColumnStretch(2, 1)
        layout.addLayout(grid)
        self.busy = busy_bar(self, self.tr("Working on the keys"))
        layout.addWidget(self.busy)
        self.refresh()

    # -- state -----------------------------------------------------------------------
    def _set_up(self) -> bool:
        return self.vault is not None and self.vault.exists()

    def refresh(self) -> None:
        ready = self._set_up()
        for button in (self.change_button, self.sheet_button, self.add_lead_button):
            button.setEnabled(ready and not self.busy.isVisible())
        if not ready:
            self.state.setText(
                self.tr("Not set up yet: the survey answers on this laptop are not encrypted.")
            )
            return
        try:
            keyring = self.vault.keyring
        except (OSError, CryptoError):
            self.state.setText(
                self.tr(
                    "The key files of this laptop cannot be read. Nothing was changed; ask "
                    "for help before you do anything else with the survey data."
                )
            )
            for button in (self.change_button, self.sheet_button, self.add_lead_button):
                button.setEnabled(False)
            return
        lines = [
            self.tr("Laptop fingerprint: {fingerprint}").format(
                fingerprint=ltr(keyring.laptop_fingerprint)
            )
        ]
        lead, sheet = keyring.lead_fingerprint, "sheet" in keyring.wraps
        if lead and sheet:
            lines.append(
                self.tr(
                    "If the unlock code is lost, the recovery sheet or the programme lead's "
                    "key (fingerprint {fingerprint}) opens the data."
                ).format(fingerprint=ltr(lead))
            )
        elif lead:
            lines.append(
                self.tr(
                    "If the unlock code is lost, the programme lead's key (fingerprint "
                    "{fingerprint}) opens the data."
                ).format(fingerprint=ltr(lead))
            )
        elif sheet:
            lines.append(self.tr("If the unlock code is lost, the recovery sheet opens the data."))
        else:
            lines.append(
                self.tr(
                    "Nothing but the unlock code opens the data: print a recovery sheet or "
                    "add the programme lead's key."
                )
            )
        self.state.setText("\n".join(lines))

    def _tell(self, title: str, text: str, icon=QMessageBox.Icon.Information) -> None:
        box = QMessageBox(icon, title, text, parent=self)
        box.open()
        self.message_box = box

    # -- guards ----------------------------------------------------------------------
    def _allowed(self, reason: str) -> bool:
        """The PIN (where a PIN guards settings), then the data unlocked."""
        if not self._set_up():
            return False
        if not require_pin(self, self.pins, reason, when_unset="allow"):
            self._tell(
                self.tr("Not changed"),
                self.tr("Nothing was changed: the facilitator PIN is needed."),
                QMessageBox.Icon.Warning,
            )
            return False
        unlocked = self._unlock() if self._unlock is not None else self.vault.is_unlocked
        if not unlocked or not self.vault.is_unlocked:
            self._tell(
                self.tr("Not changed"),
                self.tr("Nothing was changed: unlock the survey data first."),
                QMessageBox.Icon.Warning,
            )
            return False
        return True

    def _run(self, work, on_done) -> Job:
        for button in (self.change_button, self.sheet_button, self.add_lead_button):
            button.setEnabled(False)
        self.busy.setVisible(True)
        if self.job is not None:
            self.job.retire()
        self.job = Job(lambda _progress, _cancelled: work(), self)
        self.job.done.connect(on_done)
        self.job.failed.connect(self._on_job_failed)
        self.job.finished.connect(self._on_job_finished)
        self.job.start()
        return self.job

    def _on_job_finished(self) -> None:
        self.busy.setVisible(False)
        self.refresh()

    def _on_job_failed(self, message: str) -> None:
        self._tell(
            self.tr("Not changed"),
            self.tr("Nothing was changed: {error}").format(error=message),
            QMessageBox.Icon.Warning,
        )

    # -- change the unlock code --------------------------------------------------------
    def change_unlock_code(self) -> ChangeCodeDialog | None:
        reason = self.tr("Enter the facilitator PIN to change the unlock code.")
        if not self._allowed(reason):
            return None
        dialog = ChangeCodeDialog(self.vault, self)
        dialog.succeeded.connect(self._on_code_changed)
        dialog.open()
        self.dialog = dialog
        return dialog

    def _on_code_changed(self, _result: object) -> None:
        self.refresh()
        self._tell(
            self.tr("Unlock code changed"),
            self.tr("The new unlock code is in use. The old one no longer opens the data."),
        )

    def _on_change_button_clicked(self) -> None:
        self.change_unlock_code()

    # -- a new recovery sheet ------------------------------------------------------------
    def confirm(self, title: str, text: str) -> bool:
        """Yes or no (tests replace this)."""
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def new_recovery_sheet(self) -> Job | None:
        reason = self.tr("Enter the facilitator PIN to make a new recovery sheet.")
        if not self._allowed(reason):
            return None
        if not self.confirm(
            self.tr("New recovery sheet"),
            self.tr(
                "A new recovery code is made and shown once, to print. The old recovery "
                "sheet stops working at once: shred it afterwards. Make a new sheet?"
            ),
        ):
            return None
        vault, cost = self.vault, protection.setup_cost()
        return self._run(lambda: vault.new_recovery_sheet(cost=cost), self._on_sheet_made)

    def _on_sheet_made(self, code: str) -> None:
        dialog = SheetDialog(code, self.vault.keyring.laptop_fingerprint, self)
        dialog.open()
        self.dialog = dialog

    def _on_sheet_button_clicked(self) -> None:
        self.new_recovery_sheet()

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

    def add_lead_key(self) -> LeadKey | None:
        reason = self.tr("Enter the facilitator PIN to add the programme lead's key.")
        if not self._allowed(reason):
            return None
        path = self.ask_lead_path()
        if path is None:
            return None
        try:
            lead = read_lead_public(path)
        except (OSError, CryptoError):
            self._tell(
                self.tr("Not a lead key"),
                self.tr(
                    "{name} is not a programme lead's key file. Nothing was changed. Ask the "
                    "lead for the file whose name ends in .wkkey."
                ).format(name=path.name),
                QMessageBox.Icon.Warning,
            )
            return None
        before = self.vault.keyring.lead_fingerprint
        text = self.tr(
            "Read this fingerprint to the programme lead by phone; every group must match "
            "the lead's:\n\n{fingerprint}\n\nAdd this key? The lead will then be able to "
            "open this laptop's data if its unlock code is lost."
        ).format(fingerprint=ltr(lead.fingerprint))
        if before and before != lead.fingerprint:
            text += "\n\n" + self.tr(
                "It replaces the lead key added before (fingerprint {fingerprint})."
            ).format(fingerprint=ltr(before))
        if not self.confirm(self.tr("Add the programme lead's key"), text):
            return None
        try:
            self.vault.set_lead(lead)  # no scrypt: one seal and a small file
        except (OSError, CryptoError) as exc:
            self._on_job_failed(str(exc))
            return None
        self.refresh()
        self._tell(
            self.tr("Lead key added"),
            self.tr("The programme lead's key can now open this laptop's data."),
        )
        return lead

    def _on_add_lead_button_clicked(self) -> None:
        self.add_lead_key()

    def make_lead_key(self) -> MakeLeadKeyDialog:
        dialog = MakeLeadKeyDialog(self)
        dialog.succeeded.connect(self._on_lead_key_made)
        dialog.open()
        self.dialog = dialog
        return dialog

    def _on_lead_key_made(self, made: tuple[LeadKey, Path, Path]) -> None:
        lead, public_path, private_path = made
        self._tell(
            self.tr("Programme lead key made"),
            self.tr(
                "Hand out {public} to every laptop of the programme (Settings, Add the "
                "programme lead's key). Keep {private} and its passphrase safe, apart from "
                "each other and never on those laptops. Its fingerprint, to read out by "
                "phone:\n\n{fingerprint}"
            ).format(
                public=public_path.name,
                private=private_path.name,
                fingerprint=ltr(lead.fingerprint),
            ),
        )

    def _on_make_lead_button_clicked(self) -> None:
        self.make_lead_key()
