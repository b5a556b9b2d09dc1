"""The facilitator PIN: set it on first use (and see the recovery code once), ask for it
to leave the kiosk or before anything PIN-guarded (``ui.pin_guard``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
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

from workshop_kit.records.matchcode import to_ascii_digits
from workshop_kit.records.pin import PinAlreadySetError, PinCheck, PinNotSetError
from workshop_kit.records.pin_rules import new_pin_problem

__all__ = [
    "PinDialog",
    "SetPinDialog",
    "check_text",
    "damaged_text",
    "pin_field",
    "problem_text",
    "recovery_code_view",
]

# Western, Arabic-Indic and Eastern Arabic-Indic digits: an Arabic keyboard types the
# latter; PinStore reads them all as the same PIN. (Qt's \d matches ASCII digits only.)
_DIGITS = QRegularExpression("[0-9\u0660-\u0669\u06f0-\u06f9]{0,8}")
_ERROR_STYLE = "color: #b3261e;"


def pin_field(parent: QWidget) -> QLineEdit:
    """A hidden field that takes up to 8 digits (ASCII or Arabic-Indic)."""
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setValidator(QRegularExpressionValidator(_DIGITS, field))
    field.setMaxLength(8)
    return field


_pin_field = pin_field  # the name earlier code imported


def problem_text(key: str) -> str:
    """Why a new PIN is refused (keys of ``pin_rules.new_pin_problem``)."""
    if key == "repeated":
        return QCoreApplication.translate(
            "PinDialog", "This PIN repeats one digit or a short group of digits; choose another."
        )
    if key == "sequence":
        return QCoreApplication.translate(
            "PinDialog", "This PIN is a run of digits, such as 123456; choose another."
        )
    if key == "common":
        return QCoreApplication.translate(
            "PinDialog", "This PIN is a common pattern that is easy to guess; choose another."
        )
    return QCoreApplication.translate("PinDialog", "The PIN needs 6 to 8 digits.")


def damaged_text() -> str:
    return QCoreApplication.translate(
        "PinDialog",
        "The PIN file is damaged or missing. Nothing protected by the PIN can be done until "
        "a facilitator sets a new PIN with the recovery code that was shown when the PIN "
        "was first chosen.",
    )


def check_text(check: PinCheck) -> str:
    """What to say after a wrong or locked try."""
    if check.status == "locked":
        if check.seconds_left > 90:
            minutes = (check.seconds_left + 59) // 60
            return QCoreApplication.translate(
                "PinDialog", "Too many wrong tries. Try again in {minutes} minutes."
            ).format(minutes=minutes)
        return QCoreApplication.translate(
            "PinDialog", "Too many wrong tries. Try again in {seconds} seconds."
        ).format(seconds=check.seconds_left)
    if check.tries_left > 0:
        return QCoreApplication.translate(
            "PinDialog", "Wrong PIN. {tries} tries left before the PIN is locked."
        ).format(tries=check.tries_left)
    return QCoreApplication.translate("PinDialog", "Wrong PIN.")


def recovery_code_view(code_label: QLabel, done: QPushButton, parent: QWidget) -> QWidget:
    """The page that shows a new recovery code once."""
    page = QWidget(parent)
    layout = QVBoxLayout(page)
    intro = QLabel(
        QCoreApplication.translate(
            "PinDialog",
            "Write down this recovery code now and keep it in the office, away from the "
            "laptop. It is shown only this once. With it a facilitator can set a new PIN "
            "when the PIN is forgotten or its file is damaged.",
        ),
        page,
    )
    intro.setWordWrap(True)
    layout.addWidget(intro)
    code_label.setStyleSheet("font-family: monospace; font-size: 20pt; font-weight: bold;")
    code_label.setAccessibleName(QCoreApplication.translate("PinDialog", "Recovery code"))
    layout.addWidget(code_label)
    done.setText(QCoreApplication.translate("PinDialog", "I have written it &down"))
    layout.addWidget(done)
    return page


def error_label(parent: QWidget) -> QLabel:
    """The red, wrapping line under a PIN form that says what is wrong."""
    label = QLabel(parent)
    label.setStyleSheet(_ERROR_STYLE)
    label.setWordWrap(True)
    return label


def new_pin(first: QLineEdit, second: QLineEdit) -> tuple[str, str | None]:
    """A new PIN typed twice: its digits and, when it is refused (the rules, or the two
    differ), what to say. Checked before any PIN is tried, so a refusal costs no try."""
    digits, again = to_ascii_digits(first.text()), to_ascii_digits(second.text())
    problem = new_pin_problem(digits)
    if problem is not None:
        return digits, problem_text(problem)
    if digits != again:
        return digits, QCoreApplication.translate("PinDialog", "The two new PINs are not the same.")
    return digits, None


class PinDialog(QDialog):
    """Asks for the facilitator PIN; accepts only when the PIN store says it is right.

    ``pins`` is a :class:`workshop_kit.records.pin.PinStore` (wrong tries lock it, on
    disk). "Forgot the PIN?" sets a new one with the recovery code, and then accepts."""

    def __init__(self, pins, reason: str, parent=None):
        super().__init__(parent)
        self.pins = pins
        self.reason = reason
        self.setWindowTitle(self.tr("Facilitator PIN"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        intro = QLabel(reason, self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.field = pin_field(self)
        self.field.setAccessibleName(self.tr("Facilitator PIN"))
        layout.addWidget(self.field)
        self.message = error_label(self)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        self.recover_button = QPushButton(self.tr("&Forgot the PIN?"), self)
        self.recover_button.setToolTip(self.tr("Set a new PIN with the recovery code"))
        buttons.addButton(self.recover_button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        self.recover_button.clicked.connect(self._on_recover_button_clicked)
        layout.addWidget(buttons)
        if pins.is_damaged():
            self.message.setText(damaged_text())
        else:
            locked = pins.seconds_locked()
            if locked:
                self.message.setText(check_text(PinCheck("locked", seconds_left=locked)))
        self.field.setFocus()

    def _on_buttons_accepted(self) -> None:
        try:
            check = self.pins.verify(self.field.text())
        except PinNotSetError:  # damaged or missing meanwhile
            self.field.clear()
            self.message.setText(damaged_text())
            return
        self.field.clear()
        if check.ok:
            self.accept()
        else:
            self.message.setText(check_text(check))

    def _on_recover_button_clicked(self) -> None:
        from workshop_kit.ui.pin_change import RecoveryDialog

        if RecoveryDialog(self.pins, self).exec() == QDialog.DialogCode.Accepted:
            self.accept()


class SetPinDialog(QDialog):
    """Chooses the first facilitator PIN (6 to 8 digits, typed twice), then shows the
    recovery code once (``recovery_code``) before closing."""

    def __init__(self, pins, parent=None):
        super().__init__(parent)
        self.pins = pins
        self.recovery_code: str | None = None
        self.setWindowTitle(self.tr("Choose a facilitator PIN"))
        self.setModal(True)
        # Two views in one layout, one hidden at a time (a QStackedWidget would not pass
        # the wrapped labels' height on to the dialog).
        outer = QVBoxLayout(self)

        self.form_page = form_page = QWidget(self)
        layout = QVBoxLayout(form_page)
        intro = QLabel(
            self.tr(
                "The PIN guards the survey screen, raw data, imports and deleting workshops. "
                "Choose 6 to 8 digits that are hard to guess (not 123456 or 111111) and share "
                "them only among the facilitators."
            ),
            form_page,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.first = pin_field(form_page)
        self.second = pin_field(form_page)
        form.addRow(self.tr("PIN:"), self.first)
        form.addRow(self.tr("PIN again:"), self.second)
        layout.addLayout(form)
        self.message = error_label(form_page)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
            parent=form_page,
        )
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
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
            code = self.pins.set_pin(first)
        except PinAlreadySetError:
            self.message.setText(self.tr("A PIN is already set. Change it on the Settings page."))
            return
        except PinNotSetError:
            self.message.setText(damaged_text())
            return
        except (OSError, ValueError) as error:
            self.message.setText(self.tr("The PIN could not be saved: {error}").format(error=error))
            return
        finally:
            self.first.clear()
            self.second.clear()
        self.show_recovery_code(code)

    def show_recovery_code(self, code: str) -> None:
        self.recovery_code = code
        self.code_label.setText(code)
        self.form_page.hide()
        self.code_page.show()
        self.done_button.setFocus()

    def reject(self) -> None:
        if self.recovery_code is not None:  # the PIN is set: closing means "done"
            self.accept()
        else:
            super().reject()
