"""The cryptographic primitives behind encryption at rest (pyca ``cryptography``, no Qt).

Everything a thief could read from the disk is built from five small operations:

``seal`` / ``unseal``
    Public-key encryption of one message: a fresh X25519 key pair per message, its shared
    secret with the recipient's public key stretched by HKDF-SHA256 into a one-message
    AES-256-GCM key and nonce. The sender keeps nothing that can open the message again:
    this is how the kiosk saves a response knowing only the workshop's *public* key (the
    same construction as ODK's per-submission key wrapped by the form's public key, and
    as libsodium's sealed boxes).
``encrypt`` / ``decrypt``
    Authenticated symmetric encryption (AES-256-GCM, random 96-bit nonce) with a key one
    already holds: whole workshop files, the laptop's own secrets under its master key.
``wrap_with_secret`` / ``unwrap_with_secret``
    A key encrypted under a human secret (the facilitator's unlock code, a recovery-sheet
    code, a lead's passphrase), stretched by scrypt at a cost stored beside it.
``sign`` / ``verify``
    Ed25519 signatures: a laptop signs the manifest of every bundle it makes.
``fingerprint``
    Groups of digits naming a public key, short enough to read over the phone.

Every operation takes a *context* (bytes naming what the data is and whose it is, for
example ``b"response|<workshop id>"``) that is authenticated with it: a sealed response
copied into another workshop, or a wrapped key presented as another kind of key, fails to
open exactly as a tampered one does. Every failure to open raises ``CryptoError`` and
never says which byte was wrong.
"""

from __future__ import annotations

import base64
import hashlib
import math
import secrets
import time
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

__all__ = [
    "DEFAULT_COST",
    "KEY_BYTES",
    "BoxPrivateKey",
    "CryptoError",
    "ScryptCost",
    "b64",
    "cpu_years",
    "decrypt",
    "encrypt",
    "fingerprint",
    "from_b64",
    "generate_box_key",
    "generate_signing_key",
    "measure_guess_seconds",
    "public_box_key",
    "public_signing_key",
    "random_key",
    "seal",
    "sign",
    "unseal",
    "unwrap_with_secret",
    "verify",
    "wrap_with_secret",
]

KEY_BYTES = 32
NONCE_BYTES = 12
SALT_BYTES = 16
TAG_BYTES = 16
_SEAL_VERSION = b"\x01"
_BOX_VERSION = b"\x01"
_SEAL_INFO = b"workshop-kit seal v1|"
_WRAP_FORMAT = "scrypt-aes256gcm-v1"
_RAW = serialization.Encoding.Raw
_RAW_PRIVATE = serialization.PrivateFormat.Raw
_RAW_PUBLIC = serialization.PublicFormat.Raw
_NO_ENCRYPTION = serialization.NoEncryption()
SECONDS_PER_YEAR = 365.25 * 24 * 3600


class CryptoError(ValueError):
    """Data did not open: wrong key, wrong secret, wrong context, or changed bytes."""


def b64(data: bytes) -> str:
    """Standard base64 text (the form keys and ciphertexts take inside JSON)."""
    return base64.b64encode(data).decode("ascii")


def from_b64(text: object, *, length: int | None = None) -> bytes:
    """The bytes of ``b64`` text; ``CryptoError`` for anything else (or a wrong length)."""
    if not isinstance(text, str):
        raise CryptoError("expected base64 text")
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError):
        raise CryptoError("not valid base64") from None
    if length is not None and len(data) != length:
        raise CryptoError(f"expected {length} bytes, found {len(data)}")
    return data


def random_key() -> bytes:
    """A fresh 256-bit symmetric key from the operating system's random source."""
    return secrets.token_bytes(KEY_BYTES)


# ----------------------------------------------------------------------------- X25519 boxes


def generate_box_key() -> bytes:
    """A new X25519 private key, as its 32 raw bytes."""
    return X25519PrivateKey.generate().private_bytes(_RAW, _RAW_PRIVATE, _NO_ENCRYPTION)


