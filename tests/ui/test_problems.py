"""Recovery notes and storage errors are worded by the interface, in its language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from workshop_kit.records.recovery import NOTE_NO_BACKUP, NOTE_RESTORED, RecoveryNote
from workshop_kit.records.storage import DamagedFileError, NewerSchemaError
from workshop_kit.records.store import WorkshopNotFoundError
from workshop_kit.ui.problems import error_text, note_text


class Marking(QTranslator):
    """Translates every "Problems" message to a marked copy, as an Arabic .qm would."""

    def translate(self, context, source, disambiguation=None, n=-1):
        if context != "Problems":
            return None
        text = source.replace("%n", str(n)) if n >= 0 else source
        return "‹AR› " + text


@pytest.fixture
def marked(qapp):
    translator = Marking()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def _note(code: str, **data) -> RecoveryNote:
    base = Path("/data/workshops")
    return RecoveryNote(
        file=base / "abc.json",
        quarantined_to=base / "quarantine" / "abc.json",
        restored_from=None,
        message="English message for the command line",
        code=code,
        data=data,
    )


RESTORED = {
    "file": "abc.json",
    "site": "East Amman centre",
    "day": "2024-05-01",
    "detail": "abc.json: not valid JSON",
    "quarantined_to": "/data/workshops/quarantine/abc.json",
    "backup": "abc.json.1",
    "responses": 7,
}


def test_a_restored_note_is_worded_by_the_interface_with_its_data(qapp, marked):
    text = note_text(_note(NOTE_RESTORED, **RESTORED))
    assert text.startswith("‹AR› ")
    assert "English message" not in text
    for value in ("East Amman centre", "abc.json.1", "7 response", "/data/workshops/quarantine"):
        assert value in text
    assert text.endswith("abc.json: not valid JSON")  # the technical detail, last


def test_a_no_backup_note_is_worded_by_the_interface(qapp, marked):
    text = note_text(
        _note(NOTE_NO_BACKUP, file="abc.json", detail="", quarantined_to="/q/abc.json")
    )
    assert text.startswith("‹AR› ") and "abc.json" in text and "/q/abc.json" in text
    assert "Details" not in text  # no detail, no empty detail line


def test_untranslated_notes_read_in_english(qapp):
    text = note_text(_note(NOTE_RESTORED, **RESTORED))
    assert "was damaged" in text and "newest good backup (abc.json.1, 7 response" in text


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (WorkshopNotFoundError("no workshop 'x'"), "Workshops page"),
        (NewerSchemaError("file schema 9"), "newer version of Workshop Kit"),
        (DamagedFileError("w.json: not valid JSON"), "w.json: not valid JSON"),
    ],
)
def test_storage_errors_are_worded_by_the_interface(qapp, marked, error, words):
    text = error_text(error)
    assert text.startswith("‹AR› ") and words in text
    assert "no workshop 'x'" not in text and "file schema 9" not in text


def test_an_error_without_a_code_keeps_its_message(qapp, marked):
    assert error_text(OSError("disk full")) == "disk full"


def test_the_recovery_dialog_shows_the_worded_notes(qtbot, bundled_library, settings, marked):
    from workshop_kit.ui.app import create_main_window

    window = create_main_window(bundled_library, settings)
    qtbot.addWidget(window)
    window.recovery_notes = [_note(NOTE_RESTORED, **RESTORED)]
    window._show_recovery_notes()
    from PySide6.QtWidgets import QMessageBox

    (box,) = window.findChildren(QMessageBox)
    assert box.informativeText().startswith("‹AR› ")
    assert "English message" not in box.informativeText()
    box.close()


def test_a_job_reports_a_coded_error_in_words_and_passes_others_on(qapp, marked):
    from workshop_kit.ui.problems import worded

    def newer(progress, cancelled):
        raise NewerSchemaError("file schema 9")

    with pytest.raises(ValueError) as caught:
        worded(newer)(None, None)
    assert str(caught.value).startswith("‹AR› ") and "newer version" in str(caught.value)

    def plain(progress, cancelled):
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        worded(plain)(None, None)
    assert worded(lambda progress, cancelled: 42)(None, None) == 42


def test_the_print_page_words_a_workshop_from_a_newer_version(
    qtbot, bundled_library, settings, memory_store, monkeypatch
):
    from workshop_kit.ui.printing.page import PrintPage

    page = PrintPage(bundled_library, memory_store, settings)
    qtbot.addWidget(page)

    def refuse(*args, **kwargs):
        raise NewerSchemaError("file schema 9")

    monkeypatch.setattr("workshop_kit.pdf.requests.documents_for", refuse)
    job = page.rebuild()
    assert job is not None
    qtbot.waitUntil(lambda: not job.running, timeout=10_000)
    qtbot.waitUntil(lambda: "newer version of Workshop Kit" in page.status.text(), timeout=5_000)
    assert "file schema 9" not in page.status.text()
    page.stop_build()


def test_refused_workshop_fields_are_worded_by_the_interface(qapp, marked):
    from workshop_kit.records.model import Workshop

    fields = {
        "id": "0" * 32,
        "curriculum_id": "equal-voices",
        "session_ids": ("s1",),
        "site": "East Amman centre",
        "day": "2024-05-01",
        "language": "ar",
        "expected_participants": 12,
    }
    for changes, words in (
        ({"facilitator_initials": "R.A"}, "4"),
        ({"site": "x" * 81}, "80"),
        ({"site": "bad\x07site"}, "letters"),
    ):
        with pytest.raises(ValueError) as caught:
            Workshop(**{**fields, **changes})
        text = error_text(caught.value)
        assert text.startswith("‹AR› ") and words in text
        assert str(caught.value) not in text
