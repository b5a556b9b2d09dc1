"""The printed documents as data: content in, :class:`~workshop_kit.pdf.blocks.Document` out.

Pure functions with no drawing, so a test can check what a handout, guide or form says
(which blocks, in which order, with which text) without opening a PDF, and the renderer can
change without touching content. Text comes from the content in the document's language
(falling back to the content's default language), fixed words from
:mod:`workshop_kit.content.labels`.

Safety rules that the builders keep (see the content brief): every handout and guide carries
the site's own help contacts, or says plainly that there are none yet; a guide warns the
group before the hard topics and says what to do if someone discloses abuse; a survey form
asks for no name and offers "prefer not to answer" on every item.
"""

from __future__ import annotations

from collections.abc import Sequence

from workshop_kit.content.labels import label, survey_note
from workshop_kit.content.model import Curriculum, Instrument, Session
from workshop_kit.pdf.about_you_form import about_you_blocks
from workshop_kit.pdf.blocks import (
    Block,
    Box,
    BubbleItem,
    Bullets,
    CodeQuestion,
    Document,
    Heading,
    Para,
    Table,
)
from workshop_kit.pdf.doc_text import help_box, line, lines, prose, step_text
from workshop_kit.records.matchcode import MATCH_ELEMENTS
from workshop_kit.records.model import PHASES, Workshop
from workshop_kit.site import SiteInfo

__all__ = [
    "PACK_PARTS",
    "guide",
    "handout",
    "pack_phases",
    "print_pack",
    "survey_form",
]

#: What a print pack may include, in the order it prints them.
PACK_PARTS = ("guide", "handouts", "forms")
#: Write-in cells per match-code answer: one letter, or a number up to two digits.
CODE_CELLS = {"letter": 1, "number": 2}
_TIMING_WIDTHS = (0.12, 0.12, 0.5, 0.26)


def _clock(minutes: int) -> str:
    return f"{minutes // 60}:{minutes % 60:02d}"


def _session_heading(session: Session, lang: str) -> str:
    return label("session_heading", lang, number=session.number, title=line(session.title, lang))


# ----------------------------------------------------------------------------- handout


def handout(curriculum: Curriculum, session: Session, lang: str, site: SiteInfo) -> Document:
    """A one-page handout for participants: the key messages, questions to think about at
    home, and where to get help (the site's own contacts)."""
    heading = _session_heading(session, lang)
    questions = session.take_home or tuple(q for a in session.activities for q in a.questions)
    blocks: list[Block] = [
        Heading(heading, 1),
        Heading(label("pdf.key_messages", lang), 2),
        Bullets(lines(session.key_messages, lang)),
    ]
    if questions:
        blocks += [Heading(label("take_home", lang), 2), Bullets(lines(questions, lang))]
    blocks.append(help_box(site, lang))
    return Document(
        kind="handout",
        lang=lang,
        title=f"{heading} — {label('pdf.handout', lang)}",
        header=line(curriculum.title, lang),
        footer=" ".join(site.centre_name.split()),
        blocks=tuple(blocks),
    )


# ----------------------------------------------------------------------------- guide


def _timing(session: Session, lang: str) -> Table:
    header = tuple(label(key, lang) for key in ("start", "minutes", "activity", "kind"))
    rows = tuple(
        (_clock(start), str(a.minutes), line(a.title, lang), label(f"kind.{a.kind}", lang))
        for start, a in zip(session.start_minutes(), session.activities, strict=True)
    )
    return Table(header, rows, _TIMING_WIDTHS)