def _box_private(private: bytes) -> X25519PrivateKey:
    if not isinstance(private, bytes) or len(private) != KEY_BYTES:
        raise CryptoError("an X25519 private key is 32 bytes")
    return X25519PrivateKey.from_private_bytes(private)


def public_box_key(private: bytes) -> bytes:
    """The 32-byte X25519 public key of ``private``."""
    return _box_private(private).public_key().public_bytes(_RAW, _RAW_PUBLIC)


class BoxPrivateKey:
    """An X25519 private key loaded once, with its public half, for a caller that opens
    several messages with it (the master for one unlocked session, a workshop's response
    key for one read of its file): ``unseal`` takes it in place of the raw bytes, which it
    would otherwise load and derive the public half of again on every call. The owner
    drops it when the key is no longer to be used (the master: at lock)."""

    __slots__ = ("_key", "public")

    def __init__(self, private: bytes) -> None:
        self._key = _box_private(private)
        #: the 32-byte public key
        self.public: bytes = self._key.public_key().public_bytes(_RAW, _RAW_PUBLIC)

    def __repr__(self) -> str:
        return "BoxPrivateKey(...)"

    def _exchange(self, peer: bytes) -> bytes:
        return self._key.exchange(X25519PublicKey.from_public_bytes(peer))


def _seal_key(shared: bytes, ephemeral: bytes, recipient: bytes, context: bytes) -> bytes:
    # Both public keys go into the salt, so the key (and nonce) belong to this one pair.
    return HKDF(
        algorithm=hashes.SHA256(),
        length=KEY_BYTES + NONCE_BYTES,
        salt=ephemeral + recipient,
        info=_SEAL_INFO + context,
    ).derive(shared)


def seal(recipient_public: bytes, plaintext: bytes, context: bytes) -> bytes:
    """Encrypt ``plaintext`` so that only the holder of the matching private key reads it.

    Layout: version (1) | ephemeral public key (32) | AES-GCM ciphertext and tag. The key
    and nonce are used for this one message only (the ephemeral key is new each time), so
    the nonce can be derived rather than stored.
    """
    if not isinstance(recipient_public, bytes) or len(recipient_public) != KEY_BYTES:
        raise CryptoError("an X25519 public key is 32 bytes")
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes(_RAW, _RAW_PUBLIC)
    try:
        shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_public))
    except ValueError:  # an all-zero (low-order) public key
        raise CryptoError("not a usable public key") from None
    material = _seal_key(shared, ephemeral_public, recipient_public, context)
    sealed = AESGCM(material[:KEY_BYTES]).encrypt(material[KEY_BYTES:], plaintext, context)
    return _SEAL_VERSION + ephemeral_public + sealed


def unseal(recipient_private: bytes | BoxPrivateKey, blob: bytes, context: bytes) -> bytes:
    """Open what ``seal`` made for this key and context; ``CryptoError`` otherwise.
    ``recipient_private``: the raw key, or the same key loaded once (``BoxPrivateKey``)."""
    if not isinstance(blob, bytes) or len(blob) < 1 + KEY_BYTES + TAG_BYTES:
        raise CryptoError("too short to be sealed data")
    if blob[:1] != _SEAL_VERSION:
        raise CryptoError("unknown sealed-data version")
    private = (
        recipient_private
        if isinstance(recipient_private, BoxPrivateKey)
        else BoxPrivateKey(recipient_private)
    )
    ephemeral_public = blob[1 : 1 + KEY_BYTES]
    recipient_public = private.public
    try:
        shared = private._exchange(ephemeral_public)
    except ValueError:
        raise CryptoError("sealed data does not open") from None
    material = _seal_key(shared, ephemeral_public, recipient_public, context)
    try:
        return AESGCM(material[:KEY_BYTES]).decrypt(
            material[KEY_BYTES:], blob[1 + KEY_BYTES :], context
        )
    except InvalidTag:
        raise CryptoError("sealed data does not open (wrong key, or changed)") from None


