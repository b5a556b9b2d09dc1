"""The Results page's respondent-group filter: shown only for a survey with about-you
items, it narrows the results to a group through the same analysis."""

from __future__ import annotations

import dataclasses

import pytest

from tests import survey_data
from tests.about_you_data import gbv_with_about_you
from tests.unit.test_disclosure_attack import make_world
from workshop_kit.records.store import WorkshopStore
from workshop_kit.ui.results.filters import FilterBar
from workshop_kit.ui.results.page import ResultsPage


@pytest.fixture
def groups_library(tmp_path, bundled_library):
    instrument = gbv_with_about_you(tmp_path / "survey")
    return dataclasses.replace(bundled_library, instruments=(instrument,)), instrument


def test_group_combo_offers_everyone_then_each_option(qtbot, groups_library, bundled_library):
    library, _ = groups_library
    bar = FilterBar(library, "en")
    qtbot.addWidget(bar)
    bar.show()
    combo = bar.group.combo
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert texts == [
        "Everyone",
        "Sex: A woman",
        "Sex: A man",
        "Age: 15 to 24",
        "Age: 25 to 34",
        "Age: 35 or older",
    ]
    assert bar.group.isVisible() and bar.filters().group is None
    combo.setCurrentIndex(2)
    assert bar.filters().group == ("sex", 2)
    plain = FilterBar(bundled_library, "en")  # the bundled survey has no about-you items
    qtbot.addWidget(plain)
    plain.show()
    assert not plain.group.isVisible() and plain.filters().group is None


def test_choosing_a_group_analyses_that_group(qtbot, groups_library, user_data, pins, settings):
    library, instrument = groups_library
    survey_data.write_store(user_data / "workshops", make_world(instrument, 7, (30, 24)))
    page = ResultsPage(WorkshopStore(), library, pins, settings)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.results is not None and not page.job.running, timeout=20_000)
    everyone = page.results
    page.filters.group.combo.setCurrentIndex(1)  # Sex: A woman
    qtbot.waitUntil(
        lambda: (
            page.results is not None
            and page.results.filters.group == ("sex", 1)
            and not page.job.running
        ),
        timeout=20_000,
    )
    women = page.results
    assert 0 < women.responses_pre < everyone.responses_pre
    assert women.workshops == everyone.workshops
    page.stop()
