"""Every export format, opened by a real reader: CSV by the csv module, XLSX by openpyxl,
SPSS syntax parsed back (and run through PSPP when it is installed), the codebook CSV."""

from __future__ import annotations

import csv
import dataclasses
import random
import re
import subprocess
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from tests.tools import needs, require
from workshop_kit import exports
from workshop_kit.analysis.dataset import Dataset, Filters, make_dataset
from workshop_kit.analysis.disclosure import suppressed_text
from workshop_kit.analysis.summary import summarise as _summarise
from workshop_kit.content.instruments import load_instrument
from workshop_kit.content.model import Instrument, Text
from workshop_kit.exports.codebook import write_codebook
from workshop_kit.exports.csv_export import write_csv
from workshop_kit.exports.spss import VARIABLE_LABEL_BYTES, spss_names, truncate_utf8, write_sps
from workshop_kit.exports.tables import FIXED_COLUMNS, columns
from workshop_kit.exports.xlsx_export import SHEETS, write_xlsx
from workshop_kit.records.model import Response, Workshop, new_id

BUNDLED = Path(__file__).resolve().parents[2] / "curricula"
ARABIC = re.compile("[\u0600-\u06ff]")
HEX_ID = re.compile(r"[0-9a-f]{32}")
PREFER_NOT_AR = "أفضّل عدم الإجابة"
RESPONSE_DAY = "2024-03-09"  # differs from every workshop day: it must not be exported
INITIALS = "QZ"
_MISSING = object()


def summarise(*args, **kwargs):
    """The exact figures (no cell-key noise), so that what is printed can be checked against
    the data; tests/unit/test_disclosure_attack.py checks the outputs with the noise."""
    return _summarise(*args, cell_key=False, **kwargs)


@pytest.fixture(scope="module")
def instrument() -> Instrument:
    found, _, problems = load_instrument(BUNDLED / "instruments" / "gbv-attitudes.yaml")
    assert found is not None and not problems
    return found


def make_workshop(site: str = "East Amman centre", language: str = "ar", day: str = "2024-03-02"):
    return Workshop(
        id=new_id(),
        curriculum_id="gbv-basics",
        session_ids=("s1-attitudes", "s2-help"),
        site=site,
        day=day,
        language=language,
        expected_participants=20,
        facilitator_initials=INITIALS,
        instrument_id="gbv-attitudes",
        instrument_version=1,
        status="closed",
        closed_day=day,
    )


def make_response(workshop, phase, answers, pair=None, instrument_id="gbv-attitudes"):
    return Response(
        id=new_id(),
        workshop_id=workshop.id,
        phase=phase,
        instrument_id=instrument_id,
        instrument_version=1,
        answers=answers,
        entry_mode="paper" if pair == 2 else "kiosk",
        day=RESPONSE_DAY,
        pair=pair,
    )


def random_answers(instrument: Instrument, rng: random.Random) -> dict[str, int | None]:
    answers: dict[str, int | None] = {}
    for item in instrument.items:
        roll = rng.random()
        if roll < 0.1:
            continue  # not asked
        answers[item.id] = None if roll < 0.2 else rng.choice(item.scale.values)
    return answers


def build_dataset(
    instrument: Instrument, *, big_site: str = "East Amman centre", language: str | None = None
) -> Dataset:
    """Two workshops: one with 14 before and 11 after (9 pairs), one small (3 and 2)."""
    rng = random.Random(7)
    big = make_workshop(big_site, "ar", "2024-03-02")
    small = make_workshop("Zarqa youth club", "en", "2024-04-11")
    big_responses = [
        make_response(big, "pre", random_answers(instrument, rng), pair=i + 1 if i < 9 else None)
        for i in range(14)
    ]
    big_responses += [
        make_response(big, "post", random_answers(instrument, rng), pair=i + 1 if i < 9 else None)
        for i in range(11)
    ]
    # Fixed answers to check codes: prefer-not, not asked, a value.
    big_responses.append(
        make_response(
            big, "post", {"hit_if_antagonising": None, "deserves_beating": 3, "dhs_argues": 9}
        )
    )
    big_responses.append(make_response(big, "pre", {"men_role": 5}, instrument_id="other-survey"))
    small_responses = [
        make_response(small, "pre", random_answers(instrument, rng)) for _ in range(3)
    ]
    small_responses += [
        make_response(small, "post", random_answers(instrument, rng)) for _ in range(2)
    ]
    filters = Filters(language=language)  # "en": the small workshop alone
    return make_dataset(filters, [(big, big_responses), (small, small_responses)])


