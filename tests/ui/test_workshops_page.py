"""The Workshops page: create, edit, close and delete workshops, start the kiosk."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from workshop_kit.records.pin import PinStore
from workshop_kit.ui.kiosk.pin_dialog import SetPinDialog
from workshop_kit.ui.workshops.dialog import WorkshopDialog
from workshop_kit.ui.workshops.page import WorkshopsPage


@pytest.fixture
def page(qtbot, memory_store, bundled_library, pins, settings):
    widget = WorkshopsPage(memory_store, bundled_library, pins, settings)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def accept_dialog_with(monkeypatch, **fields):
    def fake_exec(dialog):
        for name, value in fields.items():
            getattr(dialog, name).setText(value)
        dialog._on_buttons_accepted()
        return dialog.result()

    monkeypatch.setattr(WorkshopDialog, "exec", fake_exec)


def test_new_workshop_from_the_dialog(qtbot, page, memory_store, monkeypatch):
    accept_dialog_with(monkeypatch, site="Lahore youth centre", initials="RA")
    workshop = page.new_workshop()
    assert workshop is not None
    assert memory_store.list_workshops() == [workshop]
    assert workshop.instrument_id == "gbv-attitudes"  # from the curriculum's sessions
    assert len(workshop.session_ids) == 5 and workshop.facilitator_initials == "RA"
    assert page.table.rowCount() == 1 and page.table.text(0, 2) == "Lahore youth centre"
    assert page.before_button.isEnabled() and page.paper_button.isEnabled()


def test_dialog_refuses_an_empty_site(qtbot, bundled_library):
    dialog = WorkshopDialog(bundled_library, "en")
    qtbot.addWidget(dialog)
    dialog._on_buttons_accepted()
    assert dialog.result() != WorkshopDialog.DialogCode.Accepted
    assert "site" in dialog.error.text()


def test_edit_keeps_the_id_and_saves_changes(qtbot, page, workshop, memory_store, monkeypatch):
    page.refresh()
    accept_dialog_with(monkeypatch, site="Cairo women's group")
    page.edit_workshop()
    (edited,) = memory_store.list_workshops()
    assert edited.id == workshop.id and edited.site == "Cairo women's group"


def test_delete_asks_first(qtbot, page, workshop, memory_store, monkeypatch, type_pin):
    page.refresh()
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    reasons = type_pin("2468")
    page.delete_workshop()
    assert memory_store.list_workshops() == [workshop] and reasons == []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.delete_workshop()
    assert reasons == ["Enter the facilitator PIN to delete the workshop at Test centre."]
    assert memory_store.list_workshops() == []
    assert page.table.rowCount() == 0 and not page.delete_button.isEnabled()


def test_close_makes_matching_final(
    qtbot, page, workshop, memory_store, instrument, monkeypatch, type_pin
):
    type_pin("2468")
    answers = {instrument.items[0].id: 1}
    for phase in ("pre", "post"):
        memory_store.add_response(
            workshop.id,
            phase=phase,
            instrument_id=instrument.id,
            instrument_version=instrument.version,
            answers=answers,
            entry_mode="paper",
            code_answers={
                "mother_initial": "S",
                "birth_day": "4",
                "older_siblings": "1",
                "birthplace_initial": "Z",
                "younger_siblings": "2",
            },
        )
    page.refresh()
    assert "<b>1</b> pairs" in page.summary.text()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    page.close_workshop()
    assert memory_store.get_workshop(workshop.id).is_open
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    page.close_workshop()
    assert not memory_store.get_workshop(workshop.id).is_open
    assert shown == ["1 before/after pairs kept. The match codes were deleted."]
    assert "match codes have been deleted" in page.summary.text()
    assert not page.before_button.isEnabled() and not page.close_button.isEnabled()
    assert {r.pair for r in memory_store.responses(workshop.id)} == {1}


def test_first_kiosk_start_asks_to_choose_a_pin(
    qtbot, memory_store, bundled_library, settings, workshop, user_data, monkeypatch
):
    pins = PinStore(user_data / "new-pin.json")
    page = WorkshopsPage(memory_store, bundled_library, pins, settings)
    qtbot.addWidget(page)
    page.refresh()
    monkeypatch.setattr(SetPinDialog, "exec", lambda self: 0)  # cancelled
    assert page.start_kiosk("pre") is None

    codes = []

    def choose(dialog):
        dialog.first.setText("135790")
        dialog.second.setText("135790")
        dialog._on_buttons_accepted()
        codes.append(dialog.code_label.text())  # shown once, before the kiosk covers all
        dialog.done_button.click()
        return dialog.result()

    monkeypatch.setattr(SetPinDialog, "exec", choose)
    kiosk = page.start_kiosk("pre")
    assert kiosk is not None and kiosk.isVisible() and pins.is_set()
    assert pins.verify("135790").ok
    assert len(codes[0]) == 14 and pins.has_recovery_code()
    kiosk._exit_allowed = True
    kiosk.close()


def test_pin_must_be_typed_twice_the_same(qtbot, user_data):
    dialog = SetPinDialog(PinStore(user_data / "p.json"))
    qtbot.addWidget(dialog)
    dialog.first.setText("135790")
    dialog.second.setText("135791")
    dialog._on_buttons_accepted()
    assert "not the same" in dialog.message.text() and not dialog.pins.is_set()
    dialog.first.setText("2468")
    dialog.second.setText("2468")
    dialog._on_buttons_accepted()
    assert "6 to 8 digits" in dialog.message.text()
    dialog.first.setText("123456")
    dialog.second.setText("123456")
    dialog._on_buttons_accepted()
    assert "run of digits" in dialog.message.text() and not dialog.pins.is_set()


def test_an_instrument_version_change_is_refused(qtbot, page, memory_store, workshop, monkeypatch):
    from dataclasses import replace

    memory_store.update_workshop(
        replace(workshop, instrument_version=workshop.instrument_version + 1)
    )
    page.refresh()
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[1]))
    assert page.start_kiosk("pre") is None
    assert warned == ["Survey changed"]


def test_a_store_that_refuses_a_change_is_reported_not_raised(
    qtbot, page, workshop, memory_store, monkeypatch, type_pin
):
    from workshop_kit.records.storage import NewerSchemaError

    type_pin("2468")
    page.refresh()
    shown = []

    def warning(parent, title, text, *buttons):
        shown.append(text)
        return QMessageBox.StandardButton.Yes

    def refuse(*args, **kwargs):
        raise NewerSchemaError("file schema 9")

    monkeypatch.setattr(QMessageBox, "warning", warning)
    monkeypatch.setattr(memory_store, "delete_workshop", refuse)
    page.delete_workshop()
    assert memory_store.list_workshops() == [workshop]
    assert "newer version of Workshop Kit" in shown[-1] and "file schema 9" not in shown[-1]

    monkeypatch.setattr(memory_store, "update_workshop", lambda *a: refuse())
    accept_dialog_with(monkeypatch, site="Cairo women's group")
    page.edit_workshop()
    assert "newer version of Workshop Kit" in shown[-1]
    assert memory_store.get_workshop(workshop.id).site == workshop.site
