"""Survey instruments: load and check ``instruments/*.yaml`` (format: curricula/README.md).

Every problem names the file and line. A broken instrument is reported and not offered for
surveys; its id still counts as existing, so a session that names it is not also reported.
"""

from __future__ import annotations

from pathlib import Path

from workshop_kit.content.about_you import read_about_you
from workshop_kit.content.files import INSTRUMENTS_FOLDER
from workshop_kit.content.model import SCALE_TYPES, Block, Instrument, Item, Option, Scale
from workshop_kit.content.problems import Problem
from workshop_kit.content.reader import FieldReader, close_matches, optional, read_languages
from workshop_kit.content.yamlsource import MAP, SCALAR, SEQ, Node, YamlError, read_yaml

__all__ = ["INSTRUMENTS_FOLDER", "find_instruments", "load_instrument"]

_MAX_ITEMS = 50
_INSTRUMENT_KEYS = {
    "id": True,
    "version": True,
    "languages": True,
    "default_language": True,
    "title": True,
    "intro": True,
    "thanks": False,
    "scales": True,
    "blocks": False,
    "items": True,
    "about_you": False,
}
_SCALE_KEYS = {"type": True, "options": True}
_OPTION_KEYS = {"value": True, "label": True}
_BLOCK_KEYS = {"id": True, "stem": True}
_ITEM_KEYS = {
    "id": True,
    "text": True,
    "scale": True,
    "construct": True,
    "reverse": False,
    "block": False,
}
_YES_NO_DK = (1, 0, 9)


def load_instrument(path: Path) -> tuple[Instrument | None, str | None, list[Problem]]:
    """Load one instrument file: (instrument or None, its id if readable, problems)."""
    try:
        root, duplicates = read_yaml(path)
    except YamlError as exc:
        return None, None, [exc.problem]
    r = FieldReader(path)
    r.problems += duplicates
    if root is None:
        r.error(1, "the file is empty")
        return None, None, r.problems
    fields = r.fields(root, _INSTRUMENT_KEYS, "the instrument")
    if fields is None:
        return None, None, r.problems
    languages = read_languages(r, fields)
    default = optional(fields, "default_language", lambda n: n.value)
    if default is not None and default not in languages:
        r.error(
            fields["default_language"].line,
            f"default_language '{default}' is not one of the languages ({', '.join(languages)})",
        )
    r.languages, r.default = languages, default if default in languages else "en"
    iid = optional(fields, "id", lambda n: r.ident(n, "id"))
    version = optional(fields, "version", lambda n: r.integer(n, "version", 1, 10**6))
    title = optional(fields, "title", lambda n: r.text(n, "title"))
    intro = optional(fields, "intro", lambda n: r.text(n, "intro"))
    thanks = optional(fields, "thanks", lambda n: r.text(n, "thanks"))
    scales = _scales(r, fields.get("scales"))
    blocks = _blocks(r, fields.get("blocks"))
    items = _items(r, fields.get("items"), scales, blocks)
    about_you = read_about_you(r, fields.get("about_you"), {i.id for i in items})
    if any(p.is_error for p in r.problems):
        return None, iid, r.problems
    if iid is None or version is None or title is None or intro is None:
        return None, iid, r.problems  # each of them missing or wrong is an error above
    instrument = Instrument(
        iid, version, languages, r.default, title, intro, items, path, thanks, about_you
    )
    return instrument, iid, r.problems


def _scales(r: FieldReader, node: Node | None) -> dict[str, Scale]:
    scales: dict[str, Scale] = {}
    if node is None:
        return scales
    if node.kind != MAP or not node.value:
        r.error(node.line, "scales must list at least one named scale ('agree3: ...')")
        return scales
    for name, scale_node in node.value.items():
        what = f"scale '{name}'"
        fields = r.fields(scale_node, _SCALE_KEYS, what)
        if fields is None or r.ident(Node(SCALAR, name, node.key_lines[name]), what) is None:
            continue
        kind = optional(fields, "type", lambda n: n.value)
        if "type" in fields and kind not in SCALE_TYPES:
            hint = close_matches(str(kind), SCALE_TYPES)
            hint_text = f" (did you mean '{hint[0]}'?)" if hint else ""
            r.error(
                fields["type"].line,
                f"{what}: unknown type '{kind}'{hint_text}; allowed: {', '.join(SCALE_TYPES)}",
            )
            continue
        options = _options(r, fields.get("options"), what)
        if kind is None or options is None:
            continue
        low, high = SCALE_TYPES[kind]
        if not low <= len(options) <= high:
            count = f"{low}" if low == high else f"{low} to {high}"
            r.error(
                fields["options"].line,
                f"{what}: a {kind} scale needs {count} options, not {len(options)}",
            )
            continue
        values = [o.value for o in options]
        if kind.startswith("agreement") and values != sorted(values):
            r.error(
                fields["options"].line,
                f"{what}: list agreement options from disagree to agree, with rising values",
            )
            continue
        if kind == "yes-no-dk" and tuple(values) != _YES_NO_DK:
            r.error(
                fields["options"].line,
                f"{what}: yes-no-dk options are yes 1, no 0, don't know 9, in that order",
            )
            continue
        scales[name] = Scale(name, kind, options)
    return scales


