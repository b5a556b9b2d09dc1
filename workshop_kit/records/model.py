"""What the toolkit records: workshops and the anonymous responses that belong to them.

Both are frozen dataclasses that validate themselves on construction, so a record that
breaks the anonymity rules cannot exist in memory, let alone on disk: no names (facilitator
initials only, at most four letters), no free text beyond a workshop's ``site``, days and
never times, and random ids (uuid4) that say nothing about who answered or when.

``to_doc`` / ``from_doc`` convert to and from plain JSON types for storage; ``from_doc``
runs the same validation, which is how a damaged or hand-edited file is recognised.
"""

from __future__ import annotations

import functools
import re
import secrets
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from datetime import date
from types import MappingProxyType
from typing import Any

from workshop_kit.records.matchcode import HASH_LENGTH, MATCH_ELEMENTS

__all__ = [
    "CHECK_LETTERS",
    "ENTRY_MODES",
    "MATCH_CODE_LENGTH",
    "PHASES",
    "RECORD_KEY_LIMIT",
    "STATUSES",
    "WORKSHOP_CODE_LENGTH",
    "WORKSHOP_KEY_DIGITS",
    "WORKSHOP_KEY_LENGTH",
    "WORKSHOP_KEY_PREFIX",
    "InvalidFieldError",
    "Response",
    "Workshop",
    "WorkshopCodeError",
    "check_letter",
    "code_prefix",
    "match_workshop_code",
    "new_id",
    "new_record_key",
    "today",
    "workshop_code",
    "workshop_key",
]

PHASES = ("pre", "post")
ENTRY_MODES = ("kiosk", "paper")
STATUSES = ("open", "closed")
SITE_MAX = 80
INITIALS_MAX = 4
PARTICIPANTS_RANGE = (1, 500)
MATCH_CODE_LENGTH = len(MATCH_ELEMENTS)

# Same shapes as content ids and language tags (content/reader.py), repeated here because
# records/ may not import content/.
_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
_LANG = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")
_UUID_HEX = re.compile(r"^[0-9a-f]{32}$")
_DAY = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")  # ASCII digits only
_HASH = re.compile(rf"^[0-9a-f]{{{HASH_LENGTH}}}$")


#: How many characters of a workshop's id make its short code (before the check letter).
WORKSHOP_CODE_LENGTH = 6
#: The check letter's alphabet: 17 letters (a prime count), none of them a hex digit, E, I,
#: O or Z, so a code with its check letter never reads as a number or a date and the check
#: letter can always be told from the code before it.
CHECK_LETTERS = "GHJKLMNPQRSTUVWXY"
#: How an export names a workshop: ``W-`` and the first 16 hex digits (64 random bits) of its
#: id, upper case. The short code can be shared after an import (a 6-digit code had a 24%
#: chance of a clash among 3,000 workshops); 64 bits make a clash among 100,000 workshops a
#: chance of 3 in 10 billion. The letter in front keeps every spreadsheet from reading it as a
#: number (``12E456``) and the id itself, the name of the workshop's file, stays out of exports.
WORKSHOP_KEY_PREFIX = "W-"
WORKSHOP_KEY_DIGITS = 16
WORKSHOP_KEY_LENGTH = len(WORKSHOP_KEY_PREFIX) + WORKSHOP_KEY_DIGITS


def check_letter(hex_code: str) -> str:
    """The check letter of a hex code: the sum of each digit times its position (1, 2, ...)
    modulo 17. As 17 is prime and longer than a code, every single mistyped character and
    every swap of two characters changes the letter."""
    total = sum(position * int(ch, 16) for position, ch in enumerate(hex_code, start=1))
    return CHECK_LETTERS[total % len(CHECK_LETTERS)]


