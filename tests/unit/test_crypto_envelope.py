"""The sealed workshop file (records/envelope.py): what a copied data folder gives away."""

from __future__ import annotations

import json
import os
import random
from datetime import date, datetime

import pytest

from workshop_kit.records import crypto, envelope
from workshop_kit.records.crypto import CryptoError, ScryptCost
from workshop_kit.records.envelope import SealedDocumentError
from workshop_kit.records.keys import Keyring, ShredList, WorkshopKeys
from workshop_kit.records.matchcode import hash_code, match
from workshop_kit.records.model import Response, Workshop, new_id
from workshop_kit.records.storage import dumps
from workshop_kit.records.store import WorkshopStore

FAST = ScryptCost(n=2**10, r=8, p=1)
CODE = "0481-7730-2956"
DETAILS = {
    "curriculum_id": "equal-voices",
    "session_ids": ("gender-and-power",),
    "site": "East Amman centre",
    "day": "2024-05-01",
    "language": "ar",
    "expected_participants": 30,
    "facilitator_initials": "RK",
}


class Laptop:
    """A keyring, its shred list and an open workshop with public keys only (the kiosk)."""

    def __init__(self) -> None:
        self.keyring, _ = Keyring.create(CODE, cost=FAST)
        self.shred = ShredList()
        self.workshop = Workshop(id=new_id(), **DETAILS)
        created = WorkshopKeys.create(self.workshop.id, self.keyring.master_public)
        self.shred.add(created)
        self.kiosk_keys = created.public_only()
        self.document = envelope.new_document(
            self.kiosk_keys, self.keyring.master_public, self.workshop.to_doc()
        )

    def save(self, phase: str, answers: dict, code: dict | None, day: str = "2024-05-01") -> str:
        """What the kiosk does: seal one response with the public keys, nothing else."""
        response = Response(
            id=new_id(),
            workshop_id=self.workshop.id,
            phase=phase,
            instrument_id="attitudes",
            instrument_version=1,
            answers=answers,
            entry_mode="kiosk",
            day=day,
        )
        normal = None if code is None else envelope.normalised_code(code)
        self.document["records"][response.id] = envelope.seal_record(
            self.kiosk_keys, response.id, response.to_doc(), normal
        )
        return response.id

    def unlocked_keys(self) -> WorkshopKeys:
        master = self.keyring.unlock(CODE).master
        return WorkshopKeys.from_doc(
            self.workshop.id, self.document["keys"], master, self.shred.entry(self.workshop.id)
        )

    def file_bytes(self) -> bytes:
        return envelope.seal_file(self.keyring.storage_key, self.workshop.id, self.document)


def _code(n: int) -> dict[str, str]:
    return {
        "mother_initial": "أمل"[n % 3] if n % 2 else "m",
        "birth_day": str(1 + n % 28),
        "older_siblings": str(n % 4),
        "birthplace_initial": "k",
        "younger_siblings": str(n % 3),
    }


def _realistic(laptop: Laptop, participants: int = 15) -> list[str]:
    ids = []
    for n in range(participants):
        answers = {f"q{i}": (n + i) % 5 + 1 for i in range(1, 21)}
        answers["q7"] = None  # "prefer not to answer"
        for phase in ("pre", "post"):
            ids.append(laptop.save(phase, answers, _code(n)))
    return ids


def test_kiosk_saves_with_public_keys_and_cannot_read_back_what_it_saved():
    laptop = Laptop()
    record_id = laptop.save("pre", {"q1": 4}, _code(1))
    record = laptop.document["records"][record_id]
    with pytest.raises(CryptoError):
        envelope.open_record(laptop.kiosk_keys, record_id, record)
    opened = envelope.open_record(laptop.unlocked_keys(), record_id, record)
    assert opened.response["answers"] == {"q1": 4}
    assert opened.code == envelope.normalised_code(_code(1))


def test_file_bytes_hold_no_answer_code_secret_site_or_time():
    laptop = Laptop()
    _realistic(laptop)
    data = laptop.file_bytes()
    clear_texts = (b"East Amman", b"attitudes", b'"q1"', b"mother_initial", b'"RK"', b"2024-")
    for clear in clear_texts:
        assert clear not in data
    keys = laptop.unlocked_keys()
    for private in (keys.response_private, keys.match_private, keys.match_secret()):
        assert private is not None and private not in data
        assert crypto.b64(private).encode() not in data


