"""The key hierarchy in records/keys.py: unlock, recovery, lead keys, workshop keys."""

from __future__ import annotations

import json

import pytest

from workshop_kit.records import crypto, keys
from workshop_kit.records.crypto import CryptoError, ScryptCost
from workshop_kit.records.keys import Keyring, LeadKey, ShredList, WorkshopKeys, WrongSecretError

FAST = ScryptCost(n=2**10, r=8, p=1)
CODE = "0481-7730-2956"
WORKSHOP = "ab" * 16


def _keyring(lead: LeadKey | None = None) -> tuple[Keyring, str | None]:
    return Keyring.create(CODE, lead=lead, cost=FAST)


def test_generated_unlock_code_is_twelve_digits_in_groups_of_four():
    code = keys.generate_unlock_code()
    groups = code.split("-")
    assert [len(g) for g in groups] == [4, 4, 4] and all(g.isdigit() for g in groups)
    assert keys.generate_unlock_code() != code
    sheet = keys.generate_recovery_code()
    assert len(sheet.replace("-", "")) == 24


def test_codes_typed_with_spaces_or_arabic_digits_are_the_same_code():
    assert keys.normalise_code(" 0481 7730 2956 ") == "048177302956"
    assert keys.normalise_code("٠٤٨١-٧٧٣٠-٢٩٥٦") == "048177302956"
    assert keys.normalise_code("۰۴۸۱۷۷۳۰۲۹۵۶") == "048177302956"


def test_unlock_policy_refuses_short_codes_and_short_passphrases():
    for weak in ("1234", "12345678901", "short passphrase"):
        with pytest.raises(ValueError):
            keys.check_unlock_secret(weak)
    assert keys.check_unlock_secret("correct horse battery staple") == (
        "correct horse battery staple"
    )
    with pytest.raises(ValueError):
        Keyring.create("1234", cost=FAST)


def test_keyring_unlocks_with_the_unlock_code_and_refuses_a_wrong_one():
    keyring, sheet = _keyring()
    assert sheet is not None
    opened = keyring.unlock("048177302956")
    assert crypto.public_box_key(opened.master) == keyring.master_public
    with pytest.raises(WrongSecretError):
        keyring.unlock("0481-7730-2957")


def test_recovery_sheet_code_unlocks_when_the_unlock_code_is_forgotten():
    keyring, sheet = _keyring()
    assert sheet is not None
    assert keyring.unlock(sheet).master == keyring.unlock(CODE).master


def test_keyring_json_holds_no_private_key_in_the_clear():
    keyring, sheet = _keyring()
    opened = keyring.unlock(CODE)
    text = json.dumps(keyring.to_doc())
    assert crypto.b64(opened.master) not in text
    assert crypto.b64(opened.identity) not in text
    assert "0481" not in text and sheet is not None and sheet not in text
    again = Keyring.from_doc(json.loads(text))
    assert again.unlock(CODE).master == opened.master


def test_lead_key_recovers_a_laptop_without_any_code():
    lead = LeadKey.create()
    keyring, sheet = _keyring(lead)
    assert sheet is None  # with a lead key, no recovery sheet is printed
    assert keyring.unlock_with_lead(lead).master == keyring.unlock(CODE).master
    assert keyring.lead_fingerprint == lead.fingerprint
    with pytest.raises(WrongSecretError):
        keyring.unlock_with_lead(LeadKey.create())


def test_lead_private_key_file_opens_with_the_lead_passphrase_only():
    lead = LeadKey.create()
    passphrase = "a long passphrase only the lead knows"
    doc = lead.private_doc(passphrase, cost=FAST)
    assert crypto.b64(lead.private or b"") not in json.dumps(doc)
    assert LeadKey.from_private_doc(doc, passphrase).private == lead.private
    with pytest.raises(WrongSecretError):
        LeadKey.from_private_doc(doc, passphrase + "!")
    public = LeadKey.from_public_doc(lead.public_doc())
    assert public.private is None and public.fingerprint == lead.fingerprint


def test_changing_the_unlock_code_keeps_the_master_and_drops_the_old_code():
    keyring, _ = _keyring()
    opened = keyring.unlock(CODE)
    changed, sheet = opened.rewrapped(unlock_secret="1111-2222-3333", cost=FAST)
    assert sheet is None
    assert changed.unlock("111122223333").master == opened.master
    with pytest.raises(WrongSecretError):
        changed.unlock(CODE)


def test_keyring_with_swapped_master_public_key_is_refused_on_unlock():
    keyring, _ = _keyring()
    doc = keyring.to_doc()
    doc["master_public"] = crypto.b64(crypto.public_box_key(crypto.generate_box_key()))
    with pytest.raises(CryptoError):
        Keyring.from_doc(doc).unlock(CODE)


