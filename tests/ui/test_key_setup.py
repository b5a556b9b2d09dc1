"""The first-run key setup, end to end offscreen: the typed-back code, the lead's key or
the recovery sheet, and the plaintext workshops already on the laptop sealed."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from tests.tools import needs
from tests.unit.test_pdf_render import normal, pdftext
from workshop_kit.records import protection
from workshop_kit.records.crypto import ScryptCost
from workshop_kit.records.envelope import is_sealed_file
from workshop_kit.records.keys import WrongSecretError
from workshop_kit.records.store import WorkshopStore
from workshop_kit.records.vault import Vault, write_lead_key
from workshop_kit.ui.keys import setup_dialog
from workshop_kit.ui.keys.setup_dialog import CODE, DONE, LEAD, WORK, KeySetupDialog

FAST = ScryptCost(n=2**10, r=8, p=1)
PASSPHRASE = "seven orange camels cross the old bridge"
DETAILS = {
    "curriculum_id": "equal-voices",
    "session_ids": ["gender-and-power"],
    "site": "East Amman centre",
    "day": "2024-05-01",
    "language": "ar",
    "expected_participants": 12,
}
ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


@pytest.fixture(autouse=True)
def cheap_scrypt(monkeypatch):
    monkeypatch.setattr(protection, "setup_cost", lambda: FAST)


@pytest.fixture
def data_dir(tmp_path):
    return tmp_path / "data"


@pytest.fixture
def plaintext(data_dir):
    """Two workshops saved the way today's app saves them, before any key exists."""
    store = WorkshopStore(protection.workshops_dir(data_dir))
    ids = []
    for site in ("East Amman centre", "Zarqa"):
        workshop = store.create_workshop(**{**DETAILS, "site": site})
        for day in (1, 2):
            store.add_response(
                workshop.id,
                phase="pre",
                instrument_id="gbv-attitudes",
                instrument_version=1,
                answers={"hit-wife": day},
                entry_mode="kiosk",
                code_answers={"mother_initial": "m", "birth_day": str(day)},
                day="2024-05-01",
            )
        ids.append(workshop.id)
    return ids