def own_rows(dataset: Dataset, instrument: Instrument):
    return [row for row in dataset.rows if row.response.instrument_id == instrument.id]


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def expected_cells(dataset: Dataset, instrument: Instrument) -> list[list[str]]:
    """The coded table worked out here from the records, as CSV text."""
    table = []
    for number, row in enumerate(own_rows(dataset, instrument), start=1):
        w, r = row.workshop, row.response
        cells = [
            str(number),
            "W-" + w.id[:16].upper(),
            w.site,
            w.curriculum_id,
            "+".join(w.session_ids),
            w.language,
            w.day,
            r.phase,
            "" if row.pair is None else str(row.pair),
            r.instrument_id,
            str(r.instrument_version),
            r.entry_mode,
        ]
        for item in instrument.items:
            value = r.answers.get(item.id, _MISSING)
            cells.append("" if value is _MISSING else "-9" if value is None else str(value))
        table.append(cells)
    return table


# ----------------------------------------------------------------------------- CSV


def test_csv_read_back_equals_every_source_value(instrument, tmp_path):
    dataset = build_dataset(instrument)
    path = tmp_path / "responses.csv"
    count = write_csv(dataset, instrument, path)

    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.count(b"\r\n") == count + 1 and b"\n" not in raw.replace(b"\r\n", b"")
    rows = read_csv(path)
    assert rows[0] == columns(instrument)
    assert rows[0][: len(FIXED_COLUMNS)] == list(FIXED_COLUMNS)
    assert rows[0][len(FIXED_COLUMNS) :] == [item.id for item in instrument.items]
    assert rows[1:] == expected_cells(dataset, instrument)
    assert count == len(own_rows(dataset, instrument)) == len(dataset.rows) - 1


def test_csv_codes_prefer_not_as_minus_9_and_not_asked_as_empty(instrument, tmp_path):
    dataset = build_dataset(instrument)
    path = tmp_path / "responses.csv"
    write_csv(dataset, instrument, path)
    header, *rows = read_csv(path)
    fixed = [r for r in rows if r[header.index("deserves_beating")] == "3"]
    fixed = [r for r in fixed if r[header.index("hit_if_antagonising")] == "-9"]
    assert len(fixed) == 1
    row = dict(zip(header, fixed[0], strict=True))
    assert row["dhs_argues"] == "9"
    assert row["men_role"] == "" and row["tolerate_for_family"] == ""
    assert row["pair"] == "" and row["phase"] == "post"


def test_csv_holds_no_ids_hashes_initials_or_response_day(instrument, tmp_path):
    dataset = build_dataset(instrument)
    path = tmp_path / "responses.csv"
    write_csv(dataset, instrument, path)
    text = path.read_text(encoding="utf-8-sig")
    cells = [cell for row in read_csv(path) for cell in row]
    assert not [c for c in cells if HEX_ID.search(c.lower())]
    for row in dataset.rows:
        assert row.response.id not in text and row.workshop.id not in text
    assert RESPONSE_DAY not in text
    assert INITIALS not in cells


def test_csv_workshop_key_is_w_and_16_digits_starting_with_the_forms_code(instrument, tmp_path):
    dataset = build_dataset(instrument)
    path = tmp_path / "data.csv"
    write_csv(dataset, instrument, path)
    header, *rows = read_csv(path)
    column = header.index("workshop")
    by_site = {w.site: w for w in dataset.workshops}
    for row in rows:
        workshop = by_site[row[header.index("site")]]
        assert row[column] == workshop.key == "W-" + workshop.id[:16].upper()
        assert row[column][2:].startswith(workshop.code[:-1])


def test_labelled_csv_in_arabic_keeps_the_arabic_labels(instrument, tmp_path):
    dataset = build_dataset(instrument)
    path = tmp_path / "labelled.csv"
    write_csv(dataset, instrument, path, labelled=True, lang="ar")
    header, *rows = read_csv(path)
    first = len(FIXED_COLUMNS)
    assert len(rows) == len(own_rows(dataset, instrument))
    seen_prefer_not = seen_arabic = False
    for row, source in zip(rows, own_rows(dataset, instrument), strict=True):
        for item, cell in zip(instrument.items, row[first:], strict=True):
            value = source.response.answers.get(item.id, _MISSING)
            if value is _MISSING:
                assert cell == ""
            elif value is None:
                assert cell == PREFER_NOT_AR
                seen_prefer_not = True
            else:
                assert cell == item.scale.option(value).label.get("ar")
                assert ARABIC.search(cell)
                seen_arabic = True
    assert seen_prefer_not and seen_arabic
    assert header == columns(instrument)


