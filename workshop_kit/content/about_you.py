"""The optional ``about_you:`` block of an instrument (format: curricula/README.md).

"About you" items (sex, age band, ...) describe who answered, so results can be broken
down by respondent group. They are not scored and belong to no construct or indicator.
"Prefer not to say" is always offered: the app adds it, an author cannot list or remove it.
Every text must be written in every language of the instrument (a participant must be
able to read the question and each answer in the language of the workshop).
"""

from __future__ import annotations

from workshop_kit.content.model import AboutYou, Item, Option, Scale, Text
from workshop_kit.content.reader import FieldReader
from workshop_kit.content.yamlsource import SEQ, Node

__all__ = ["MAX_ABOUT_YOU", "MAX_OPTIONS", "as_item", "read_about_you"]

MAX_ABOUT_YOU = 5
MAX_OPTIONS = 8
_ITEM_KEYS = {"id": True, "name": True, "text": True, "options": True}
_OPTION_KEYS = {"value": True, "label": True}
_PREFER_NOT = ("prefer not", "rather not", "أفضّل عدم", "أفضل عدم", "préfère ne pas")


def read_about_you(r: FieldReader, node: Node | None, item_ids: set[str]) -> tuple[AboutYou, ...]:
    """The about-you items of ``node`` (None: the block is absent), problems into ``r``."""
    if node is None:
        return ()
    entries = r.items(node, "about_you")
    if node.kind == SEQ and not 1 <= len(entries) <= MAX_ABOUT_YOU:
        r.error(node.line, f"about_you needs 1 to {MAX_ABOUT_YOU} items, not {len(entries)}")
    found: list[AboutYou] = []
    seen: set[str] = set()
    for index, entry in enumerate(entries, start=1):
        fields = r.fields(entry, _ITEM_KEYS, f"about_you item #{index}")
        if fields is None:
            continue
        aid = r.field_ident(fields, "id", f"about_you item #{index} id")
        what = f"about_you item '{aid}'" if aid else f"about_you item #{index}"
        if aid is not None and (aid in seen or aid in item_ids):
            used = "another about_you item" if aid in seen else "a survey item"
            r.error(fields["id"].line, f"{what}: the id is already used by {used}")
            aid = None
        if aid is not None:
            seen.add(aid)
        name = _full_text(r, fields.get("name"), f"{what} name")
        text = _full_text(r, fields.get("text"), f"{what} text")
        options = _options(r, fields.get("options"), what)
        if aid is not None and name is not None and text is not None and options is not None:
            found.append(AboutYou(aid, name, text, options))
    return tuple(found)


def _full_text(r: FieldReader, node: Node | None, what: str) -> Text | None:
    """A text in every language of the instrument (a missing one is an error here)."""
    if node is None:
        return None
    before = len(r.problems)
    text = r.text(node, what)
    # The reader warns of a missing translation; here it is an error instead.
    r.problems[before:] = [p for p in r.problems[before:] if p.is_error]
    if text is None:
        return None
    missing = [lang for lang in r.languages if not text.has(lang)]
    if missing:
        r.error(
            node.line, f"{what} needs every language of the survey; missing: {', '.join(missing)}"
        )
        return None
    return text


def _options(r: FieldReader, node: Node | None, what: str) -> tuple[Option, ...] | None:
    if node is None:
        return None
    entries = r.items(node, f"{what} options")
    if node.kind != SEQ:
        return None
    ok = True
    if not 2 <= len(entries) <= MAX_OPTIONS:
        r.error(node.line, f"{what} needs 2 to {MAX_OPTIONS} options, not {len(entries)}")
        ok = False
    options: list[Option] = []
    seen: set[int] = set()
    for index, entry in enumerate(entries, start=1):
        fields = r.fields(entry, _OPTION_KEYS, f"{what} option #{index}")
        if fields is None:
            ok = False
            continue
        value = r.field_int(fields, "value", f"{what} option #{index} value", 1, 99)
        label = _full_text(r, fields.get("label"), f"{what} option #{index} label")
        if value is not None and value in seen:
            r.error(fields["value"].line, f"{what}: value {value} is used twice")
            value = None
        if label is not None and _is_prefer_not(label):
            r.error(
                fields["label"].line,
                f'{what}: do not list "prefer not to say"; the app always adds it itself',
            )
            label = None
        if value is None or label is None:
            ok = False
            continue
        seen.add(value)
        options.append(Option(value, label))
    return tuple(options) if ok else None


def _is_prefer_not(label: Text) -> bool:
    words = " ".join(label.values.values()).casefold()
    return any(p.casefold() in words for p in _PREFER_NOT)


def as_item(about: AboutYou) -> Item:
    """The about-you item as a single-choice survey item, for screens and forms that ask
    items one at a time. It is never put in ``Instrument.items``, so it is never scored."""
    return Item(about.id, about.text, Scale(about.id, "single-choice", about.options), "")
