"""Folded responses (issue 14, scale): a sealed workshop's responses in two AES-GCM boxes.

The kiosk still seals each response on its own to the workshop's public keys; an unlocked
write (and the fold pass after each unlock, ``WorkshopStore.fold_sealed``) folds them into
``folded``, under keys derived from the workshop's private keys. These tests check the
format's refusals, that folding loses and changes nothing a reader sees, that closing
shreds the folded codes, and that a kiosk save after a fold is read with the folded ones.
"""

from __future__ import annotations

import base64
import copy

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.unit import test_records_store as plain
from tests.unit.conftest import CODE
from workshop_kit.records import envelope
from workshop_kit.records.crypto import CryptoError
from workshop_kit.records.envelope import SealedDocumentError, open_file
from workshop_kit.records.model import Response, Workshop, new_id
from workshop_kit.records.sealed_backend import SealedDiskBackend, load_sealed
from workshop_kit.records.sealed_storage import SealedStorage
from workshop_kit.records.sealed_view import plain_view
from workshop_kit.records.storage import DamagedFileError, backup_paths
from workshop_kit.records.store import WorkshopStore
from workshop_kit.records.vault import Vault


def _document(store: WorkshopStore, vault: Vault, workshop_id: str) -> dict:
    """The sealed document as stored: the file and the kiosk saves in its journal."""
    path = store.folder / f"{workshop_id}.json"
    return SealedStorage(path, vault).sealed_document()


def _kiosk_workshop(store: WorkshopStore, vault: Vault, pairs: int = 4) -> str:
    """An open workshop whose responses were all saved at a locked kiosk."""
    workshop = store.create_workshop(**plain.DETAILS)
    vault.lock()
    for day in range(1, pairs + 1):
        plain.add(store, workshop.id, "pre", code_answers=plain.code(day))
        plain.add(store, workshop.id, "post", code_answers=plain.code(day))
    plain.add(store, workshop.id, "pre")  # one without a code
    vault.unlock(CODE)
    return workshop.id


def _fresh(store: WorkshopStore, vault: Vault) -> WorkshopStore:
    return WorkshopStore(backend=SealedDiskBackend(store.folder, vault))


# ----------------------------------------------------------------------------- the pass


def test_the_fold_pass_folds_kiosk_saves_and_a_reader_sees_no_difference(store, vault):
    workshop_id = _kiosk_workshop(store, vault)
    before = _document(store, vault, workshop_id)
    assert len(before["records"]) == 9 and "folded" not in before
    responses = _fresh(store, vault).responses(workshop_id)
    matched = _fresh(store, vault).match_summary(workshop_id)

    assert store.fold_sealed() == 1
    after = _document(store, vault, workshop_id)
    assert after["records"] == {}
    assert after["folded"]["ids"] == sorted(before["records"])
    assert set(after["folded"]) == {"ids", "r", "m"}
    again = _fresh(store, vault)
    assert again.responses(workshop_id) == responses
    assert again.match_summary(workshop_id) == matched
    assert store.fold_sealed() == 0  # nothing left to fold: no file rewritten


def test_the_fold_pass_reports_progress_and_stops_between_workshops(store, vault):
    ids = [_kiosk_workshop(store, vault, pairs=1) for _ in range(3)]
    seen = []
    assert store.fold_sealed(progress=lambda done, total: seen.append((done, total))) == 3
    assert seen == [(1, 3), (2, 3), (3, 3)]
    more = _kiosk_workshop(store, vault, pairs=1)
    from workshop_kit.cancel import Cancelled

    with pytest.raises(Cancelled):
        store.fold_sealed(cancelled=lambda: True)
    assert _document(store, vault, more)["records"]  # untouched
    assert all(_document(store, vault, i)["records"] == {} for i in ids)