def test_labelled_csv_falls_back_to_the_default_language(instrument, tmp_path):
    dataset = build_dataset(instrument)
    path = tmp_path / "labelled.csv"
    write_csv(dataset, instrument, path, labelled=True, lang="fr")  # no French labels
    _, *rows = read_csv(path)
    labels = {o.label.get("en") for item in instrument.items for o in item.scale.options}
    answers = {cell for row in rows for cell in row[len(FIXED_COLUMNS) :]}
    assert answers <= labels | {"Préfère ne pas répondre", ""}
    assert "Préfère ne pas répondre" in answers


def test_text_that_looks_like_a_formula_stays_text(instrument, tmp_path):
    site = '=HYPERLINK("http://example.org","x")'
    dataset = build_dataset(instrument, big_site=site)
    csv_path, xlsx_path = tmp_path / "r.csv", tmp_path / "r.xlsx"
    write_csv(dataset, instrument, csv_path)
    header, *rows = read_csv(csv_path)
    sites = {row[header.index("site")] for row in rows}
    assert "'" + site in sites and site not in sites
    write_xlsx(dataset, instrument, summarise(dataset, instrument), xlsx_path)
    book = load_workbook(xlsx_path)
    cells = [c for c in book["responses"]["C"] if c.value == site]
    assert cells and all(c.data_type == "s" for c in cells)


# ----------------------------------------------------------------------------- XLSX


def test_xlsx_has_the_sheets_and_its_responses_equal_the_csv(instrument, tmp_path):
    dataset = build_dataset(instrument)
    write_csv(dataset, instrument, tmp_path / "r.csv")
    results = summarise(dataset, instrument, k=5)
    count = write_xlsx(dataset, instrument, results, tmp_path / "r.xlsx", lang="en")
    book = load_workbook(tmp_path / "r.xlsx", read_only=True)
    assert book.sheetnames == list(SHEETS) == ["responses", "summary", "codebook", "about"]
    sheet = [list(row) for row in book["responses"].iter_rows(values_only=True)]
    assert count == len(sheet) - 1
    as_text = [["" if v is None else str(v) for v in row] for row in sheet]
    assert as_text == read_csv(tmp_path / "r.csv")
    numbers = [row[len(FIXED_COLUMNS) :] for row in sheet[1:]]
    assert all(v is None or type(v) is int for row in numbers for v in row)
    assert all(type(row[0]) is int for row in sheet[1:])


def test_xlsx_reads_right_to_left_in_arabic_only(instrument, tmp_path):
    dataset = build_dataset(instrument)
    results = summarise(dataset, instrument)
    write_xlsx(dataset, instrument, results, tmp_path / "ar.xlsx", lang="ar")
    write_xlsx(dataset, instrument, results, tmp_path / "en.xlsx", lang="en")
    arabic, english = load_workbook(tmp_path / "ar.xlsx"), load_workbook(tmp_path / "en.xlsx")
    assert all(arabic[name].sheet_view.rightToLeft for name in SHEETS)
    assert not any(english[name].sheet_view.rightToLeft for name in SHEETS)
    summary_text = [v for row in arabic["summary"].iter_rows(values_only=True) for v in row]
    assert PREFER_NOT_AR in summary_text
    assert instrument.items[0].text.get("ar") in summary_text


def summary_sections(path: Path) -> dict[str, list[dict]]:
    """The summary sheet's sections by the first word of their title: rows as dicts."""
    book = load_workbook(path, read_only=True)
    rows = [tuple(row) for row in book["summary"].iter_rows(values_only=True)]
    sections: dict[str, list[dict]] = {}
    i = 0
    while i < len(rows):
        title, header = rows[i][0], rows[i + 1]
        body = []
        i += 2
        while i < len(rows) and any(v is not None for v in rows[i]):
            body.append(dict(zip(header, rows[i], strict=False)))
            i += 1
        sections[title.split()[0]] = body
        i += 1
    return sections


