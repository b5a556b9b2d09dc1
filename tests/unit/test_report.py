"""The PDF results report: what it says (as blocks and read back from the PDF with poppler),
in English and Arabic, with disclosure control visible in the text; and the diverging bar
chart it draws (rows never split, row labels on the start side, one axis in both languages).

Results are made the way the app makes them: workshops and responses, then
``make_dataset`` and ``summarise`` with k = 5. The data are chosen so that the outcome is
known: 24 matched pairs plus unmatched responses, one item with two "prefer not to answer"
before (so the distribution has hidden cells) and one item that only three pairs answered
after (so its tests rest on fewer than 5 pairs).
"""

from __future__ import annotations

import ast
import re
from dataclasses import replace
from pathlib import Path

import pytest

from tests.tools import needs
from tests.unit.test_pdf_render import bbox_lines, body_text, normal, pages, pdftext
from workshop_kit.analysis.dataset import Filters, make_dataset
from workshop_kit.analysis.stats import P_BANDS
from workshop_kit.analysis.summary import summarise as _summarise
from workshop_kit.content.labels import LABELS, label
from workshop_kit.content.library import ContentRoot, load_library
from workshop_kit.exports.report import format_p, report, write_report
from workshop_kit.pdf.blocks import DivergingBars, Document, Heading, Para, Table
from workshop_kit.pdf.render import Cancelled, render
from workshop_kit.records.model import Response, Workshop, new_id
from workshop_kit.site import SiteInfo

ROOT = Path(__file__).resolve().parents[2]
SITE = SiteInfo("East Amman Community Centre")
DAY = "2026-11-20"
PAIRS = 24
HIDDEN_ITEM = "deserves_beating"  # before, only two people disagree: hidden cells
FEW_ITEM = "men_role"  # answered after by only three pairs

needs_poppler = needs("pdftotext")


def summarise(*args, **kwargs):
    """The exact figures (no cell-key noise), so that what is printed can be checked against
    the data; tests/unit/test_disclosure_attack.py checks the outputs with the noise."""
    return _summarise(*args, cell_key=False, **kwargs)


@pytest.fixture(scope="module")
def instrument():
    library = load_library([ContentRoot(ROOT / "curricula", bundled=True)])
    return library.instrument("gbv-attitudes")


def _workshop(instrument, language: str = "en") -> Workshop:
    return Workshop(
        id=new_id(),
        curriculum_id="equal-voices",
        session_ids=("gender-and-power",),
        site="East Amman centre",
        day="2026-03-02",
        language=language,
        expected_participants=30,
        instrument_id=instrument.id,
        instrument_version=instrument.version,
        status="closed",
        closed_day="2026-03-09",
    )


def _response(instrument, workshop, phase, answers, pair) -> Response:
    return Response(
        id=new_id(),
        workshop_id=workshop.id,
        phase=phase,
        instrument_id=instrument.id,
        instrument_version=instrument.version,
        answers=answers,
        entry_mode="paper",
        day=workshop.day,
        pair=pair,
    )


def _answers(instrument, person: int, phase: str) -> dict[str, int | None]:
    """Three answer groups of equal size before; after, each group moves one option up."""
    answers: dict[str, int | None] = {}
    for item in instrument.items:
        values = item.scale.values
        index = person % 3 + (1 if phase == "post" else 0)
        answers[item.id] = values[min(index, len(values) - 1)]
    if phase == "pre":
        values = instrument.item(HIDDEN_ITEM).scale.values
        answers[HIDDEN_ITEM] = values[0] if person < 2 else values[1]
    if phase == "post" and person >= 3:
        answers[FEW_ITEM] = None
    return answers


def _results(instrument, pairs: int, unmatched: tuple[int, int] = (0, 0), filters=None):
    workshop = _workshop(instrument)
    responses = []
    for person in range(pairs):
        for phase in ("pre", "post"):
            answers = _answers(instrument, person, phase)
            responses.append(_response(instrument, workshop, phase, answers, person + 1))
    for phase, count in zip(("pre", "post"), unmatched, strict=True):
        for person in range(pairs, pairs + count):
            answers = _answers(instrument, person, phase)
            responses.append(_response(instrument, workshop, phase, answers, None))
    dataset = make_dataset(filters or Filters(), [(workshop, responses)])
    return summarise(dataset, instrument, k=5)


@pytest.fixture(scope="module")
def results(instrument):
    filters = Filters(site="East Amman centre", day_from="2026-01-01", day_to="2026-06-30")
    return _results(instrument, PAIRS, (2, 1), filters)


