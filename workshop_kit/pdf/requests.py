"""What someone asked to print, checked and turned into documents.

One place for the command line and the Print page: a :class:`PrintRequest` names the kind
of document and what it is for; :func:`documents_for` checks it (clear errors for an unknown
curriculum, session, language or paper size) and builds the documents.
"""

from __future__ import annotations

from dataclasses import dataclass

from workshop_kit.content.library import Library
from workshop_kit.languages import CONTENT_LANGUAGES
from workshop_kit.pdf import documents
from workshop_kit.pdf.blocks import Document
from workshop_kit.site import SiteInfo

__all__ = ["KINDS", "PAPERS", "PHASES", "PrintRequest", "RequestError", "documents_for"]

KINDS = ("handout", "guide", "form", "pack")
PAPERS = ("A4", "Letter")
PHASES = ("pre", "post")
MAX_COPIES = 200


class RequestError(ValueError):
    """The request names something that does not exist or is not allowed."""


@dataclass(frozen=True)
class PrintRequest:
    kind: str
    lang: str
    curriculum_id: str | None = None
    session_id: str | None = None
    instrument_id: str | None = None
    phase: str = "pre"
    workshop_id: str | None = None
    # Copies of each document; for a pack, the number of participants. None: one copy, or
    # for a pack the workshop's expected participants.
    copies: int | None = None
    paper: str = "A4"
    large_print: bool = False


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise RequestError(message)


def _choices(values) -> str:
    return ", ".join(values) or "none"


def documents_for(
    request: PrintRequest, library: Library, site: SiteInfo, store=None
) -> list[Document]:
    """The documents to print for ``request``; RequestError says what is wrong.

    ``store`` (a WorkshopStore) is needed for packs and for forms of a workshop."""
    _check(
        request.kind in KINDS,
        f"unknown document kind '{request.kind}' (choose from: {_choices(KINDS)})",
    )
    _check(
        request.paper in PAPERS,
        f"unknown paper size '{request.paper}' (choose from: {_choices(PAPERS)})",
    )
    _check(
        request.copies is None or 1 <= request.copies <= MAX_COPIES,
        f"copies must be 1 to {MAX_COPIES}",
    )
    workshop = _workshop(request, store)
    curriculum = _curriculum(request, library, workshop)
    languages = curriculum.languages if curriculum else CONTENT_LANGUAGES
    _check(
        request.lang in languages,
        f"unknown language '{request.lang}' (choose from: {_choices(languages)})",
    )
    copies = request.copies or 1
    if request.kind == "pack":
        sessions = [curriculum.session(s) for s in workshop.session_ids]
        instrument = (
            _instrument(library, workshop.instrument_id) if workshop.instrument_id else None
        )
        participants = request.copies or workshop.expected_participants
        return documents.print_pack(
            workshop,
            curriculum,
            sessions,
            instrument,
            site,
            participants=participants,
            lang=request.lang,
            surveys=library.instruments,
        )
    if request.kind == "form":
        _check(request.phase in PHASES, f"unknown phase '{request.phase}' (before or after)")
        instrument_id = request.instrument_id or (workshop.instrument_id if workshop else None)
        instrument_id = instrument_id or _survey_of(curriculum)
        if instrument_id is None:
            raise RequestError("name the survey instrument (--instrument)")
        instrument = _instrument(library, instrument_id)
        _check(
            request.lang in instrument.languages,
            f"the survey '{instrument.id}' has no "
            f"'{request.lang}' text (it has: {_choices(instrument.languages)})",
        )
        form = documents.survey_form(
            instrument, request.phase, request.lang, workshop=workshop, site=site
        )
        return [form] * copies
    _check(curriculum is not None, "name the curriculum (--curriculum)")
    session = _session(request, curriculum)
    if request.kind == "handout":
        return [documents.handout(curriculum, session, request.lang, site)] * copies
    guide = documents.guide(curriculum, session, request.lang, site, surveys=library.instruments)
    return [guide] * copies


def _workshop(request: PrintRequest, store):
    if request.workshop_id is None:
        _check(request.kind != "pack", "a print pack is for a workshop (--workshop)")
        return None
    _check(store is not None, "workshops are not available here")
    try:
        return store.get_workshop(request.workshop_id)
    except LookupError:
        known = _choices(w.code for w in store.list_workshops())
        raise RequestError(
            f"unknown workshop '{request.workshop_id}' (workshops: {known})"
        ) from None


def _curriculum(request: PrintRequest, library: Library, workshop):
    curriculum_id = request.curriculum_id or (workshop.curriculum_id if workshop else None)
    if curriculum_id is None:
        return None
    try:
        return library.curriculum(curriculum_id)
    except KeyError:
        known = _choices(c.id for c in library.curricula)
        raise RequestError(f"unknown curriculum '{curriculum_id}' (curricula: {known})") from None


def _session(request: PrintRequest, curriculum):
    _check(
        request.session_id is not None,
        f"name the session (--session); sessions: {_choices(s.id for s in curriculum.sessions)}",
    )
    try:
        return curriculum.session(request.session_id)
    except KeyError:
        known = _choices(s.id for s in curriculum.sessions)
        raise RequestError(
            f"unknown session '{request.session_id}' in '{curriculum.id}' (sessions: {known})"
        ) from None


def _instrument(library: Library, instrument_id: str):
    try:
        return library.instrument(instrument_id)
    except KeyError:
        known = _choices(i.id for i in library.instruments)
        raise RequestError(
            f"unknown survey instrument '{instrument_id}' (instruments: {known})"
        ) from None


def _survey_of(curriculum) -> str | None:
    for session in curriculum.sessions if curriculum else ():
        if session.survey_before or session.survey_after:
            return session.survey_before or session.survey_after
    return None
