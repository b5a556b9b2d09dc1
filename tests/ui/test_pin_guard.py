"""Every PIN-guarded action refuses without the PIN and goes ahead with it; a damaged or
missing PIN file refuses everything but the recovery code."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QMessageBox

from workshop_kit.exports.run import ExportRequest
from workshop_kit.records.pin import PinStore
from workshop_kit.settings import Settings
from workshop_kit.site import SiteInfo, load_site, save_site
from workshop_kit.ui.firstrun.wizard import FirstRunWizard
from workshop_kit.ui.kiosk.pin_dialog import PinDialog, SetPinDialog, check_text
from workshop_kit.ui.pin_change import ChangePinDialog, RecoveryDialog
from workshop_kit.ui.pin_guard import ensure_pin, require_pin
from workshop_kit.ui.results.page import ResultsPage
from workshop_kit.ui.settings.page import SettingsPage
from workshop_kit.ui.workshops.page import WorkshopsPage

YES = QMessageBox.StandardButton.Yes


@pytest.fixture
def workshops(qtbot, memory_store, bundled_library, pins, settings, workshop, monkeypatch):
    page = WorkshopsPage(memory_store, bundled_library, pins, settings)
    qtbot.addWidget(page)
    page.refresh()
    for name in ("warning", "question"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **k: YES)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    return page


@pytest.fixture
def results(qtbot, memory_store, bundled_library, pins, settings):
    page = ResultsPage(memory_store, bundled_library, pins, settings)
    qtbot.addWidget(page)
    yield page
    page.stop()


# ----------------------------------------------------------------------- workshops
@pytest.mark.parametrize("typed", [None, "1111"])
def test_deleting_a_workshop_needs_the_pin(workshops, memory_store, workshop, type_pin, typed):
    type_pin(typed)  # cancelled, or wrong
    workshops.delete_workshop()
    assert memory_store.list_workshops() == [workshop]
    type_pin("2468")
    workshops.delete_workshop()
    assert memory_store.list_workshops() == []


def test_closing_a_workshop_needs_the_pin(workshops, memory_store, workshop, type_pin):
    reasons = type_pin(None)
    workshops.close_workshop()
    assert memory_store.get_workshop(workshop.id).is_open
    assert reasons == ["Enter the facilitator PIN to close the workshop at Test centre."]
    type_pin("2468")
    workshops.close_workshop()
    assert not memory_store.get_workshop(workshop.id).is_open


def test_a_damaged_pin_file_stops_deleting_and_the_kiosk(
    workshops, memory_store, workshop, pins, type_pin, monkeypatch
):
    pins.path.write_text("{damaged", encoding="utf-8")
    type_pin("2468")  # the right PIN no longer helps
    workshops.delete_workshop()
    assert memory_store.list_workshops() == [workshop]
    warned = []
    monkeypatch.setattr(
        QMessageBox,
        "warning",
        lambda *a, **k: warned.append(a[1]) or QMessageBox.StandardButton.Cancel,
    )
    assert workshops.start_kiosk("pre") is None
    assert warned == ["PIN file damaged or missing"]
    with pytest.raises(Exception, match="damaged"):
        pins.set_pin("13572468")  # and no fresh PIN is chosen silently


def test_the_recovery_code_gets_past_a_missing_pin_file(
    qtbot, memory_store, bundled_library, settings, workshop, user_data, monkeypatch
):
    pins = PinStore(user_data / "pin.json")
    code = pins.set_pin("246813")
    pins.path.unlink()
    page = WorkshopsPage(memory_store, bundled_library, pins, settings)
    qtbot.addWidget(page)
    page.refresh()
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: YES)
    shown = []

    def recover(dialog):
        dialog.code.setText(code.lower())
        dialog.first.setText("13572468")
        dialog.second.setText("13572468")
        dialog._on_buttons_accepted()
        shown.append(dialog.code_label.text())
        dialog.done_button.click()
        return dialog.result()

    def pin_dialog(dialog):
        assert "damaged or missing" in dialog.message.text()
        dialog.field.setText("246813")
        dialog._on_buttons_accepted()
        assert dialog.result() != PinDialog.DialogCode.Accepted
        dialog.recover_button.click()
        return dialog.result()

    monkeypatch.setattr(RecoveryDialog, "exec", recover)
    monkeypatch.setattr(PinDialog, "exec", pin_dialog)
    page.delete_workshop()
    assert memory_store.list_workshops() == []
    assert pins.verify("13572468").ok and shown[0] != code


# ----------------------------------------------------------------------- results
def test_raw_export_needs_the_pin(results, tmp_path, monkeypatch, type_pin):
    monkeypatch.setattr(
        results, "ask_export", lambda: ExportRequest(format="csv", path=tmp_path / "r.csv")
    )
    reasons = type_pin("1111")
    assert results.export() is None
    assert "individual-level data" in reasons[0]
    type_pin("2468")
    assert results.confirm_raw()


def test_importing_a_bundle_needs_the_pin(qtbot, results, tmp_path, monkeypatch, type_pin):
    bundle = tmp_path / "other.wkbundle"
    bundle.write_bytes(b"not a bundle")
    monkeypatch.setattr(results, "ask_bundle", lambda: bundle)
    reasons = type_pin(None)
    assert results.import_bundle() is None
    assert "Importing other.wkbundle" in reasons[0]
    type_pin("2468")
    job = results.import_bundle()
    assert job is not None
    qtbot.waitUntil(lambda: not job.running, timeout=10_000)


def test_the_first_guarded_action_asks_to_choose_a_pin(qtbot, user_data, monkeypatch):
    pins = PinStore(user_data / "new.json")
    monkeypatch.setattr(SetPinDialog, "exec", lambda self: 0)
    assert not require_pin(None, pins, "Export?")
    assert require_pin(None, pins, "Handouts?", when_unset="allow")
    assert not ensure_pin(None, pins)


# ----------------------------------------------------------------------- settings
@pytest.fixture
def settings_page(qtbot, settings, pins):
    page = SettingsPage(settings, pins=pins)
    qtbot.addWidget(page)
    return page


def test_what_handouts_print_is_saved_only_with_the_pin(settings_page, type_pin):
    settings_page.centre_name.setText("Changed by someone")
    reasons = type_pin(None)
    settings_page.save()
    assert load_site().centre_name == "" and "PIN is needed" in settings_page.status.text()
    assert "every handout prints" in reasons[0]
    type_pin("2468")
    settings_page.save()
    assert load_site().centre_name == "Changed by someone"


def test_a_chosen_logo_prints_only_after_saving_with_the_pin(
    settings_page, user_data, tmp_path, type_pin
):
    save_site(SiteInfo("Centre", None, ()))
    settings_page.site = load_site()
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("navy"))
    image.save(str(tmp_path / "new.png"))
    settings_page.set_logo(tmp_path / "new.png")
    assert not (user_data / "logo.png").exists()  # nothing that prints has changed
    type_pin(None)
    settings_page.save()
    assert load_site().logo is None
    type_pin("2468")
    settings_page.save()
    assert load_site().logo == user_data / "logo.png" and (user_data / "logo.png").is_file()


def test_lowering_k_needs_the_pin_raising_it_does_not(settings_page, type_pin):
    k = settings_page.editors["disclosure_k"]
    reasons = type_pin(None)
    k.setCurrentIndex(k.findData(8))
    settings_page.save()
    assert Settings().get("disclosure_k") == 8 and reasons == []
    k.setCurrentIndex(k.findData(3))
    settings_page.save()
    assert Settings().get("disclosure_k") == 8 and len(reasons) == 1
    type_pin("2468")
    settings_page.save()
    assert Settings().get("disclosure_k") == 3


def test_other_preferences_need_no_pin(settings_page, type_pin):
    reasons = type_pin(None)
    settings_page.editors["timer_warning_seconds"].setValue(90)
    settings_page.save()
    assert Settings().get("timer_warning_seconds") == 90 and reasons == []


def test_changing_the_pin_needs_the_old_one(qtbot, pins):
    dialog = ChangePinDialog(pins)
    qtbot.addWidget(dialog)
    dialog.current.setText("1111")
    dialog.first.setText("13572468")
    dialog.second.setText("13572468")
    dialog._on_buttons_accepted()
    assert "Wrong PIN" in dialog.message.text() and pins.verify("2468").ok
    dialog.current.setText("2468")
    dialog.first.setText("121212")
    dialog.second.setText("121212")
    dialog._on_buttons_accepted()
    assert "repeats" in dialog.message.text()
    dialog.current.setText("2468")
    dialog.first.setText("13572468")
    dialog.second.setText("13572468")
    dialog._on_buttons_accepted()
    assert dialog.result() == ChangePinDialog.DialogCode.Accepted
    assert pins.verify("13572468").ok and pins.verify("2468").status == "wrong"


def test_an_old_pin_gets_a_recovery_code_on_the_settings_page(settings_page, pins, monkeypatch):
    box = settings_page.pin_box
    assert "no recovery code" in box.state.text()
    monkeypatch.setattr(box, "ask_pin", lambda: "1111")
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)
    assert box.new_recovery_code() is None and not pins.has_recovery_code()
    monkeypatch.setattr(box, "ask_pin", lambda: "2468")
    assert box.new_recovery_code() and pins.has_recovery_code()
    assert box.state.text() == "A PIN is set."


# ----------------------------------------------------------------------- first-time setup
@pytest.fixture
def wizard(qtbot, settings, pins, window_state):
    wizard = FirstRunWizard(settings, pins, window_state)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_setup_again_cannot_change_the_centre_without_the_pin(wizard, type_pin):
    wizard.next()
    wizard.centre_page.name.setText("Renamed")
    type_pin(None)
    wizard.next()
    assert wizard.currentPage() is wizard.centre_page and load_site().centre_name == ""
    assert "PIN is needed" in wizard.centre_page.error.text()
    reasons = type_pin("2468")
    wizard.next()
    assert wizard.currentPage() is wizard.pin_page and load_site().centre_name == "Renamed"
    wizard.back()
    wizard.centre_page.name.setText("Renamed again")
    wizard.next()  # the PIN was given once in this run: not asked again
    assert load_site().centre_name == "Renamed again"
    assert len(reasons) == 2  # the cancelled dialog and the one answered


def test_setup_again_changes_the_pin_only_with_the_current_one(wizard, pins):
    wizard.next()
    wizard.next()
    page = wizard.pin_page
    assert page.current.isVisibleTo(wizard)
    page.current.setText("1111")
    page.first.setText("13572468")
    page.second.setText("13572468")
    wizard.next()
    assert wizard.currentPage() is page and "Wrong PIN" in page.message.text()
    assert pins.verify("2468").ok
    page.current.setText("2468")
    page.first.setText("13572468")
    page.second.setText("13572468")
    wizard.next()
    assert wizard.currentPage() is wizard.contacts_page
    assert pins.verify("13572468").ok


def test_setup_again_cannot_set_a_pin_over_a_damaged_file(wizard, pins):
    pins.path.unlink()
    wizard.next()
    wizard.next()
    page = wizard.pin_page
    page.first.setText("13572468")
    page.second.setText("13572468")
    wizard.next()
    assert wizard.currentPage() is page and "damaged or missing" in page.message.text()
    assert pins.status() == "damaged"


# ----------------------------------------------------------------------- messages
def test_long_locks_are_told_in_minutes():
    from workshop_kit.records.pin import PinCheck

    assert check_text(PinCheck("locked", seconds_left=60)).endswith("60 seconds.")
    assert check_text(PinCheck("locked", seconds_left=900)).endswith("15 minutes.")
    assert "4 tries left" in check_text(PinCheck("wrong", tries_left=4))


def test_the_pin_dialog_says_when_it_is_locked_before_a_try(qtbot, pins):
    for _ in range(5):
        pins.verify("1111")
    dialog = PinDialog(pins, "Leave?")
    qtbot.addWidget(dialog)
    assert "Try again in 60 seconds" in dialog.message.text()


def test_the_new_pin_dialogs_name_every_control(qtbot, pins):
    from tests.ui.test_accessibility import unnamed

    for dialog in (ChangePinDialog(pins), RecoveryDialog(pins)):
        qtbot.addWidget(dialog)
        dialog.show()
        assert unnamed(dialog) == [], type(dialog).__name__
