"""The first-run wizard, the quick start, About and the shortcuts dialog."""

from __future__ import annotations

import importlib.metadata
import re
import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator, QUrl
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLineEdit,
    QTabBar,
    QTextBrowser,
    QWizard,
)

from workshop_kit import __version__, paths
from workshop_kit.records.pin import PinStore
from workshop_kit.settings import Settings
from workshop_kit.site import HelpContact, SiteInfo, load_site, save_site, site_file
from workshop_kit.ui.firstrun.wizard import (
    MAX_CONTACTS,
    FirstRunWizard,
    needs_first_run,
    offered_languages,
)
from workshop_kit.ui.help.about import AboutDialog, font_licences, library_licences, licences_dir
from workshop_kit.ui.help.quick_start import QuickStartDialog, quick_start_file
from workshop_kit.ui.help.shortcuts_dialog import ShortcutsDialog, group_rows
from workshop_kit.ui.shortcuts import shortcut_rows

ROOT = Path(__file__).resolve().parents[2]
HELP_DIR = ROOT / "assets" / "help"
SECTIONS = ("run-a-session", "run-a-survey", "print", "results-and-export", "safety")


# -- first run ---------------------------------------------------------------------------
@pytest.fixture
def fresh_pins(user_data):
    return PinStore(user_data / "pin.json")


@pytest.fixture
def wizard(qtbot, settings, fresh_pins, window_state):
    wizard = FirstRunWizard(settings, fresh_pins, window_state)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _button(wizard: FirstRunWizard, which: QWizard.WizardButton) -> QAbstractButton:
    return wizard.button(which)


def test_first_run_is_needed_until_marked(window_state):
    assert needs_first_run(window_state)


def test_filling_every_page_saves_language_centre_pin_and_contacts(
    qtbot, wizard, fresh_pins, window_state, user_data
):
    wizard.language_page.buttons["ar"].setChecked(True)
    with qtbot.waitSignal(wizard.language_chosen) as chosen:
        wizard.next()
    assert chosen.args == ["ar"]
    assert wizard.currentPage() is wizard.centre_page
    wizard.centre_page.name.setText("  East Amman centre ")
    wizard.next()
    wizard.pin_page.first.setText("246813")
    wizard.pin_page.second.setText("246813")
    wizard.next()
    assert wizard.currentPage() is wizard.pin_page  # stays: the recovery code is on show
    assert wizard.pin_page.recovery_code in wizard.pin_page.code.text()
    wizard.next()
    assert wizard.currentPage() is wizard.contacts_page
    row = wizard.contacts_page.rows[0]
    row.name.setText("مساعدة قانونية")
    row.phone.setText("06 555 0101")
    row.hours.setText("9-3")
    second = wizard.contacts_page.add_row()
    second.name.setText("Hotline")
    wizard.contacts_page.add_row()  # left empty: not a contact
    _button(wizard, QWizard.WizardButton.FinishButton).click()

    assert wizard.result() == QWizard.DialogCode.Accepted and not wizard.skipped
    assert Settings().get("ui_language") == "ar"
    site = load_site()
    assert site.centre_name == "East Amman centre"
    assert site.contacts == (
        HelpContact({"ar": "مساعدة قانونية"}, "06 555 0101", {"ar": "9-3"}),
        HelpContact({"ar": "Hotline"}, "", {}),
    )
    assert PinStore(user_data / "pin.json").verify("246813").ok
    assert not fresh_pins.verify("135791").ok
    assert not needs_first_run(window_state)


def test_skip_on_the_first_page_saves_nothing_and_marks_done(
    qtbot, wizard, fresh_pins, window_state, user_data
):
    wizard.language_page.buttons["fr"].setChecked(True)
    with qtbot.assertNotEmitted(wizard.language_chosen):
        _button(wizard, QWizard.WizardButton.CustomButton1).click()
    assert wizard.skipped and wizard.result() == QWizard.DialogCode.Rejected
    assert not (user_data / "settings.json").exists()
    assert not site_file().exists()
    assert not fresh_pins.is_set()
    assert Settings().get("ui_language") == "en"
    assert not needs_first_run(window_state)


def test_skip_keeps_the_pages_already_done_and_nothing_from_the_page_on_show(wizard, window_state):
    wizard.language_page.buttons["ar"].setChecked(True)
    wizard.next()
    wizard.centre_page.name.setText("Not saved: skipped on this page")
    wizard.skip()
    assert Settings().get("ui_language") == "ar"
    assert not site_file().exists()
    assert not needs_first_run(window_state)


