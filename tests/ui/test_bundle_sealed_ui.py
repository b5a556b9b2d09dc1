"""Sealed bundles on the Results page: the export dialog without and with a lead key, the
lead's import (key file and passphrase, a new laptop's fingerprint and the PIN, replays,
old-format bundles)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.sealed_bundles import PASSPHRASE, folder_hashes, laptop, lead_key
from tests.unit.test_bundle import craft
from workshop_kit.analysis.dataset import Filters
from workshop_kit.exports.run import ExportRequest
from workshop_kit.records.signing import KnownLaptops
from workshop_kit.ui.results.export_dialog import ExportDialog
from workshop_kit.ui.results.page import ResultsPage
from workshop_kit.ui.results.sealed_import import LeadKeyDialog


@pytest.fixture
def keys(tmp_path):
    return lead_key(tmp_path / "lead-keys")


@pytest.fixture
def centre(tmp_path, keys):
    return laptop(tmp_path / "centre", keys[0])


@pytest.fixture
def lead_laptop(tmp_path, monkeypatch):
    folder = tmp_path / "lead"
    machine = laptop(folder, None, workshop=False)
    monkeypatch.setenv("WORKSHOP_KIT_DATA_DIR", str(folder))
    return machine


@pytest.fixture
def messages(monkeypatch):
    """Message boxes answered at once; their texts."""
    shown: list[str] = []

    def box(parent, title, text, *args, **kwargs):
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "information", box)
    monkeypatch.setattr(QMessageBox, "warning", box)
    return shown


def make_page(qtbot, machine, bundled_library, pins, settings):
    page = ResultsPage(machine.store, bundled_library, pins, settings)
    qtbot.addWidget(page)
    return page


def finish(qtbot, page) -> None:
    qtbot.waitUntil(lambda: page.job is None or not page.job.running, timeout=20_000)


def test_the_export_dialog_says_plainly_that_a_bundle_needs_the_lead_key(
    qtbot, tmp_path, keys, monkeypatch
):
    alone = laptop(tmp_path / "alone", None)
    dialog = ExportDialog(Filters(), 5, "en", vault=alone.vault)
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("bundle"))
    assert "no programme lead key" in dialog.sealing.text()
    assert not dialog.save_button.isEnabled() and not dialog.lead_button.isHidden()
    wrong = tmp_path / "not-a-key.wkkey"
    wrong.write_text("hello")
    monkeypatch.setattr(dialog, "ask_lead_file", lambda: wrong)
    dialog.lead_button.click()
    assert "not a programme lead's key file" in dialog.sealing.text()
    assert alone.vault.keyring.lead_fingerprint is None
    shown = []
    monkeypatch.setattr(dialog, "ask_lead_file", lambda: keys[1])
    monkeypatch.setattr(dialog, "confirm_lead", lambda fp: shown.append(fp) or False)
    dialog.lead_button.click()  # the facilitator did not confirm the fingerprint
    assert shown == [keys[0].fingerprint] and alone.vault.keyring.lead_fingerprint is None
    monkeypatch.setattr(dialog, "confirm_lead", lambda fp: True)
    dialog.lead_button.click()
    assert alone.vault.keyring.lead_fingerprint == keys[0].fingerprint
    assert keys[0].fingerprint in dialog.sealing.text()
    assert dialog.save_button.isEnabled() and dialog.lead_button.isHidden()
    dialog.format.setCurrentIndex(dialog.format.findData("report"))
    assert dialog.sealing.isHidden() and dialog.save_button.isEnabled()


def test_a_plaintext_store_shows_no_sealing_note(qtbot):
    dialog = ExportDialog(Filters(), 5, "en")
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("bundle"))
    assert dialog.sealing.isHidden() and dialog.save_button.isEnabled()


def test_the_page_exports_a_sealed_bundle_and_names_this_laptops_fingerprint(
    qtbot, centre, tmp_path, bundled_library, pins, settings, monkeypatch
):
    monkeypatch.setenv("WORKSHOP_KIT_DATA_DIR", str(centre.folder))
    page = make_page(qtbot, centre, bundled_library, pins, settings)
    target = tmp_path / "centre.wkbundle"
    page.start_export(ExportRequest(format="bundle", path=target))
    finish(qtbot, page)
    qtbot.waitUntil(lambda: "Saved" in page.status.text(), timeout=5_000)
    assert centre.vault.keyring.laptop_fingerprint in page.status.text()
    data = target.read_bytes()
    assert data.startswith(b"WKBUNDLE-SEALED1\n") and b"East Amman" not in data


def _import(qtbot, page, monkeypatch, bundle: Path, key: tuple[Path, str] | None):
    monkeypatch.setattr(page, "ask_bundle", lambda: bundle)
    monkeypatch.setattr(page, "ask_lead_key", lambda path: key)
    page.import_bundle()
    finish(qtbot, page)
    qtbot.wait(50)  # the follow-up (PIN, then the import) starts from the event loop
    finish(qtbot, page)


def test_the_lead_imports_a_new_laptops_bundle_only_with_the_pin(
    qtbot, centre, lead_laptop, keys, tmp_path, bundled_library, pins, settings, monkeypatch,
    type_pin, messages,
):  # fmt: skip
    bundle = centre.export(tmp_path / "centre.wkbundle")
    page = make_page(qtbot, lead_laptop, bundled_library, pins, settings)
    before = folder_hashes(lead_laptop.folder / "workshops")
    reasons = type_pin(None)  # the PIN dialog is cancelled
    _import(qtbot, page, monkeypatch, bundle, (keys[2], PASSPHRASE))
    fingerprint = centre.vault.keyring.laptop_fingerprint
    assert len(reasons) == 1 and fingerprint in reasons[0]
    assert "met before" in reasons[0]
    assert lead_laptop.store.workshop_ids() == []
    assert folder_hashes(lead_laptop.folder / "workshops") == before
    type_pin("2468")
    _import(qtbot, page, monkeypatch, bundle, (keys[2], PASSPHRASE))
    qtbot.waitUntil(lambda: lead_laptop.store.workshop_ids() == [centre.workshop_id])
    known = KnownLaptops.load(lead_laptop.known_path)
    assert known.key_of(centre.laptop_id) == centre.vault.keyring.identity_public
    remembered = json.loads((lead_laptop.folder / "settings.json").read_text())
    assert remembered["lead_private_key_path"] == str(keys[2])
    assert PASSPHRASE not in (lead_laptop.folder / "settings.json").read_text()
    # again: a replay, reported, nothing asked, nothing changed
    asked = len(type_pin("2468"))  # one list of every reason shown in this test
    before = folder_hashes(lead_laptop.folder)
    _import(qtbot, page, monkeypatch, bundle, (keys[2], PASSPHRASE))
    assert len(reasons) == asked
    assert any("imported before" in text for text in messages)
    assert folder_hashes(lead_laptop.folder) == before


def test_a_wrong_passphrase_says_so_and_imports_nothing(
    qtbot, centre, lead_laptop, keys, tmp_path, bundled_library, pins, settings, monkeypatch,
    type_pin,
):  # fmt: skip
    bundle = centre.export(tmp_path / "centre.wkbundle")
    page = make_page(qtbot, lead_laptop, bundled_library, pins, settings)
    reasons = type_pin("2468")
    _import(qtbot, page, monkeypatch, bundle, (keys[2], "not the passphrase at all"))
    assert "The passphrase does not open lead.wkprivate" in page.status.text()
    assert reasons == [] and lead_laptop.store.workshop_ids() == []


def test_an_old_format_bundle_is_imported_only_after_the_warning_and_the_pin(
    qtbot, centre, lead_laptop, tmp_path, bundled_library, pins, settings, monkeypatch,
    type_pin,
):  # fmt: skip
    document = json.loads(centre.store.read_raw(centre.workshop_id))
    plain = craft(tmp_path / "old.wkbundle", [document])
    page = make_page(qtbot, lead_laptop, bundled_library, pins, settings)
    monkeypatch.setattr(page, "ask_lead_key", lambda path: pytest.fail("not sealed"))
    reasons = type_pin(None)
    _import(qtbot, page, monkeypatch, plain, None)
    assert len(reasons) == 1 and "nobody can" in reasons[0]
    assert lead_laptop.store.workshop_ids() == []
    type_pin("2468")
    _import(qtbot, page, monkeypatch, plain, None)
    qtbot.waitUntil(lambda: lead_laptop.store.workshop_ids() == [centre.workshop_id])


def test_the_lead_key_dialog_asks_for_a_file_and_a_passphrase(qtbot, tmp_path, keys):
    dialog = LeadKeyDialog(tmp_path / "x.wkbundle", "")
    qtbot.addWidget(dialog)
    dialog._on_buttons_accepted()
    assert "Choose the lead's private key file" in dialog.problem.text()
    dialog.file.setText(str(keys[2]))
    dialog._on_buttons_accepted()
    assert "Type the passphrase" in dialog.problem.text()
    assert dialog.passphrase.echoMode() == dialog.passphrase.EchoMode.Password
    dialog.passphrase.setText(PASSPHRASE)
    dialog._on_buttons_accepted()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.answer() == (keys[2], PASSPHRASE)
