"""The fixed words of every document (guides, handouts, forms, the results report, the XLSX
export: headings, activity kinds, section titles, column descriptions, ...), per language.

A session guide in Arabic needs Arabic headings whatever language the interface is in,
so these words belong to the content, not to the interface translations. Every
language has every key (a test checks this); an unknown language falls back to English.
Each language's words are in a module of their own (``labels_<lang>.py``).
"""

from __future__ import annotations

from workshop_kit.content import labels_ar, labels_en

__all__ = ["LABELS", "label", "survey_note"]

LABELS: dict[str, dict[str, str]] = {"en": labels_en.WORDS, "ar": labels_ar.WORDS}


def label(key: str, lang: str, **values: object) -> str:
    """The word or phrase ``key`` in ``lang`` (English if the language is unknown),
    with ``values`` filled in."""
    text = LABELS.get(lang, LABELS["en"]).get(key) or LABELS["en"][key]
    return text.format(**values) if values else text


def survey_note(phase: str, lang: str, title: str | None) -> str:
    """The guide's line about the survey run ``phase`` ("before" or "after") a session:
    the survey's title in the guide's language (never its id), and where to run it. With
    no title (a survey that did not load) the line still says a survey is due."""
    if title:
        return label(f"survey_{phase}", lang, title=title)
    return label(f"survey_{phase}_unnamed", lang)
