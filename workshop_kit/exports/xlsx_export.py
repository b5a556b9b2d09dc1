"""An Excel workbook: the responses, a summary that passed disclosure control, the codebook.

Sheets, in order:

- ``responses``: the response table of ``tables`` with codes, as in the CSV export (numbers
  as numbers, text as text, not asked as an empty cell).
- ``summary``: from ``analysis`` results, which have already passed disclosure control.
  A hidden number is written as text by the rule of ``disclosure.suppressed_text`` ("fewer
  than k" when the whole line or sample is below k, "hidden" otherwise), in the export's
  language; a line's own total below k reads "fewer than k" too. Sections: answers by
  item and phase; share agreeing; before vs after in matched pairs (tests, mean change, 95%
  interval); construct scores; Cronbach's alpha per construct and phase with its n
  (``analysis.reliability``: words, and no n, below 10 complete cases or k); indicators.
- ``codebook``: the same table as the codebook CSV.
- ``about``: the survey, the filters, k, the counts, and a sentence saying that the
  responses sheet is individual-level data with no identifiers.

Every fixed word (section titles, the summary's headers, "hidden", "fewer than k", the
about sheet) comes from the one table of document labels (``content.labels``, ``xlsx.*``,
``column.*``) in the export's language. The responses sheet's headers are variable names
and stay as they are in every language, as in the CSV and SPSS exports.

Decisions:

- Every sheet reads right to left when the export language is written right to left.
- Text is always stored as text: a site or label starting with ``=`` is never a formula.
- openpyxl (write-only) builds the workbook, but the ``responses`` rows are serialised
  here, straight into the saved file: openpyxl's pure-Python XML writer (without lxml) took
  about 27 s for 100,000 responses x 30 columns on the project's test machine; this takes
  about 3 s.
  openpyxl writes the sheet with its header row (bold, frozen) and this module adds the
  rows before ``</sheetData>``.
- The workbook is built in memory and written with ``fileio.atomic_write_bytes``: a
  failed or cancelled export leaves no partial file and never replaces the old one.
"""

from __future__ import annotations

import datetime
import io
import math
import posixpath
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.etree import ElementTree
from xml.sax.saxutils import escape

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from workshop_kit.analysis import reliability
from workshop_kit.analysis.dataset import Dataset
from workshop_kit.analysis.disclosure import TOTAL, Cell
from workshop_kit.analysis.intervals import INTERVAL_TEXT
from workshop_kit.analysis.results import AlphaResult, PairedResult, Results
from workshop_kit.content.labels import label
from workshop_kit.content.model import Instrument
from workshop_kit.exports.codebook import codebook_header, codebook_rows
from workshop_kit.exports.tables import (
    FIXED_COLUMNS,
    PREFER_NOT_CODE,
    Progress,
    check_codes,
    columns,
    item_label,
    prefer_not_label,
    response_rows,
)
from workshop_kit.fileio import atomic_write_bytes
from workshop_kit.languages import is_rtl, native_name
from workshop_kit.records.model import today, workshop_code, workshop_key

if TYPE_CHECKING:
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

__all__ = ["SHEETS", "write_xlsx"]

SHEETS = ("responses", "summary", "codebook", "about")

_BOLD = Font(bold=True)
_SHARE_FORMAT = "0.0%"
_NUMBER_FORMAT = "0.00"
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_ROWS_PER_WRITE = 2000
_WIDTHS = {"site": 24, "sessions": 16, "workshop_day": 12, "instrument": 14, "entry_mode": 10}
_SUMMARY_WIDTHS = (12, 40, 8, 8, 8, 30, 10, 10, 12, 10, 12, 12, 30)
_RELS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"

# Filters by name -> the label that names them (see ``Filters.describe``).
_FILTER_LABELS = {
    "curriculum_id": "report.filter.curriculum",
    "instrument_id": "report.filter.instrument",
    "site": "report.filter.site",
    "language": "report.filter.language",
    "workshop_id": "report.filter.workshop",
    "day_from": "xlsx.about.day_from",
    "day_to": "xlsx.about.day_to",
}


