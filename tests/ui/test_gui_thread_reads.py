"""Nothing on the GUI thread grows with the data: opening the main window on a sealed
folder of 3,000 workshops opens no workshop file on the window's thread.

Every ``open`` (``builtins.open``, ``io.open``, ``os.open``) of a file in the workshops
folder (its backups and quarantine included, the listing index not) is counted with the
thread that made it. The counts are of file opens, never of time.
"""

from __future__ import annotations

import builtins
import io
import os
import shutil
import threading
from pathlib import Path
from unittest import mock

import pytest

from tests.conftest import BUNDLED
from tests.helpers import UNLOCK_CODE, cheap_cost
from tests.ui.test_data_lock import answer_unlock_with
from workshop_kit.content.library import ContentRoot, load_library
from workshop_kit.records.listing_index import INDEX_FOLDER, SEALED_INDEX_NAME
from workshop_kit.records.protection import open_protected, set_up, workshops_dir
from workshop_kit.ui.app import create_main_window

WORKSHOPS = 3000
INSTRUMENT = "gbv-attitudes"


def _fill(data_dir: Path, count: int) -> dict[str, tuple[int, int]]:
    """A sealed folder of ``count`` workshops (a few responses in some of them),
    written through the store (without fsync: these files need not survive a power cut);
    returns the real counts by workshop code."""
    instrument = load_library([ContentRoot(BUNDLED, bundled=True)]).instrument(INSTRUMENT)
    protected = set_up(UNLOCK_CODE, data_dir=data_dir, cost=cheap_cost())
    store = protected.store
    counts = {}
    with mock.patch("os.fsync"):
        for n in range(count):
            workshop = store.create_workshop(
                curriculum_id="equal-voices",
                session_ids=["gender-and-power"],
                site=f"Centre {n:04d}",
                day=f"2025-{n % 12 + 1:02d}-{n % 28 + 1:02d}",
                language="en",
                expected_participants=12,
                instrument_id=instrument.id,
                instrument_version=instrument.version,
            )
            pre, post = (n % 4 == 1) + (n % 12 == 1), int(n % 8 == 1)
            for phase in ["pre"] * pre + ["post"] * post:
                store.add_response(
                    workshop.id,
                    phase=phase,
                    instrument_id=instrument.id,
                    instrument_version=instrument.version,
                    answers={instrument.items[0].id: 1},
                    entry_mode="kiosk",
                    code_answers=None,
                )
            counts[workshop.code] = (pre, post)
        store.fold_sealed()  # as an earlier unlock left them: the steady state
    store.flush_listing()
    protected.vault.lock()
    return counts


