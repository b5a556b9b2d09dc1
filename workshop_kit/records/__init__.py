"""What the toolkit records: workshops, anonymous responses, match codes, the kiosk PIN.

Pure Python (no Qt, no network). ``WorkshopStore`` keeps one durable tinydb file per
workshop; ``matchcode`` links before and after surveys through keyed hashes of a
self-generated code; ``PinStore`` guards leaving the kiosk.
"""

from __future__ import annotations

from workshop_kit.records.matchcode import (
    MATCH_ELEMENTS,
    MatchElement,
    MatchResult,
    hash_code,
    match,
    normalise,
)
from workshop_kit.records.model import Response, Workshop
from workshop_kit.records.pin import PinCheck, PinNotSetError, PinStore
from workshop_kit.records.storage import DamagedFileError, NewerSchemaError
from workshop_kit.records.store import RecoveryNote, WorkshopNotFoundError, WorkshopStore

__all__ = [
    "MATCH_ELEMENTS",
    "DamagedFileError",
    "MatchElement",
    "MatchResult",
    "NewerSchemaError",
    "PinCheck",
    "PinNotSetError",
    "PinStore",
    "RecoveryNote",
    "Response",
    "Workshop",
    "WorkshopNotFoundError",
    "WorkshopStore",
    "hash_code",
    "match",
    "normalise",
]