@functools.lru_cache(maxsize=1 << 16)  # listings of thousands of workshops ask often
def workshop_code(workshop_id: str) -> str:
    """The short code shown in the app and printed on a workshop's paper forms: the start of
    its random id, upper case, then a check letter (``3FA85FW``). Tells one stack of forms
    from another without naming anyone; unique within a data folder when it was made there
    (``WorkshopStore.create_workshop``), but not across laptops: exports use
    :func:`workshop_key`."""
    start = workshop_id[:WORKSHOP_CODE_LENGTH].upper()
    return start + check_letter(start)


def workshop_key(workshop_id: str) -> str:
    """The workshop's key in every export (``W-3FA85F6457174562``): text that does not
    collide with another workshop's and that Excel, LibreOffice and pandas keep as text. It
    starts with the short code, less the check letter, so a form finds its rows."""
    return WORKSHOP_KEY_PREFIX + workshop_id[:WORKSHOP_KEY_DIGITS].upper()


class WorkshopCodeError(ValueError):
    """What someone typed as a workshop code cannot be one; the message says why.
    ``wrong_check`` is true when only the check letter disagrees (a mistyped character)."""

    def __init__(self, message: str, *, wrong_check: bool = False) -> None:
        super().__init__(message)
        self.wrong_check = wrong_check


def code_prefix(text: str) -> str:
    """The id prefix (lower-case hex) a typed workshop code stands for.

    Takes the code with its check letter (``3FA85FW``), without it (``3FA85F``: codes
    printed before check letters existed), a longer start of the id, the whole id or an
    export key (``W-...``); case, spaces and dashes do not matter. Raises
    :class:`WorkshopCodeError` for a wrong check letter or something that is no code."""
    typed = "".join(text.split()).upper()
    if typed.startswith(WORKSHOP_KEY_PREFIX):
        typed = typed[len(WORKSHOP_KEY_PREFIX) :]
    typed = typed.replace("-", "")
    body, check = typed, ""
    if typed and typed[-1] in CHECK_LETTERS:
        body, check = typed[:-1], typed[-1]
    shown = text.strip()
    if not re.fullmatch(r"[0-9A-F]*", body) or not body:
        raise WorkshopCodeError(
            f"'{shown}' is not a workshop code: a code is {WORKSHOP_CODE_LENGTH} characters "
            f"0-9 and A-F, then a check letter (e.g. 3FA85F{check_letter('3FA85F')})"
        )
    if len(body) < WORKSHOP_CODE_LENGTH:
        raise WorkshopCodeError(
            f"'{shown}' is too short for a workshop code: give its first "
            f"{WORKSHOP_CODE_LENGTH} characters and the check letter"
        )
    if check and check != check_letter(body):
        raise WorkshopCodeError(
            f"the workshop code '{shown}' has the wrong check letter, so a character was "
            "mistyped: compare it with the code printed on the form",
            wrong_check=True,
        )
    return body.lower()


def match_workshop_code(text: str, workshop_ids: Iterable[str]) -> list[str]:
    """The ids among ``workshop_ids`` that a typed code (see :func:`code_prefix`) names:
    none, one, or several when two workshops share a short code (an imported one can)."""
    prefix = code_prefix(text)
    return sorted(wid for wid in workshop_ids if wid.startswith(prefix))


#: Record keys (``Response.record_key``) are whole numbers below this.
RECORD_KEY_LIMIT = 2**32


def new_record_key() -> int:
    """A fresh random record key for a new response (see ``Response.record_key``)."""
    return secrets.randbelow(RECORD_KEY_LIMIT)


def new_id() -> str:
    """A fresh record id: random, so it carries no time, order or device."""
    return uuid.uuid4().hex


def today() -> str:
    """Today as ``YYYY-MM-DD``: the finest time the toolkit ever records."""
    return date.today().isoformat()


# ----------------------------------------------------------------------------- checks


