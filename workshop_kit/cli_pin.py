"""The facilitator PIN on the command line: one question, one answer, one message.

``check_pin`` asks for the PIN the app uses (same ``pin.json``, so wrong tries here count
against the same lockout as the app's, and the app sees a lock made here) at a hidden
prompt, or reads one line from standard input with ``--pin-stdin`` (scripts). It returns
None when the PIN is right, or the message to print; it never raises for a missing
terminal, Ctrl+C or Ctrl+D (end of input).

It refuses without asking when the PIN is locked, when no PIN has been set (set one in
the app first), and when the PIN file is damaged or missing although a PIN was set (a new
PIN needs the recovery code, in the app).
"""

from __future__ import annotations

import getpass
import sys
from collections.abc import Callable
from typing import TextIO

from workshop_kit.records.pin import PinNotSetError, PinStore

__all__ = ["check_pin", "k_allowed", "wait_text"]


def k_allowed(k: int) -> bool:
    """Whether ``k`` is a threshold an export accepts (a bad one is reported as such,
    without asking for the PIN first)."""
    from workshop_kit.analysis.disclosure import check_k

    try:
        check_k(k)
    except ValueError:
        return False
    return True


def wait_text(seconds: int) -> str:
    """ "40 seconds" or "15 minutes"."""
    if seconds > 90:
        return f"{(seconds + 59) // 60} minutes"
    return f"{seconds} seconds"


def _read(pin_stdin: bool, stdin: TextIO) -> str | None:
    if pin_stdin:
        line = stdin.readline()
        return line.strip() if line else None
    if not stdin.isatty():
        return None
    try:
        return getpass.getpass("Facilitator PIN: ")
    except (EOFError, KeyboardInterrupt):
        print(file=sys.stderr)
        return None


def check_pin(
    reason: str,
    *,
    pin_stdin: bool = False,
    pins: PinStore | None = None,
    stdin: TextIO | None = None,
    read: Callable[[], str | None] | None = None,
) -> str | None:
    """None when the facilitator PIN is right; otherwise the message to print.

    ``reason`` says what needs the PIN ("this export holds individual responses").
    ``read`` replaces the built-in prompt (the command line's own, which ends the command
    with its exit status on Ctrl+C, Ctrl+D or no terminal by raising)."""
    pins = pins if pins is not None else PinStore()
    stdin = stdin if stdin is not None else sys.stdin
    status = pins.status()
    if status == "unset":
        return f"{reason} and needs the facilitator PIN; set one in the app first"
    if status == "damaged":
        return (
            f"{reason} and needs the facilitator PIN, but the PIN file is damaged or "
            "missing; a facilitator can set a new PIN with the recovery code in the app "
            "(Settings, Facilitator PIN)"
        )
    locked = pins.seconds_locked()
    if locked:
        return f"too many wrong PINs; try again in {wait_text(locked)}"
    pin = read() if read is not None else _read(pin_stdin, stdin)
    if pin is None:
        if pin_stdin:
            return f"{reason} and needs the facilitator PIN; none was given on standard input"
        return f"{reason} and needs the facilitator PIN; no PIN was typed (or use --pin-stdin)"
    try:
        check = pins.verify(pin)
    except PinNotSetError:
        return "the PIN file is damaged or missing; set a new PIN with the recovery code in the app"
    if check.ok:
        return None
    if check.status == "locked":
        return f"wrong PIN; too many wrong PINs, try again in {wait_text(check.seconds_left)}"
    return f"wrong PIN ({check.tries_left} tries left before the PIN is locked)"