def _activities(session: Session, lang: str) -> list[Block]:
    blocks: list[Block] = []
    starts = session.start_minutes()
    for number, (start, activity) in enumerate(zip(starts, session.activities, strict=True), 1):
        title = label("activity_heading", lang, number=number, title=line(activity.title, lang))
        when = label(
            "activity_when",
            lang,
            start=_clock(start),
            end=_clock(start + activity.minutes),
            minutes=activity.minutes,
            kind=label(f"kind.{activity.kind}", lang),
        )
        blocks += [Heading(title, 2), Para(when, "meta")]
        steps = tuple(step_text(step, lang) for step in activity.steps)
        if steps:
            blocks.append(Bullets(steps, numbered=True))
        if activity.questions:
            blocks += [
                Heading(label("questions", lang), 3),
                Bullets(lines(activity.questions, lang)),
            ]
        if activity.facilitator_notes is not None:
            notes = prose(activity.facilitator_notes, lang)
            blocks.append(Box(label("facilitator_notes", lang), notes, "notes"))
        if activity.safety_notes is not None:
            safety = prose(activity.safety_notes, lang)
            blocks.append(Box(label("safety", lang), safety, "safety"))
    return blocks


def guide(
    curriculum: Curriculum,
    session: Session,
    lang: str,
    site: SiteInfo,
    *,
    surveys: Sequence[Instrument] = (),
) -> Document:
    """The facilitator's whole plan for a session, from the content warning to the help
    contacts.

    A survey due before or after the session is named by its title in ``lang``, looked up
    in ``surveys`` (the loaded instruments); its id is never printed.

    The warning comes straight after the title so it is read before anything else; a
    session without its own warning gets the general one (nobody has to share, anyone may
    pass or step out), because every session of this toolkit touches hard topics."""
    heading = _session_heading(session, lang)
    meta = label("session_meta", lang, minutes=session.duration, count=len(session.activities))
    warning = prose(session.content_warning, lang) or (Para(label("pdf.warning_default", lang)),)
    blocks: list[Block] = [
        Heading(heading, 1),
        Para(meta, "meta"),
        Box(label("content_warning", lang), warning, "warning"),
        *prose(session.summary, lang),
    ]
    titles = {instrument.id: line(instrument.title, lang) for instrument in surveys}
    for phase, survey in (("before", session.survey_before), ("after", session.survey_after)):
        if survey:
            blocks.append(Para(survey_note(phase, lang, titles.get(survey)), "meta"))
    for key, texts in (
        ("objectives", session.objectives),
        ("materials", session.materials),
        ("preparation", session.preparation),
    ):
        if texts:
            blocks += [Heading(label(key, lang), 2), Bullets(lines(texts, lang))]
    blocks += [
        Heading(label("timing", lang), 2),
        _timing(session, lang),
        Para(label("total", lang, minutes=session.duration), "meta"),
        *_activities(session, lang),
        Heading(label("disclosure", lang), 2),
        *prose(session.disclosure, lang),
        Heading(label("key_messages", lang), 2),
        Bullets(lines(session.key_messages, lang)),
    ]
    if session.take_home:
        blocks += [Heading(label("take_home", lang), 2), Bullets(lines(session.take_home, lang))]
    blocks.append(help_box(site, lang, for_staff=True))
    return Document(
        kind="guide",
        lang=lang,
        title=f"{heading} — {label('pdf.guide', lang)}",
        header=line(curriculum.title, lang),
        footer=f"{label('pdf.guide', lang)} · {heading}",
        blocks=tuple(blocks),
    )


# ----------------------------------------------------------------------------- survey form