def test_workshop_keys_open_with_the_master_and_never_appear_in_their_header():
    keyring, _ = _keyring()
    opened = keyring.unlock(CODE)
    created = WorkshopKeys.create(WORKSHOP, keyring.master_public)
    header = json.dumps(created.to_doc())
    assert created.response_private is not None and created.match_private is not None
    assert crypto.b64(created.response_private) not in header
    assert crypto.b64(created.match_private) not in header
    back = WorkshopKeys.from_doc(WORKSHOP, created.to_doc(), opened.master, created.shred_entry)
    assert back.response_private == created.response_private
    assert back.match_private == created.match_private
    locked = WorkshopKeys.from_doc(WORKSHOP, created.to_doc())
    assert locked.response_private is None and locked.match_private is None


def test_workshop_keys_refuse_another_master_and_another_workshop():
    keyring, _ = _keyring()
    created = WorkshopKeys.create(WORKSHOP, keyring.master_public)
    with pytest.raises(CryptoError):
        WorkshopKeys.from_doc(WORKSHOP, created.to_doc(), crypto.generate_box_key())
    with pytest.raises(CryptoError):
        WorkshopKeys.from_doc("cd" * 16, created.to_doc(), keyring.unlock(CODE).master)


def test_substituted_workshop_public_key_is_found_on_unlock():
    # Someone who can write the disk swaps in a public key of their own, hoping the kiosk
    # seals the next answers to them: the next unlock sees the halves disagree.
    keyring, _ = _keyring()
    created = WorkshopKeys.create(WORKSHOP, keyring.master_public)
    doc = created.to_doc()
    doc["response_public"] = crypto.b64(crypto.public_box_key(crypto.generate_box_key()))
    with pytest.raises(CryptoError):
        WorkshopKeys.from_doc(WORKSHOP, doc, keyring.unlock(CODE).master)


def test_shredding_the_match_wrap_key_makes_every_copy_of_the_match_key_unreadable():
    keyring, _ = _keyring()
    master = keyring.unlock(CODE).master
    created = WorkshopKeys.create(WORKSHOP, keyring.master_public)
    shred = ShredList()
    shred.add(created)
    old_header = created.to_doc()  # e.g. left in a backup or in quarantine
    assert WorkshopKeys.from_doc(WORKSHOP, old_header, master, shred.entry(WORKSHOP)).match_private
    shred.shred(WORKSHOP)
    assert shred.entry(WORKSHOP) is None
    reopened = WorkshopKeys.from_doc(WORKSHOP, old_header, master, shred.entry(WORKSHOP))
    assert reopened.match_private is None  # the master alone cannot open it
    assert reopened.response_private == created.response_private
    with pytest.raises(CryptoError):
        reopened.match_secret()
    closed = created.shredded().to_doc()
    assert "match" not in closed["sealed"] and "match_public" not in closed


def test_match_secret_belongs_to_one_workshop():
    keyring, _ = _keyring()
    one = WorkshopKeys.create(WORKSHOP, keyring.master_public)
    two = WorkshopKeys.create("cd" * 16, keyring.master_public)
    assert len(one.match_secret()) == 32
    assert one.match_secret() != two.match_secret()


def test_kiosk_copy_of_workshop_keys_holds_public_halves_only():
    keyring, _ = _keyring()
    kiosk = WorkshopKeys.create(WORKSHOP, keyring.master_public).public_only()
    assert kiosk.response_private is None and kiosk.match_private is None
    assert kiosk.shred_entry is None


def test_workshop_key_sealed_for_the_lead_opens_with_the_lead_key_only():
    keyring, _ = _keyring()
    lead = LeadKey.create()
    created = WorkshopKeys.create(WORKSHOP, keyring.master_public)
    sealed = created.response_key_for(lead.public)
    assert lead.private is not None
    back = WorkshopKeys.from_bundle(WORKSHOP, created.to_doc(), sealed, lead.private)
    assert back.response_private == created.response_private
    with pytest.raises(CryptoError):
        WorkshopKeys.from_bundle(WORKSHOP, created.to_doc(), sealed, crypto.generate_box_key())


def test_shred_list_json_round_trips_and_refuses_damage():
    keyring, _ = _keyring()
    shred = ShredList()
    shred.add(WorkshopKeys.create(WORKSHOP, keyring.master_public))
    assert ShredList.from_doc(json.loads(json.dumps(shred.to_doc()))).entries == shred.entries
    for bad in ({}, {"format": "x"}, {"format": keys.SHRED_FORMAT, "entries": {"a": 1}}):
        with pytest.raises(CryptoError):
            ShredList.from_doc(bad)
