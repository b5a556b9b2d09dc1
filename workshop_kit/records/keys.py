"""The key hierarchy: who can read what, and which secret opens which key.

::

    facilitator unlock code ──scrypt──┐
    recovery-sheet code ──────scrypt──┼──> laptop master key (X25519) ──┐
    programme lead's key (X25519) ────┘    (wrapped three ways,          │ seals
                                            keyring.json)                v
                                                         workshop response key (X25519)
                                                         workshop match key (X25519)
                                                         laptop identity key (Ed25519)

    kiosk save:  response  ──seal to workshop response *public* key──> file
                 match code ──seal to workshop match *public* key────> file
    close:       the sealed match private key is deleted: match material is shredded

The laptop *master key* is an X25519 key pair. Its public half is in the keyring in the
clear, so a workshop can be created, and its keys sealed to the master, without unlocking.
Its private half exists on disk only wrapped: under the facilitator's unlock code, under
a recovery-sheet code printed at first run, and (if the centre has one) sealed to the
programme lead's public key. Unlocking opens the master; the master opens each
workshop's private keys; those open the responses.

This module holds the keys as data and their JSON forms; where the JSON lives (the
keyring file, each workshop file's header) is the storage layer's business.
"""

from __future__ import annotations

import hmac
import secrets
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from workshop_kit.records.crypto import (
    DEFAULT_COST,
    KEY_BYTES,
    BoxPrivateKey,
    CryptoError,
    ScryptCost,
    b64,
    decrypt,
    encrypt,
    fingerprint,
    from_b64,
    generate_box_key,
    generate_signing_key,
    public_box_key,
    public_signing_key,
    random_key,
    seal,
    unseal,
    unwrap_with_secret,
    wrap_with_secret,
)

__all__ = [
    "KEYRING_FORMAT",
    "RECOVERY_CODE_DIGITS",
    "UNLOCK_CODE_DIGITS",
    "Keyring",
    "LeadKey",
    "ShredList",
    "UnlockedKeyring",
    "WorkshopKeys",
    "WrongSecretError",
    "check_unlock_secret",
    "generate_recovery_code",
    "generate_unlock_code",
    "normalise_code",
]

KEYRING_FORMAT = "workshop-kit-keyring-v1"
LEAD_FORMAT = "workshop-kit-lead-key-v1"
UNLOCK_CODE_DIGITS = 12  # 10**12 guesses: see docs/security.md for what that costs
RECOVERY_CODE_DIGITS = 24
MIN_PASSPHRASE = 20  # characters, for a passphrase chosen instead of a generated code
_MASTER = b"master"
_IDENTITY = b"identity"
_STORAGE = b"storage"
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


class WrongSecretError(CryptoError):
    """The unlock code, recovery code or passphrase does not open the key."""


# ----------------------------------------------------------------------------- secrets


def _grouped(digits: str) -> str:
    return "-".join(digits[i : i + 4] for i in range(0, len(digits), 4))


def generate_unlock_code() -> str:
    """A fresh unlock code: 12 random digits in groups of four (``"0481-7730-2956"``)."""
    return _grouped("".join(secrets.choice("0123456789") for _ in range(UNLOCK_CODE_DIGITS)))


def generate_recovery_code() -> str:
    """A recovery-sheet code: 24 random digits (about 80 bits) in groups of four."""
    return _grouped("".join(secrets.choice("0123456789") for _ in range(RECOVERY_CODE_DIGITS)))


def normalise_code(text: str) -> str:
    """A code or passphrase as it is stretched: a code of digits (ASCII, Arabic-Indic or
    Extended Arabic-Indic, with any spaces or dashes) becomes its ASCII digits; any other
    text is NFKC-normalised and trimmed, so the same passphrase typed on two keyboards
    opens the same key."""
    text = unicodedata.normalize("NFKC", text).strip()
    bare = text.translate(_DIGITS).replace("-", "").replace(" ", "")
    if bare.isascii() and bare.isdigit():
        return bare
    return text


def check_unlock_secret(secret: str) -> str:
    """The normalised secret, if policy allows it: a 12-digit code or a long passphrase."""
    normal = normalise_code(secret)
    if normal.isascii() and normal.isdigit():
        if len(normal) < UNLOCK_CODE_DIGITS:
            raise ValueError(f"an unlock code has at least {UNLOCK_CODE_DIGITS} digits")
        return normal
    if len(normal) < MIN_PASSPHRASE:
        raise ValueError(f"a passphrase has at least {MIN_PASSPHRASE} characters")
    return normal


