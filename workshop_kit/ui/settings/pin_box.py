"""The facilitator PIN on the Settings page: its state, changing it (with the current
PIN), a new PIN with the recovery code, and a new recovery code (with the PIN)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop_kit.records.pin import PinCheck
from workshop_kit.ui.kiosk.pin_dialog import SetPinDialog, check_text, damaged_text
from workshop_kit.ui.pin_change import ChangePinDialog, RecoveryDialog

__all__ = ["PinBox"]


class PinBox(QGroupBox):
    def __init__(self, pins, parent: QWidget | None = None):
        super().__init__(parent)
        self.pins = pins
        self.setTitle(self.tr("Facilitator PIN"))
        layout = QVBoxLayout(self)
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        layout.addWidget(self.state)
        row = QHBoxLayout()
        self.change_button = QPushButton(self)
        self.change_button.clicked.connect(self._on_change_button_clicked)
        self.recover_button = QPushButton(self.tr("Forgot the PIN? Use the &recovery code…"), self)
        self.recover_button.clicked.connect(self._on_recover_button_clicked)
        self.code_button = QPushButton(self.tr("New recovery &code…"), self)
        self.code_button.setToolTip(
            self.tr("Replace a lost recovery code; the PIN is needed, the old code stops working")
        )
        self.code_button.clicked.connect(self._on_code_button_clicked)
        for button in (self.change_button, self.recover_button, self.code_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        status = self.pins.status()
        if status == "damaged":
            self.state.setText(damaged_text())
        elif status == "unset":
            self.state.setText(
                self.tr("No PIN yet. Workshop Kit asks for one when it is first needed.")
            )
        elif not self.pins.has_recovery_code():
            self.state.setText(
                self.tr(
                    "A PIN is set, but it has no recovery code yet: make one now and keep it "
                    "on paper in the office."
                )
            )
        else:
            self.state.setText(self.tr("A PIN is set."))
        self.change_button.setText(
            self.tr("&Choose a PIN…") if status == "unset" else self.tr("C&hange the PIN…")
        )
        self.change_button.setEnabled(status != "damaged")
        self.recover_button.setEnabled(status != "unset")
        self.code_button.setEnabled(status == "set")

    def _on_change_button_clicked(self) -> None:
        if self.pins.status() == "unset":
            SetPinDialog(self.pins, self).exec()
        elif ChangePinDialog(self.pins, self).exec() == QDialog.DialogCode.Accepted:
            QMessageBox.information(
                self, self.tr("PIN changed"), self.tr("The new PIN is in use now.")
            )
        self.refresh()

    def _on_recover_button_clicked(self) -> None:
        RecoveryDialog(self.pins, self).exec()
        self.refresh()

    def ask_pin(self) -> str | None:
        """The PIN typed in a small dialog (tests replace this)."""
        text, ok = QInputDialog.getText(
            self,
            self.tr("New recovery code"),
            self.tr("Enter the facilitator PIN to make a new recovery code:"),
            QLineEdit.EchoMode.Password,
        )
        return text if ok else None

    def new_recovery_code(self) -> str | None:
        pin = self.ask_pin()
        if pin is None:
            return None
        code = self.pins.issue_recovery_code(pin)
        if code is None:
            locked = self.pins.seconds_locked()
            message = (
                check_text(PinCheck("locked", seconds_left=locked))
                if locked
                else self.tr("Wrong PIN.")
            )
            QMessageBox.warning(self, self.tr("No new recovery code"), message)
            return None
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("New recovery code"),
            self.tr(
                "Write down this recovery code now and keep it in the office, away from the "
                "laptop. It is shown only this once; the old code no longer works."
            ),
            parent=self,
        )
        box.setInformativeText(code)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.open()
        self.refresh()
        return code

    def _on_code_button_clicked(self) -> None:
        self.new_recovery_code()
