"""Signed bundle manifests, sealed bundles and the known-laptops list (records/signing.py)."""

from __future__ import annotations

import json

import pytest

from workshop_kit.records import crypto
from workshop_kit.records.crypto import CryptoError
from workshop_kit.records.keys import LeadKey
from workshop_kit.records.signing import (
    KnownLaptops,
    SignatureError,
    laptop_fingerprint,
    open_bundle,
    seal_bundle,
    sign_manifest,
    verify_manifest,
)

MANIFEST = {
    "laptop": "laptop-a",
    "bundle_id": "b1",
    "day": "2024-05-02",
    "files": {"workshops/ab.json": {"sha256": "00" * 32, "size": 100}},
}


def _laptop() -> tuple[bytes, bytes]:
    private = crypto.generate_signing_key()
    return private, crypto.public_signing_key(private)


def test_signed_manifest_verifies_and_names_its_laptop_by_fingerprint():
    private, public = _laptop()
    check = verify_manifest(sign_manifest(private, MANIFEST))
    assert check.manifest == MANIFEST
    assert check.laptop_key == public
    assert check.fingerprint == laptop_fingerprint(public)
    assert not check.known and not check.replay


def test_a_changed_manifest_is_refused():
    private, _ = _laptop()
    envelope = sign_manifest(private, MANIFEST)
    changed = json.loads(envelope["manifest"])
    changed["files"]["workshops/ab.json"]["sha256"] = "11" * 32
    forged = {**envelope, "manifest": json.dumps(changed, separators=(",", ":"), sort_keys=True)}
    with pytest.raises(SignatureError):
        verify_manifest(forged)
    for position in range(0, len(envelope["manifest"]), 7):
        text = envelope["manifest"]
        flipped = text[:position] + chr(ord(text[position]) ^ 1) + text[position + 1 :]
        with pytest.raises(SignatureError):
            verify_manifest({**envelope, "manifest": flipped})


def test_a_signature_moved_to_another_laptops_key_is_refused():
    private, _ = _laptop()
    envelope = sign_manifest(private, MANIFEST)
    _, other = _laptop()
    with pytest.raises(SignatureError):
        verify_manifest({**envelope, "laptop_key": crypto.b64(other)})


def test_unsigned_or_malformed_envelopes_are_refused():
    private, _ = _laptop()
    envelope = sign_manifest(private, MANIFEST)
    for bad in (None, {}, {**envelope, "format": "x"}, {**envelope, "signature": "AA=="}):
        with pytest.raises(SignatureError):
            verify_manifest(bad)
    with pytest.raises(ValueError):
        sign_manifest(private, {"day": "2024-05-02"})


def test_bundle_resigned_by_another_laptop_claiming_a_known_laptop_is_refused():
    private, public = _laptop()
    known = KnownLaptops()
    known.trust("laptop-a", public, "Amman centre laptop")
    assert verify_manifest(sign_manifest(private, MANIFEST), known).known
    impostor, _ = _laptop()
    with pytest.raises(SignatureError, match="another laptop signed it"):
        verify_manifest(sign_manifest(impostor, MANIFEST), known)


def test_bundle_imported_before_is_reported_as_a_replay():
    private, public = _laptop()
    known = KnownLaptops()
    known.trust("laptop-a", public)
    envelope = sign_manifest(private, MANIFEST)
    assert not verify_manifest(envelope, known).replay
    known.imported("b1")
    assert verify_manifest(envelope, known).replay
    assert not verify_manifest(
        sign_manifest(private, {**MANIFEST, "bundle_id": "b2"}), known
    ).replay


def test_known_laptops_refuse_a_second_key_for_one_laptop_and_round_trip_as_json():
    _, public = _laptop()
    _, other = _laptop()
    known = KnownLaptops()
    known.trust("laptop-a", public, "Amman")
    with pytest.raises(SignatureError):
        known.trust("laptop-a", other)
    known.imported("b1")
    again = KnownLaptops.from_doc(json.loads(json.dumps(known.to_doc())))
    assert again.key_of("laptop-a") == public and again.bundles == {"b1"}
    again.forget("laptop-a")
    assert again.key_of("laptop-a") is None
    with pytest.raises(CryptoError):
        KnownLaptops.from_doc({"format": "x"})


def test_sealed_bundle_opens_with_the_leads_key_only_and_detects_changes():
    lead = LeadKey.create()
    assert lead.private is not None
    data = seal_bundle(lead.public, b"PK zip bytes")
    assert open_bundle(lead.private, data) == b"PK zip bytes"
    with pytest.raises(CryptoError):
        open_bundle(LeadKey.create().private or b"", data)
    damaged = bytearray(data)
    damaged[-3] ^= 0x10
    with pytest.raises(CryptoError):
        open_bundle(lead.private, bytes(damaged))
    with pytest.raises(CryptoError):
        open_bundle(lead.private, b"PK plain zip")


def test_known_laptops_list_is_saved_and_loaded(tmp_path):
    path = tmp_path / "known-laptops.json"
    assert KnownLaptops.load(path).laptops == {}
    _, public = _laptop()
    known = KnownLaptops()
    known.trust("laptop-a", public, "Amman")
    known.save(path)
    assert KnownLaptops.load(path).key_of("laptop-a") == public
    path.write_text("{")
    with pytest.raises(CryptoError):
        KnownLaptops.load(path)
