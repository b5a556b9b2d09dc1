"""The session guide as HTML for the reading view: the whole plan with timings."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from workshop_kit.content.model import Curriculum, Session, Text
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


def _tr(text: str) -> str:
    return QCoreApplication.translate("guide", text)


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


def session_html(curriculum: Curriculum, session: Session, lang: str) -> str:
    """The whole plan of ``session`` in ``lang``, ready for a QTextBrowser."""
    align = "right" if is_rtl(lang) else "left"
    out: list[str] = []
    out.append(f'<p class="meta">{_esc(curriculum.title, lang)}</p>')
    heading = _tr("Session {number}: {title}").format(
        number=session.number, title=local(session.title, lang)
    )
    out.append(f"<h1>{html.escape(heading)}</h1>")
    meta = _tr("{minutes} minutes · {count} activities").format(
        minutes=session.duration, count=len(session.activities)
    )
    out.append(f'<p class="meta">{html.escape(meta)}</p>')
    if session.content_warning is not None:
        out.append(
            _box(
                _tr("Content warning — read this to the group first"),
                prose_html(session.content_warning, lang),
                "warning",
            )
        )
    out.append(prose_html(session.summary, lang))

    out.append(f"<h2>{_tr('Objectives')}</h2>{_list(session.objectives, lang)}")
    if session.materials:
        out.append(f"<h2>{_tr('Materials')}</h2>{_list(session.materials, lang)}")
    if session.preparation:
        out.append(f"<h2>{_tr('Preparation')}</h2>{_list(session.preparation, lang)}")

    out.append(f"<h2>{_tr('Timing')}</h2>")
    out.append(
        f'<table class="timing"><tr><th align="{align}">{_tr("Start")}</th>'
        f'<th align="{align}">{_tr("Minutes")}</th><th align="{align}">{_tr("Activity")}'
        f'</th><th align="{align}">{_tr("Kind")}</th></tr>'
    )
    for start, activity in zip(session.start_minutes(), session.activities, strict=True):
        out.append(
            f"<tr><td>{_clock(start)}</td><td>{activity.minutes}</td>"
            f"<td>{_esc(activity.title, lang)}</td>"
            f"<td>{html.escape(kind_label(activity.kind))}</td></tr>"
        )
    total = _tr("Total: {minutes} minutes").format(minutes=session.duration)
    out.append(f"</table><p class='meta'>{html.escape(total)}</p>")

    for number, (start, activity) in enumerate(
        zip(session.start_minutes(), session.activities, strict=True), start=1
    ):
        title = _tr("{number}. {title}").format(number=number, title=local(activity.title, lang))
        when = _tr("{start} – {end} · {minutes} min · {kind}").format(
            start=_clock(start),
            end=_clock(start + activity.minutes),
            minutes=activity.minutes,
            kind=kind_label(activity.kind),
        )
        out.append(f'<h2>{html.escape(title)}</h2><p class="meta">{html.escape(when)}</p>')
        out.append(_list(activity.steps, lang, "ol"))
        if activity.questions:
            out.append(f"<h3>{_tr('Discussion questions')}</h3>")
            out.append(_list(activity.questions, lang, cls="question"))
        if activity.facilitator_notes is not None:
            body = prose_html(activity.facilitator_notes, lang)
            out.append(_box(_tr("Facilitator notes"), body, "notes"))
        if activity.safety_notes is not None:
            out.append(_box(_tr("Safety"), prose_html(activity.safety_notes, lang), "safety"))

    out.append(f"<h2>{_tr('If someone discloses abuse')}</h2>")
    out.append(prose_html(session.disclosure, lang))
    out.append(f"<h2>{_tr('Key messages for the handout')}</h2>")
    out.append(_list(session.key_messages, lang))
    if session.take_home:
        out.append(f"<h2>{_tr('Questions to take home')}</h2>{_list(session.take_home, lang)}")
    return page_html("".join(out), lang)