@pytest.fixture(scope="module")
def few(instrument):
    """Three people before and after: fewer than k = 5 everywhere."""
    return _results(instrument, 3)


@pytest.fixture(scope="module")
def pdfs(results, tmp_path_factory):
    folder = tmp_path_factory.mktemp("report")
    out = {}
    for lang in ("en", "ar"):
        out[lang] = folder / f"report-{lang}.pdf"
        assert write_report(results, out[lang], lang=lang, site=SITE) == pages(out[lang])
    return out


def _wording(item, lang: str) -> str:
    text = item.text.get(lang)
    return f"{item.block.stem.get(lang)} {text}" if item.block is not None else text


def _texts(document: Document) -> list[str]:
    """Every piece of text in a document's blocks, in order."""
    out: list[str] = []
    for block in document.blocks:
        if isinstance(block, Heading | Para):
            out.append(block.text)
        elif isinstance(block, Table):
            out += [*block.header, *(cell for row in block.rows for cell in row)]
        elif isinstance(block, DivergingBars):
            out += [block.title, *(text for _, text in block.legend)]
            out += [bar for row in block.rows for bar in row[1:] if isinstance(bar, str)]
    return out


# ----------------------------------------------------------------------------- the data


def test_the_test_data_have_the_intended_shape(results, few):
    assert (results.pairs, results.unmatched_pre, results.unmatched_post) == (PAIRS, 2, 1)
    hidden = results.item(HIDDEN_ITEM).pre
    assert not hidden.suppressed and not all(o.count.shown for o in hidden.options)
    assert not results.item(FEW_ITEM).ordinal.shown
    assert results.item("hit_if_antagonising").ordinal.shown
    assert all(item.pre.suppressed and item.post.suppressed for item in few.items)


# ----------------------------------------------------------------------------- as blocks


def test_the_report_names_the_survey_centre_filters_and_day(results):
    document = report(results, "en", SITE, day=DAY)
    title = "Survey results: A short survey: what do you think?"
    assert document.blocks[0] == Heading(title, 1)
    texts = _texts(document)
    assert SITE.centre_name in texts
    assert f"Report made on {DAY}" in texts
    assert "East Amman centre" in texts
    assert "2026-01-01 to 2026-06-30" in texts
    assert document.kind == "report" and document.title == title


def test_a_workshop_filter_prints_the_short_code_not_the_id(instrument):
    results = _results(instrument, 6)
    workshop_id = "0123456789abcdef0123456789abcdef"
    filtered = replace(results, filters=Filters(workshop_id=workshop_id))
    texts = _texts(report(filtered, "en", None, day=DAY))
    assert "012345J · W-0123456789ABCDEF" in texts  # the forms' code and the export key
    assert not any(workshop_id in text for text in texts)


def test_no_filters_says_so(instrument):
    texts = _texts(report(_results(instrument, 6), "en", None, day=DAY))
    assert label("report.filters_none", "en") in texts


def test_each_item_has_its_wording_a_chart_and_its_tables(results):
    document = report(results, "en", SITE, day=DAY)
    blocks = list(document.blocks)
    for number, item in enumerate(results.instrument.items, 1):
        heading = Heading(f"{number}. {_wording(item, 'en')}", 3)
        index = blocks.index(heading)
        following = blocks[index + 1 : index + 4]
        assert any(isinstance(block, DivergingBars) for block in following), item.id


def test_a_shown_bar_carries_the_chart_data_and_the_scale_labels(results):
    document = report(results, "en", SITE, day=DAY)
    charts = [block for block in document.blocks if isinstance(block, DivergingBars)]
    first = charts[0]  # hit_if_antagonising: 9, 9 and 8 of 26 before, all agreeing after
    (_, before, after) = first.rows[0]
    assert [tone for tone, _, _ in before] == ["disagree", "agree", "agree-strong"]
    assert before[0][1:] == pytest.approx((-9 / 26, 9 / 26))
    assert sum(width for _, _, width in before) == pytest.approx(1.0)
    assert after[0][2] == 0 and after[0][1] == pytest.approx(0.0)  # nobody disagrees after
    assert first.legend == (
        ("disagree", "Disagree"),
        ("agree", "Partly agree"),
        ("agree-strong", "Agree"),
    )
    assert first.phases == ("Before", "After")


