"""Cronbach's alpha in the outputs: the report's reliability table, the XLSX summary sheet
and the methods text; below the threshold words only, never a digit from the answers."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.reliability_data import trait_workshop
from tests.unit.test_exports import summary_sections
from tests.unit.test_pdf_render import normal, pdftext
from tests.unit.test_report import _texts
from workshop_kit.analysis import reliability
from workshop_kit.analysis.dataset import Filters, make_dataset
from workshop_kit.analysis.summary import summarise
from workshop_kit.content.labels import label
from workshop_kit.content.library import ContentRoot, load_library
from workshop_kit.exports.report import report, write_report
from workshop_kit.exports.xlsx_export import write_xlsx
from workshop_kit.pdf.blocks import Heading, Table

BUNDLED = Path(__file__).resolve().parents[2] / "curricula"
K = 5


@pytest.fixture(scope="module")
def instrument():
    return load_library([ContentRoot(BUNDLED, bundled=True)]).instrument("gbv-attitudes")


def _data(instrument, people: int, seed: int = 3):
    dataset = make_dataset(Filters(), [trait_workshop(instrument, people, seed=seed)])
    return dataset, summarise(dataset, instrument, k=K)  # with the cell-key noise


@pytest.fixture(scope="module")
def forty(instrument):
    return _data(instrument, 40)


@pytest.fixture(scope="module")
def eight(instrument):
    return _data(instrument, 8)


def _reliability_table(document) -> Table:
    blocks = list(document.blocks)
    heading = label("report.alpha_heading", document.lang)
    start = next(i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.text == heading)
    return next(b for b in blocks[start:] if isinstance(b, Table))


def test_the_report_prints_alpha_to_two_decimals_with_its_n(forty):
    _, results = forty
    table = _reliability_table(report(results, "en", None, day="2026-12-01"))
    assert table.header[1:] == (
        label("report.alpha_before", "en"),
        label("report.alpha_after", "en"),
    )
    assert len(table.rows) == len(results.constructs)
    shown = 0
    for row, construct in zip(table.rows, results.constructs, strict=True):
        for cell, alpha in zip(row[1:], (construct.alpha_pre, construct.alpha_post), strict=True):
            if alpha.shown:
                shown += 1
                assert cell == f"{alpha.value:.2f}\n(n = {alpha.n})"
                assert alpha.n >= reliability.MIN_N
    # 40 people: alpha for every score of 3 or more questions
    long_enough = [c for c in results.constructs if len(c.items) >= reliability.MIN_ITEMS]
    assert long_enough and shown == 2 * len(long_enough)


def test_with_eight_people_alpha_says_too_few_and_prints_no_digit(eight, instrument):
    _, results = eight
    for lang in ("en", "ar"):
        table = _reliability_table(report(results, lang, None, day="2026-12-01"))
        cells = [cell for row in table.rows for cell in row[1:]]
        words = {"too_few", "one_item"}
        allowed = {label(f"report.alpha.{w}", lang) for w in words} | {
            label("report.fewer", lang, k=K)
        }
        assert set(cells) <= allowed
        assert label("report.alpha.too_few", lang) in cells
        fewer = label("report.fewer", lang, k=K)
        assert not any(re.search(r"\d", cell.replace(fewer, "")) for cell in cells)


def test_the_methods_text_says_how_alpha_was_computed(forty):
    _, results = forty
    texts = _texts(report(results, "en", None, day="2026-12-01"))
    methods = label("report.methods.alpha", "en", min_n=10, k=K)
    assert methods in texts
    for words in ("every question", "Prefer not to answer", "Don't know", "10 such people"):
        assert words in methods
    ar = _texts(report(results, "ar", None, day="2026-12-01"))
    assert label("report.methods.alpha", "ar", min_n=10, k=K) in ar
    assert label("report.alpha_intro", "ar") in ar


def test_the_xlsx_summary_has_alpha_and_its_n(forty, eight, instrument, tmp_path):
    for name, (dataset, results) in (("forty", forty), ("eight", eight)):
        path = tmp_path / f"{name}.xlsx"
        write_xlsx(dataset, instrument, results, path)
        rows = {(r["construct"], r["phase"]): r for r in summary_sections(path)["Cronbach's"]}
        assert len(rows) == 2 * len(results.constructs)
        for construct in results.constructs:
            for phase, alpha in (("pre", construct.alpha_pre), ("post", construct.alpha_post)):
                row = rows[(construct.construct, phase)]
                assert row["items"] == ", ".join(construct.items)
                if alpha.shown:
                    assert row["alpha"] == pytest.approx(alpha.value)
                    assert row["n"] == alpha.n
                else:
                    assert row["alpha"] in {
                        "too few responses",
                        "fewer than 5",
                        "too few questions",
                    }
                    assert row.get("n") is None  # no n at all
        shown = [c.alpha_pre.shown for c in results.constructs]
        long_enough = [len(c.items) >= reliability.MIN_ITEMS for c in results.constructs]
        assert shown == long_enough if name == "forty" else not any(shown)


@pytest.mark.skipif(not Path("/usr/bin/pdftotext").exists(), reason="needs pdftotext")
def test_the_pdf_reliability_section_of_eight_people_has_no_digits(eight, tmp_path):
    _, results = eight
    out = tmp_path / "eight.pdf"
    write_report(results, out, lang="en")
    text = normal(pdftext(out))
    start = text.index(normal(label("report.alpha_heading", "en")))
    end = text.index(normal(label("report.indicators_heading", "en")))
    part = text[start:end]
    assert normal(label("report.alpha.too_few", "en")) in part
    # the running header and footer may fall inside it (a page break): not from the answers
    running = re.compile(r"fewer than 5|Page \d+ of \d+|Report made on \d{4}-\d\d-\d\d")
    assert not re.search(r"\d", running.sub(" ", part)), part
