"""The interface language: translators, locale, layout direction, pseudo-localisation and
numbers and dates formatted for the interface.

Decisions:

- The interface is translated with Qt's own tools: ``scripts/translations.py`` runs
  ``pyside6-lupdate`` into ``assets/translations/workshop_kit_<lang>.ts`` and
  ``pyside6-lrelease`` into the ``.qm`` files loaded here. Qt's own strings (standard
  buttons, file dialogs) come from ``qtbase_<lang>.qm``: a copy in ``assets/translations``
  wins, else the one shipped with Qt, else English.
- :func:`install_language` can run again while the app is open: it removes the translators
  it installed before, so Qt sends every widget a ``LanguageChange`` event and the caller
  rebuilds (or re-translates) what is on show.
- Arabic formats numbers and dates with the Jordanian locale (``ar_JO``): the toolkit is made
  for centres there, and Qt (CLDR) gives ``ar_JO`` Arabic-Indic digits (zero digit "٠") and
  the Levantine month names (آذار, not مارس). ``ar_EG``, ``ar_SA`` and ``ar_LB`` use the
  same digits; ``ar_MA``, ``ar_DZ`` and ``ar_AE`` would give Latin digits.
- Only what the interface SHOWS is localised (:func:`locale_number` and friends). Stored
  data, exports and PDFs stay language-neutral: ISO days, Latin digits.
- Days are shown as "7 Mar 2025" in the interface language's words and digits: short
  numeric formats (3/7/25 or 07/03/2025) are read differently in different countries.
- Pseudo-localisation (``WORKSHOP_KIT_PSEUDO=1``, or :func:`install_pseudo`) replaces every
  translation with the English source stretched by about 40 % and bracketed, and mirrors
  the layout, so clipped text, strings that skip ``tr()`` and left-to-right assumptions
  show at a glance (the idea of Vorta's ``TRANS_SCALE``). Placeholders (``{count}``,
  ``%n``), ``&`` accelerators, HTML tags and key names (Ctrl+E) are kept as they are.
"""

from __future__ import annotations

import math
import os
import re
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLibraryInfo,
    QLocale,
    Qt,
    QTranslator,
)

from workshop_kit import paths
from workshop_kit.ui.text import direction_for

__all__ = [
    "PSEUDO_ENV",
    "UI_LANGUAGES",
    "UI_LOCALES",
    "PseudoTranslator",
    "install_language",
    "install_pseudo",
    "locale_day",
    "locale_digits",
    "locale_number",
    "locale_percent",
    "pseudo_enabled",
    "pseudo_text",
    "translations_dir",
]

#: Interface languages, with their own names (never translated). Content languages are
#: ``ui.text.LANGUAGES``: curricula exist in English and Arabic only.
UI_LANGUAGES = {"en": "English", "ar": "العربية", "fr": "Français"}
#: The locale that formats numbers and dates for each interface language (see above).
UI_LOCALES = {"en": "en_US", "ar": "ar_JO", "fr": "fr_FR"}
#: Set to 1 to run the app pseudo-localised.
PSEUDO_ENV = "WORKSHOP_KIT_PSEUDO"

_APP = "workshop_kit.translator"
_QT = "workshop_kit.qt_translator"
_PSEUDO = "workshop_kit.pseudo_translator"
_installed: list[QTranslator] = []  # keeps the Python objects alive while Qt uses them


def translations_dir() -> Path:
    return paths.assets_dir() / "translations"


def pseudo_enabled() -> bool:
    return os.environ.get(PSEUDO_ENV, "") == "1"


def _remove_ours(app: QCoreApplication) -> None:
    for translator in list(_installed):
        app.removeTranslator(translator)
        _installed.remove(translator)


def _install(app: QCoreApplication, translator: QTranslator, name: str) -> None:
    translator.setObjectName(name)
    app.installTranslator(translator)
    _installed.append(translator)


def _qt_translation(lang: str) -> Path | None:
    for folder in (
        translations_dir(),
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    ):
        candidate = folder / f"qtbase_{lang}.qm"
        if candidate.is_file():
            return candidate
    return None


def install_language(app: QCoreApplication, lang: str, *, pseudo: bool | None = None) -> bool:
    """Translate the interface into ``lang`` (``en``, ``ar``, ``fr``), set the default
    locale and the app's layout direction. Replaces what an earlier call installed.

    ``pseudo`` (default: the ``WORKSHOP_KIT_PSEUDO`` environment variable) installs the
    pseudo-translator instead of ``lang``'s translation. Returns False when ``lang`` has no
    compiled translation (the interface then stays in English)."""
    _remove_ours(app)
    QLocale.setDefault(QLocale(UI_LOCALES.get(lang, lang)))
    if pseudo is None:
        pseudo = pseudo_enabled()
    if pseudo:
        install_pseudo(app)
        return True
    found = lang == "en"
    if lang != "en":
        translator = QTranslator()
        qm = translations_dir() / f"workshop_kit_{lang}.qm"
        if qm.is_file() and translator.load(str(qm)):
            _install(app, translator, _APP)
            found = True
        qt_qm = _qt_translation(lang)
        qt_translator = QTranslator()
        if qt_qm is not None and qt_translator.load(str(qt_qm)):
            _install(app, qt_translator, _QT)
    if hasattr(app, "setLayoutDirection"):  # a QGuiApplication
        app.setLayoutDirection(direction_for(lang))
    return found


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


# -- numbers and days -------------------------------------------------------------------


def locale_number(value: float, decimals: int = 0, *, signed: bool = False) -> str:
    """``value`` in the interface locale's digits and separators ("١٬٢٣٤" in Arabic);
    ``signed`` puts a plus sign before zero and positive numbers."""
    locale = QLocale()
    if isinstance(value, int) and decimals == 0:
        text = locale.toString(value)
    else:
        text = locale.toString(float(value), "f", decimals)
    if signed and not text.startswith(locale.negativeSign()):
        text = locale.positiveSign() + text
    return text


def locale_percent(fraction: float, decimals: int = 0) -> str:
    """A share (0.5) as a percentage in the interface locale ("50%", "٥٠٪", "50 %")."""
    locale = QLocale()
    number = locale_number(100 * fraction, decimals)
    space = "\u202f" if locale.language() == QLocale.Language.French else ""
    return number + space + locale.percent()


def locale_day(iso_day: str) -> str:
    """An ISO day ("2025-03-07") as "7 Mar 2025" in the interface language; anything that
    is not an ISO day comes back unchanged."""
    day = QDate.fromString(iso_day, Qt.DateFormat.ISODate)
    if not day.isValid():
        return iso_day
    return QLocale().toString(day, "d MMM yyyy")


def locale_digits(text: str) -> str:
    """``text`` with its ASCII digits in the interface locale's digits (for clock faces
    like "05:00", which are not one number)."""
    zero = QLocale().zeroDigit()
    if zero == "0" or len(zero) != 1:
        return text
    return text.translate({ord("0") + d: ord(zero) + d for d in range(10)})
