"""Sealed, signed bundles: a bundle on a USB stick is as unreadable as a stolen laptop.

A sealed bundle (``<name>.wkbundle``, the same suffix) is::

    BUNDLE_MAGIC | seal(lead public key, len(envelope) (4 bytes) | envelope | zip)

where ``zip`` is the ordinary bundle (``bundle_format``) and ``envelope`` is a manifest
signed by the laptop that made it (``signing.sign_manifest``) naming the laptop id, a
random bundle id, the day and the SHA-256 of the zip. Only the programme lead's private
key opens it; the laptop that made it cannot read it back. The zip is never written out
in the clear: it is built in memory and read from memory (bundles are small: a workshop of
30 is about 20 KB).

``BundleSealer`` is what ``bundle.export_bundle(..., seal=...)`` takes; ``BundleOpener``
what ``bundle.import_bundle(..., opener=...)`` takes: it opens, checks the signature and
the laptop against the lead's ``KnownLaptops``, and gives the zip's bytes.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field

from workshop_kit.records.crypto import CryptoError
from workshop_kit.records.model import new_id, today
from workshop_kit.records.signing import (
    BUNDLE_MAGIC,
    KnownLaptops,
    ManifestCheck,
    SignatureError,
    open_bundle,
    seal_bundle,
    sign_manifest,
    verify_manifest,
)

__all__ = ["BundleOpener", "BundleSealer", "is_sealed_bundle"]

_LENGTH = 4


def is_sealed_bundle(head: bytes) -> bool:
    """Whether a file starting with ``head`` is a sealed bundle (a zip starts ``PK``)."""
    return head.startswith(BUNDLE_MAGIC)


@dataclass(frozen=True)
class BundleSealer:
    """Seals a finished bundle zip to ``lead_public``, signed with the laptop identity."""

    lead_public: bytes
    identity_private: bytes = field(repr=False)
    laptop_id: str

    def __call__(self, zip_bytes: bytes) -> bytes:
        manifest = {
            "laptop": self.laptop_id,
            "bundle_id": new_id(),
            "day": today(),
            "zip_sha256": hashlib.sha256(zip_bytes).hexdigest(),
        }
        envelope = json.dumps(sign_manifest(self.identity_private, manifest)).encode("ascii")
        payload = len(envelope).to_bytes(_LENGTH, "big") + envelope + zip_bytes
        return seal_bundle(self.lead_public, payload)


@dataclass
class BundleOpener:
    """Opens sealed bundles with the lead's private key; ``last`` is what the last one's
    signature said (laptop fingerprint, known or new, replay)."""

    lead_private: bytes = field(repr=False)
    known: KnownLaptops | None = None
    last: ManifestCheck | None = None

    def __call__(self, data: bytes) -> bytes:
        """The zip inside; ``CryptoError`` (or ``SignatureError``) when it cannot be used."""
        payload = open_bundle(self.lead_private, data)
        length = int.from_bytes(payload[:_LENGTH], "big")
        if length <= 0 or _LENGTH + length > len(payload):
            raise CryptoError("the sealed bundle is not laid out as expected")
        try:
            envelope = json.loads(payload[_LENGTH : _LENGTH + length])
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise SignatureError("the bundle's signature is not readable") from None
        check = verify_manifest(envelope, self.known)
        zip_bytes = payload[_LENGTH + length :]
        if check.manifest.get("zip_sha256") != hashlib.sha256(zip_bytes).hexdigest():
            raise SignatureError("the bundle's content does not match its signed manifest")
        self.last = check
        return zip_bytes
