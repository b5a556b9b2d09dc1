"""The unlocked, in-memory plaintext view of a sealed workshop document, and back.

The store's logic (validation, matching, closing) works on the storage schema's plain
document: ``{"_meta": {"1": {...}}, "responses": {"1": {...}, ...}}``. After unlocking,
``plain_view`` builds exactly that shape from a sealed document, in memory only: the
workshop details and final matching opened with the master, the folded responses with two
AES-GCM decrypts (``envelope.open_folded``), each record the kiosk added since the last
fold with the workshop's response key (one X25519 exchange each), each match code turned
into keyed hashes with the workshop's match secret (which also fills the ``secret``
entry, so ``validate_document`` and the matching code run unchanged). Responses are
numbered in record-id order, folded or not, never in save order.

``Resealer`` turns a changed plain view back into a sealed document with every response
folded (``records`` empty), re-encrypting a box only when what it holds changed, and
applies closing: when the plain view says the workshop is closed, the match key, the
folded match box and every sealed code are dropped. The caller then shreds the
workshop's match wrap key (``Vault.shred``) once the closed file is safely on disk.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, NamedTuple

from workshop_kit.records.crypto import BoxPrivateKey, CryptoError, public_box_key
from workshop_kit.records.envelope import (
    LISTING_FIELDS,
    SEALED_FORMAT,
    FoldedParts,
    code_hashes,
    fold_records,
    match_secret,
    open_details,
    open_final,
    open_folded,
    open_record,
    seal_details,
    seal_final,
)
from workshop_kit.records.keys import WorkshopKeys

__all__ = ["OPENED_LIMIT", "OpenedCache", "Resealer", "plain_view", "read_view"]

_SCHEMA = 1


def _text(doc: Mapping[str, Any]) -> str:
    return json.dumps(doc, separators=(",", ":"), sort_keys=True)


#: Records already opened, by (record id, sealed response, sealed code): a sealed record
#: never changes, so what it opened to can be reused for as long as the data stay
#: unlocked (the owner clears it on lock). Values: the plain response. Folded responses
#: are not kept: two AES-GCM decrypts open a whole workshop again.
OpenedCache = dict[tuple[str, str, str | None], dict[str, Any]]
OPENED_LIMIT = 20_000  # responses kept opened (a few KB each); beyond, the cache restarts


def plain_view(
    document: Mapping[str, Any],
    keys: WorkshopKeys,
    master: bytes | BoxPrivateKey,
    opened: OpenedCache | None = None,
    master_public: bytes | None = None,
) -> tuple[dict[str, Any], Resealer]:
    """The plain document, and a ``Resealer`` primed with what each part was opened from
    (so sealing the plain view again reuses every seal that did not change). ``opened``
    spares opening a record again on the next read of the workshop; ``master_public``
    (the keyring's) spares computing it from ``master``."""
    view = _open_view(document, keys, master, opened)
    if master_public is None:
        master_public = master.public if isinstance(master, BoxPrivateKey) else None
    resealer = Resealer(keys, master_public or public_box_key(_raw(master)))
    resealer.remember(document, view.details, view.final, view.folded)
    return view.plain, resealer


def read_view(
    document: Mapping[str, Any],
    keys: WorkshopKeys,
    master: bytes | BoxPrivateKey,
    opened: OpenedCache | None = None,
) -> tuple[dict[str, Any], frozenset[str]]:
    """The plain document for reading only (no ``Resealer``), and the ids of the
    responses that came out of the folded box.

    Those were written by an unlocked app: the box is AES-GCM under a key derived from
    the workshop's response private key, which only unlocking opens, and the app folds
    only a plain view that passed ``validate_document`` (``WorkshopStore._transact``). A
    reader may take them as checked (``validate_document(..., trusted=...)``). Responses
    opened from kiosk records were sealed to the *public* key, which anyone can do, and
    must be checked one by one; so must the workshop details and final matching, sealed
    to the master's public key (docs/security.md, *Checked once*)."""
    view = _open_view(document, keys, master, opened)
    return view.plain, view.folded_ids


def _raw(master: bytes | BoxPrivateKey) -> bytes:
    if isinstance(master, BoxPrivateKey):
        raise TypeError("give master_public with a loaded master key")
    return master


class _View(NamedTuple):
    plain: dict[str, Any]
    details: dict[str, Any]
    final: dict[str, Any] | None
    folded: FoldedParts | None
    folded_ids: frozenset[str]


def _open_view(
    document: Mapping[str, Any],
    keys: WorkshopKeys,
    master: bytes | BoxPrivateKey,
    opened: OpenedCache | None,
) -> _View:
    if keys.response_private is None:
        raise CryptoError("the workshop is locked")
    details = open_details(master, document)
    meta: dict[str, Any] = {"schema": _SCHEMA, "workshop": details}
    secret = None
    if details.get("status") == "open":
        secret = match_secret(keys, document)
        meta["secret"] = secret.hex()
    final = open_final(master, document)
    if final is not None:
        meta["final_match"] = final
    by_id: dict[str, dict[str, Any]] = {}
    folded = open_folded(keys, document)
    folded_ids: frozenset[str] = frozenset()
    if folded is not None:
        codes = (folded.codes or {}) if secret is not None else {}
        for record_id, response in (folded.responses or {}).items():
            payload = codes.get(record_id)
            if payload is not None and secret is not None:
                response["match_hashes"] = list(code_hashes(payload, secret, record_id))
            by_id[record_id] = response
        folded_ids = frozenset(by_id)
    if opened is not None and len(opened) > OPENED_LIMIT:
        opened.clear()
    response_key: BoxPrivateKey | None = None  # loaded once, for the first record to open
    match_key: BoxPrivateKey | None = None
    for record_id, record in document.get("records", {}).items():
        key = (record_id, record["r"], record.get("m") if secret is not None else None)
        hit = opened.get(key) if opened is not None else None
        if hit is None:
            if response_key is None:
                response_key = BoxPrivateKey(keys.response_private)
                if keys.match_private is not None:
                    match_key = BoxPrivateKey(keys.match_private)
            one = open_record(
                keys, record_id, record, response_key=response_key, match_key=match_key
            )
            hit = dict(one.response)
            if secret is not None:
                hashes = one.match_hashes(secret)
                if hashes is not None:
                    hit["match_hashes"] = list(hashes)
            if opened is not None:
                opened[key] = hit
        by_id[record_id] = dict(hit)
    responses = {str(n): by_id[k] for n, k in enumerate(sorted(by_id), start=1)}
    plain = {"_meta": {"1": meta}, "responses": responses}
    return _View(plain, details, final, folded, folded_ids)


class Resealer:
    """Seals successive plain views of one workshop, every response folded, reusing the
    sealed parts (and boxes) that did not change. Needs the workshop's private keys (an
    unlocked view, or keys just made for a new or imported workshop)."""

    def __init__(self, keys: WorkshopKeys, master_public: bytes) -> None:
        self.keys = keys
        self.master_public = master_public
        self._folded: FoldedParts | None = None
        self._details: tuple[str, str] | None = None  # (plain text, sealed)
        self._final: tuple[object, str] | None = None
        self.sealed_secret: str | None = None  # a secret kept from before (sealed to the match key)

    def remember(
        self,
        document: Mapping[str, Any],
        details: Mapping[str, Any],
        final: object,
        folded: FoldedParts | None,
    ) -> None:
        """What ``document``'s sealed parts hold in plain form, for reuse."""
        # the boxes' plain text only: the opened responses belong to the plain view
        self._folded = None if folded is None else FoldedParts(folded.ids, folded.doc, folded.plain)
        self._details = (_text(details), document["details"])
        self._final = (final, document["final"]) if "final" in document else None
        self.sealed_secret = document.get("sealed_secret")

    def __call__(self, plain: Mapping[str, Any]) -> dict[str, Any]:
        """The sealed document of ``plain``; closing (a closed status in ``plain``) drops
        the match key, the folded codes and the migrated secret."""
        meta = plain["_meta"]["1"]
        details = meta["workshop"]
        workshop_id = details["id"]
        if workshop_id != self.keys.workshop_id:
            raise ValueError("these keys belong to another workshop")
        closing = details.get("status") == "closed"
        if self.keys.response_private is None:
            raise CryptoError("changing a workshop needs the data unlocked")
        if not closing and self.keys.match_public is not None and self.keys.match_private is None:
            raise CryptoError("the workshop's match key is not open")
        keys = self.keys.shredded() if closing else self.keys
        document: dict[str, Any] = {
            "format": SEALED_FORMAT,
            "workshop_id": workshop_id,
            "listing": {name: details[name] for name in LISTING_FIELDS if name in details},
            "keys": keys.to_doc(),
        }
        text = _text(details)
        if self._details is not None and self._details[0] == text:
            document["details"] = self._details[1]
        else:
            document["details"] = seal_details(self.master_public, workshop_id, details)
        if not closing and self.sealed_secret is not None:
            document["sealed_secret"] = self.sealed_secret
        final = meta.get("final_match")
        if final is not None:
            if self._final is not None and self._final[0] == final:
                document["final"] = self._final[1]
            else:
                document["final"] = seal_final(self.master_public, workshop_id, final)
        bodies: dict[str, dict[str, Any]] = {}
        codes: dict[str, dict[str, Any]] = {}
        for response in plain.get("responses", {}).values():
            record_id = response["id"]
            bodies[record_id] = {k: v for k, v in response.items() if k != "match_hashes"}
            hashes = response.get("match_hashes")
            if hashes is not None and not closing:
                codes[record_id] = {"hashes": list(hashes)}
        document["records"] = {}
        folded = None
        if bodies:
            folded = fold_records(keys, bodies, codes, reuse=self._folded)
            document["folded"] = folded.doc
        self.keys = keys
        self.remember(document, details, final, folded)
        return document
