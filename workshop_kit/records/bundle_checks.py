"""Checks that a bundled workshop's data could have happened, made on import.

``bundle_format`` checks that a bundle is well formed: names, sizes, checksums, the
storage schema. A file can pass all of that and still lie: an answer of 7 on a 3-point
scale, an item the survey does not have, a day in the year 9999, 512 responses in a
workshop that expected one person. ``check_workshop_data`` refuses such a workshop with a
``BundleDataError``: a ``BundleError`` (so the whole bundle is rejected and nothing is
changed) that also carries a ``code`` and ``data`` for the interface to word
(``records.problems``, ``ui/problems.py``). The data names the workshop by its short code
and a response by its number in the file, never by its answers.

The rules:

- The workshop's survey (instrument id and version) is one this laptop's content library
  has. A version newer than the one installed asks for an update of Workshop Kit; an
  older one cannot be checked (its questions are not installed) and is refused too.
- Every response is to the workshop's survey and version, answers at least one item, and
  answers only items of that survey (its "about you" items included), each with one of
  the item's values or ``None``
  ("prefer not to answer"). An item left out was not asked or skipped.
- Days are real and plausible: no earlier than ``EARLIEST_DAY``, no later than tomorrow
  (a laptop's clock may be a day ahead); the closing day is on or after the workshop's
  day; every response's day is within the workshop's span (its day to its closing day).
- Counts are plausible: per phase at most ``most_responses(expected)`` responses, that is
  ``max(3 x expected, expected + 30)`` and never more than ``MAX_RESPONSES_PER_PHASE``
  (twice the largest group a workshop may declare).
- The final matching fits the responses present: every pair number joins one before and
  one after response (``storage`` checks that), the ambiguous lists name existing
  responses of their phase, each once, none of them paired.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, timedelta
from typing import Any, Protocol

from workshop_kit.records.bundle_format import BundleError
from workshop_kit.records.model import PARTICIPANTS_RANGE, PHASES, Response, Workshop
from workshop_kit.records.problems import (
    BUNDLE_ANSWER_OUT_OF_SCALE,
    BUNDLE_CLOSED_BEFORE_DAY,
    BUNDLE_DAY_IMPLAUSIBLE,
    BUNDLE_EMPTY_ANSWERS,
    BUNDLE_FINAL_MATCH_INCONSISTENT,
    BUNDLE_NEWER_INSTRUMENT,
    BUNDLE_OLDER_INSTRUMENT,
    BUNDLE_OTHER_INSTRUMENT,
    BUNDLE_RESPONSE_DAY_OUTSIDE,
    BUNDLE_TOO_MANY_RESPONSES,
    BUNDLE_UNKNOWN_INSTRUMENT,
    BUNDLE_UNKNOWN_ITEM,
)

__all__ = [
    "EARLIEST_DAY",
    "MAX_RESPONSES_PER_PHASE",
    "BundleDataError",
    "InstrumentSource",
    "check_workshop_data",
    "most_responses",
]

EARLIEST_DAY = "2000-01-01"
MAX_RESPONSES_PER_PHASE = 2 * PARTICIPANTS_RANGE[1]


class _Scale(Protocol):
    @property
    def values(self) -> tuple[int, ...]: ...


class _Item(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def scale(self) -> _Scale: ...


class _Instrument(Protocol):
    @property
    def version(self) -> int: ...
    @property
    def items(self) -> Sequence[_Item]: ...


class InstrumentSource(Protocol):
    """What the checks need of the content library (``content.library.Library``)."""

    def instrument(self, instrument_id: str) -> Any: ...


class BundleDataError(BundleError):
    """A bundled workshop holds data that cannot be true; the bundle is rejected.

    ``code`` and ``data`` let the interface word it (``data`` names the workshop by its
    short ``workshop`` code and a response by its ``response`` number in the file)."""

    def __init__(self, message: str, *, code: str, **data: object) -> None:
        super().__init__(message)
        self.code = code
        self.data = data


def most_responses(expected: int) -> int:
    """The most responses per phase a workshop expecting ``expected`` people may hold."""
    return min(MAX_RESPONSES_PER_PHASE, max(3 * expected, expected + 30))


def _latest_day() -> str:
    return (date.today() + timedelta(days=1)).isoformat()


class _Fail:
    """Raises a ``BundleDataError`` with the bundle's name and the workshop's code."""

    def __init__(self, bundle_name: str, workshop: Workshop) -> None:
        self.bundle_name = bundle_name
        self.workshop = workshop.code

    def __call__(self, sentence: str, code: str, **data: object) -> BundleDataError:
        return BundleDataError(
            f"{self.bundle_name}: workshop {self.workshop} {sentence}. The bundle was "
            "rejected; nothing was changed. Ask for a new export from the laptop it came "
            "from.",
            code=code,
            workshop=self.workshop,
            **data,
        )


def check_workshop_data(
    bundle_name: str,
    workshop: Workshop,
    responses: Sequence[Response],
    numbers: Sequence[str],
    final_match: Mapping[str, Any] | None,
    library: InstrumentSource,
) -> None:
    """Refuse (``BundleDataError``) a bundled workshop whose data could not have happened.

    ``numbers`` are the responses' numbers (keys) in the file, in the same order."""
    fail = _Fail(bundle_name, workshop)
    _check_days(fail, workshop)
    items = _check_instrument(fail, workshop, library)
    latest = _latest_day()
    counts = dict.fromkeys(PHASES, 0)
    for response, number in zip(responses, numbers, strict=True):
        _check_response(fail, workshop, response, number, items, latest)
        counts[response.phase] += 1
    most = most_responses(workshop.expected_participants)
    for phase, count in counts.items():
        if count > most:
            raise fail(
                f"holds {count} {phase} responses but expected "
                f"{workshop.expected_participants} people (at most {most} are plausible)",
                BUNDLE_TOO_MANY_RESPONSES,
                phase=phase,
                count=count,
                expected=workshop.expected_participants,
                most=most,
            )
    _check_final_match(fail, responses, final_match)


