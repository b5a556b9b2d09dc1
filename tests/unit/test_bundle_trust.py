"""The sealed app's bundle rules (records/bundle_trust.py, bundle.import_bundle): sealed and
signed exports, the lead's import with known laptops, replays, re-signed and tampered
bundles, closed workshops extended only by the laptop that closed them."""

from __future__ import annotations

import copy
import json
import zipfile

import pytest

from tests.sealed_bundles import LIBRARY, SITE, folder_hashes, laptop, lead_key, on
from tests.unit.test_bundle import craft
from workshop_kit.analysis.dataset import Filters
from workshop_kit.exports.run import ExportError, ExportRequest, run_export
from workshop_kit.records.bundle import BundleError
from workshop_kit.records.bundle_trust import (
    AlreadyImported,
    NoLeadKey,
    UnknownLaptop,
    UnsignedBundle,
    bundle_sealer,
    import_checked,
    lead_public,
    same_fingerprint,
)
from workshop_kit.records.laptop import CLOSER_KEY, closer_tag
from workshop_kit.records.signing import KnownLaptops
from workshop_kit.records.storage import DamagedFileError, validate_document


@pytest.fixture
def world(tmp_path):
    """The lead's key files, a centre laptop A, a second laptop B, the lead's laptop L."""
    lead, _, _ = lead_key(tmp_path / "lead-keys")
    a = laptop(tmp_path / "a", lead)
    b = laptop(tmp_path / "b", lead)
    lead_laptop = laptop(tmp_path / "lead", None, workshop=False)
    return lead, a, b, lead_laptop


def lead_import(lead_laptop, path, lead, **options):
    with on(lead_laptop.folder):
        return import_checked(
            lead_laptop.store,
            path,
            library=LIBRARY,
            known_path=lead_laptop.known_path,
            lead=lead,
            **options,
        )


def fingerprint_of(machine) -> str:
    return machine.vault.keyring.laptop_fingerprint


def plain_document(machine) -> dict:
    return json.loads(machine.store.read_raw(machine.workshop_id))


def test_closing_records_a_tag_of_the_closing_laptop_not_its_id(world):
    _, a, _, _ = world
    final = plain_document(a)["_meta"]["1"]["final_match"]
    assert final[CLOSER_KEY] == closer_tag(a.workshop_id, a.laptop_id)
    assert a.laptop_id not in json.dumps(plain_document(a))
    older = plain_document(a)
    del older["_meta"]["1"]["final_match"][CLOSER_KEY]  # a file closed before the tag
    validate_document(older, a.workshop_id)
    older["_meta"]["1"]["final_match"][CLOSER_KEY] = "not a tag"
    with pytest.raises(DamagedFileError, match="laptop that closed it"):
        validate_document(older, a.workshop_id)


def test_an_export_from_a_sealed_store_is_sealed_and_holds_no_answer(world, tmp_path):
    _, a, _, _ = world
    path = tmp_path / "a.wkbundle"
    with on(a.folder):
        run_export(ExportRequest("bundle", path, Filters()), a.store, LIBRARY)
    data = path.read_bytes()
    assert data.startswith(b"WKBUNDLE-SEALED1\n")
    assert not zipfile.is_zipfile(path)
    for clear in (SITE.encode(), b"hit_if_antagonising", b"answers", b"PK\x03\x04", b"manifest"):
        assert clear not in data


def test_a_sealed_store_without_a_lead_key_writes_no_bundle(tmp_path):
    alone = laptop(tmp_path / "alone", None)
    assert lead_public(alone.vault) is None
    with pytest.raises(NoLeadKey):
        bundle_sealer(alone.vault)
    path = tmp_path / "alone.wkbundle"
    with on(alone.folder), pytest.raises(ExportError, match="no programme lead key"):
        run_export(ExportRequest("bundle", path, Filters()), alone.store, LIBRARY)
    assert not path.exists()


def test_the_lead_imports_after_accepting_a_new_laptops_fingerprint(world, tmp_path):
    lead, a, _, lead_laptop = world
    path = a.export(tmp_path / "a.wkbundle")
    before = folder_hashes(lead_laptop.folder)
    with pytest.raises(UnknownLaptop) as unknown:
        lead_import(lead_laptop, path, lead)
    assert unknown.value.check.fingerprint == fingerprint_of(a)
    with pytest.raises(UnknownLaptop):
        lead_import(lead_laptop, path, lead, accept_laptop="11111 22222 33333")
    assert folder_hashes(lead_laptop.folder) == before
    done = lead_import(lead_laptop, path, lead, accept_laptop=fingerprint_of(a).replace(" ", "-"))
    assert done.report.added == (a.workshop_id,)
    assert lead_laptop.store.responses(a.workshop_id) == a.store.responses(a.workshop_id)
    known = KnownLaptops.load(lead_laptop.known_path)
    assert known.key_of(a.laptop_id) == a.vault.keyring.identity_public
    assert len(known.bundles) == 1


def test_a_replayed_bundle_is_reported_and_changes_nothing(world, tmp_path):
    lead, a, _, lead_laptop = world
    path = a.export(tmp_path / "a.wkbundle")
    lead_import(lead_laptop, path, lead, accept_laptop=fingerprint_of(a))
    before = folder_hashes(lead_laptop.folder)
    with pytest.raises(AlreadyImported, match="imported before"):
        lead_import(lead_laptop, path, lead)
    assert folder_hashes(lead_laptop.folder) == before