def test_cancel_also_marks_the_first_run_done(wizard, window_state):
    _button(wizard, QWizard.WizardButton.CancelButton).click()
    assert not wizard.isVisible() and not needs_first_run(window_state)
    assert not wizard.skipped  # Cancel is not "Skip setup", but ends the same way


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("246813", "246814", "not the same"),
        ("246813", "", "not the same"),
        ("2468", "2468", "6 to 8 digits"),
        ("", "246813", "6 to 8 digits"),
        ("111111", "111111", "repeats one digit"),
        ("654321", "654321", "run of digits"),
    ],
)
def test_bad_pins_block_next_with_a_message(wizard, fresh_pins, first, second, expected):
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is wizard.pin_page
    wizard.pin_page.first.setText(first)
    wizard.pin_page.second.setText(second)
    wizard.next()
    assert wizard.currentPage() is wizard.pin_page
    assert expected in wizard.pin_page.message.text()
    assert not fresh_pins.is_set()
    # fixing it lets the user go on, and the message goes away as they type
    wizard.pin_page.first.setText("246813")
    wizard.pin_page.second.clear()
    wizard.pin_page.second.textEdited.emit("246813")
    assert wizard.pin_page.message.text() == ""
    wizard.pin_page.second.setText("246813")
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is wizard.contacts_page
    assert fresh_pins.verify("246813").ok


def test_pin_fields_take_ascii_and_arabic_indic_digits_only(wizard, fresh_pins):
    validator = wizard.pin_page.first.validator()
    assert validator.validate("٢٤٦٨", 0)[0] == QValidator.State.Acceptable
    assert validator.validate("2468", 0)[0] == QValidator.State.Acceptable
    assert validator.validate("24a8", 0)[0] == QValidator.State.Invalid
    wizard.next()
    wizard.next()
    wizard.pin_page.first.setText("٢٤٦٨١٣")
    wizard.pin_page.second.setText("246813")  # the same PIN typed on another keyboard
    wizard.next()
    assert fresh_pins.verify("246813").ok
    assert wizard.pin_page.first.text() == ""  # the PIN does not stay in the widget


def test_running_it_again_keeps_what_is_saved(
    qtbot, settings, window_state, user_data, pins, type_pin
):
    reasons = type_pin("2468")  # the contacts change: a PIN is set, so it is asked for
    logo = user_data / "logo.png"
    original = HelpContact({"en": "Legal aid", "ar": "مساعدة قانونية"}, "06 1", {"en": "9-3"})
    other = HelpContact({"en": "Shelter"}, "06 2", {})
    save_site(SiteInfo("Old name", logo, (original, other)))
    wizard = FirstRunWizard(settings, pins, window_state)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.centre_page.name.text() == "Old name"
    assert "A PIN is set" in wizard.pin_page.state.text()
    rows = wizard.contacts_page.rows
    assert [row.name.text() for row in rows] == ["Legal aid", "Shelter"]
    rows[1].phone.setText("06 3")
    for _ in range(3):
        wizard.next()
    assert wizard.currentPage() is wizard.contacts_page
    _button(wizard, QWizard.WizardButton.FinishButton).click()
    site = load_site()
    assert site.centre_name == "Old name" and site.logo == logo
    assert site.contacts == (original, HelpContact({"en": "Shelter"}, "06 3", {}))
    assert pins.verify("2468").ok  # empty PIN boxes keep the PIN
    assert len(reasons) == 1


def test_editing_a_contact_touches_only_the_fields_changed(qtbot, fresh_pins, window_state):
    settings = Settings()
    settings.set("ui_language", "ar")
    english_only = HelpContact({"en": "Legal aid"}, "06 1", {"en": "9-3"})
    both = HelpContact({"en": "Shelter", "ar": "مأوى"}, "06 2", {"en": "24h"})
    save_site(SiteInfo("", None, (english_only, both)))
    wizard = FirstRunWizard(settings, fresh_pins, window_state)
    qtbot.addWidget(wizard)
    first, second = wizard.contacts_page.rows
    assert [first.name.text(), first.hours.text()] == ["Legal aid", "9-3"]  # shown from en
    assert second.name.text() == "مأوى"
    first.phone.setText("06 9")  # name and hours untouched: not copied into "ar"
    second.name.setText("دار إيواء")
    second.hours.clear()
    assert wizard.contacts_page.contacts() == (
        HelpContact({"en": "Legal aid"}, "06 9", {"en": "9-3"}),
        HelpContact({"en": "Shelter", "ar": "دار إيواء"}, "06 2", {}),
    )


def test_contact_rows_can_be_added_up_to_the_limit_and_removed(wizard):
    page = wizard.contacts_page
    assert len(page.rows) == 1
    page.rows[0].name.setText("Only row")
    page.rows[0].remove.click()  # the last row is emptied, not removed
    assert len(page.rows) == 1 and page.rows[0].name.text() == ""
    while page.add_row() is not None:
        pass
    assert len(page.rows) == MAX_CONTACTS and not page.add_button.isEnabled()
    page.rows[3].name.setText("Fourth")
    page.rows[2].remove.click()
    assert len(page.rows) == MAX_CONTACTS - 1 and page.add_button.isEnabled()
    assert page.rows[2].name.text() == "Fourth"
    assert page.rows[2].remove.accessibleName() == "Remove contact 3"