def _check_days(fail: _Fail, workshop: Workshop) -> None:
    latest = _latest_day()
    for name, day in (("day", workshop.day), ("closing day", workshop.closed_day)):
        if day is not None and not (EARLIEST_DAY <= day <= latest):
            raise fail(
                f"has a {name} of {day}, outside {EARLIEST_DAY} to {latest}",
                BUNDLE_DAY_IMPLAUSIBLE,
                day=day,
                earliest=EARLIEST_DAY,
                latest=latest,
            )
    if workshop.closed_day is not None and workshop.closed_day < workshop.day:
        raise fail(
            f"was closed on {workshop.closed_day}, before its day {workshop.day}",
            BUNDLE_CLOSED_BEFORE_DAY,
            day=workshop.day,
            closed_day=workshop.closed_day,
        )


def _check_instrument(
    fail: _Fail, workshop: Workshop, library: InstrumentSource
) -> dict[str, frozenset[int]] | None:
    """The values each item allows, or None for a workshop without a survey."""
    if workshop.instrument_id is None or workshop.instrument_version is None:
        return None
    try:
        instrument: _Instrument = library.instrument(workshop.instrument_id)
    except KeyError:
        raise fail(
            f"uses the survey {workshop.instrument_id!r}, which this laptop does not have",
            BUNDLE_UNKNOWN_INSTRUMENT,
            instrument=workshop.instrument_id,
        ) from None
    version, installed = workshop.instrument_version, instrument.version
    if version > installed:
        raise fail(
            f"uses version {version} of the survey {workshop.instrument_id!r}; this laptop "
            f"has version {installed}: update Workshop Kit, then import the bundle again",
            BUNDLE_NEWER_INSTRUMENT,
            instrument=workshop.instrument_id,
            version=version,
            installed=installed,
        )
    if version < installed:
        raise fail(
            f"uses version {version} of the survey {workshop.instrument_id!r}; this laptop "
            f"has only version {installed}, so its answers cannot be checked",
            BUNDLE_OLDER_INSTRUMENT,
            instrument=workshop.instrument_id,
            version=version,
            installed=installed,
        )
    allowed = {item.id: frozenset(item.scale.values) for item in instrument.items}
    about_you = getattr(instrument, "about_you", ())  # "about you" items answer too
    allowed.update({about.id: frozenset(about.values) for about in about_you})
    return allowed


def _check_response(
    fail: _Fail,
    workshop: Workshop,
    response: Response,
    number: str,
    items: dict[str, frozenset[int]] | None,
    latest: str,
) -> None:
    where = {"response": number}
    if items is None or (
        response.instrument_id != workshop.instrument_id
        or response.instrument_version != workshop.instrument_version
    ):
        raise fail(
            f"has response {number} to a survey other than the workshop's",
            BUNDLE_OTHER_INSTRUMENT,
            **where,
        )
    if not response.answers:
        raise fail(f"has response {number} with no answers at all", BUNDLE_EMPTY_ANSWERS, **where)
    for item_id, value in response.answers.items():
        allowed = items.get(item_id)
        if allowed is None:
            raise fail(
                f"has response {number} answering {item_id!r}, which the survey does not have",
                BUNDLE_UNKNOWN_ITEM,
                item=item_id,
                **where,
            )
        if value is not None and value not in allowed:  # never say the value itself
            raise fail(
                f"has response {number} with an answer to {item_id!r} that is not one of "
                "its options",
                BUNDLE_ANSWER_OUT_OF_SCALE,
                item=item_id,
                **where,
            )
    closed = workshop.closed_day or latest
    if not (workshop.day <= response.day <= closed):
        raise fail(
            f"has response {number} dated outside the workshop ({workshop.day} to {closed})",
            BUNDLE_RESPONSE_DAY_OUTSIDE,
            first=workshop.day,
            last=closed,
            **where,
        )


def _check_final_match(
    fail: _Fail, responses: Iterable[Response], final_match: Mapping[str, Any] | None
) -> None:
    by_id = {r.id: r for r in responses}
    if final_match is None:
        return
    seen: set[str] = set()
    for phase in PHASES:
        for response_id in final_match.get(f"ambiguous_{phase}", ()):
            response = by_id.get(response_id)
            if response is None:
                problem = "names a response that is not in the file"
            elif response_id in seen:
                problem = "names a response twice"
            elif response.phase != phase:
                problem = f"lists a {response.phase} response among the {phase} ones"
            elif response.pair is not None:
                problem = "lists a paired response as ambiguous"
            else:
                seen.add(response_id)
                continue
            raise fail(
                f"has a final matching that {problem}",
                BUNDLE_FINAL_MATCH_INCONSISTENT,
                problem=problem,
            )
