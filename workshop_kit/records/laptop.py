"""This laptop's random id, and the tag a closed workshop keeps of the laptop that closed it.

The laptop id (uuid4 hex, in ``<data>/laptop-id``) names the laptop in bundle manifests;
it is never derived from hardware. A workshop file does not hold it: closing stores
``closer_tag(workshop id, laptop id)`` in the final matching instead, a keyed hash that a
lead can compare with the laptop that signed a bundle, but that does not link two
workshops closed on the same laptop to each other (each tag is salted with its own
workshop's id).

Files closed before the tag existed have none: their closing laptop is unknown (see
``bundle_trust`` for what that means for an import).
"""

from __future__ import annotations

import hashlib
import re

from workshop_kit import paths
from workshop_kit.fileio import atomic_write_text
from workshop_kit.records.model import new_id

__all__ = ["CLOSER_KEY", "LAPTOP_ID_FILE", "closer_tag", "is_closer_tag", "laptop_id"]

LAPTOP_ID_FILE = "laptop-id"
#: the entry of a closed workshop's ``final_match`` naming the laptop that closed it
CLOSER_KEY = "closed_by"
_HEX32 = re.compile(r"^[0-9a-f]{32}$")


def laptop_id() -> str:
    """This laptop's random bundle id, created on first use (never from hardware)."""
    path = paths.user_data_dir() / LAPTOP_ID_FILE
    try:
        text = path.read_text(encoding="ascii").strip()
    except (FileNotFoundError, UnicodeDecodeError):
        text = ""
    if _HEX32.fullmatch(text):
        return text
    value = new_id()
    atomic_write_text(path, value + "\n")
    return value


def closer_tag(workshop_id: str, laptop: str) -> str:
    """What a closed workshop keeps of the laptop that closed it (32 hex digits)."""
    text = f"workshop-kit closed by|{workshop_id}|{laptop}".encode("ascii")
    return hashlib.sha256(text).hexdigest()[:32]


def is_closer_tag(value: object) -> bool:
    return isinstance(value, str) and _HEX32.fullmatch(value) is not None