def test_hidden_cells_say_hidden_and_small_samples_say_fewer_than_k(results):
    document = report(results, "en", SITE, day=DAY)
    blocks = list(document.blocks)
    hidden_item = results.instrument.item(HIDDEN_ITEM)
    number = results.instrument.items.index(hidden_item) + 1
    start = blocks.index(Heading(f"{number}. {_wording(hidden_item, 'en')}", 3))
    chart, shares = blocks[start + 1], blocks[start + 2]
    assert chart.rows[0][1] == label("report.bar_hidden", "en", k=5)
    assert isinstance(chart.rows[0][2], tuple)  # after: every cell shown
    agreeing = dict((row[0], row[1:]) for row in shares.rows)[label("report.agreeing", "en")]
    assert agreeing[0] == "hidden" and agreeing[1].endswith("%")

    few_item = results.instrument.item(FEW_ITEM)
    number = results.instrument.items.index(few_item) + 1
    start = blocks.index(Heading(f"{number}. {_wording(few_item, 'en')}", 3))
    paired = blocks[start + 3]
    assert isinstance(paired, Table)
    assert all(row[1:] == ("fewer than 5",) * 3 for row in paired.rows)


def test_paired_tests_print_name_method_and_p(results):
    document = report(results, "en", SITE, day=DAY)
    cells = [cell for block in document.blocks if isinstance(block, Table) for row in block.rows
             for cell in row]  # fmt: skip
    tests = [cell for cell in cells if "Wilcoxon signed-rank test" in cell]
    assert tests, cells
    bands = "|".join(re.escape(band) for band in P_BANDS.values())
    assert all(re.search(rf"(exact|approximate): ({bands})", cell) for cell in tests)
    assert any("McNemar's test, exact: p" in cell for cell in cells)


@pytest.mark.parametrize(
    ("p", "text"),
    [
        (0.034, "0.01 ≤ p < 0.05"),
        (0.0004, "p < 0.01"),
        (0.0099, "p < 0.01"),
        (0.01, "0.01 ≤ p < 0.05"),
        (0.05, "p ≥ 0.05"),
        (1.0, "p ≥ 0.05"),
    ],
)
def test_p_values_are_printed_only_as_a_band(p, text):
    assert format_p(p) == text


def test_reverse_worded_items_say_so(results):
    texts = _texts(report(results, "en", SITE, day=DAY))
    note = label("report.reverse_note", "en", score=label("report.construct.gender_norms", "en"))
    assert note in texts


def test_scores_and_indicators_are_reported(results):
    texts = _texts(report(results, "en", SITE, day=DAY))
    for construct in results.constructs:
        assert label(f"report.construct.{construct.construct}", "en") in texts
    stem = results.instrument.item("dhs_goes_out").block.stem.get("en")
    assert label("report.indicator_name", "en", stem=stem) in texts


def test_every_report_word_is_translated():
    keys = {key for key in LABELS["en"] if key.startswith("report.")}
    assert len(keys) > 60
    for lang, words in LABELS.items():
        missing = keys - set(words)
        assert not missing, (lang, missing)
        if lang != "en":
            same = [k for k in keys if words[k] == LABELS["en"][k] and re.search("[a-z]", words[k])]
            assert same in ([], ["report.p_method"]), (lang, same)


def test_an_arabic_report_uses_the_instruments_arabic_text(results):
    texts = _texts(report(results, "ar", SITE, day=DAY))
    for item in results.instrument.items:
        assert any(_wording(item, "ar") in text for text in texts), item.id
    assert label("report.title", "ar", title=results.instrument.title.get("ar")) in texts
    assert "أقل من 5" in texts and "محجوب" in texts


# ----------------------------------------------------------------------------- the PDF


@needs_poppler
def test_the_english_pdf_reads_back(results, pdfs):
    text = normal(pdftext(pdfs["en"]))
    body = body_text(pdfs["en"])
    assert normal("Survey results: A short survey: what do you think?") in text
    for key, count in (("pre", PAIRS + 2), ("post", PAIRS + 1), ("pairs", PAIRS)):
        assert normal(f"{label(f'report.count.{key}', 'en')} {count}") in text
    for key, count in (("unmatched_pre", 2), ("unmatched_post", 1)):
        assert normal(f"{label(f'report.count.{key}', 'en')} {count}") in text
    for item in results.instrument.items:
        assert normal(_wording(item, "en")) in body, item.id
    assert "fewer than 5" in text and "hidden" in text
    for part in ("shares", "pairs", "tests", "exact", "scores", "reverse"):
        assert normal(label(f"report.methods.{part}", "en")) in body, part
    assert normal(label("report.disclosure", "en", k=5)) in body
    assert re.search(r"p < 0\.01|0\.01 ≤ p < 0\.05|p ≥ 0\.05", text)
    assert not re.search(r"p = \d", text)
    assert "\ufffd" not in text  # every sign drawn, none replaced


