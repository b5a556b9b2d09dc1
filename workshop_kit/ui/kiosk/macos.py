"""macOS only: the presentation options that keep a survey kiosk in front.

``NSApplication.presentationOptions`` is how a Mac app becomes a kiosk: the Dock and the
menu bar hidden, Cmd+Tab (process switching), Force Quit (Cmd+Opt+Esc), log-out and
"Hide" refused while it is set. Qt has no API for it, so it is set through the
Objective-C runtime with ctypes (no extra dependency).

AppKit raises (and the app ends) for an invalid combination: process switching may be
disabled only while the Dock is hidden, the menu bar hidden only with the Dock hidden.
:data:`KIOSK` is the documented kiosk combination, and :func:`valid` checks those rules;
both are plain Python and tested everywhere. Setting the options can only run on a Mac
and was not run where this was written: every step fails soft (returns False), so a Mac
without them still gets the full-screen kiosk and the PIN, as docs/kiosk-lockdown.md says.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import sys
from typing import Any

__all__ = ["KIOSK", "Presentation", "valid"]

# NSApplicationPresentationOptions (AppKit, NSApplication.h)
AUTO_HIDE_DOCK = 1 << 0
HIDE_DOCK = 1 << 1
AUTO_HIDE_MENU_BAR = 1 << 2
HIDE_MENU_BAR = 1 << 3
DISABLE_APPLE_MENU = 1 << 4
DISABLE_PROCESS_SWITCHING = 1 << 5
DISABLE_FORCE_QUIT = 1 << 6
DISABLE_SESSION_TERMINATION = 1 << 7
DISABLE_HIDE_APPLICATION = 1 << 8

#: Dock and menu bar hidden; Cmd+Tab, Force Quit, log-out and Cmd+H refused.
KIOSK = (
    HIDE_DOCK
    | HIDE_MENU_BAR
    | DISABLE_PROCESS_SWITCHING
    | DISABLE_FORCE_QUIT
    | DISABLE_SESSION_TERMINATION
    | DISABLE_HIDE_APPLICATION
)


def valid(options: int) -> bool:
    """The rules AppKit enforces (it raises otherwise): a hidden or auto-hidden menu bar
    needs the Dock hidden or auto-hidden (hidden for a hidden menu bar); disabling process
    switching, force quit or the Apple menu needs the Dock hidden or auto-hidden."""
    dock_hidden = bool(options & HIDE_DOCK)
    dock_away = dock_hidden or bool(options & AUTO_HIDE_DOCK)
    if options & HIDE_DOCK and options & AUTO_HIDE_DOCK:
        return False
    if options & HIDE_MENU_BAR and options & AUTO_HIDE_MENU_BAR:
        return False
    if options & HIDE_MENU_BAR and not dock_hidden:
        return False
    if options & AUTO_HIDE_MENU_BAR and not dock_away:
        return False
    needs_dock_away = DISABLE_PROCESS_SWITCHING | DISABLE_FORCE_QUIT | DISABLE_APPLE_MENU
    return not (options & needs_dock_away and not dock_away)


class Presentation:
    """Sets :data:`KIOSK` while the survey runs and puts back what was there."""

    def __init__(self) -> None:
        self._previous: int | None = None
        self._objc: Any = None  # libobjc, loaded on a Mac
        self._app: Any = None  # the NSApplication

    def _runtime(self) -> bool:
        if sys.platform != "darwin":
            return False
        if self._app is not None:
            return True
        try:  # pragma: no cover - needs macOS
            objc = ctypes.cdll.LoadLibrary(ctypes.util.find_library("objc") or "libobjc.dylib")
            ctypes.cdll.LoadLibrary(ctypes.util.find_library("AppKit") or "AppKit")
            objc.objc_getClass.restype = ctypes.c_void_p
            objc.objc_getClass.argtypes = [ctypes.c_char_p]
            objc.sel_registerName.restype = ctypes.c_void_p
            objc.sel_registerName.argtypes = [ctypes.c_char_p]
            self._objc = objc
            app_class = objc.objc_getClass(b"NSApplication")
            self._app = self._message(app_class, b"sharedApplication", restype=ctypes.c_void_p)
            return bool(self._app)
        except (OSError, AttributeError):  # pragma: no cover - needs macOS
            self._app = None
            return False

    def _message(self, receiver, selector: bytes, *args, restype=ctypes.c_void_p, argtypes=()):
        prototype = ctypes.CFUNCTYPE(restype, ctypes.c_void_p, ctypes.c_void_p, *argtypes)
        send = ctypes.cast(self._objc.objc_msgSend, prototype)  # pragma: no cover - macOS
        return send(receiver, self._objc.sel_registerName(selector), *args)  # pragma: no cover

    def engage(self) -> bool:
        """True when the options were set (only ever on a Mac)."""
        if not valid(KIOSK) or not self._runtime():
            return False
        try:  # pragma: no cover - needs macOS
            self._previous = int(
                self._message(self._app, b"presentationOptions", restype=ctypes.c_ulong) or 0
            )
            self._message(
                self._app,
                b"setPresentationOptions:",
                ctypes.c_ulong(KIOSK),
                restype=None,
                argtypes=(ctypes.c_ulong,),
            )
            return True
        except (OSError, ValueError, TypeError):  # pragma: no cover - needs macOS
            return False

    def release(self) -> None:
        if self._previous is None or self._app is None:
            return
        with contextlib.suppress(OSError, ValueError, TypeError):  # pragma: no cover - macOS
            self._message(
                self._app,
                b"setPresentationOptions:",
                ctypes.c_ulong(self._previous),
                restype=None,
                argtypes=(ctypes.c_ulong,),
            )
        self._previous = None
