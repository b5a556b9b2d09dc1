"""The response table as a CSV file that Excel, SPSS, R and Python all open.

Decisions:

- UTF-8 with a byte-order mark (``utf-8-sig``): without it Excel on Windows reads the file
  in the local code page and Arabic turns into question marks. ``\\r\\n`` line ends, as
  the CSV standard (RFC 4180) and Excel expect; fields are quoted only when needed.
- Written all at once (``fileio.atomic_write_bytes``): the rows are built in memory first,
  so a failed or cancelled export leaves no partial file and never replaces the old one.
  100,000 responses are a few megabytes. With codes (the usual export) each line is
  joined from texts worked out once per distinct value by ``csv.writer`` itself (a
  workshop's columns once per workshop, each answer code once), so the bytes are those
  of writing every row through ``csv.writer`` (``tests/unit/test_csv_bytes.py``) without
  its per-cell work; the labelled variant still writes row by row.
- A text cell starting with ``=``, ``+``, ``-``, ``@`` or a tab (a site someone typed, a
  label from imported content) gets a leading ``'`` so that a spreadsheet shows it rather
  than running it as a formula ("CSV injection"). Codes are numbers and never change.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from itertools import repeat
from pathlib import Path
from typing import Any

from workshop_kit.analysis.dataset import Dataset
from workshop_kit.content.model import Instrument
from workshop_kit.exports.tables import (
    _CHECK_EVERY,
    _MISSING,
    FIXED_COLUMNS,
    PREFER_NOT_CODE,
    Cancelled,
    Progress,
    answer_items,
    check_codes,
    columns,
    prefer_not_label,
    response_rows,
)
from workshop_kit.fileio import atomic_write_bytes

__all__ = ["csv_safe", "write_csv"]

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_SITE = FIXED_COLUMNS.index("site")
_FIRST_ITEM = len(FIXED_COLUMNS)
_NOT_ASKED = _MISSING  # the item was not in the response's instrument version


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
    if not labelled:
        return _write_codes(dataset, instrument, Path(path), progress, cancelled)
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


class _Fields(dict[Any, str]):
    """Value -> the text ``csv.writer`` writes for it as one field of a row (quoted only
    when needed), each worked out once by the writer itself."""

    def __init__(self, before: str = "") -> None:
        super().__init__()
        self._before = before  # put in front of each text
        self._buffer = io.StringIO()
        self._writer = csv.writer(self._buffer, lineterminator="\r\n")

    def __missing__(self, value: Any) -> str:
        self._buffer.seek(0)
        self._buffer.truncate()
        self._writer.writerow([value, 0])  # not alone in its row: "" is written as nothing
        text = self._before + self._buffer.getvalue()[: -len(",0\r\n")]
        self[value] = text
        return text


def _write_codes(
    dataset: Dataset,
    instrument: Instrument,
    path: Path,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
) -> int:
    """``write_csv`` with codes: the same bytes as the rows of ``response_rows`` through
    ``csv.writer``, but each line is joined from texts worked out once per distinct value
    (a workshop's columns once per workshop, an answer code once per code)."""
    check_codes(instrument)
    fields = _Fields()
    head = fields.__getitem__
    lines = [",".join(map(head, columns(instrument))) + "\r\n"]
    item_ids = [item.id for item in answer_items(instrument)]
    # what response_rows writes for an answer: the code, -9 for prefer not, "" not asked
    answer_text = _Fields(",")  # each with the comma before it
    answer_text[None] = "," + head(PREFER_NOT_CODE)
    answer_text[_NOT_ASKED] = ","
    text_of = answer_text.__getitem__
    missing = repeat(_NOT_ASKED)
    prefixes: dict[str, str] = {}
    middles: dict[tuple, tuple[str, str]] = {}
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
            prefix = prefixes[workshop.id] = ",".join(
                map(
                    head,
                    (
                        workshop.key,
                        csv_safe(workshop.site),
                        workshop.curriculum_id,
                        "+".join(workshop.session_ids),
                        workshop.language,
                        workshop.day,
                    ),
                )
            )
        shape = (response.phase, response.instrument_id, response.instrument_version,
                 response.entry_mode)  # fmt: skip
        middle = middles.get(shape)
        if middle is None:  # the fields on either side of the pair number
            middle = middles[shape] = (head(shape[0]), ",".join(map(head, shape[1:])))
        number += 1
        answers = "".join(map(text_of, map(response.answers.get, item_ids, missing)))
        pair = "" if row.pair is None else head(row.pair)
        lines.append(f"{number},{prefix},{middle[0]},{pair},{middle[1]}{answers}\r\n")
    if cancelled is not None and cancelled():
        raise Cancelled()
    if progress is not None:
        progress(total, total)
    atomic_write_bytes(path, "".join(lines).encode("utf-8-sig"))
    return number
