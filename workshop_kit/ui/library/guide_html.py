"""The session guide as HTML for the reading view: the whole plan with timings."""

from __future__ import annotations

import html
from collections.abc import Sequence

from workshop_kit.content.labels import label, survey_note
from workshop_kit.content.model import Curriculum, Instrument, Session, Text
from workshop_kit.ui.text import is_rtl, kind_label, local, prose_html

__all__ = ["page_html", "session_html"]

_CSS = """
h1 { font-size: 20pt; margin-bottom: 2px; }
h2 { font-size: 15pt; margin-top: 18px; margin-bottom: 4px; }
h3 { font-size: 12pt; margin-top: 10px; margin-bottom: 2px; }
.meta { color: #555; }
.warning { background: #fff4e0; border: 1px solid #e0a040; padding: 8px; }
.safety { background: #fdecec; padding: 6px; }
.notes { background: #eef4fb; padding: 6px; }
.question { font-style: italic; }
table.timing { border-collapse: collapse; }
table.timing td, table.timing th { padding: 3px 10px; border-bottom: 1px solid #ddd; }
"""


def page_html(body: str, lang: str) -> str:
    """Wrap ``body`` in a page with the guide's styles, in the direction of ``lang``."""
    direction = "rtl" if is_rtl(lang) else "ltr"
    return f'<html><head><style>{_CSS}</style></head><body dir="{direction}">{body}</body></html>'


def _esc(text: Text | None, lang: str) -> str:
    return html.escape(local(text, lang))


def _list(items: tuple[Text, ...], lang: str, tag: str = "ul", cls: str = "") -> str:
    if not items:
        return ""
    attr = f' class="{cls}"' if cls else ""
    body = "".join(f"<li{attr}>{_esc(item, lang)}</li>" for item in items)
    return f"<{tag}>{body}</{tag}>"


def _box(title: str, body: str, cls: str) -> str:
    return f'<table width="100%" class="{cls}"><tr><td><b>{title}</b>{body}</td></tr></table>'


def _clock(minutes: int) -> str:
    return f"{minutes // 60}:{minutes % 60:02d}"


def session_html(
    curriculum: Curriculum,
    session: Session,
    lang: str,
    *,
    surveys: Sequence[Instrument] = (),
) -> str:
    """The whole plan of ``session`` in ``lang``, ready for a QTextBrowser. A survey due
    before or after the session is named by its title from ``surveys``, never by its id."""

    def say(key: str, **values: object) -> str:
        return html.escape(label(key, lang, **values))

    align = "right" if is_rtl(lang) else "left"
    out = [f'<p class="meta">{_esc(curriculum.title, lang)}</p>']
    heading = say("session_heading", number=session.number, title=local(session.title, lang))
    meta = say("session_meta", minutes=session.duration, count=len(session.activities))
    out.append(f'<h1>{heading}</h1><p class="meta">{meta}</p>')
    if session.content_warning is not None:
        out.append(
            _box(say("content_warning"), prose_html(session.content_warning, lang), "warning")
        )
    out.append(prose_html(session.summary, lang))
    titles = {instrument.id: local(instrument.title, lang) for instrument in surveys}
    for phase, survey in (("before", session.survey_before), ("after", session.survey_after)):
        if survey:
            note = html.escape(survey_note(phase, lang, titles.get(survey)))
            out.append(f'<p class="meta"><b>{note}</b></p>')
    out.append(f"<h2>{say('objectives')}</h2>{_list(session.objectives, lang)}")
    if session.materials:
        out.append(f"<h2>{say('materials')}</h2>{_list(session.materials, lang)}")
    if session.preparation:
        out.append(f"<h2>{say('preparation')}</h2>{_list(session.preparation, lang)}")

    out.append(f"<h2>{say('timing')}</h2><table class='timing'><tr>")
    out += [
        f'<th align="{align}">{say(key)}</th>' for key in ("start", "minutes", "activity", "kind")
    ]
    out.append("</tr>")
    starts = session.start_minutes()
    for start, activity in zip(starts, session.activities, strict=True):
        kind = html.escape(kind_label(activity.kind, lang))
        out.append(
            f"<tr><td>{_clock(start)}</td><td>{activity.minutes}</td>"
            f"<td>{_esc(activity.title, lang)}</td><td>{kind}</td></tr>"
        )
    out.append(f"</table><p class='meta'>{say('total', minutes=session.duration)}</p>")

    for number, (start, activity) in enumerate(zip(starts, session.activities, strict=True), 1):
        title = say("activity_heading", number=number, title=local(activity.title, lang))
        when = say(
            "activity_when",
            start=_clock(start),
            end=_clock(start + activity.minutes),
            minutes=activity.minutes,
            kind=kind_label(activity.kind, lang),
        )
        out.append(f'<h2>{title}</h2><p class="meta">{when}</p>')
        out.append(_list(activity.steps, lang, "ol"))
        if activity.questions:
            out.append(f"<h3>{say('questions')}</h3>")
            out.append(_list(activity.questions, lang, cls="question"))
        if activity.facilitator_notes is not None:
            body = prose_html(activity.facilitator_notes, lang)
            out.append(_box(say("facilitator_notes"), body, "notes"))
        if activity.safety_notes is not None:
            out.append(_box(say("safety"), prose_html(activity.safety_notes, lang), "safety"))

    out.append(f"<h2>{say('disclosure')}</h2>{prose_html(session.disclosure, lang)}")
    out.append(f"<h2>{say('key_messages')}</h2>{_list(session.key_messages, lang)}")
    if session.take_home:
        out.append(f"<h2>{say('take_home')}</h2>{_list(session.take_home, lang)}")
    return page_html("".join(out), lang)