class InvalidFieldError(ValueError):
    """A field a person types (a workshop's site, the facilitator's initials) is refused.

    The message is English, for the command line; ``code`` and ``data`` let the interface
    say the same in its own language (``records.problems``, ``ui/problems.py``)."""

    def __init__(self, message: str, *, code: str, **data: object) -> None:
        super().__init__(message)
        self.code = code
        self.data = data


def _check_uuid(name: str, value: object) -> None:
    if not isinstance(value, str) or not _UUID_HEX.fullmatch(value):
        raise ValueError(f"{name} must be 32 lowercase hex characters (a uuid4), got {value!r}")


_GOOD_IDS: set[str] = set()  # ids already checked: a file repeats the same item ids


def _check_content_id(name: str, value: object) -> None:
    if value.__class__ is str and value in _GOOD_IDS:
        return
    if not isinstance(value, str) or not _ID.fullmatch(value):
        raise ValueError(
            f"{name} must be a content id (lowercase letters, digits, '-' or '_'), got {value!r}"
        )
    if len(_GOOD_IDS) < 10_000:
        _GOOD_IDS.add(value)


_GOOD_DAYS: set[str] = set()  # days already checked: a file's responses share a few days


def _check_day(name: str, value: object) -> None:
    if value.__class__ is str and value in _GOOD_DAYS:
        return
    if not isinstance(value, str) or not _DAY.fullmatch(value):
        raise ValueError(f"{name} must be a day written YYYY-MM-DD (no time), got {value!r}")
    try:
        date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{name} is not a real day: {value!r}") from None
    if value.__class__ is str and len(_GOOD_DAYS) < 10_000:
        _GOOD_DAYS.add(value)


def _check_int(name: str, value: object, low: int, high: int | None = None) -> None:
    # bool is an int in Python; True is never a meaningful count or version.
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValueError(f"{name} must be a whole number, got {value!r}")
    if value < low or (high is not None and value > high):
        limit = f"{low} to {high}" if high is not None else f"at least {low}"
        raise ValueError(f"{name} must be {limit}, got {value}")


def _check_choice(name: str, value: object, choices: tuple[str, ...]) -> None:
    if value not in choices:
        raise ValueError(f"{name} must be one of {', '.join(choices)}, got {value!r}")


def _set(obj: object, name: str, value: object) -> None:
    object.__setattr__(obj, name, value)  # normalising a frozen dataclass in __post_init__


# ----------------------------------------------------------------------------- Workshop


