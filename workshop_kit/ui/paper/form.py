"""What a facilitator types for one paper form, row by row (no Qt).

Rows come in the order of the paper form: the match-code questions, then the items, then
(on the before form) the "about you" items, numbered on from the last item. An item
is keyed by the position of the ticked option (1 = the first option printed on the form),
0 for "prefer not to answer", and left empty when the participant left it blank.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from workshop_kit.content.about_you import as_item
from workshop_kit.content.model import Instrument, Item

__all__ = ["BLANK", "PREFER_NOT_KEY", "Row", "differences", "item_value", "rows_for"]

PREFER_NOT_KEY = "0"
BLANK = object()  # left empty on the paper: not stored at all


@dataclass(frozen=True)
class Row:
    key: str  # "code:<element id>" or "item:<item id>"
    number: int  # as printed on the form
    item: Item | None = None
    code_kind: str | None = None  # "letter" | "number" for code rows
    code_element: str | None = None
    about: bool = False  # an "about you" item: 0 is "prefer not to say"


def rows_for(
    instrument: Instrument, code_elements: Sequence[tuple[str, str]], *, about_you: bool = False
) -> list[Row]:
    rows = [
        Row(f"code:{element}", number, code_kind=kind, code_element=element)
        for number, (element, kind) in enumerate(code_elements, start=1)
    ]
    rows += [
        Row(f"item:{item.id}", number, item=item)
        for number, item in enumerate(instrument.items, start=1)
    ]
    if about_you:
        first = len(instrument.items) + 1
        rows += [
            Row(f"item:{about.id}", number, item=as_item(about), about=True)
            for number, about in enumerate(instrument.about_you, start=first)
        ]
    return rows


def item_value(item: Item, typed: str) -> int | object | None:
    """The stored value for what was typed: an option value, None for prefer-not, or
    :data:`BLANK`. Raises ValueError for a key that is not on the form."""
    typed = typed.strip()
    if not typed:
        return BLANK
    if typed == PREFER_NOT_KEY:
        return None
    if typed.isdigit() and 1 <= int(typed) <= len(item.scale.options):
        return item.scale.options[int(typed) - 1].value
    raise ValueError(f"type 1 to {len(item.scale.options)}, or 0 for prefer not to answer")


def differences(first: Mapping[str, str], second: Mapping[str, str]) -> list[str]:
    """Row keys whose typed text differs between two keyings of the same form."""
    keys = list(dict.fromkeys([*first, *second]))
    return [
        k
        for k in keys
        if first.get(k, "").strip().casefold() != second.get(k, "").strip().casefold()
    ]