def test_languages_offered_are_those_the_settings_accept(wizard):
    offered = dict(offered_languages())
    assert offered["en"] == "English" and offered["ar"] == "العربية"
    assert set(wizard.language_page.buttons) == set(offered)
    assert wizard.language_page.buttons["en"].isChecked()  # the current setting


class _Marking(QTranslator):
    """Pseudo-translation: every text comes back marked, so untranslated ones show."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"[{source}]"

    def isEmpty(self) -> bool:  # an empty translator is never asked
        return False


def test_the_wizard_follows_a_language_change_at_once(wizard):
    translator = _Marking()
    QCoreApplication.installTranslator(translator)
    try:
        QApplication.processEvents()
        assert wizard.windowTitle() == "[Set up Workshop Kit]"
        assert wizard.pin_page.title() == "[Facilitator PIN]"
        assert wizard.contacts_page.add_button.text() == "[&Add another contact]"
        skip = _button(wizard, QWizard.WizardButton.CustomButton1)
        assert skip.text() == "[&Skip setup]"
    finally:
        QCoreApplication.removeTranslator(translator)
    QApplication.processEvents()
    assert wizard.windowTitle() == "Set up Workshop Kit"


# -- quick start -------------------------------------------------------------------------
@pytest.mark.parametrize("lang", ["en", "ar", "fr"])
def test_quick_start_has_every_task(qtbot, lang):
    dialog = QuickStartDialog(lang)
    qtbot.addWidget(dialog)
    assert dialog.lang == lang
    source = quick_start_file(lang).read_text(encoding="utf-8")
    headings = dict(re.findall(r'<h2[^>]*><a name="([a-z-]+)"></a>([^<]+)</h2>', source))
    assert tuple(headings) == SECTIONS
    shown = dialog.browser.toPlainText()
    assert len(shown) > 2000
    for title in headings.values():
        assert title.strip() and title.strip() in shown


def test_english_quick_start_headings_name_the_four_tasks(qtbot):
    dialog = QuickStartDialog("en")
    qtbot.addWidget(dialog)
    shown = dialog.browser.toPlainText()
    for heading in ("Run a session", "Run a survey", "Print", "Results and export", "Safety"):
        assert heading in shown
    for must in ("presenter view", "PIN", "Paper forms", "SPSS", "Import bundle", "referral"):
        assert must in shown


def test_arabic_quick_start_reads_right_to_left(qtbot):
    arabic, english = QuickStartDialog("ar"), QuickStartDialog("en")
    qtbot.addWidget(arabic)
    qtbot.addWidget(english)
    assert arabic.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert english.layoutDirection() == Qt.LayoutDirection.LeftToRight

    def directions(dialog):
        block, found = dialog.browser.document().begin(), set()
        while block.isValid():
            found.add(block.textDirection())
            block = block.next()
        return found

    assert directions(arabic) == {Qt.LayoutDirection.RightToLeft}
    assert Qt.LayoutDirection.RightToLeft not in directions(english)


def test_quick_start_falls_back_to_english(qtbot):
    dialog = QuickStartDialog("ur")
    qtbot.addWidget(dialog)
    assert dialog.lang == "en"
    assert "Quick start for facilitators" in dialog.browser.toPlainText()


def test_quick_start_follows_no_link_out_of_the_page(qtbot):
    dialog = QuickStartDialog("en")
    qtbot.addWidget(dialog)
    before = dialog.browser.toPlainText()
    dialog.browser.anchorClicked.emit(QUrl("https://example.org/"))
    dialog.browser.anchorClicked.emit(QUrl("#print"))
    assert dialog.browser.source().isEmpty() and dialog.browser.toPlainText() == before


def test_help_files_are_utf8_offline_html():
    files = sorted(HELP_DIR.glob("*.html"))
    assert {f.name for f in files} >= {f"quick-start.{lang}.html" for lang in ("en", "ar", "fr")}
    for path in files:
        text = path.read_bytes().decode("utf-8")  # strict: raises on any invalid byte
        assert not re.search(r"https?://", text, re.IGNORECASE), path.name
        assert not re.search(r"<img|src\s*=|url\(", text, re.IGNORECASE), path.name


# -- about -------------------------------------------------------------------------------
def test_about_shows_version_data_folder_and_licences(qtbot, user_data):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert __version__ in dialog.version.text()
    assert dialog.folder_label.text() == str(user_data) == str(paths.user_data_dir())
    text = dialog.licences.toPlainText()
    assert "SIL Open Font License" in text and "GNU GENERAL PUBLIC LICENSE" in text
    fonts = font_licences()
    assert {n.name.split(" (")[0] for n in fonts} == {
        "Noto Sans",
        "Noto Naskh Arabic",
        "Noto Sans Math",
    }
    libraries = library_licences()
    expected = {
        "PySide6": "LGPL-3.0",
        "reportlab": "BSD",
        "TinyDB": "MIT",
        "PyYAML": "MIT",
        "platformdirs": "MIT",
        "python-bidi": "LGPL-3.0",
        "arabic-reshaper": "MIT",
        "openpyxl": "MIT",
    }
    for name, licence in expected.items():
        (notice,) = [n for n in libraries if n.name.startswith(name)]
        assert licence in notice.licence
        assert notice.name in text and notice.licence in text
        assert " ".join(notice.text.split())[:80] in " ".join(text.split())  # the text itself


def test_open_data_folder_calls_the_opener_with_the_data_folder(qtbot, user_data, monkeypatch):
    opened: list[Path] = []

    def refuse(self, folder: Path) -> bool:
        opened.append(folder)
        return False

    monkeypatch.setattr(AboutDialog, "open_folder", refuse)
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.open_button.click()
    assert opened == [user_data]
    assert "could not be opened" in dialog.status.text()  # the desktop said no
    monkeypatch.setattr(AboutDialog, "open_folder", lambda self, folder: True)
    dialog.open_button.click()
    assert dialog.status.text() == ""


def _declared_dependencies() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [re.split(r"[<>=!~ ;\[]", dep, maxsplit=1)[0] for dep in project["dependencies"]]


def _licence_file_for(dist: str) -> Path:
    key = dist.lower().replace("_", "-")
    key = "pyside6" if key.startswith(("pyside6", "shiboken6")) else key
    return licences_dir() / f"{key}.txt"


@pytest.mark.parametrize("dist", _declared_dependencies())
def test_every_dependency_has_a_licence_notice_matching_its_metadata(dist):
    path = _licence_file_for(dist)
    assert path.is_file(), f"{dist}: add {path.name} to assets/licences"
    notice = next(n for n in library_licences() if n.name == _notice_name(path))
    try:
        meta = importlib.metadata.metadata(dist)
    except importlib.metadata.PackageNotFoundError:
        pytest.skip(f"{dist} is not installed")
    declared = " ".join(
        [meta.get("License") or "", meta.get("License-Expression") or ""]
        + (meta.get_all("Classifier") or [])
    )
    family = re.match(r"[A-Z]+", notice.licence).group(0)  # MIT, BSD, LGPL, ...
    assert family in declared, f"{dist}: notice says {notice.licence}, metadata: {declared}"


def _notice_name(path: Path) -> str:
    header = path.read_text(encoding="utf-8").partition("\n\n")[0]
    return next(
        line.split(":", 1)[1].strip() for line in header.splitlines() if line.startswith("Name:")
    )


# -- shortcuts ---------------------------------------------------------------------------
def test_shortcuts_dialog_lists_every_row(qtbot):
    dialog = ShortcutsDialog()
    qtbot.addWidget(dialog)
    rows = shortcut_rows()
    assert rows and sorted(dialog.listed_rows()) == sorted(rows)
    headings = [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]
    assert headings == list(dict.fromkeys(context for context, _, _ in rows))
    for index in range(dialog.tree.topLevelItemCount()):
        heading = dialog.tree.topLevelItem(index)
        for child in range(heading.childCount()):
            line = heading.child(child)
            assert all(keys in line.text(0) for keys in line.data(0, Qt.ItemDataRole.UserRole))


def test_keys_of_one_action_share_a_line():
    rows = [("A", "Ctrl+1", "x"), ("B", "Esc", "y"), ("A", "F5", "x"), ("A", "F2", "z")]
    assert group_rows(rows) == [
        ("A", [(["Ctrl+1", "F5"], "x"), (["F2"], "z")]),
        ("B", [(["Esc"], "y")]),
    ]


# -- accessibility -----------------------------------------------------------------------
def test_every_control_has_a_name_a_screen_reader_can_read(qtbot, wizard):
    from PySide6.QtGui import QAccessible

    dialogs = [wizard, AboutDialog(), QuickStartDialog("ar"), ShortcutsDialog()]
    missing = []
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        pages = [wizard.page(i) for i in wizard.pageIds()] if dialog is wizard else [dialog]
        for page in pages:
            for widget in (
                page.findChildren(QAbstractButton)
                + page.findChildren(QLineEdit)
                + page.findChildren(QAbstractItemView)
                + page.findChildren(QTextBrowser)
                + page.findChildren(QTabBar)
            ):
                name = QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)
                if not name.strip():
                    missing.append(f"{type(dialog).__name__}: {type(widget).__name__}")
    assert missing == []
