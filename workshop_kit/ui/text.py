"""Small helpers for showing content text in a chosen language."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import Qt

from workshop_kit.content.labels import label
from workshop_kit.content.model import Text

__all__ = ["LANGUAGES", "direction_for", "is_rtl", "kind_label", "local", "prose_html"]

#: Content languages offered, with their own names (never translated).
LANGUAGES = {"en": "English", "ar": "العربية"}
_RTL = {"ar", "ur", "fa", "he"}

_BOLD = re.compile(r"\*\*(.+?)\*\*")


def direction_for(lang: str) -> Qt.LayoutDirection:
    return Qt.LayoutDirection.RightToLeft if lang in _RTL else Qt.LayoutDirection.LeftToRight


def is_rtl(lang: str) -> bool:
    return lang in _RTL


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


def _block_html(block: str) -> str:
    """One blank-line-separated block: paragraphs and bullet lists, in order."""
    out: list[str] = []
    paragraph: list[str] = []
    bullets: list[list[str]] = []
    for raw in [*block.splitlines(), ""]:  # the empty line at the end flushes
        line = raw.strip()
        is_bullet = line.startswith("- ")
        continues = bool(bullets) and bool(line) and raw[:1].isspace() and not is_bullet
        if continues:
            bullets[-1].append(line)
            continue
        if (is_bullet or not line) and paragraph:
            out.append(f"<p>{_inline(' '.join(paragraph))}</p>")
            paragraph = []
        if not is_bullet and bullets:
            out.append("<ul>" + "".join(f"<li>{_inline(' '.join(b))}</li>" for b in bullets))
            out.append("</ul>")
            bullets = []
        if is_bullet:
            bullets.append([line[2:]])
        elif line:
            paragraph.append(line)
    return "".join(out)


def prose_html(text: Text | None, lang: str) -> str:
    """A prose field as HTML: blank lines separate paragraphs, a line starting with
    ``- `` starts a bullet, and indented lines continue the bullet above them."""
    if text is None:
        return ""
    parts = [_block_html(block) for block in re.split(r"\n\s*\n", text.get(lang).strip("\n"))]
    if not text.has(lang):
        parts.append(f"<p><i>{html.escape(label('not_translated', lang))}</i></p>")
    return "".join(parts)


def kind_label(kind: str, lang: str) -> str:
    return label(f"kind.{kind}", lang)