@needs_poppler
def test_the_arabic_pdf_reads_back_in_logical_order(results, pdfs):
    text = normal(pdftext(pdfs["ar"]))
    body = body_text(pdfs["ar"])
    assert normal(label("report.title", "ar", title=results.instrument.title.get("ar"))) in text
    for item in results.instrument.items:
        assert normal(_wording(item, "ar")) in body, item.id
    for part in ("shares", "pairs", "tests", "scores", "caution"):
        assert normal(label(f"report.methods.{part}", "ar")) in body, part
    assert normal(label("report.disclosure", "ar", k=5)) in body
    assert normal(label("report.bar_hidden", "ar", k=5)) in text
    assert "أقل من 5" in text
    assert "\ufffd" not in text


@needs_poppler
def test_with_fewer_than_k_everywhere_no_number_from_the_answers_is_printed(few, tmp_path):
    out = tmp_path / "few.pdf"
    write_report(few, out, lang="en", site=SITE)
    text = normal(pdftext(out))
    start = text.index(label("report.items_heading", "en"))
    end = text.index(label("report.methods_heading", "en"))
    results_part = text[start:end]
    # Numbers that are not from the answers: item numbers, the chart's axis, the 95% of
    # the intervals, the 0-100 range of scores, k itself, and the running header/footer.
    allowed = re.compile(
        r"0–100|0 to 100|95%|fewer than 5|Page \d+ of \d+|Report made on \d{4}-\d\d-\d\d"
        r"|\b\d+\. |\b(?:100|75|50|25|0)%|\b0\b"
    )
    leftover = allowed.sub(" ", results_part)
    assert not re.search(r"\d", leftover), re.findall(r"\S*\d\S*", leftover)
    assert "p =" not in text and "p <" not in text
    assert "fewer than 5" in results_part
    # The overall counts are printed as they are: they say how many took part.
    assert normal(f"{label('report.count.pairs', 'en')} 3") in text


@needs_poppler
def test_cancelling_writes_nothing(results, tmp_path):
    out = tmp_path / "cancelled.pdf"
    with pytest.raises(Cancelled):
        write_report(results, out, cancelled=lambda: True)
    assert not out.exists()


# ----------------------------------------------------------------------------- the chart


BAR = (("disagree", -0.25, 0.25), ("agree", 0.0, 0.5), ("agree-strong", 0.5, 0.25))
LEGEND = (("disagree", "Disagree"), ("agree", "Partly agree"), ("agree-strong", "Agree"))


def _chart_doc(rows, lang="en", phases=("Before", "After"), title="Chart"):
    chart = DivergingBars(title, LEGEND, tuple(rows), phases=phases)
    return Document("report", lang, "t", "", "", (Heading("Top", 1), chart))


def _words_with_x(path: Path) -> list[tuple[str, float, float]]:
    return [word for line in bbox_lines(path) for word in line]


@needs_poppler
def test_a_chart_row_never_splits_across_pages(tmp_path):
    rows = [(f"Row {n} label", BAR, BAR) for n in range(40)]
    out = tmp_path / "rows.pdf"
    render([_chart_doc(rows)], out)
    assert pages(out) >= 2
    for page in range(1, pages(out) + 1):
        text = normal(pdftext(out, "-f", str(page), "-l", str(page)))
        # each row label is followed, on the same page, by both of its bars
        labels = re.findall(r"Row (\d+) label", text)
        assert labels
        assert text.count("Before") == text.count("After") == len(labels)


@needs_poppler
def test_the_axis_is_the_same_in_arabic_and_row_labels_move_to_the_right(tmp_path):
    positions = {}
    for lang, name, phases in (
        ("en", "Row label", ("Before", "After")),
        ("ar", "تسمية الصف", ("قبل", "بعد")),
    ):
        out = tmp_path / f"{lang}.pdf"
        render([_chart_doc([(name, BAR, None)], lang, phases)], out)
        words = _words_with_x(out)
        first_word = normal(name.split()[0])
        label_x = next(x0 for word, x0, _ in words if word == first_word)
        disagree = next(x0 for word, x0, _ in words if word == "25%")
        agree = next(x0 for word, x0, _ in words if word == "50%" and x0 > disagree)
        positions[lang] = (label_x, disagree, agree)
    en, ar = positions["en"], positions["ar"]
    assert en[0] < en[1] and ar[0] > ar[2]  # row labels on the start side
    for lang in ("en", "ar"):
        assert positions[lang][1] < positions[lang][2]  # disagree left of agree in both


def test_pdf_imports_nothing_from_the_analysis():
    for path in sorted((ROOT / "workshop_kit" / "pdf").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            assert not any(name.startswith("workshop_kit.analysis") for name in names), path
