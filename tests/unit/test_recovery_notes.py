"""Recovery notes and storage errors carry a code and data, so the interface can word them
in its own language; the English message stays for the command line."""

from __future__ import annotations

from pathlib import Path
from types import MappingProxyType

import pytest

from workshop_kit.records.problems import (
    DAMAGED_FILE,
    NEWER_SCHEMA,
    WORKSHOP_NOT_FOUND,
    Problem,
    problem_of,
)
from workshop_kit.records.recovery import NOTE_NO_BACKUP, NOTE_RESTORED, RecoveryNote
from workshop_kit.records.storage import DamagedFileError, NewerSchemaError, backup_paths
from workshop_kit.records.store import WorkshopNotFoundError, WorkshopStore

pytestmark = pytest.mark.usefixtures("every_save_rewrites")  # the full-rewrite path (folds)

DETAILS = {
    "curriculum_id": "equal-voices",
    "session_ids": ["gender-and-power"],
    "site": "East Amman centre",
    "day": "2024-05-01",
    "language": "ar",
    "expected_participants": 12,
}


def _filled(responses: int) -> tuple[WorkshopStore, Path]:
    store = WorkshopStore()
    workshop = store.create_workshop(**DETAILS)
    for _ in range(responses):
        store.add_response(
            workshop.id,
            phase="pre",
            instrument_id="gbv-attitudes",
            instrument_version=1,
            answers={"hit-wife": 1},
            entry_mode="kiosk",
            code_answers={"mother_initial": "m", "birth_day": "3"},
            day="2024-05-01",
        )
    return store, store.folder / f"{workshop.id}.json"


def test_a_restored_file_gives_a_note_with_its_code_and_data(user_data):
    store, path = _filled(3)
    path.write_bytes(path.read_bytes()[:40])
    (note,) = WorkshopStore(store.folder).check()
    assert note.code == NOTE_RESTORED
    assert note.data["site"] == "East Amman centre" and note.data["day"] == "2024-05-01"
    assert note.data["file"] == path.name
    assert note.data["backup"] == backup_paths(path)[0].name
    assert note.data["responses"] == 2  # the backup before the last save
    assert note.data["quarantined_to"] == str(note.quarantined_to)
    assert "JSON" in str(note.data["detail"]) and str(path) not in str(note.data["detail"])


def test_a_file_with_no_good_backup_gives_a_no_backup_note(user_data):
    store, path = _filled(0)
    path.write_text("not json", encoding="utf-8")
    for backup in backup_paths(path):
        backup.unlink(missing_ok=True)
    (note,) = store.check()
    assert note.code == NOTE_NO_BACKUP and note.restored_from is None
    assert note.data["file"] == path.name
    assert note.data["quarantined_to"] == str(note.quarantined_to)


def test_a_note_refuses_an_unknown_code_or_missing_data(tmp_path):
    common = {"file": tmp_path, "quarantined_to": tmp_path, "restored_from": None, "message": ""}
    with pytest.raises(ValueError, match="unknown recovery note code"):
        RecoveryNote(**common, code="lost", data={})
    with pytest.raises(ValueError, match="lacks"):
        RecoveryNote(**common, code=NOTE_NO_BACKUP, data={"file": "x.json"})


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (WorkshopNotFoundError("no workshop 'x'"), WORKSHOP_NOT_FOUND),
        (NewerSchemaError("written by a newer version"), NEWER_SCHEMA),
        (DamagedFileError("w.json: not valid JSON"), DAMAGED_FILE),
    ],
)
def test_storage_errors_shown_to_people_have_codes(error, code):
    problem = problem_of(error)
    assert problem == Problem(code, {"detail": str(error)})


def test_an_error_may_bring_its_own_code_and_an_unknown_one_has_none():
    class Coded(ValueError):
        code = "pin_locked"
        data = MappingProxyType({"seconds": 60})

    assert problem_of(Coded("locked")) == Problem("pin_locked", {"detail": "locked", "seconds": 60})
    assert problem_of(ValueError("plain")) is None
    assert problem_of(OSError(28, "No space left on device")) is None


def test_refused_workshop_fields_carry_a_code_and_their_limit():
    from workshop_kit.records.model import INITIALS_MAX, SITE_MAX, Workshop
    from workshop_kit.records.problems import INITIALS_INVALID, SITE_MISSING, SITE_TOO_LONG

    fields = {
        "id": "0" * 32,
        "curriculum_id": "equal-voices",
        "session_ids": ("s1",),
        "site": "East Amman centre",
        "day": "2024-05-01",
        "language": "ar",
        "expected_participants": 12,
    }
    for changes, code, most in (
        ({"facilitator_initials": "Rana Ali"}, INITIALS_INVALID, INITIALS_MAX),
        ({"site": "x" * (SITE_MAX + 1)}, SITE_TOO_LONG, SITE_MAX),
        ({"site": "   "}, SITE_MISSING, None),
    ):
        with pytest.raises(ValueError) as caught:
            Workshop(**{**fields, **changes})
        problem = problem_of(caught.value)
        assert problem is not None and problem.code == code
        assert problem.data.get("most") == most
