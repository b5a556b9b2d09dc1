"""The save journal: a save appends one entry; a torn tail is dropped, a damaged entry is
quarantined and the others kept, a fold cut off before the journal went duplicates
nothing, and a writer killed mid-append loses no acknowledged save."""

from __future__ import annotations

import os
import random
import shutil
import signal
import stat
from collections import Counter

import pytest

from tests.unit import test_records_store as plain
from tests.unit.sealed_writer import CODE, open_store
from tests.unit.test_crypto_durability import run_writer
from workshop_kit.records import journal
from workshop_kit.records.journal import journal_path
from workshop_kit.records.recovery import NOTE_RESTORED
from workshop_kit.records.sealed_backend import load_sealed
from workshop_kit.records.store import WorkshopStore


def _sealed(tmp_path):
    store, vault = open_store(tmp_path / "workshops")
    vault.unlock(CODE)
    workshop_id = store.create_workshop(**plain.DETAILS).id
    return store, vault, workshop_id


def _entries(path):
    """(start, end) of each entry of a journal file."""
    data = path.read_bytes()
    magic = journal.SEALED_MAGIC if data.startswith(journal.SEALED_MAGIC) else journal.MAGIC
    offset, found = len(magic), []
    while offset < len(data):
        length = int.from_bytes(data[offset : offset + 4], "big")
        found.append((offset, offset + 4 + length))
        offset += 4 + length
    return found


@pytest.mark.parametrize("sealed", [False, True])
def test_a_save_appends_to_the_journal_and_leaves_the_file_as_it_was(tmp_path, sealed):
    if sealed:
        store, vault, workshop_id = _sealed(tmp_path)
        vault.lock()  # the kiosk
    else:
        store = WorkshopStore(tmp_path / "workshops")
        workshop_id = store.create_workshop(**plain.DETAILS).id
    path = store.folder / f"{workshop_id}.json"
    before = path.read_bytes()
    saved = [plain.add(store, workshop_id, code_answers=plain.code(n)).id for n in range(3)]
    assert path.read_bytes() == before
    assert len(_entries(journal_path(path))) == 3
    if sealed:
        assert b"gbv-attitudes" not in journal_path(path).read_bytes()
        again, vault = open_store(store.folder)
        vault.unlock(CODE)
    else:
        again = WorkshopStore(store.folder)
    assert {r.id for r in again.responses(workshop_id)} == set(saved)
    assert again.check() == []


def test_the_journal_is_folded_at_fold_at_entries(tmp_path, monkeypatch):
    monkeypatch.setattr(journal, "FOLD_AT", 4)
    store = WorkshopStore(tmp_path / "workshops")
    workshop_id = store.create_workshop(**plain.DETAILS).id
    path = store.folder / f"{workshop_id}.json"
    before = path.read_bytes()
    for n in range(5):
        plain.add(store, workshop_id, code_answers=plain.code(n))
    saves = journal_path(path)
    assert path.read_bytes() != before  # the fifth save rewrote the file
    assert saves.stat().st_size == 0  # and emptied the journal, kept for the next save
    assert len(WorkshopStore(store.folder).responses(workshop_id)) == 5
    inode = saves.stat().st_ino
    plain.add(store, workshop_id, code_answers=plain.code(5))
    assert saves.stat().st_ino == inode and len(_entries(saves)) == 1
    assert len(WorkshopStore(store.folder).responses(workshop_id)) == 6


def test_a_copy_of_a_kiosk_day_shows_the_order_of_no_more_saves_than_the_backups_did(
    tmp_path,
):
    """A journal is in save order; the file holds its records in random id order. After a
    whole locked kiosk session (no unlock, no close), a copy of the folder shows the
    order of at most the last ``KEEP_BACKUPS`` saves, as the backups did before."""
    from workshop_kit.records.storage import KEEP_BACKUPS

    store, vault, workshop_id = _sealed(tmp_path)
    vault.lock()  # the kiosk, all day
    path = store.folder / f"{workshop_id}.json"
    most = 0
    for n in range(25):
        plain.add(store, workshop_id, code_answers=plain.code(n))
        saves = journal_path(path)
        most = max(most, len(_entries(saves)) if saves.exists() else 0)
    assert 0 < most <= KEEP_BACKUPS
    again, vault = open_store(store.folder)
    vault.unlock(CODE)
    assert len(again.responses(workshop_id)) == 25


@pytest.mark.parametrize("cut", [1, 3, 10])
def test_a_torn_last_entry_is_dropped_and_the_next_save_overwrites_it(tmp_path, cut, caplog):
    store, vault, workshop_id = _sealed(tmp_path)
    vault.lock()
    saved = [plain.add(store, workshop_id).id for _ in range(3)]
    saves = journal_path(store.folder / f"{workshop_id}.json")
    saves.write_bytes(saves.read_bytes()[:-cut])  # a crash in the middle of the last append
    again, vault = open_store(store.folder)
    assert again.check() == []
    assert "not finished" in caplog.text
    later = plain.add(again, workshop_id).id
    again, vault = open_store(store.folder)
    vault.unlock(CODE)
    assert {r.id for r in again.responses(workshop_id)} == {*saved[:2], later}
    assert len(_entries(saves)) == 3


