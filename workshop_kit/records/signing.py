"""Signed bundle manifests and the list of laptops a programme lead has met.

Each laptop has an Ed25519 identity key (``keys.Keyring``); its public half, read as a
fingerprint of digit groups, names the laptop. A bundle's manifest is signed by the laptop
that made it: ``sign_manifest`` returns an envelope with the manifest text, the laptop's
public key and the signature over both the text and a context naming the bundle format.

``verify_manifest`` checks the signature, and then the lead's ``KnownLaptops`` list:

* a laptop met for the first time is *new*: its fingerprint is shown so it can be read
  back over the phone before the lead trusts it (``KnownLaptops.trust``);
* a manifest that claims a known laptop id but is signed by another key is refused (a
  bundle re-signed by another laptop);
* a bundle id already imported is reported as a replay, so importing the same bundle twice
  is recognised (the import itself is a union by record id and adds nothing twice).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workshop_kit.fileio import atomic_write_text
from workshop_kit.records.crypto import (
    KEY_BYTES,
    CryptoError,
    b64,
    fingerprint,
    from_b64,
    public_signing_key,
    seal,
    sign,
    unseal,
    verify,
)

__all__ = [
    "KNOWN_FORMAT",
    "KnownLaptops",
    "ManifestCheck",
    "SignatureError",
    "laptop_fingerprint",
    "open_bundle",
    "seal_bundle",
    "sign_manifest",
    "verify_manifest",
]

SIGNED_FORMAT = "workshop-kit-signed-manifest-v1"
KNOWN_FORMAT = "workshop-kit-known-laptops-v1"
_CONTEXT = b"workshop-kit bundle manifest v1"
SIGNATURE_BYTES = 64


class SignatureError(CryptoError):
    """A manifest's signature is missing, wrong, or made by a laptop it cannot be from."""


def laptop_fingerprint(public: bytes) -> str:
    """A laptop's fingerprint: eight groups of five digits."""
    return fingerprint(public, b"laptop")


def sign_manifest(identity_private: bytes, manifest: Mapping[str, Any]) -> dict[str, Any]:
    """The signed envelope of ``manifest`` (which must name ``laptop`` and ``bundle_id``)."""
    if not isinstance(manifest.get("laptop"), str) or not isinstance(
        manifest.get("bundle_id"), str
    ):
        raise ValueError("a signed manifest names its laptop and its bundle id")
    text = json.dumps(dict(manifest), separators=(",", ":"), sort_keys=True)
    public = public_signing_key(identity_private)
    return {
        "format": SIGNED_FORMAT,
        "manifest": text,
        "laptop_key": b64(public),
        "signature": b64(sign(identity_private, _message(text, public), _CONTEXT)),
    }


def _message(text: str, public: bytes) -> bytes:
    # The key is signed along with the text, so the envelope cannot be re-labelled.
    return public + text.encode("utf-8")


@dataclass(frozen=True)
class ManifestCheck:
    """What ``verify_manifest`` found: the manifest, who signed it, and how known they are."""

    manifest: dict[str, Any]
    laptop_key: bytes
    fingerprint: str
    known: bool  # the laptop is on the lead's list with exactly this key
    replay: bool  # this bundle id was imported before


