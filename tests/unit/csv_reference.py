"""The CSV writer as it was before lines were joined from cached field texts: the
reference the current writer must match byte for byte (``test_csv_bytes.py``). A copy,
frozen: do not change it with the exporter."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

from workshop_kit.analysis.dataset import Dataset
from workshop_kit.content.model import Instrument
from workshop_kit.exports.tables import (
    FIXED_COLUMNS,
    Progress,
    answer_items,
    columns,
    prefer_not_label,
    response_rows,
)
from workshop_kit.fileio import atomic_write_bytes

__all__ = ["csv_safe", "write_csv"]

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_SITE = FIXED_COLUMNS.index("site")
_FIRST_ITEM = len(FIXED_COLUMNS)


def csv_safe(value: Any) -> Any:
    """``value``, with a leading ``'`` if it is text a spreadsheet would run as a formula."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _risky_labels(instrument: Instrument, lang: str) -> dict[str, str]:
    """The answer labels a spreadsheet would run as formulas, and their safe form."""
    labels = {o.label.get(lang) for item in answer_items(instrument) for o in item.scale.options}
    labels.add(prefer_not_label(lang))
    return {label: csv_safe(label) for label in labels if csv_safe(label) != label}


def write_csv(
    dataset: Dataset,
    instrument: Instrument,
    path: Path,
    *,
    labelled: bool = False,
    lang: str = "en",
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write the responses to ``instrument`` in ``dataset`` to ``path``; return the row count.

    ``labelled`` writes option labels in ``lang`` instead of codes. Raises
    ``exports.Cancelled`` (leaving any existing file untouched) when ``cancelled()`` is true.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns(instrument))
    count = 0
    rows = response_rows(
        dataset, instrument, labelled=labelled, lang=lang, progress=progress, cancelled=cancelled
    )
    # Only free text can start like a formula: the site and, labelled, the answer labels.
    risky = _risky_labels(instrument, lang) if labelled else {}
    chunk: list[list[Any]] = []
    for row in rows:
        row[_SITE] = csv_safe(row[_SITE])
        if risky:
            row[_FIRST_ITEM:] = [risky.get(v, v) for v in row[_FIRST_ITEM:]]
        chunk.append(row)
        if len(chunk) >= 5000:
            writer.writerows(chunk)
            count += len(chunk)
            chunk.clear()
    writer.writerows(chunk)
    count += len(chunk)
    atomic_write_bytes(Path(path), buffer.getvalue().encode("utf-8-sig"))
    return count
