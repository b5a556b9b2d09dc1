"""Lock the desktop while a survey runs: nothing of the app but the kiosk can be reached.

While a :class:`DesktopLock` is engaged:

- every other top-level window of the app (the main window, paper entry, a running
  session, any dialog or message box that opens later) is hidden and its native window is
  destroyed, so a window manager cannot map, raise or activate it again (``wmctrl -a``,
  ``xdotool windowactivate`` / ``windowmap`` find no window to act on). A window that is
  shown anyway is hidden again at once;
- the kiosk holds the keyboard: on X11 ``QWindow.setKeyboardGrabEnabled`` makes an active
  X keyboard grab, so the window manager's own shortcuts (Alt+Tab, Alt+Esc, Super+D,
  Ctrl+Alt+arrows, Alt+Space ...) never reach it. The grab moves to the kiosk's PIN dialog
  while that is open, and is taken again after every focus or activation change and on a
  short timer (a grab can fail while another client holds one);
- losing focus, being minimised, leaving full screen, being unmapped or covered brings the
  kiosk straight back, full screen and active;
- on Windows a low-level keyboard hook swallows Alt+Tab, Alt+Esc, Ctrl+Esc and the
  Windows keys while the kiosk is the active window (see :mod:`.winhook`; it cannot be run
  on Linux, where this module is tested).

:meth:`DesktopLock.release` (after the facilitator's PIN) shows the hidden windows again
as they were, on the page the facilitator was on. What only the operating system can lock
(Ctrl+Alt+Del, switching to a text console, Wayland compositors) is in
docs/kiosk-lockdown.md.
"""

from __future__ import annotations

import sys
from typing import cast

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

__all__ = ["DesktopLock", "owned_by"]

_WINDOW_TYPES = (Qt.WindowType.Window, Qt.WindowType.Dialog, Qt.WindowType.Tool)
_WATCHED = (QEvent.Type.Show, QEvent.Type.WindowActivate, QEvent.Type.Expose)


def _app() -> QApplication:
    return cast(QApplication, QApplication.instance())


def owned_by(widget: QWidget | None, kiosk: QWidget) -> bool:
    """True for the kiosk itself and any window it opened (its PIN dialog)."""
    while widget is not None:
        if widget is kiosk:
            return True
        widget = widget.parentWidget()
    return False