def _options(r: FieldReader, node: Node | None, what: str) -> tuple[Option, ...] | None:
    if node is None:
        return None
    options: list[Option] = []
    seen: set[int] = set()
    ok = True
    for index, item in enumerate(r.items(node, f"{what} options"), start=1):
        fields = r.fields(item, _OPTION_KEYS, f"{what} option #{index}")
        if fields is None:
            ok = False
            continue
        value = r.field_int(fields, "value", f"{what} option value", -99, 99)
        label = r.field_text(fields, "label", f"{what} option #{index} label")
        if value is not None and value in seen:
            r.error(fields["value"].line, f"{what}: value {value} is used twice")
            ok = False
        if value is None or label is None:
            ok = False
            continue
        seen.add(value)
        options.append(Option(value, label))
    return tuple(options) if ok and node.kind == SEQ else None


def _blocks(r: FieldReader, node: Node | None) -> dict[str, Block]:
    blocks: dict[str, Block] = {}
    for index, item in enumerate(r.items(node, "blocks") if node is not None else [], 1):
        fields = r.fields(item, _BLOCK_KEYS, f"block #{index}")
        if fields is None:
            continue
        bid = r.field_ident(fields, "id", f"block #{index} id")
        stem = r.field_text(fields, "stem", f"block '{bid}' stem")
        if bid in blocks:
            r.error(fields["id"].line, f"block id '{bid}' is used twice")
        elif bid is not None and stem is not None:
            blocks[bid] = Block(bid, stem)
    return blocks


def _items(
    r: FieldReader, node: Node | None, scales: dict[str, Scale], blocks: dict[str, Block]
) -> tuple[Item, ...]:
    if node is None:
        return ()
    entries = r.items(node, "items")
    if node.kind == SEQ and not 1 <= len(entries) <= _MAX_ITEMS:
        r.error(node.line, f"an instrument needs 1 to {_MAX_ITEMS} items, not {len(entries)}")
    items: list[Item] = []
    seen: set[str] = set()
    for index, entry in enumerate(entries, start=1):
        fields = r.fields(entry, _ITEM_KEYS, f"item #{index}")
        if fields is None:
            continue
        iid = r.field_ident(fields, "id", f"item #{index} id")
        label = f"item '{iid}'" if iid else f"item #{index}"
        if iid is not None:
            if iid in seen:
                r.error(fields["id"].line, f"item id '{iid}' is used twice")
                continue
            seen.add(iid)
        text = r.field_text(fields, "text", f"{label} text")
        construct = r.field_ident(fields, "construct", f"{label} construct")
        scale = _reference(r, fields.get("scale"), scales, f"{label} scale", "scale")
        block = _reference(r, fields.get("block"), blocks, f"{label} block", "block")
        reverse = optional(fields, "reverse", lambda n: n.value)
        if reverse is not None and not isinstance(reverse, bool):
            r.error(fields["reverse"].line, f"{label} reverse must be true or false")
            continue
        if iid is None or text is None or construct is None or scale is None:
            continue
        if "block" in fields and block is None:
            continue
        items.append(Item(iid, text, scale, construct, bool(reverse), block))
    return tuple(items)


def _reference(r: FieldReader, node: Node | None, known: dict, what: str, kind: str):
    if node is None:
        return None
    name = node.raw if node.kind == SCALAR else None
    if name in known:
        return known[name]
    names = ", ".join(sorted(known)) or "none"
    r.error(node.line, f"{what}: there is no {kind} '{name}' (defined: {names})")
    return None


def find_instruments(root: Path) -> tuple[dict[str, Path], list[Instrument], list[Problem]]:
    """The instruments in ``root/instruments/*.yaml``: every readable id with its file
    (broken ones included), the instruments that loaded, and the problems found."""
    found: dict[str, Path] = {}
    loaded: list[Instrument] = []
    problems: list[Problem] = []
    folder = root / INSTRUMENTS_FOLDER
    if not folder.is_dir():
        return found, loaded, problems
    for path in sorted(folder.glob("*.yaml")):
        instrument, iid, file_problems = load_instrument(path)
        problems += file_problems
        if iid is None:
            continue
        if iid in found:
            problems.append(
                Problem(path, 1, f"instrument id '{iid}' is already used by {found[iid]}")
            )
            continue
        found[iid] = path
        if instrument is not None:
            loaded.append(instrument)
    return found, loaded, problems