class _Words:
    """The fixed words of one workbook, from the labels table in its language, and how a
    hidden number reads (the rule of ``disclosure.suppressed_text``, in that language)."""

    def __init__(self, lang: str, k: int) -> None:
        self.lang, self.k = lang, k
        self.fewer = label("report.fewer", lang, k=k)
        self.hidden = label("report.hidden", lang)

    def __call__(self, key: str, **values: object) -> str:
        return label(key, self.lang, **values)

    def header(self, names: Iterable[str]) -> list[str]:
        return [self(f"xlsx.col.{name}") for name in names]

    def suppressed(self, cell: Cell) -> str:
        """What stands in place of a hidden cell: ``""`` when it is shown."""
        if cell.shown:
            return ""
        return self.fewer if cell.reason == TOTAL else self.hidden


# ----------------------------------------------------------------------------- cells


def _text_cell(ws: WriteOnlyWorksheet, value: str, font: Font | None = None) -> Any:
    """A cell that stays text even when ``value`` looks like a formula or an error."""
    value = _ILLEGAL_XML.sub("", value)
    if font is None and not value.startswith("=") and value not in ERROR_CODES:
        return value
    cell = WriteOnlyCell(ws, value=value)
    cell.data_type = "s"
    if font is not None:
        cell.font = font
    return cell


def _row(ws: WriteOnlyWorksheet, values: Iterable[Any]) -> list[Any]:
    return [_text_cell(ws, v) if isinstance(v, str) else v for v in values]


def _bold(ws: WriteOnlyWorksheet, values: Iterable[Any]) -> list[Any]:
    return [_text_cell(ws, str(v), _BOLD) for v in values]


def _number(ws: WriteOnlyWorksheet, value: float | int | None, fmt: str) -> Any:
    if value is None or not math.isfinite(value):  # Excel has no NaN: leave the cell empty
        return None
    cell = WriteOnlyCell(ws, value=value)
    cell.number_format = fmt
    return cell


def _cell(ws: WriteOnlyWorksheet, cell: Cell | None, say: _Words, fmt: str) -> Any:
    """A disclosure-controlled number, or the text that stands for it."""
    if cell is None:
        return None
    if cell.shown:
        return _number(ws, cell.value, fmt)
    return say.suppressed(cell)


def _n(n: int, say: _Words) -> int | str:
    """A line's total: hidden below k (a zero says nothing about anyone)."""
    return n if n == 0 or n >= say.k else say.fewer


# ----------------------------------------------------------------------------- summary


def _paired_rows(
    ws: WriteOnlyWorksheet,
    kind: str,
    ident: str,
    text: str,
    outcome: str,
    paired: PairedResult | None,
    say: _Words,
) -> Iterator[list[Any]]:
    if paired is None:
        return
    start = [kind, ident, text, say(outcome), _n(paired.n_pairs, say)]
    if not paired.shown:
        hidden = say.suppressed(paired.mean_change) or say.fewer
        yield _row(ws, [*start, "", "", None, hidden, None, None, say("xlsx.withheld")])
        return
    change = _cell(ws, paired.mean_change, say, _NUMBER_FORMAT)
    shown = paired.mean_change.shown
    low = _number(ws, paired.ci_low, _NUMBER_FORMAT) if shown else None
    high = _number(ws, paired.ci_high, _NUMBER_FORMAT) if shown else None
    has_ci = shown and paired.ci_low is not None and paired.ci_method in INTERVAL_TEXT
    interval = f"95% CI: {INTERVAL_TEXT[paired.ci_method]}" if has_ci else ""
    for test in paired.tests:
        yield [
            *_row(ws, [*start, test.name, test.method_text]),
            _text_cell(ws, test.band),
            change,
            low,
            high,
            _text_cell(ws, "; ".join(filter(None, (test.note, interval)))),
        ]


def _alpha(ws: WriteOnlyWorksheet, alpha: AlphaResult | None, say: _Words) -> list[Any]:
    """Cronbach's alpha (2 decimals) and its perturbed n; below the threshold only words
    (``analysis.reliability``), and no n."""
    if alpha is None:
        return [None, None]
    if alpha.shown:
        return [_number(ws, alpha.value, _NUMBER_FORMAT), alpha.n]
    words = say.fewer if alpha.status == reliability.FEWER else say(f"report.alpha.{alpha.status}")
    return [_text_cell(ws, words), None]