@dataclass(frozen=True)
class Workshop:
    """One delivery of a session (or a series) at a site on a day, in a language."""

    id: str
    curriculum_id: str
    session_ids: tuple[str, ...]
    site: str
    day: str
    language: str
    expected_participants: int
    facilitator_initials: str = ""
    instrument_id: str | None = None
    instrument_version: int | None = None
    status: str = "open"
    closed_day: str | None = None

    def __post_init__(self) -> None:
        _check_uuid("workshop id", self.id)
        _check_content_id("curriculum_id", self.curriculum_id)
        if isinstance(self.session_ids, str) or not isinstance(self.session_ids, list | tuple):
            raise ValueError(f"session_ids must be a list of session ids, got {self.session_ids!r}")
        _set(self, "session_ids", tuple(self.session_ids))
        if not self.session_ids:
            raise ValueError("session_ids must name at least one session")
        for session_id in self.session_ids:
            _check_content_id("session id", session_id)
        if len(set(self.session_ids)) != len(self.session_ids):
            raise ValueError(f"session_ids repeats a session: {self.session_ids!r}")
        self._check_site()
        _check_day("day", self.day)
        if not isinstance(self.language, str) or not _LANG.fullmatch(self.language):
            raise ValueError(
                f"language must be a language code such as 'en', got {self.language!r}"
            )
        _check_int("expected_participants", self.expected_participants, *PARTICIPANTS_RANGE)
        initials = self.facilitator_initials
        if (
            not isinstance(initials, str)
            or len(initials) > INITIALS_MAX
            or not (initials == "" or initials.isalpha())
        ):
            raise InvalidFieldError(
                f"facilitator_initials must be 0 to {INITIALS_MAX} letters (initials, never a "
                f"name), got {initials!r}",
                code="initials_invalid",
                most=INITIALS_MAX,
            )
        if (self.instrument_id is None) != (self.instrument_version is None):
            raise ValueError("instrument_id and instrument_version are set together or not at all")
        if self.instrument_id is not None:
            _check_content_id("instrument_id", self.instrument_id)
            _check_int("instrument_version", self.instrument_version, 1)
        _check_choice("status", self.status, STATUSES)
        if self.status == "open" and self.closed_day is not None:
            raise ValueError("an open workshop has no closed_day")
        if self.status == "closed":
            _check_day("closed_day", self.closed_day)

    def _check_site(self) -> None:
        site = self.site
        if not isinstance(site, str):
            raise ValueError(f"site must be text, got {site!r}")
        site = " ".join(site.split())  # one line, single spaces: a place, not a note
        if not site:
            raise InvalidFieldError(
                "site must name a place, e.g. 'East Amman centre'", code="site_missing"
            )
        if len(site) > SITE_MAX:
            raise InvalidFieldError(
                f"site must be at most {SITE_MAX} characters, got {len(site)}",
                code="site_too_long",
                most=SITE_MAX,
            )
        if any(not ch.isprintable() for ch in site):
            raise InvalidFieldError(
                f"site contains control characters: {site!r}", code="site_control_characters"
            )
        _set(self, "site", site)

    @property
    def code(self) -> str:
        """The short code (see :func:`workshop_code`)."""
        return workshop_code(self.id)

    @property
    def key(self) -> str:
        """The export key (see :func:`workshop_key`)."""
        return workshop_key(self.id)

    @property
    def is_open(self) -> bool:
        return self.status == "open"

    def to_doc(self) -> dict[str, Any]:
        """Plain JSON types, as stored in a workshop file's ``_meta`` table."""
        doc = asdict(self)
        doc["session_ids"] = list(self.session_ids)
        return doc

    @classmethod
    def from_doc(cls, doc: Mapping[str, Any]) -> Workshop:
        """Rebuild (and re-validate) a workshop from :meth:`to_doc` output."""
        if not isinstance(doc, Mapping):
            raise ValueError(f"a workshop must be an object, got {type(doc).__name__}")
        try:
            return cls(**doc)
        except TypeError as error:  # missing or unknown field
            raise ValueError(f"workshop fields are wrong: {error}") from None


# ----------------------------------------------------------------------------- Response


