"""One gate for everything the facilitator PIN guards.

``require_pin(parent, pins, reason)`` is called by every guarded action (deleting or
closing a workshop, raw exports, importing a bundle, saving what handouts print or the
disclosure threshold, first-time setup when a PIN exists, changing the PIN); the reason is
shown in the dialog. It is True only when the facilitator has proved it:

- a PIN is set: the right PIN (wrong tries lock it, see ``records.pin``), or a new PIN set
  with the recovery code ("Forgot the PIN?");
- the PIN file is damaged or missing although a PIN was set: the dialog says so, and only
  the recovery code gets past it;
- no PIN yet: ``when_unset="choose"`` asks to choose one first (and shows the recovery
  code once); ``"allow"`` lets the action through (nothing to guard before a first PIN,
  e.g. the centre's name in the first-time setup).

``ensure_pin(parent, pins)`` is for starting the kiosk: it needs a usable PIN to exist
(so the kiosk can be left), not the PIN itself.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from workshop_kit.ui.kiosk.pin_dialog import PinDialog, SetPinDialog, damaged_text

__all__ = ["ensure_pin", "require_pin"]


def _accepted(dialog: QDialog) -> bool:
    return dialog.exec() == QDialog.DialogCode.Accepted


def require_pin(parent: QWidget | None, pins, reason: str, *, when_unset: str = "choose") -> bool:
    """Ask for the PIN before a guarded action; True to go ahead (see the module notes)."""
    status = pins.status()
    if status == "unset":
        return when_unset == "allow" or _accepted(SetPinDialog(pins, parent))
    return _accepted(PinDialog(pins, reason, parent))


def ensure_pin(parent: QWidget | None, pins) -> bool:
    """A usable PIN exists, or is chosen now (or recovered); False when cancelled."""
    status = pins.status()
    if status == "set":
        return True
    if status == "unset":
        return _accepted(SetPinDialog(pins, parent))
    answer = QMessageBox.warning(
        parent,
        QCoreApplication.translate("PinGuard", "PIN file damaged or missing"),
        damaged_text()
        + "\n\n"
        + QCoreApplication.translate("PinGuard", "Press OK to type the recovery code now."),
        QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Ok:
        return False
    from workshop_kit.ui.pin_change import RecoveryDialog

    return _accepted(RecoveryDialog(pins, parent))