# ----------------------------------------------------------------------------- symmetric


def encrypt(key: bytes, plaintext: bytes, aad: bytes) -> bytes:
    """AES-256-GCM under ``key``: version (1) | random nonce (12) | ciphertext and tag."""
    if not isinstance(key, bytes) or len(key) != KEY_BYTES:
        raise CryptoError("a symmetric key is 32 bytes")
    nonce = secrets.token_bytes(NONCE_BYTES)
    return _BOX_VERSION + nonce + AESGCM(key).encrypt(nonce, plaintext, aad)


def decrypt(key: bytes, blob: bytes, aad: bytes) -> bytes:
    """Open what ``encrypt`` made; ``CryptoError`` for a wrong key or aad, or any change."""
    if not isinstance(key, bytes) or len(key) != KEY_BYTES:
        raise CryptoError("a symmetric key is 32 bytes")
    if not isinstance(blob, bytes) or len(blob) < 1 + NONCE_BYTES + TAG_BYTES:
        raise CryptoError("too short to be encrypted data")
    if blob[:1] != _BOX_VERSION:
        raise CryptoError("unknown encrypted-data version")
    try:
        return AESGCM(key).decrypt(blob[1 : 1 + NONCE_BYTES], blob[1 + NONCE_BYTES :], aad)
    except InvalidTag:
        raise CryptoError("encrypted data does not open (wrong key, or changed)") from None


# ----------------------------------------------------------------------------- human secrets


@dataclass(frozen=True)
class ScryptCost:
    """scrypt's parameters: ``n`` (CPU and memory, a power of two), ``r``, ``p``.

    Memory per guess is ``128 * n * r`` bytes: 128 MiB at the default.
    """

    n: int = 2**17
    r: int = 8
    p: int = 1

    def __post_init__(self) -> None:
        if self.n < 2 or self.n & (self.n - 1) or not 1 <= self.r <= 32 or not 1 <= self.p <= 16:
            raise CryptoError(f"unusable scrypt cost n={self.n} r={self.r} p={self.p}")
        if self.memory_bytes > 1024**3:
            raise CryptoError("scrypt cost asks for more than 1 GiB")

    @property
    def memory_bytes(self) -> int:
        return 128 * self.n * self.r

    def to_doc(self) -> dict[str, int]:
        return {"n": self.n, "r": self.r, "p": self.p}

    @classmethod
    def from_doc(cls, doc: object) -> ScryptCost:
        if not isinstance(doc, dict) or set(doc) != {"n", "r", "p"}:
            raise CryptoError("scrypt cost must give n, r and p")
        values = [doc["n"], doc["r"], doc["p"]]
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in values):
            raise CryptoError("scrypt cost values must be whole numbers")
        return cls(*values)


#: n = 2**17, r = 8, p = 1 (128 MiB): the OWASP password-storage minimum for scrypt. On the
#: development machine one guess took 0.39 to 0.84 s (2 shared cores); docs/security.md
#: turns that into the cost of guessing each kind of secret.
DEFAULT_COST = ScryptCost()


def _stretch(secret: str, salt: bytes, cost: ScryptCost) -> bytes:
    return Scrypt(salt=salt, length=KEY_BYTES, n=cost.n, r=cost.r, p=cost.p).derive(
        secret.encode("utf-8")
    )


def wrap_with_secret(
    secret: str, key: bytes, context: bytes, cost: ScryptCost = DEFAULT_COST
) -> dict[str, Any]:
    """``key`` encrypted under a human secret: a JSON-ready record with its own salt/cost."""
    if not isinstance(secret, str) or not secret:
        raise CryptoError("the secret is empty")
    salt = secrets.token_bytes(SALT_BYTES)
    stretched = _stretch(secret, salt, cost)
    return {
        "format": _WRAP_FORMAT,
        "salt": b64(salt),
        "cost": cost.to_doc(),
        "box": b64(encrypt(stretched, key, context)),
    }