def test_the_fold_pass_needs_the_data_unlocked_and_a_plain_store_folds_nothing(
    store, vault, tmp_path
):
    workshop_id = _kiosk_workshop(store, vault, pairs=1)
    vault.lock()
    assert store.fold_sealed() == 0
    assert len(_document(store, vault, workshop_id)["records"]) == 3
    assert WorkshopStore(tmp_path / "plain").fold_sealed() == 0
    assert WorkshopStore(memory=True).fold_sealed() == 0


def test_a_kiosk_save_after_a_fold_reads_with_the_folded_ones_in_id_order(store, vault):
    workshop_id = _kiosk_workshop(store, vault, pairs=2)
    store.fold_sealed()
    vault.lock()
    late = plain.add(store, workshop_id, "post", code_answers=plain.code(9))
    document = _document(store, vault, workshop_id)
    assert list(document["records"]) == [late.id] and late.id not in document["folded"]["ids"]
    vault.unlock(CODE)
    back = _fresh(store, vault).responses(workshop_id)
    assert len(back) == 6 and [r.id for r in back] == sorted(r.id for r in back)
    assert late.match_hashes is None  # the kiosk cannot hash: it has no secret
    assert {r.id: r for r in back}[late.id].match_hashes is not None  # unlocked, it can
    # The next fold takes it in.
    assert store.fold_sealed() == 1
    assert _document(store, vault, workshop_id)["records"] == {}
    assert _fresh(store, vault).responses(workshop_id) == back


def test_a_response_folded_cannot_be_saved_again(store, vault):
    workshop_id = _kiosk_workshop(store, vault, pairs=1)
    store.fold_sealed()
    folded_id = _document(store, vault, workshop_id)["folded"]["ids"][0]
    storage = store.backend._sealed(workshop_id)
    doc = next(r for r in store.responses(workshop_id) if r.id == folded_id).to_doc()
    with pytest.raises(ValueError, match="already saved"):
        storage.append_response(doc, None)


def test_the_start_up_check_sees_folded_ids(store, vault):
    workshop_id = _kiosk_workshop(store, vault, pairs=2)
    store.fold_sealed()
    path = store.folder / f"{workshop_id}.json"
    _listed, ids = load_sealed(vault)(path, workshop_id)
    assert ids == sorted(r.id for r in store.responses(workshop_id)) and len(ids) == 5
    assert store.check() == []


def test_closing_a_folded_workshop_shreds_the_folded_codes_in_every_copy(store, vault):
    workshop_id = _kiosk_workshop(store, vault)
    store.fold_sealed()
    path = store.folder / f"{workshop_id}.json"
    open_copy = path.read_bytes()  # what a thief copied while it was open
    assert "m" in _document(store, vault, workshop_id)["folded"]
    store.close_workshop(workshop_id, day="2024-05-02")
    assert vault.shred_list.entry(workshop_id) is None
    copies = [open_copy] + [p.read_bytes() for p in [path, *backup_paths(path)] if p.exists()]
    for data in copies:
        document = open_file(vault.keyring.storage_key, workshop_id, data)
        keys = vault.workshop_keys(workshop_id, document["keys"])  # unlocked, after closing
        assert keys.match_private is None
        opened = envelope.open_folded(keys, document)
        assert opened is not None and opened.codes is None  # the match box no longer opens
    closed = _document(store, vault, workshop_id)
    assert "m" not in closed["folded"] and closed["records"] == {}
    assert sorted(r.pair for r in _fresh(store, vault).responses(workshop_id) if r.pair) == [
        1,
        1,
        2,
        2,
        3,
        3,
        4,
        4,
    ]


# ----------------------------------------------------------------------------- the format


@pytest.fixture
def folded(store, vault):
    """A folded document of an open workshop (in memory), its keys, and its plain view."""
    workshop_id = _kiosk_workshop(store, vault, pairs=3)
    store.fold_sealed()
    document = _document(store, vault, workshop_id)
    keys = vault.workshop_keys(workshop_id, document["keys"])
    view, _ = plain_view(document, keys, vault.master)
    return document, keys, view


