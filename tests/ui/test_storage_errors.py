"""Storage failures in the user's words: every disk error code has its own sentence that
names the place and says nothing saved was lost; the start-up check's problems are shown."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from workshop_kit.records.errors import (
    BACKUPS_NOT_A_FOLDER,
    DISK_ERROR,
    DISK_FULL,
    READ_ONLY,
    DamagedFileError,
    DiskError,
    disk_error,
)
from workshop_kit.records.store import WorkshopStore
from workshop_kit.ui.app import create_main_window
from workshop_kit.ui.storage_errors import storage_error_text


@pytest.mark.parametrize("code", [DISK_FULL, READ_ONLY, BACKUPS_NOT_A_FOLDER, DISK_ERROR])
def test_every_disk_error_code_has_its_own_sentence_naming_the_place(code):
    place = Path("/media/usb/workshops")
    text = storage_error_text(DiskError(code, place))
    assert text and str(place) in text and "unchanged" in text
    others = {c for c in (DISK_FULL, READ_ONLY, BACKUPS_NOT_A_FOLDER, DISK_ERROR) if c != code}
    assert all(text != storage_error_text(DiskError(c, place)) for c in others)


def test_os_errors_map_to_codes():
    assert disk_error(OSError(errno.ENOSPC, "full"), Path("x")).code == DISK_FULL
    assert disk_error(PermissionError(errno.EACCES, "no"), Path("x")).code == READ_ONLY
    assert disk_error(OSError(errno.EROFS, "ro"), Path("x")).code == READ_ONLY
    assert disk_error(OSError(errno.EIO, "io"), Path("x")).code == DISK_ERROR


def test_other_errors_are_left_to_the_caller():
    assert storage_error_text(ValueError("no")) is None
    assert storage_error_text(DamagedFileError("x.json: not valid JSON")) is None


def test_the_window_says_at_start_when_workshop_data_cannot_be_saved(
    qtbot, bundled_library, settings, window_state, user_data, monkeypatch
):
    store = WorkshopStore()
    store.folder.mkdir(parents=True)
    (store.folder / "backups").write_text("in the way", encoding="utf-8")
    shown = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: shown.append(box))
    window = create_main_window(bundled_library, settings, window_state)
    qtbot.addWidget(window)
    window.build_pages()
    qtbot.waitUntil(lambda: bool(shown))
    (box,) = shown
    assert "backups" in box.informativeText()
    assert [p.code for p in window.storage_problems] == [BACKUPS_NOT_A_FOLDER]


def test_paper_entry_on_a_full_disk_keeps_the_form_and_says_why(qtbot, instrument, monkeypatch):
    from workshop_kit.ui.paper.window import PaperEntryWindow
    from workshop_kit.ui.workshops.page import CODE_ELEMENTS

    def save(answers, code):
        raise DiskError(DISK_FULL, Path("/data/workshops"))

    window = PaperEntryWindow(
        instrument, title="Paper", language="en", code_elements=CODE_ELEMENTS, save=save
    )
    qtbot.addWidget(window)
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: said.append(args[2]))
    field = window.fields["item:" + instrument.items[0].id]
    field.setText("1")
    window._store({row.key: window.fields[row.key].text() for row in window.rows})
    assert said and "is full" in said[0] and "/data/workshops" in said[0]
    assert field.text() == "1" and window.saved_count == 0
