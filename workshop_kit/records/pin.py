"""The facilitator PIN that guards leaving the kiosk.

Only a salted scrypt hash is stored (``pin.json``, written atomically), so the file does not
reveal the PIN, and scrypt makes guessing all 4-digit PINs from a copied file slow.
At the kiosk, 5 wrong tries lock the PIN for 60 seconds.

The lockout lives in memory, measured with a monotonic clock (injectable for tests):
wall-clock time can be changed from the desktop, and the kiosk cannot be left to restart
the program without the PIN anyway.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import math
import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from workshop_kit import paths
from workshop_kit.fileio import atomic_write_text
from workshop_kit.records.matchcode import to_ascii_digits

__all__ = ["LOCK_SECONDS", "MAX_TRIES", "PinCheck", "PinNotSetError", "PinStore"]

MAX_TRIES = 5
LOCK_SECONDS = 60
SALT_BYTES = 16
SCRYPT = {"n": 2**14, "r": 8, "p": 1}
_PIN = re.compile(r"^[0-9]{4,8}$")


class PinNotSetError(RuntimeError):
    """``verify`` was called before a PIN was set."""


@dataclass(frozen=True)
class PinCheck:
    """The outcome of one try: ok, wrong (with tries left) or locked (with seconds left)."""

    status: str  # "ok" | "wrong" | "locked"
    tries_left: int = 0
    seconds_left: int = 0

    @property
    def ok(self) -> bool:
        return self.status == "ok"


def _hash(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, maxmem=64 * 1024 * 1024)


class PinStore:
    """Set and check the facilitator PIN."""

    def __init__(self, path: Path | None = None, *, clock: Callable[[], float] = time.monotonic):
        self.path = Path(path) if path is not None else paths.user_data_dir() / "pin.json"
        self._clock = clock
        self._failures = 0
        self._locked_until: float | None = None

    def _load(self) -> dict | None:
        """The stored hash, or None when there is none or it cannot be used."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            salt = bytes.fromhex(data["salt"])
            digest = bytes.fromhex(data["hash"])
            params = {key: int(data[key]) for key in SCRYPT}
        except (OSError, ValueError, KeyError, TypeError):
            return None
        return {"salt": salt, "hash": digest, **params}

    def is_set(self) -> bool:
        """Whether a usable PIN is stored (a damaged file counts as none: the facilitator
        sets a new PIN before the kiosk starts)."""
        return self._load() is not None

    def set_pin(self, pin: str) -> None:
        """Store a new PIN of 4 to 8 digits (Arabic-Indic digits are accepted too)."""
        pin = to_ascii_digits(pin.strip()) if isinstance(pin, str) else pin
        if not isinstance(pin, str) or not _PIN.fullmatch(pin):
            raise ValueError("the PIN must be 4 to 8 digits")
        salt = os.urandom(SALT_BYTES)
        record = {
            "version": 1,
            "salt": salt.hex(),
            "hash": _hash(pin, salt, **SCRYPT).hex(),
            **SCRYPT,
        }
        atomic_write_text(self.path, json.dumps(record))
        self._failures = 0
        self._locked_until = None

    def seconds_locked(self) -> int:
        """Whole seconds until the lock ends (0 when not locked)."""
        if self._locked_until is None:
            return 0
        left = self._locked_until - self._clock()
        if left <= 0:
            self._locked_until = None
            self._failures = 0
            return 0
        return math.ceil(left)

    def verify(self, pin: str) -> PinCheck:
        """Check one try. While locked, no PIN is checked at all, not even the right one."""
        locked = self.seconds_locked()
        if locked:
            return PinCheck("locked", seconds_left=locked)
        stored = self._load()
        if stored is None:
            raise PinNotSetError("no PIN has been set")
        attempt = to_ascii_digits(pin.strip()) if isinstance(pin, str) else ""
        digest = _hash(attempt, stored["salt"], stored["n"], stored["r"], stored["p"])
        if hmac.compare_digest(digest, stored["hash"]):
            self._failures = 0
            return PinCheck("ok", tries_left=MAX_TRIES)
        self._failures += 1
        if self._failures >= MAX_TRIES:
            self._locked_until = self._clock() + LOCK_SECONDS
            return PinCheck("locked", seconds_left=LOCK_SECONDS)
        return PinCheck("wrong", tries_left=MAX_TRIES - self._failures)