def _context(*parts: bytes | str) -> bytes:
    return b"|".join(p.encode() if isinstance(p, str) else p for p in parts)


# ----------------------------------------------------------------------------- lead key


@dataclass(frozen=True)
class LeadKey:
    """A programme lead's recovery key pair (X25519). The lead makes it in the app; the
    public file goes to every laptop of the programme, the private file stays with the
    lead, wrapped under the lead's passphrase."""

    public: bytes
    private: bytes | None = None

    @classmethod
    def create(cls) -> LeadKey:
        private = generate_box_key()
        return cls(public_box_key(private), private)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public, b"lead")

    def public_doc(self) -> dict[str, Any]:
        return {"format": LEAD_FORMAT, "public": b64(self.public)}

    def private_doc(self, passphrase: str, cost: ScryptCost = DEFAULT_COST) -> dict[str, Any]:
        if self.private is None:
            raise ValueError("only the public half of this lead key is known")
        normal = check_unlock_secret(passphrase)
        wrapped = wrap_with_secret(normal, self.private, _context(b"lead", self.public), cost)
        return {**self.public_doc(), "private": wrapped}

    @classmethod
    def from_public_doc(cls, doc: object) -> LeadKey:
        if not isinstance(doc, dict) or doc.get("format") != LEAD_FORMAT:
            raise CryptoError("not a programme lead's key file")
        public = from_b64(doc.get("public"), length=KEY_BYTES)
        return cls(public)

    @classmethod
    def from_private_doc(cls, doc: object, passphrase: str) -> LeadKey:
        lead = cls.from_public_doc(doc)
        assert isinstance(doc, dict)
        try:
            private = unwrap_with_secret(
                normalise_code(passphrase), doc.get("private"), _context(b"lead", lead.public)
            )
        except CryptoError:
            raise WrongSecretError("the passphrase does not open this lead key") from None
        if public_box_key(private) != lead.public:
            raise CryptoError("the lead key file's halves do not belong together")
        return cls(lead.public, private)


# ----------------------------------------------------------------------------- keyring


