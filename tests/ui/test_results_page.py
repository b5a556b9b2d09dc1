"""The Results page: bars and tests per item, the group view, exports and bundle import."""

from __future__ import annotations

import csv
import random
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests import survey_data
from workshop_kit.exports.run import ExportRequest
from workshop_kit.records.store import WorkshopStore
from workshop_kit.ui.results.page import ResultsPage


@pytest.fixture
def disk_store(user_data, instrument):
    rng = random.Random(4)
    data = [
        survey_data.workshop_responses(
            instrument, rng=rng, participants=25, site="East Amman", prefer_not=0
        )
        for _ in range(2)
    ]
    data.append(
        survey_data.workshop_responses(instrument, rng=rng, participants=3, site="Tiny village")
    )
    survey_data.write_store(user_data / "workshops", data)
    return WorkshopStore()


@pytest.fixture
def page(qtbot, disk_store, bundled_library, pins, settings):
    page = ResultsPage(disk_store, bundled_library, pins, settings)
    qtbot.addWidget(page)
    yield page
    page.stop()


def analysed(qtbot, page):
    page.show()  # showing the page starts the analysis
    qtbot.waitUntil(lambda: page.results is not None and not page.job.running, timeout=20_000)
    return page.results


def test_page_shows_every_item_with_bars_and_counts(qtbot, page, instrument):
    results = analysed(qtbot, page)
    assert results.workshops == 3
    assert len(page.cards) == len(instrument.items)
    assert "3 workshops" in page.status.text()
    assert f"{results.pairs} matched pairs" in page.status.text()
    drawn = [card for card in page.cards if card.bars.rows[0][1] is not None]
    assert drawn, "with 50+ responses some bars pass disclosure control"
    # the same rows the chart data gives, labelled Before / After
    assert [label for label, _ in page.cards[0].bars.rows] == ["Before", "After"]


def test_filtering_to_a_tiny_workshop_hides_everything(qtbot, page):
    analysed(qtbot, page)
    index = page.filters.site.findData("Tiny village")
    page.filters.site.setCurrentIndex(index)
    qtbot.waitUntil(lambda: page.results.workshops == 1 and not page.job.running, timeout=20_000)
    for card in page.cards:
        assert card.bars.rows[0][1] is None and card.bars.rows[1][1] is None
        assert not card.show_to_group.isEnabled()
    assert "fewer than 5" in card.bars.accessibleDescription()


def test_group_view_shows_only_chosen_items_that_pass(qtbot, page):
    analysed(qtbot, page)
    ready = [card for card in page.cards if card.show_to_group.isEnabled()]
    assert len(ready) >= 2
    assert not page.group_button.isEnabled()
    ready[0].show_to_group.setChecked(True)
    ready[1].show_to_group.setChecked(True)
    assert page.group_button.isEnabled()
    view = page.show_to_group()
    qtbot.addWidget(view)
    chosen = [ready[0].result.item.id, ready[1].result.item.id]
    assert [g.result.item.id for g in view.items] == chosen
    assert view.position.text() == "1 of 2"
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.index == 1 and view.position.text() == "2 of 2"
    qtbot.keyClick(view, Qt.Key.Key_Right)  # stays on the last
    assert view.index == 1
    assert view.bars.scale > 2  # large for the back of the room
    room = view.screen().availableGeometry()
    assert room.contains(view.frameGeometry()) or room.contains(view.geometry())  # all of it seen


def test_raw_export_needs_the_pin(qtbot, page, tmp_path, monkeypatch):
    analysed(qtbot, page)
    target = tmp_path / "responses.csv"
    request = ExportRequest(format="csv", path=target)
    monkeypatch.setattr(page, "ask_export", lambda: request)
    monkeypatch.setattr(page, "confirm_raw", lambda: False)  # wrong PIN / cancelled
    assert page.export() is None
    assert not target.exists()
    monkeypatch.setattr(page, "confirm_raw", lambda: True)
    job = page.export()
    qtbot.waitUntil(lambda: not job.running, timeout=20_000)
    qtbot.waitUntil(lambda: "Saved" in page.status.text(), timeout=5_000)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    # the page's counts carry the cell-key noise; the raw export holds every response
    assert abs(len(rows) - (page.results.responses_pre + page.results.responses_post)) <= 12


def test_report_export_needs_no_pin(qtbot, page, tmp_path, monkeypatch):
    analysed(qtbot, page)
    target = tmp_path / "report.pdf"
    monkeypatch.setattr(page, "ask_export", lambda: ExportRequest(format="report", path=target))
    monkeypatch.setattr(page, "confirm_raw", lambda: pytest.fail("the report is aggregate"))
    job = page.export()
    qtbot.waitUntil(lambda: not job.running, timeout=30_000)
    assert target.read_bytes().startswith(b"%PDF")