def _summary(ws: WriteOnlyWorksheet, results: Results, lang: str) -> None:
    say = _Words(lang, results.k)
    prefer_not = prefer_not_label(lang)

    def section(title: str, header: list[str]) -> None:
        ws.append(_bold(ws, [say(title)]))
        ws.append(_bold(ws, say.header(header)))

    section(
        "xlsx.answers_title",
        ["item_id", "item", "phase", "n", "value", "answer", "count", "share"],
    )
    for result in results.items:
        text = item_label(result.item, lang)
        for phase in (result.pre, result.post):
            n = _n(phase.n, say)
            for option in phase.options:
                value = PREFER_NOT_CODE if option.value is None else option.value
                label = prefer_not if option.label is None else option.label.get(lang)
                ws.append(
                    [
                        *_row(ws, [result.item.id, text, phase.phase, n, value, label]),
                        _cell(ws, option.count, say, "0"),
                        _cell(ws, option.share, say, _SHARE_FORMAT),
                    ]
                )
    ws.append([])

    section("xlsx.agreeing_title", ["item_id", "item", "pre", "post"])
    for result in results.items:
        if result.pre.agree is None and result.post.agree is None:
            continue
        ws.append(
            [
                *_row(ws, [result.item.id, item_label(result.item, lang)]),
                _cell(ws, result.pre.agree, say, _SHARE_FORMAT),
                _cell(ws, result.post.agree, say, _SHARE_FORMAT),
            ]
        )
    ws.append([])

    section(
        "xlsx.paired_title",
        [
            "kind",
            "id",
            "text",
            "outcome",
            "pairs",
            "test",
            "method",
            "p_value",
            "mean_change",
            "ci_low",
            "ci_high",
            "note",
        ],
    )
    for result in results.items:
        text = item_label(result.item, lang)
        ident = result.item.id
        for row in _paired_rows(
            ws, "item", ident, text, "xlsx.outcome.position", result.ordinal, say
        ):
            ws.append(row)
        yes = (
            "xlsx.outcome.yes" if result.item.scale.type == "yes-no-dk" else "xlsx.outcome.agreeing"
        )
        for row in _paired_rows(ws, "item", ident, text, yes, result.binary, say):
            ws.append(row)
    for construct in results.constructs:
        items = ", ".join(construct.items)
        for row in _paired_rows(
            ws, "construct", construct.construct, items, "xlsx.outcome.score", construct.paired, say
        ):
            ws.append(row)
    for indicator in results.indicators:
        stem = " ".join(indicator.block.stem.get(lang).split())
        for row in _paired_rows(
            ws,
            "indicator",
            indicator.block.id,
            stem,
            "xlsx.outcome.indicator",
            indicator.paired,
            say,
        ):
            ws.append(row)
    ws.append([])

    section(
        "xlsx.scores_title",
        ["construct", "items", "n_pre", "mean_pre", "n_post", "mean_post"],
    )
    for construct in results.constructs:
        ws.append(
            [
                *_row(ws, [construct.construct, ", ".join(construct.items)]),
                _n(construct.pre.n, say),
                _cell(ws, construct.pre.mean, say, _NUMBER_FORMAT),
                _n(construct.post.n, say),
                _cell(ws, construct.post.mean, say, _NUMBER_FORMAT),
            ]
        )
    ws.append([])

    section("xlsx.alpha_title", ["construct", "items", "phase", "alpha", "n"])
    for construct in results.constructs:
        for when, alpha in (("pre", construct.alpha_pre), ("post", construct.alpha_post)):
            if alpha is not None:
                names = [construct.construct, ", ".join(construct.items), when]
                ws.append([*_row(ws, names), *_alpha(ws, alpha, say)])
    ws.append([])

    section(
        "xlsx.indicators_title",
        ["block", "stem", "items", "n_pre", "pre", "n_post", "post"],
    )
    for indicator in results.indicators:
        stem = " ".join(indicator.block.stem.get(lang).split())
        ws.append(
            [
                *_row(ws, [indicator.block.id, stem, ", ".join(indicator.items)]),
                _n(indicator.n_pre, say),
                _cell(ws, indicator.pre, say, _SHARE_FORMAT),
                _n(indicator.n_post, say),
                _cell(ws, indicator.post, say, _SHARE_FORMAT),
            ]
        )


