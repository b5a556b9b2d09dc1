"""What a new facilitator PIN must be, and the recovery code's format.

New PINs have 6 to 8 digits (``NEW_PIN_DIGITS``) and are not trivial: not one digit
repeated (000000), not a run up or down (123456, 987654, 890123 with wrap-around), not a
short block repeated (121212, 123123, 12341234) and not one of a few keypad patterns
people pick (``COMMON``). A 4- or 5-digit PIN set by an earlier version keeps working
until it is changed (``PIN_DIGITS`` is what a stored PIN may be).

Arabic-Indic and Eastern Arabic-Indic digits count as the same digits
(:func:`~workshop_kit.records.matchcode.to_ascii_digits`).

The recovery code is 12 characters from Crockford's base 32 (60 random bits), shown as
``XXXX-XXXX-XXXX``; typing is forgiving: case, spaces and dashes do not matter, and O, I
and L read as 0, 1 and 1.
"""

from __future__ import annotations

import itertools
import re
import secrets

from workshop_kit.records.matchcode import to_ascii_digits

__all__ = [
    "COMMON",
    "NEW_PIN_DIGITS",
    "PIN_DIGITS",
    "PROBLEM_TEXT",
    "RECOVERY_LENGTH",
    "format_recovery_code",
    "new_pin_problem",
    "new_recovery_code",
    "normalise_pin",
    "normalise_recovery_code",
]

#: (fewest, most) digits of a PIN chosen now
NEW_PIN_DIGITS = (6, 8)
#: (fewest, most) digits of a stored PIN (4-digit PINs of earlier versions still work)
PIN_DIGITS = (4, 8)
#: Keypad shapes and other picks that the rules below do not already catch.
COMMON = frozenset(
    {
        "2580",
        "0852",
        "258025",
        "147258",
        "258369",
        "369258",
        "147369",
        "159357",
        "159753",
        "357159",
        "147852",
        "741852",
        "852963",
        "963852",
        "789456",
        "456789",
        "123654",
        "654123",
        "112233",
        "111222",
        "123321",
        "102030",
        "142536",
        "147258369",
        "11223344",
        "12344321",
    }
)
RECOVERY_LENGTH = 12
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base 32: no I, L, O, U
_RECOVERY_READS = str.maketrans({"O": "0", "I": "1", "L": "1"})


def normalise_pin(pin: object) -> str:
    """The PIN as ASCII digits, without surrounding spaces ("" for a non-string)."""
    return to_ascii_digits(pin.strip()) if isinstance(pin, str) else ""


def _is_run(pin: str, step: int) -> bool:
    return all((int(b) - int(a)) % 10 == step % 10 for a, b in itertools.pairwise(pin))


def _is_repeated_block(pin: str) -> bool:
    size = len(pin)
    return any(size % block == 0 and pin == pin[:block] * (size // block) for block in (1, 2, 3, 4))


def new_pin_problem(pin: object) -> str | None:
    """Why ``pin`` cannot be a new PIN, or None when it can.

    The reasons are keys the UI translates: ``"format"`` (not 6 to 8 digits), ``"repeated"``
    (one digit or a short block repeated), ``"sequence"`` (a run up or down), ``"common"``."""
    digits = normalise_pin(pin)
    low, high = NEW_PIN_DIGITS
    if not re.fullmatch(rf"[0-9]{{{low},{high}}}", digits):
        return "format"
    if _is_repeated_block(digits):
        return "repeated"
    if _is_run(digits, 1) or _is_run(digits, -1):
        return "sequence"
    if digits in COMMON:
        return "common"
    return None


#: The reasons of :func:`new_pin_problem` in plain English (the command line, errors).
PROBLEM_TEXT = {
    "format": "a new PIN must be 6 to 8 digits",
    "repeated": "this PIN repeats one digit or a short group of digits; it is too easy to guess",
    "sequence": "this PIN is a run of digits (such as 123456); it is too easy to guess",
    "common": "this PIN is a common pattern; it is too easy to guess",
}


def new_recovery_code() -> str:
    """A fresh recovery code, as shown: ``XXXX-XXXX-XXXX``."""
    return format_recovery_code("".join(secrets.choice(_ALPHABET) for _ in range(RECOVERY_LENGTH)))


def format_recovery_code(code: str) -> str:
    raw = normalise_recovery_code(code)
    return "-".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def normalise_recovery_code(code: object) -> str:
    """The code as typed, reduced to its 12 characters (upper case, no spaces or dashes)."""
    if not isinstance(code, str):
        return ""
    text = to_ascii_digits(code).upper().translate(_RECOVERY_READS)
    return "".join(ch for ch in text if ch in _ALPHABET)