@dataclass(frozen=True)
class Response:
    """One participant's answers to one survey (before or after), with no identity.

    ``match_hashes`` holds one keyed hash per match-code element (``None`` where the
    participant skipped it) while the workshop is open; when it is closed the hashes are
    deleted and a matched response keeps only its ``pair`` number.
    """

    id: str
    workshop_id: str
    phase: str
    instrument_id: str
    instrument_version: int
    answers: Mapping[str, int | None]
    entry_mode: str
    day: str
    match_hashes: tuple[str | None, ...] | None = None
    pair: int | None = field(default=None)
    # A random whole number from 0 to 2**32 - 1, drawn once when the response is saved and
    # never changed: the record key of the cell-key method (``analysis.cellkey``). None in
    # responses saved before it existed; the analysis then derives one from the id.
    record_key: int | None = None

    def __post_init__(self) -> None:
        _check_uuid("response id", self.id)
        _check_uuid("workshop id", self.workshop_id)
        _check_choice("phase", self.phase, PHASES)
        _check_content_id("instrument_id", self.instrument_id)
        _check_int("instrument_version", self.instrument_version, 1)
        if not isinstance(self.answers, Mapping):
            raise ValueError(f"answers must map item ids to values, got {self.answers!r}")
        for item_id, value in self.answers.items():
            _check_content_id("answer item id", item_id)
            if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
                raise ValueError(
                    f"answer to {item_id!r} must be an option value (a whole number) or None "
                    f"for 'prefer not to answer', got {value!r}"
                )
        _set(self, "answers", MappingProxyType(dict(self.answers)))
        _check_choice("entry_mode", self.entry_mode, ENTRY_MODES)
        _check_day("day", self.day)
        if self.match_hashes is not None:
            hashes = self.match_hashes
            if isinstance(hashes, str) or not isinstance(hashes, list | tuple):
                raise ValueError(f"match_hashes must be a list, got {hashes!r}")
            if len(hashes) != MATCH_CODE_LENGTH:
                raise ValueError(
                    f"match_hashes must hold {MATCH_CODE_LENGTH} entries, got {len(hashes)}"
                )
            for entry in hashes:
                if entry is not None and (not isinstance(entry, str) or not _HASH.fullmatch(entry)):
                    raise ValueError(
                        f"each match hash must be {HASH_LENGTH} hex characters or None, "
                        f"got {entry!r}"
                    )
            _set(self, "match_hashes", tuple(hashes))
        if self.record_key is not None:
            _check_int("record_key", self.record_key, 0, RECORD_KEY_LIMIT - 1)
        if self.pair is not None:
            _check_int("pair", self.pair, 1)
            if self.match_hashes is not None:
                raise ValueError(
                    "a paired response keeps no match hashes (they are deleted at closing)"
                )

    def to_doc(self) -> dict[str, Any]:
        """Plain JSON types, as stored in a workshop file's ``responses`` table.

        The workshop id is left out: the file the document lives in says it. Keys that
        are ``None`` after closing (``match_hashes``) are left out too, so a closed file
        holds nothing of the match code at all.
        """
        doc: dict[str, Any] = {
            "id": self.id,
            "phase": self.phase,
            "instrument_id": self.instrument_id,
            "instrument_version": self.instrument_version,
            "answers": dict(self.answers),
            "entry_mode": self.entry_mode,
            "day": self.day,
        }
        if self.match_hashes is not None:
            doc["match_hashes"] = list(self.match_hashes)
        if self.pair is not None:
            doc["pair"] = self.pair
        if self.record_key is not None:
            doc["record_key"] = self.record_key
        return doc

    @classmethod
    def from_doc(cls, doc: Mapping[str, Any], workshop_id: str) -> Response:
        """Rebuild (and re-validate) a response from :meth:`to_doc` output.

        A document of plain JSON types that passes :func:`_accepts` (every check of
        ``__post_init__``, made on the whole document at once) is built without running
        them again; anything else goes through the constructor, which accepts or refuses
        it with its own message. ``_accepts`` never takes what the constructor refuses
        (``tests/unit/test_response_trusted.py``), so the result is the same either way."""
        if _accepts(doc) and _known_workshop(workshop_id):
            return cls.trusted(doc, workshop_id)
        if not isinstance(doc, Mapping):
            raise ValueError(f"a response must be an object, got {type(doc).__name__}")
        try:
            return cls(workshop_id=workshop_id, **doc)
        except TypeError as error:
            raise ValueError(f"response fields are wrong: {error}") from None

    @classmethod
    def trusted(cls, doc: Mapping[str, Any], workshop_id: str) -> Response:
        """A response from a document that has been checked already, without checking it
        again: only for documents the store itself read from a file it wrote and whose
        check passed (``storage.parse_document``). It builds the object the validating
        constructor would (answers copied into a read-only mapping, match hashes as a
        tuple); anything from outside (bundles, paper entry, the kiosk) goes through
        :meth:`from_doc` or the constructor."""
        hashes = doc.get("match_hashes")
        response = object.__new__(cls)
        # Field by field, in the constructor's order: the instance keeps the compact
        # attribute layout every Response shares (a dict filled at once would not, and
        # costs about 350 bytes more per response).
        put = _put
        put(response, "id", doc["id"])
        put(response, "workshop_id", workshop_id)
        put(response, "phase", doc["phase"])
        put(response, "instrument_id", doc["instrument_id"])
        put(response, "instrument_version", doc["instrument_version"])
        put(response, "answers", MappingProxyType(dict(doc["answers"])))
        put(response, "entry_mode", doc["entry_mode"])
        put(response, "day", doc["day"])
        put(response, "match_hashes", None if hashes is None else tuple(hashes))
        put(response, "pair", doc.get("pair"))
        put(response, "record_key", doc.get("record_key"))
        return response