def test_a_tampered_bundle_and_another_leads_key_are_refused(world, tmp_path):
    lead, a, _, lead_laptop = world
    path = a.export(tmp_path / "a.wkbundle")
    damaged = bytearray(path.read_bytes())
    damaged[len(damaged) // 2] ^= 0x01
    (tmp_path / "bad.wkbundle").write_bytes(bytes(damaged))
    other, _, _ = lead_key(tmp_path / "other-lead")
    before = folder_hashes(lead_laptop.folder)
    with pytest.raises(BundleError, match="cannot be opened"):
        lead_import(lead_laptop, tmp_path / "bad.wkbundle", lead, accept_laptop=fingerprint_of(a))
    with pytest.raises(BundleError, match="cannot be opened"):
        lead_import(lead_laptop, path, other, accept_laptop=fingerprint_of(a))
    with pytest.raises(NoLeadKey):
        lead_import(lead_laptop, path, None)
    assert folder_hashes(lead_laptop.folder) == before


def test_a_bundle_re_signed_by_another_laptop_in_a_known_laptops_name_is_refused(world, tmp_path):
    lead, a, b, lead_laptop = world
    lead_import(
        lead_laptop, a.export(tmp_path / "a.wkbundle"), lead, accept_laptop=fingerprint_of(a)
    )
    zipped = tmp_path / "plain.zip"
    craft(zipped, [plain_document(b)])
    forged = b.seal(zipped, tmp_path / "forged.wkbundle", as_laptop=a.laptop_id)
    before = folder_hashes(lead_laptop.folder)
    with pytest.raises(BundleError, match="another laptop signed it"):
        lead_import(lead_laptop, forged, lead, accept_laptop=fingerprint_of(b))
    assert folder_hashes(lead_laptop.folder) == before


def _older_and_full(machine):
    full = plain_document(machine)
    older = copy.deepcopy(full)  # the same workshop without its last pair
    last = max(r.get("pair", 0) for r in older["responses"].values())
    for key in [k for k, r in older["responses"].items() if r.get("pair", 0) == last]:
        del older["responses"][key]
    return older, full


def test_a_closed_workshop_takes_new_responses_only_from_the_laptop_that_closed_it(world, tmp_path):
    lead, a, b, lead_laptop = world
    older, full = _older_and_full(a)
    assert len(older["responses"]) < len(full["responses"])
    first = a.seal(craft(tmp_path / "older.zip", [older]), tmp_path / "older.wkbundle")
    lead_import(lead_laptop, first, lead, accept_laptop=fingerprint_of(a))
    # B, known to the lead, sends the same closed workshop with more responses
    lead_import(
        lead_laptop, b.export(tmp_path / "b.wkbundle"), lead, accept_laptop=fingerprint_of(b)
    )
    extended = b.seal(craft(tmp_path / "full-b.zip", [full]), tmp_path / "full-b.wkbundle")
    before = folder_hashes(lead_laptop.folder)
    done = lead_import(lead_laptop, extended, lead)
    assert done.report.rejected == (
        (
            a.workshop_id,
            "it was closed on another laptop: only a bundle signed by the laptop that "
            "closed it can add responses to it",
        ),
    )
    assert done.report.responses_added == 0
    assert folder_hashes(lead_laptop.folder) == before  # byte for byte
    # the laptop that closed it may
    again = a.seal(craft(tmp_path / "full-a.zip", [full]), tmp_path / "full-a.wkbundle")
    done = lead_import(lead_laptop, again, lead)
    assert done.report.merged == (
        (a.workshop_id, len(full["responses"]) - len(older["responses"])),
    )


def test_a_workshop_closed_before_the_tag_takes_no_new_responses_from_a_bundle(world, tmp_path):
    lead, a, _, lead_laptop = world
    older, full = _older_and_full(a)
    for doc in (older, full):
        del doc["_meta"]["1"]["final_match"][CLOSER_KEY]
    first = a.seal(craft(tmp_path / "older.zip", [older]), tmp_path / "older.wkbundle")
    lead_import(lead_laptop, first, lead, accept_laptop=fingerprint_of(a))
    extended = a.seal(craft(tmp_path / "full.zip", [full]), tmp_path / "full.wkbundle")
    before = folder_hashes(lead_laptop.folder)
    done = lead_import(lead_laptop, extended, lead)
    assert "before Workshop Kit recorded which laptop closed it" in done.report.rejected[0][1]
    assert folder_hashes(lead_laptop.folder) == before


def test_an_old_format_bundle_needs_acceptance_and_never_extends_a_closed_workshop(world, tmp_path):
    lead, a, _, lead_laptop = world
    older, full = _older_and_full(a)
    plain_older = craft(tmp_path / "older.wkbundle", [older])
    before = folder_hashes(lead_laptop.folder)
    with pytest.raises(UnsignedBundle, match="nobody can vouch"):
        lead_import(lead_laptop, plain_older, lead)
    assert folder_hashes(lead_laptop.folder) == before
    done = lead_import(lead_laptop, plain_older, None, accept_unsigned=True)
    assert done.check is None and done.report.added == (a.workshop_id,)
    plain_full = craft(tmp_path / "full.wkbundle", [full])
    before = folder_hashes(lead_laptop.folder)
    done = lead_import(lead_laptop, plain_full, None, accept_unsigned=True)
    assert "nobody signed this bundle" in done.report.rejected[0][1]
    assert folder_hashes(lead_laptop.folder) == before


def test_fingerprints_compare_by_their_digits_only():
    assert same_fingerprint("12345-67890", "12345 67890")
    assert not same_fingerprint("", "12345 67890")
    assert not same_fingerprint(None, "12345")
    assert not same_fingerprint("12345 67891", "12345 67890")


def test_a_bundle_file_says_the_day_it_was_made_not_the_hour(world, tmp_path):
    import datetime

    _, a, _, _ = world
    path = a.export(tmp_path / "a.wkbundle")
    made = datetime.datetime.fromtimestamp(path.stat().st_mtime)
    assert (made.hour, made.minute, made.second) == (0, 0, 0)
