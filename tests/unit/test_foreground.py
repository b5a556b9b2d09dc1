"""Work someone waits for goes first: the start-up check steps aside for a Results read,
and lets go of the store while it waits (a read it waited for would never come)."""

from __future__ import annotations

import threading
import time

from tests import survey_data
from workshop_kit import foreground
from workshop_kit.content.library import load_library
from workshop_kit.records import recovery
from workshop_kit.records.store import WorkshopStore


def _store(tmp_path, n=6) -> WorkshopStore:
    instrument = load_library().instrument("gbv-attitudes")
    made = list(survey_data.many_workshops(instrument, workshops=n, responses=n * 10))
    survey_data.write_store(tmp_path / "workshops", made)
    return WorkshopStore(tmp_path / "workshops")


def test_without_foreground_work_nothing_waits():
    assert not foreground.busy()
    assert foreground.step_aside() is False


def test_the_check_waits_between_files_while_foreground_work_runs(tmp_path, monkeypatch):
    store = _store(tmp_path)
    loaded: list[str] = []
    original = recovery.load_file

    def load(path, workshop_id):
        loaded.append(workshop_id)
        return original(path, workshop_id)

    monkeypatch.setattr(recovery, "load_file", load)
    listed: list[int] = []
    with foreground.foreground():
        assert foreground.busy()
        check = threading.Thread(target=store.check, daemon=True)
        check.start()
        deadline = time.monotonic() + 10
        while not loaded and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(0.3)  # time enough to check six small files, were it not waiting
        assert len(loaded) == 1
        # the store is free meanwhile: the read the check waits for can run
        reader = threading.Thread(target=lambda: listed.append(len(store.list_workshops())))
        reader.start()
        reader.join(10)
        assert not reader.is_alive(), "the paused check held the store"
        assert listed == [6]
    check.join(10)
    assert not check.is_alive()
    assert len(loaded) == 6
    assert store.check_problems() == ()


def test_a_file_deleted_while_the_check_waited_is_not_taken_for_damaged(tmp_path, monkeypatch):
    store = _store(tmp_path, n=3)
    folder = tmp_path / "workshops"
    gone = sorted(folder.glob("*.json"))[-1]

    def step_aside():
        gone.unlink(missing_ok=True)  # deleted by other work while the check stepped aside
        return True

    monkeypatch.setattr(foreground, "step_aside", step_aside)
    problems: list = []
    notes = recovery.check_folder(folder, problems, guard=store.exclusive())
    assert notes == [] and problems == []
    assert not (folder / recovery.QUARANTINE).exists() or not any(
        (folder / recovery.QUARANTINE).iterdir()
    )
    assert len(store.list_workshops()) == 2