@pytest.mark.parametrize("language", [None, "en"])  # the small workshop alone: n < k
def test_xlsx_summary_writes_hidden_cells_as_disclosure_text(instrument, tmp_path, language):
    dataset = build_dataset(instrument, language=language)
    results = summarise(dataset, instrument, k=5)
    write_xlsx(dataset, instrument, results, tmp_path / "r.xlsx")
    answers = summary_sections(tmp_path / "r.xlsx")["Answers"]
    by_key = {(r["item_id"], r["phase"], r["value"]): r for r in answers}
    lines = sum(2 * (len(item.scale.options) + 1) for item in instrument.items)
    assert len(by_key) == len(answers) == lines
    checked = {"fewer than 5": 0, "hidden": 0, "shown": 0}
    for result in results.items:
        for phase in (result.pre, result.post):
            for option in phase.options:
                value = -9 if option.value is None else option.value
                row = by_key[(result.item.id, phase.phase, value)]
                if option.count.shown:
                    assert row["count"] == option.count.value
                    checked["shown"] += 1
                else:
                    assert row["count"] == suppressed_text(option.count, 5)
                    checked[row["count"]] += 1
                if option.share.shown:
                    assert row["share"] == pytest.approx(option.share.value)
                else:
                    assert row["share"] == suppressed_text(option.share, 5)
                # A line with fewer than k responses hides its total too.
                assert row["n"] == ("fewer than 5" if 0 < phase.n < 5 else phase.n)
    if language == "en":
        assert checked["fewer than 5"] == lines and not checked["shown"]
    else:
        assert checked["hidden"] and checked["shown"]
    # No answer count below k; "prefer not to answer" counts are shown (see analysis.summary)
    counts = [r["count"] for r in answers if r["value"] != -9]
    assert not [c for c in counts if isinstance(c, int) and 0 < c < 5]
    assert not [r["n"] for r in answers if isinstance(r["n"], int) and 0 < r["n"] < 5]


def test_xlsx_summary_has_paired_tests_scores_and_indicators(instrument, tmp_path):
    dataset = build_dataset(instrument)
    results = summarise(dataset, instrument, k=3)
    write_xlsx(dataset, instrument, results, tmp_path / "r.xlsx")
    sections = summary_sections(tmp_path / "r.xlsx")
    paired = sections["Before"]
    assert {"wilcoxon", "sign", "mcnemar"} <= {r["test"] for r in paired}
    agreeing = {r["item_id"]: r for r in sections["Share"]}
    first = results.items[0]
    assert agreeing[first.item.id]["pre"] == (
        pytest.approx(first.pre.agree.value)
        if first.pre.agree.shown
        else suppressed_text(first.pre.agree, 3)
    )
    for construct in results.constructs:
        rows = [r for r in paired if r["kind"] == "construct" and r["id"] == construct.construct]
        assert rows and rows[0]["pairs"] == construct.paired.n_pairs
        if construct.paired.shown:
            assert rows[0]["mean_change"] == pytest.approx(construct.paired.mean_change.value)
            assert rows[0]["p_value"] == construct.paired.tests[0].band
            assert "statistic" not in rows[0]  # a count (min(b, c), the sign count): dropped
            assert rows[0]["ci_low"] == pytest.approx(construct.paired.ci_low)
    scores = {r["construct"]: r for r in sections["Construct"]}
    assert set(scores) == {c.construct for c in results.constructs}
    for construct in results.constructs:
        assert scores[construct.construct]["n_pre"] == construct.pre.n
    indicators = {r["block"]: r for r in sections["Indicators:"]}
    for indicator in results.indicators:
        row = indicators[indicator.block.id]
        assert row["n_pre"] == indicator.n_pre and row["items"] == ", ".join(indicator.items)
        if indicator.pre.shown:
            assert row["pre"] == pytest.approx(indicator.pre.value)


def test_xlsx_about_sheet_says_the_responses_have_no_identifiers(instrument, tmp_path):
    dataset = build_dataset(instrument)
    results = summarise(dataset, instrument, k=6)
    write_xlsx(dataset, instrument, results, tmp_path / "r.xlsx")
    book = load_workbook(tmp_path / "r.xlsx", read_only=True)
    about = {row[0]: row[1:] for row in book["about"].iter_rows(values_only=True) if row}
    assert about["Disclosure threshold k"][0] == 6
    assert about["Rows in the responses sheet"][0] == len(own_rows(dataset, instrument))
    assert about["Matched pairs"][0] == results.pairs
    assert about["Filters"][0] == "none (all)"
    text = " ".join(str(k) for k in about)
    assert "individual-level data" in text and "no response ids" in text


def test_xlsx_refuses_results_for_another_survey(instrument, tmp_path):
    dataset = build_dataset(instrument)
    other = dataclasses.replace(instrument, id="other-survey")
    with pytest.raises(ValueError, match="summarise the data set"):
        write_xlsx(dataset, other, summarise(dataset, instrument), tmp_path / "r.xlsx")
    assert not (tmp_path / "r.xlsx").exists()


