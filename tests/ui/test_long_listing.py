"""A first listing that reads every workshop file (a folder just sealed by an upgrade, or
an index lost) fills the Workshops page in as it goes, says what it is doing instead of
"create a workshop", and the fold pass waits for it (they would share the same cores)."""

from __future__ import annotations

import time

import pytest

from tests.ui.test_gui_thread_reads import (
    _close,
    _fill,
    _open_window,
    _shown_counts,
    _wait_listed,
)
from workshop_kit.records.listing_index import INDEX_FOLDER, SEALED_INDEX_NAME
from workshop_kit.records.protection import workshops_dir
from workshop_kit.records.store import WorkshopStore
from workshop_kit.ui.startup import DataStart

WORKSHOPS = 120


@pytest.fixture(scope="module")
def folder_without_index(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("no-index")
    real = _fill(data_dir, WORKSHOPS)
    (workshops_dir(data_dir) / INDEX_FOLDER / SEALED_INDEX_NAME).unlink()
    return data_dir, real


def test_a_long_listing_is_shown_as_it_goes_and_the_fold_waits_for_it(
    qtbot,
    monkeypatch,
    folder_without_index,
    bundled_library,
    settings,
    window_state,
    pins,
):
    data_dir, real = folder_without_index
    monkeypatch.setattr(DataStart, "PARTIAL_LISTING_S", 0.0)  # a partial listing each step
    # A listing as long as a slow laptop's: each summary read takes a few milliseconds, so
    # the window's thread gets its turns between steps however busy the machine is (on a
    # fast read its progress arrived in a few bursts, and the test saw three steps).
    real_read = WorkshopStore._read_summary

    def slow_read(self, workshop_id):
        time.sleep(0.004)
        return real_read(self, workshop_id)

    monkeypatch.setattr(WorkshopStore, "_read_summary", slow_read)
    seen_rows: list[int] = []
    seen_texts: list[str] = []
    folds_meanwhile: list[bool] = []

    def watched_progress(start):
        # After the window's own slot (connected when it was made): what a step of the
        # listing left on the page (each step lists what is read so far).
        page = start.window.workshops_page
        seen_rows.append(page.table.rowCount())
        seen_texts.append(page.summary.text())
        folds_meanwhile.append(start.fold_job is not None and start.fold_job.running)

    at_start: list[tuple[int, str]] = []
    real_start = DataStart._start_listing

    def watched_start(self):
        real_start(self)
        page = self.window.workshops_page
        at_start.append((page.table.rowCount(), page.summary.text()))

    monkeypatch.setattr(DataStart, "_start_listing", watched_start)
    window = _open_window(
        qtbot, monkeypatch, data_dir, bundled_library, settings, window_state, pins
    )
    start = window.data_start
    start.listing_partial.connect(lambda: watched_progress(start))
    page = window.workshops_page
    window.sidebar.setCurrentRow(window.row_of(page))  # (a page not on show waits)
    _wait_listed(qtbot, window, WORKSHOPS)

    # When the listing starts, nothing is listed and the page says the list is read.
    assert at_start and at_start[0][0] == 0
    assert "Reading the list of workshops" in at_start[0][1]
    assert len(seen_rows) >= 2
    partial = {rows for rows in seen_rows if 0 < rows < WORKSHOPS}
    # listed again and again as the reading goes (not only when it ends, or once when the
    # start-up check happens to finish meanwhile)
    assert len(partial) >= 5, f"the page did not fill in as it went: {seen_rows}"
    assert seen_rows == sorted(seen_rows)  # never fewer rows than a moment before
    assert not any("Create a workshop" in text for text in seen_texts)
    assert not any(folds_meanwhile), "the fold ran beside the listing"
    qtbot.waitUntil(lambda: window.data_start.listing_progress is None)  # its end delivered
    assert "Reading the list" not in page.summary.text()
    assert page.table.rowCount() == WORKSHOPS
    assert _shown_counts(page) == real
    _close(window)


def test_the_window_leaves_room_for_its_frame_before_the_window_manager_frames_it(
    qtbot, bundled_library, settings, window_state, pins
):
    from workshop_kit.ui.app import create_main_window
    from workshop_kit.ui.main_window import FRAME_GUESS

    window = create_main_window(bundled_library, settings, window_state, pins=pins)
    qtbot.addWidget(window)
    room = window.screen().availableGeometry()
    # Not shown: no frame known yet, so the guess is kept free (offscreen has no frame).
    assert window.height() <= room.height() - FRAME_GUESS[1]
    assert window.width() <= room.width() - FRAME_GUESS[0]
