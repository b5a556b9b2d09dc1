"""The unlocked, in-memory plaintext view of a sealed workshop document, and back.

The store's logic (validation, matching, closing) works on the storage schema's plain
document: ``{"_meta": {"1": {...}}, "responses": {"1": {...}, ...}}``. After unlocking,
``plain_view`` builds exactly that shape from a sealed document, in memory only: the
workshop details and final matching opened with the master, each response opened with
the workshop's response key, each match code turned into keyed hashes with the
workshop's match secret (which also fills the ``secret`` entry, so ``validate_document``
and the matching code run unchanged). Responses are numbered in record-id order, never
in save order.

``Resealer`` turns a changed plain view back into a sealed document, sealing only what is
new or changed (a save must not re-seal thirty responses), and applies closing: when the
plain view says the workshop is closed, the match key and every sealed code are dropped.
The caller then shreds the workshop's match wrap key (``Vault.shred``) once the closed
file is safely on disk.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from workshop_kit.records.crypto import CryptoError, public_box_key
from workshop_kit.records.envelope import (
    LISTING_FIELDS,
    SEALED_FORMAT,
    match_secret,
    open_details,
    open_final,
    open_record,
    seal_details,
    seal_final,
    seal_record,
)
from workshop_kit.records.keys import WorkshopKeys

__all__ = ["OPENED_LIMIT", "OpenedCache", "Resealer", "plain_view"]

_SCHEMA = 1


def _text(doc: Mapping[str, Any]) -> str:
    return json.dumps(doc, separators=(",", ":"), sort_keys=True)


#: Responses already opened, by (record id, sealed response, sealed code): a sealed record
#: never changes, so what it opened to can be reused for as long as the data stay
#: unlocked (the owner clears it on lock). Values: (canonical text, plain response).
OpenedCache = dict[tuple[str, str, str | None], tuple[str, dict[str, Any]]]
OPENED_LIMIT = 20_000  # responses kept opened (a few KB each); beyond, the cache restarts


def plain_view(
    document: Mapping[str, Any],
    keys: WorkshopKeys,
    master: bytes,
    opened: OpenedCache | None = None,
) -> tuple[dict[str, Any], Resealer]:
    """The plain document, and a ``Resealer`` primed with what each part was opened from
    (so sealing the plain view again reuses every seal that did not change). ``opened``
    spares opening a response again on the next read of the workshop."""
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
    responses: dict[str, Any] = {}
    known: dict[str, tuple[str, dict[str, str]]] = {}
    if opened is not None and len(opened) > OPENED_LIMIT:
        opened.clear()
    for number, record_id in enumerate(sorted(document.get("records", {})), start=1):
        record = document["records"][record_id]
        key = (record_id, record["r"], record.get("m") if secret is not None else None)
        hit = opened.get(key) if opened is not None else None
        if hit is None:
            one = open_record(keys, record_id, record)
            response = dict(one.response)
            if secret is not None:
                hashes = one.match_hashes(secret)
                if hashes is not None:
                    response["match_hashes"] = list(hashes)
            hit = (_text(response), response)
            if opened is not None:
                opened[key] = hit
        responses[str(number)] = dict(hit[1])
        known[record_id] = (hit[0], dict(record))
    resealer = Resealer(keys, public_box_key(master))
    resealer.remember(document, known, details, final)
    return {"_meta": {"1": meta}, "responses": responses}, resealer


class Resealer:
    """Seals successive plain views of one workshop, reusing unchanged sealed parts."""

    def __init__(self, keys: WorkshopKeys, master_public: bytes) -> None:
        self.keys = keys
        self.master_public = master_public
        self._known: dict[str, tuple[str, dict[str, str]]] = {}
        self._details: tuple[str, str] | None = None  # (plain text, sealed)
        self._final: tuple[object, str] | None = None
        self.sealed_secret: str | None = None  # a secret kept from before (sealed to the match key)

    def remember(
        self,
        document: Mapping[str, Any],
        known: Mapping[str, tuple[str, dict[str, str]]],
        details: Mapping[str, Any],
        final: object,
    ) -> None:
        """What ``document``'s sealed parts hold in plain form, for reuse."""
        self._known = dict(known)
        self._details = (_text(details), document["details"])
        self._final = (final, document["final"]) if "final" in document else None
        self.sealed_secret = document.get("sealed_secret")

    def add(self, record_id: str, response: Mapping[str, Any], record: dict[str, str]) -> None:
        """A record sealed elsewhere (the kiosk's append) and the plain response it holds."""
        self._known[record_id] = (_text(response), dict(record))

    def __call__(self, plain: Mapping[str, Any]) -> dict[str, Any]:
        """The sealed document of ``plain``; closing (a closed status in ``plain``) drops
        the match key, every sealed code and the migrated secret."""
        meta = plain["_meta"]["1"]
        details = meta["workshop"]
        workshop_id = details["id"]
        if workshop_id != self.keys.workshop_id:
            raise ValueError("these keys belong to another workshop")
        closing = details.get("status") == "closed"
        if closing and self.keys.match_public is not None and self.keys.response_private is None:
            raise CryptoError("closing needs the workshop unlocked")
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
        records: dict[str, dict[str, str]] = {}
        known: dict[str, tuple[str, dict[str, str]]] = {}
        for response in plain.get("responses", {}).values():
            record_id = response["id"]
            response_text = _text(response)
            entry = self._known.get(record_id)
            if entry is not None and entry[0] == response_text:
                record = dict(entry[1])
            else:
                body = {k: v for k, v in response.items() if k != "match_hashes"}
                record = seal_record(keys, record_id, body, hashes=response.get("match_hashes"))
            if closing:
                record.pop("m", None)
            records[record_id] = record
            known[record_id] = (response_text, record)
        document["records"] = {k: records[k] for k in sorted(records)}
        self.keys = keys
        self.remember(document, known, details, final)
        return document
