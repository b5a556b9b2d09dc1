"""Codes for the storage errors a person sees, so the interface can word them itself.

The core's exception messages are English sentences for the command line and for logs.
The interface must say the same thing in the interface language, so it asks
:func:`problem_of` for a :class:`Problem`: a stable ``code`` and the ``data`` the sentence
needs. The interface owns the words (``ui/problems.py``, through ``tr()``); the core owns
the codes, here, in one place.

An exception may also carry its own ``code`` attribute (and a ``data`` mapping); that wins,
so a new error can get a code where it is raised without touching this table.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from workshop_kit.records import errors
from workshop_kit.records.errors import DamagedFileError, NewerSchemaError
from workshop_kit.records.store import WorkshopNotFoundError

__all__ = [
    "DAMAGED_FILE",
    "INITIALS_INVALID",
    "NEWER_SCHEMA",
    "SITE_CONTROL_CHARACTERS",
    "SITE_MISSING",
    "SITE_TOO_LONG",
    "WORKSHOP_NOT_FOUND",
    "Problem",
    "problem_of",
]

#: Fields a person types (``records.model.InvalidFieldError``; data: ``most`` where a
#: limit applies).
SITE_MISSING = "site_missing"
SITE_TOO_LONG = "site_too_long"
SITE_CONTROL_CHARACTERS = "site_control_characters"
INITIALS_INVALID = "initials_invalid"
#: The workshop is not (or no longer) stored on this laptop.
WORKSHOP_NOT_FOUND = "workshop_not_found"
#: The workshop's file was written by a newer Workshop Kit; it is left untouched.
NEWER_SCHEMA = errors.NEWER_SCHEMA
#: The workshop's file does not parse or breaks the schema.
DAMAGED_FILE = errors.DAMAGED

# Most specific first: a subclass must not be taken for its base.
_BY_TYPE: tuple[tuple[type[BaseException], str], ...] = (
    (WorkshopNotFoundError, WORKSHOP_NOT_FOUND),
    (NewerSchemaError, NEWER_SCHEMA),
    (DamagedFileError, DAMAGED_FILE),
)


@dataclass(frozen=True)
class Problem:
    """What went wrong, as a code and data. ``data["detail"]`` is the core's English
    message: a technical detail the interface may show after its own sentence."""

    code: str
    data: Mapping[str, object] = field(default_factory=dict)


def problem_of(error: BaseException) -> Problem | None:
    """The code and data of ``error``, or ``None`` for an error without a code."""
    own = getattr(error, "code", None)
    if isinstance(own, str) and own:
        data = getattr(error, "data", None)
        extra = dict(data) if isinstance(data, Mapping) else {}
        return Problem(own, {"detail": str(error), **extra})
    for kind, code in _BY_TYPE:
        if isinstance(error, kind):
            return Problem(code, {"detail": str(error)})
    return None
