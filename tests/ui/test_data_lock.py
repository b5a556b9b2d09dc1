"""The survey data locked and unlocked in the main window, as a facilitator meets it."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from workshop_kit.records import protection
from workshop_kit.records.crypto import ScryptCost
from workshop_kit.records.envelope import open_file
from workshop_kit.records.recovery import workshop_files
from workshop_kit.ui.app import create_main_window
from workshop_kit.ui.keys.gate import DataGate
from workshop_kit.ui.keys.unlock_dialog import UnlockDialog
from workshop_kit.ui.kiosk.window import running_kiosk

FAST = ScryptCost(n=2**10, r=8, p=1)
CODE = "4821-0937-5562"
SITE = "Hillside women's centre"


@pytest.fixture
def sealed(user_data, instrument):
    protected = protection.set_up(CODE, data_dir=user_data, cost=FAST)
    protected.workshop = protected.store.create_workshop(
        curriculum_id="equal-voices",
        session_ids=("gender-and-power",),
        site=SITE,
        day="2026-11-20",
        language="en",
        expected_participants=12,
        instrument_id=instrument.id,
        instrument_version=instrument.version,
    )
    return protected


@pytest.fixture
def window(qtbot, bundled_library, settings, window_state, pins, sealed):
    window = create_main_window(
        bundled_library, settings, window_state, store=sealed.store, pins=pins
    )
    qtbot.addWidget(window)
    window.build_pages()
    window.show()
    yield window
    window.results_page.stop()
    window.print_page.stop_build()


def gate_of(window, page) -> DataGate:
    gate = window.pages.widget(window.row_of(page))
    assert isinstance(gate, DataGate)
    return gate


def answer_unlock_with(monkeypatch, code: str) -> list[UnlockDialog]:
    """Answer the unlock dialog as a user would: type the code, press Unlock, wait."""
    shown: list[UnlockDialog] = []

    def exec_(dialog: UnlockDialog) -> int:
        shown.append(dialog)
        dialog.code.setText(code)
        job = dialog.try_unlock()
        assert job is not None
        job.wait()
        from PySide6.QtWidgets import QApplication

        for _ in range(50):
            QApplication.processEvents()
            if dialog.result() == QDialog.DialogCode.Accepted or not job.running:
                break
        QApplication.processEvents()
        return dialog.result()

    monkeypatch.setattr(UnlockDialog, "exec", exec_)
    return shown


def test_locking_hides_every_workshop_and_figure_until_the_code_is_typed(
    qtbot, window, sealed, monkeypatch
):
    page = window.workshops_page
    window.sidebar.setCurrentRow(window.row_of(page))
    assert page.table.rowCount() == 1 and page.table.text(0, 2) == SITE
    assert window.lock_action.isEnabled() and window.lock_action.shortcut().toString() == "Ctrl+L"
    window.lock_action.trigger()
    assert not sealed.vault.is_unlocked
    gate = gate_of(window, page)
    assert gate.currentWidget() is gate.panel
    assert "locked" in gate.panel.title.text()
    assert page.table.rowCount() == 0  # nothing of the data is left on the page
    assert gate_of(window, window.results_page).currentWidget() is not window.results_page
    assert not window.lock_action.isEnabled()
    # A wrong code opens nothing; the right one shows the workshop again.
    answer_unlock_with(monkeypatch, "1111-2222-3333")
    qtbot.mouseClick(gate.panel.button, Qt.MouseButton.LeftButton)
    assert not sealed.vault.is_unlocked and gate.currentWidget() is gate.panel
    answer_unlock_with(monkeypatch, CODE)
    qtbot.mouseClick(gate.panel.button, Qt.MouseButton.LeftButton)
    assert sealed.vault.is_unlocked and gate.currentWidget() is page
    assert page.table.rowCount() == 1 and page.table.text(0, 2) == SITE


def test_the_unlock_dialog_says_when_a_code_is_wrong_and_takes_the_recovery_sheet(qtbot, sealed):
    sealed.vault.lock()
    dialog = UnlockDialog(sealed.vault)
    qtbot.addWidget(dialog)
    dialog.open()
    assert not dialog.ok_button.isEnabled()  # nothing typed yet
    qtbot.keyClicks(dialog.code, "0000-0000-0001")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.job.running and dialog.busy.isHidden())
    assert "does not open" in dialog.message.text()
    assert dialog.isVisible() and not sealed.vault.is_unlocked
    assert dialog.code.selectedText() == dialog.code.text()  # ready to be typed again
    # The recovery-sheet code, typed with Arabic-Indic digits and spaces, opens it too.
    arabic = sealed.sheet.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")).replace("-", " ")
    dialog.code.setText(arabic)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    assert sealed.vault.is_unlocked and dialog.opened_with == "code"


def test_the_unlock_code_is_never_logged(qtbot, sealed, user_data, caplog):
    caplog.set_level(logging.INFO)
    sealed.vault.lock()
    dialog = UnlockDialog(sealed.vault)
    qtbot.addWidget(dialog)
    dialog.code.setText(CODE)
    dialog.try_unlock()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    digits = CODE.replace("-", "")
    assert "unlocked" in caplog.text
    assert digits not in caplog.text and CODE not in caplog.text
    for path in Path(user_data).rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert digits.encode() not in data and CODE.encode() not in data, path


def test_a_kiosk_locks_the_data_and_still_saves_each_answer(
    qtbot, window, sealed, instrument, monkeypatch, user_data
):
    page = window.workshops_page
    page.table.selectRow(0)
    kiosk = page.start_kiosk("pre")
    assert kiosk is not None and running_kiosk() is kiosk
    assert not sealed.vault.is_unlocked  # a participant at the kiosk can read nothing
    qtbot.mouseClick(kiosk.handover_start, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(kiosk.start_button, Qt.MouseButton.LeftButton)
    for text in ("M", "12", "2", "A", "0"):
        kiosk.code_field.clear()
        qtbot.keyClicks(kiosk.code_field, text)
        qtbot.keyClick(kiosk.code_field, Qt.Key.Key_Return)
    for _item in instrument.items:
        qtbot.mouseClick(kiosk.option_buttons[-1], Qt.MouseButton.LeftButton)
    assert kiosk.flow.screen.kind == "submit"
    qtbot.mouseClick(kiosk.submit_button, Qt.MouseButton.LeftButton)
    assert kiosk.flow.screen.kind == "thanks"
    # Saved while locked: the file holds it, sealed; no item id or site in the clear.
    files = [p for p in Path(user_data).rglob("*") if p.is_file()]
    for path in files:
        data = path.read_bytes()
        assert SITE.encode() not in data, path
        for item in instrument.items:
            assert item.id.encode() not in data, (path, item.id)
    kiosk._exit_allowed = True
    kiosk.close()
    answer_unlock_with(monkeypatch, CODE)
    assert window.data_lock.ensure_unlocked(window)
    (response,) = sealed.store.responses(sealed.workshop.id)
    # Saved while locked, so its summary is stale: read again on a worker, then listed.
    qtbot.waitUntil(lambda: page.table.rowCount() == 1)
    assert page.table.text(0, 5) == "1"
    # The unlock folds the kiosk's save on a worker: the file holds no record left apart.
    start = window.data_start  # (after the start-up check, which may still be running)
    qtbot.waitUntil(lambda: start.fold_job is not None and not start.fold_job.running)
    workshop_file = sealed.store.folder / f"{sealed.workshop.id}.json"
    document = open_file(sealed.vault.keyring.storage_key, sealed.workshop.id,
                         workshop_file.read_bytes())  # fmt: skip
    assert document["records"] == {} and document["folded"]["ids"] == [response.id]
    assert sealed.store.responses(sealed.workshop.id) == [response]
    # What an attacker copying the folder wants: the workshop secret and the code hashes.
    plain = json.loads(sealed.store.read_raw(sealed.workshop.id))
    wanted = [plain["_meta"]["1"]["secret"], *(h for h in response.match_hashes if h)]
    assert len(wanted) >= 5
    sealed.store.close_workshop(sealed.workshop.id)
    for path in (p for p in Path(user_data).rglob("*") if p.is_file()):
        data = path.read_bytes()
        for secret in wanted:
            assert secret.encode() not in data, path
            assert bytes.fromhex(secret) not in data, path


def test_the_data_lock_by_themselves_when_nobody_uses_the_laptop(qtbot, window, sealed):
    results = window.results_page
    window.sidebar.setCurrentRow(window.row_of(results))
    qtbot.waitUntil(lambda: results.results is not None and not results.job.running)
    assert results.cards
    window.data_lock.idle.setInterval(50)
    window.data_lock.idle.start()
    qtbot.waitUntil(lambda: not sealed.vault.is_unlocked, timeout=3000)
    assert results.results is None and results.cards == [] and results.status.text() == ""
    assert gate_of(window, results).currentWidget() is not results


def test_input_keeps_the_data_open(qtbot, window, sealed):
    window.data_lock.idle.setInterval(400)
    window.data_lock.idle.start()
    for _ in range(6):
        qtbot.wait(150)
        qtbot.keyClick(window.sidebar, Qt.Key.Key_Down)  # someone is working
        qtbot.keyClick(window.sidebar, Qt.Key.Key_Up)
    assert sealed.vault.is_unlocked


def test_without_keys_the_data_pages_ask_for_the_setup_and_save_nothing(
    qtbot, bundled_library, settings, window_state, pins, user_data, monkeypatch
):
    asked = []
    window = create_main_window(bundled_library, settings, window_state, pins=pins)
    qtbot.addWidget(window)
    monkeypatch.setattr(window, "run_key_setup", lambda: asked.append(True))
    window.show()
    window.build_pages()
    window.sidebar.setCurrentRow(window.row_of(window.workshops_page))
    gate = gate_of(window, window.workshops_page)
    assert window.data_lock.needs_setup and gate.currentWidget() is gate.panel
    assert "Set up" in gate.panel.button.text()
    assert gate_of(window, window.results_page).currentWidget() is not window.results_page
    assert window.store.folder is None  # the pages' store keeps nothing on disk
    # The panel's button reaches the setup (bound when the gate was made).
    gate._on_setup = window.run_key_setup
    qtbot.mouseClick(gate.panel.button, Qt.MouseButton.LeftButton)
    assert asked == [True]
    assert workshop_files(user_data / "workshops") == []


def test_a_folder_made_before_encryption_is_sealed_when_the_app_starts(
    qtbot, bundled_library, settings, window_state, pins, user_data, instrument, monkeypatch
):
    from workshop_kit.records.store import WorkshopStore

    plain = WorkshopStore(user_data / "workshops")  # today's release: plaintext files
    workshop = plain.create_workshop(
        curriculum_id="equal-voices",
        session_ids=("gender-and-power",),
        site=SITE,
        day="2026-11-20",
        language="en",
        expected_participants=12,
        instrument_id=instrument.id,
        instrument_version=instrument.version,
    )
    plain.flush_listing()  # as that release does when it closes: no index written later
    with monkeypatch.context() as patch:  # keys made, sealing left to the next start
        patch.setattr(protection, "needs_migration", lambda folder: False)
        made = protection.set_up(CODE, data_dir=user_data, cost=FAST)
    made.vault.lock()
    assert protection.has_plain_data(user_data)  # the set-up above was told to skip it
    window = create_main_window(bundled_library, settings, window_state, pins=pins)
    qtbot.addWidget(window)
    window.build_pages()
    qtbot.waitUntil(lambda: window.data_start.check_done)  # sealed on a worker, then checked
    assert window.migration is not None and window.migration.workshops == 1
    assert not protection.has_plain_data(user_data)
    for path in (user_data / "workshops").rglob("*"):
        if path.is_file():
            assert SITE.encode() not in path.read_bytes(), path
    answer_unlock_with(monkeypatch, CODE)
    assert window.data_lock.ensure_unlocked(window)
    # No listing index yet (the files were just sealed): listed once read on a worker.
    qtbot.waitUntil(lambda: [w.id for w in window.store.list_workshops()] == [workshop.id])


def test_the_programme_lead_opens_the_data_with_their_key_file(qtbot, tmp_path, user_data):
    from workshop_kit.records.vault import write_lead_key

    passphrase = "a long passphrase the lead keeps"
    lead, _public, private = write_lead_key(tmp_path, "north-region", passphrase, cost=FAST)
    protected = protection.set_up(CODE, lead=lead, data_dir=user_data, cost=FAST)
    assert protected.sheet is None  # the lead's key is the way back: no sheet to print
    protected.vault.lock()
    dialog = UnlockDialog(protected.vault)
    qtbot.addWidget(dialog)
    assert not dialog.lead_button.isHidden()
    dialog.unlock_with_lead(private, "not the passphrase")
    qtbot.waitUntil(lambda: not dialog.job.running and dialog.busy.isHidden())
    assert dialog.message.text() == "That passphrase does not open this key file."
    assert not protected.vault.is_unlocked
    dialog.unlock_with_lead(private, passphrase)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    assert protected.vault.is_unlocked and dialog.opened_with == "lead"


def test_locking_takes_the_workshop_off_the_print_page(qtbot, window, sealed):
    page = window.print_page
    page.preset_workshop(sealed.workshop.id)
    assert page.workshop.currentData() == sealed.workshop.id
    assert any(SITE in page.workshop.itemText(i) for i in range(page.workshop.count()))
    window.lock_data()
    assert page.workshop.currentData() is None
    assert not any(SITE in page.workshop.itemText(i) for i in range(page.workshop.count()))
    page.stop_build()
