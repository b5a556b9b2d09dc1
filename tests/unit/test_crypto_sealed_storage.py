"""SealedStorage: the durable storage with every byte on disk sealed (records/sealed_storage.py).

Runs the store's own logic over it (``WorkshopStore(backend=SealedDiskBackend(...))``), so
creating, saving, matching and closing are checked end to end through sealed files.
"""

from __future__ import annotations

import random

import pytest

from workshop_kit.records.crypto import ScryptCost
from workshop_kit.records.envelope import open_file
from workshop_kit.records.model import Response, new_id
from workshop_kit.records.sealed_backend import SealedDiskBackend
from workshop_kit.records.sealed_storage import SealedStorage
from workshop_kit.records.storage import DamagedFileError, backup_paths
from workshop_kit.records.store import WorkshopStore
from workshop_kit.records.vault import LockedError, Vault

pytestmark = pytest.mark.usefixtures("every_save_rewrites")  # the full-rewrite path (folds)

FAST = ScryptCost(n=2**10, r=8, p=1)
CODE = "0481-7730-2956"
DETAILS = {
    "curriculum_id": "equal-voices",
    "session_ids": ["gender-and-power"],
    "site": "East Amman centre",
    "day": "2024-05-01",
    "language": "ar",
    "expected_participants": 12,
    "facilitator_initials": "RK",
    "instrument_id": "gbv-attitudes",
    "instrument_version": 1,
}


def SealedStore(folder, vault: Vault) -> WorkshopStore:
    return WorkshopStore(backend=SealedDiskBackend(folder, vault))


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
        answers={"hit-wife": 1, "tolerate": None},
        entry_mode="paper",
        code_answers=code(day),
        day="2024-05-01",
    )


@pytest.fixture
def sealed(tmp_path):
    vault = Vault(tmp_path / "keys")
    vault.setup(CODE, cost=FAST)
    vault.unlock(CODE)
    return SealedStore(tmp_path / "workshops", vault), vault


def _all_bytes(folder) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


def test_store_runs_unchanged_over_sealed_files_and_nothing_is_clear_on_disk(sealed):
    store, _ = sealed
    workshop = store.create_workshop(**DETAILS)
    for day in range(1, 6):
        add(store, workshop.id, "pre", day)
        add(store, workshop.id, "post", day)
    assert store.match_summary(workshop.id).counts()["pairs"] == 5
    assert len(store.responses(workshop.id)) == 10
    data = _all_bytes(store.folder)  # files and backups
    for clear in (b"East Amman", b"hit-wife", b"gbv-attitudes", b"match_hashes", b"secret"):
        assert clear not in data


def test_kiosk_saves_through_the_store_while_locked_and_reads_need_the_unlock(sealed):
    store, vault = sealed
    workshop = store.create_workshop(**DETAILS)
    vault.lock()  # the kiosk: public keys only
    for day in (1, 2):
        add(store, workshop.id, "pre", day)
        add(store, workshop.id, "post", day)
    with pytest.raises(LockedError):
        store.responses(workshop.id)
    assert store.list_workshops() == []  # nothing to read while locked
    with pytest.raises(ValueError, match="survey"):  # the listing still guards the save
        store.add_response(
            workshop.id,
            phase="pre",
            instrument_id="another",
            instrument_version=1,
            answers={},
            entry_mode="kiosk",
            code_answers=None,
        )
    vault.unlock(CODE)
    assert len(store.responses(workshop.id)) == 4
    assert store.match_summary(workshop.id).counts()["pairs"] == 2
    assert store.workshop_summaries()[0].total == 4


def test_a_bare_sealed_storage_refuses_to_read_locked(sealed, tmp_path):
    store, _ = sealed
    workshop = store.create_workshop(**DETAILS)
    storage = SealedStorage(store.folder / f"{workshop.id}.json", Vault(tmp_path / "keys"))
    response = Response(
        id=new_id(),
        workshop_id=workshop.id,
        phase="pre",
        instrument_id="gbv-attitudes",
        instrument_version=1,
        answers={"hit-wife": 2},
        entry_mode="kiosk",
        day="2024-05-01",
    )
    storage.append_response(response.to_doc(), code(1))
    with pytest.raises(LockedError):
        storage.read()
    with pytest.raises(ValueError):
        storage.append_response(response.to_doc(), None)  # saved once only


def test_closing_shreds_the_match_key_and_backups_stay_sealed(sealed):
    store, vault = sealed
    workshop = store.create_workshop(**DETAILS)
    for day in range(1, 4):
        add(store, workshop.id, "pre", day)
        add(store, workshop.id, "post", day)
    result = store.close_workshop(workshop.id, day="2024-05-02")
    assert len(result.pairs) == 3
    assert vault.shred_list.entry(workshop.id) is None
    path = store.folder / f"{workshop.id}.json"
    for copy in [path, *backup_paths(path)]:
        if copy.exists():
            document = open_file(vault.keyring.storage_key, workshop.id, copy.read_bytes())
            assert all("m" not in record for record in document["records"].values())
            assert "m" not in document.get("folded", {})
    again = SealedStore(store.folder, vault)
    assert again.match_summary(workshop.id).counts()["pairs"] == 3


def test_flipped_bits_in_a_sealed_workshop_file_are_damage_the_store_reports(sealed, tmp_path):
    store, _ = sealed
    workshop = store.create_workshop(**DETAILS)
    for day in range(1, 4):
        add(store, workshop.id, "pre", day)
    path = store.folder / f"{workshop.id}.json"
    good = path.read_bytes()
    rng = random.Random(3)
    for bit in rng.sample(range(len(good) * 8), 40):
        damaged = bytearray(good)
        damaged[bit // 8] ^= 1 << (bit % 8)
        path.write_bytes(bytes(damaged))
        with pytest.raises(DamagedFileError):
            SealedStorage(path, Vault(tmp_path / "keys")).read()
    path.write_bytes(good)


def test_deleting_a_workshop_shreds_its_match_key(sealed):
    store, vault = sealed
    workshop = store.create_workshop(**DETAILS)
    assert vault.shred_list.entry(workshop.id) is not None
    store.delete_workshop(workshop.id)
    assert vault.shred_list.entry(workshop.id) is None


def test_300_bit_flips_are_each_detected_quarantined_and_restored_from_the_newest_backup(
    sealed, tmp_path
):
    store, _ = sealed
    workshop = store.create_workshop(**DETAILS)
    for day in range(1, 16):  # 30 responses with match codes
        add(store, workshop.id, "pre", day)
        add(store, workshop.id, "post", day)
    path = store.folder / f"{workshop.id}.json"
    good = path.read_bytes()
    newest_backup = backup_paths(path)[0].read_bytes()  # the version before the last save
    rng = random.Random(300)
    quarantine = store.folder / "quarantine"
    for n, bit in enumerate(rng.sample(range(len(good) * 8), 300), start=1):
        damaged = bytearray(good)
        damaged[bit // 8] ^= 1 << (bit % 8)
        path.write_bytes(bytes(damaged))
        checker = SealedStore(store.folder, Vault(tmp_path / "keys"))  # locked, as at start
        (note,) = checker.check()
        assert note.restored_from == backup_paths(path)[0]
        assert path.read_bytes() == newest_backup  # restored, byte for byte
        assert note.quarantined_to.read_bytes() == bytes(damaged)  # kept, still sealed
        assert len(list(quarantine.iterdir())) == n
        path.write_bytes(good)
    assert all(b"East Amman" not in p.read_bytes() for p in quarantine.iterdir())
