"""The Workshops page counts before/after responses from the store's listing: refreshing
after a Submit reads no other workshop's file and never asks for every response list."""

from __future__ import annotations

import builtins
import pathlib

import pytest

from workshop_kit.records.store import WorkshopStore
from workshop_kit.ui.workshops.page import WorkshopsPage

WORKSHOPS = 20  # more than the store keeps open, so some are only on disk


@pytest.fixture
def filled(workshop_store, instrument):
    store = workshop_store
    ids = []
    for number in range(WORKSHOPS):
        workshop = store.create_workshop(
            curriculum_id="equal-voices",
            session_ids=["gender-and-power"],
            site=f"Centre {number:02d}",
            day="2024-05-01",
            language="en",
            expected_participants=12,
            instrument_id=instrument.id,
            instrument_version=instrument.version,
        )
        for phase in ("pre", "pre", "post")[: number % 3 + 1]:
            submit(store, workshop.id, instrument, phase)
        ids.append(workshop.id)
    return store, ids


def submit(store, workshop_id, instrument, phase="pre"):
    store.add_response(
        workshop_id,
        phase=phase,
        instrument_id=instrument.id,
        instrument_version=instrument.version,
        answers={instrument.items[0].id: 1},
        entry_mode="kiosk",
        code_answers=None,
    )


@pytest.fixture
def page(qtbot, filled, bundled_library, pins, settings):
    store, _ = filled
    widget = WorkshopsPage(store, bundled_library, pins, settings)
    qtbot.addWidget(widget)
    return widget


def row_of(page, site: str) -> int:
    return next(r for r in range(page.table.rowCount()) if page.table.text(r, 2) == site)


def counts(page, site: str) -> tuple[str, str]:
    row = row_of(page, site)
    return page.table.text(row, 5), page.table.text(row, 6)


@pytest.fixture
def reads(monkeypatch):
    """Every workshop file (``<32 hex>.json``) opened for reading, and every call of
    ``WorkshopStore.responses``."""
    seen: dict[str, list] = {"files": [], "responses": []}
    real_read_text, real_read_bytes, real_open = (
        pathlib.Path.read_text,
        pathlib.Path.read_bytes,
        builtins.open,
    )

    def note(path) -> None:
        name = pathlib.Path(path).name
        if name.endswith(".json") and len(name) == 37:
            seen["files"].append(name[:32])

    def read_text(self, *args, **kwargs):
        note(self)
        return real_read_text(self, *args, **kwargs)

    def read_bytes(self):
        note(self)
        return real_read_bytes(self)

    def open_(file, *args, **kwargs):
        if isinstance(file, (str, pathlib.Path)):
            note(file)
        return real_open(file, *args, **kwargs)

    real_responses = WorkshopStore.responses

    def responses(self, workshop_id):
        seen["responses"].append(workshop_id)
        return real_responses(self, workshop_id)

    monkeypatch.setattr(pathlib.Path, "read_text", read_text)
    monkeypatch.setattr(pathlib.Path, "read_bytes", read_bytes)
    monkeypatch.setattr(builtins, "open", open_)
    monkeypatch.setattr(WorkshopStore, "responses", responses)
    return seen


def test_the_page_shows_each_workshops_counts_by_phase(page):
    assert counts(page, "Centre 00") == ("1", "0")
    assert counts(page, "Centre 01") == ("2", "0")
    assert counts(page, "Centre 02") == ("2", "1")


def test_refreshing_after_a_submit_reads_no_other_workshops_file(page, filled, instrument, reads):
    store, ids = filled
    surveyed = ids[4]  # Centre 04: two before, none after
    page.refresh(select=surveyed)
    before = counts(page, "Centre 04")
    reads["files"].clear()

    for _ in range(3):  # what the kiosk's "saved" signal does after every Submit
        submit(store, surveyed, instrument)
        page.refresh(select=surveyed)

    assert reads["responses"] == []
    assert [name for name in reads["files"] if name != surveyed] == []
    assert counts(page, "Centre 04") == (str(int(before[0]) + 3), before[1])
    assert page.selected().id == surveyed


def test_a_workshop_changed_by_another_process_is_counted_again(page, filled, instrument):
    store, ids = filled
    if store.folder is None:
        pytest.skip("only files can be changed by another process")
    other = WorkshopStore(store.folder)  # the kiosk on another window, or an import
    submit(other, ids[0], instrument, "post")
    page.refresh()
    assert counts(page, "Centre 00") == ("1", "1")
