"""Small helpers for showing content text in a chosen language."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QCoreApplication, Qt

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
        value += " " + QCoreApplication.translate("content", "(not translated)")
    return value


def _inline(line: str) -> str:
    return _BOLD.sub(r"<b>\1</b>", html.escape(line))


def prose_html(text: Text | None, lang: str) -> str:
    """A prose field as HTML: blank lines separate paragraphs, ``- `` lines are bullets."""
    if text is None:
        return ""
    parts: list[str] = []
    for block in re.split(r"\n\s*\n", text.get(lang).strip()):
        lines = [line.strip() for line in block.splitlines() if line.strip()]
        bullets = [line for line in lines if line.startswith("- ")]
        if bullets and len(bullets) == len(lines):
            items = "".join(f"<li>{_inline(line[2:])}</li>" for line in lines)
            parts.append(f"<ul>{items}</ul>")
        else:
            parts.append(f"<p>{_inline(' '.join(lines))}</p>")
    if not text.has(lang):
        marker = QCoreApplication.translate("content", "(not translated)")
        parts.append(f"<p><i>{html.escape(marker)}</i></p>")
    return "".join(parts)


def kind_label(kind: str) -> str:
    labels = {
        "opening": QCoreApplication.translate("kind", "Opening"),
        "icebreaker": QCoreApplication.translate("kind", "Icebreaker"),
        "presentation": QCoreApplication.translate("kind", "Presentation"),
        "discussion": QCoreApplication.translate("kind", "Discussion"),
        "group-work": QCoreApplication.translate("kind", "Group work"),
        "role-play": QCoreApplication.translate("kind", "Role play"),
        "reflection": QCoreApplication.translate("kind", "Reflection"),
        "break": QCoreApplication.translate("kind", "Break"),
        "closing": QCoreApplication.translate("kind", "Closing"),
    }
    return labels.get(kind, kind)
