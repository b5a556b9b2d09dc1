"""The response table every export format shares: its columns and how answers are coded.

One row per response, in the data set's order (sorted by workshop, phase and pair number,
never in the order people answered). The columns, in order:

``row`` (1..n), ``workshop`` (the workshop's key, ``Workshop.key``: ``W-`` and the first 16
hex digits of its id, so two workshops do not share one and no spreadsheet reads it as a
number; after ``W-`` it starts with the code printed on the workshop's paper forms),
``site``, ``curriculum``, ``sessions`` (ids joined by ``+``), ``language`` (the workshop's),
``workshop_day``, ``phase`` (pre/post), ``pair`` (pair number within the workshop, empty if
unmatched), ``instrument``, ``instrument_version``, ``entry_mode``, then one column per item
of the instrument, in the instrument's order.

Decisions:

- **Nothing that identifies a response or links it elsewhere**: no response id, no match
  hashes, no facilitator initials. The response's own day (``Response.day``) is dropped
  too: the workshop day is enough for analysis, and a separate answer day would pin the
  few people who answered late.
- **Codes**: an answer is its option's value; "prefer not to answer" (stored as no value)
  is ``-9`` (``PREFER_NOT_CODE``, declared missing in the SPSS syntax); an item the
  response was not asked (its instrument version lacked it) is an empty cell.
- **Labels** (the labelled variant): the option's label in the chosen language, falling
  back to the instrument's default language; "prefer not to answer" in the chosen
  language from ``PREFER_NOT_LABELS`` (English for a language it lacks). A value the
  scale does not know (an older version's option) stays a number in both variants.
- Only responses to the given instrument are written (a data set may hold others); answers
  to items the instrument no longer has are not written.
- A survey whose options use ``-9`` as a value is refused (``check_codes``): its answers
  could not be told from "prefer not to answer".
- An item whose id equals a fixed column name gets the column ``item_<id>`` so that no
  two columns share a name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import repeat
from typing import Any

from workshop_kit.analysis.dataset import Dataset
from workshop_kit.cancel import Cancelled as BaseCancelled
from workshop_kit.content.about_you import as_item
from workshop_kit.content.labels import label
from workshop_kit.content.model import Instrument, Item
from workshop_kit.records.model import WORKSHOP_KEY_LENGTH

__all__ = [
    "COLUMN_DESCRIPTIONS",
    "FIXED_COLUMNS",
    "NUMERIC_COLUMNS",
    "PREFER_NOT_CODE",
    "PREFER_NOT_LABELS",
    "WORKSHOP_KEY_LENGTH",
    "Cancelled",
    "Progress",
    "answer_items",
    "check_codes",
    "columns",
    "item_columns",
    "item_label",
    "prefer_not_label",
    "response_rows",
]

Progress = Callable[[int, int], None]

#: The code written for "prefer not to answer".
PREFER_NOT_CODE = -9
#: "Prefer not to answer" in the languages the toolkit ships; others fall back to English.
PREFER_NOT_LABELS = {
    "en": "Prefer not to answer",
    "ar": "أفضّل عدم الإجابة",
    "fr": "Préfère ne pas répondre",
}

FIXED_COLUMNS = (
    "row",
    "workshop",
    "site",
    "curriculum",
    "sessions",
    "language",
    "workshop_day",
    "phase",
    "pair",
    "instrument",
    "instrument_version",
    "entry_mode",
)
#: Fixed columns that hold whole numbers (every item column does too).
NUMERIC_COLUMNS = frozenset({"row", "pair", "instrument_version"})
#: What each fixed column holds, in English (SPSS variable labels); the XLSX about sheet
#: words them in its own language. Both come from the labels table (``column.<name>``).
COLUMN_DESCRIPTIONS = {column: label(f"column.{column}", "en") for column in FIXED_COLUMNS}

_CHECK_EVERY = 1000  # rows between progress reports and cancel checks
_MISSING = object()  # the response was not asked the item


class Cancelled(BaseCancelled):
    """The user cancelled an export; no file was written or replaced."""


def prefer_not_label(lang: str) -> str:
    return PREFER_NOT_LABELS.get(lang, PREFER_NOT_LABELS["en"])


def answer_items(instrument: Instrument) -> list[Item]:
    """The items that have a column: the survey's, then its "about you" items (as
    single-choice items; empty where not asked, as in the after survey)."""
    return [*instrument.items, *(as_item(about) for about in instrument.about_you)]


def item_columns(instrument: Instrument) -> list[str]:
    """The column name of each item (``answer_items``), in instrument order."""
    fixed = set(FIXED_COLUMNS)
    return [f"item_{i.id}" if i.id in fixed else i.id for i in answer_items(instrument)]


def item_label(item: Item, lang: str) -> str:
    """The item's wording in ``lang`` on one line; a block item follows its block's stem."""
    text = " ".join(item.text.get(lang).split())
    if item.block is not None:
        text = " ".join(f"{item.block.stem.get(lang)} {text}".split())
    return text


def check_codes(instrument: Instrument) -> None:
    """Refuse a survey whose options use ``PREFER_NOT_CODE``: the two could not be told apart."""
    for item in answer_items(instrument):
        if PREFER_NOT_CODE in item.scale.values:
            raise ValueError(
                f"survey '{instrument.id}': scale '{item.scale.id}' (item '{item.id}') uses "
                f"{PREFER_NOT_CODE} as an answer value, but exports write {PREFER_NOT_CODE} for "
                f"'prefer not to answer'; give that option another value in the survey file"
            )


def columns(instrument: Instrument) -> list[str]:
    return [*FIXED_COLUMNS, *item_columns(instrument)]


def _value_maps(instrument: Instrument, labelled: bool, lang: str) -> list[dict[Any, Any]]:
    """Per item: stored answer -> cell value (an answer not in the map is written as is)."""
    if not labelled:
        shared = {None: PREFER_NOT_CODE, _MISSING: ""}
        return [shared for _ in answer_items(instrument)]
    prefer_not = prefer_not_label(lang)
    maps = []
    for item in answer_items(instrument):
        mapping: dict[Any, Any] = {o.value: o.label.get(lang) for o in item.scale.options}
        mapping[None] = prefer_not
        mapping[_MISSING] = ""
        maps.append(mapping)
    return maps


def response_rows(
    dataset: Dataset,
    instrument: Instrument,
    *,
    labelled: bool = False,
    lang: str = "en",
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Iterator[list[Any]]:
    """The table's rows (without the header), as lists: numbers as ``int``, text as
    ``str``, an empty cell as ``""``. Raises ``Cancelled`` when ``cancelled()`` says so."""
    check_codes(instrument)
    item_ids = [item.id for item in answer_items(instrument)]
    maps = _value_maps(instrument, labelled, lang)
    shared = maps[0] if not labelled and maps else None
    shared_get = shared.get if shared is not None else None
    missing = repeat(_MISSING)  # map() takes only as many as there are items
    prefixes: dict[str, list[Any]] = {}
    total = len(dataset.rows)
    number = 0
    for done, row in enumerate(dataset.rows, start=1):
        if done % _CHECK_EVERY == 0:
            if cancelled is not None and cancelled():
                raise Cancelled()
            if progress is not None:
                progress(done, total)
        response = row.response
        if response.instrument_id != instrument.id:
            continue
        workshop = row.workshop
        prefix = prefixes.get(workshop.id)
        if prefix is None:
            prefix = prefixes[workshop.id] = [
                workshop.key,
                workshop.site,
                workshop.curriculum_id,
                "+".join(workshop.session_ids),
                workshop.language,
                workshop.day,
            ]
        answers = map(response.answers.get, item_ids, missing)
        if shared_get is not None:  # codes: one map for every item (the hot path)
            values = [shared_get(a, a) for a in answers]
        else:
            values = [m.get(a, a) for m, a in zip(maps, answers, strict=True)]
        number += 1
        yield [
            number,
            *prefix,
            response.phase,
            "" if row.pair is None else row.pair,
            response.instrument_id,
            response.instrument_version,
            response.entry_mode,
            *values,
        ]
    if cancelled is not None and cancelled():
        raise Cancelled()
    if progress is not None:
        progress(total, total)
