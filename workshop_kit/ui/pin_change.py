"""Changing the facilitator PIN (needs the current one) and setting a new one with the
recovery code (the PIN is forgotten, or its file is damaged or missing).

Both check the new PIN's rules first (6 to 8 digits, not trivial), so a refused new PIN
costs no try. After a recovery the used code stops working and the next one is shown once.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop_kit.records.pin import PinNotSetError
from workshop_kit.ui.kiosk.pin_dialog import (
    check_text,
    damaged_text,
    error_label,
    new_pin,
    pin_field,
    recovery_code_view,
)

__all__ = ["ChangePinDialog", "RecoveryDialog"]


def _buttons(dialog: QDialog, parent: QWidget) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
        parent=parent,
    )
    buttons.rejected.connect(dialog.reject)
    return buttons


class ChangePinDialog(QDialog):
    """The current PIN, then the new one twice."""

    def __init__(self, pins, parent=None):
        super().__init__(parent)
        self.pins = pins
        self.setWindowTitle(self.tr("Change the facilitator PIN"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Type the current PIN, then the new one (6 to 8 digits) twice."), self
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.current = pin_field(self)
        self.first = pin_field(self)
        self.second = pin_field(self)
        form.addRow(self.tr("Current PIN:"), self.current)
        form.addRow(self.tr("New PIN:"), self.first)
        form.addRow(self.tr("New PIN again:"), self.second)
        layout.addLayout(form)
        self.message = error_label(self)
        layout.addWidget(self.message)
        buttons = _buttons(self, self)
        buttons.accepted.connect(self._on_buttons_accepted)
        layout.addWidget(buttons)

    def _on_buttons_accepted(self) -> None:
        first, refused = new_pin(self.first, self.second)
        if refused is not None:
            self.message.setText(refused)
            return
        try:
            check = self.pins.change_pin(self.current.text(), first)
        except PinNotSetError:
            self.message.setText(damaged_text())
            return
        except OSError as error:
            self.message.setText(self.tr("The PIN could not be saved: {error}").format(error=error))
            return
        finally:
            self.current.clear()
        if check.ok:
            self.first.clear()
            self.second.clear()
            self.accept()
        else:
            self.message.setText(check_text(check))


class RecoveryDialog(QDialog):
    """The recovery code and a new PIN twice; then the next recovery code, once."""

    def __init__(self, pins, parent=None):
        super().__init__(parent)
        self.pins = pins
        self.recovery_code: str | None = None
        self.setWindowTitle(self.tr("Set a new PIN with the recovery code"))
        self.setModal(True)
        outer = QVBoxLayout(self)  # two views, one hidden at a time

        self.form_page = form_page = QWidget(self)
        layout = QVBoxLayout(form_page)
        intro = QLabel(
            self.tr(
                "The recovery code was shown once when the PIN was first chosen, to be kept "
                "on paper in the office. Type it (dashes and spaces do not matter), then a "
                "new PIN of 6 to 8 digits twice."
            ),
            form_page,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.code = QLineEdit(form_page)
        self.code.setMaxLength(32)
        self.code.setPlaceholderText("XXXX-XXXX-XXXX")
        self.first = pin_field(form_page)
        self.second = pin_field(form_page)
        form.addRow(self.tr("Recovery code:"), self.code)
        form.addRow(self.tr("New PIN:"), self.first)
        form.addRow(self.tr("New PIN again:"), self.second)
        layout.addLayout(form)
        self.message = error_label(form_page)
        layout.addWidget(self.message)
        buttons = _buttons(self, form_page)
        buttons.accepted.connect(self._on_buttons_accepted)
        layout.addWidget(buttons)
        outer.addWidget(form_page)

        self.code_label = QLabel(self)
        self.done_button = QPushButton(self)
        self.done_button.clicked.connect(self.accept)
        self.code_page = recovery_code_view(self.code_label, self.done_button, self)
        self.code_page.hide()
        outer.addWidget(self.code_page)

    def _on_buttons_accepted(self) -> None:
        first, refused = new_pin(self.first, self.second)
        if refused is not None:
            self.message.setText(refused)
            return
        try:
            code = self.pins.recover(self.code.text(), first)
        except OSError as error:
            self.message.setText(self.tr("The PIN could not be saved: {error}").format(error=error))
            return
        if code is None:
            self.message.setText(
                self.tr("That recovery code is not right. Check it against the paper copy.")
            )
            return
        self.code.clear()
        self.first.clear()
        self.second.clear()
        self.recovery_code = code
        self.code_label.setText(code)
        self.form_page.hide()
        self.code_page.show()
        self.done_button.setFocus()

    def reject(self) -> None:
        if self.recovery_code is not None:  # the new PIN is set: closing means "done"
            self.accept()
        else:
            super().reject()
