"""Windows only: a low-level keyboard hook that swallows the task-switching keys while the
survey kiosk is the active window.

``SetWindowsHookEx(WH_KEYBOARD_LL)`` sees every key before Windows acts on it; returning 1
from the hook drops the key. Swallowed while the kiosk is active: Alt+Tab, Alt+Shift+Tab,
Alt+Esc, Ctrl+Esc, Ctrl+Shift+Esc (Task Manager) and both Windows keys (Start menu,
Win+D, Win+Tab ...). Ctrl+Alt+Del can never be caught by an application; see
docs/kiosk-lockdown.md for Assigned Access.

The hook runs on the GUI thread; Qt's event loop pumps the messages it needs. The decision
itself (:func:`swallow`) is plain Python and tested everywhere; the hook can only be run
on Windows and was not run where this was written.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

__all__ = ["KeyboardHook", "swallow"]

VK_TAB = 0x09
VK_ESCAPE = 0x1B
VK_LWIN = 0x5B
VK_RWIN = 0x5C
VK_CONTROL = 0x11
VK_SHIFT = 0x10
LLKHF_ALTDOWN = 0x20
WH_KEYBOARD_LL = 13
HC_ACTION = 0


def swallow(vk: int, flags: int, *, ctrl: bool) -> bool:
    """True for a key the kiosk must keep from Windows: ``vk`` and ``flags`` as in
    KBDLLHOOKSTRUCT, ``ctrl`` whether a Ctrl key is down."""
    alt = bool(flags & LLKHF_ALTDOWN)
    if vk in (VK_LWIN, VK_RWIN):
        return True
    if vk == VK_TAB:
        return alt
    return vk == VK_ESCAPE and (alt or ctrl)


class KeyboardHook:  # pragma: no cover - needs Windows
    """Installs the hook; ``active`` says whether the kiosk is the active window now."""

    def __init__(self, active: Callable[[], bool]) -> None:
        self.active = active
        self._handle = None
        self._proc = None

    def install(self) -> bool:
        if sys.platform != "win32" or self._handle is not None:
            return False
        import ctypes
        from ctypes import wintypes

        user32 = ctypes.WinDLL("user32", use_last_error=True)
        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)

        class KBDLLHOOKSTRUCT(ctypes.Structure):
            _fields_ = [
                ("vkCode", wintypes.DWORD),
                ("scanCode", wintypes.DWORD),
                ("flags", wintypes.DWORD),
                ("time", wintypes.DWORD),
                ("dwExtraInfo", ctypes.c_void_p),
            ]

        lresult = ctypes.c_ssize_t
        hookproc = ctypes.WINFUNCTYPE(lresult, ctypes.c_int, wintypes.WPARAM, wintypes.LPARAM)
        user32.CallNextHookEx.restype = lresult
        user32.CallNextHookEx.argtypes = (
            wintypes.HHOOK,
            ctypes.c_int,
            wintypes.WPARAM,
            wintypes.LPARAM,
        )
        user32.SetWindowsHookExW.restype = wintypes.HHOOK
        user32.SetWindowsHookExW.argtypes = (
            ctypes.c_int,
            hookproc,
            wintypes.HINSTANCE,
            wintypes.DWORD,
        )
        user32.UnhookWindowsHookEx.argtypes = (wintypes.HHOOK,)
        user32.GetAsyncKeyState.restype = ctypes.c_short
        kernel32.GetModuleHandleW.restype = wintypes.HMODULE

        def proc(code: int, wparam: int, lparam: int) -> int:
            try:
                if code == HC_ACTION and self.active():
                    info = ctypes.cast(lparam, ctypes.POINTER(KBDLLHOOKSTRUCT)).contents
                    ctrl = bool(user32.GetAsyncKeyState(VK_CONTROL) & 0x8000)
                    if swallow(info.vkCode, info.flags, ctrl=ctrl):
                        return 1
            except Exception:  # a hook must never raise into Windows
                pass
            return user32.CallNextHookEx(None, code, wparam, lparam)

        self._user32 = user32
        self._proc = hookproc(proc)  # kept: Windows calls it until it is removed
        self._handle = user32.SetWindowsHookExW(
            WH_KEYBOARD_LL, self._proc, kernel32.GetModuleHandleW(None), 0
        )
        return bool(self._handle)

    def remove(self) -> None:
        if self._handle:
            self._user32.UnhookWindowsHookEx(self._handle)
        self._handle = None
        self._proc = None