class DesktopLock(QObject):
    """Keeps ``kiosk`` the only window of the app that can be seen or used."""

    def __init__(self, kiosk: QWidget, *, interval_ms: int = 250) -> None:
        super().__init__(kiosk)
        self.kiosk = kiosk
        self.engaged = False
        self.hidden: list[QWidget] = []  # in the order they were on show
        self.grabbed = False  # the last keyboard grab succeeded
        self._hook = None
        self._presentation = None  # macOS presentation options (``.macos``)
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self.enforce)
        self._pending = False
        self._unexposed = 0  # timer ticks the kiosk has been off the screen

    # -- engaging and releasing -----------------------------------------------------
    def engage(self) -> None:
        if self.engaged:
            return
        self.engaged = True
        app = _app()
        for widget in app.topLevelWidgets():
            self._hide(widget)
        app.installEventFilter(self)
        app.applicationStateChanged.connect(self._on_application_state_changed)
        app.focusWindowChanged.connect(self._on_focus_window_changed)
        self._timer.start()
        if sys.platform == "win32":  # pragma: no cover - needs Windows
            from workshop_kit.ui.kiosk.winhook import KeyboardHook

            self._hook = KeyboardHook(self.kiosk_is_active)
            self._hook.install()
        if sys.platform == "darwin":  # pragma: no cover - needs macOS
            from workshop_kit.ui.kiosk.macos import Presentation

            self._presentation = Presentation()
            self._presentation.engage()
        self.enforce()

    def release(self) -> None:
        """Stop locking; show every hidden window again, the main one active."""
        if not self.engaged:
            return
        self.engaged = False
        self._timer.stop()
        app = _app()
        app.removeEventFilter(self)
        app.applicationStateChanged.disconnect(self._on_application_state_changed)
        app.focusWindowChanged.disconnect(self._on_focus_window_changed)
        if self._hook is not None:  # pragma: no cover - needs Windows
            self._hook.remove()
            self._hook = None
        if self._presentation is not None:  # pragma: no cover - needs macOS
            self._presentation.release()
            self._presentation = None
        self._set_grab(None)
        hidden, self.hidden = self.hidden, []
        hidden = [w for w in hidden if shiboken6.isValid(w)]  # closed and deleted meanwhile
        for widget in hidden:
            widget.show()
        if hidden:
            hidden[0].raise_()
            hidden[0].activateWindow()

    # -- hiding ---------------------------------------------------------------------
    def _lockable(self, widget: QWidget) -> bool:
        return (
            widget.isWindow()
            and widget.windowType() in _WINDOW_TYPES
            and not owned_by(widget, self.kiosk)
        )

    def _hide(self, widget: QWidget) -> None:
        if not self._lockable(widget) or not (widget.isVisible() or widget.isMinimized()):
            return
        if widget not in self.hidden:
            self.hidden.append(widget)
        widget.hide()
        # No native window left: nothing for a window manager or xdotool to map or raise.
        if widget.testAttribute(Qt.WidgetAttribute.WA_WState_Created):
            widget.destroy(True, True)

    # -- watching -------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.engaged and event.type() in _WATCHED and isinstance(watched, QWidget):
            window = watched.window()
            if not owned_by(window, self.kiosk) and self._lockable(window):
                self._soon()
            elif window is self.kiosk and event.type() == QEvent.Type.WindowActivate:
                self._soon()  # take the keyboard again
        elif (
            self.engaged
            and watched is self.kiosk
            and event.type()
            in (
                QEvent.Type.WindowDeactivate,
                QEvent.Type.WindowStateChange,
                QEvent.Type.Hide,
            )
        ):
            self._soon()
        return False

    def _on_application_state_changed(self, _state: Qt.ApplicationState) -> None:
        self._soon()

    def _on_focus_window_changed(self, _window) -> None:
        self._soon()

    def _soon(self) -> None:
        """Enforce once the event at hand is done (hiding inside a show event is unsafe)."""
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self._enforce_now)

    def _enforce_now(self) -> None:
        self._pending = False
        self.enforce()

    # -- enforcing ------------------------------------------------------------------
    def grab_target(self) -> QWidget:
        """The kiosk, or the kiosk's own dialog (the PIN) while one is open."""
        modal = QApplication.activeModalWidget()
        if modal is not None and modal is not self.kiosk and owned_by(modal, self.kiosk):
            return modal
        return self.kiosk

    def kiosk_is_active(self) -> bool:
        return owned_by(QApplication.activeWindow(), self.kiosk)

    def enforce(self) -> None:
        """Hide what must be hidden; bring the kiosk back full screen, active, grabbing."""
        if not self.engaged:
            return
        for widget in _app().topLevelWidgets():
            self._hide(widget)
        kiosk = self.kiosk
        target = self.grab_target()
        if not kiosk.isVisible() or kiosk.isMinimized() or not kiosk.isFullScreen():
            kiosk.showFullScreen()
        handle = kiosk.windowHandle()
        exposed = handle is None or handle.isExposed()
        self._unexposed = 0 if exposed else self._unexposed + 1
        if self._unexposed >= 3:  # unmapped behind Qt's back: map it again
            self._unexposed = 0
            kiosk.hide()
            kiosk.showFullScreen()
        if not self.kiosk_is_active() or not exposed:
            kiosk.raise_()
            if target is not kiosk:
                target.raise_()
            target.activateWindow()
        self._set_grab(target)

    def _set_grab(self, target: QWidget | None) -> None:
        """Move the keyboard grab to ``target`` (None: let go). Re-taking a grab this
        client already holds is harmless, so it is simply asked for again."""
        if QGuiApplication.platformName() != "xcb":
            if target is None:
                self.kiosk.releaseKeyboard()
            else:
                target.grabKeyboard()  # Qt-level only on other platforms
            self.grabbed = target is not None
            return
        if target is None:
            handle = self.kiosk.windowHandle()
            if handle is not None:
                handle.setKeyboardGrabEnabled(False)
            self.grabbed = False
            return
        handle = target.windowHandle()
        self.grabbed = bool(handle is not None and handle.setKeyboardGrabEnabled(True))