# ----------------------------------------------------------------------------- codebook


def test_codebook_has_every_item_and_option_in_both_languages(instrument, tmp_path):
    path = tmp_path / "codebook.csv"
    write_codebook(instrument, path)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    header, *rows = read_csv(path)
    assert {"text_en", "text_ar", "label_en", "label_ar", "stem_en", "stem_ar"} <= set(header)
    table = [dict(zip(header, row, strict=True)) for row in rows]
    for item in instrument.items:
        mine = [r for r in table if r["item_id"] == item.id]
        assert [r["value"] for r in mine] == [*map(str, item.scale.values), "-9"]
        for row in mine:
            assert row["text_en"] == item.text.get("en")
            assert row["text_ar"] == item.text.get("ar") and ARABIC.search(row["text_ar"])
            assert row["reverse"] == ("yes" if item.reverse else "no")
            assert row["construct"] == item.construct
            assert row["scale_type"] == item.scale.type
            if item.block is not None:
                assert row["stem_ar"] == item.block.stem.get("ar")
        for row, option in zip(mine, item.scale.options, strict=False):
            assert row["label_en"] == option.label.get("en")
            assert row["label_ar"] == option.label.get("ar")
        assert mine[-1]["label_ar"] == PREFER_NOT_AR
        assert mine[-1]["label_en"] == "Prefer not to answer"
    assert len(table) == sum(len(i.scale.options) + 1 for i in instrument.items)


def test_xlsx_codebook_sheet_equals_the_codebook_csv(instrument, tmp_path):
    dataset = build_dataset(instrument)
    write_codebook(instrument, tmp_path / "codebook.csv")
    write_xlsx(dataset, instrument, summarise(dataset, instrument), tmp_path / "r.xlsx")
    book = load_workbook(tmp_path / "r.xlsx", read_only=True)
    sheet = [
        ["" if v is None else str(v) for v in row]
        for row in book["codebook"].iter_rows(values_only=True)
    ]
    assert sheet == read_csv(tmp_path / "codebook.csv")


# ----------------------------------------------------------------------------- SPSS

STRING = r"'(?:[^']|'')*'(?:\s*\+\s*'(?:[^']|'')*')*"


def spss_string(literal: str) -> str:
    """The text of an SPSS string literal, pieces joined by + included."""
    pieces = re.findall(r"'((?:[^']|'')*)'", literal)
    return "".join(p.replace("''", "'") for p in pieces)


def command(text: str, name: str) -> str:
    """The body of the first command ``name`` (up to the line holding only its '.')."""
    start = text.index(f"\n{name}")
    end = text.index("\n.\n", start) if name != "MISSING VALUES" else text.index(").", start)
    return text[start + len(name) + 1 : end + 2]


def parse_sps(path: Path) -> dict:
    raw = path.read_bytes()
    text = raw.decode("utf-8").replace("\r\n", "\n")
    variable_labels = {
        name: spss_string(literal)
        for name, literal in re.findall(
            rf"^\s*/?(\w+) ({STRING})", command(text, "VARIABLE LABELS"), re.M
        )
    }
    value_labels: dict[str, dict[int, str]] = {}
    current = None
    for line in command(text, "VALUE LABELS").splitlines():
        if m := re.fullmatch(r"\s*/?(\w+)", line):
            current = value_labels.setdefault(m.group(1), {})
        elif m := re.fullmatch(rf"\s*(-?\d+) ({STRING})", line):
            current[int(m.group(1))] = spss_string(m.group(2))
    missing: dict[str, str] = {}  # variable -> its missing codes, e.g. "-9" or "-9, 9"
    for group, codes in re.findall(r"([^()]*)\(([^)]*)\)", command(text, "MISSING VALUES")):
        missing.update(dict.fromkeys(group.replace("/", " ").split(), codes))
    return {
        "raw": raw,
        "text": text,
        "variable_labels": variable_labels,
        "value_labels": value_labels,
        "missing": missing,
    }


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_sps_labels_every_item_and_declares_minus_9_missing(instrument, tmp_path, lang):
    path = tmp_path / "responses.sps"
    write_sps(instrument, path, csv_name="responses.csv", lang=lang)
    sps = parse_sps(path)
    assert sps["raw"].startswith(b"* Encoding: UTF-8.\r\n")
    text = sps["text"]
    for line in ("/FILE='responses.csv'", "/ENCODING='UTF8'", "/FIRSTCASE=2"):
        assert line in text
    assert '/DELIMITERS=","' in text and "/QUALIFIER='\"'" in text
    names = spss_names(instrument)
    assert names == [item.id for item in instrument.items]  # the bundled ids are valid names
    for item in instrument.items:
        label = sps["variable_labels"][item.id]
        assert item.text.get(lang).strip() in label
        assert len(label.encode("utf-8")) <= VARIABLE_LABEL_BYTES
        assert bool(ARABIC.search(label)) == (lang == "ar")
        values = sps["value_labels"][item.id]
        assert values == {
            **{o.value: o.label.get(lang) for o in item.scale.options},
            -9: "Prefer not to answer" if lang == "en" else PREFER_NOT_AR,
        }
    assert sps["missing"] == {  # don't know (9) is missing too on yes/no/don't know items
        item.id: "-9, 9" if item.scale.type == "yes-no-dk" else "-9" for item in instrument.items
    }
    assert all(len(line.encode("utf-8")) <= 256 for line in text.splitlines())
    reverse = [item.id for item in instrument.items if item.reverse]
    comment = [line for line in text.splitlines() if line.startswith("*")]
    assert "NOT recoded" in " ".join(comment)
    assert all(any(name in line for line in comment) for name in reverse)
    # Every column of the CSV is read, in order, with a format.
    variables = re.findall(r"^    (\w+) ([AF][\d.]+)$", text, re.M)
    assert [v for v, _ in variables] == [*FIXED_COLUMNS, *names]


