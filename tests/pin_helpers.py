"""Test helpers for the facilitator PIN: a PIN file as an earlier version wrote it."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path


def write_legacy_pin(path: Path, pin: str) -> None:
    """``pin.json`` as version 1 wrote it (4 to 8 digits, no lockout, no marker): a
    4-digit PIN set before 6 digits were required keeps working until it is changed."""
    salt = os.urandom(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=2**14, r=8, p=1, maxmem=64 * 1024 * 1024)
    record = {"version": 1, "salt": salt.hex(), "hash": digest.hex(), "n": 2**14, "r": 8, "p": 1}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(record), encoding="utf-8")
