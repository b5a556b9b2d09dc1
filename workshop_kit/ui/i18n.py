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

import os
from pathlib import Path
from typing import TYPE_CHECKING

# Only what start-up needs: PySide6 creates each Qt class on first use, and QTranslator,
# QLibraryInfo, QDate and a QTranslator subclass cost tens of milliseconds before the first
# paint. They are imported where they are used (pseudo-localisation lives in ``pseudo``).
# So is the ``Qt`` namespace: its hundreds of enums take about 15 ms to make, and an
# English start, left to right as a new QApplication is, needs none of them.
from PySide6.QtCore import QCoreApplication, QLocale

from workshop_kit import paths
from workshop_kit.languages import INTERFACE_LANGUAGES, LANGUAGES, is_rtl, native_name

if TYPE_CHECKING:

    def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
        """Qt's own marker (lupdate extracts it; it returns ``source``), typed ``str``:
        PySide6's stub says it returns ``object``."""
        ...

else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

__all__ = [
    "PSEUDO_ENV",
    "QT_TRANSLATE_NOOP",
    "UI_LANGUAGES",
    "UI_LOCALES",
    "install_language",
    "locale_day",
    "locale_digits",
    "locale_number",
    "locale_percent",
    "pseudo_enabled",
    "translations_dir",
]

#: Interface languages, with their own names (never translated). Content languages are
#: ``ui.text.LANGUAGES``. Both come from the one table in :mod:`workshop_kit.languages`.
UI_LANGUAGES = {code: native_name(code) for code in INTERFACE_LANGUAGES}
#: The locale that formats numbers and dates for each interface language (see above).
UI_LOCALES = {code: LANGUAGES[code].locale for code in INTERFACE_LANGUAGES}
#: Set to 1 to run the app pseudo-localised.
PSEUDO_ENV = "WORKSHOP_KIT_PSEUDO"

_APP = "workshop_kit.translator"
_QT = "workshop_kit.qt_translator"
_PSEUDO = "workshop_kit.pseudo_translator"
_installed: list = []  # our QTranslators, kept alive while Qt uses them


def translations_dir() -> Path:
    return paths.assets_dir() / "translations"


def pseudo_enabled() -> bool:
    return os.environ.get(PSEUDO_ENV, "") == "1"


def _remove_ours(app: QCoreApplication) -> None:
    for translator in list(_installed):
        app.removeTranslator(translator)
        _installed.remove(translator)


def _install(app: QCoreApplication, translator, name: str) -> None:
    translator.setObjectName(name)
    app.installTranslator(translator)
    _installed.append(translator)


def _qt_translation(lang: str) -> Path | None:
    from PySide6.QtCore import QLibraryInfo

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
        from workshop_kit.ui.pseudo import install_pseudo

        install_pseudo(app)
        return True
    found = lang == "en"
    if lang != "en":
        from PySide6.QtCore import QTranslator

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
        _set_direction(app, rtl=is_rtl(lang))
    return found


def _set_direction(app, *, rtl: bool) -> None:
    """The app's layout direction (``ui.text.direction_for``, without importing the content
    model before the first paint). Left to right when it already is asks for no ``Qt``
    enum (``isRightToLeft`` is a plain bool): the English start, before the first paint."""
    if not rtl and not app.isRightToLeft():
        return
    from PySide6.QtCore import Qt

    direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    app.setLayoutDirection(direction)


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
    from PySide6.QtCore import QDate, Qt

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


def __getattr__(name: str):
    """``PseudoTranslator``, ``install_pseudo`` and ``pseudo_text`` live in ``ui.pseudo``,
    loaded only when asked for (they cost start-up time)."""
    if name in ("PseudoTranslator", "install_pseudo", "pseudo_text"):
        from workshop_kit.ui import pseudo

        return getattr(pseudo, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
