"""The primitives in records/crypto.py: sealing, symmetric boxes, secrets, signatures."""

from __future__ import annotations

import os

import pytest

from workshop_kit.records import crypto
from workshop_kit.records.crypto import CryptoError, ScryptCost

FAST = ScryptCost(n=2**10, r=8, p=1)  # tests only: the default costs about half a second


def _flip(data: bytes, bit: int) -> bytes:
    out = bytearray(data)
    out[bit // 8] ^= 1 << (bit % 8)
    return bytes(out)


def test_sealed_message_opens_with_the_private_key_only():
    private = crypto.generate_box_key()
    public = crypto.public_box_key(private)
    blob = crypto.seal(public, b"answers", b"response|w1|r1")
    assert crypto.unseal(private, blob, b"response|w1|r1") == b"answers"
    with pytest.raises(CryptoError):
        crypto.unseal(crypto.generate_box_key(), blob, b"response|w1|r1")


def test_sealing_twice_gives_unrelated_bytes_and_hides_the_plaintext():
    public = crypto.public_box_key(crypto.generate_box_key())
    first = crypto.seal(public, b"q1=3;q2=4", b"ctx")
    second = crypto.seal(public, b"q1=3;q2=4", b"ctx")
    assert first != second
    assert b"q1=3" not in first and b"q1=3" not in second


def test_sealed_message_refuses_another_context():
    # A response copied into another workshop (or given another id) does not open.
    private = crypto.generate_box_key()
    blob = crypto.seal(crypto.public_box_key(private), b"x", b"response|w1|r1")
    for other in (b"response|w2|r1", b"response|w1|r2", b""):
        with pytest.raises(CryptoError):
            crypto.unseal(private, blob, other)


def test_every_flipped_bit_of_a_sealed_message_is_detected():
    private = crypto.generate_box_key()
    blob = crypto.seal(crypto.public_box_key(private), b"a short answer", b"ctx")
    for bit in range(len(blob) * 8):
        with pytest.raises(CryptoError):
            crypto.unseal(private, _flip(blob, bit), b"ctx")


def test_truncated_or_empty_sealed_data_is_refused():
    private = crypto.generate_box_key()
    blob = crypto.seal(crypto.public_box_key(private), b"x", b"ctx")
    for cut in (0, 1, 33, len(blob) - 1):
        with pytest.raises(CryptoError):
            crypto.unseal(private, blob[:cut], b"ctx")


def test_a_low_order_public_key_is_refused():
    with pytest.raises(CryptoError):
        crypto.seal(bytes(32), b"x", b"ctx")


def test_symmetric_box_round_trips_and_detects_every_change():
    key = crypto.random_key()
    blob = crypto.encrypt(key, b"whole workshop file", b"aad")
    assert crypto.decrypt(key, blob, b"aad") == b"whole workshop file"
    with pytest.raises(CryptoError):
        crypto.decrypt(crypto.random_key(), blob, b"aad")
    with pytest.raises(CryptoError):
        crypto.decrypt(key, blob, b"other aad")
    for bit in range(0, len(blob) * 8, 3):
        with pytest.raises(CryptoError):
            crypto.decrypt(key, _flip(blob, bit), b"aad")


def test_key_wrapped_under_a_secret_opens_with_that_secret_only():
    key = os.urandom(32)
    wrapped = crypto.wrap_with_secret("048177302956", key, b"master|unlock", FAST)
    assert crypto.unwrap_with_secret("048177302956", wrapped, b"master|unlock") == key
    with pytest.raises(CryptoError):
        crypto.unwrap_with_secret("048177302957", wrapped, b"master|unlock")
    with pytest.raises(CryptoError):
        crypto.unwrap_with_secret("048177302956", wrapped, b"master|sheet")


def test_wrapped_key_records_its_salt_and_cost_and_never_the_key():
    key = os.urandom(32)
    wrapped = crypto.wrap_with_secret("secret", key, b"c", FAST)
    assert wrapped["cost"] == {"n": 2**10, "r": 8, "p": 1}
    assert crypto.b64(key) not in str(wrapped)
    again = crypto.wrap_with_secret("secret", key, b"c", FAST)
    assert again["salt"] != wrapped["salt"] and again["box"] != wrapped["box"]


def test_a_tampered_cost_or_salt_is_refused():
    wrapped = crypto.wrap_with_secret("secret", os.urandom(32), b"c", FAST)
    with pytest.raises(CryptoError):
        crypto.unwrap_with_secret("secret", {**wrapped, "cost": {"n": 2**11, "r": 8, "p": 1}}, b"c")
    salt = crypto.b64(os.urandom(16))
    with pytest.raises(CryptoError):
        crypto.unwrap_with_secret("secret", {**wrapped, "salt": salt}, b"c")
    with pytest.raises(CryptoError):
        crypto.unwrap_with_secret("secret", {**wrapped, "cost": {"n": 3, "r": 8, "p": 1}}, b"c")


def test_scrypt_cost_refuses_unusable_parameters():
    for bad in ({"n": 1000, "r": 8, "p": 1}, {"n": 2**24, "r": 8, "p": 1}, {"n": 2**10}):
        with pytest.raises(CryptoError):
            ScryptCost.from_doc(bad)
    assert crypto.DEFAULT_COST.memory_bytes == 128 * 1024 * 1024


def test_guessing_cost_of_the_default_unlock_code_is_over_ten_cpu_years():
    seconds = crypto.measure_guess_seconds(crypto.DEFAULT_COST, repeats=1)
    # 12 random digits: 10**12 codes, each costing one scrypt run at the stored cost.
    assert crypto.cpu_years(10**12, seconds) >= 10
    assert crypto.cpu_years(10**4, 0.0887) < 1  # a 4-digit PIN under scrypt 2**14


def test_signature_verifies_for_its_message_and_key_only():
    private = crypto.generate_signing_key()
    public = crypto.public_signing_key(private)
    signature = crypto.sign(private, b"manifest", b"ctx")
    crypto.verify(public, b"manifest", signature, b"ctx")
    with pytest.raises(CryptoError):
        crypto.verify(public, b"manifesT", signature, b"ctx")
    with pytest.raises(CryptoError):
        crypto.verify(public, b"manifest", signature, b"other")
    other = crypto.public_signing_key(crypto.generate_signing_key())
    with pytest.raises(CryptoError):
        crypto.verify(other, b"manifest", signature, b"ctx")
    with pytest.raises(CryptoError):
        crypto.verify(public, b"manifest", _flip(signature, 5), b"ctx")


def test_fingerprint_is_eight_groups_of_five_digits_and_differs_by_key_and_kind():
    public = crypto.public_signing_key(crypto.generate_signing_key())
    text = crypto.fingerprint(public, b"laptop")
    groups = text.split(" ")
    assert len(groups) == 8 and all(len(g) == 5 and g.isdigit() for g in groups)
    assert crypto.fingerprint(public, b"laptop") == text
    assert crypto.fingerprint(public, b"lead") != text
    assert crypto.fingerprint(_flip(public, 0), b"laptop") != text


def test_base64_helper_refuses_bad_text_and_wrong_lengths():
    assert crypto.from_b64(crypto.b64(b"abc")) == b"abc"
    for bad in (None, 3, "not base64!", "YWJj\n"):
        with pytest.raises(CryptoError):
            crypto.from_b64(bad)
    with pytest.raises(CryptoError):
        crypto.from_b64(crypto.b64(b"abc"), length=32)
