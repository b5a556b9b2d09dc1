"""Small helpers for showing content text in a chosen language."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import Qt

from workshop_kit.content.labels import label
from workshop_kit.content.model import Text
from workshop_kit.content.prose import BULLET, PARA, parse_prose
from workshop_kit.languages import CONTENT_LANGUAGES, is_rtl, native_name

__all__ = ["LANGUAGES", "direction_for", "is_rtl", "kind_label", "local", "prose_html"]

#: Content languages offered, with their own names (never translated); from the one
#: table in :mod:`workshop_kit.languages`.
LANGUAGES = {code: native_name(code) for code in CONTENT_LANGUAGES}

_BOLD = re.compile(r"\*\*(.+?)\*\*")


def direction_for(lang: str) -> Qt.LayoutDirection:
    """The layout direction for text in ``lang`` (:func:`workshop_kit.languages.is_rtl`)."""
    return Qt.LayoutDirection.RightToLeft if is_rtl(lang) else Qt.LayoutDirection.LeftToRight


def local(text: Text | None, lang: str) -> str:
    """Plain text in ``lang``, marked when it falls back to another language."""
    if text is None:
        return ""
    value = text.get(lang).strip()
    if not text.has(lang):
        value += " " + label("not_translated", lang)
    return value


def _inline(line: str) -> str:
    return _BOLD.sub(r"<b>\1</b>", html.escape(line))


def prose_html(text: Text | None, lang: str) -> str:
    """A prose field as HTML (rules: :mod:`workshop_kit.content.prose`); consecutive
    bullets of a block form one list."""
    if text is None:
        return ""
    out: list[str] = []
    for block in parse_prose(text.get(lang)):
        for index, (kind, body) in enumerate(block):
            if kind == PARA:
                out.append(f"<p>{_inline(body)}</p>")
                continue
            if index == 0 or block[index - 1][0] != BULLET:
                out.append("<ul>")
            out.append(f"<li>{_inline(body)}</li>")
            if index + 1 == len(block) or block[index + 1][0] != BULLET:
                out.append("</ul>")
    if not text.has(lang):
        out.append(f"<p><i>{html.escape(label('not_translated', lang))}</i></p>")
    return "".join(out)


def kind_label(kind: str, lang: str) -> str:
    return label(f"kind.{kind}", lang)