def test_sps_cuts_long_labels_on_a_character_boundary(instrument, tmp_path):
    long_ar = "العنف " * 80 + "ضد المرأة"
    item = dataclasses.replace(
        instrument.items[0],
        text=Text({"en": "It's " + "very " * 80 + "long.", "ar": long_ar}, "en"),
    )
    survey = dataclasses.replace(instrument, items=(item, *instrument.items[1:]))
    for lang, start in (("ar", "العنف العنف"), ("en", "It's very")):
        write_sps(survey, tmp_path / f"{lang}.sps", csv_name="r.csv", lang=lang)
        label = parse_sps(tmp_path / f"{lang}.sps")["variable_labels"][item.id]
        assert label.startswith(start) and label.endswith("…")
        assert 200 < len(label.encode("utf-8")) <= VARIABLE_LABEL_BYTES
    # Arabic letters take 2 bytes and "…" 3: a cut never leaves half a letter.
    assert truncate_utf8("أبجد", 4) == "…"
    assert truncate_utf8("أبجد", 5) == truncate_utf8("أبجد", 6) == "أ…"
    assert truncate_utf8("أبجد", 7) == "أب…"
    assert truncate_utf8("أبجد", 8) == "أبجد"
    assert truncate_utf8("short", 255) == "short"


def test_sps_renames_ids_that_are_not_valid_spss_names(instrument, tmp_path):
    ids = ["to", "2nd-try", "2nd_try", "site"]
    items = tuple(
        dataclasses.replace(item, id=new) for item, new in zip(instrument.items, ids, strict=False)
    )
    survey = dataclasses.replace(instrument, items=items)
    names = spss_names(survey)
    assert names == ["v_to", "v_2nd_try", "v_2nd_try_2", "item_site"]
    assert columns(survey)[len(FIXED_COLUMNS) :] == ["to", "2nd-try", "2nd_try", "item_site"]
    write_sps(survey, tmp_path / "r.sps", csv_name="r.csv")
    sps = parse_sps(tmp_path / "r.sps")
    assert set(names) <= set(sps["value_labels"])
    assert set(names) <= set(sps["variable_labels"])


@needs("pspp")
def test_pspp_reads_the_csv_through_the_syntax(instrument, tmp_path):
    """PSPP (the free SPSS) runs the syntax: the codes come back as written, and its value
    labels give back the labelled Arabic CSV, cell for cell."""
    dataset = build_dataset(instrument)
    write_csv(dataset, instrument, tmp_path / "responses.csv")
    write_csv(dataset, instrument, tmp_path / "labelled.csv", labelled=True, lang="ar")
    write_sps(instrument, tmp_path / "responses.sps", csv_name="responses.csv", lang="ar")
    (tmp_path / "run.sps").write_text(
        "INSERT FILE='responses.sps'.\n"
        "SAVE TRANSLATE /OUTFILE='codes.csv' /TYPE=CSV /FIELDNAMES /REPLACE.\n"
        "SAVE TRANSLATE /OUTFILE='labels.csv' /TYPE=CSV /FIELDNAMES /CELLS=LABELS /REPLACE.\n"
        "DISPLAY DICTIONARY.\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        ["pspp", "-o", "out.txt", "run.sps"], cwd=tmp_path, capture_output=True, timeout=120
    )
    log = (tmp_path / "out.txt").read_text(encoding="utf-8")
    assert done.returncode == 0 and "error" not in log.lower() and "warning" not in log.lower()

    def back(name: str) -> list[list[str]]:
        return [[c.strip() for c in row] for row in read_csv(tmp_path / name)]

    assert back("codes.csv") == read_csv(tmp_path / "responses.csv")
    assert back("labels.csv") == read_csv(tmp_path / "labelled.csv")
    assert "User-missing value" in log  # -9 is declared missing


