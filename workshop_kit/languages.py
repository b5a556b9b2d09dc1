"""Languages: one table of what the toolkit knows about each one, and which way it reads.

Everything that asks "is this language written right to left?" (the interface layout, the
PDF lines, the XLSX sheets, the Library's guide view) asks :func:`is_rtl` here, and the
answer follows the language's *script*, not a list of language codes kept in each module.

- :data:`LANGUAGES` is the table: code, English name, native name (never translated: a
  person looks for their own language by the name they know), script, what ships with
  the toolkit in it (an interface translation, content) and the locale for numbers and
  dates.
- :data:`SCRIPTS` says which way each script runs. A language tag that names its script
  (``pa-Arab``, ``az-Latn``) is read by that script, so content may declare any language
  and still be laid out the right way.
- A language the table does not know is left to right in Latin script: the safe default
  for a layout, and what the tag most likely means when it is new to us.

This module imports nothing of ours, so every layer (content, records, pdf, exports, ui)
may use it. A later change may load the table from a data file; callers only use the
functions and the derived tuples below.
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = [
    "CONTENT_LANGUAGES",
    "INTERFACE_LANGUAGES",
    "LANGUAGES",
    "SCRIPTS",
    "Language",
    "base",
    "is_rtl",
    "language",
    "native_name",
    "script_of",
]


class Language(NamedTuple):
    """One language the toolkit knows (a named tuple, not a dataclass: ``dataclasses``
    costs the app's start a few milliseconds before its first paint)."""

    code: str
    english: str
    native: str
    script: str  # ISO 15924, e.g. "Latn", "Arab"
    interface: bool = False  # an interface translation ships with the toolkit
    content: bool = False  # the bundled curricula and surveys are written in it
    locale: str = ""  # the locale that formats numbers and dates in the interface


#: Which way each script runs (ISO 15924 code -> right to left?).
SCRIPTS: dict[str, bool] = {
    "Latn": False,
    "Cyrl": False,
    "Grek": False,
    "Deva": False,
    "Ethi": False,
    "Arab": True,
    "Hebr": True,
    "Syrc": True,
    "Thaa": True,
    "Nkoo": True,
    "Adlm": True,
}

_TABLE = (
    Language("en", "English", "English", "Latn", interface=True, content=True, locale="en_US"),
    Language("ar", "Arabic", "العربية", "Arab", interface=True, content=True, locale="ar_JO"),
    Language("fr", "French", "Français", "Latn", interface=True, locale="fr_FR"),
    Language("ur", "Urdu", "اردو", "Arab", locale="ur_PK"),
    # Known, not bundled: content may still declare them and read the right way.
    Language("fa", "Persian", "فارسی", "Arab"),
    Language("ps", "Pashto", "پښتو", "Arab"),
    Language("ckb", "Central Kurdish", "کوردی", "Arab"),
    Language("sd", "Sindhi", "سنڌي", "Arab"),
    Language("ug", "Uyghur", "ئۇيغۇرچە", "Arab"),
    Language("he", "Hebrew", "עברית", "Hebr"),
    Language("yi", "Yiddish", "ייִדיש", "Hebr"),
    Language("dv", "Dhivehi", "ދިވެހި", "Thaa"),
    Language("es", "Spanish", "Español", "Latn"),
    Language("tr", "Turkish", "Türkçe", "Latn"),
    Language("so", "Somali", "Soomaali", "Latn"),
    Language("sw", "Swahili", "Kiswahili", "Latn"),
    Language("ru", "Russian", "Русский", "Cyrl"),
)

#: Every known language by its code.
LANGUAGES: dict[str, Language] = {row.code: row for row in _TABLE}
#: Languages the interface is translated into, in the order they are offered.
INTERFACE_LANGUAGES: tuple[str, ...] = tuple(row.code for row in _TABLE if row.interface)
#: Languages the bundled content is written in, in the order they are offered.
CONTENT_LANGUAGES: tuple[str, ...] = tuple(row.code for row in _TABLE if row.content)


def base(lang: str) -> str:
    """The language part of a tag: ``"ar-JO"`` -> ``"ar"``, ``"AR"`` -> ``"ar"``."""
    return lang.replace("_", "-").split("-")[0].lower()


def language(lang: str) -> Language | None:
    """The table's row for a tag (by its language part), or ``None`` if unknown."""
    return LANGUAGES.get(base(lang))


def script_of(lang: str) -> str:
    """The script a tag is written in: a script subtag wins (``pa-Arab``), then the
    table, then Latin."""
    for part in lang.replace("_", "-").split("-")[1:]:
        if len(part) == 4 and part.isalpha():
            return part.title()
    row = language(lang)
    return row.script if row is not None else "Latn"


def is_rtl(lang: str) -> bool:
    """Whether text in ``lang`` is written right to left."""
    return SCRIPTS.get(script_of(lang), False)


def native_name(lang: str) -> str:
    """The language's own name for itself (``"العربية"``), or the tag if unknown."""
    row = language(lang)
    return row.native if row is not None else lang