def survey_form(
    instrument: Instrument,
    phase: str,
    lang: str,
    *,
    workshop: Workshop | None,
    site: SiteInfo | None = None,
) -> Document:
    """A paper survey, laid out exactly as the paper-entry screen keys it.

    Code questions come first (numbered 1..5), then one :class:`BubbleItem` per item in
    instrument order (numbered 1..n); each item's bubbles are its scale's options in order,
    keyed 1..n, then "prefer not to answer", keyed 0. A block's stem is repeated on each of
    its items so an item read on its own (or after a page turn) still makes sense. The
    before form then asks the "about you" items, numbered on from the last item.
    ``site`` is accepted for symmetry with the other builders; a form carries no contacts
    (the instrument's closing words point to the facilitator)."""
    if phase not in PHASES:
        raise ValueError(f"phase must be one of {', '.join(PHASES)}, got {phase!r}")
    title = line(instrument.title, lang)
    phase_text = label(f"pdf.phase.{phase}", lang)
    code = workshop.code if workshop is not None else ""
    prefer_not = label("kiosk.prefer_not", lang)
    blocks: list[Block] = [
        Heading(title, 1),
        Table(
            (label("pdf.workshop_code", lang), label("pdf.survey", lang)),
            ((code, phase_text),),
            (0.4, 0.6),
        ),
        *prose(instrument.intro, lang),
        Para(label("pdf.form_rules", lang, prefer_not=prefer_not)),
        Heading(label("pdf.code_heading", lang), 2),
        Para(label("kiosk.code_intro", lang, count=len(MATCH_ELEMENTS))),
        Para(label("pdf.code_hint", lang), "note"),
    ]
    blocks += [
        CodeQuestion(number, label(f"code.{element.id}", lang), CODE_CELLS[element.kind])
        for number, element in enumerate(MATCH_ELEMENTS, 1)
    ]
    blocks.append(Heading(label("pdf.items_heading", lang), 2))
    blocks += [
        BubbleItem(
            number=number,
            stem=line(item.block.stem, lang) if item.block is not None else None,
            text=line(item.text, lang),
            options=tuple(line(option.label, lang) for option in item.scale.options),
            prefer_not=prefer_not,
        )
        for number, item in enumerate(instrument.items, 1)
    ]
    if phase == "pre":  # asked once, before (docs/respondent-groups.md)
        blocks += about_you_blocks(instrument, lang, first=len(instrument.items) + 1)
    blocks += prose(instrument.thanks, lang)
    code_part = f"{label('pdf.workshop_code', lang)}: {code} · " if code else ""
    return Document(
        kind="form",
        lang=lang,
        title=f"{title} — {phase_text}",
        header=title,
        footer=f"{code_part}{phase_text}",
        blocks=tuple(blocks),
    )


# ----------------------------------------------------------------------------- print pack


def pack_phases(sessions: Sequence[Session]) -> tuple[str, ...]:
    """The survey phases a run of sessions uses, in phase order: "pre" if any session has a
    survey before it, "post" if any has one after it."""
    used = {
        phase
        for session in sessions
        for phase, survey in (("pre", session.survey_before), ("post", session.survey_after))
        if survey
    }
    return tuple(phase for phase in PHASES if phase in used)


def print_pack(
    workshop: Workshop,
    curriculum: Curriculum,
    sessions: Sequence[Session],
    instrument: Instrument | None,
    site: SiteInfo,
    *,
    participants: int,
    lang: str,
    include: Sequence[str] = PACK_PARTS,
    surveys: Sequence[Instrument] = (),
) -> list[Document]:
    """Everything one workshop needs on paper, in printing order: one guide per session,
    then ``participants`` handouts per session (session by session), then ``participants``
    forms for each phase the sessions use (all "pre" forms, then all "post" forms).

    Copies are the same :class:`Document` object repeated, so building a pack for 30 people
    costs no more than building one of each. With no instrument there are no forms. The
    guides name their surveys from ``surveys`` (default: the workshop's ``instrument``)."""
    unknown = [part for part in include if part not in PACK_PARTS]
    if unknown:
        raise ValueError(f"unknown print pack part(s) {unknown}; choose from {PACK_PARTS}")
    if isinstance(participants, bool) or not isinstance(participants, int) or participants < 0:
        raise ValueError(f"participants must be a whole number >= 0, got {participants!r}")
    documents: list[Document] = []
    if "guide" in include:
        named = surveys or ((instrument,) if instrument is not None else ())
        documents += [guide(curriculum, session, lang, site, surveys=named) for session in sessions]
    if "handouts" in include:
        for session in sessions:
            documents += [handout(curriculum, session, lang, site)] * participants
    if "forms" in include and instrument is not None:
        for phase in pack_phases(sessions):
            form = survey_form(instrument, phase, lang, workshop=workshop, site=site)
            documents += [form] * participants
    return documents