def test_every_format_refuses_a_survey_that_uses_minus_9_as_an_answer(instrument, tmp_path):
    item = instrument.items[0]
    options = (dataclasses.replace(item.scale.options[0], value=-9), *item.scale.options[1:])
    scale = dataclasses.replace(item.scale, options=options)
    survey = dataclasses.replace(
        instrument, items=(dataclasses.replace(item, scale=scale), *instrument.items[1:])
    )
    dataset = build_dataset(instrument)
    results = summarise(dataset, instrument)
    calls = [
        lambda p: write_csv(dataset, survey, p),
        lambda p: write_xlsx(dataset, survey, results, p),
        lambda p: write_sps(survey, p, csv_name="r.csv"),
        lambda p: write_codebook(survey, p),
    ]
    for n, call in enumerate(calls):
        with pytest.raises(ValueError, match="uses -9 as an answer value"):
            call(tmp_path / f"export-{n}")
    assert list(tmp_path.iterdir()) == []


# ----------------------------------------------------------------------------- atomicity


def big_dataset(instrument: Instrument, count: int = 2500) -> Dataset:
    workshop = make_workshop()
    rng = random.Random(3)
    responses = [
        make_response(workshop, "pre", random_answers(instrument, rng)) for _ in range(count)
    ]
    return make_dataset(Filters(), [(workshop, responses)])


def writers(instrument, dataset, results):
    return {
        "csv": lambda path, **kw: write_csv(dataset, instrument, path, **kw),
        "labelled": lambda path, **kw: write_csv(
            dataset, instrument, path, labelled=True, lang="ar", **kw
        ),
        "xlsx": lambda path, **kw: write_xlsx(dataset, instrument, results, path, **kw),
    }


@pytest.mark.parametrize("kind", ["csv", "labelled", "xlsx"])
def test_cancelled_export_leaves_no_file_and_keeps_the_old_one(instrument, tmp_path, kind):
    dataset = big_dataset(instrument)
    write = writers(instrument, dataset, summarise(dataset, instrument))[kind]
    calls: list[tuple[int, int]] = []

    def cancel_after_first_report() -> bool:
        return bool(calls)

    fresh = tmp_path / "new" / f"export.{kind}"
    fresh.parent.mkdir()
    with pytest.raises(exports.Cancelled):
        write(fresh, progress=lambda *a: calls.append(a), cancelled=cancel_after_first_report)
    assert calls == [(1000, 2500)]  # it stopped part-way, not at the end
    assert list(fresh.parent.iterdir()) == []

    old = tmp_path / f"old.{kind}"
    old.write_bytes(b"the previous export")
    with pytest.raises(exports.Cancelled):
        write(old, cancelled=lambda: True)
    assert old.read_bytes() == b"the previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new", f"old.{kind}"]


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_export_reports_progress_up_to_the_total(instrument, tmp_path, kind):
    dataset = big_dataset(instrument)
    write = writers(instrument, dataset, summarise(dataset, instrument))[kind]
    calls: list[tuple[int, int]] = []
    assert write(tmp_path / f"r.{kind}", progress=lambda d, t: calls.append((d, t))) == 2500
    assert calls == [(1000, 2500), (2000, 2500), (2500, 2500)]


# ----------------------------------------------------------------------------- property

