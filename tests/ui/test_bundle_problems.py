"""A bundle refused for data that cannot be true is worded by the interface."""

from __future__ import annotations

import pytest

from tests.ui.test_problems import marked  # noqa: F401 (a fixture)
from workshop_kit.records import problems
from workshop_kit.records.bundle_checks import BundleDataError
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