def _view(document, keys, vault):
    return plain_view(document, keys, vault.master)[0]


@pytest.mark.parametrize("part", ["r", "m"])
def test_any_changed_byte_of_a_folded_box_is_refused(folded, vault, part):
    document, keys, _ = folded
    box = base64.b64decode(document["folded"][part])
    for index in range(len(box)):
        changed = bytearray(box)
        changed[index] ^= 0x01
        bad = copy.deepcopy(document)
        bad["folded"][part] = base64.b64encode(bytes(changed)).decode()
        with pytest.raises(CryptoError):
            _view(bad, keys, vault)


def test_a_changed_id_list_is_refused(folded, vault):
    document, keys, _ = folded
    ids = document["folded"]["ids"]
    changes = [
        ids[:-1],  # one left out
        sorted([*ids, new_id()]),  # one added
        sorted([*ids[1:], new_id()]),  # one swapped for another
    ]
    for changed in changes:
        bad = copy.deepcopy(document)
        bad["folded"]["ids"] = changed
        with pytest.raises(CryptoError):
            _view(bad, keys, vault)
    for bad_ids in (list(reversed(ids)), [ids[0], *ids]):  # not sorted, repeated
        bad = copy.deepcopy(document)
        bad["folded"]["ids"] = bad_ids
        with pytest.raises(SealedDocumentError):
            envelope.check_document(bad, document["workshop_id"])


def test_a_box_moved_to_another_part_or_workshop_is_refused(folded, vault):
    document, keys, _ = folded
    bad = copy.deepcopy(document)
    bad["folded"]["r"], bad["folded"]["m"] = document["folded"]["m"], document["folded"]["r"]
    with pytest.raises(CryptoError):
        _view(bad, keys, vault)
    assert envelope.fold_key(keys.response_private, keys.workshop_id, "r") != envelope.fold_key(
        keys.response_private, new_id(), "r"
    )


def test_an_id_both_folded_and_a_record_is_refused(folded, vault):
    document, _, _ = folded
    record_id = document["folded"]["ids"][0]
    bad = copy.deepcopy(document)
    bad["records"][record_id] = {"r": "AAAA"}
    with pytest.raises(SealedDocumentError, match="both folded and a record"):
        envelope.check_document(bad, document["workshop_id"])
    data = envelope.seal_file(vault.keyring.storage_key, document["workshop_id"], bad)
    with pytest.raises(SealedDocumentError):
        envelope.open_file(vault.keyring.storage_key, document["workshop_id"], data)


def test_a_box_holding_other_ids_than_listed_is_refused(folded, vault):
    document, keys, view = folded
    workshop_id = document["workshop_id"]
    responses = {r["id"]: {k: v for k, v in r.items() if k != "match_hashes"}
                 for r in view["responses"].values()}  # fmt: skip
    extra = new_id()
    inside = {**responses, extra: {**next(iter(responses.values())), "id": extra}}
    # A box made with the right key over other ids, listed as the old ids: refused.
    made = envelope.fold_records(keys, inside)
    bad = copy.deepcopy(document)
    bad["folded"]["r"] = made.doc["r"]
    with pytest.raises(SealedDocumentError):
        _view(bad, keys, vault)
    # Its own id list with it: the box opens, but that list must match what is inside.
    bad["folded"]["ids"] = made.ids
    del bad["folded"]["m"]
    envelope.check_document(bad, workshop_id)
    assert len(_view(bad, keys, vault)["responses"]) == len(responses) + 1
    with pytest.raises(SealedDocumentError, match="closed workshop"):
        closed = copy.deepcopy(document)
        closed["keys"] = keys.shredded().to_doc()
        closed["listing"] = {**closed["listing"], "status": "closed"}
        envelope.check_document(closed, workshop_id)


