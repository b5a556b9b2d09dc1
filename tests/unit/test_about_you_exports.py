"""Exports carry the "about you" columns: CSV and XLSX responses, SPSS syntax with value
labels and "prefer not to say" declared missing; old responses without them still export."""

from __future__ import annotations

import csv
import io

import pytest
from openpyxl import load_workbook

from tests.about_you_data import gbv_with_about_you
from tests.unit.test_disclosure_attack import make_world
from workshop_kit.analysis.dataset import Filters, make_dataset
from workshop_kit.analysis.summary import summarise
from workshop_kit.exports.csv_export import write_csv
from workshop_kit.exports.spss import write_sps
from workshop_kit.exports.tables import PREFER_NOT_CODE, columns
from workshop_kit.exports.xlsx_export import write_xlsx


@pytest.fixture
def instrument(tmp_path):
    return gbv_with_about_you(tmp_path / "survey")


@pytest.fixture
def dataset(instrument):
    return make_dataset(Filters(), make_world(instrument, 4, (12, 9)))


def _rows(path):
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))


def test_csv_has_about_you_columns_before_only(tmp_path, instrument, dataset):
    assert columns(instrument)[-2:] == ["sex", "age_band"]
    write_csv(dataset, instrument, tmp_path / "r.csv")
    rows = _rows(tmp_path / "r.csv")
    by_id = {r.response.id: r.response for r in dataset.rows}
    assert len(rows) == len(by_id)
    pre = [r for r in rows if r["phase"] == "pre"]
    post = [r for r in rows if r["phase"] == "post"]
    assert {r["sex"] for r in pre} <= {"1", "2", str(PREFER_NOT_CODE)}
    assert str(PREFER_NOT_CODE) in {r["sex"] for r in pre} | {r["age_band"] for r in pre}
    assert {r["sex"] for r in post} == {""} and {r["age_band"] for r in post} == {""}
    expected = sorted(
        str(PREFER_NOT_CODE if r.answers["sex"] is None else r.answers["sex"])
        for r in by_id.values()
        if r.phase == "pre"
    )
    assert sorted(r["sex"] for r in pre) == expected


def test_labelled_csv_uses_the_option_labels(tmp_path, instrument, dataset):
    write_csv(dataset, instrument, tmp_path / "r.csv", labelled=True, lang="ar")
    pre = [r for r in _rows(tmp_path / "r.csv") if r["phase"] == "pre"]
    assert {r["sex"] for r in pre} <= {"امرأة", "رجل", "أفضّل عدم الإجابة"}


def test_xlsx_responses_sheet_has_about_you_columns(tmp_path, instrument, dataset):
    results = summarise(dataset, instrument, k=5)
    write_xlsx(dataset, instrument, results, tmp_path / "r.xlsx")
    book = load_workbook(tmp_path / "r.xlsx", read_only=True)
    sheet = next(name for name in book.sheetnames if "respon" in name)
    header = next(book[sheet].iter_rows(values_only=True))
    assert list(header)[-2:] == ["sex", "age_band"]


def test_spss_labels_about_you_and_declares_prefer_not_missing(tmp_path, instrument):
    write_sps(instrument, tmp_path / "r.sps", csv_name="r.csv")
    text = (tmp_path / "r.sps").read_text(encoding="utf-8")
    assert "    sex F8.0" in text and "    age_band F8.0" in text
    labels = text.split("VALUE LABELS")[1].split("MISSING VALUES")[0]
    sex = labels.split("/sex")[1].split("/age_band")[0]
    assert "1 'A woman'" in sex and "2 'A man'" in sex and f"{PREFER_NOT_CODE} '" in sex
    missing = " ".join(text.split("MISSING VALUES")[1].split(".")[0].split())
    first = missing.split(f"({PREFER_NOT_CODE})")[0]
    assert "sex" in first.split() and "age_band" in first.split()
    assert "/sex 'Are you…'" in text


def test_a_survey_without_about_you_exports_as_before(tmp_path, dataset, instrument):
    from tests.unit.test_disclosure_attack import BUNDLED
    from workshop_kit.content.library import ContentRoot, load_library

    plain = load_library([ContentRoot(BUNDLED, bundled=True)]).instrument("gbv-attitudes")
    assert "sex" not in columns(plain)
    write_csv(dataset, plain, tmp_path / "r.csv")  # answers to about-you left out
    assert "sex" not in _rows(tmp_path / "r.csv")[0]
