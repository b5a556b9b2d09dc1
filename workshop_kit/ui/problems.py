"""Core notes and errors, worded in the interface language.

The core gives a code and data (:class:`workshop_kit.records.recovery.RecoveryNote`,
:func:`workshop_kit.records.problems.problem_of`); this module turns them into sentences
through ``tr()``, so an Arabic interface never shows an English recovery note or storage
error. A technical detail the core adds (why a file was refused) is shown after the
sentence, as it is: it is for whoever repairs the file.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from workshop_kit.records.problems import (
    DAMAGED_FILE,
    INITIALS_INVALID,
    NEWER_SCHEMA,
    SITE_CONTROL_CHARACTERS,
    SITE_MISSING,
    SITE_TOO_LONG,
    WORKSHOP_NOT_FOUND,
    problem_of,
)
from workshop_kit.records.recovery import NOTE_NO_BACKUP, NOTE_RESTORED, RecoveryNote
from workshop_kit.ui.i18n import locale_day, locale_number
from workshop_kit.ui.storage_errors import storage_error_text

__all__ = ["error_text", "has_words", "note_text", "worded"]


def _with_detail(sentence: str, detail: object) -> str:
    if not detail:
        return sentence
    return QCoreApplication.translate("Problems", "{sentence}\nDetails: {detail}").format(
        sentence=sentence, detail=detail
    )


def note_text(note: RecoveryNote) -> str:
    """What the start-up check did with one damaged file, in the interface language."""
    data = note.data
    if note.code == NOTE_RESTORED:
        count = int(data["responses"])
        responses = QCoreApplication.translate("Problems", "%n response(s)", "", count)
        sentence = QCoreApplication.translate(
            "Problems",
            "The file of the workshop at {site} on {day} was damaged. It was moved to "
            "{quarantined_to} and the newest good backup ({backup}, {responses}) was "
            "restored. The most recent changes may be missing.",
        ).format(
            site=data["site"],
            day=locale_day(str(data["day"])),
            quarantined_to=data["quarantined_to"],
            backup=data["backup"],
            responses=responses,
        )
    elif note.code == NOTE_NO_BACKUP:
        sentence = QCoreApplication.translate(
            "Problems",
            "The workshop file {file} was damaged and no good backup was found. It was moved "
            "to {quarantined_to}, unchanged, and is not listed until it is repaired.",
        ).format(file=data["file"], quarantined_to=data["quarantined_to"])
    else:  # a code this version does not word: the core's own sentence
        return note.message
    return _with_detail(sentence, data.get("detail"))


def has_words(error: BaseException) -> bool:
    """Whether :func:`error_text` has a sentence of its own for ``error``."""
    return storage_error_text(error) is not None or problem_of(error) is not None


def error_text(error: BaseException) -> str:
    """A core error as a sentence in the interface language; an error without a code
    keeps its own message."""
    stored = storage_error_text(error)  # a full or read-only disk, a misplaced file
    if stored is not None:
        return stored
    problem = problem_of(error)
    if problem is None:
        return str(error)
    detail = problem.data.get("detail")
    if problem.code == WORKSHOP_NOT_FOUND:
        return QCoreApplication.translate(
            "Problems",
            "This workshop is no longer on this laptop: it may have been deleted. "
            "The Workshops page lists the workshops that are here.",
        )
    if problem.code == NEWER_SCHEMA:
        return QCoreApplication.translate(
            "Problems",
            "This workshop was saved by a newer version of Workshop Kit. Update Workshop Kit "
            "to open it; the file has not been changed.",
        )
    if problem.code == DAMAGED_FILE:
        sentence = QCoreApplication.translate(
            "Problems",
            "This workshop's file is damaged and could not be read. Nothing was deleted: "
            "restart Workshop Kit to move it aside and restore its newest good backup.",
        )
        return _with_detail(sentence, detail)
    return _field_text(problem.code, problem.data) or str(error)


def _field_text(code: str, data: Mapping[str, object]) -> str:
    """A refused field of a workshop, or ``""`` for another code."""
    if code == SITE_MISSING:
        return QCoreApplication.translate("Problems", "Enter the site (a place, not a person).")
    if code == SITE_TOO_LONG:
        return QCoreApplication.translate(
            "Problems", "The site may have at most {most} characters."
        ).format(most=locale_number(int(str(data.get("most", 0)))))
    if code == SITE_CONTROL_CHARACTERS:
        return QCoreApplication.translate(
            "Problems", "The site may hold only letters, digits, spaces and punctuation."
        )
    if code == INITIALS_INVALID:
        return QCoreApplication.translate(
            "Problems", "Facilitator initials are up to {most} letters, never a name."
        ).format(most=locale_number(int(str(data.get("most", 0)))))
    return ""


def worded(work: Callable[..., Any]) -> Callable[..., Any]:
    """``work`` for a :class:`~workshop_kit.ui.jobs.Job`, with a core error that has a code
    raised again as a ``ValueError`` worded by :func:`error_text`: the job then shows the
    sentence in the interface language (and a storage error that is not a ``ValueError``,
    such as a file from a newer version, is reported instead of ending the thread)."""

    def run(*args: Any, **kwargs: Any) -> Any:
        try:
            return work(*args, **kwargs)
        except Exception as error:
            if problem_of(error) is None:
                raise
            raise ValueError(error_text(error)) from error

    return run
