"""Disk failures: a full disk, a read-only folder, a file named ``backups``.

Each is a ``DiskError`` (an ``OSError`` with a ``code`` and the ``path``) that the UI words;
nothing already saved is changed, no temporary file is left, nothing hangs.

How they are simulated: the tests run as root, where ``chmod`` does not stop writes, so a
full disk is ``os.write`` / ``os.fsync`` / ``os.replace`` / ``os.link`` raising ENOSPC,
and a read-only folder is every call that creates, renames or removes a name raising
EROFS (or EACCES) while reads go on working. A real ``chmod`` test runs when not root.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
from pathlib import Path

import pytest

from workshop_kit import fileio
from workshop_kit.records.errors import DiskError, StorageError
from workshop_kit.records.listing_index import INDEX_FOLDER, INDEX_NAME, SEALED_INDEX_NAME
from workshop_kit.records.storage import backup_paths, load_file, pending_backup_path
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


LISTING_INDEXES = {INDEX_FOLDER, INDEX_NAME, SEALED_INDEX_NAME}


def add(store, workshop_id, phase="pre"):
    return store.add_response(
        workshop_id,
        phase=phase,
        instrument_id="gbv-attitudes",
        instrument_version=1,
        answers={"hit-wife": 1},
        entry_mode="kiosk",
        code_answers={"mother_initial": "m", "birth_day": "3"},
        day="2024-05-01",
    )


def snapshot(root: Path) -> dict[str, str]:
    """Every file (by content) and folder under ``root``, hidden ones included."""
    return {
        str(p.relative_to(root)): (
            hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "folder"
        )
        for p in sorted(root.rglob("*"))
        if p.name not in LISTING_INDEXES  # a cache of the files, saved a moment after a listing
    }


def refuse(code: int):
    def fail(*args, **kwargs):
        raise OSError(code, os.strerror(code))

    return fail


@pytest.fixture
def filled(tmp_path):
    """A workshop with five responses: the file and three backups, all different."""
    store = WorkshopStore(tmp_path / "workshops")
    workshop = store.create_workshop(**DETAILS)
    responses = [add(store, workshop.id) for _ in range(5)]
    return store, workshop, responses, store.folder / f"{workshop.id}.json"


def read_only(monkeypatch, code: int = errno.EROFS) -> None:
    """Every call that creates, renames or removes a name fails; reading still works."""
    real_open = os.open
    writing = os.O_CREAT | os.O_WRONLY | os.O_RDWR | os.O_TRUNC

    def open_(path, flags, *args, **kwargs):
        if flags & writing:
            raise OSError(code, os.strerror(code), str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", open_)
    for name in ("replace", "rename", "link", "unlink", "mkdir", "rmdir"):
        monkeypatch.setattr(os, name, refuse(code))


# ----------------------------------------------------------------------------- full disk


@pytest.mark.parametrize("failing", ["write", "fsync", "link", "replace"])
def test_saving_on_a_full_disk_changes_no_file_and_drops_no_backup(filled, monkeypatch, failing):
    store, workshop, responses, path = filled
    before = snapshot(store.folder)
    monkeypatch.setattr(os, failing, refuse(errno.ENOSPC))

    with pytest.raises(DiskError) as error:
        add(store, workshop.id)

    monkeypatch.undo()
    assert error.value.code == "disk_full"
    assert isinstance(error.value, OSError) and isinstance(error.value, StorageError)
    assert error.value.errno == errno.ENOSPC
    assert error.value.path in (store.folder, path, pending_backup_path(path).parent)
    assert snapshot(store.folder) == before  # the oldest backup too, and no temporary file
    counts = [len(load_file(p, workshop.id)[1]) for p in backup_paths(path)]
    assert counts == [4, 3, 2]
    assert WorkshopStore(store.folder).responses(workshop.id) == responses


def test_after_a_full_disk_the_next_save_works_and_shifts_the_backups(filled, monkeypatch):
    store, workshop, responses, path = filled
    monkeypatch.setattr(os, "fsync", refuse(errno.ENOSPC))
    for _ in range(3):
        with pytest.raises(DiskError):
            add(store, workshop.id)
    monkeypatch.undo()
    again = add(store, workshop.id)
    assert WorkshopStore(store.folder).responses(workshop.id) == [*responses, again]
    assert [len(load_file(p, workshop.id)[1]) for p in backup_paths(path)] == [5, 4, 3]
    assert not pending_backup_path(path).exists()


def test_creating_a_workshop_on_a_full_disk_leaves_nothing(tmp_path, monkeypatch):
    store = WorkshopStore(tmp_path / "workshops")
    store.create_workshop(**DETAILS)
    before = snapshot(store.folder)
    monkeypatch.setattr(os, "write", refuse(errno.ENOSPC))
    with pytest.raises(DiskError, match="disk_full"):
        store.create_workshop(**DETAILS)
    monkeypatch.undo()
    assert snapshot(store.folder) == before
    assert len(store.list_workshops()) == 1


def test_a_write_that_makes_no_progress_is_a_full_disk_not_an_endless_loop(tmp_path, monkeypatch):
    target = tmp_path / "data.json"
    fileio.atomic_write_text(target, "old")
    monkeypatch.setattr(os, "write", lambda fd, data: 0)
    with pytest.raises(OSError) as error:
        fileio.atomic_write_text(target, "new")
    assert error.value.errno == errno.ENOSPC
    assert [p.name for p in tmp_path.iterdir()] == ["data.json"]


def test_short_writes_carry_on_where_they_stopped(tmp_path, monkeypatch):
    real_write = os.write
    monkeypatch.setattr(os, "write", lambda fd, data: real_write(fd, bytes(data[:3])))
    target = tmp_path / "data.json"
    fileio.atomic_write_text(target, "a longer text ✓ عربي")
    assert target.read_text(encoding="utf-8") == "a longer text ✓ عربي"


def test_closing_on_a_full_disk_keeps_the_workshop_open_and_whole(filled, monkeypatch):
    store, workshop, responses, _ = filled
    before = snapshot(store.folder)
    monkeypatch.setattr(os, "fsync", refuse(errno.ENOSPC))
    with pytest.raises(DiskError, match="disk_full"):
        store.close_workshop(workshop.id)
    monkeypatch.undo()
    assert snapshot(store.folder) == before
    assert store.get_workshop(workshop.id).is_open
    assert store.responses(workshop.id) == responses


# ----------------------------------------------------------------------------- read-only


@pytest.mark.parametrize("code", [errno.EROFS, errno.EACCES])
def test_a_read_only_folder_refuses_saves_with_its_own_code(filled, monkeypatch, code):
    store, workshop, responses, _ = filled
    before = snapshot(store.folder)
    read_only(monkeypatch, code)

    with pytest.raises(DiskError) as error:
        add(store, workshop.id)
    assert error.value.code == "read_only"
    with pytest.raises(DiskError, match="read_only"):
        store.delete_workshop(workshop.id)
    with pytest.raises(DiskError, match="read_only"):
        store.create_workshop(**DETAILS)
    assert store.responses(workshop.id) == responses  # reading goes on
    assert [w.id for w in store.list_workshops()] == [workshop.id]

    monkeypatch.undo()
    assert snapshot(store.folder) == before


def test_the_start_up_check_on_a_read_only_folder_reports_and_goes_on(filled, monkeypatch):
    store, workshop, responses, path = filled
    other = store.create_workshop(**{**DETAILS, "site": "Zarqa"})
    damaged = store.folder / f"{other.id}.json"
    damaged.write_text("{torn", encoding="utf-8")
    leftover = store.folder / f".{path.name}.abc.tmp"
    leftover.write_text("half", encoding="utf-8")
    before = snapshot(store.folder)
    read_only(monkeypatch)

    fresh = WorkshopStore(store.folder)
    assert fresh.check() == []  # nothing could be repaired, and it did not raise
    problems = fresh.check_problems()

    assert {p.code for p in problems} == {"read_only"}
    assert {p.path for p in problems} == {store.folder, leftover, damaged}
    assert fresh.responses(workshop.id) == responses  # the healthy workshop still works
    assert [w.id for w in fresh.list_workshops()] == [workshop.id]
    monkeypatch.undo()
    assert snapshot(store.folder) == before  # the damaged file is left exactly as it was

    (note,) = fresh.check()  # once the folder can be written, the check repairs
    assert note.file == damaged and fresh.check_problems() == ()


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root ignores folder permissions"
)
def test_a_folder_without_write_permission_refuses_saves(filled):
    store, workshop, responses, _ = filled
    before = snapshot(store.folder)
    os.chmod(store.folder, 0o555)
    try:
        with pytest.raises(DiskError, match="read_only"):
            add(store, workshop.id)
        assert WorkshopStore(store.folder).check() == []
    finally:
        os.chmod(store.folder, 0o755)
    assert snapshot(store.folder) == before
    assert store.responses(workshop.id) == responses


# ----------------------------------------------------------------------------- backups


def backups_becomes_a_file(store) -> Path:
    folder = store.folder / "backups"
    for backup in folder.iterdir():
        backup.unlink()
    folder.rmdir()
    folder.write_text("not a folder", encoding="utf-8")
    return folder


@pytest.mark.parametrize("fresh", [True, False], ids=["after-restart", "while-running"])
def test_a_file_named_backups_stops_saves_with_its_own_code(filled, fresh):
    store, workshop, responses, _ = filled
    blocker = backups_becomes_a_file(store)
    before = snapshot(store.folder)
    if fresh:
        store = WorkshopStore(store.folder)

    with pytest.raises(DiskError) as error:
        add(store, workshop.id)

    assert (error.value.code, error.value.path) == ("backups_not_a_folder", blocker)
    assert snapshot(store.folder) == before
    assert WorkshopStore(store.folder).responses(workshop.id) == responses


def test_the_start_up_check_reports_a_file_named_backups_and_goes_on(filled):
    store, workshop, responses, _ = filled
    blocker = backups_becomes_a_file(store)
    fresh = WorkshopStore(store.folder)
    assert fresh.check() == []
    assert [(p.code, p.path) for p in fresh.check_problems()] == [("backups_not_a_folder", blocker)]
    assert fresh.responses(workshop.id) == responses


# ----------------------------------------------------------------------------- crashes


def test_a_previous_version_left_by_a_crash_is_shifted_in_by_the_next_save(filled):
    store, workshop, _, path = filled
    pending = pending_backup_path(path)
    # A crash after the new version was moved in, before the backups shifted: bak0
    # holds the version before the current one.
    os.replace(backup_paths(path)[0], pending)
    add(store, workshop.id)
    counts = [len(load_file(p, workshop.id)[1]) for p in backup_paths(path)]
    assert counts == [5, 4, 3]
    assert not pending.exists()


def test_closing_removes_a_left_over_previous_version_with_the_secret(filled):
    store, workshop, _, path = filled
    pending = pending_backup_path(path)
    os.link(backup_paths(path)[0], pending)
    store.close_workshop(workshop.id)
    assert not pending.exists()
    for backup in path.parent.rglob("*.json"):
        assert "secret" not in json.loads(backup.read_text(encoding="utf-8"))["_meta"]["1"]


def test_a_full_disk_during_the_start_up_repair_leaves_the_damaged_file_in_place(
    filled, monkeypatch
):
    store, workshop, responses, path = filled
    path.write_text("{torn", encoding="utf-8")
    before = snapshot(store.folder)
    monkeypatch.setattr(os, "fsync", refuse(errno.ENOSPC))

    fresh = WorkshopStore(store.folder)
    assert fresh.check() == []
    assert [(p.code, p.path) for p in fresh.check_problems()] == [("disk_full", path)]
    monkeypatch.undo()
    assert snapshot(store.folder) == before  # not quarantined without its replacement

    (note,) = fresh.check()
    assert note.restored_from == backup_paths(path)[0]
    assert fresh.responses(workshop.id) == responses[:4]


def test_the_start_up_repair_uses_a_previous_version_left_by_a_crash(filled):
    store, workshop, responses, path = filled
    os.replace(backup_paths(path)[0], pending_backup_path(path))  # crashed before the shift
    path.write_text("{torn", encoding="utf-8")
    (note,) = WorkshopStore(store.folder).check()
    assert note.restored_from == pending_backup_path(path)
    assert WorkshopStore(store.folder).responses(workshop.id) == responses[:4]