@pytest.fixture(scope="module")
def big_folder(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("three-thousand")
    return data_dir, _fill(data_dir, WORKSHOPS)


class Opens:
    """Opens of workshop files, by the thread that made them."""

    def __init__(self, folder: Path):
        self.folder = str(folder.resolve())
        self.gui: list[str] = []
        self.workers: list[str] = []

    def note(self, path) -> None:
        if isinstance(path, bytes):
            path = os.fsdecode(path)
        if not isinstance(path, (str, os.PathLike)):
            return  # a file descriptor
        full = os.path.abspath(os.fspath(path))
        if not full.startswith(self.folder) or os.path.basename(full).startswith(".listing"):
            return
        on_gui = threading.current_thread() is threading.main_thread()
        (self.gui if on_gui else self.workers).append(full)


@pytest.fixture
def opens(monkeypatch):
    def watch(folder: Path) -> Opens:
        counted = Opens(folder)
        real_open, real_os_open = io.open, os.open

        def counting_open(file, *args, **kwargs):
            counted.note(file)
            return real_open(file, *args, **kwargs)

        def counting_os_open(path, *args, **kwargs):
            counted.note(path)
            return real_os_open(path, *args, **kwargs)

        monkeypatch.setattr(io, "open", counting_open)
        monkeypatch.setattr(builtins, "open", counting_open)
        monkeypatch.setattr(os, "open", counting_os_open)
        return counted

    return watch


def _open_window(qtbot, monkeypatch, data_dir, bundled_library, settings, window_state, pins):
    """The window as the app opens it on ``data_dir`` (locked), then unlocked as a
    facilitator does, with the unlock code."""
    monkeypatch.setenv("WORKSHOP_KIT_DATA_DIR", str(data_dir))
    window = create_main_window(bundled_library, settings, window_state, pins=pins)
    qtbot.addWidget(window)
    window.show()
    window.build_pages()
    answer_unlock_with(monkeypatch, UNLOCK_CODE)
    assert window.data_lock.ensure_unlocked(window)
    return window


def _shown_counts(page) -> dict[str, tuple[int, int]]:
    table = page.table
    return {
        table.text(row, 1): (int(table.text(row, 5)), int(table.text(row, 6)))
        for row in range(table.rowCount())
    }


def _wait_listed(qtbot, window, count: int) -> None:
    qtbot.waitUntil(lambda: window.data_start.check_done, timeout=200_000)
    qtbot.waitUntil(lambda: window.workshops_page.table.rowCount() == count, timeout=200_000)
    job = window.data_start.listing_job
    qtbot.waitUntil(lambda: job is None or not job.running, timeout=200_000)


def _close(window) -> None:
    window.results_page.stop()
    window.print_page.stop_build()
    window.data_start.stop()


def test_opening_the_window_on_3000_workshops_opens_no_workshop_file_on_the_gui_thread(
    qtbot, monkeypatch, big_folder, opens, bundled_library, settings, window_state, pins
):
    data_dir, real = big_folder
    counted = opens(workshops_dir(data_dir))
    window = _open_window(
        qtbot, monkeypatch, data_dir, bundled_library, settings, window_state, pins
    )
    page = window.workshops_page
    # The index was fresh: every workshop is listed at once, none read to list it.
    assert page.table.rowCount() == WORKSHOPS
    _wait_listed(qtbot, window, WORKSHOPS)
    assert counted.workers, "the start-up check read the files, on a worker"
    assert counted.gui == []
    assert _shown_counts(page) == real
    assert window.data_start.listing_job is None  # nothing was stale: nothing read again
    assert window.recovery_notes == [] and "no problems" in window.statusBar().currentMessage()

    # The user asks for Results: the first display reads everything, on the worker.
    window.sidebar.setCurrentRow(window.row_of(window.results_page))
    qtbot.waitUntil(lambda: window.results_page.results is not None, timeout=200_000)
    assert counted.gui == []
    results = window.results_page.results
    assert results.workshops == WORKSHOPS
    _close(window)


@pytest.mark.parametrize("damage", ["deleted", "damaged"])
def test_a_deleted_or_damaged_index_is_rebuilt_in_the_background(
    qtbot,
    monkeypatch,
    big_folder,
    opens,
    tmp_path,
    bundled_library,
    settings,
    window_state,
    pins,
    damage,
):
    source, real = big_folder
    data_dir = tmp_path / "copy"
    shutil.copytree(source, data_dir)  # new inodes: every summary of the index is stale too
    index = workshops_dir(data_dir) / INDEX_FOLDER / SEALED_INDEX_NAME
    if damage == "deleted":
        index.unlink()
    else:
        index.write_bytes(b"\x01" + os.urandom(200))
    counted = opens(workshops_dir(data_dir))
    window = _open_window(
        qtbot, monkeypatch, data_dir, bundled_library, settings, window_state, pins
    )
    page = window.workshops_page
    assert page.table.rowCount() == 0  # nothing trusted: read on a worker first
    _wait_listed(qtbot, window, WORKSHOPS)
    assert counted.gui == []
    assert _shown_counts(page) == real
    _close(window)
    window.store.flush_listing()
    # Saved again: the next start lists everything at once and reads nothing to list.
    again = open_protected(data_dir)
    again.vault.unlock(UNLOCK_CODE)
    assert len(again.store._known_summaries()[0]) == WORKSHOPS
    assert again.store.refresh_listing() == 0


def test_a_file_changed_behind_the_stores_back_is_noticed(
    qtbot, monkeypatch, tmp_path, opens, bundled_library, settings, window_state, pins, instrument
):
    data_dir = tmp_path / "small"
    real = _fill(data_dir, 30)
    # Another program (an older copy of the app, a restored backup) adds a response to
    # one workshop: the index still says what it said before.
    other = open_protected(data_dir)
    other.vault.unlock(UNLOCK_CODE)
    first = other.store.list_workshops()[0]
    other.store._index = None  # it never saves its listing index
    other.store.add_response(
        first.id,
        phase="post",
        instrument_id=instrument.id,
        instrument_version=instrument.version,
        answers={instrument.items[0].id: 2},
        entry_mode="paper",
        code_answers=None,
    )
    before, after = real[first.code]
    real[first.code] = (before, after + 1)
    counted = opens(workshops_dir(data_dir))
    window = _open_window(
        qtbot, monkeypatch, data_dir, bundled_library, settings, window_state, pins
    )
    page = window.workshops_page
    # the changed one is not trusted: it is read again on a worker (it may already be back)
    assert page.table.rowCount() in (29, 30)
    _wait_listed(qtbot, window, 30)
    assert _shown_counts(page) == real
    assert counted.gui == []
    _close(window)