def test_a_damaged_middle_entry_is_quarantined_and_the_others_kept(tmp_path):
    store, vault, workshop_id = _sealed(tmp_path)
    vault.lock()
    saved = [plain.add(store, workshop_id).id for _ in range(3)]
    saves = journal_path(store.folder / f"{workshop_id}.json")
    data = bytearray(saves.read_bytes())
    start, end = _entries(saves)[1]
    data[(start + end) // 2] ^= 0x01
    saves.write_bytes(bytes(data))
    again, vault = open_store(store.folder)
    notes = again.check()
    assert [note.code for note in notes] == [NOTE_RESTORED]
    assert notes[0].quarantined_to.read_bytes() == bytes(data)  # kept as it was
    assert notes[0].data["responses"] == 2
    assert again.check() == []
    vault.unlock(CODE)
    assert {r.id for r in again.responses(workshop_id)} == {saved[0], saved[2]}


def test_a_fold_cut_off_before_the_journal_went_duplicates_nothing(tmp_path):
    store, vault, workshop_id = _sealed(tmp_path)
    vault.lock()
    saved = {plain.add(store, workshop_id).id for _ in range(3)}
    saves = journal_path(store.folder / f"{workshop_id}.json")
    kept = tmp_path / "kept.journal"
    shutil.copyfile(saves, kept)
    vault.unlock(CODE)
    assert store.fold_sealed() == 1
    assert not saves.exists()
    shutil.copyfile(kept, saves)  # as if the crash came between the rewrite and the unlink
    again, vault = open_store(store.folder)
    assert again.check() == []
    vault.unlock(CODE)
    ids = [r.id for r in again.responses(workshop_id)]
    assert sorted(ids) == sorted(saved)
    assert again.backend.unfolded() == []  # the entries are all in the file already


def test_closing_folds_the_journal_and_a_left_journal_adds_nothing(tmp_path):
    store = WorkshopStore(tmp_path / "workshops")
    workshop_id = store.create_workshop(**plain.DETAILS).id
    for n in range(journal.FOLD_AT):  # all in the journal
        plain.add(store, workshop_id, "pre" if n % 2 else "post", code_answers=plain.code(n))
    saves = journal_path(store.folder / f"{workshop_id}.json")
    kept = saves.read_bytes()
    store.close_workshop(workshop_id)
    assert not saves.exists()
    saves.write_bytes(kept)  # a crash before the journal was removed
    again = WorkshopStore(store.folder)
    assert again.check() == []
    assert len(again.responses(workshop_id)) == journal.FOLD_AT
    assert not again.get_workshop(workshop_id).is_open


def test_an_export_carries_the_journalled_saves(tmp_path):
    store = WorkshopStore(tmp_path / "workshops")
    workshop_id = store.create_workshop(**plain.DETAILS).id
    saved = plain.add(store, workshop_id)
    assert saved.id.encode() in store.read_raw(workshop_id)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
def test_a_kiosk_killed_mid_append_loses_no_acknowledged_save(tmp_path):
    folder = tmp_path / "workshops"
    rng = random.Random(20261203)
    acked: list[str] = []
    kills = 0
    journals_seen = 0
    for run in range(1, 13):
        acks, notes, code = run_writer(folder, 40, 700 + run, rng)
        assert notes == [], "the start-up check had to repair something"
        acked += acks
        kills += code == -signal.SIGKILL
        journals_seen += len(list(folder.glob("*.journal")))
    assert kills >= 6 and journals_seen > 0
    store, vault = open_store(folder)
    assert store.check() == []
    load = load_sealed(vault)
    for path in sorted(folder.glob("*.json")):
        load(path, path.stem)
    for path in folder.rglob("*.journal"):
        assert b"gbv-attitudes" not in path.read_bytes()
    vault.unlock(CODE)
    stored = [r.id for w in store.list_workshops() for r in store.responses(w.id)]
    assert len(stored) == len(set(stored))
    assert not set(acked) - set(stored), "an acknowledged save was lost"


def test_a_damaged_plain_entry_is_found_by_its_checksum(tmp_path):
    store = WorkshopStore(tmp_path / "workshops")
    workshop_id = store.create_workshop(**plain.DETAILS).id
    saved = [plain.add(store, workshop_id).id for _ in range(3)]
    saves = journal_path(store.folder / f"{workshop_id}.json")
    data = bytearray(saves.read_bytes())
    _start, end = _entries(saves)[0]
    data[end - 2] ^= 0x20
    saves.write_bytes(bytes(data))
    again = WorkshopStore(store.folder)
    assert [note.code for note in again.check()] == [NOTE_RESTORED]
    assert {r.id for r in again.responses(workshop_id)} == set(saved[1:])


def test_an_import_over_a_workshop_with_a_journal_replaces_it_whole(tmp_path):
    store = WorkshopStore(tmp_path / "workshops")
    workshop_id = store.create_workshop(**plain.DETAILS).id
    saved = {plain.add(store, workshop_id).id for _ in range(2)}
    raw = store.read_raw(workshop_id)  # the file and its journal, as an export carries it
    store.replace_workshops([(workshop_id, raw)])
    assert not journal_path(store.folder / f"{workshop_id}.json").exists()
    assert {r.id for r in WorkshopStore(store.folder).responses(workshop_id)} == saved


def _count_syncs(monkeypatch):
    """Counts of ("fsync" or "fdatasync", "file" or "folder") from now on."""
    seen: Counter = Counter()
    real = {"fsync": os.fsync, "fdatasync": os.fdatasync}

    def counting(name):
        def synced(fd):
            kind = "folder" if stat.S_ISDIR(os.fstat(fd).st_mode) else "file"
            seen[(name, kind)] += 1
            real[name](fd)

        return synced

    monkeypatch.setattr(os, "fsync", counting("fsync"))
    monkeypatch.setattr(os, "fdatasync", counting("fdatasync"))
    return seen


@pytest.mark.skipif(not hasattr(os, "fdatasync"), reason="needs fdatasync")
def test_after_the_kiosk_fold_a_save_is_one_fdatasync_and_no_folder_fsync(tmp_path, monkeypatch):
    store, vault, workshop_id = _sealed(tmp_path)
    vault.lock()
    saves = journal_path(store.folder / f"{workshop_id}.json")
    seen = _count_syncs(monkeypatch)
    plain.add(store, workshop_id)  # creates the journal: its name needs the folder fsync
    assert seen == {("fdatasync", "file"): 1, ("fsync", "folder"): 1}
    for _ in range(journal.FOLD_AT - 1):
        plain.add(store, workshop_id)
    inode = saves.stat().st_ino
    seen.clear()
    plain.add(store, workshop_id)  # the fold: a durable rewrite, the journal emptied
    assert seen == {("fsync", "file"): 1, ("fsync", "folder"): 1}
    assert saves.stat().st_size == 0 and saves.stat().st_ino == inode
    seen.clear()
    plain.add(store, workshop_id)
    assert seen == {("fdatasync", "file"): 1}  # the name is durable already
    assert len(_entries(saves)) == 1
    again, vault = open_store(store.folder)
    assert again.check() == []
    seen.clear()
    plain.add(again, workshop_id)  # another process: its first append syncs the folder once
    assert seen == {("fdatasync", "file"): 1, ("fsync", "folder"): 1}
    seen.clear()
    plain.add(again, workshop_id)
    assert seen == {("fdatasync", "file"): 1}
    vault.unlock(CODE)
    assert len(again.responses(workshop_id)) == journal.FOLD_AT + 4


@pytest.mark.parametrize("sealed", [False, True])
def test_an_emptying_undone_by_a_power_cut_brings_back_only_entries_the_file_holds(
    tmp_path, sealed
):
    """The kiosk's fold empties the journal without a sync: a power cut can bring its
    entries back (the main file, synced first, holds them all); readers drop them, and
    the next save appends after them."""
    if sealed:
        store, vault, workshop_id = _sealed(tmp_path)
        vault.lock()
    else:
        store = WorkshopStore(tmp_path / "workshops")
        workshop_id = store.create_workshop(**plain.DETAILS).id
    saves = journal_path(store.folder / f"{workshop_id}.json")
    saved = [plain.add(store, workshop_id).id for _ in range(journal.FOLD_AT)]
    kept = saves.read_bytes()
    saved.append(plain.add(store, workshop_id).id)  # the fold
    assert saves.stat().st_size == 0
    saves.write_bytes(kept)  # the truncation lost, the rewrite of the file kept
    if sealed:
        again, vault = open_store(store.folder)
    else:
        again = WorkshopStore(store.folder)
    assert again.check() == []
    saved.append(plain.add(again, workshop_id).id)
    if sealed:
        again, vault = open_store(store.folder)
        vault.unlock(CODE)
    else:
        again = WorkshopStore(store.folder)
    assert again.check() == []
    ids = [r.id for r in again.responses(workshop_id)]
    assert sorted(ids) == sorted(saved)


@pytest.mark.skipif(not hasattr(os, "fdatasync"), reason="needs fdatasync")
def test_a_journal_removed_by_another_writer_is_made_again_with_a_folder_fsync(
    tmp_path, monkeypatch
):
    import dataclasses

    store = WorkshopStore(tmp_path / "workshops")
    workshop_id = store.create_workshop(**plain.DETAILS).id
    saves = journal_path(store.folder / f"{workshop_id}.json")
    plain.add(store, workshop_id)
    plain.add(store, workshop_id)
    other = WorkshopStore(store.folder)  # an edit elsewhere folds the journal, removing it
    other.update_workshop(dataclasses.replace(other.get_workshop(workshop_id), site="Hall B"))
    assert not saves.exists()
    seen = _count_syncs(monkeypatch)
    plain.add(store, workshop_id)
    assert seen == {("fdatasync", "file"): 1, ("fsync", "folder"): 1}
    assert len(WorkshopStore(store.folder).responses(workshop_id)) == 3
