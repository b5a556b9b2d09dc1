"""Sealed, signed bundles (records/bundle_seal.py through bundle.export/import_bundle)."""

from __future__ import annotations

import pytest

from tests.sealed_bundles import add_closed_workshop
from workshop_kit.content.library import load_library
from workshop_kit.records.bundle import BundleError, export_bundle, import_bundle, laptop_id
from workshop_kit.records.bundle_seal import BundleOpener, BundleSealer
from workshop_kit.records.crypto import ScryptCost
from workshop_kit.records.keys import LeadKey
from workshop_kit.records.sealed_backend import SealedDiskBackend
from workshop_kit.records.signing import KnownLaptops
from workshop_kit.records.store import WorkshopStore
from workshop_kit.records.vault import Vault

FAST = ScryptCost(n=2**10, r=8, p=1)
CODE = "0481-7730-2956"
LIBRARY = load_library()  # the bundled content: the survey the workshops use


def _laptop(folder, lead):
    vault = Vault(folder / "keys")
    vault.setup(CODE, lead=lead, cost=FAST)
    vault.unlock(CODE)
    store = WorkshopStore(backend=SealedDiskBackend(folder / "workshops", vault))
    workshop = store.get_workshop(add_closed_workshop(store))
    return vault, store, workshop


@pytest.fixture
def lead():
    return LeadKey.create()


def _export(tmp_path, lead, vault, store):
    sealer = BundleSealer(lead.public, vault.identity_private, laptop_id())
    path = tmp_path / "amman.wkbundle"
    report = export_bundle(store, path, seal=sealer)
    assert report.workshops == 1 and report.responses == 4
    return path


def test_a_sealed_bundle_holds_nothing_readable_and_imports_on_the_leads_laptop(
    user_data, tmp_path, lead
):
    vault, store, workshop = _laptop(tmp_path / "laptop", lead)
    path = _export(tmp_path, lead, vault, store)
    data = path.read_bytes()
    for clear in (b"East Amman", b"hit-wife", b"manifest.json", b"PK\x03\x04"):
        assert clear not in data
    target = WorkshopStore(tmp_path / "lead-store")
    known = KnownLaptops()
    known.trust(laptop_id(), vault.keyring.identity_public, "Amman laptop")
    opener = BundleOpener(lead.private or b"", known)
    report = import_bundle(target, path, library=LIBRARY, opener=opener)
    assert report.added == (workshop.id,)
    assert opener.last is not None and opener.last.known
    assert opener.last.fingerprint == vault.keyring.laptop_fingerprint
    assert target.responses(workshop.id) == store.responses(workshop.id)


def test_a_sealed_bundle_refuses_another_key_a_change_or_no_key(user_data, tmp_path, lead):
    vault, store, _ = _laptop(tmp_path / "laptop", lead)
    path = _export(tmp_path, lead, vault, store)
    target = WorkshopStore(tmp_path / "lead-store")
    with pytest.raises(BundleError, match="sealed to a programme lead"):
        import_bundle(target, path, library=LIBRARY)
    with pytest.raises(BundleError, match="cannot be opened"):
        import_bundle(
            target, path, library=LIBRARY, opener=BundleOpener(LeadKey.create().private or b"")
        )
    damaged = bytearray(path.read_bytes())
    damaged[len(damaged) // 2] ^= 0x04
    path.write_bytes(bytes(damaged))
    with pytest.raises(BundleError, match="cannot be opened"):
        import_bundle(target, path, library=LIBRARY, opener=BundleOpener(lead.private or b""))
    assert target.workshop_ids() == []


def test_a_bundle_signed_by_another_laptop_in_a_known_laptops_name_is_refused(
    user_data, tmp_path, lead
):
    vault, store, _ = _laptop(tmp_path / "laptop", lead)
    impostor, _, _ = _laptop(tmp_path / "impostor", lead)
    sealer = BundleSealer(lead.public, impostor.identity_private, laptop_id())
    path = tmp_path / "forged.wkbundle"
    export_bundle(store, path, seal=sealer)
    known = KnownLaptops()
    known.trust(laptop_id(), vault.keyring.identity_public)
    target = WorkshopStore(tmp_path / "lead-store")
    with pytest.raises(BundleError, match="another laptop signed it"):
        import_bundle(
            target, path, library=LIBRARY, opener=BundleOpener(lead.private or b"", known)
        )
    assert target.workshop_ids() == []


def test_a_sealed_bundle_imports_into_a_sealed_store(user_data, tmp_path, lead):
    vault, store, workshop = _laptop(tmp_path / "laptop", lead)
    path = _export(tmp_path, lead, vault, store)
    lead_vault = Vault(tmp_path / "lead-keys")
    lead_vault.setup(CODE, lead=lead, cost=FAST)
    lead_vault.unlock(CODE)
    target = WorkshopStore(backend=SealedDiskBackend(tmp_path / "lead-store", lead_vault))
    import_bundle(target, path, library=LIBRARY, opener=BundleOpener(lead.private or b""))
    assert target.responses(workshop.id) == store.responses(workshop.id)
    for file in (tmp_path / "lead-store").rglob("*"):
        if file.is_file():
            assert b"hit-wife" not in file.read_bytes()
    again = import_bundle(target, path, library=LIBRARY, opener=BundleOpener(lead.private or b""))
    assert again.already_present == (workshop.id,)