@dataclass(frozen=True)
class Keyring:
    """The laptop's keys as they are stored: public halves clear, private halves wrapped.

    ``storage_key`` is kept in the clear on purpose: it authenticates whole workshop files
    (so the start-up check finds every damaged file without anyone unlocking) and hides the
    listing fields from someone holding a lone file. It protects no answer, code or
    secret: those are sealed under keys only the master opens.
    """

    master_public: bytes
    identity_public: bytes
    storage_key: bytes
    wraps: dict[str, Any]  # "unlock", "sheet", "lead": how the master private key is kept
    identity_box: bytes  # the identity private key, encrypted under the master

    @property
    def laptop_fingerprint(self) -> str:
        return fingerprint(self.identity_public, b"laptop")

    @property
    def lead_fingerprint(self) -> str | None:
        lead = self.wraps.get("lead")
        return None if lead is None else fingerprint(from_b64(lead["public"]), b"lead")

    @classmethod
    def create(
        cls,
        unlock_secret: str,
        *,
        lead: LeadKey | None = None,
        cost: ScryptCost = DEFAULT_COST,
    ) -> tuple[Keyring, str | None]:
        """A new keyring and, when no lead key is given, the recovery-sheet code to print
        (shown once, never stored)."""
        normal = check_unlock_secret(unlock_secret)
        master = generate_box_key()
        identity = generate_signing_key()
        master_public = public_box_key(master)
        wraps: dict[str, Any] = {
            "unlock": wrap_with_secret(normal, master, _context(_MASTER, b"unlock"), cost)
        }
        sheet = None
        if lead is not None:
            wraps["lead"] = _lead_wrap(lead, master, master_public)
        else:
            sheet = generate_recovery_code()
            wraps["sheet"] = wrap_with_secret(
                normalise_code(sheet), master, _context(_MASTER, b"sheet"), cost
            )
        keyring = cls(
            master_public=master_public,
            identity_public=public_signing_key(identity),
            storage_key=random_key(),
            wraps=wraps,
            identity_box=encrypt(_sub_key(master, _IDENTITY), identity, _IDENTITY),
        )
        return keyring, sheet

    # -- opening

    def unlock(self, secret: str) -> UnlockedKeyring:
        """Open with the facilitator's unlock code, or with the recovery-sheet code."""
        normal = normalise_code(secret)
        for kind in ("unlock", "sheet"):
            wrapped = self.wraps.get(kind)
            if wrapped is None:
                continue
            try:
                master = unwrap_with_secret(normal, wrapped, _context(_MASTER, kind))
            except CryptoError:
                continue
            return self._opened(master)
        raise WrongSecretError("that code does not unlock this laptop's data")

    def unlock_with_lead(self, lead: LeadKey) -> UnlockedKeyring:
        """Open with the programme lead's private key (recovery)."""
        wrapped = self.wraps.get("lead")
        if wrapped is None or lead.private is None:
            raise WrongSecretError("this laptop's data is not wrapped for a lead key")
        if from_b64(wrapped["public"], length=KEY_BYTES) != lead.public:
            raise WrongSecretError("this laptop's data is wrapped for another lead key")
        try:
            master = unseal(lead.private, from_b64(wrapped["box"]), _context(_MASTER, b"lead"))
        except CryptoError:
            raise WrongSecretError("the lead key does not open this laptop's data") from None
        return self._opened(master)

    def _opened(self, master: bytes) -> UnlockedKeyring:
        if public_box_key(master) != self.master_public:
            raise CryptoError("the keyring's master key halves do not belong together")
        identity = decrypt(_sub_key(master, _IDENTITY), self.identity_box, _IDENTITY)
        if public_signing_key(identity) != self.identity_public:
            raise CryptoError("the keyring's laptop identity halves do not belong together")
        return UnlockedKeyring(self, master, identity)

    # -- JSON

    def to_doc(self) -> dict[str, Any]:
        return {
            "format": KEYRING_FORMAT,
            "master_public": b64(self.master_public),
            "identity_public": b64(self.identity_public),
            "storage_key": b64(self.storage_key),
            "wraps": self.wraps,
            "identity_box": b64(self.identity_box),
        }

    @classmethod
    def from_doc(cls, doc: object) -> Keyring:
        if not isinstance(doc, dict) or doc.get("format") != KEYRING_FORMAT:
            raise CryptoError("not a Workshop Kit keyring")
        wraps = doc.get("wraps")
        if not isinstance(wraps, dict) or "unlock" not in wraps:
            raise CryptoError("the keyring has no unlock wrap")
        if set(wraps) - {"unlock", "sheet", "lead"}:
            raise CryptoError("the keyring has unknown wraps")
        return cls(
            master_public=from_b64(doc.get("master_public"), length=KEY_BYTES),
            identity_public=from_b64(doc.get("identity_public"), length=KEY_BYTES),
            storage_key=from_b64(doc.get("storage_key"), length=KEY_BYTES),
            wraps=dict(wraps),
            identity_box=from_b64(doc.get("identity_box")),
        )


def _lead_wrap(lead: LeadKey, master: bytes, master_public: bytes) -> dict[str, Any]:
    del master_public  # bound through the check in Keyring._opened
    return {
        "public": b64(lead.public),
        "box": b64(seal(lead.public, master, _context(_MASTER, b"lead"))),
    }


def _sub_key(master: bytes, purpose: bytes) -> bytes:
    # A symmetric key for one purpose, derived from the master private key.
    return hmac.digest(master, b"workshop-kit sub-key|" + purpose, "sha256")


