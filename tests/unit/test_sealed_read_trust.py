"""A sealed read checks each response once (issue 14, read budget).

Folded responses come out of an AES-GCM box whose key is derived from the workshop's
response private key, and the app folds only what passed ``validate_document``: a read
builds them without checking them again. A kiosk record is sealed to the *public* key,
which anyone can do, so it is still checked field by field, and so are the workshop's
details. These tests check that a forged kiosk record is still refused, that a folded
box with a response the app would never have written is refused rather than crashing the
read, and that the trusting read builds exactly the objects the checking read builds.
"""

from __future__ import annotations

import copy
import dataclasses
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.unit import test_records_store as plain
from tests.unit.conftest import CODE
from workshop_kit.records import envelope
from workshop_kit.records.crypto import from_b64, unseal
from workshop_kit.records.envelope import open_file, seal_file
from workshop_kit.records.keys import WorkshopKeys
from workshop_kit.records.model import Response, Workshop, new_id
from workshop_kit.records.sealed_backend import SealedDiskBackend
from workshop_kit.records.sealed_view import plain_view, read_view
from workshop_kit.records.storage import DamagedFileError, validate_document
from workshop_kit.records.store import WorkshopStore
from workshop_kit.records.vault import Vault


def _fresh(store: WorkshopStore, vault: Vault) -> WorkshopStore:
    return WorkshopStore(backend=SealedDiskBackend(store.folder, vault))


def _rewrite(store: WorkshopStore, vault: Vault, workshop_id: str, change) -> None:
    """Change the sealed document as someone holding the keyring (the storage key and
    the public keys, no unlock) could: open the outer box, change, seal it again."""
    path = store.folder / f"{workshop_id}.json"
    document = open_file(vault.keyring.storage_key, workshop_id, path.read_bytes())
    change(document)
    path.write_bytes(seal_file(vault.keyring.storage_key, workshop_id, document))


def _folded_workshop(store: WorkshopStore, vault: Vault) -> str:
    workshop = store.create_workshop(**plain.DETAILS)
    for day in (1, 2, 3):
        plain.add(store, workshop.id, "pre", code_answers=plain.code(day))
        plain.add(store, workshop.id, "post", code_answers=plain.code(day))
    assert store.fold_sealed() == 1  # as after an unlock
    return workshop.id


def _read_ids(store: WorkshopStore) -> list[str]:
    return [workshop.id for workshop, _ in store.read_workshops()]


@pytest.mark.parametrize(
    "forged",
    [
        {"phase": "during"},  # no such phase
        {"answers": {"q1": "yes"}},  # an answer that is no option value
        {"day": "2024-05-01T09:14"},  # a time finer than a day
        {"entry_mode": "web"},
    ],
)
def test_a_forged_kiosk_record_is_still_refused_on_read(store, vault, forged):
    """A record sealed to the workshop's public key (anyone can make one) with content the
    app would refuse: the read leaves the workshop out, as a damaged file, beside the
    folded responses it holds."""
    workshop_id = _folded_workshop(store, vault)
    assert _read_ids(_fresh(store, vault)) == [workshop_id]
    public = WorkshopKeys.from_doc(workshop_id, open_file(
        vault.keyring.storage_key,
        workshop_id,
        (store.folder / f"{workshop_id}.json").read_bytes(),
    )["keys"])  # fmt: skip
    body = {
        "id": new_id(),
        "phase": "pre",
        "instrument_id": "attitudes",
        "instrument_version": 1,
        "answers": {"q1": 2},
        "entry_mode": "kiosk",
        "day": "2024-05-01",
        **forged,
    }

    def add_record(document: dict) -> None:
        document["records"][body["id"]] = envelope.seal_record(public, body["id"], body)

    _rewrite(store, vault, workshop_id, add_record)
    fresh = _fresh(store, vault)
    assert _read_ids(fresh) == []
    with pytest.raises(DamagedFileError, match="not valid"):
        fresh.backend.load(workshop_id)
    assert fresh.list_workshops() == []


def test_a_valid_kiosk_record_beside_folded_ones_reads(store, vault):
    """The control for the test above: the same kind of record with valid content reads."""
    workshop_id = _folded_workshop(store, vault)
    vault.lock()
    saved = plain.add(store, workshop_id, "post", code_answers=plain.code(9))
    vault.unlock(CODE)
    fresh = _fresh(store, vault)
    loaded = fresh.backend.load(workshop_id)
    assert loaded is not None and loaded.parsed is not None
    assert loaded.parsed == validate_document(copy.deepcopy(loaded.data), workshop_id)
    [(_, responses)] = list(fresh.read_workshops())
    [back] = [r for r in responses if r.id == saved.id]
    assert len(responses) == 7 and back.match_hashes is not None  # hashed once unlocked
    assert dataclasses.replace(back, match_hashes=None) == saved


def test_a_folded_response_missing_a_field_is_refused_not_a_crash(store, vault):
    """A folded box the app would never write (made by someone with the workshop's
    private key): the read reports the file as damaged instead of failing on it."""
    workshop_id = _folded_workshop(store, vault)
    path = store.folder / f"{workshop_id}.json"
    document = open_file(vault.keyring.storage_key, workshop_id, path.read_bytes())
    keys = vault.workshop_keys(workshop_id, document["keys"])
    lonely = new_id()
    document["folded"] = envelope.fold_records(keys, {lonely: {"id": lonely}}).doc
    path.write_bytes(seal_file(vault.keyring.storage_key, workshop_id, document))
    fresh = _fresh(store, vault)
    with pytest.raises(DamagedFileError, match="not valid"):
        fresh.backend.load(workshop_id)
    assert _read_ids(fresh) == []


