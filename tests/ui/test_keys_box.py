"""The Settings page's Encryption keys box: each action changes the keyring as it says
(the old unlock code or sheet stops working, the new one works), behind the PIN and an
unlock; refusals change nothing."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from workshop_kit.records import protection
from workshop_kit.records.crypto import ScryptCost
from workshop_kit.records.keys import WrongSecretError
from workshop_kit.records.vault import Vault, read_lead_private, write_lead_key
from workshop_kit.ui.keys.sheet import SheetDialog
from workshop_kit.ui.settings.keys_box import KeysBox
from workshop_kit.ui.settings.page import SettingsPage

FAST = ScryptCost(n=2**10, r=8, p=1)
CODE = "0481-7730-2956"
PASSPHRASE = "seven orange camels cross the old bridge"


@pytest.fixture(autouse=True)
def cheap_scrypt(monkeypatch):
    monkeypatch.setattr(protection, "setup_cost", lambda: FAST)


@pytest.fixture
def data_dir(tmp_path):
    return tmp_path / "data"


@pytest.fixture
def protected(data_dir):
    protected = protection.set_up(CODE, data_dir=data_dir)
    protected.vault.lock()
    return protected


@pytest.fixture
def unlocks():
    return []


@pytest.fixture
def box(qtbot, protected, pins, type_pin, unlocks):
    def unlock() -> bool:
        unlocks.append(True)
        protected.vault.unlock(CODE)
        return True

    type_pin("2468")
    box = KeysBox(protected.vault, pins, unlock=unlock)
    qtbot.addWidget(box)
    yield box
    if box.job is not None:
        qtbot.waitUntil(lambda: not box.job.running, timeout=60_000)


def fresh(data_dir) -> Vault:
    return Vault(protection.keys_dir(data_dir))


def keyring_doc(data_dir) -> bytes:
    return (protection.keys_dir(data_dir) / "keyring.json").read_bytes()


def test_the_box_shows_the_fingerprint_and_what_opens_the_data(box, protected):
    text = box.state.text()
    assert protected.vault.keyring.laptop_fingerprint in text
    assert "the recovery sheet opens the data" in text
    assert all(b.isEnabled() for b in (box.change_button, box.sheet_button, box.add_lead_button))


def test_without_keys_the_box_says_not_set_up_and_offers_only_the_lead_key(qtbot, pins):
    box = KeysBox(None, pins)
    qtbot.addWidget(box)
    assert "Not set up yet" in box.state.text()
    assert not box.change_button.isEnabled() and not box.sheet_button.isEnabled()
    assert not box.add_lead_button.isEnabled() and box.make_lead_button.isEnabled()
    assert box.change_unlock_code() is None


def test_the_settings_page_carries_the_keys_box(qtbot, settings, pins, protected):
    page = SettingsPage(settings, pins=pins, vault=protected.vault, unlock=lambda: False)
    qtbot.addWidget(page)
    assert page.keys_box.vault is protected.vault
    assert protected.vault.keyring.laptop_fingerprint in page.keys_box.state.text()
    plain = SettingsPage(settings, pins=pins)
    qtbot.addWidget(plain)
    assert "Not set up yet" in plain.keys_box.state.text()


def test_changing_the_unlock_code_retires_the_old_one(qtbot, box, data_dir, unlocks):
    dialog = box.change_unlock_code()
    assert dialog is not None and unlocks == [True]
    new = dialog.entry.code
    dialog.entry.typed.setText("1234-5678-9012")  # not what is shown: refused
    dialog._on_buttons_accepted()
    assert dialog.job is None and "not the code shown" in dialog.entry.error.text()
    dialog.entry.typed.setText(new)
    dialog._on_buttons_accepted()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=60_000)
    with pytest.raises(WrongSecretError):
        fresh(data_dir).unlock(CODE)
    fresh(data_dir).unlock(new)
    assert box.message_box is not None and "new unlock code is in use" in box.message_box.text()


def test_no_pin_no_change(qtbot, protected, pins, type_pin, data_dir, unlocks):
    type_pin(None)  # the PIN dialog cancelled
    box = KeysBox(protected.vault, pins, unlock=lambda: unlocks.append(True) or True)
    qtbot.addWidget(box)
    before = keyring_doc(data_dir)
    assert box.change_unlock_code() is None
    assert box.new_recovery_sheet() is None
    assert box.add_lead_key() is None
    assert unlocks == [] and keyring_doc(data_dir) == before
    assert "PIN is needed" in box.message_box.text()


def test_locked_data_no_change(qtbot, protected, pins, type_pin, data_dir):
    type_pin("2468")
    box = KeysBox(protected.vault, pins, unlock=lambda: False)  # the unlock dialog cancelled
    qtbot.addWidget(box)
    before = keyring_doc(data_dir)
    assert box.change_unlock_code() is None
    assert box.new_recovery_sheet() is None
    assert keyring_doc(data_dir) == before
    assert "unlock the survey data first" in box.message_box.text()


def test_a_new_recovery_sheet_retires_the_old_one(qtbot, box, protected, data_dir):
    old_sheet = protected.sheet
    box.confirm = lambda title, text: "stops working" in text
    job = box.new_recovery_sheet()
    assert job is not None
    qtbot.waitUntil(lambda: isinstance(box.dialog, SheetDialog), timeout=60_000)
    sheet = box.dialog
    new_sheet = sheet.panel._code
    assert new_sheet != old_sheet
    with pytest.raises(WrongSecretError):
        fresh(data_dir).unlock(old_sheet)
    fresh(data_dir).unlock(new_sheet)
    fresh(data_dir).unlock(CODE)  # the unlock code is unchanged
    assert not sheet.close_button.isEnabled()
    sheet.reject()  # Esc: the code would be lost, so it stays open
    assert sheet.isVisible()
    sheet.panel.written.setChecked(True)
    assert sheet.close_button.isEnabled()
    sheet.close_button.click()
    assert not sheet.isVisible()


def test_declining_the_new_sheet_changes_nothing(box, data_dir):
    before = keyring_doc(data_dir)
    box.confirm = lambda title, text: False
    assert box.new_recovery_sheet() is None
    assert keyring_doc(data_dir) == before


def test_adding_the_leads_key_lets_the_lead_open_the_data(box, protected, data_dir, tmp_path):
    lead, public, private = write_lead_key(tmp_path, "lead", PASSPHRASE, cost=FAST)
    shown = []
    box.ask_lead_path = lambda: public
    box.confirm = lambda title, text: shown.append(text) or True
    assert box.add_lead_key().public == lead.public
    assert lead.fingerprint in shown[0]
    assert fresh(data_dir).keyring.lead_fingerprint == lead.fingerprint
    fresh(data_dir).unlock_with_lead(read_lead_private(private, PASSPHRASE))
    assert lead.fingerprint in box.state.text()
    assert "recovery sheet or the programme lead's key" in box.state.text()


def test_a_file_that_is_not_a_lead_key_changes_nothing(box, data_dir, tmp_path):
    other = tmp_path / "photo.wkkey"
    other.write_bytes(b"\x89PNG not a key")
    box.ask_lead_path = lambda: other
    box.confirm = lambda title, text: True
    before = keyring_doc(data_dir)
    assert box.add_lead_key() is None
    assert keyring_doc(data_dir) == before
    assert "is not a programme lead's key file" in box.message_box.text()


def test_making_a_lead_key_writes_both_files_under_the_passphrase(qtbot, box, tmp_path):
    dialog = box.make_lead_key()
    dialog._on_buttons_accepted()
    assert "Choose the folder" in dialog.message.text()
    dialog.set_folder(tmp_path)
    dialog.first.setText("short")
    dialog.second.setText("short")
    dialog._on_buttons_accepted()
    assert "20 characters" in dialog.message.text() and dialog.job is None
    dialog.first.setText("1234 5678 9012 3456")  # a 16-digit code is not a passphrase
    dialog.second.setText("1234 5678 9012 3456")
    dialog._on_buttons_accepted()
    assert "20 characters" in dialog.message.text() and dialog.job is None
    dialog.first.setText(PASSPHRASE)
    dialog.second.setText(PASSPHRASE + "x")
    dialog._on_buttons_accepted()
    assert "differ" in dialog.message.text()
    dialog.second.setText(PASSPHRASE)
    dialog._on_buttons_accepted()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=60_000)
    lead = read_lead_private(tmp_path / "programme-lead.wkprivate", PASSPHRASE)
    assert (tmp_path / "programme-lead.wkkey").exists()
    assert lead.fingerprint in box.message_box.text()
    assert "programme-lead.wkprivate" in box.message_box.text()
    again = box.make_lead_key()  # the same name again: refused, nothing replaced
    again.set_folder(tmp_path)
    again.first.setText(PASSPHRASE)
    again.second.setText(PASSPHRASE)
    again._on_buttons_accepted()
    assert "already exists" in again.message.text() and again.job is None


def test_printing_the_sheet_draws_its_page_and_counts_as_kept(qtbot, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from workshop_kit.ui.keys.sheet import SheetPanel

    panel = SheetPanel("1111-2222-3333-4444-5555-6666", "12345 67890", None)
    qtbot.addWidget(panel)
    out = tmp_path / "printed.pdf"

    def printer():
        chosen = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        chosen.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        chosen.setOutputFileName(str(out))
        return chosen

    panel.ask_printer = lambda: None  # the print dialog cancelled: not kept
    assert not panel.print_sheet() and not panel.kept
    panel.ask_printer = printer
    assert panel.print_sheet()
    assert panel.kept and out.stat().st_size > 10_000  # a page image reached the printer