@dataclass(frozen=True)
class UnlockedKeyring:
    """The keyring with its master open: lives in memory only, for one unlocked session."""

    keyring: Keyring
    master: bytes = field(repr=False)
    identity: bytes = field(repr=False)
    #: the master loaded once for the session (every workshop's keys, details and final
    #: matching are sealed to it), dropped with this object at lock
    master_box: BoxPrivateKey = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "master_box", BoxPrivateKey(self.master))

    def open_workshop_keys(self, workshop_id: str, doc: object) -> WorkshopKeys:
        return WorkshopKeys.from_doc(workshop_id, doc, self.master_box)

    def rewrapped(
        self,
        *,
        unlock_secret: str | None = None,
        lead: LeadKey | None = None,
        new_sheet: bool = False,
        cost: ScryptCost = DEFAULT_COST,
    ) -> tuple[Keyring, str | None]:
        """The keyring with a new unlock code, lead key or recovery sheet; the master
        itself (and so every workshop) is unchanged. Returns any new sheet code."""
        wraps = dict(self.keyring.wraps)
        if unlock_secret is not None:
            normal = check_unlock_secret(unlock_secret)
            wraps["unlock"] = wrap_with_secret(
                normal, self.master, _context(_MASTER, b"unlock"), cost
            )
        if lead is not None:
            wraps["lead"] = _lead_wrap(lead, self.master, self.keyring.master_public)
        sheet = None
        if new_sheet:
            sheet = generate_recovery_code()
            wraps["sheet"] = wrap_with_secret(
                normalise_code(sheet), self.master, _context(_MASTER, b"sheet"), cost
            )
        keyring = Keyring(
            self.keyring.master_public,
            self.keyring.identity_public,
            self.keyring.storage_key,
            wraps,
            self.keyring.identity_box,
        )
        return keyring, sheet


# ----------------------------------------------------------------------------- workshops


@dataclass(frozen=True)
class WorkshopKeys:
    """One workshop's two key pairs. ``*_private`` are None where not known (the kiosk
    holds public halves only; a closed workshop has no match key at all).

    The response private key is sealed to the laptop master in the workshop file. The
    match private key is encrypted under a per-workshop *match wrap key*, and only that
    wrap key is sealed to the master, in the laptop's shred list (``ShredList``), never
    in a workshop file. Closing deletes the wrap key from the shred list: every copy of
    the match key left anywhere (backups, quarantine, bundles, a disk's old blocks) can
    then no longer be opened by anyone, the master included.
    """

    workshop_id: str
    response_public: bytes
    match_public: bytes | None
    response_private: bytes | None = field(default=None, repr=False)
    match_private: bytes | None = field(default=None, repr=False)
    sealed: dict[str, str] = field(default_factory=dict, repr=False)
    shred_entry: str | None = field(default=None, repr=False)  # set by ``create`` only

    @classmethod
    def create(cls, workshop_id: str, master_public: bytes) -> WorkshopKeys:
        """Fresh keys for a new workshop (no unlock needed). ``shred_entry`` must go into
        the shred list before the workshop file is written."""
        response, match = generate_box_key(), generate_box_key()
        base = cls(workshop_id, public_box_key(response), public_box_key(match))
        wrap = random_key()
        sealed = {
            "response": b64(seal(master_public, response, base._context(b"response"))),
            "match": b64(encrypt(wrap, match, base._context(b"match"))),
        }
        entry = b64(seal(master_public, wrap, base._context(b"match-wrap")))
        return cls(
            workshop_id, base.response_public, base.match_public, response, match, sealed, entry
        )

    def _context(self, kind: bytes) -> bytes:
        # Binds a sealed private key to its workshop and to its public half.
        public = self.response_public if kind == b"response" else self.match_public
        return _context(b"workshop-key", kind, self.workshop_id, public or b"")

    def response_context(self, record_id: str) -> bytes:
        """The context a response of this workshop is sealed under."""
        return _context(b"response", self.workshop_id, record_id)

    def match_context(self, record_id: str) -> bytes:
        """The context a response's match code is sealed under."""
        return _context(b"match", self.workshop_id, record_id)

    def match_secret(self) -> bytes:
        """The HMAC secret the match-code hashes are computed with, in memory after
        unlocking (derived from the match key, so shredding that key shreds it too)."""
        if self.match_private is None:
            raise CryptoError("the match key is not open (locked, or the workshop is closed)")
        return _sub_key(self.match_private, b"match-code hmac|" + self.workshop_id.encode())

    def public_only(self) -> WorkshopKeys:
        """What the kiosk is given: public halves only."""
        return WorkshopKeys(
            self.workshop_id, self.response_public, self.match_public, sealed=dict(self.sealed)
        )

    def shredded(self) -> WorkshopKeys:
        """The keys after closing: no match key pair, and no encrypted copy of it."""
        sealed = {k: v for k, v in self.sealed.items() if k != "match"}
        return WorkshopKeys(
            self.workshop_id, self.response_public, None, self.response_private, None, sealed
        )

    def to_doc(self) -> dict[str, Any]:
        """The public header form (public keys, private keys sealed or encrypted)."""
        doc: dict[str, Any] = {"response_public": b64(self.response_public)}
        if self.match_public is not None:
            doc["match_public"] = b64(self.match_public)
        doc["sealed"] = dict(self.sealed)
        return doc

    @classmethod
    def from_doc(
        cls,
        workshop_id: str,
        doc: object,
        master: bytes | BoxPrivateKey | None = None,
        shred_entry: str | None = None,
    ) -> WorkshopKeys:
        """The keys in a workshop file header. With ``master``, the response private key
        too; with ``master`` and the workshop's ``shred_entry``, the match private key."""
        if not isinstance(doc, dict) or not isinstance(doc.get("sealed"), dict):
            raise CryptoError("the workshop keys are missing")
        sealed = doc["sealed"]
        if set(sealed) - {"response", "match"} or "response" not in sealed:
            raise CryptoError("the workshop keys are incomplete")
        if not all(isinstance(v, str) for v in sealed.values()):
            raise CryptoError("the workshop keys are not base64 text")
        match_public = doc.get("match_public")
        if (match_public is None) != ("match" not in sealed):
            raise CryptoError("the workshop match key halves disagree")
        keys = cls(
            workshop_id,
            from_b64(doc.get("response_public"), length=KEY_BYTES),
            None if match_public is None else from_b64(match_public, length=KEY_BYTES),
            sealed=dict(sealed),
        )
        if master is None:
            return keys
        response = unseal(master, from_b64(sealed["response"]), keys._context(b"response"))
        if public_box_key(response) != keys.response_public:
            raise CryptoError("the workshop response key does not match its public half")
        match = None
        if "match" in sealed and shred_entry is not None:
            wrap = unseal(master, from_b64(shred_entry), keys._context(b"match-wrap"))
            match = decrypt(wrap, from_b64(sealed["match"]), keys._context(b"match"))
            if public_box_key(match) != keys.match_public:
                raise CryptoError("the workshop match key does not match its public half")
        return cls(workshop_id, keys.response_public, keys.match_public, response, match, sealed)

    def response_key_for(self, recipient_public: bytes) -> str:
        """The response private key sealed to someone else (a bundle for the lead). The
        match key never leaves the laptop: bundles hold closed workshops only."""
        if self.response_private is None:
            raise CryptoError("the response key is not open")
        context = self._context(b"response")
        return b64(seal(recipient_public, self.response_private, context))

    @classmethod
    def from_bundle(
        cls, workshop_id: str, doc: object, sealed_key: str, recipient_private: bytes
    ) -> WorkshopKeys:
        """The inverse of ``response_key_for``, for the recipient."""
        keys = cls.from_doc(workshop_id, doc)
        response = unseal(recipient_private, from_b64(sealed_key), keys._context(b"response"))
        if public_box_key(response) != keys.response_public:
            raise CryptoError("the bundled workshop key does not match its public half")
        return cls(workshop_id, keys.response_public, keys.match_public, response, None)


