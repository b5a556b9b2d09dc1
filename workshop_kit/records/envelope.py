"""The encrypted workshop file: what a thief who copies the data folder gets.

A sealed workshop file is ``MAGIC`` followed by one AES-256-GCM box (``crypto.encrypt``)
under the laptop's storage key, with the magic and the workshop id as associated data.
That outer layer makes every change to the file detectable at start-up without anyone
unlocking: one flipped bit anywhere, a truncation, a file renamed to another workshop's
name. Inside it is a JSON *sealed document*::

    {"format": "workshop-kit-sealed-v1",
     "workshop_id": "<32 hex>",
     "listing": {"status": ..., "day": ..., ...},     listing fields, see LISTING_FIELDS
     "keys": {...},                                  WorkshopKeys.to_doc(): public halves
     "details": "<sealed to the master>",            the whole workshop record
     "final": "<sealed to the master>" | absent,     the final matching, once closed
     "sealed_secret": "<sealed to the match key>",   open workshops: the HMAC secret
     "records": {"<response id>": {"r": "<sealed to the response key>",
                                   "m": "<sealed to the match key>"}},
     "folded": {"ids": ["<response id>", ...],          absent while nothing is folded
                "r": "<AES-GCM box: {id: response}>",  under a key derived from the
                "m": "<AES-GCM box: {id: code}>"}}     response / match private key

``records`` is written in the order of the (random, uuid4) response ids, never in save
order, and each response carries its day only. The kiosk adds a record knowing only the
workshop's public keys (``seal_record``); reading one back (``open_record``) needs the
response private key, which only unlocking opens. Each record costs one X25519 exchange
to open, so an unlocked write *folds* every response into ``folded`` (``fold_records``):
two AES-256-GCM boxes under keys derived (HKDF-SHA256) from the workshop's response and
match private keys, bound (associated data) to the workshop, the part and the sorted id
list. Only an unlocked laptop can fold or unfold; ``m`` is dropped at closing like each
record's ``m``, and shredding the match key shreds the folded codes with it. Each id is in
exactly one of ``records`` and ``folded`` (``check_document``).

``set_day_only_times`` sets a file's access and modification times to midnight of its
day, so the file system does not say within a millisecond when a response was saved.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes as _hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from workshop_kit.records.crypto import (
    BoxPrivateKey,
    CryptoError,
    b64,
    decrypt,
    encrypt,
    from_b64,
    seal,
    unseal,
)
from workshop_kit.records.keys import WorkshopKeys
from workshop_kit.records.matchcode import MATCH_ELEMENTS, hash_code, normalise

__all__ = [
    "LISTING_FIELDS",
    "MAGIC",
    "SEALED_FORMAT",
    "FoldedParts",
    "OpenedRecord",
    "SealedDocumentError",
    "check_document",
    "close_document",
    "code_hashes",
    "fold_key",
    "fold_records",
    "is_sealed_file",
    "match_secret",
    "migrate_document",
    "new_document",
    "normalised_code",
    "open_details",
    "open_file",
    "open_final",
    "open_folded",
    "open_record",
    "record_ids",
    "seal_details",
    "seal_file",
    "seal_final",
    "seal_match_secret",
    "seal_record",
    "set_day_only_times",
]

MAGIC = b"WKSEALED1\n"
SEALED_FORMAT = "workshop-kit-sealed-v1"
#: Workshop fields readable after the storage layer opens the outer box, without unlocking:
#: what the kiosk needs to offer a workshop and the list needs to sort and count. The
#: site, the facilitator's initials and everything else stay sealed to the master.
LISTING_FIELDS = (
    "id",
    "status",
    "day",
    "closed_day",
    "language",
    "curriculum_id",
    "session_ids",
    "instrument_id",
)
_DOC_KEYS = {
    "format",
    "workshop_id",
    "listing",
    "keys",
    "details",
    "final",
    "sealed_secret",
    "records",
    "folded",
}
#: The parts of a folded box: the responses, and (open workshops) their match codes.
FOLD_PARTS = ("r", "m")


class SealedDocumentError(CryptoError):
    """A sealed workshop file or document is damaged or is not what it claims."""


# ----------------------------------------------------------------------------- outer box


def _aad(workshop_id: str) -> bytes:
    return MAGIC + workshop_id.encode("ascii")


def is_sealed_file(data: bytes) -> bool:
    """Whether these bytes start like a sealed workshop file (a plaintext one starts
    with ``{``: the migration tells the two apart this way)."""
    return data.startswith(MAGIC)


def seal_file(storage_key: bytes, workshop_id: str, document: Mapping[str, Any]) -> bytes:
    """The file bytes of a sealed document, its records in id order (never save order)."""
    records = document.get("records", {})
    document = {**document, "records": {k: records[k] for k in sorted(records)}}
    text = json.dumps(document, separators=(",", ":"), sort_keys=False, check_circular=False)
    return MAGIC + encrypt(storage_key, text.encode("ascii"), _aad(workshop_id))


def open_file(storage_key: bytes, workshop_id: str, data: bytes) -> dict[str, Any]:
    """The sealed document inside file bytes; ``SealedDocumentError`` for any change."""
    if not is_sealed_file(data):
        raise SealedDocumentError("not a sealed workshop file")
    try:
        text = decrypt(storage_key, data[len(MAGIC) :], _aad(workshop_id))
    except CryptoError:
        raise SealedDocumentError(
            "the file was changed or damaged (its authentication tag does not match)"
        ) from None
    try:
        document = json.loads(text)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:  # authentic, yet bad
        raise SealedDocumentError(f"the sealed document is not JSON ({error})") from None
    check_document(document, workshop_id)
    return document


def check_document(document: object, workshop_id: str) -> None:
    """The shape of a sealed document (what can be checked without unlocking)."""
    if not isinstance(document, dict) or document.get("format") != SEALED_FORMAT:
        raise SealedDocumentError("not a sealed workshop document")
    if set(document) - _DOC_KEYS or not {"workshop_id", "listing", "keys", "details"} <= set(
        document
    ):
        raise SealedDocumentError("the sealed document has missing or unknown parts")
    if document["workshop_id"] != workshop_id:
        raise SealedDocumentError(f"holds workshop {document['workshop_id']}, not {workshop_id}")
    listing = document["listing"]
    if not isinstance(listing, dict) or set(listing) - set(LISTING_FIELDS):
        raise SealedDocumentError("the listing fields are not valid")
    keys = WorkshopKeys.from_doc(workshop_id, document["keys"])
    records = document.get("records", {})
    if not isinstance(records, dict):
        raise SealedDocumentError("the records are not an object")
    for record_id, record in records.items():
        if not isinstance(record, dict) or set(record) - {"r", "m"} or "r" not in record:
            raise SealedDocumentError(f"record {record_id} is not valid")
        if "m" in record and keys.match_public is None:
            raise SealedDocumentError("a closed workshop still holds sealed match codes")
    if "folded" in document:
        _check_folded(document["folded"], records, keys)
    if (listing.get("status") == "closed") != (keys.match_public is None):
        raise SealedDocumentError("the match key must exist exactly while the workshop is open")
    if "sealed_secret" in document and keys.match_public is None:
        raise SealedDocumentError("a closed workshop still holds its match-code secret")


def _check_folded(folded: object, records: Mapping[str, Any], keys: WorkshopKeys) -> None:
    parts = set(folded) if isinstance(folded, dict) else set()
    if not isinstance(folded, dict) or parts - {"ids", *FOLD_PARTS} or not {"ids", "r"} <= parts:
        raise SealedDocumentError("the folded responses have missing or unknown parts")
    ids = folded["ids"]
    if not isinstance(ids, list) or not all(isinstance(i, str) and i for i in ids):
        raise SealedDocumentError("the folded ids are not a list of ids")
    if ids != sorted(set(ids)):
        raise SealedDocumentError("the folded ids are not sorted, or repeat an id")
    if not all(isinstance(folded[part], str) for part in FOLD_PARTS if part in folded):
        raise SealedDocumentError("a folded box is not base64 text")
    both = set(ids) & set(records)
    if both:
        raise SealedDocumentError(f"response {min(both)} is both folded and a record")
    if "m" in folded and keys.match_public is None:
        raise SealedDocumentError("a closed workshop still holds folded match codes")


def record_ids(document: Mapping[str, Any]) -> list[str]:
    """Every response id a sealed document holds, folded or not, sorted (no unlock)."""
    folded = document.get("folded") or {}
    return sorted([*document.get("records", {}), *folded.get("ids", ())])


# ----------------------------------------------------------------------------- the document


def _listing(workshop_doc: Mapping[str, Any]) -> dict[str, Any]:
    return {name: workshop_doc[name] for name in LISTING_FIELDS if name in workshop_doc}


def _details_context(workshop_id: str, part: str) -> bytes:
    return f"{part}|{workshop_id}".encode("ascii")


def new_document(
    keys: WorkshopKeys, master_public: bytes, workshop_doc: Mapping[str, Any]
) -> dict[str, Any]:
    """A sealed document for a new workshop, with no records (no unlock needed)."""
    return {
        "format": SEALED_FORMAT,
        "workshop_id": keys.workshop_id,
        "listing": _listing(workshop_doc),
        "keys": keys.to_doc(),
        "details": seal_details(master_public, keys.workshop_id, workshop_doc),
        "records": {},
    }


def seal_details(master_public: bytes, workshop_id: str, workshop_doc: Mapping[str, Any]) -> str:
    """The whole workshop record, sealed to the laptop master."""
    text = json.dumps(dict(workshop_doc), separators=(",", ":")).encode("utf-8")
    return b64(seal(master_public, text, _details_context(workshop_id, "details")))


def open_details(master: bytes | BoxPrivateKey, document: Mapping[str, Any]) -> dict[str, Any]:
    """The workshop record, after unlocking; checked to agree with the listing fields.
    ``master``: the raw key or the session's loaded one (``Vault.master_box``)."""
    workshop_id = document["workshop_id"]
    text = unseal(master, from_b64(document["details"]), _details_context(workshop_id, "details"))
    details = json.loads(text)
    if not isinstance(details, dict) or _listing(details) != document["listing"]:
        raise SealedDocumentError("the workshop details disagree with the listing")
    return details


def close_document(
    document: Mapping[str, Any],
    master_public: bytes,
    closed_doc: Mapping[str, Any],
    final: Mapping[str, Any],
    pairs: Mapping[str, int],
    keys: WorkshopKeys,
) -> dict[str, Any]:
    """The document of a workshop being closed: details and final matching resealed,
    every sealed match code and the encrypted match key dropped. Responses that are paired
    are re-sealed with their pair number (``pairs``: response id -> number), which needs
    the response private key in ``keys``."""
    workshop_id = document["workshop_id"]
    records = {}
    for record_id, record in document.get("records", {}).items():
        sealed = record["r"]
        if record_id in pairs:
            opened = open_record(keys, record_id, record)
            sealed = seal_record(keys, record_id, {**opened.response, "pair": pairs[record_id]})[
                "r"
            ]
        records[record_id] = {"r": sealed}
    closed: dict[str, Any] = {
        "format": SEALED_FORMAT,
        "workshop_id": workshop_id,
        "listing": _listing(closed_doc),
        "keys": keys.shredded().to_doc(),
        "details": seal_details(master_public, workshop_id, closed_doc),
        "final": seal_final(master_public, workshop_id, final),
        "records": dict(sorted(records.items())),
    }
    unfolded = open_folded(keys, document)
    if unfolded is not None:  # folded again without the match box, pair numbers added
        responses = dict(unfolded.responses or {})
        for record_id in set(pairs) & set(responses):
            responses[record_id] = {**responses[record_id], "pair": pairs[record_id]}
        closed["folded"] = fold_records(keys.shredded(), responses).doc
    return closed


def seal_final(master_public: bytes, workshop_id: str, final: Mapping[str, Any]) -> str:
    """A closed workshop's final matching, sealed to the laptop master."""
    text = json.dumps(dict(final), separators=(",", ":")).encode("utf-8")
    return b64(seal(master_public, text, _details_context(workshop_id, "final")))


def open_final(master: bytes | BoxPrivateKey, document: Mapping[str, Any]) -> dict[str, Any] | None:
    """The final matching of a closed workshop (None while open)."""
    if "final" not in document:
        return None
    context = _details_context(document["workshop_id"], "final")
    final = json.loads(unseal(master, from_b64(document["final"]), context))
    if not isinstance(final, dict):
        raise SealedDocumentError("the final matching is not an object")
    return final


# ----------------------------------------------------------------------------- records


def normalised_code(code_answers: Mapping[str, str]) -> dict[str, str | None]:
    """The match-code answers as they are sealed: each element normalised (``matchcode``),
    unknown elements refused, so the raw text typed at the kiosk is never kept."""
    unknown = set(code_answers) - {element.id for element in MATCH_ELEMENTS}
    if unknown:
        raise ValueError(f"unknown match-code elements: {', '.join(sorted(unknown))}")
    out: dict[str, str | None] = {}
    for element in MATCH_ELEMENTS:
        raw = code_answers.get(element.id)
        out[element.id] = None if raw is None else normalise(element, raw)
    return out


def seal_record(
    keys: WorkshopKeys,
    record_id: str,
    response_doc: Mapping[str, Any],
    code: Mapping[str, str | None] | None = None,
    *,
    hashes: Sequence[str | None] | None = None,
) -> dict[str, str]:
    """One response, sealed with the workshop's *public* keys (what the kiosk does).

    ``code`` is the normalised match-code elements (``normalised_code``), or ``hashes``
    the keyed hashes a migrated file already held; either is sealed apart, to the match
    key, so closing can shred it without touching the answers. ``response_doc`` must not
    carry ``match_hashes`` itself.
    """
    if response_doc.get("id") != record_id:
        raise ValueError("the record id must be the response's id")
    if "match_hashes" in response_doc:
        raise ValueError("match hashes are sealed apart, to the match key")
    text = json.dumps(dict(response_doc), separators=(",", ":")).encode("utf-8")
    record = {"r": b64(seal(keys.response_public, text, keys.response_context(record_id)))}
    if code is not None or hashes is not None:
        if keys.match_public is None:
            raise ValueError("a closed workshop takes no match codes")
        payload = {"code": dict(code)} if code is not None else {"hashes": list(hashes or ())}
        code_text = json.dumps(payload, separators=(",", ":"), sort_keys=True).encode()
        record["m"] = b64(seal(keys.match_public, code_text, keys.match_context(record_id)))
    return record


@dataclass(frozen=True)
class OpenedRecord:
    """A response read back after unlocking, and its match code while that can be read:
    ``code`` (normalised elements) for a response saved sealed, ``hashes`` for one
    migrated from a plaintext file."""

    response: dict[str, Any]
    code: dict[str, str | None] | None = None
    hashes: tuple[str | None, ...] | None = None

    def match_hashes(self, secret: bytes) -> tuple[str | None, ...] | None:
        """The keyed hashes matching compares (computed in memory, never stored)."""
        if self.hashes is not None:
            return self.hashes
        if self.code is None:
            return None
        return hash_code(secret, {k: v for k, v in self.code.items() if v is not None})


def open_record(
    keys: WorkshopKeys,
    record_id: str,
    record: Mapping[str, str],
    *,
    response_key: BoxPrivateKey | None = None,
    match_key: BoxPrivateKey | None = None,
) -> OpenedRecord:
    """Open one record; ``CryptoError`` for a wrong key, a moved record or any change.
    ``response_key`` / ``match_key``: ``keys``' private halves loaded once by a caller
    that opens several records of the workshop."""
    if keys.response_private is None:
        raise CryptoError("the workshop is locked")
    text = unseal(
        response_key or keys.response_private,
        from_b64(record["r"]),
        keys.response_context(record_id),
    )
    response = json.loads(text)
    if not isinstance(response, dict) or response.get("id") != record_id:
        raise SealedDocumentError(f"record {record_id} holds another response")
    if "m" not in record or keys.match_private is None:
        return OpenedRecord(response)
    payload = json.loads(
        unseal(
            match_key or keys.match_private, from_b64(record["m"]), keys.match_context(record_id)
        )
    )
    if isinstance(payload, dict) and isinstance(payload.get("code"), dict):
        return OpenedRecord(response, code=payload["code"])
    if isinstance(payload, dict) and isinstance(payload.get("hashes"), list):
        return OpenedRecord(response, hashes=tuple(payload["hashes"]))
    raise SealedDocumentError(f"record {record_id} has a bad match code")


# ----------------------------------------------------------------------------- folded


def _canonical(doc: object) -> bytes:
    return json.dumps(doc, separators=(",", ":"), sort_keys=True).encode("utf-8")


def fold_key(private: bytes, workshop_id: str, part: str) -> bytes:
    """The AES key of one folded box: HKDF-SHA256 of a workshop private key (the response
    key for ``r``, the match key for ``m``), with the workshop and the part in the info.
    It is never stored; shredding the match key shreds the ``m`` key with it."""
    if part not in FOLD_PARTS:
        raise ValueError(f"no folded part {part!r}")
    info = f"workshop-kit folded key|{part}|{workshop_id}".encode()
    return HKDF(algorithm=_hashes.SHA256(), length=32, salt=None, info=info).derive(private)


def _fold_aad(workshop_id: str, part: str, ids: Sequence[str]) -> bytes:
    # JSON, so no id list can be spelt two ways (an id holding a comma, say).
    return b"workshop-kit folded|" + _canonical([workshop_id, part, list(ids)])


def _fold_private(keys: WorkshopKeys, part: str) -> bytes | None:
    return keys.response_private if part == "r" else keys.match_private


def fold_records(
    keys: WorkshopKeys,
    responses: Mapping[str, Mapping[str, Any]],
    codes: Mapping[str, Mapping[str, Any]] | None = None,
    *,
    reuse: FoldedParts | None = None,
) -> FoldedParts:
    """The ``folded`` part for ``responses`` (id -> response doc, without match hashes)
    and ``codes`` (id -> code payload, ``{"hashes": [...]}`` or ``{"code": {...}}``; only
    for an open workshop). Needs the private keys (unlocked). A box whose plain text is the
    same as in ``reuse`` keeps its bytes (a save that changes no response re-encrypts
    nothing)."""
    ids = sorted(responses)
    for record_id, response in responses.items():
        if response.get("id") != record_id:
            raise ValueError("the record id must be the response's id")
        if "match_hashes" in response:
            raise ValueError("match hashes are folded apart, in the match box")
    plain: dict[str, bytes] = {"r": _canonical({k: responses[k] for k in ids})}
    if codes:
        if keys.match_public is None:
            raise ValueError("a closed workshop takes no match codes")
        if set(codes) - set(ids):
            raise ValueError("a folded code belongs to no folded response")
        plain["m"] = _canonical(dict(codes))
    doc: dict[str, Any] = {"ids": ids}
    for part, text in plain.items():
        if reuse is not None and reuse.ids == ids and reuse.plain.get(part) == text:
            doc[part] = reuse.doc[part]
            continue
        private = _fold_private(keys, part)
        if private is None:
            raise CryptoError("folding needs the workshop unlocked")
        key = fold_key(private, keys.workshop_id, part)
        doc[part] = b64(encrypt(key, text, _fold_aad(keys.workshop_id, part, ids)))
    return FoldedParts(ids, doc, plain)


@dataclass(frozen=True)
class FoldedParts:
    """A ``folded`` part, opened or just made: its ids, its document form, the plain text
    of each box (so the next write can tell whether a box changed) and, once opened, the
    responses and code payloads by id (``codes`` None: the match box was not opened)."""

    ids: list[str]
    doc: dict[str, Any]
    plain: dict[str, bytes] = field(repr=False)
    responses: dict[str, dict[str, Any]] | None = field(default=None, repr=False)
    codes: dict[str, dict[str, Any]] | None = field(default=None, repr=False)


def _loaded(text: bytes, what: str) -> dict[str, dict[str, Any]]:
    try:
        doc = json.loads(text)
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise SealedDocumentError(f"the folded {what} are not JSON") from None
    if not isinstance(doc, dict) or not all(isinstance(v, dict) for v in doc.values()):
        raise SealedDocumentError(f"the folded {what} are not valid")
    return doc


def open_folded(keys: WorkshopKeys, document: Mapping[str, Any]) -> FoldedParts | None:
    """The folded part opened (two AES-GCM decrypts), or None if there is none.

    ``CryptoError`` for a wrong key, any changed byte of a box or of the id list, and a
    box whose ids are not those listed. The match box is opened only with the match key
    (never after closing: it is gone then)."""
    folded = document.get("folded")
    if folded is None:
        return None
    workshop_id = document["workshop_id"]
    ids = list(folded["ids"])
    plain: dict[str, bytes] = {}
    for part in FOLD_PARTS:
        if part not in folded:
            continue
        private = _fold_private(keys, part)
        if private is None:
            if part == "r":
                raise CryptoError("the workshop is locked")
            continue
        key = fold_key(private, workshop_id, part)
        try:
            plain[part] = decrypt(key, from_b64(folded[part]), _fold_aad(workshop_id, part, ids))
        except CryptoError:
            raise SealedDocumentError(
                f"the folded {'responses' if part == 'r' else 'codes'} do not open "
                "(a changed byte, or ids that are not the ones folded)"
            ) from None
    responses = _loaded(plain["r"], "responses")
    if sorted(responses) != ids:
        raise SealedDocumentError("the folded responses are not the ids listed")
    if any(response.get("id") != record_id for record_id, response in responses.items()):
        raise SealedDocumentError("a folded response holds another response's id")
    codes = _loaded(plain["m"], "codes") if "m" in plain else None
    if codes is not None and set(codes) - set(ids):
        raise SealedDocumentError("the folded codes name responses that are not folded")
    return FoldedParts(ids, dict(folded), plain, responses, codes)


def code_hashes(
    payload: Mapping[str, Any], secret: bytes, record_id: str
) -> tuple[str | None, ...]:
    """The keyed hashes of one code payload (a sealed or folded ``m``)."""
    if isinstance(payload.get("hashes"), list):
        return tuple(payload["hashes"])
    if isinstance(payload.get("code"), dict):
        return hash_code(secret, {k: v for k, v in payload["code"].items() if v is not None})
    raise SealedDocumentError(f"record {record_id} has a bad match code")


def match_secret(keys: WorkshopKeys, document: Mapping[str, Any]) -> bytes:
    """The secret match-code hashes are computed with: the workshop's own secret, sealed
    to the match key (the store's random secret, or a migrated file's, so its old hashes
    still compare), else one derived from the match key."""
    sealed = document.get("sealed_secret")
    if sealed is None:
        return keys.match_secret()
    if keys.match_private is None:
        raise CryptoError("the match key is not open")
    context = keys.match_context("match-secret")
    return unseal(keys.match_private, from_b64(sealed), context)


def seal_match_secret(keys: WorkshopKeys, secret: bytes) -> str:
    """A workshop's match-code secret (the store's random one, or a migrated file's),
    sealed to the workshop's match key, so only unlocking reads it and closing shreds it."""
    if keys.match_public is None:
        raise ValueError("a closed workshop keeps no match-code secret")
    return b64(seal(keys.match_public, secret, keys.match_context("match-secret")))


def migrate_document(
    plain: Mapping[str, Any], keys: WorkshopKeys, master_public: bytes
) -> dict[str, Any]:
    """The sealed document of a plaintext workshop document (``storage`` schema 1): every
    response sealed, its match hashes and the workshop's secret sealed to the match key,
    in the order of the response ids. Needs no unlock; the caller writes it atomically
    and then removes the plaintext file and its backups."""
    meta = plain["_meta"]["1"]
    workshop_doc = meta["workshop"]
    if workshop_doc["id"] != keys.workshop_id:
        raise ValueError("these keys belong to another workshop")
    is_open = workshop_doc["status"] == "open"
    if is_open != (keys.match_public is not None):
        raise ValueError("an open workshop needs a match key, a closed one must have none")
    document = new_document(keys, master_public, workshop_doc)
    if is_open:
        document["sealed_secret"] = seal_match_secret(keys, bytes.fromhex(meta["secret"]))
    else:
        document["final"] = seal_final(master_public, keys.workshop_id, meta["final_match"])
    records = {}
    for doc in plain.get("responses", {}).values():
        response = {k: v for k, v in doc.items() if k != "match_hashes"}
        hashes = doc.get("match_hashes") if is_open else None
        records[doc["id"]] = seal_record(keys, doc["id"], response, hashes=hashes)
    document["records"] = dict(sorted(records.items()))
    return document


# ----------------------------------------------------------------------------- file times


def set_day_only_times(path: Path, day: date | None = None) -> bool:
    """Set ``path``'s access and modification times to local midnight of ``day`` (today).

    Best effort: returns False where the file system refuses. The change time (ctime)
    cannot be set by a program on any common system; docs/security.md says so.
    """
    midnight = datetime.combine(day or date.today(), time()).timestamp()
    with contextlib.suppress(OSError):
        os.utime(path, (midnight, midnight))
        return True
    return False
