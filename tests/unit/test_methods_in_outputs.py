"""Every p-value and interval in the report and the XLSX says how it was found, and the
methods text states the rules (exact Wilcoxon, intervals, "don't know")."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.test_analysis_summary import closed_workshop, paired_data, response
from tests.unit.test_exports import summary_sections
from tests.unit.test_report import _texts
from workshop_kit.analysis.dataset import Filters, make_dataset
from workshop_kit.analysis.summary import summarise as _summarise
from workshop_kit.content.labels import label
from workshop_kit.content.library import ContentRoot, load_library
from workshop_kit.exports.report import report
from workshop_kit.exports.xlsx_export import write_xlsx

BUNDLED = Path(__file__).resolve().parents[2] / "curricula"
ITEM = "hit_if_antagonising"


def summarise(*args, **kwargs):
    """The exact figures (no cell-key noise), so that what is printed can be checked against
    the data; tests/unit/test_disclosure_attack.py checks the outputs with the noise."""
    return _summarise(*args, cell_key=False, **kwargs)


@pytest.fixture(scope="module")
def instrument():
    return load_library([ContentRoot(BUNDLED, bundled=True)]).instrument("gbv-attitudes")


@pytest.fixture(scope="module")
def data(instrument):
    """8 pairs: 7 moved up one step on ITEM, 1 down; every score fell 100 or 50 points."""
    workshop, responses = paired_data([1] * 7 + [2], [2] * 7 + [1], item=ITEM)
    other = closed_workshop()
    full = {"tolerate_for_family": 3, "deserves_beating": 3, "never_acceptable": 1}
    none = {key: 4 - value for key, value in full.items()}
    half = dict.fromkeys(full, 2)
    extra = [response(other, "pre", full, pair=n) for n in range(1, 6)]
    extra += [response(other, "post", none, pair=n) for n in range(1, 5)]
    extra.append(response(other, "post", half, pair=5))
    dataset = make_dataset(Filters(), [(workshop, responses), (other, extra)])
    return dataset, summarise(dataset, instrument, k=5)


def test_the_report_prints_the_exact_method_and_the_cut_interval(data):
    _, results = data
    texts = _texts(report(results, "en", None, day="2026-12-01"))
    cells = "\n".join(texts)
    # p = 0.070 exactly (18/256), printed as its band only
    assert "Wilcoxon signed-rank test, exact: p ≥ 0.05" in cells
    assert "Sign test, exact: p ≥ 0.05" in cells
    assert label("report.ci_method.t-clipped", "en") in cells
    for part in ("exact", "change", "scores"):
        assert label(f"report.methods.{part}", "en") in texts
    assert "ties and zeros included" in label("report.methods.exact", "en")
    assert "Don't know" in label("report.methods.scores", "en")


def test_the_arabic_report_names_the_methods_in_arabic(data):
    _, results = data
    cells = "\n".join(_texts(report(results, "ar", None, day="2026-12-01")))
    assert label("report.method.exact", "ar") in cells
    assert label("report.ci_method.t-clipped", "ar") in cells


def test_the_xlsx_states_the_test_method_and_the_interval_method(data, instrument, tmp_path):
    dataset, results = data
    write_xlsx(dataset, instrument, results, tmp_path / "r.xlsx")
    paired = summary_sections(tmp_path / "r.xlsx")["Before"]
    rows = [r for r in paired if r["id"] == ITEM]
    by_test = {r["test"]: r for r in rows}
    assert by_test["wilcoxon"]["method"] == "exact"
    assert by_test["wilcoxon"]["p_value"] == "p ≥ 0.05"  # 18 / 256, as its band
    assert "95% CI: Student's t" in by_test["wilcoxon"]["note"]
    assert "Newcombe" in by_test["mcnemar"]["note"]
    score = [r for r in paired if r["kind"] == "construct" and r["id"] == "violence_acceptance"]
    assert score and "clipped at the possible range" in score[0]["note"]
    assert score[0]["ci_low"] == -100