def _filters_text(results: Results, say: _Words) -> str:
    parts = []
    for name, value in results.filters.describe().items():
        key = _FILTER_LABELS.get(name)
        shown = (
            f"{workshop_code(value)} · {workshop_key(value)}" if name == "workshop_id" else value
        )
        parts.append(f"{say(key) if key else name} = {shown}")
    return "; ".join(parts) or say("xlsx.about.filters_none")


def _about(
    ws: WriteOnlyWorksheet, instrument: Instrument, results: Results, lang: str, rows: int
) -> None:
    say = _Words(lang, results.k)
    title = instrument.title.get(lang)
    survey = say(
        "xlsx.about.survey_value", title=title, id=instrument.id, version=instrument.version
    )
    lines: list[list[Any]] = [
        [say("xlsx.about.survey"), survey],
        [say("xlsx.about.language"), f"{native_name(lang)} ({lang})"],
        [say("xlsx.about.exported"), today()],
        [say("xlsx.about.filters"), _filters_text(results, say)],
        [say("xlsx.about.k"), results.k],
        [say("xlsx.about.workshops"), results.workshops],
        [say("xlsx.about.pre"), results.responses_pre],
        [say("xlsx.about.post"), results.responses_post],
        [say("xlsx.about.pairs"), results.pairs],
        [say("xlsx.about.unmatched_pre"), results.unmatched_pre],
        [say("xlsx.about.unmatched_post"), results.unmatched_post],
        [say("xlsx.about.other"), results.other_instruments],
        [say("xlsx.about.rows"), rows],
        [],
        [say("xlsx.about.individual")],
        [say("xlsx.about.disclosure", k=results.k, fewer=say.fewer, hidden=say.hidden)],
        [say("report.disclosure_noise")],
        [],
    ]
    ws.append(_bold(ws, [say("xlsx.about_title")]))
    for line in lines:
        ws.append(_row(ws, line))
    ws.append(_bold(ws, [say("xlsx.about.columns")]))
    for column in FIXED_COLUMNS:
        ws.append(_row(ws, [column, say(f"column.{column}")]))
    prefer_not = prefer_not_label(lang)
    items = say("xlsx.about.items_text", code=PREFER_NOT_CODE, prefer_not=prefer_not)
    ws.append(_row(ws, [say("xlsx.about.items"), items]))


# ----------------------------------------------------------------------------- responses


def _sheet_path(archive: zipfile.ZipFile, name: str) -> str:
    """The zip entry of the worksheet called ``name``."""
    book = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    rid = next(s.get(_RELS) for s in book.iter(f"{_MAIN}sheet") if s.get("name") == name)
    rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    target = next(r.get("Target") for r in rels if r.get("Id") == rid)
    if target is None:
        raise RuntimeError(f"openpyxl wrote no target for the sheet {name!r}")
    if target.startswith("/"):
        return target[1:]
    return posixpath.normpath(posixpath.join("xl", target))


def _text_xml(value: str, cache: dict[str, str]) -> str:
    found = cache.get(value)
    if found is None:
        text = escape(_ILLEGAL_XML.sub("", value))
        space = ' xml:space="preserve"' if text != text.strip() else ""
        found = cache[value] = f' t="inlineStr"><is><t{space}>{text}</t></is></c>'
    return found


def _rows_xml(rows: Iterable[list[Any]], letters: list[str]) -> Iterator[str]:
    """Spreadsheet XML for the data rows (row 2 on), in chunks."""
    cache: dict[str, str] = {}
    chunk: list[str] = []
    for number, row in enumerate(rows, start=2):
        parts = [f'<row r="{number}">']
        for letter, value in zip(letters, row, strict=True):
            if value == "":
                continue
            if type(value) is int:
                parts.append(f'<c r="{letter}{number}"><v>{value}</v></c>')
            else:
                parts.append(f'<c r="{letter}{number}"{_text_xml(str(value), cache)}')
        parts.append("</row>")
        chunk.append("".join(parts))
        if len(chunk) >= _ROWS_PER_WRITE:
            yield "".join(chunk)
            chunk.clear()
    yield "".join(chunk)