_put = object.__setattr__  # how a frozen dataclass sets its own fields
_RESPONSE_REQUIRED = frozenset(
    ("id", "phase", "instrument_id", "instrument_version", "answers", "entry_mode", "day")
)
_RESPONSE_FIELDS = _RESPONSE_REQUIRED | {"match_hashes", "pair", "record_key"}
_ANSWER_TYPES = frozenset((int, type(None)))
_PHASE_SET = frozenset(PHASES)
_ENTRY_MODE_SET = frozenset(ENTRY_MODES)
_STR_ONLY = frozenset((str,))
_last_workshop_id: object = object()  # the last workshop id found valid (a file shares one)


def _known_workshop(workshop_id: object) -> bool:
    """``workshop_id`` is a valid workshop id (remembered for the next response)."""
    global _last_workshop_id
    if workshop_id is _last_workshop_id:
        return True
    if workshop_id.__class__ is not str or not _UUID_HEX.fullmatch(str(workshop_id)):
        return False
    _last_workshop_id = workshop_id
    return True


def _accepts(doc: object) -> bool:
    """True only when ``Response(workshop_id=<a valid id>, **doc)`` would accept ``doc``
    and build from it what :meth:`Response.trusted` builds: plain ``dict``, ``str`` and
    ``int`` values (as JSON gives), item ids and days already seen valid. False means
    "ask the constructor", not "invalid": it answers for anything this does not take."""
    if doc.__class__ is not dict:
        return False
    assert isinstance(doc, dict)
    optional = ("match_hashes" in doc) + ("pair" in doc) + ("record_key" in doc)
    if len(doc) != len(_RESPONSE_REQUIRED) + optional:
        return False  # a field missing or one too many (every other key is a required one)
    try:
        rid, answers, version = doc["id"], doc["answers"], doc["instrument_version"]
        phase, mode, instrument, day = (
            doc["phase"],
            doc["entry_mode"],
            doc["instrument_id"],
            doc["day"],
        )
    except KeyError:
        return False
    if (
        rid.__class__ is not str
        or not _UUID_HEX.fullmatch(rid)
        or phase.__class__ is not str
        or phase not in _PHASE_SET
        or mode.__class__ is not str
        or mode not in _ENTRY_MODE_SET
        or instrument.__class__ is not str
        or instrument not in _GOOD_IDS
        or version.__class__ is not int
        or version < 1
        or day.__class__ is not str
        or day not in _GOOD_DAYS
        or answers.__class__ is not dict
        or not _GOOD_IDS.issuperset(answers)
        or not _STR_ONLY.issuperset(map(type, answers))  # a str subclass: ask the constructor
        or not _ANSWER_TYPES.issuperset(map(type, answers.values()))
    ):
        return False
    hashes = doc.get("match_hashes")
    if hashes is not None and (
        hashes.__class__ is not list
        or len(hashes) != MATCH_CODE_LENGTH
        or not all(h is None or (h.__class__ is str and _HASH.fullmatch(h)) for h in hashes)
    ):
        return False
    pair = doc.get("pair")
    if pair is not None and (pair.__class__ is not int or pair < 1 or hashes is not None):
        return False
    key = doc.get("record_key")
    return key is None or (key.__class__ is int and 0 <= key < RECORD_KEY_LIMIT)
