"""The listing index: summaries kept beside the files, never trusted over them."""

from __future__ import annotations

import threading

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.helpers import UNLOCK_CODE, sealed_data_dir
from workshop_kit.records.listing_index import (
    INDEX_FOLDER,
    INDEX_NAME,
    SEALED_INDEX_NAME,
    ListingIndex,
    decode,
    encode,
)
from workshop_kit.records.store import WorkshopStore

DETAILS = {
    "curriculum_id": "equal-voices",
    "session_ids": ["gender-and-power"],
    "site": "Riverside centre",
    "day": "2024-05-01",
    "language": "en",
    "expected_participants": 12,
    "instrument_id": "gbv-attitudes",
    "instrument_version": 1,
}
CODE = {"mother_initial": "a", "birth_day": "3", "older_siblings": "1"}


def add(store, workshop_id, phase="pre", code=None):
    return store.add_response(
        workshop_id,
        phase=phase,
        instrument_id="gbv-attitudes",
        instrument_version=1,
        answers={"item-0": 1},
        entry_mode="kiosk",
        code_answers=code,
    )


def filled(folder, workshops=3):
    store = WorkshopStore(folder)
    ids = []
    for n in range(workshops):
        workshop = store.create_workshop(**{**DETAILS, "site": f"Centre {n}"})
        for phase in ["pre"] * (n + 1) + ["post"] * n:
            add(store, workshop.id, phase, CODE if n == 1 else None)
        ids.append(workshop.id)
    store.flush_listing()
    return store, ids


def no_reads(store, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("a workshop file was read for the listing")

    monkeypatch.setattr(store.backend, "load", refuse)


def test_a_new_start_lists_from_the_index_without_reading_a_file(tmp_path, monkeypatch):
    store, ids = filled(tmp_path)
    assert (tmp_path / INDEX_FOLDER / INDEX_NAME).is_file()
    expected = {
        s.workshop.id: (dict(s.responses), dict(s.matching)) for s in store.workshop_summaries()
    }
    again = WorkshopStore(tmp_path)
    no_reads(again, monkeypatch)
    listed = {
        s.workshop.id: (dict(s.responses), dict(s.matching)) for s in again.workshop_summaries()
    }
    assert listed == expected
    for workshop_id in ids:  # the same match counts as reading the file says
        assert listed[workshop_id][1] == store.match_summary(workshop_id).counts()
    assert listed[ids[1]][0] == {"pre": 2, "post": 1}


def test_a_save_that_dies_before_the_index_is_written_is_noticed(tmp_path):
    store, ids = filled(tmp_path)
    store._index.delay = 3600  # the process dies before the index is written again
    add(store, ids[0], "post")
    store._index._timer.cancel()
    again = WorkshopStore(tmp_path)  # the next start
    summaries, stale = again._known_summaries()
    assert stale == 1 and ids[0] not in {s.workshop.id for s in summaries}
    assert again.refresh_listing() == 1
    (first,) = [s for s in again.workshop_summaries() if s.workshop.id == ids[0]]
    assert dict(first.responses) == {"pre": 1, "post": 1}


def test_a_file_replaced_behind_the_stores_back_is_read_again(tmp_path):
    _, ids = filled(tmp_path)
    other = WorkshopStore(tmp_path)
    other._index = None  # an older version of the app: it keeps no index
    add(other, ids[2], "pre")
    summaries = {s.workshop.id: s for s in WorkshopStore(tmp_path).workshop_summaries()}
    assert summaries[ids[2]].count("pre") == 4


def test_the_gui_thread_reads_nothing_and_is_told_what_is_stale(tmp_path, monkeypatch):
    filled(tmp_path)
    (tmp_path / INDEX_FOLDER / INDEX_NAME).unlink()
    store = WorkshopStore(tmp_path)
    told = []
    store.keep_listing_reads_off(threading.current_thread(), told.append)
    real_load = store.backend.load
    no_reads(store, monkeypatch)
    assert store.workshop_summaries() == [] and told == [3]
    monkeypatch.setattr(store.backend, "load", real_load)
    worker = threading.Thread(target=store.refresh_listing)  # what the app's job does
    worker.start()
    worker.join()
    assert len(store.workshop_summaries()) == 3 and told == [3]


def test_a_damaged_workshop_file_is_not_read_again_until_it_changes(tmp_path):
    _, ids = filled(tmp_path)
    (tmp_path / f"{ids[0]}.json").write_text("{ not json", encoding="utf-8")
    store = WorkshopStore(tmp_path)
    told = []
    store.keep_listing_reads_off(threading.current_thread(), told.append)
    assert len(store.workshop_summaries()) == 2 and told == [1]
    assert store.refresh_listing() == 1
    assert store.refresh_listing() == 0  # left out, as unreadable_files() says
    store.workshop_summaries()
    assert told == [1]


@pytest.mark.parametrize("damage", [b"", b"{}", b"\x00" * 50, b'{"format": 1, "workshops": [1]}'])
def test_a_damaged_index_is_not_used(tmp_path, damage):
    filled(tmp_path)
    (tmp_path / INDEX_FOLDER / INDEX_NAME).write_bytes(damage)
    store = WorkshopStore(tmp_path)
    assert store._known_summaries() == ([], 3)
    assert len(store.workshop_summaries()) == 3


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300) | st.text(max_size=300).map(str.encode))
def test_decoding_any_bytes_gives_entries_or_a_value_error(raw):
    try:
        entries = decode(raw)
    except (ValueError, TypeError, KeyError):
        return
    assert isinstance(entries, dict)


def test_the_index_round_trips(tmp_path):
    store, _ = filled(tmp_path)
    entries = store._index_entries()
    assert decode(encode(entries)) == entries


def test_a_sealed_index_holds_no_site_and_opens_only_unlocked(user_data, monkeypatch):
    protected = sealed_data_dir()
    store = protected.store
    workshop = store.create_workshop(**DETAILS)
    add(store, workshop.id, "pre", CODE)
    store.flush_listing()
    folder = store.folder
    index = folder / INDEX_FOLDER / SEALED_INDEX_NAME
    assert index.is_file() and not (folder / INDEX_FOLDER / INDEX_NAME).exists()
    assert b"Riverside" not in index.read_bytes() and b"gbv-attitudes" not in index.read_bytes()
    protected.vault.lock()
    assert store.workshop_summaries() == []  # locked: nothing listed, nothing cached
    protected.vault.unlock(UNLOCK_CODE)
    no_reads(store, monkeypatch)
    (summary,) = store.workshop_summaries()
    assert summary.workshop.site == "Riverside centre" and summary.count("pre") == 1


def test_a_sealed_index_under_other_keys_is_not_used(tmp_path):
    index = ListingIndex(tmp_path / "x", dict, key=lambda: b"k" * 32)
    other = ListingIndex(tmp_path / "x", dict, key=lambda: b"j" * 32)
    assert index.save({}) and other.load() is None and index.load() == {}


def test_sealing_a_folder_removes_a_plain_index(user_data):
    plain = WorkshopStore(user_data / "workshops")
    plain.create_workshop(**DETAILS)
    plain.flush_listing()
    assert (user_data / "workshops" / INDEX_FOLDER / INDEX_NAME).is_file()
    sealed_data_dir()
    assert not (user_data / "workshops" / INDEX_FOLDER / INDEX_NAME).exists()
