"""A bundle refused for data that cannot be true is worded by the interface."""

from __future__ import annotations

import pytest

from tests.ui.test_problems import marked  # noqa: F401 (a fixture)
from tests.ui.test_results_page import disk_store  # noqa: F401 (a fixture)
from workshop_kit.records import problems
from workshop_kit.records.bundle_checks import BundleDataError
from workshop_kit.records.model import workshop_code
from workshop_kit.ui.problems import error_text, has_words

DATA = {
    "workshop": "AB12CD",
    "response": "7",
    "item": "hit_if_antagonising",
    "instrument": "gbv-attitudes",
    "version": 99,
    "installed": 1,
    "day": "9999-12-31",
    "closed_day": "2024-04-30",
    "earliest": "2000-01-01",
    "latest": "2026-12-03",
    "first": "2024-05-01",
    "last": "2024-05-02",
    "phase": "pre",
    "count": 512,
    "expected": 1,
    "most": 31,
    "problem": "names a response that is not in the file",
}
CODES = [getattr(problems, name) for name in problems.__all__ if name.startswith("BUNDLE_")]


@pytest.mark.parametrize("code", CODES)
def test_every_bundle_data_code_is_worded_in_the_interface_language(qapp, marked, code):  # noqa: F811
    error = BundleDataError("English for the command line", code=code, **DATA)
    assert has_words(error)
    text = error_text(error)
    assert text.startswith("‹AR› ") and "English" not in text
    assert "AB12CD" in text
    assert "Update Workshop Kit" in text or "new export" in text  # what to do


def test_a_newer_survey_asks_for_an_update_in_words(qapp):
    error = BundleDataError("x", code=problems.BUNDLE_NEWER_INSTRUMENT, **DATA)
    assert "Update Workshop Kit" in error_text(error)


def test_the_results_page_words_a_lying_bundle_and_changes_nothing(
    qtbot,
    disk_store,  # noqa: F811 (the fixture imported above)
    bundled_library,
    pins,
    settings,
    tmp_path,
    monkeypatch,
    type_pin,
):
    from tests.unit.test_bundle import closed_workshop, craft, document, snapshot
    from workshop_kit.records.store import WorkshopStore
    from workshop_kit.ui.results.page import ResultsPage

    centre = WorkshopStore(tmp_path / "centre")
    doc = document(centre, closed_workshop(centre, site="Zarqa"))
    doc["responses"]["2"]["answers"]["hit_if_antagonising"] = 7
    path = craft(tmp_path / "lying.wkbundle", [doc])
    type_pin("2468")
    page = ResultsPage(disk_store, bundled_library, pins, settings)
    qtbot.addWidget(page)
    monkeypatch.setattr(page, "ask_bundle", lambda: path)
    before = snapshot(disk_store.folder.parent)
    job = page.import_bundle()
    qtbot.waitUntil(lambda: not job.running, timeout=10_000)
    code = workshop_code(doc["_meta"]["1"]["workshop"]["id"])
    qtbot.waitUntil(lambda: "not one of its options" in page.status.text(), timeout=5_000)
    assert f"In workshop {code}, response 2" in page.status.text()
    assert snapshot(disk_store.folder.parent) == before
    page.stop()