def test_a_changed_byte_of_a_folded_box_still_fails_its_check(store, vault):
    workshop_id = _folded_workshop(store, vault)

    def flip(document: dict) -> None:
        box = bytearray(document["folded"]["r"].encode())
        box[40] = ord("A") if box[40] != ord("A") else ord("B")
        document["folded"]["r"] = box.decode()

    _rewrite(store, vault, workshop_id, flip)
    fresh = _fresh(store, vault)
    with pytest.raises(DamagedFileError, match="does not open"):
        fresh.backend.load(workshop_id)
    assert _read_ids(fresh) == []


def test_forged_workshop_details_are_still_checked(store, vault):
    """The details are sealed to the master's public key (anyone with the keyring can),
    so they are checked on every read."""
    workshop_id = _folded_workshop(store, vault)
    master_public = vault.keyring.master_public

    def forge(document: dict) -> None:
        details = json.loads(
            unseal(vault.master, from_b64(document["details"]), f"details|{workshop_id}".encode())
        )
        details["expected_participants"] = 0  # refused by Workshop
        document["details"] = envelope.seal_details(master_public, workshop_id, details)

    _rewrite(store, vault, workshop_id, forge)
    fresh = _fresh(store, vault)
    with pytest.raises(DamagedFileError, match="workshop is not valid"):
        fresh.backend.load(workshop_id)


# ----------------------------------------------------------------------------- property

_ITEMS = ("q1", "q2", "q3")
_answer = st.one_of(st.none(), st.integers(min_value=-3, max_value=10))
_response_fields = st.fixed_dictionaries(
    {
        "pre": st.booleans(),
        "answers": st.dictionaries(st.sampled_from(_ITEMS), _answer, max_size=3),
        "mode": st.sampled_from(["kiosk", "paper"]),
        "day": st.sampled_from(["2024-05-01", "2024-05-02", "2023-12-31"]),
        "record_key": st.one_of(st.none(), st.integers(min_value=0, max_value=2**32 - 1)),
        "fold": st.booleans(),
        "code": st.booleans(),
    }
)


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(layout=st.lists(_response_fields, max_size=10), closed=st.booleans())
def test_the_trusting_read_builds_what_the_checking_read_builds(vault, layout, closed):
    """Any workshop, open or closed, its responses split between the folded box and kiosk
    records: ``validate_document`` trusting the folded ones returns objects equal to (and
    of the same types as) checking every one."""
    workshop = Workshop(id=new_id(), **plain.DETAILS)
    keys = vault.create_workshop_keys(workshop.id)
    details = workshop.to_doc()
    if closed:
        keys = keys.shredded()
        details = {**details, "status": "closed", "closed_day": "2024-05-02"}
    document = envelope.new_document(keys.public_only(), vault.keyring.master_public, details)
    if closed:
        final = {"ambiguous_pre": [], "ambiguous_post": []}
        document["final"] = envelope.seal_final(vault.keyring.master_public, workshop.id, final)
    bodies, codes = {}, {}
    pairs = {"pre": [], "post": []}
    made = []
    for n, fields in enumerate(layout):
        response = Response(
            id=new_id(),
            workshop_id=workshop.id,
            phase="pre" if fields["pre"] else "post",
            instrument_id="attitudes",
            instrument_version=1 + n % 2,
            answers=fields["answers"],
            entry_mode=fields["mode"],
            day=fields["day"],
            record_key=fields["record_key"],
        )
        pairs[response.phase].append(response)
        made.append((response, fields))
    paired = {}
    if closed:  # pair numbers join one before and one after response
        for number, (p, q) in enumerate(zip(pairs["pre"], pairs["post"], strict=False), start=1):
            paired[p.id] = paired[q.id] = number
    for response, fields in made:
        doc = response.to_doc()
        if response.id in paired:
            doc["pair"] = paired[response.id]
        code = envelope.normalised_code(plain.code(3)) if fields["code"] and not closed else None
        if fields["fold"]:
            bodies[response.id] = doc
            if code is not None:
                codes[response.id] = {"code": code}
        else:
            document["records"][response.id] = envelope.seal_record(
                keys.public_only(), response.id, doc, code
            )
    if bodies:
        document["folded"] = envelope.fold_records(keys, bodies, codes).doc
    envelope.check_document(document, workshop.id)
    opened = vault.workshop_keys(workshop.id, document["keys"])

    data, folded = read_view(document, opened, vault.master_box)
    assert folded == set(bodies)
    assert data == plain_view(document, opened, vault.master)[0]
    checked = validate_document(copy.deepcopy(data), workshop.id)
    trusting = validate_document(data, workshop.id, trusted=folded)
    assert trusting == checked
    for one, other in zip(trusting[1], checked[1], strict=True):
        assert {k: type(v) for k, v in vars(one).items()} == {
            k: type(v) for k, v in vars(other).items()
        }
    assert [type(v) for r in trusting[1] for v in r.answers.values()] == [
        type(v) for r in checked[1] for v in r.answers.values()
    ]