@dataclass
class KnownLaptops:
    """The laptops a lead trusts (laptop id -> public key and a label) and the bundle ids
    already imported. Stored as JSON by the caller."""

    laptops: dict[str, dict[str, str]] = field(default_factory=dict)
    bundles: set[str] = field(default_factory=set)

    def trust(self, laptop_id: str, public: bytes, label: str = "") -> None:
        """Add a laptop after its fingerprint was checked (over the phone, on paper)."""
        current = self.laptops.get(laptop_id)
        if current is not None and from_b64(current["key"]) != public:
            raise SignatureError(
                f"laptop {laptop_id} is already known with another key; forget it first"
            )
        self.laptops[laptop_id] = {"key": b64(public), "label": label}

    def forget(self, laptop_id: str) -> None:
        self.laptops.pop(laptop_id, None)

    def key_of(self, laptop_id: str) -> bytes | None:
        entry = self.laptops.get(laptop_id)
        return None if entry is None else from_b64(entry["key"], length=KEY_BYTES)

    def imported(self, bundle_id: str) -> None:
        self.bundles.add(bundle_id)

    def to_doc(self) -> dict[str, Any]:
        return {
            "format": KNOWN_FORMAT,
            "laptops": dict(sorted(self.laptops.items())),
            "bundles": sorted(self.bundles),
        }

    @classmethod
    def load(cls, path: Path) -> KnownLaptops:
        """The list in ``path``; an empty list when there is none yet."""
        try:
            text = Path(path).read_text("utf-8")
        except FileNotFoundError:
            return cls()
        try:
            return cls.from_doc(json.loads(text))
        except json.JSONDecodeError:
            raise CryptoError(f"{Path(path).name}: the known-laptops list is damaged") from None

    def save(self, path: Path) -> None:
        atomic_write_text(Path(path), json.dumps(self.to_doc(), separators=(",", ":")))

    @classmethod
    def from_doc(cls, doc: object) -> KnownLaptops:
        if not isinstance(doc, dict) or doc.get("format") != KNOWN_FORMAT:
            raise CryptoError("not a known-laptops list")
        laptops = doc.get("laptops")
        bundles = doc.get("bundles")
        if not isinstance(laptops, dict) or not isinstance(bundles, list):
            raise CryptoError("the known-laptops list is damaged")
        for entry in laptops.values():
            if not isinstance(entry, dict) or not isinstance(entry.get("key"), str):
                raise CryptoError("the known-laptops list is damaged")
        return cls({k: dict(v) for k, v in laptops.items()}, {str(b) for b in bundles})


BUNDLE_MAGIC = b"WKBUNDLE-SEALED1\n"


def seal_bundle(lead_public: bytes, payload: bytes) -> bytes:
    """A whole bundle (the zip with its signed manifest) sealed to the lead's public key:
    the laptop that makes it cannot read it back."""
    return BUNDLE_MAGIC + seal(lead_public, payload, BUNDLE_MAGIC)


def open_bundle(lead_private: bytes, data: bytes) -> bytes:
    """The zip inside a sealed bundle; ``CryptoError`` for another lead's key or a change."""
    if not data.startswith(BUNDLE_MAGIC):
        raise CryptoError("not a sealed bundle")
    return unseal(lead_private, data[len(BUNDLE_MAGIC) :], BUNDLE_MAGIC)


def verify_manifest(envelope: object, known: KnownLaptops | None = None) -> ManifestCheck:
    """Check a signed manifest; ``SignatureError`` when it cannot be trusted at all."""
    if not isinstance(envelope, dict) or envelope.get("format") != SIGNED_FORMAT:
        raise SignatureError("the bundle is not signed")
    text = envelope.get("manifest")
    if not isinstance(text, str):
        raise SignatureError("the signed manifest is missing")
    try:
        public = from_b64(envelope.get("laptop_key"), length=KEY_BYTES)
        signature = from_b64(envelope.get("signature"), length=SIGNATURE_BYTES)
        verify(public, _message(text, public), signature, _CONTEXT)
    except CryptoError:
        raise SignatureError("the bundle's signature does not match its manifest") from None
    manifest = json.loads(text)
    if not isinstance(manifest, dict):
        raise SignatureError("the signed manifest is not an object")
    laptop_id = manifest.get("laptop")
    bundle_id = manifest.get("bundle_id")
    if not isinstance(laptop_id, str) or not isinstance(bundle_id, str):
        raise SignatureError("the signed manifest does not name its laptop and bundle")
    is_known = False
    replay = False
    if known is not None:
        expected = known.key_of(laptop_id)
        if expected is not None and expected != public:
            raise SignatureError(
                f"the bundle says it comes from laptop {laptop_id}, but another laptop "
                f"signed it (fingerprint {laptop_fingerprint(public)})"
            )
        is_known = expected is not None
        replay = bundle_id in known.bundles
    return ManifestCheck(manifest, public, laptop_fingerprint(public), is_known, replay)
