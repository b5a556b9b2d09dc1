"""Pseudo-localisation: every interface string stretched, accented and bracketed, and the
layout mirrored, to find untranslated strings and layouts that break before translators
do. Run the app with ``WORKSHOP_KIT_PSEUDO=1``; tests install it with ``install_pseudo``.
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QCoreApplication, Qt, QTranslator

from workshop_kit.ui.i18n import _PSEUDO, _install

__all__ = ["PseudoTranslator", "install_pseudo", "pseudo_text"]


def install_pseudo(app: QCoreApplication) -> PseudoTranslator:
    """Pseudo-localise every string from now on, and mirror the layout."""
    translator = PseudoTranslator()
    _install(app, translator, _PSEUDO)
    if hasattr(app, "setLayoutDirection"):
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    return translator


# -- pseudo-localisation ----------------------------------------------------------------

# Kept exactly: placeholders, HTML tags and entities, escaped ampersands, key names.
_KEEP = re.compile(
    r"\{[^{}]*\}|%L?n|%\d+|<[^<>]*>|&(?:[a-zA-Z]+|#\d+);|&&"
    r"|\b(?:Ctrl|Alt|Shift|Meta)\+(?:[A-Za-z0-9]+|Left|Right|Up|Down)\b"
    r"|\b(?:F\d{1,2}|Esc|Space|PgUp|PgDown|Page Up|Page Down)\b"
)
_ACCENTED = str.maketrans(
    "aeiouyAEIOUYcnsztgCNSZG",
    "áéíóúýÁÉÍÓÚÝçñšžţğÇÑŠŽĞ",
)
_STRETCH = 1.4


def _stretch(chunk: str) -> str:
    out = []
    for index, ch in enumerate(chunk):
        if ch == "&" and index + 1 < len(chunk):
            out.append(ch)  # the accelerator letter after it stays as it is
            continue
        if index > 0 and chunk[index - 1] == "&":
            out.append(ch)
            continue
        accented = ch.translate(_ACCENTED)
        out.append(accented * 2 if ch in "aeiouAEIOU" else accented)
    return "".join(out)


def pseudo_text(source: str) -> str:
    """``source`` about 40 % longer, accented and bracketed, its placeholders intact:
    "&Save {count} files" becomes "[&Sáávéé {count} fíílééš ~]"."""
    if not source.strip():
        return source
    parts, last = [], 0
    for match in _KEEP.finditer(source):
        parts.append(_stretch(source[last : match.start()]))
        parts.append(match.group(0))
        last = match.end()
    parts.append(_stretch(source[last:]))
    text = "".join(parts)
    missing = math.ceil(len(source) * _STRETCH) - len(text) - 2
    if missing > 0:
        text += " " + "~" * max(1, missing - 1)
    return f"[{text}]"


class PseudoTranslator(QTranslator):
    """Answers every lookup with :func:`pseudo_text` of the source."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return pseudo_text(source or "")

    def isEmpty(self) -> bool:
        return False
