"""The facilitator PIN: it guards leaving the kiosk and everything that can hurt (raw
exports, imports, deleting or closing a workshop, what handouts print, the PIN itself).

Files, all written atomically (``fileio``), beside ``pin.json`` in the data folder:

- ``pin.json``: a salted scrypt hash of the PIN (the file does not reveal it) and the
  lockout state. The GUI and the command line use the same file, so wrong tries count the
  same wherever they are typed, and a restart does not clear them.
- ``pin-guard.json``, and a copy ``workshops/.pin-guard.json`` beside the workshop files:
  the marker that a PIN has been set. It holds which ``pin.json`` belongs to it (the salt)
  and a scrypt hash of the recovery code, never the code. While a marker exists, a
  missing, damaged or swapped ``pin.json`` makes the store *damaged*: nothing PIN-guarded
  runs and no new PIN can be set, except with the recovery code (shown once, when the
  first PIN is set, to be written on paper and kept in the office).

Lockout schedule (``FREE_TRIES``, ``LOCK_SCHEDULE``): 5 wrong tries in a row are free; the
5th locks for 1 minute; after that, each further wrong try locks again, for 5, 15 and then
60 minutes (every later one 60). While locked no PIN is checked, not even the right one.
A right PIN resets the count. At most about 30 guesses in the first day, then 24 a day:
all 1,000,000 six-digit PINs take over a century; a 4-digit PIN kept from an earlier
version takes over a year.

Time: a lock is stored as its length plus the wall-clock and monotonic times when it was
written. The time elapsed is the smaller of the two clocks' differences, so moving the
desktop clock forward does not shorten a lock while the computer stays on (the monotonic
clock counts since boot, shared by every process). A wall clock that went backwards
restarts the lock from its full length. After a reboot only the wall clock is left, so
"reboot, then set the clock forward" does end a lock early; it costs a reboot per lock.

What this does not stop: someone who can edit or delete files in the data folder. Deleting
``pin.json`` *and* both markers (or the whole data folder) makes the app behave as new;
putting back an old copy of ``pin.json`` undoes wrong tries since the copy. A later change
ties the PIN to the encryption key of the data; until then the marker only makes the
simple attack (delete ``pin.json`` to choose a new PIN) visible and refused. Two programs
typing wrong PINs at the same moment may count one try instead of two. Recovery codes are
not rate-limited: they have 60 random bits and each try costs a scrypt hash.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import math
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workshop_kit import paths
from workshop_kit.fileio import atomic_write_text
from workshop_kit.records.pin_rules import (
    PROBLEM_TEXT,
    new_pin_problem,
    new_recovery_code,
    normalise_pin,
    normalise_recovery_code,
)

__all__ = [
    "FREE_TRIES",
    "LOCK_SCHEDULE",
    "LOCK_SECONDS",
    "MAX_TRIES",
    "PinAlreadySetError",
    "PinCheck",
    "PinFileDamagedError",
    "PinNotSetError",
    "PinStore",
    "lock_seconds",
]

#: wrong tries in a row before the first lock
FREE_TRIES = 5
#: seconds locked after the 5th wrong try, the 6th, the 7th, and every later one
LOCK_SCHEDULE: tuple[int, ...] = (60, 5 * 60, 15 * 60, 60 * 60)
MAX_TRIES = FREE_TRIES  # the name earlier versions used
LOCK_SECONDS = LOCK_SCHEDULE[0]
SALT_BYTES = 16
SCRYPT = {"n": 2**14, "r": 8, "p": 1}
#: a wall clock this many seconds behind the stamp counts as set back (NTP steps are small)
CLOCK_SLACK = 2.0


def lock_seconds(failures: int) -> int:
    """How long ``failures`` wrong tries in a row lock the PIN (0: not locked)."""
    if failures < FREE_TRIES:
        return 0
    return LOCK_SCHEDULE[min(failures - FREE_TRIES, len(LOCK_SCHEDULE) - 1)]


class PinNotSetError(RuntimeError):
    """``verify`` was called before a PIN was set."""


class PinFileDamagedError(PinNotSetError):
    """A PIN was set here, but ``pin.json`` is missing, damaged or not the one set."""


class PinAlreadySetError(RuntimeError):
    """``set_pin`` is for the first PIN; changing one needs the old PIN or the code."""


@dataclass(frozen=True)
class PinCheck:
    """The outcome of one try: ok, wrong (with tries left) or locked (with seconds left)."""

    status: str  # "ok" | "wrong" | "locked"
    tries_left: int = 0
    seconds_left: int = 0

    @property
    def ok(self) -> bool:
        return self.status == "ok"


@dataclass
class _Lock:
    failures: int = 0
    length: float = 0.0  # seconds the lock lasts from the stamps
    wall: float = 0.0
    mono: float = 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "failures": self.failures,
            "length": self.length,
            "wall": self.wall,
            "mono": self.mono,
        }


@dataclass
class _Record:
    salt: bytes
    digest: bytes
    params: dict[str, int]
    lock: _Lock | None  # None: the lock part is damaged
    raw: dict[str, Any] = field(default_factory=dict)


def _hash(secret: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(secret.encode(), salt=salt, n=n, r=r, p=p, maxmem=64 * 1024 * 1024)


def _new_hash(secret: str) -> dict[str, Any]:
    salt = os.urandom(SALT_BYTES)
    return {"salt": salt.hex(), "hash": _hash(secret, salt, **SCRYPT).hex(), **SCRYPT}


def _matches(secret: str, entry: dict[str, Any]) -> bool:
    try:
        salt, digest = bytes.fromhex(entry["salt"]), bytes.fromhex(entry["hash"])
        params = {key: int(entry[key]) for key in SCRYPT}
        return hmac.compare_digest(_hash(secret, salt, **params), digest)
    except (ValueError, KeyError, TypeError, MemoryError):
        return False


def _parse_lock(data: Any) -> _Lock | None:
    if data is None:
        return _Lock()  # a file of an earlier version: no lock kept
    try:
        lock = _Lock(
            int(data["failures"]), float(data["length"]), float(data["wall"]), float(data["mono"])
        )
    except (KeyError, TypeError, ValueError):
        return None
    if lock.failures < 0 or not all(map(math.isfinite, (lock.length, lock.wall, lock.mono))):
        return None
    return lock


class PinStore:
    """Set, check, change and recover the facilitator PIN (see the module notes)."""

    def __init__(
        self,
        path: Path | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] | None = None,
    ):
        """``clock`` is the monotonic clock and ``wall_clock`` the calendar clock; a test
        that passes only a fake ``clock`` drives both with it."""
        self.path = Path(path) if path is not None else paths.user_data_dir() / "pin.json"
        self._clock = clock
        if wall_clock is None:
            wall_clock = time.time if clock is time.monotonic else clock
        self._wall = wall_clock
        self._unsaved: _Lock | None = None  # wrong tries the folder refused to store
        self.status()  # marks at once a PIN set by an earlier version (no marker yet)

    # ------------------------------------------------------------------ files
    @property
    def marker_paths(self) -> tuple[Path, Path]:
        """The marker beside ``pin.json`` and its copy beside the workshop files."""
        name = f"{self.path.stem}-guard.json"
        return self.path.with_name(name), self.path.parent / "workshops" / f".{name}"

    def _load(self) -> _Record | None:
        """The stored hash, or None when there is none or it cannot be used."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            salt = bytes.fromhex(data["salt"])
            digest = bytes.fromhex(data["hash"])
            params = {key: int(data[key]) for key in SCRYPT}
        except (OSError, ValueError, KeyError, TypeError):
            return None
        if not salt or not digest:
            return None
        return _Record(salt, digest, params, _parse_lock(data.get("lock")), data)

    def _write_record(self, hashed: dict[str, Any], lock: _Lock) -> None:
        record = {"version": 2, **hashed, "lock": lock.to_json()}
        atomic_write_text(self.path, json.dumps(record))

    def _read_markers(self) -> tuple[list[dict[str, Any]], bool]:
        """The readable markers, and whether any marker file exists at all."""
        readable: list[dict[str, Any]] = []
        present = False
        for path in self.marker_paths:
            try:
                text = path.read_text(encoding="utf-8")
            except FileNotFoundError:
                continue
            except OSError:
                present = True
                continue
            present = True
            try:
                data = json.loads(text)
                salts = [str(s) for s in data["salts"]]
                recovery = [dict(e) for e in data["recovery"]]
            except (ValueError, KeyError, TypeError):
                continue
            readable.append({"salts": salts, "recovery": recovery})
        return readable, present

    def _write_markers(self, salts: list[str], recovery: list[dict[str, Any]]) -> None:
        """Write the marker (an error if that fails) and its copy (best effort)."""
        text = json.dumps({"version": 1, "salts": salts, "recovery": recovery})
        primary, copy = self.marker_paths
        atomic_write_text(primary, text)
        with contextlib.suppress(OSError):
            atomic_write_text(copy, text)

    def _state(self) -> tuple[str, _Record | None, list[dict[str, Any]]]:
        record = self._load()
        readable, present = self._read_markers()
        if record is None:
            return ("damaged" if present else "unset"), None, readable
        salt = record.salt.hex()
        if readable and not any(salt in marker["salts"] for marker in readable):
            return "damaged", record, readable  # a pin.json that is not the one set here
        if len(readable) < 2:  # a PIN from an earlier version, or a copy lost: mark again
            recovery = readable[0]["recovery"] if readable else []
            with contextlib.suppress(OSError):
                self._write_markers([salt], recovery)
        return "set", record, readable

    def status(self) -> str:
        """``"unset"`` (no PIN yet), ``"set"``, or ``"damaged"`` (a PIN was set here but
        its file is missing, damaged or replaced: only the recovery code helps)."""
        return self._state()[0]

    def is_set(self) -> bool:
        """Whether a usable PIN is stored (see :meth:`status` for why not)."""
        return self.status() == "set"

    def is_damaged(self) -> bool:
        return self.status() == "damaged"

    def has_recovery_code(self) -> bool:
        """Whether a recovery code exists (PINs set by earlier versions have none)."""
        return any(marker["recovery"] for marker in self._read_markers()[0])

    # ------------------------------------------------------------------ lockout
    def _current_lock(self, record: _Record) -> _Lock:
        lock = record.lock
        if lock is None:  # the lock part of pin.json is damaged: count it as locked
            lock = self._stamped(FREE_TRIES)
            self._save_lock(record, lock)
        if self._unsaved is not None and self._unsaved.failures > lock.failures:
            lock = self._unsaved
        return lock

    def _stamped(self, failures: int) -> _Lock:
        return _Lock(failures, float(lock_seconds(failures)), self._wall(), self._clock())

    def _save_lock(self, record: _Record, lock: _Lock) -> None:
        hashed = {"salt": record.salt.hex(), "hash": record.digest.hex(), **record.params}
        try:
            self._write_record(hashed, lock)
        except OSError:
            self._unsaved = lock  # still counted while this program runs
        else:
            self._unsaved = None

    def _seconds_left(self, record: _Record, lock: _Lock) -> int:
        if lock.failures < FREE_TRIES or lock.length <= 0:
            return 0
        full = lock_seconds(lock.failures)
        wall_elapsed = self._wall() - lock.wall
        if wall_elapsed < -CLOCK_SLACK:  # the clock was set back: the lock starts again
            restarted = self._stamped(lock.failures)
            self._save_lock(record, restarted)
            return full
        mono_elapsed = self._clock() - lock.mono
        elapsed = max(0.0, wall_elapsed)
        if mono_elapsed >= 0:  # same boot (or a later one that has run longer): trust the less
            elapsed = min(elapsed, mono_elapsed)
        return max(0, math.ceil(min(lock.length, full) - elapsed))

    def seconds_locked(self) -> int:
        """Whole seconds until the lock ends (0 when not locked or no PIN is usable)."""
        status, record, _ = self._state()
        if status != "set" or record is None:
            return 0
        return self._seconds_left(record, self._current_lock(record))

    # ------------------------------------------------------------------ checking
    def _usable(self) -> _Record:
        status, record, _ = self._state()
        if status == "unset":
            raise PinNotSetError("no PIN has been set")
        if status == "damaged" or record is None:
            raise PinFileDamagedError(
                "the PIN file is damaged or missing; enter the recovery code to set a new PIN"
            )
        return record

    def verify(self, pin: str) -> PinCheck:
        """Check one try. While locked, no PIN is checked at all, not even the right one.

        PinNotSetError before any PIN is set; PinFileDamagedError (a PinNotSetError) when
        the PIN file is missing or damaged although a PIN was set."""
        record = self._usable()
        lock = self._current_lock(record)
        locked = self._seconds_left(record, lock)
        if locked:
            return PinCheck("locked", seconds_left=locked)
        entry = {"salt": record.salt.hex(), "hash": record.digest.hex(), **record.params}
        if _matches(normalise_pin(pin), entry):
            if lock.failures or record.lock is None:
                self._save_lock(record, _Lock())
            return PinCheck("ok", tries_left=FREE_TRIES)
        failures = lock.failures + 1
        self._save_lock(record, self._stamped(failures))
        if failures >= FREE_TRIES:
            return PinCheck("locked", seconds_left=lock_seconds(failures))
        return PinCheck("wrong", tries_left=FREE_TRIES - failures)

    # ------------------------------------------------------------------ setting
    @staticmethod
    def _check_new(pin: str) -> str:
        problem = new_pin_problem(pin)
        if problem is not None:
            raise ValueError(PROBLEM_TEXT[problem])
        return normalise_pin(pin)

    def set_pin(self, pin: str) -> str:
        """Store the first PIN (6 to 8 digits, not trivial; Arabic-Indic digits are
        accepted too) and return the recovery code, to be shown once and written down.

        ValueError for a PIN that is not allowed; PinAlreadySetError when a PIN is set
        (:meth:`change_pin` needs the old one); PinFileDamagedError when the PIN file is
        damaged or missing (:meth:`recover` needs the recovery code)."""
        digits = self._check_new(pin)
        status = self.status()
        if status == "damaged":
            raise PinFileDamagedError("the PIN file is damaged or missing; use the recovery code")
        if status == "set":
            raise PinAlreadySetError("a PIN is set; changing it needs the current PIN")
        hashed = _new_hash(digits)
        code = new_recovery_code()
        # pin.json first: a crash before the marker leaves a usable PIN (marked next time)
        self._write_record(hashed, _Lock())
        self._write_markers([hashed["salt"]], [_new_hash(normalise_recovery_code(code))])
        self._unsaved = None
        return code

    def _replace(
        self, digits: str, readable: list[dict[str, Any]], recovery: list[dict[str, Any]]
    ) -> None:
        """A new PIN record; the marker accepts old and new while pin.json is replaced."""
        hashed = _new_hash(digits)
        old = [salt for marker in readable for salt in marker["salts"]]
        self._write_markers([hashed["salt"], *old], recovery)
        self._write_record(hashed, _Lock())
        self._write_markers([hashed["salt"]], recovery[:1])
        self._unsaved = None

    def change_pin(self, old: str, new: str) -> PinCheck:
        """Replace the PIN when ``old`` is right (a wrong ``old`` counts as a wrong try).
        ValueError for a new PIN that is not allowed (checked first: no try is spent)."""
        digits = self._check_new(new)
        check = self.verify(old)
        if check.ok:
            _, _, readable = self._state()
            recovery: list[dict[str, Any]] = next(
                (m["recovery"] for m in readable if m["recovery"]), []
            )
            self._replace(digits, readable, recovery)
        return check

    def recover(self, code: str, new: str) -> str | None:
        """Set ``new`` as the PIN with the recovery code (PIN forgotten, or its file damaged
        or missing). Returns the next recovery code (the used one stops working), or None
        when the code is wrong. ValueError for a new PIN that is not allowed."""
        digits = self._check_new(new)
        typed = normalise_recovery_code(code)
        _, _, readable = self._state()
        entries = [entry for marker in readable for entry in marker["recovery"]]
        if not typed or not any(_matches(typed, entry) for entry in entries):
            return None
        next_code = new_recovery_code()
        fresh = _new_hash(normalise_recovery_code(next_code))
        self._replace(digits, readable, [fresh, *entries])
        return next_code

    def issue_recovery_code(self, pin: str) -> str | None:
        """A new recovery code for a PIN that has none (set by an earlier version) or to
        replace a lost one; None unless ``pin`` is right (a wrong one counts as a try)."""
        if not self.verify(pin).ok:
            return None
        _, record, _ = self._state()
        assert record is not None
        code = new_recovery_code()
        self._write_markers([record.salt.hex()], [_new_hash(normalise_recovery_code(code))])
        return code
