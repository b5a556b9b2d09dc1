"""The start-up check: damaged files are quarantined (never deleted) and restored from the
newest good backup, and the user is told."""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workshop_kit.records import journal
from workshop_kit.records.recovery import check_folder
from workshop_kit.records.storage import (
    DamagedFileError,
    NewerSchemaError,
    backup_paths,
    load_file,
)
from workshop_kit.records.store import WorkshopStore

pytestmark = pytest.mark.usefixtures("every_save_rewrites")  # the full-rewrite path (folds)

DETAILS = {
    "curriculum_id": "equal-voices",
    "session_ids": ["gender-and-power"],
    "site": "East Amman centre",
    "day": "2024-05-01",
    "language": "ar",
    "expected_participants": 12,
}


def add(store, workshop_id, **changes):
    fields = {
        "phase": "pre",
        "instrument_id": "gbv-attitudes",
        "instrument_version": 1,
        "answers": {"hit-wife": 1},
        "entry_mode": "kiosk",
        "code_answers": {"mother_initial": "m", "birth_day": "3"},
        "day": "2024-05-01",
    }
    return store.add_response(workshop_id, **{**fields, **changes})


@pytest.fixture
def filled(user_data):
    """A store with one workshop of four responses (so three backups) and its file."""
    store = WorkshopStore()
    workshop = store.create_workshop(**DETAILS)
    responses = [add(store, workshop.id) for _ in range(4)]
    return store, workshop, responses, store.folder / f"{workshop.id}.json"


def test_a_healthy_folder_needs_nothing(filled):
    store, *_ = filled
    assert store.check() == []
    assert WorkshopStore(user_data_missing := store.folder / "nowhere").check() == []
    assert not user_data_missing.exists()


def test_a_file_that_will_not_parse_is_quarantined_and_the_newest_backup_restored(filled):
    store, workshop, responses, path = filled
    damaged = path.read_bytes()[: len(path.read_bytes()) // 2]  # a torn write
    path.write_bytes(damaged)

    (note,) = WorkshopStore(store.folder).check()

    assert note.file == path
    assert note.quarantined_to == store.folder / "quarantine" / path.name
    assert note.quarantined_to.read_bytes() == damaged  # kept exactly as it was
    assert note.restored_from == backup_paths(path)[0]
    assert "East Amman centre" in note.message and "restored" in note.message
    fresh = WorkshopStore(store.folder)
    assert fresh.responses(workshop.id) == responses[:3]  # the backup before the last save
    assert fresh.check() == []


def test_damaged_backups_are_skipped_for_the_newest_good_one(filled):
    store, workshop, responses, path = filled
    path.write_text("{}", encoding="utf-8")  # parses, but fails the schema check
    newest = backup_paths(path)[0]
    newest.unlink()  # it is a hard link to a previous version: replace, do not edit
    newest.write_text('{"_meta": ', encoding="utf-8")

    (note,) = store.check()

    assert note.restored_from == backup_paths(path)[1]
    assert "'_meta' table" in note.message
    assert WorkshopStore(store.folder).responses(workshop.id) == responses[:2]


def test_with_no_good_backup_the_file_is_quarantined_and_the_user_told(filled):
    store, _, _, path = filled
    path.write_text("not json at all", encoding="utf-8")
    for backup in backup_paths(path):
        backup.unlink()
        backup.write_text("[]", encoding="utf-8")

    (note,) = store.check()

    assert note.restored_from is None
    assert "no good backup" in note.message
    assert note.quarantined_to.read_text(encoding="utf-8") == "not json at all"
    assert not path.exists()
    assert WorkshopStore(store.folder).list_workshops() == []


def test_a_second_damaged_copy_does_not_overwrite_the_first_in_quarantine(filled):
    store, _, _, path = filled
    path.write_text("first", encoding="utf-8")
    first = store.check()[0].quarantined_to
    path.write_text("second", encoding="utf-8")
    second = store.check()[0].quarantined_to
    assert first != second
    assert first.read_text(encoding="utf-8") == "first"
    assert second.read_text(encoding="utf-8") == "second"


def test_a_store_already_holding_the_workshop_reads_the_restored_file(filled):
    store, workshop, responses, path = filled
    store.responses(workshop.id)  # opened and cached
    path.write_text("garbage", encoding="utf-8")
    store.check()
    assert store.responses(workshop.id) == responses[:3]


def test_leftover_temporary_files_of_unfinished_writes_are_removed(filled):
    store, _, _, path = filled
    leftover = path.parent / f".{path.name}.abc123.tmp"
    leftover.write_text('{"half": ', encoding="utf-8")
    assert store.check() == []
    assert not leftover.exists()


def test_backups_still_holding_a_closed_workshops_secret_are_removed(filled):
    store, workshop, _, path = filled
    old_backups = [p.read_bytes() for p in backup_paths(path)]
    store.close_workshop(workshop.id)
    for backup, old in zip(backup_paths(path), old_backups, strict=True):
        backup.unlink(missing_ok=True)
        backup.write_bytes(old)  # as if a crash came between the closing write and cleanup

    assert store.check() == []

    assert [p.exists() for p in backup_paths(path)] == [False, False, False]


def test_memory_stores_have_nothing_to_check():
    assert WorkshopStore(memory=True).check() == []


# ----------------------------------------------------------------------------- damage


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> tuple[Path, bytes]:
    """A good workshop file with two responses (and backups beside it)."""
    store = WorkshopStore(tmp_path_factory.mktemp("template"))
    workshop = store.create_workshop(**DETAILS)
    with pytest.MonkeyPatch.context() as patch:  # whole files, no journal
        patch.setattr(journal, "FOLD_AT", 0)
        for _ in range(2):
            add(store, workshop.id)
    store.flush_listing()  # no index write a moment later, while a test copies the folder
    path = store.folder / f"{workshop.id}.json"
    return path, path.read_bytes()


# Where and how a file is damaged: a torn end, a flipped byte, a block of zeros.
damage = st.tuples(
    st.sampled_from(["truncate", "flip", "zero"]),
    st.floats(0, 1, exclude_max=True),
    st.integers(1, 255),
)


def apply(original: bytes, kind: str, where: float, value: int) -> bytes:
    data = bytearray(original)
    at = int(where * len(data))
    if kind == "truncate":
        return bytes(data[:at])
    if kind == "flip":
        data[at] ^= value
        return bytes(data)
    data[at : at + value] = bytes(min(value, len(data) - at))
    return bytes(data)


@settings(max_examples=150)
@given(change=damage)
def test_reading_a_damaged_file_fails_only_with_a_clear_error(template, change):
    path, original = template
    with tempfile.TemporaryDirectory() as folder:
        damaged = Path(folder) / path.name
        damaged.write_bytes(apply(original, *change))
        try:
            workshop, _ = load_file(damaged, path.stem)
        except (DamagedFileError, NewerSchemaError):
            return
        assert workshop.id == path.stem  # damage that still leaves a valid file is fine


@settings(max_examples=60, deadline=None)
@given(change=damage)
def test_after_the_check_every_workshop_file_is_readable(template, change):
    source, original = template
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        shutil.copytree(source.parent, folder, dirs_exist_ok=True)
        path = folder / source.name
        path.write_bytes(apply(original, *change))
        notes = check_folder(folder)
        try:
            load_file(path, path.stem)
        except NewerSchemaError:
            assert notes == []
            return
        for note in notes:
            assert note.restored_from == backup_paths(path)[0]
            assert note.quarantined_to.read_bytes() == apply(original, *change)


def test_the_template_is_a_real_workshop_file(template):
    data = json.loads(template[1])
    assert len(data["responses"]) == 2