def test_listing_fields_are_all_that_opens_without_unlocking():
    laptop = Laptop()
    _realistic(laptop, 2)
    document = envelope.open_file(
        laptop.keyring.storage_key, laptop.workshop.id, laptop.file_bytes()
    )
    assert set(document["listing"]) <= set(envelope.LISTING_FIELDS)
    assert "site" not in json.dumps(document["listing"])
    text = json.dumps(document)
    for clear in ("East Amman", '"RK"', "facilitator_initials", '"q1"', "answers"):
        assert clear not in text


def test_details_open_after_unlocking_and_must_agree_with_the_listing():
    laptop = Laptop()
    master = laptop.keyring.unlock(CODE).master
    details = envelope.open_details(master, laptop.document)
    assert Workshop.from_doc(details) == laptop.workshop
    forged = {**laptop.document, "listing": {**laptop.document["listing"], "day": "2025-01-01"}}
    with pytest.raises(SealedDocumentError):
        envelope.open_details(master, forged)


def test_three_hundred_random_bit_flips_in_a_workshop_file_are_all_detected():
    laptop = Laptop()
    _realistic(laptop)  # 30 responses with match codes: about 40 KB
    data = laptop.file_bytes()
    rng = random.Random(12)
    bits = rng.sample(range(len(data) * 8), 300)
    for bit in bits:
        damaged = bytearray(data)
        damaged[bit // 8] ^= 1 << (bit % 8)
        with pytest.raises(SealedDocumentError):
            envelope.open_file(laptop.keyring.storage_key, laptop.workshop.id, bytes(damaged))
    back = envelope.open_file(laptop.keyring.storage_key, laptop.workshop.id, data)
    assert back == json.loads(json.dumps(laptop.document))


def test_truncated_renamed_or_foreign_files_are_refused():
    laptop = Laptop()
    _realistic(laptop, 1)
    data = laptop.file_bytes()
    key, workshop_id = laptop.keyring.storage_key, laptop.workshop.id
    for cut in (0, 5, len(envelope.MAGIC), len(data) // 2, len(data) - 1):
        with pytest.raises(SealedDocumentError):
            envelope.open_file(key, workshop_id, data[:cut])
    with pytest.raises(SealedDocumentError):  # copied over another workshop's file
        envelope.open_file(key, new_id(), data)
    with pytest.raises(SealedDocumentError):  # from another laptop
        envelope.open_file(crypto.random_key(), workshop_id, data)
    with pytest.raises(SealedDocumentError):
        envelope.open_file(key, workshop_id, dumps({"_meta": {}}).encode())
    assert envelope.is_sealed_file(data) and not envelope.is_sealed_file(b'{"_meta":{}}')


def test_a_record_moved_to_another_id_or_workshop_does_not_open():
    laptop, other = Laptop(), Laptop()
    first = laptop.save("pre", {"q1": 1}, None)
    second = laptop.save("pre", {"q1": 5}, None)
    keys = laptop.unlocked_keys()
    records = laptop.document["records"]
    with pytest.raises(CryptoError):
        envelope.open_record(keys, second, records[first])
    other_keys = other.unlocked_keys()
    with pytest.raises(CryptoError):
        envelope.open_record(other_keys, first, records[first])


def test_records_are_stored_in_id_order_not_save_order():
    laptop = Laptop()
    ids = _realistic(laptop, 10)
    data = laptop.file_bytes()
    stored = list(
        envelope.open_file(laptop.keyring.storage_key, laptop.workshop.id, data)["records"]
    )
    assert stored == sorted(ids)


def test_matching_works_after_unlocking_from_sealed_codes():
    laptop = Laptop()
    ids = _realistic(laptop, 8)
    keys = laptop.unlocked_keys()
    secret = envelope.match_secret(keys, laptop.document)
    sides: dict[str, list] = {"pre": [], "post": []}
    for record_id in ids:
        opened = envelope.open_record(keys, record_id, laptop.document["records"][record_id])
        sides[opened.response["phase"]].append((record_id, opened.match_hashes(secret)))
    result = match(sides["pre"], sides["post"])
    assert len(result.pairs) == 8


def test_closing_shreds_match_codes_and_keeps_answers_and_pairs():
    laptop = Laptop()
    ids = _realistic(laptop, 4)
    keys = laptop.unlocked_keys()
    master = laptop.keyring.unlock(CODE).master
    before = laptop.file_bytes()  # a backup taken while the workshop was open
    closed = Workshop.from_doc(
        {**laptop.workshop.to_doc(), "status": "closed", "closed_day": "2024-05-02"}
    )
    pairs = {ids[0]: 1, ids[1]: 1}
    final = {"ambiguous_pre": [], "ambiguous_post": []}
    document = envelope.close_document(
        laptop.document, laptop.keyring.master_public, closed.to_doc(), final, pairs, keys
    )
    laptop.shred.shred(laptop.workshop.id)
    assert all(set(record) == {"r"} for record in document["records"].values())
    envelope.check_document(document, laptop.workshop.id)
    reopened = WorkshopKeys.from_doc(laptop.workshop.id, document["keys"], master)
    assert envelope.open_record(reopened, ids[0], document["records"][ids[0]]).response["pair"] == 1
    assert envelope.open_final(master, document) == final
    # The backup from before closing still holds sealed codes, but nothing opens them now.
    old = envelope.open_file(laptop.keyring.storage_key, laptop.workshop.id, before)
    old_keys = WorkshopKeys.from_doc(
        laptop.workshop.id, old["keys"], master, laptop.shred.entry(laptop.workshop.id)
    )
    assert old_keys.match_private is None
    opened = envelope.open_record(old_keys, ids[0], old["records"][ids[0]])
    assert opened.code is None and opened.response["answers"]


def test_closed_document_with_match_material_is_refused():
    laptop = Laptop()
    laptop.save("pre", {"q1": 1}, _code(0))
    bad = {**laptop.document, "listing": {**laptop.document["listing"], "status": "closed"}}
    with pytest.raises(SealedDocumentError):
        envelope.check_document(bad, laptop.workshop.id)


def test_normalised_code_keeps_no_raw_text_and_refuses_unknown_elements():
    code = envelope.normalised_code({"mother_initial": "  Émile", "birth_day": "٠٧"})
    assert code["mother_initial"] == "e" and code["birth_day"] == "7"
    assert code["older_siblings"] is None
    with pytest.raises(ValueError):
        envelope.normalised_code({"name": "Rana"})


def test_migrating_a_plaintext_workshop_keeps_every_answer_and_every_match(tmp_path):
    store = WorkshopStore(tmp_path)
    workshop = store.create_workshop(**{**DETAILS, "session_ids": ["gender-and-power"]})
    for n in range(6):
        for phase in ("pre", "post"):
            store.add_response(
                workshop.id,
                phase=phase,
                instrument_id="attitudes",
                instrument_version=1,
                answers={"q1": n % 5},
                entry_mode="kiosk",
                code_answers=_code(n),
            )
    plain = json.loads((tmp_path / f"{workshop.id}.json").read_text())
    keyring, _ = Keyring.create(CODE, cost=FAST)
    created = WorkshopKeys.create(workshop.id, keyring.master_public)
    document = envelope.migrate_document(plain, created.public_only(), keyring.master_public)
    data = envelope.seal_file(keyring.storage_key, workshop.id, document)
    assert plain["_meta"]["1"]["secret"].encode() not in data
    master = keyring.unlock(CODE).master
    keys = WorkshopKeys.from_doc(workshop.id, document["keys"], master, created.shred_entry)
    secret = envelope.match_secret(keys, document)
    assert secret.hex() == plain["_meta"]["1"]["secret"]
    saved = {r.id: r for r in store.responses(workshop.id)}
    for record_id, record in document["records"].items():
        opened = envelope.open_record(keys, record_id, record)
        assert opened.match_hashes(secret) == saved[record_id].match_hashes
        assert opened.response["answers"] == dict(saved[record_id].answers)
    # A response the kiosk adds after migration hashes with the same secret.
    new_code = envelope.normalised_code(_code(2))
    assert hash_code(secret, {k: v for k, v in new_code.items() if v}) == (
        hash_code(secret, _code(2))
    )


def test_file_times_carry_the_day_only(tmp_path):
    path = tmp_path / "w.json"
    path.write_bytes(b"x")
    assert envelope.set_day_only_times(path, date(2024, 5, 1))
    stamp = datetime.fromtimestamp(os.stat(path).st_mtime)
    assert (stamp.date(), stamp.hour, stamp.minute, stamp.second) == (date(2024, 5, 1), 0, 0, 0)
    assert os.stat(path).st_mtime_ns % 10**9 == 0
    assert not envelope.set_day_only_times(tmp_path / "missing")
