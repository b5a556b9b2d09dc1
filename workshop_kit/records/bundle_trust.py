"""Who a bundle comes from, before it joins the store: the sealed app's bundle rules.

On a laptop whose data are sealed (``protection``), bundles follow these rules, shared by
the Results page and ``workshop-kit import``/``export``:

* **Export**: a data bundle is always sealed to the programme lead's public key and signed
  by this laptop (``bundle_sealer``); without a lead key there is no bundle, never a plain
  one (``NoLeadKey``).
* **Import** (``check_sealed`` then ``import_checked``): a sealed bundle needs the lead's
  private key. Its signature is checked against the known-laptops list
  (``keys/known-laptops.json``): a laptop met for the first time is ``UnknownLaptop``
  until someone accepts its fingerprint (with the facilitator PIN; the caller asks); a
  bundle id imported before is ``AlreadyImported`` and nothing is imported; a known laptop
  id signed by another key, a changed byte or another lead's key: ``BundleError``. After
  an import that rejected nothing, the bundle id is recorded (and the new laptop kept).
* **Old-format (plain zip) bundles** carry no signature: nobody can vouch for where they
  came from. They are imported only when the caller says the facilitator accepted that
  (``accept_unsigned``, after the PIN and a warning), and never add responses to a closed
  workshop (``bundle.import_bundle(unsigned_may_extend=False)``).
* A closed workshop here takes new responses only from a bundle signed by the laptop that
  closed it (``bundle.import_bundle``); the refusal is in the report's ``rejected``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workshop_kit.records.bundle import BundleError, ImportReport, import_bundle
from workshop_kit.records.bundle_checks import InstrumentSource
from workshop_kit.records.bundle_format import Cancel, Progress
from workshop_kit.records.bundle_seal import BundleOpener, BundleSealer, is_sealed_bundle
from workshop_kit.records.crypto import CryptoError, from_b64
from workshop_kit.records.envelope import set_day_only_times
from workshop_kit.records.keys import LeadKey
from workshop_kit.records.laptop import laptop_id
from workshop_kit.records.protection import keys_dir
from workshop_kit.records.signing import BUNDLE_MAGIC, KnownLaptops, ManifestCheck
from workshop_kit.records.store import WorkshopStore
from workshop_kit.records.vault import Vault

__all__ = [
    "KNOWN_LAPTOPS",
    "AlreadyImported",
    "NoLeadKey",
    "TrustedImport",
    "UnknownLaptop",
    "UnsignedBundle",
    "bundle_sealer",
    "check_sealed",
    "import_checked",
    "is_sealed_file",
    "known_laptops_path",
    "lead_public",
    "load_known",
    "same_fingerprint",
    "store_vault",
]

KNOWN_LAPTOPS = "known-laptops.json"


class NoLeadKey(BundleError):
    """This laptop has no programme lead key: it cannot make a sealed bundle."""


class UnknownLaptop(BundleError):
    """The bundle is signed by a laptop met for the first time; ``check`` has its
    fingerprint to read back over the phone before accepting it."""

    def __init__(self, message: str, check: ManifestCheck) -> None:
        super().__init__(message)
        self.check = check


class AlreadyImported(BundleError):
    """This bundle (its random id) was imported before; nothing was imported again."""

    def __init__(self, message: str, check: ManifestCheck) -> None:
        super().__init__(message)
        self.check = check


class UnsignedBundle(BundleError):
    """An old-format bundle: not sealed, not signed."""


def store_vault(store: WorkshopStore) -> Vault | None:
    """The vault of a sealed store (None for a plaintext or memory store)."""
    vault = getattr(store.backend, "vault", None)
    return vault if isinstance(vault, Vault) else None


def known_laptops_path(data_dir: Path | None = None) -> Path:
    return keys_dir(data_dir) / KNOWN_LAPTOPS


def load_known(path: Path) -> KnownLaptops:
    try:
        return KnownLaptops.load(path)
    except CryptoError as error:
        raise BundleError(
            f"{error}; nothing was imported. Restore {path.name} from a copy, or move it "
            "away to start a new list (every laptop is then checked again)."
        ) from None


def _save_known(known: KnownLaptops, path: Path) -> None:
    known.save(path)
    set_day_only_times(path)


# ----------------------------------------------------------------------------- export


def lead_public(vault: Vault) -> bytes | None:
    """The programme lead's public key this laptop's data are wrapped for, if any."""
    wrap: Any = vault.keyring.wraps.get("lead")
    if not isinstance(wrap, dict):
        return None
    return from_b64(wrap["public"])


def bundle_sealer(vault: Vault) -> BundleSealer:
    """What seals and signs this laptop's bundles (``NoLeadKey`` without a lead key;
    ``vault.LockedError`` while locked)."""
    public = lead_public(vault)
    if public is None:
        raise NoLeadKey(
            "this laptop has no programme lead key, so it cannot seal a data bundle and no "
            "bundle was written. Add the lead's key file (.wkkey) first."
        )
    return BundleSealer(public, vault.identity_private, laptop_id())


# ----------------------------------------------------------------------------- import


def is_sealed_file(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return is_sealed_bundle(handle.read(len(BUNDLE_MAGIC)))
    except OSError:
        return False


def same_fingerprint(typed: str | None, fingerprint: str) -> bool:
    """Whether ``typed`` is ``fingerprint`` (spaces, dashes and the like do not matter)."""
    digits = re.sub(r"\D", "", typed or "", flags=re.ASCII)
    return bool(digits) and digits == re.sub(r"\D", "", fingerprint, flags=re.ASCII)


def check_sealed(path: Path, lead: LeadKey, known: KnownLaptops) -> ManifestCheck:
    """Open a sealed bundle with the lead's key and check its signature (nothing is
    written). ``BundleError`` when it cannot be trusted at all."""
    path = Path(path)
    if lead.private is None:
        raise BundleError("the lead's private key is needed to open a sealed bundle")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise BundleError(f"{path.name} cannot be read ({error.strerror or error})") from None
    opener = BundleOpener(lead.private, known)
    try:
        opener(data)
    except CryptoError as error:
        raise BundleError(
            f"{path.name}: the sealed bundle cannot be opened with this key, or was changed "
            f"({error}). The bundle was rejected; nothing was changed."
        ) from None
    assert opener.last is not None
    return opener.last


@dataclass(frozen=True)
class TrustedImport:
    report: ImportReport
    check: ManifestCheck | None  # None for an old-format bundle


def import_checked(
    store: WorkshopStore,
    path: Path,
    *,
    library: InstrumentSource,
    known_path: Path,
    lead: LeadKey | None = None,
    accept_laptop: str | None = None,
    accept_unsigned: bool = False,
    progress: Progress | None = None,
    cancelled: Cancel | None = None,
) -> TrustedImport:
    """Import a bundle into a sealed store under the rules above.

    ``accept_laptop``: the fingerprint of a new laptop the facilitator accepted (after the
    PIN); ``accept_unsigned``: an old-format bundle accepted after the PIN and a warning.
    Raises ``UnsignedBundle``, ``NoLeadKey``, ``UnknownLaptop``, ``AlreadyImported`` or
    ``BundleError`` with nothing changed."""
    path = Path(path)
    if not is_sealed_file(path):
        if not accept_unsigned:
            raise UnsignedBundle(
                f"{path.name} is an old-format bundle: it is neither sealed nor signed, so "
                "nobody can vouch for where it came from. Nothing was imported."
            )
        report = import_bundle(
            store,
            path,
            library=library,
            progress=progress,
            cancelled=cancelled,
            unsigned_may_extend=False,
        )
        return TrustedImport(report, None)
    if lead is None or lead.private is None:
        raise NoLeadKey(
            f"{path.name} is sealed to the programme lead's key: give the lead's private "
            "key file (.wkprivate) and its passphrase. Nothing was imported."
        )
    known = load_known(known_path)
    check = check_sealed(path, lead, known)
    laptop = check.manifest["laptop"]
    day = check.manifest.get("day", "")
    if check.replay:
        raise AlreadyImported(
            f"{path.name} was imported before (made on {day} by the laptop with fingerprint "
            f"{check.fingerprint}); nothing new was imported.",
            check,
        )
    if not check.known:
        if not same_fingerprint(accept_laptop, check.fingerprint):
            raise UnknownLaptop(
                f"{path.name} comes from a laptop met for the first time (fingerprint "
                f"{check.fingerprint}). Read the fingerprint back with whoever sent it "
                "before accepting it; nothing was imported.",
                check,
            )
        known.trust(laptop, check.laptop_key)
    opener = BundleOpener(lead.private, known)
    report = import_bundle(
        store,
        path,
        library=library,
        progress=progress,
        cancelled=cancelled,
        opener=opener,
        unsigned_may_extend=False,
    )
    if not report.rejected:  # a bundle that left something out may be imported again
        known.imported(check.manifest["bundle_id"])
    _save_known(known, known_path)
    return TrustedImport(report, check)
