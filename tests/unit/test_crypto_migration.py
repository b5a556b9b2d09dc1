"""First start with encryption: a plaintext workshops folder is sealed where it stands."""

from __future__ import annotations

import pytest

from workshop_kit.records import migration
from workshop_kit.records.crypto import ScryptCost
from workshop_kit.records.migration import migrate_folder, needs_migration
from workshop_kit.records.sealed_backend import SealedDiskBackend
from workshop_kit.records.storage import backup_paths
from workshop_kit.records.store import WorkshopStore
from workshop_kit.records.vault import Vault

FAST = ScryptCost(n=2**10, r=8, p=1)
CODE = "0481-7730-2956"
DETAILS = {
    "curriculum_id": "equal-voices",
    "session_ids": ["gender-and-power"],
    "site": "East Amman centre",
    "day": "2024-05-01",
    "language": "ar",
    "expected_participants": 12,
}


def code(day: int) -> dict[str, str]:
    return {
        "mother_initial": "m",
        "birth_day": str(day),
        "older_siblings": "1",
        "birthplace_initial": "k",
        "younger_siblings": "0",
    }


def add(store, workshop_id, phase, day):
    return store.add_response(
        workshop_id,
        phase=phase,
        instrument_id="gbv-attitudes",
        instrument_version=1,
        answers={"hit-wife": day % 5},
        entry_mode="kiosk",
        code_answers=code(day),
        day="2024-05-01",
    )


@pytest.fixture
def plaintext(tmp_path, monkeypatch):
    """A folder as today's Workshop Kit leaves it: an open and a closed workshop, backups,
    a quarantined file, and the open one's saves still in its journal."""
    from workshop_kit.records import journal

    monkeypatch.setattr(journal, "FOLD_AT", 8)  # the open workshop's 4 saves stay there
    folder = tmp_path / "workshops"
    store = WorkshopStore(folder)
    open_one = store.create_workshop(**DETAILS)
    for day in (1, 2, 3):
        add(store, open_one.id, "pre", day)
    add(store, open_one.id, "post", 1)
    closed_one = store.create_workshop(**{**DETAILS, "site": "Zarqa"})
    for day in (4, 5):
        add(store, closed_one.id, "pre", day)
        add(store, closed_one.id, "post", day)
    store.close_workshop(closed_one.id, day="2024-05-02")
    (folder / "quarantine").mkdir()
    (folder / "quarantine" / "old.json").write_text('{"_meta": {"1": {"secret": "ab"}}')
    assert (folder / f"{open_one.id}.journal").exists()  # its saves since the last write
    vault = Vault(tmp_path / "keys")
    vault.setup(CODE, cost=FAST)
    expected = {
        w.id: (w, sorted(store.responses(w.id), key=lambda r: r.id)) for w in store.list_workshops()
    }
    summaries = {w.id: store.match_summary(w.id).counts() for w in store.list_workshops()}
    return folder, vault, expected, summaries, open_one.id


def _plain_bytes(folder):
    """Plain files left: JSON, or a plain save journal (``WKJOURNAL1``)."""
    return [
        p
        for p in folder.rglob("*")
        if p.is_file() and (p.read_bytes()[:1] == b"{" or p.read_bytes().startswith(b"WKJOURNAL1"))
    ]


def test_migration_seals_every_file_and_keeps_every_answer_and_match(plaintext):
    folder, vault, expected, summaries, _ = plaintext
    assert needs_migration(folder)
    report = migrate_folder(folder, vault)
    # Backups: each workshop's first version (saves went to the journal, folded here).
    assert report.workshops == 2 and report.backups >= 2
    assert not list(folder.glob("*.journal"))  # the plain journal was folded, then sealed
    assert len(report.quarantined) == 1
    assert not needs_migration(folder) and _plain_bytes(folder) == []
    for path in folder.rglob("*"):
        if path.is_file():
            assert b"East Amman" not in path.read_bytes() and b"hit-wife" not in path.read_bytes()
    vault.unlock(CODE)
    store = WorkshopStore(backend=SealedDiskBackend(folder, vault))
    assert store.check() == []
    for workshop_id, (workshop, responses) in expected.items():
        assert store.get_workshop(workshop_id) == workshop
        assert store.responses(workshop_id) == responses
        assert store.match_summary(workshop_id).counts() == summaries[workshop_id]


def test_a_migrated_open_workshop_goes_on_matching_new_kiosk_saves(plaintext):
    folder, vault, _, summaries, open_id = plaintext
    migrate_folder(folder, vault)
    store = WorkshopStore(backend=SealedDiskBackend(folder, vault))
    for day in (2, 3):
        add(store, open_id, "post", day)  # locked: the kiosk
    vault.unlock(CODE)
    assert summaries[open_id]["pairs"] == 1
    assert store.match_summary(open_id).counts()["pairs"] == 3
    assert store.close_workshop(open_id).counts()["pairs"] == 3
    assert vault.shred_list.entry(open_id) is None


def test_an_interrupted_migration_finishes_on_the_next_start(plaintext, monkeypatch):
    folder, vault, expected, _, open_id = plaintext
    real = migration._replace
    main = folder / f"{open_id}.json"

    def crash_on_main(path, data):
        if path == main:
            raise KeyboardInterrupt("power cut")
        real(path, data)

    monkeypatch.setattr(migration, "_replace", crash_on_main)
    with pytest.raises(KeyboardInterrupt):
        migrate_folder(folder, vault)
    assert main.read_bytes()[:1] == b"{"  # still whole, still plaintext
    assert backup_paths(main)[0].read_bytes()[:1] != b"{"  # its backups already sealed
    monkeypatch.setattr(migration, "_replace", real)
    migrate_folder(folder, vault)
    assert not needs_migration(folder)
    vault.unlock(CODE)
    store = WorkshopStore(backend=SealedDiskBackend(folder, vault))
    assert store.responses(open_id) == expected[open_id][1]
    for backup in backup_paths(main):  # the backups still restore, with their match codes
        if backup.exists():
            main.write_bytes(backup.read_bytes())
            again = WorkshopStore(backend=SealedDiskBackend(folder, vault))
            assert all(r.match_hashes for r in again.responses(open_id))


def test_migrating_twice_changes_nothing_the_second_time(plaintext):
    folder, vault, *_ = plaintext
    migrate_folder(folder, vault)
    before = {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    report = migrate_folder(folder, vault)
    assert (report.workshops, report.backups, report.quarantined) == (0, 0, [])
    assert {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()} == before