# Any value a survey file may give an option (-99..99) except the prefer-not code.
ANSWER = st.one_of(st.none(), st.integers(-99, 99).filter(lambda v: v != -9), st.just(_MISSING))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_random_answers_round_trip_through_csv_exactly(instrument, data):
    workshops = []
    for language in data.draw(st.lists(st.sampled_from(["en", "ar"]), min_size=1, max_size=3)):
        workshop = make_workshop(language=language)
        responses = []
        for _ in range(data.draw(st.integers(0, 6))):
            drawn = {item.id: data.draw(ANSWER) for item in instrument.items}
            answers = {k: v for k, v in drawn.items() if v is not _MISSING}
            phase = data.draw(st.sampled_from(["pre", "post"]))
            responses.append(make_response(workshop, phase, answers))
        workshops.append((workshop, responses))
    dataset = make_dataset(Filters(), workshops)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "r.csv"
        write_csv(dataset, instrument, path)
        header, *rows = read_csv(path)
    first = len(FIXED_COLUMNS)
    read_back = [
        {
            item_id: None if cell == "-9" else int(cell)
            for item_id, cell in zip(header[first:], row[first:], strict=True)
            if cell != ""
        }
        for row in rows
    ]
    assert read_back == [dict(row.response.answers) for row in dataset.rows]


def test_files_carry_the_day_but_never_the_time(instrument, tmp_path):
    """No precise times: not in the XLSX's zip entries or properties, not in the report."""
    import zipfile

    from workshop_kit.exports.report import write_report

    dataset = build_dataset(instrument)
    results = summarise(dataset, instrument, k=5)
    xlsx, pdf = tmp_path / "out.xlsx", tmp_path / "report.pdf"
    write_xlsx(dataset, instrument, results, xlsx)
    with zipfile.ZipFile(xlsx) as archive:
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        core = archive.read("docProps/core.xml").decode()
    stamps = re.findall(r"\d{4}-\d{2}-\d{2}T(\d{2}:\d{2}:\d{2})", core)
    assert stamps and set(stamps) == {"00:00:00"}
    write_report(results, pdf)
    require("pdfinfo")
    info = subprocess.run(["pdfinfo", "-isodates", str(pdf)], capture_output=True, text=True)
    dates = re.findall(r"Date:\s+\S+T(\d{2}:\d{2}:\d{2})", info.stdout)
    assert dates and set(dates) == {"00:00:00"}


def _sheet_text(path: Path, name: str) -> list[str]:
    book = load_workbook(path, read_only=True)
    return [str(v) for row in book[name].iter_rows(values_only=True) for v in row if v is not None]


def test_arabic_xlsx_takes_its_titles_headers_and_about_text_from_the_labels(instrument, tmp_path):
    from workshop_kit.content.labels import label

    dataset = build_dataset(instrument, language="en")  # the small workshop alone: n < k
    results = summarise(dataset, instrument, k=5)
    write_xlsx(dataset, instrument, results, tmp_path / "ar.xlsx", lang="ar")
    summary = _sheet_text(tmp_path / "ar.xlsx", "summary")
    about = _sheet_text(tmp_path / "ar.xlsx", "about")
    for key in ("answers_title", "agreeing_title", "paired_title", "scores_title"):
        assert label(f"xlsx.{key}", "ar") in summary
    assert label("xlsx.col.item_id", "ar") in summary and "item_id" not in summary
    assert label("report.fewer", "ar", k=5) in summary and "fewer than 5" not in summary
    assert label("xlsx.about.k", "ar") in about and label("xlsx.about.individual", "ar") in about
    assert label("column.workshop", "ar") in about
    english = (
        "Answers by item",
        "Share agreeing",
        "Before vs after",
        "Construct scores",
        "Indicators:",
        "Disclosure threshold",
        "individual-level",
        "Columns of the responses sheet",
        "Workshop code",
        "withheld",
        "fewer than",
        "none (all)",
    )
    leaked = [text for text in summary + about for word in english if word in text]
    assert leaked == []
    assert any(ARABIC.search(text) for text in about)


def test_xlsx_about_names_filters_in_words_and_the_workshop_by_its_code(instrument, tmp_path):
    dataset = build_dataset(instrument)
    workshop = dataset.workshops[0]
    responses = [row.response for row in dataset.rows if row.workshop == workshop]
    filters = Filters(instrument_id=instrument.id, workshop_id=workshop.id)
    filtered = make_dataset(filters, [(workshop, responses)])
    results = summarise(filtered, instrument, k=3)
    write_xlsx(filtered, instrument, results, tmp_path / "r.xlsx")
    book = load_workbook(tmp_path / "r.xlsx", read_only=True)
    about = {row[0]: row[1:] for row in book["about"].iter_rows(values_only=True) if row}
    shown = f"{workshop.code} · {workshop.key}"
    assert about["Filters"][0] == f"Survey = {instrument.id}; Workshop code = {shown}"
    assert workshop.id not in about["Filters"][0]
