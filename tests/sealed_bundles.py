"""Two laptops and a programme lead, each with a sealed data folder, for bundle tests.

A *laptop* is a data folder set up as the app's first start does (``protection.set_up``,
cheap scrypt cost), holding one closed workshop of four responses; the laptop id is the
folder's own (``laptop-id``), so switching ``WORKSHOP_KIT_DATA_DIR`` switches laptops.
"""

from __future__ import annotations

import hashlib
import os
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from tests.helpers import cheap_cost, sealed_data_dir
from workshop_kit.content.library import load_library
from workshop_kit.records.bundle import export_bundle
from workshop_kit.records.bundle_trust import bundle_sealer, known_laptops_path
from workshop_kit.records.keys import LeadKey
from workshop_kit.records.laptop import laptop_id
from workshop_kit.records.protection import Protected
from workshop_kit.records.vault import write_lead_key

LIBRARY = load_library()
PASSPHRASE = "correct horse battery staple"
SITE = "East Amman centre"
DETAILS = {
    "curriculum_id": "equal-voices",
    "session_ids": ["gender-and-power"],
    "site": SITE,
    "day": "2024-05-01",
    "language": "ar",
    "expected_participants": 12,
    "instrument_id": "gbv-attitudes",
    "instrument_version": 1,
}


@contextmanager
def on(folder: Path):
    """Act as the laptop whose data folder is ``folder``."""
    before = os.environ.get("WORKSHOP_KIT_DATA_DIR")
    os.environ["WORKSHOP_KIT_DATA_DIR"] = str(folder)
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("WORKSHOP_KIT_DATA_DIR", None)
        else:
            os.environ["WORKSHOP_KIT_DATA_DIR"] = before


@dataclass
class Laptop:
    folder: Path
    protected: Protected
    workshop_id: str = ""

    @property
    def store(self):
        return self.protected.store

    @property
    def vault(self):
        return self.protected.vault

    @property
    def laptop_id(self) -> str:
        with on(self.folder):
            return laptop_id()

    @property
    def known_path(self) -> Path:
        return known_laptops_path(self.folder)

    def export(self, path: Path) -> Path:
        with on(self.folder):
            export_bundle(self.store, path, seal=bundle_sealer(self.vault))
        return path

    def seal(self, zip_path: Path, path: Path, *, as_laptop: str | None = None) -> Path:
        """A zip made by hand, sealed and signed by this laptop (in ``as_laptop``'s name)."""
        with on(self.folder):
            sealer = bundle_sealer(self.vault)
        if as_laptop is not None:
            sealer = type(sealer)(sealer.lead_public, sealer.identity_private, as_laptop)
        path.write_bytes(sealer(zip_path.read_bytes()))
        return path


def lead_key(folder: Path) -> tuple[LeadKey, Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return write_lead_key(folder, "lead", PASSPHRASE, cost=cheap_cost())


def laptop(folder: Path, lead: LeadKey | None, *, workshop: bool = True) -> Laptop:
    """A sealed laptop (with the lead's public key), with one closed workshop."""
    with on(folder):
        protected = sealed_data_dir(folder, lead=lead)
        made = Laptop(folder, protected)
        if workshop:
            made.workshop_id = add_closed_workshop(protected.store)
    return made


def add_closed_workshop(store) -> str:
    workshop = store.create_workshop(**DETAILS)
    for day in (1, 2):
        for phase in ("pre", "post"):
            store.add_response(
                workshop.id,
                phase=phase,
                instrument_id="gbv-attitudes",
                instrument_version=1,
                answers={"hit_if_antagonising": day},
                entry_mode="kiosk",
                code_answers={
                    "mother_initial": "m",
                    "birth_day": str(day),
                    "older_siblings": "1",
                    "birthplace_initial": "k",
                    "younger_siblings": "0",
                },
            )
    store.close_workshop(workshop.id)
    return workshop.id


def folder_hashes(folder: Path) -> dict[str, str]:
    """The SHA-256 of every file under ``folder`` (the logs, which say what was done, and
    the empty lock file of the command line aside)."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
        and "logs" not in p.parts
        and p.name != "instance.lock"
        and not p.name.startswith(".listing-index")  # a cache of the files
    }