def test_a_folded_file_changed_on_disk_is_damage_the_store_reports(store, vault):
    workshop_id = _kiosk_workshop(store, vault, pairs=1)
    store.fold_sealed()
    document = _document(store, vault, workshop_id)
    document["folded"]["ids"] = document["folded"]["ids"][:-1]
    path = store.folder / f"{workshop_id}.json"
    path.write_bytes(envelope.seal_file(vault.keyring.storage_key, workshop_id, document))
    with pytest.raises(DamagedFileError):
        _fresh(store, vault).responses(workshop_id)


def test_close_document_folds_pairs_and_drops_the_folded_codes(folded, vault):
    document, keys, view = folded
    ids = document["folded"]["ids"]
    workshop = Workshop.from_doc(view["_meta"]["1"]["workshop"])
    closed_doc = {**workshop.to_doc(), "status": "closed", "closed_day": "2024-05-02"}
    closed = envelope.close_document(
        document, vault.keyring.master_public, closed_doc, {}, {ids[0]: 1}, keys
    )
    envelope.check_document(closed, document["workshop_id"])
    assert "m" not in closed["folded"] and closed["folded"]["ids"] == ids
    opened = envelope.open_folded(keys.shredded(), closed)
    assert opened is not None and opened.responses is not None
    assert opened.responses[ids[0]]["pair"] == 1 and "pair" not in opened.responses[ids[1]]


# ----------------------------------------------------------------------------- property


def _response(workshop_id: str, n: int) -> Response:
    return Response(
        id=new_id(),
        workshop_id=workshop_id,
        phase="pre" if n % 2 else "post",
        instrument_id="attitudes",
        instrument_version=1,
        answers={"q1": n % 5, "q2": None},
        entry_mode="kiosk",
        day="2024-05-01",
    )


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    layout=st.lists(st.tuples(st.booleans(), st.booleans()), min_size=0, max_size=12),
    closed=st.booleans(),
)
def test_mixed_folded_and_unfolded_documents_read_like_all_unfolded(vault, layout, closed):
    """Any split of a workshop's responses between folded and kiosk records (with or
    without codes, open or closed) reads back as the same plain view as all records."""
    workshop = Workshop(id=new_id(), **plain.DETAILS)
    keys = vault.create_workshop_keys(workshop.id)
    if closed:
        keys = keys.shredded()
    details = workshop.to_doc()
    if closed:
        details = {**details, "status": "closed", "closed_day": "2024-05-02"}
    base = envelope.new_document(keys.public_only(), vault.keyring.master_public, details)
    if closed:
        base["final"] = envelope.seal_final(vault.keyring.master_public, workshop.id, {})
    unfolded = copy.deepcopy(base)
    mixed = copy.deepcopy(base)
    bodies, codes = {}, {}
    for n, (fold, with_code) in enumerate(layout):
        response = _response(workshop.id, n)
        code = envelope.normalised_code(plain.code(n + 1)) if with_code and not closed else None
        record = envelope.seal_record(keys.public_only(), response.id, response.to_doc(), code)
        unfolded["records"][response.id] = record
        if fold:
            bodies[response.id] = response.to_doc()
            if code is not None:
                codes[response.id] = {"code": code}
        else:
            mixed["records"][response.id] = record
    if bodies:
        mixed["folded"] = envelope.fold_records(keys, bodies, codes).doc
    envelope.check_document(mixed, workshop.id)
    opened = vault.workshop_keys(workshop.id, mixed["keys"])
    expected, _ = plain_view(unfolded, opened, vault.master)
    got, resealer = plain_view(mixed, opened, vault.master)
    assert got == expected
    assert envelope.record_ids(mixed) == sorted(unfolded["records"])
    # Resealed: everything folded, and it still reads the same.
    resealed = resealer(copy.deepcopy(got))
    envelope.check_document(resealed, workshop.id)
    assert resealed["records"] == {}
    assert plain_view(resealed, opened, vault.master)[0] == expected
