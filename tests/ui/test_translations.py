"""Interface translations: every message of the code is in every .ts file and translated,
placeholders survive translation, the shipped .qm files hold what the .ts files say, Arabic
mirrors the window, and numbers and days follow the interface language while stored data
stays language-neutral."""

from __future__ import annotations

import ast
import importlib.util
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QComboBox, QLabel

from workshop_kit.analysis.disclosure import Cell
from workshop_kit.settings import SETTINGS
from workshop_kit.ui.app import create_main_window
from workshop_kit.ui.i18n import (
    UI_LANGUAGES,
    install_language,
    locale_day,
    locale_digits,
    locale_number,
    locale_percent,
)
from workshop_kit.ui.results import format as fmt
from workshop_kit.ui.settings.labels import LABELS
from workshop_kit.ui.text import LANGUAGES

ROOT = Path(__file__).resolve().parents[2]


def _load_script():
    spec = importlib.util.spec_from_file_location(
        "translations_script", ROOT / "scripts" / "translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


T = _load_script()
LANGS = sorted(T.LANGUAGES)


@pytest.fixture(scope="module")
def code_messages(tmp_path_factory) -> dict[str, set[tuple[str, str, str]]]:
    """What a fresh lupdate run finds in the code (into new, empty .ts files)."""
    folder = tmp_path_factory.mktemp("lupdate")
    found = {}
    for lang in LANGS:
        ts = folder / f"workshop_kit_{lang}.ts"
        T.lupdate(ts, lang)
        found[lang] = {m.key for m in T.read_ts(ts)}
    assert all(found.values()), "lupdate found no messages at all"
    return found


@pytest.fixture
def interface(qapp):
    """Switch the interface language in a test; English again afterwards."""
    yield lambda lang: install_language(qapp, lang, pseudo=False)
    install_language(qapp, "en", pseudo=False)


def _listing(keys) -> str:
    return "\n".join(f"[{context}] {source!r}" for context, source, _ in sorted(keys))


# -- the .ts and .qm files ----------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_every_message_of_the_code_is_in_the_ts_file(code_messages, lang):
    shipped = {m.key for m in T.read_ts(T.ts_path(lang))}
    missing = code_messages[lang] - shipped
    assert not missing, f"run python scripts/translations.py, then translate:\n{_listing(missing)}"


@pytest.mark.parametrize("lang", LANGS)
def test_no_ts_file_keeps_messages_the_code_no_longer_has(code_messages, lang):
    messages = T.read_ts(T.ts_path(lang))
    stale = {m.key for m in messages} - code_messages[lang]
    assert not stale, f"run python scripts/translations.py:\n{_listing(stale)}"
    assert not [m for m in messages if m.kind in ("vanished", "obsolete")]


@pytest.mark.parametrize("lang", LANGS)
def test_every_message_is_translated(lang):
    unfinished = [m.key for m in T.read_ts(T.ts_path(lang)) if not m.finished]
    assert not unfinished, f"unfinished in {lang}:\n{_listing(unfinished)}"


@pytest.mark.parametrize("lang", LANGS)
def test_translations_keep_placeholders_tags_keys_and_accelerators(lang):
    problems = [
        f"[{m.context}] {m.source!r}: {problem}"
        for m in T.read_ts(T.ts_path(lang))
        for problem in T.placeholder_problems(m)
    ]
    assert not problems, "\n".join(problems)


def _message(source: str, *forms: str, numerus: bool = False):
    return T.Message("Ctx", source, "", numerus, forms, "")


@pytest.mark.parametrize(
    ("source", "translation"),
    [
        ("Saved {count} forms", "حُفظت الاستمارات"),  # lost a placeholder
        ("Saved {count} forms", "{count} {count}"),  # doubled it
        ("<b>{n}</b> pairs", "{n} ثنائيات"),  # lost the tags
        ("Save (Ctrl+S)", "حفظ (Ctrl+D)"),  # changed the shortcut
        ("&Export", "تصدير"),  # lost the accelerator
        ("Export", "&تصدير"),  # gained one
        ("%n page(s)", "pages"),  # lost %n outside plurals
    ],
)
def test_placeholder_check_catches_broken_translations(source, translation):
    assert T.placeholder_problems(_message(source, translation))


def test_placeholder_check_accepts_good_translations():
    assert not T.placeholder_problems(_message("&Export {n} (Ctrl+E)", "&تصدير {n} (Ctrl+E)"))
    assert not T.placeholder_problems(_message("A && B", "أ && ب"))
    # a plural form may spell its number out, as long as one form carries %n
    plural = _message("%n page(s)", "صفحة واحدة", "%Ln صفحات", numerus=True)
    assert not T.placeholder_problems(plural)
    assert T.placeholder_problems(_message("%n page(s)", "صفحة", "صفحات", numerus=True))


@pytest.mark.parametrize("lang", LANGS)
def test_shipped_qm_holds_what_the_ts_file_says(tmp_path, lang):
    rebuilt = tmp_path / f"{lang}.qm"
    T.lrelease(T.ts_path(lang), rebuilt)
    shipped, fresh = QTranslator(), QTranslator()
    assert shipped.load(str(T.qm_path(lang))), f"{T.qm_path(lang)} does not load"
    assert fresh.load(str(rebuilt))
    differ = []
    for m in T.read_ts(T.ts_path(lang)):
        for n in (1, 2, 5, 12, 100) if m.numerus else (-1,):
            got = shipped.translate(m.context, m.source, m.comment or None, n)
            if got != fresh.translate(m.context, m.source, m.comment or None, n) or (
                got not in m.forms
            ):
                differ.append(f"[{m.context}] {m.source!r} (n={n}): {got!r}")
    assert not differ, "run python scripts/translations.py:\n" + "\n".join(differ)


def test_every_tr_call_is_visible_to_lupdate():
    """lupdate reads only literal strings. A module may pass a variable to tr() or
    translate() only when it marks its strings with QT_TRANSLATE_NOOP (as the settings
    labels and the shortcut list do)."""
    hidden = []
    for path in sorted((ROOT / "workshop_kit" / "ui").rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        if "QT_TRANSLATE_NOOP" in source or "QT_TR_NOOP" in source:
            continue
        for node in ast.walk(ast.parse(source)):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", None))
            texts = node.args[:1] if name == "tr" else node.args[1:2] if name == "translate" else []
            if any(not isinstance(arg, ast.Constant) for arg in texts):
                hidden.append(f"{path.relative_to(ROOT)}:{node.lineno}: {ast.unparse(node)}")
    assert not hidden, "\n".join(hidden)


def test_no_tr_call_hides_inside_an_f_string():
    """lupdate does not look inside f-strings: f"<h2>{self.tr('Results')}</h2>" compiles,
    runs, and is never translated. Call tr() outside and put its result in."""
    hidden = []
    for path in sorted((ROOT / "workshop_kit" / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                for inner in ast.walk(node):
                    name = getattr(getattr(inner, "func", None), "attr", None)
                    if isinstance(inner, ast.Call) and name in ("tr", "translate"):
                        hidden.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not hidden, "\n".join(hidden)


# -- languages at run time ------------------------------------------------------------------


def test_arabic_translates_the_main_window_and_mirrors_it(
    qtbot, interface, bundled_library, settings, window_state, memory_store
):
    assert interface("ar")
    window = create_main_window(bundled_library, settings, window_state, store=memory_store)
    qtbot.addWidget(window)
    assert window.menuBar().actions()[0].text() == "&ملف"
    assert window.sidebar.item(0).text() == "المكتبة"
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel", "qtbase_ar"
    plural = QCoreApplication.translate("PrintPage", "%n page(s), ready to print or save.", "", 5)
    assert plural.startswith("٥ صفحات")


def test_french_translates_the_main_window_left_to_right(
    qtbot, interface, bundled_library, settings, window_state, memory_store
):
    assert interface("fr")
    window = create_main_window(bundled_library, settings, window_state, store=memory_store)
    qtbot.addWidget(window)
    assert window.menuBar().actions()[0].text() == "&Fichier"
    assert window.sidebar.item(0).text() == "Bibliothèque"
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_switching_back_to_english_removes_the_translation(qapp, interface):
    interface("ar")
    assert QCoreApplication.translate("MainWindow", "&File") == "&ملف"
    interface("en")
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert not interface("xx"), "a language without a translation reports it"


def test_settings_labels_are_marked_and_shown_translated(qtbot, interface, settings):
    from workshop_kit.ui.settings.page import SettingsPage

    texts = {s.label for s in SETTINGS} | {s.group for s in SETTINGS}
    assert texts <= set(LABELS), f"mark in ui/settings/labels.py: {texts - set(LABELS)}"
    interface("ar")
    page = SettingsPage(settings)
    qtbot.addWidget(page)
    labels = {label.text() for label in page.findChildren(QLabel)}
    assert "لغة الواجهة:" in labels
    assert page.editors["ui_language"].accessibleName() == "لغة الواجهة"
    k_choices = page.editors["disclosure_k"]
    assert [k_choices.itemText(i) for i in range(2)] == ["٣", "٤"]
    assert k_choices.itemData(0) == 3, "the stored value stays a number"


def test_french_is_an_interface_language_not_a_content_language(qtbot, settings):
    from workshop_kit.ui.settings.page import SettingsPage

    choices = next(s.choices for s in SETTINGS if s.key == "ui_language")
    assert set(UI_LANGUAGES) == set(choices) == {"en", "ar", "fr"}
    assert "fr" not in LANGUAGES
    page = SettingsPage(settings)
    qtbot.addWidget(page)
    combo: QComboBox = page.editors["ui_language"]
    assert [combo.itemText(i) for i in range(combo.count())] == ["English", "العربية", "Français"]
    content: QComboBox = page.editors["content_language"]
    assert content.findData("fr") == -1


# -- numbers and days --------------------------------------------------------------------


def test_arabic_shows_arabic_indic_digits_from_the_jordanian_locale(interface):
    interface("ar")
    assert QLocale().name() == "ar_JO"
    assert QLocale().zeroDigit() == "٠"
    assert locale_number(1234) == "١٬٢٣٤"
    assert locale_number(0.456, 2) == "٠٫٤٦"
    assert locale_number(0.4, 1, signed=True).endswith("+٠٫٤")
    assert locale_percent(0.5).startswith("٥٠٪")
    assert locale_day("2026-11-20") == "٢٠ تشرين الثاني ٢٠٢٦"
    assert locale_digits("+05:30") == "+٠٥:٣٠"
    assert fmt.p_value(0.034) == "٠٫٠١ ≤ p < ٠٫٠٥"  # only the band (disclosure control)
    assert fmt.share(Cell(0.25), 5) == locale_percent(0.25)


def test_french_and_english_formats(interface):
    interface("fr")
    assert locale_number(1234).replace("\u202f", " ").replace("\xa0", " ") == "1 234"
    assert locale_percent(0.5) == "50\u202f%"
    assert locale_day("2026-11-20") == "20 nov. 2026"
    interface("en")
    assert (locale_number(1234), locale_percent(0.5)) == ("1,234", "50%")
    assert locale_day("2026-11-20") == "20 Nov 2026"
    assert locale_digits("05:00") == "05:00"
    assert locale_day("not a day") == "not a day"


def test_workshops_page_shows_the_day_in_arabic_and_stores_it_in_iso(
    qtbot, interface, memory_store, bundled_library, pins, settings, workshop
):
    from workshop_kit.ui.workshops.page import WorkshopsPage

    interface("ar")
    page = WorkshopsPage(memory_store, bundled_library, pins, settings)
    qtbot.addWidget(page)
    assert page.table.text(0, 0) == "٢٠ تشرين الثاني ٢٠٢٦"
    assert page.table.text(0, 5) == "٠"
    assert memory_store.list_workshops()[0].day == "2026-11-20"


def test_run_window_timer_uses_the_interface_digits(qtbot, interface, bundled_library, clock):
    from workshop_kit.ui.run.window import RunWindow

    interface("ar")
    curriculum = bundled_library.curricula[0]
    session = curriculum.sessions[0]
    window = RunWindow(curriculum, session, "ar", clock=clock)
    qtbot.addWidget(window)
    minutes = session.activities[0].minutes
    assert window.timer_label.text() == locale_digits(f"{minutes:02d}:00")
    assert not any(ch.isascii() and ch.isdigit() for ch in window.timer_label.text())


def test_no_module_renames_translate_which_lupdate_would_not_see():
    """``tr = QCoreApplication.translate`` then ``tr("Context", "text")`` reads to lupdate as
    a tr() of the context name: the messages silently never reach the .ts files."""
    import ast

    root = Path(__file__).resolve().parents[2] / "workshop_kit"
    renamed = []
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Assign)
                and isinstance(node.value, ast.Attribute)
                and node.value.attr == "translate"
            ):
                renamed.append(f"{path.relative_to(root.parent)}:{node.lineno}")
    assert renamed == [], f"call QCoreApplication.translate(...) itself: {renamed}"