def unwrap_with_secret(secret: str, wrapped: object, context: bytes) -> bytes:
    """The key inside a ``wrap_with_secret`` record; ``CryptoError`` for a wrong secret."""
    if not isinstance(wrapped, dict) or wrapped.get("format") != _WRAP_FORMAT:
        raise CryptoError("not a key wrapped under a secret")
    salt = from_b64(wrapped.get("salt"), length=SALT_BYTES)
    cost = ScryptCost.from_doc(wrapped.get("cost"))
    box = from_b64(wrapped.get("box"))
    return decrypt(_stretch(secret, salt, cost), box, context)


def measure_guess_seconds(cost: ScryptCost = DEFAULT_COST, repeats: int = 3) -> float:
    """Seconds one guess of a wrapped secret takes here (the fastest of ``repeats``)."""
    best = math.inf
    for _ in range(max(1, repeats)):
        start = time.perf_counter()
        _stretch("000000000000", secrets.token_bytes(SALT_BYTES), cost)
        best = min(best, time.perf_counter() - start)
    return best


def cpu_years(guesses: float, seconds_per_guess: float) -> float:
    """CPU-years to try ``guesses`` secrets (all of them: the worst case for the thief)."""
    return guesses * seconds_per_guess / SECONDS_PER_YEAR


# ----------------------------------------------------------------------------- Ed25519


def generate_signing_key() -> bytes:
    """A new Ed25519 private key, as its 32 raw bytes."""
    return Ed25519PrivateKey.generate().private_bytes(_RAW, _RAW_PRIVATE, _NO_ENCRYPTION)


def _signing_private(private: bytes) -> Ed25519PrivateKey:
    if not isinstance(private, bytes) or len(private) != KEY_BYTES:
        raise CryptoError("an Ed25519 private key is 32 bytes")
    return Ed25519PrivateKey.from_private_bytes(private)


def public_signing_key(private: bytes) -> bytes:
    """The 32-byte Ed25519 public key of ``private``."""
    return _signing_private(private).public_key().public_bytes(_RAW, _RAW_PUBLIC)


def sign(private: bytes, message: bytes, context: bytes) -> bytes:
    """A 64-byte Ed25519 signature of ``context`` and ``message`` together."""
    return _signing_private(private).sign(_signed_text(message, context))


def verify(public: bytes, message: bytes, signature: bytes, context: bytes) -> None:
    """Return quietly if ``signature`` is ``public``'s over this message; else CryptoError."""
    if not isinstance(public, bytes) or len(public) != KEY_BYTES:
        raise CryptoError("an Ed25519 public key is 32 bytes")
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, _signed_text(message, context))
    except (InvalidSignature, ValueError, TypeError):
        raise CryptoError("the signature does not match") from None


def _signed_text(message: bytes, context: bytes) -> bytes:
    # Length-prefixed, so no (context, message) pair can pass for another.
    return len(context).to_bytes(4, "big") + context + message


# ----------------------------------------------------------------------------- fingerprints

FINGERPRINT_GROUPS = 8
FINGERPRINT_GROUP_DIGITS = 5


def fingerprint(public: bytes, kind: bytes = b"") -> str:
    """Eight groups of five digits (about 133 bits) naming a public key.

    Digits read over the phone in any language the app speaks; two keys share a
    fingerprint only by breaking SHA-256. ``kind`` keeps a laptop key and a lead key with
    the same bytes from sharing a fingerprint.
    """
    digest = hashlib.sha256(b"workshop-kit fingerprint|" + kind + b"|" + public).digest()
    number = int.from_bytes(digest, "big")
    total = FINGERPRINT_GROUPS * FINGERPRINT_GROUP_DIGITS
    digits = str(number % 10**total).zfill(total)
    step = FINGERPRINT_GROUP_DIGITS
    return " ".join(digits[i : i + step] for i in range(0, total, step))