def test_import_of_a_bad_bundle_says_why_and_changes_nothing(
    qtbot, page, tmp_path, monkeypatch, type_pin
):
    type_pin("2468")
    analysed(qtbot, page)
    bad = tmp_path / "broken.wkbundle"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    monkeypatch.setattr(page, "ask_bundle", lambda: bad)
    before = sorted(w.id for w in page.store.list_workshops())
    job = page.import_bundle()
    qtbot.waitUntil(lambda: not job.running, timeout=10_000)
    qtbot.waitUntil(lambda: "nothing changed" in page.status.text(), timeout=5_000)
    assert "broken.wkbundle was not imported" in page.status.text()
    assert sorted(w.id for w in page.store.list_workshops()) == before


def test_a_tiny_workshop_shows_no_small_count(qtbot, page):
    analysed(qtbot, page)
    page.filters.site.setCurrentIndex(page.filters.site.findData("Tiny village"))
    qtbot.waitUntil(lambda: page.results.workshops == 1 and not page.job.running, timeout=20_000)
    texts = [label.text() for card in page.cards for label in card.findChildren(QLabel)]
    assert any("Responses: fewer than 5 before, fewer than 5 after" in t for t in texts)
    assert not any(re.search(r"\b[1-4]\b", t) for t in texts if t.startswith("Responses"))


def test_showing_the_page_again_reanalyses_only_after_a_change(qtbot, page, user_data):
    analysed(qtbot, page)
    first = page.job
    page.hide()
    page.show()
    assert page.job is first  # nothing changed: the results on show stay
    page.hide()
    page.settings.set("disclosure_k", 6)
    page.show()
    assert page.job is not first
    qtbot.waitUntil(lambda: not page.job.running and page.results.k == 6, timeout=20_000)


def test_workshops_are_offered_by_the_code_printed_on_their_forms(qtbot, page):
    analysed(qtbot, page)
    combo = page.filters.workshop
    shown = {combo.itemData(i): combo.itemText(i) for i in range(1, combo.count())}
    for workshop in page.store.list_workshops():
        assert shown[workshop.id].startswith(workshop.code + " · ")


def test_finished_analysis_jobs_are_freed_not_kept_for_the_whole_day(qtbot, page):
    from PySide6.QtCore import QCoreApplication, QEvent

    from workshop_kit.ui.jobs import Job

    for _ in range(6):
        job = page.refresh()
        assert job is not None
        qtbot.waitUntil(lambda job=job: not job.running, timeout=30_000)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert len(page.findChildren(Job)) == 1  # only the last one, which the page still asks


def test_the_page_shows_the_match_audit(qtbot, page):
    analysed(qtbot, page)
    text = page.audit_label.text()
    assert "How well before and after were matched" in text
    assert "Matched:" in text and "of before responses" in text
    assert "before (0–100): matched" in text


def test_a_read_on_show_goes_first_until_its_results_are_on_the_page(qtbot, page, monkeypatch):
    from workshop_kit import foreground

    busy_while_reading: list[bool] = []
    real = ResultsPage._show_results

    def shown(self, results):
        busy_while_reading.append(foreground.busy())  # the worker's read has just ended
        real(self, results)

    monkeypatch.setattr(ResultsPage, "_show_results", shown)
    assert not foreground.busy()
    page.show()
    assert foreground.busy()  # from the moment the read starts
    qtbot.waitUntil(lambda: page.results is not None and not page.job.running, timeout=20_000)
    assert busy_while_reading == [True]
    qtbot.waitUntil(lambda: not foreground.busy(), timeout=5_000)


def test_a_hidden_page_reads_when_it_is_shown_not_when_its_filters_change(qtbot, page):
    first = analysed(qtbot, page)
    page.hide()
    before = page.job
    page.filters.site.setCurrentIndex(1)  # a site chosen (as a listing's update might)
    qtbot.wait(400)  # longer than the filters' settling delay
    assert page.job is before  # no read while nobody looks
    page.show()  # shown again with other filters: it reads
    qtbot.waitUntil(lambda: page.job is not before, timeout=5_000)
    qtbot.waitUntil(lambda: page.results is not first, timeout=20_000)
    assert page.results.filters.site == page.filters.site.currentData() == "East Amman"


def test_a_page_deleted_while_it_reads_leaves_no_background_pass_waiting(
    qtbot, disk_store, bundled_library, pins, settings
):
    from workshop_kit import foreground

    page = ResultsPage(disk_store, bundled_library, pins, settings)
    page.show()
    assert foreground.busy()
    job = page.job
    page.deleteLater()  # the window closed it mid-read, without stop()
    qtbot.waitUntil(lambda: not foreground.busy(), timeout=5_000)
    job.wait()
