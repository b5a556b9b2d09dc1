"""The store's own tests, run again over sealed files (``SealedDiskBackend``, unlocked).

Every test of ``test_records_store`` that takes the ``store`` fixture runs here on a sealed
store, except three that read the plaintext format on purpose; their sealed counterparts
follow.
"""

from __future__ import annotations

import pytest

from tests.unit import test_records_store as plain
from workshop_kit.records.crypto import ScryptCost
from workshop_kit.records.envelope import open_file
from workshop_kit.records.sealed_backend import SealedDiskBackend
from workshop_kit.records.store import WorkshopStore
from workshop_kit.records.vault import Vault

CODE = "0481-7730-2956"
FAST = ScryptCost(n=2**10, r=8, p=1)
#: read the plaintext file, reopen it as plaintext, or expect save order
PLAINTEXT_ONLY = {
    "test_a_new_store_on_the_same_folder_sees_everything",
    "test_responses_are_kept_in_order_with_hashed_codes_only",
    "test_closing_pairs_then_deletes_every_hash_and_the_secret",
}

for _name in dir(plain):
    if _name.startswith("test_") and _name not in PLAINTEXT_ONLY:
        _test = getattr(plain, _name)
        if "store" in _test.__code__.co_varnames[: _test.__code__.co_argcount]:
            globals()[_name] = _test


@pytest.fixture
def vault(user_data) -> Vault:
    vault = Vault(user_data / "keys")
    vault.setup(CODE, cost=FAST)
    vault.unlock(CODE)
    return vault


@pytest.fixture
def store(user_data, vault) -> WorkshopStore:
    return WorkshopStore(backend=SealedDiskBackend(user_data / "workshops", vault))


def test_a_new_sealed_store_on_the_same_folder_sees_everything(store, vault):
    workshop = store.create_workshop(**plain.DETAILS)
    response = plain.add(store, workshop.id, code_answers=plain.code(3))
    again = WorkshopStore(backend=SealedDiskBackend(store.folder, vault))
    assert again.list_workshops() == [workshop]
    assert again.responses(workshop.id) == [response]


def test_sealed_responses_come_back_in_id_order_not_save_order(store):
    workshop = store.create_workshop(**plain.DETAILS)
    saved = [plain.add(store, workshop.id, code_answers=plain.code(d)) for d in range(1, 9)]
    back = store.responses(workshop.id)
    assert sorted(r.id for r in saved) == [r.id for r in back]
    assert {r.id: r for r in back} == {r.id: r for r in saved}


def test_closing_a_sealed_workshop_leaves_no_hash_secret_or_match_key(store, vault):
    workshop = store.create_workshop(**plain.DETAILS)
    for day in (3, 4):
        plain.add(store, workshop.id, "pre", code_answers=plain.code(day))
        plain.add(store, workshop.id, "post", code_answers=plain.code(day))
    result = store.close_workshop(workshop.id, day="2024-05-02")
    assert len(result.pairs) == 2
    assert vault.shred_list.entry(workshop.id) is None
    path = store.folder / f"{workshop.id}.json"
    document = open_file(vault.keyring.storage_key, workshop.id, path.read_bytes())
    assert "sealed_secret" not in document and "match" not in document["keys"]["sealed"]
    assert all(set(record) == {"r"} for record in document["records"].values())
    assert document["records"] == {} and set(document["folded"]) == {"ids", "r"}  # all folded
    assert all(r.match_hashes is None for r in store.responses(workshop.id))


def test_saves_while_unlocked_keep_the_view_in_memory_equal_to_the_file(store, vault):
    workshop = store.create_workshop(**plain.DETAILS)
    for day in (5, 1, 4, 2, 3):
        plain.add(store, workshop.id, "pre", code_answers=plain.code(day))
        plain.add(store, workshop.id, "post", code_answers=plain.code(day))
    fresh = WorkshopStore(backend=SealedDiskBackend(store.folder, vault))
    assert store.responses(workshop.id) == fresh.responses(workshop.id)
    assert store.match_summary(workshop.id) == fresh.match_summary(workshop.id)
    assert store.close_workshop(workshop.id).counts()["pairs"] == 5


def test_locking_empties_the_listing_and_unlocking_brings_it_back(store, vault):
    workshop = store.create_workshop(**plain.DETAILS)
    assert [w.id for w in store.list_workshops()] == [workshop.id]
    vault.lock()
    assert store.list_workshops() == []
    vault.unlock(CODE)
    assert [w.id for w in store.list_workshops()] == [workshop.id]


def test_reading_everything_again_opens_only_new_responses_until_locked(store, vault, monkeypatch):
    from workshop_kit.records import sealed_view

    workshops = [store.create_workshop(**plain.DETAILS) for _ in range(20)]  # > MAX_OPEN
    for workshop in workshops:
        for day in (1, 2):
            plain.add(store, workshop.id, "pre", code_answers=plain.code(day))
    opened = []
    real = sealed_view.open_record
    monkeypatch.setattr(
        sealed_view, "open_record", lambda *a, **k: opened.append(a[1]) or real(*a, **k)
    )
    fresh = WorkshopStore(backend=SealedDiskBackend(store.folder, vault))
    first = [r for w in fresh.list_workshops() for r in fresh.responses(w.id)]
    assert len(first) == 40 and len(opened) == 40
    second = [(w, rs) for w, rs in fresh.read_workshops()]
    assert sum(len(rs) for _, rs in second) == 40 and len(opened) == 40  # none again
    vault.lock()
    vault.unlock(CODE)
    list(fresh.read_workshops())
    assert len(opened) == 80  # the lock dropped everything opened
