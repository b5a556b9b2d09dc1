"""The unlocked plain view of a sealed workshop, and sealing it back (records/sealed_view.py).

The plain view must be exactly what the storage schema checks, so the store's validation,
matching and closing run on it unchanged.
"""

from __future__ import annotations

import copy

import pytest

from workshop_kit.records import envelope
from workshop_kit.records.crypto import CryptoError, ScryptCost
from workshop_kit.records.matchcode import match
from workshop_kit.records.model import Response, Workshop, new_id
from workshop_kit.records.sealed_view import Resealer, plain_view
from workshop_kit.records.storage import validate_document
from workshop_kit.records.vault import Vault

FAST = ScryptCost(n=2**10, r=8, p=1)
CODE = "0481-7730-2956"
DETAILS = {
    "curriculum_id": "equal-voices",
    "session_ids": ("gender-and-power",),
    "site": "East Amman centre",
    "day": "2024-05-01",
    "language": "ar",
    "expected_participants": 30,
}


def _code(n: int) -> dict[str, str]:
    return {
        "mother_initial": "m",
        "birth_day": str(n + 1),
        "older_siblings": "1",
        "birthplace_initial": "k",
        "younger_siblings": "0",
    }


@pytest.fixture
def laptop(tmp_path):
    vault = Vault(tmp_path / "keys")
    vault.setup(CODE, cost=FAST)
    workshop = Workshop(id=new_id(), **DETAILS)
    keys = vault.create_workshop_keys(workshop.id)
    document = envelope.new_document(
        keys.public_only(), vault.keyring.master_public, workshop.to_doc()
    )
    kiosk = vault.workshop_keys(workshop.id, document["keys"])  # locked: public halves
    for n in range(6):
        for phase in ("pre", "post"):
            response = Response(
                id=new_id(),
                workshop_id=workshop.id,
                phase=phase,
                instrument_id="attitudes",
                instrument_version=1,
                answers={"q1": n % 5},
                entry_mode="kiosk",
                day="2024-05-01",
            )
            document["records"][response.id] = envelope.seal_record(
                kiosk, response.id, response.to_doc(), envelope.normalised_code(_code(n))
            )
    vault.unlock(CODE)
    return vault, workshop, document


def _open(vault, workshop, document):
    keys = vault.workshop_keys(workshop.id, document["keys"])
    return plain_view(document, keys, vault.keyring.unlock(CODE).master)


def test_plain_view_passes_the_storage_schema_and_matches_every_pair(laptop):
    vault, workshop, document = laptop
    plain, _ = _open(vault, workshop, document)
    opened, responses = validate_document(plain, workshop.id)
    assert opened == workshop and len(responses) == 12
    result = match(
        [(r.id, r.match_hashes) for r in responses if r.phase == "pre"],
        [(r.id, r.match_hashes) for r in responses if r.phase == "post"],
    )
    assert len(result.pairs) == 6


def test_plain_view_numbers_responses_in_id_order(laptop):
    vault, workshop, document = laptop
    plain, _ = _open(vault, workshop, document)
    ids = [doc["id"] for doc in plain["responses"].values()]
    assert ids == sorted(ids) and list(plain["responses"]) == [str(n) for n in range(1, 13)]


def test_resealing_folds_every_record_and_an_unchanged_view_reuses_every_box(laptop):
    vault, workshop, document = laptop
    plain, resealer = _open(vault, workshop, document)
    folded = resealer(plain)
    assert folded["records"] == {}
    assert folded["folded"]["ids"] == sorted(document["records"])
    assert set(folded["folded"]) == {"ids", "r", "m"}
    assert folded["details"] == document["details"]
    envelope.check_document(folded, workshop.id)
    reopened, again_resealer = _open(vault, workshop, folded)
    assert reopened == plain  # the same plain view, numbering and hashes included
    assert again_resealer(reopened) == folded  # nothing changed: no box re-encrypted


def test_resealing_a_changed_response_changes_only_the_response_box(laptop):
    vault, workshop, document = laptop
    plain, resealer = _open(vault, workshop, document)
    folded = resealer(plain)
    changed = copy.deepcopy(plain)
    first = changed["responses"]["1"]
    new_answer = (first["answers"]["q1"] + 1) % 5  # differs from the saved one
    first["answers"] = {"q1": new_answer}
    sealed = resealer(changed)
    assert sealed["folded"]["r"] != folded["folded"]["r"]
    assert sealed["folded"]["m"] == folded["folded"]["m"]
    reopened, _ = _open(vault, workshop, sealed)
    assert reopened["responses"]["1"]["answers"] == {"q1": new_answer}
    assert reopened["responses"]["1"]["match_hashes"] == plain["responses"]["1"]["match_hashes"]


def test_closing_through_the_plain_view_shreds_codes_and_keeps_pairs(laptop):
    vault, workshop, document = laptop
    plain, resealer = _open(vault, workshop, document)
    _, responses = validate_document(plain, workshop.id)
    result = match(
        [(r.id, r.match_hashes) for r in responses if r.phase == "pre"],
        [(r.id, r.match_hashes) for r in responses if r.phase == "post"],
    )
    pair_of = {rid: n for n, pair in enumerate(result.pairs, start=1) for rid in pair}
    # What store.close_workshop does to the plain document:
    meta = plain["_meta"]["1"]
    meta.pop("secret")
    meta["workshop"] = {**meta["workshop"], "status": "closed", "closed_day": "2024-05-02"}
    meta["final_match"] = {"ambiguous_pre": [], "ambiguous_post": []}
    for doc in plain["responses"].values():
        doc.pop("match_hashes", None)
        doc["pair"] = pair_of[doc["id"]]
    validate_document(plain, workshop.id)
    closed = resealer(plain)
    envelope.check_document(closed, workshop.id)
    vault.shred(workshop.id)
    assert closed["records"] == {} and set(closed["folded"]) == {"ids", "r"}
    assert "match" not in closed["keys"]["sealed"]
    reopened, _ = _open(vault, workshop, closed)
    closed_workshop, closed_responses = validate_document(reopened, workshop.id)
    assert not closed_workshop.is_open
    assert sorted(r.pair for r in closed_responses) == sorted(list(range(1, 7)) * 2)
    # The document from before closing no longer gives up any code either.
    old_keys = vault.workshop_keys(workshop.id, document["keys"])
    assert old_keys.match_private is None


def test_plain_view_needs_the_workshop_unlocked(laptop):
    vault, workshop, document = laptop
    vault.lock()
    locked = vault.workshop_keys(workshop.id, document["keys"])
    with pytest.raises(CryptoError):
        plain_view(document, locked, b"\x00" * 32)


def test_resealer_refuses_a_plain_view_of_another_workshop(laptop):
    vault, workshop, document = laptop
    plain, resealer = _open(vault, workshop, document)
    plain["_meta"]["1"]["workshop"] = {**plain["_meta"]["1"]["workshop"], "id": new_id()}
    with pytest.raises(ValueError):
        resealer(plain)
    assert isinstance(resealer, Resealer)
