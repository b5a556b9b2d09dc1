"""The codebook: what every item column of an export means, in every language.

A plain table (CSV, and the ``codebook`` sheet of the XLSX export), one row per item and
option, plus one ``-9`` row per item for "prefer not to answer". Columns: ``item_id``,
``column`` (the item's column in the response table), ``construct``, ``reverse``
(``yes`` for reverse-worded items: a higher value means *less* of the construct),
``block``, ``stem_<lang>`` and ``text_<lang>`` per instrument language, ``scale``,
``scale_type``, ``value``, ``label_<lang>`` per language.

Texts are written as the author wrote them in each language, *without* falling back to
the default language, so a missing translation shows as an empty cell. Line breaks inside
a text become spaces: one row, one line.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from workshop_kit.content.model import Instrument, Text
from workshop_kit.exports.tables import (
    PREFER_NOT_CODE,
    answer_items,
    check_codes,
    item_columns,
    prefer_not_label,
)
from workshop_kit.fileio import atomic_write_bytes

__all__ = ["codebook_header", "codebook_rows", "write_codebook"]


def _own(text: Text | None, lang: str) -> str:
    """``text`` as written in ``lang`` (no fallback), on one line."""
    if text is None or not text.has(lang):
        return ""
    return " ".join(text.values[lang].split())


def codebook_header(instrument: Instrument) -> list[str]:
    langs = instrument.languages
    return [
        "item_id",
        "column",
        "construct",
        "reverse",
        "block",
        *(f"stem_{lang}" for lang in langs),
        *(f"text_{lang}" for lang in langs),
        "scale",
        "scale_type",
        "value",
        *(f"label_{lang}" for lang in langs),
    ]


def codebook_rows(instrument: Instrument) -> list[list[Any]]:
    """The codebook's rows (without the header); values are numbers, the rest text."""
    check_codes(instrument)
    langs = instrument.languages
    rows: list[list[Any]] = []
    for item, column in zip(answer_items(instrument), item_columns(instrument), strict=True):
        stem = item.block.stem if item.block is not None else None
        start = [
            item.id,
            column,
            item.construct,
            "yes" if item.reverse else "no",
            item.block.id if item.block is not None else "",
            *(_own(stem, lang) for lang in langs),
            *(_own(item.text, lang) for lang in langs),
            item.scale.id,
            item.scale.type,
        ]
        for option in item.scale.options:
            rows.append([*start, option.value, *(_own(option.label, lang) for lang in langs)])
        rows.append([*start, PREFER_NOT_CODE, *(prefer_not_label(lang) for lang in langs)])
    return rows


def write_codebook(instrument: Instrument, path: Path) -> None:
    """Write the codebook of ``instrument`` to ``path`` as CSV (UTF-8 with BOM, for Excel)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(codebook_header(instrument))
    writer.writerows(codebook_rows(instrument))
    atomic_write_bytes(Path(path), buffer.getvalue().encode("utf-8-sig"))