_NO_TIME = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip entry can hold
_DAY_ONLY = re.compile(r"(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z")


def _with_rows(workbook: bytes, sheet: str, rows_xml: Iterable[str], dimension: str) -> bytes:
    """``workbook`` with ``rows_xml`` added at the end of ``sheet``'s data.

    ``dimension`` (``A1:AD101``) is declared too: readers such as openpyxl's read-only mode
    use it to give every row the same length.
    """
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(workbook)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        path = _sheet_path(source, sheet)
        for info in source.infolist():
            data = source.read(info.filename)
            info.date_time = _NO_TIME  # the file says nothing about when it was made
            if info.filename == "docProps/core.xml":  # openpyxl stamps the saving time
                data = _DAY_ONLY.sub(r"\1T00:00:00Z", data.decode("utf-8")).encode("utf-8")
            if info.filename != path:
                target.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
                continue
            xml = data.decode("utf-8").replace(
                "<sheetViews>", f'<dimension ref="{dimension}"/><sheetViews>', 1
            )
            head, end, tail = xml.rpartition("</sheetData>")
            if not end:
                raise RuntimeError(f"openpyxl wrote {path} without a </sheetData> element")
            entry = zipfile.ZipInfo(path, _NO_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            with target.open(entry, "w") as stream:
                stream.write(head.encode("utf-8"))
                for piece in rows_xml:
                    stream.write(piece.encode("utf-8"))
                stream.write((end + tail).encode("utf-8"))
    return out.getvalue()


# ----------------------------------------------------------------------------- write


def write_xlsx(
    dataset: Dataset,
    instrument: Instrument,
    results: Results,
    path: Path,
    *,
    lang: str = "en",
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write the workbook to ``path``; return the number of response rows.

    ``results`` must be the results for ``instrument`` (``analysis.summary.summarise``).
    Raises ``exports.Cancelled`` (leaving any existing file untouched) when ``cancelled()``
    is true.
    """
    if results.instrument.id != instrument.id:
        raise ValueError(
            f"the results are for survey '{results.instrument.id}' but the export is for "
            f"'{instrument.id}': summarise the data set for '{instrument.id}' first"
        )
    check_codes(instrument)  # before openpyxl starts: it leaves temp files on an error
    header = columns(instrument)
    rows = sum(1 for row in dataset.rows if row.response.instrument_id == instrument.id)
    rtl = is_rtl(lang)

    book = Workbook(write_only=True)
    day = datetime.datetime.combine(datetime.date.today(), datetime.time())
    book.properties.created = book.properties.modified = day  # a day, never a time
    book.properties.creator = "Workshop Kit"
    sheets = {name: book.create_sheet(name) for name in SHEETS}
    for sheet in sheets.values():
        sheet.sheet_view.rightToLeft = rtl
    responses = sheets["responses"]
    responses.freeze_panes = "A2"
    for index, column in enumerate(header, start=1):
        responses.column_dimensions[get_column_letter(index)].width = _WIDTHS.get(column, 10)
    responses.append(_bold(responses, header))
    for index, width in enumerate(_SUMMARY_WIDTHS, start=1):
        sheets["summary"].column_dimensions[get_column_letter(index)].width = width
    _summary(sheets["summary"], results, lang)
    codebook = sheets["codebook"]
    codebook.freeze_panes = "A2"
    codebook.append(_bold(codebook, codebook_header(instrument)))
    for row in codebook_rows(instrument):
        codebook.append(_row(codebook, row))
    sheets["about"].column_dimensions["A"].width = 36
    sheets["about"].column_dimensions["B"].width = 80
    _about(sheets["about"], instrument, results, lang, rows)
    saved = io.BytesIO()
    book.save(saved)

    letters = [get_column_letter(i) for i in range(1, len(header) + 1)]
    data = response_rows(dataset, instrument, progress=progress, cancelled=cancelled)
    dimension = f"A1:{letters[-1]}{rows + 1}"
    content = _with_rows(saved.getvalue(), "responses", _rows_xml(data, letters), dimension)
    atomic_write_bytes(Path(path), content)
    return rows
