"""SPSS syntax that reads the coded CSV export and labels it.

The ``.sps`` file holds ``GET DATA`` for the CSV (UTF-8, comma-delimited, header skipped),
``VARIABLE LABELS`` (item wording in the chosen language; a block item's label is the block
stem followed by the item), ``VALUE LABELS`` (every option and ``-9`` "prefer not to
answer"), ``MISSING VALUES`` (``-9`` on every item, and ``9`` "don't know" on yes/no/don't
know items), ``VARIABLE LEVEL`` (agreement scales ordinal, the rest nominal) and a comment
listing the reverse-worded items.

Decisions:

- The file is UTF-8 without a byte-order mark and starts with ``* Encoding: UTF-8.``, the
  line SPSS Statistics reads to open syntax as Unicode; lines end in CRLF.
- "Don't know" (``9`` on yes/no/don't know items) is declared **missing**, so that SPSS never
  averages it as a number above "yes". It is still an answer: Workshop Kit counts it as
  not yes (in the share answering yes, the indicator, McNemar's test and the scores; see
  ``analysis.summary``), and the syntax says so in a comment with the ``RECODE`` that
  reproduces that (``9`` to ``0`` into new variables), which a user-missing value allows.
- Reverse-worded items are listed but **not** recoded: the CSV's codes stay the codes the
  participants chose, and the analyst decides how to score them.
- SPSS limits a variable label to 255 bytes and a value label to 120 bytes; longer labels
  are cut on a UTF-8 character boundary and end in "…". Labels are written as quoted
  pieces of at most 100 bytes joined by ``+``, because a syntax line may be no longer
  than 256 bytes.
- Variable names follow SPSS's rules: an item id with ``-``, a leading digit or the name of
  a reserved word (``to``, ``all``, ...) is renamed (``-`` becomes ``_``; ``v_`` in front);
  the codebook's ``column`` is the CSV name, and ``GET DATA`` reads by position.
"""

from __future__ import annotations

import re
from pathlib import Path

from workshop_kit.analysis.scales import DONT_KNOW
from workshop_kit.content.model import Instrument
from workshop_kit.exports.tables import (
    COLUMN_DESCRIPTIONS,
    FIXED_COLUMNS,
    NUMERIC_COLUMNS,
    PREFER_NOT_CODE,
    WORKSHOP_KEY_LENGTH,
    answer_items,
    check_codes,
    item_columns,
    item_label,
    prefer_not_label,
)
from workshop_kit.fileio import atomic_write_text

__all__ = [
    "VALUE_LABEL_BYTES",
    "VARIABLE_LABEL_BYTES",
    "spss_names",
    "truncate_utf8",
    "write_sps",
]

VARIABLE_LABEL_BYTES = 255
VALUE_LABEL_BYTES = 120
_PIECE_BYTES = 100
_ELLIPSIS = "…"
_RESERVED = {"all", "and", "by", "eq", "ge", "gt", "le", "lt", "ne", "not", "or", "to", "with"}
_NAME_MAX = 64
# Widths in bytes: a site is at most 80 characters, up to 4 bytes each in UTF-8.
_TEXT_WIDTHS = {
    "workshop": WORKSHOP_KEY_LENGTH,  # text (A), never a number
    "site": 320,
    "curriculum": 64,
    "sessions": 2048,
    "language": 16,
    "workshop_day": 10,
    "phase": 4,
    "instrument": 64,
    "entry_mode": 8,
}
_ORDINAL_SCALES = {"agreement-3", "agreement-5"}


