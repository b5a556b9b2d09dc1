"""The facilitator PIN: set it on first use, ask for it to leave the kiosk."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from workshop_kit.records.matchcode import to_ascii_digits

__all__ = ["PinDialog", "SetPinDialog"]

# Western, Arabic-Indic and Eastern Arabic-Indic digits: an Arabic keyboard types the
# latter; PinStore reads them all as the same PIN. (Qt's \d matches ASCII digits only.)
_DIGITS = QRegularExpression("[0-9\u0660-\u0669\u06f0-\u06f9]{0,8}")


def _pin_field(parent) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setValidator(QRegularExpressionValidator(_DIGITS, field))
    field.setMaxLength(8)
    return field


class PinDialog(QDialog):
    """Asks for the facilitator PIN; accepts only when the PIN store says it is right.

    ``pins`` is a :class:`workshop_kit.records.pin.PinStore` (wrong tries lock it)."""

    def __init__(self, pins, reason: str, parent=None):
        super().__init__(parent)
        self.pins = pins
        self.setWindowTitle(self.tr("Facilitator PIN"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(reason, self))
        self.field = _pin_field(self)
        self.field.setAccessibleName(self.tr("Facilitator PIN"))
        layout.addWidget(self.field)
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.field.setFocus()

    def _on_buttons_accepted(self) -> None:
        check = self.pins.verify(self.field.text())
        self.field.clear()
        if check.ok:
            self.accept()
        elif check.status == "locked":
            self.message.setText(
                self.tr("Too many wrong tries. Try again in {seconds} seconds.").format(
                    seconds=check.seconds_left
                )
            )
        else:
            self.message.setText(
                self.tr("Wrong PIN. {tries} tries left before a one-minute lock.").format(
                    tries=check.tries_left
                )
            )


class SetPinDialog(QDialog):
    """Chooses the facilitator PIN (4 to 8 digits, typed twice)."""

    def __init__(self, pins, parent=None):
        super().__init__(parent)
        self.pins = pins
        self.setWindowTitle(self.tr("Choose a facilitator PIN"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The survey screen can only be left with this PIN, so participants cannot see "
                "other answers or leave the survey by accident. Choose 4 to 8 digits and keep "
                "them among the facilitators."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.first = _pin_field(self)
        self.second = _pin_field(self)
        form.addRow(self.tr("PIN:"), self.first)
        form.addRow(self.tr("PIN again:"), self.second)
        layout.addLayout(form)
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #b3261e;")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _on_buttons_accepted(self) -> None:
        first, second = to_ascii_digits(self.first.text()), to_ascii_digits(self.second.text())
        if not 4 <= len(first) <= 8:
            self.message.setText(self.tr("The PIN needs 4 to 8 digits."))
        elif first != second:
            self.message.setText(self.tr("The two PINs are not the same."))
        else:
            self.pins.set_pin(first)
            self.accept()