SHRED_FORMAT = "workshop-kit-shred-list-v1"


@dataclass
class ShredList:
    """Per-workshop match wrap keys, each sealed to the master: the one place a match key
    can be opened from. Kept in its own small file without backups, so that removing an
    entry (``shred``) destroys the key for good. Losing this file loses the matching of
    open workshops, never an answer."""

    entries: dict[str, str] = field(default_factory=dict)

    def add(self, keys: WorkshopKeys) -> None:
        if keys.shred_entry is None:
            raise ValueError("only freshly created workshop keys carry a shred entry")
        self.entries[keys.workshop_id] = keys.shred_entry

    def entry(self, workshop_id: str) -> str | None:
        return self.entries.get(workshop_id)

    def shred(self, workshop_id: str) -> None:
        self.entries.pop(workshop_id, None)

    def to_doc(self) -> dict[str, Any]:
        return {"format": SHRED_FORMAT, "entries": dict(sorted(self.entries.items()))}

    @classmethod
    def from_doc(cls, doc: object) -> ShredList:
        if not isinstance(doc, dict) or doc.get("format") != SHRED_FORMAT:
            raise CryptoError("not a Workshop Kit shred list")
        entries = doc.get("entries")
        if not isinstance(entries, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in entries.items()
        ):
            raise CryptoError("the shred list entries are not text")
        return cls(dict(entries))