@pytest.fixture
def dialog(qtbot, data_dir):
    dialog = KeySetupDialog(data_dir=data_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    yield dialog
    qtbot.waitUntil(lambda: not dialog._working, timeout=60_000)


def to_lead_page(dialog, typed=None):
    dialog.next_button.click()
    assert dialog.stack.currentIndex() == CODE
    dialog.code_entry.typed.setText(typed if typed is not None else dialog.code_entry.code)
    dialog.next_button.click()


def encrypt(qtbot, dialog):
    dialog.next_button.click()
    qtbot.waitUntil(lambda: not dialog._working, timeout=60_000)


def workshop_files(data_dir):
    return sorted(protection.workshops_dir(data_dir).glob("*.json"))


def test_a_wrong_typed_back_code_is_refused_and_nothing_is_written(dialog, data_dir):
    to_lead_page(dialog, typed="0000-0000-0000")
    assert dialog.stack.currentIndex() == CODE
    assert "not the code shown" in dialog.code_entry.error.text()
    to_lead_page_again = dialog.code_entry.code[:-1]  # one digit short
    dialog.code_entry.typed.setText(to_lead_page_again)
    dialog.next_button.click()
    assert dialog.stack.currentIndex() == CODE
    dialog.reject()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.protected is None
    assert not protection.keys_dir(data_dir).exists()


def test_the_right_code_seals_every_plaintext_workshop_and_needs_the_sheet_kept(
    qtbot, dialog, data_dir, plaintext, tmp_path
):
    assert all(not is_sealed_file(p.read_bytes()[:16]) for p in workshop_files(data_dir))
    code = dialog.code_entry.code
    # Typed back with spaces instead of dashes, in Arabic-Indic digits.
    to_lead_page(dialog, typed=code.replace("-", " ").translate(ARABIC_DIGITS))
    assert dialog.stack.currentIndex() == LEAD
    encrypt(qtbot, dialog)
    assert dialog.stack.currentIndex() == DONE
    protected = dialog.protected
    assert protected is not None and protected.vault.is_unlocked
    assert "2 workshop" in dialog.report.text()  # "(s)" until the .ts has the plural
    files = workshop_files(data_dir)
    assert len(files) == 2 and all(is_sealed_file(p.read_bytes()[:16]) for p in files)
    listed = {w.id for w in protected.store.list_workshops()}
    assert listed == set(plaintext)
    assert all(len(protected.store.responses(w)) == 2 for w in plaintext)
    assert not protection.has_plain_data(data_dir)
    # The unlock code written down opens the new vault; so does the sheet's code.
    fresh = Vault(protection.keys_dir(data_dir))
    fresh.unlock(code)
    sheet_code = protected.sheet
    assert sheet_code and dialog.sheet is not None
    Vault(protection.keys_dir(data_dir)).unlock(sheet_code)
    # Finish waits for the sheet; closing does nothing meanwhile.
    assert not dialog.finish_button.isEnabled()
    dialog.reject()
    assert dialog.isVisible()
    dialog.sheet.written.setChecked(True)
    assert dialog.finish_button.isEnabled()
    dialog.finish_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted


@needs("pdftotext")
def test_saving_the_sheet_as_pdf_enables_finish_and_the_pdf_holds_the_code(
    qtbot, dialog, data_dir, tmp_path
):
    to_lead_page(dialog)
    encrypt(qtbot, dialog)
    target = tmp_path / "chosen" / "sheet.pdf"
    target.parent.mkdir()
    dialog.sheet.ask_save_path = lambda: target
    assert not dialog.finish_button.isEnabled()
    assert dialog.sheet.save_pdf() == target
    assert dialog.finish_button.isEnabled()
    text = normal(pdftext(target))
    assert dialog.protected.sheet in text
    fingerprint = dialog.protected.vault.keyring.laptop_fingerprint
    assert fingerprint in text
    # The code is nowhere else on disk: not in the keys, not in the workshops.
    digits = dialog.protected.sheet.replace("-", "").encode()
    for path in data_dir.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert dialog.protected.sheet.encode() not in data and digits not in data, path
    assert sorted(p.name for p in target.parent.iterdir()) == ["sheet.pdf"]


def test_with_the_leads_key_no_sheet_is_made_and_the_lead_can_open(
    qtbot, dialog, data_dir, tmp_path
):
    lead, public, _private = write_lead_key(tmp_path, "lead", PASSPHRASE, cost=FAST)
    dialog.ask_lead_path = lambda: public
    to_lead_page(dialog)
    dialog.choose_lead.click()
    assert dialog.lead_yes.isChecked()
    assert dialog.lead_fingerprint.text() == lead.fingerprint
    encrypt(qtbot, dialog)
    protected = dialog.protected
    assert protected is not None and protected.sheet is None and dialog.sheet is None
    assert "no recovery sheet is needed" in dialog.report.text()
    keyring = protected.vault.keyring
    assert keyring.lead_fingerprint == lead.fingerprint and "sheet" not in keyring.wraps
    Vault(protection.keys_dir(data_dir)).unlock_with_lead(lead)
    assert dialog.finish_button.isEnabled()
    dialog.finish_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_a_file_that_is_not_a_lead_key_is_refused(qtbot, dialog, data_dir, tmp_path):
    other = tmp_path / "notes.wkkey"
    other.write_text('{"format": "something else"}', "utf-8")
    dialog.ask_lead_path = lambda: other
    to_lead_page(dialog)
    dialog.choose_lead.click()
    assert "is not a programme lead's key file" in dialog.lead_error.text()
    dialog.next_button.click()  # Encrypt: refused, a key file is still wanted
    assert dialog.stack.currentIndex() == LEAD
    assert not protection.keys_dir(data_dir).exists()
    dialog.lead_no.setChecked(True)
    encrypt(qtbot, dialog)
    assert dialog.protected is not None and dialog.protected.sheet


def test_a_chosen_passphrase_needs_twenty_characters_typed_twice(qtbot, dialog, data_dir):
    dialog.next_button.click()
    entry = dialog.code_entry
    entry.own.setChecked(True)
    entry.first.setText("too short")
    entry.second.setText("too short")
    dialog.next_button.click()
    assert dialog.stack.currentIndex() == CODE and "20 characters" in entry.error.text()
    entry.first.setText(PASSPHRASE)
    entry.second.setText(PASSPHRASE + "!")
    dialog.next_button.click()
    assert dialog.stack.currentIndex() == CODE and "differ" in entry.error.text()
    entry.second.setText(PASSPHRASE)
    dialog.next_button.click()
    assert dialog.stack.currentIndex() == LEAD
    encrypt(qtbot, dialog)
    Vault(protection.keys_dir(data_dir)).unlock(PASSPHRASE)
    with pytest.raises(WrongSecretError):
        Vault(protection.keys_dir(data_dir)).unlock(entry.code)


def test_a_failure_before_the_keys_exist_changes_nothing_and_can_be_retried(
    qtbot, dialog, data_dir, plaintext, monkeypatch
):
    real = protection.set_up

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(setup_dialog.protection, "set_up", full_disk)
    to_lead_page(dialog)
    encrypt(qtbot, dialog)
    assert dialog.stack.currentIndex() == WORK and dialog.protected is None
    assert "Nothing was changed" in dialog.work_error.text()
    assert "disk is full" in dialog.work_error.text()
    assert dialog.next_button.isVisible() and dialog.next_button.isEnabled()
    assert protection.has_plain_data(data_dir)
    monkeypatch.setattr(setup_dialog.protection, "set_up", real)
    encrypt(qtbot, dialog)  # Try again
    assert dialog.stack.currentIndex() == DONE and dialog.protected is not None
    assert not protection.has_plain_data(data_dir)


def test_on_the_code_page_typing_goes_into_the_typed_back_box(qtbot, dialog):
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    dialog.next_button.click()
    assert dialog.stack.currentIndex() == CODE
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.code_entry.typed)
    dialog.code_entry.own.setChecked(True)  # a passphrase instead: its first box
    assert dialog.focusWidget() is dialog.code_entry.first