def truncate_utf8(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` bytes of UTF-8, never inside a character."""
    if len(text.encode("utf-8")) <= limit:
        return text
    room = limit - len(_ELLIPSIS.encode("utf-8"))
    return text.encode("utf-8")[:room].decode("utf-8", errors="ignore").rstrip() + _ELLIPSIS


def _quoted(text: str) -> str:
    """``text`` as an SPSS string literal, split into ``+``-joined pieces of short lines."""
    pieces, piece = [], ""
    for ch in text:
        if len((piece + ch).encode("utf-8")) > _PIECE_BYTES:
            cut = piece.rfind(" ") + 1  # break after a space when there is one late enough
            cut = cut if cut > len(piece) // 2 else len(piece)
            pieces.append(piece[:cut])
            piece = piece[cut:]
        piece += ch
    pieces.append(piece)
    return " +\n      ".join("'" + p.replace("'", "''") + "'" for p in pieces)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def spss_names(instrument: Instrument) -> list[str]:
    """A valid, unique SPSS variable name for each item, in instrument order."""
    taken = {c.lower() for c in FIXED_COLUMNS}
    names = []
    for column in item_columns(instrument):
        name = re.sub(r"[^A-Za-z0-9_.]", "_", column)
        if not name[0].isalpha() or name.lower() in _RESERVED:
            name = "v_" + name
        name = name[:_NAME_MAX]
        base, n = name, 2
        while name.lower() in taken:
            suffix = f"_{n}"
            name = base[: _NAME_MAX - len(suffix)] + suffix
            n += 1
        taken.add(name.lower())
        names.append(name)
    return names


def _wrap(words: list[str], indent: str = "  ", width: int = 90) -> list[str]:
    lines, line = [], indent
    for word in words:
        if len(line) + len(word) + 1 > width and line.strip():
            lines.append(line.rstrip())
            line = indent
        line += word + " "
    lines.append(line.rstrip())
    return lines


def write_sps(instrument: Instrument, path: Path, *, csv_name: str, lang: str = "en") -> None:
    """Write SPSS syntax reading ``csv_name`` (the coded CSV export) to ``path``."""
    if any(ch in csv_name for ch in "\r\n"):
        raise ValueError(f"the CSV file name must be one line, got {csv_name!r}")
    check_codes(instrument)
    names = spss_names(instrument)
    items = list(zip(answer_items(instrument), names, strict=True))
    title = truncate_utf8(_one_line(instrument.title.get(lang)), 120)
    out = [
        "* Encoding: UTF-8.",
        f"* Workshop Kit: SPSS syntax for the response table {truncate_utf8(csv_name, 120)} .",
        f"* Survey {instrument.id} version {instrument.version}: {title} .",
        "* Run it with the CSV file in the SPSS working folder, or write its full path in /FILE.",
        f"* Items: the option value; {PREFER_NOT_CODE} = prefer not to answer (missing);"
        f" {DONT_KNOW} = don't know on yes/no items (missing); empty = not asked.",
        *_about_you_note(instrument),
        "",
        "GET DATA",
        "  /TYPE=TXT",
        f"  /FILE={_quoted(csv_name)}",
        "  /ENCODING='UTF8'",
        "  /ARRANGEMENT=DELIMITED",
        "  /DELCASE=LINE",
        "  /FIRSTCASE=2",
        '  /DELIMITERS=","',
        "  /QUALIFIER='\"'",
        "  /VARIABLES=",
    ]
    for column in FIXED_COLUMNS:
        fmt = "F8.0" if column in NUMERIC_COLUMNS else f"A{_TEXT_WIDTHS[column]}"
        out.append(f"    {column} {fmt}")
    out += [f"    {name} F8.0" for name in names]
    out += [".", "", "VARIABLE LABELS"]
    labels = [(c, COLUMN_DESCRIPTIONS[c]) for c in FIXED_COLUMNS]
    labels += [(name, item_label(item, lang)) for item, name in items]
    for i, (name, text) in enumerate(labels):
        label = truncate_utf8(text, VARIABLE_LABEL_BYTES)
        out.append(f"  {'/' if i else ''}{name} {_quoted(label)}")
    out += [".", "", "VALUE LABELS"]
    prefer_not = truncate_utf8(prefer_not_label(lang), VALUE_LABEL_BYTES)
    for i, (item, name) in enumerate(items):
        out.append(f"  {'/' if i else ''}{name}")
        for option in item.scale.options:
            label = truncate_utf8(_one_line(option.label.get(lang)), VALUE_LABEL_BYTES)
            out.append(f"    {option.value} {_quoted(label)}")
        out.append(f"    {PREFER_NOT_CODE} {_quoted(prefer_not)}")
    dont_know = [n for item, n in items if item.scale.type == "yes-no-dk"]
    others = [n for item, n in items if item.scale.type != "yes-no-dk"]
    out += [".", "", "MISSING VALUES"]
    groups = [(others, f"({PREFER_NOT_CODE})"), (dont_know, f"({PREFER_NOT_CODE}, {DONT_KNOW})")]
    parts = [(group, codes) for group, codes in groups if group]
    for i, (group, codes) in enumerate(parts):
        out += _wrap([*(["/"] if i else []), *group, codes])
    out[-1] += "."
    out.append("")
    if dont_know:
        out += [
            f"* {DONT_KNOW} = don't know is declared missing: it is never averaged as a number.",
            "* Workshop Kit counts it as not yes (the DHS convention). To do the same:",
        ]
        for name in dont_know:
            new = name[: _NAME_MAX - 4] + "_dk0"
            out.append(
                f"* RECODE {name} ({DONT_KNOW}=0) (ELSE=COPY) INTO {new}."
                f" MISSING VALUES {new} ({PREFER_NOT_CODE}) ."
            )
        out.append("")
    ordinal = [n for item, n in items if item.scale.type in _ORDINAL_SCALES]
    nominal = [n for item, n in items if item.scale.type not in _ORDINAL_SCALES]
    levels = [(ordinal, "ORDINAL"), (nominal, "NOMINAL")]
    parts = [(group, level) for group, level in levels if group]
    if parts:
        out.append("VARIABLE LEVEL")
        for i, (group, level) in enumerate(parts):
            out += _wrap([*(["/"] if i else []), *group, f"({level})"])
        out += [".", ""]
    reverse = [name for item, name in items if item.reverse]
    if reverse:
        out.append("* Reverse-worded items (a higher value means less of the construct).")
        out.append("* They are NOT recoded here: reverse them yourself before adding items up.")
        out += ["* " + line.strip() + " ." for line in _wrap(reverse)]
    else:
        out.append("* No item of this survey is reverse-worded.")
    out += ["", "EXECUTE.", ""]
    atomic_write_text(Path(path), "\r\n".join(out))


def _about_you_note(instrument: Instrument) -> list[str]:
    if not instrument.about_you:
        return []
    names = ", ".join(a.id for a in instrument.about_you)
    return [
        f"* About you ({names}): asked in the before survey only, never scored;"
        f" {PREFER_NOT_CODE} = prefer not to say (missing).",
    ]
