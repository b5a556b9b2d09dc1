"""Accessibility: a screen reader can name every control, icon-only buttons have tooltips,
and every shortcut listed in Help (``workshop_kit.ui.shortcuts``) is bound where it says.

The name is what a screen reader reads: ``QAccessible.queryAccessibleInterface(w).text(Name)``
(Qt takes it from the accessible name, the button's text or a label buddy). On Linux a
combo box reports its current choice as its name, which tells a listener nothing about what
the choice is for, and other platforms do not do it; so combo boxes must also be named by an
accessible name or a label buddy. The inner parts of Qt's own controls (a spin box's line
edit, a table's header, a line edit's clear button) are named by their control and skipped.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAccessible, QAction, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from tests import survey_data
from workshop_kit.analysis.dataset import Filters
from workshop_kit.content.problems import Problem
from workshop_kit.records.store import WorkshopStore
from workshop_kit.ui import shortcuts as table
from workshop_kit.ui.app import create_main_window
from workshop_kit.ui.kiosk.flow import PREFER_NOT
from workshop_kit.ui.kiosk.pin_dialog import PinDialog, SetPinDialog
from workshop_kit.ui.kiosk.window import KioskWindow
from workshop_kit.ui.library.page import LibraryPage
from workshop_kit.ui.library.problems_dialog import ProblemsDialog
from workshop_kit.ui.paper.window import PaperEntryWindow
from workshop_kit.ui.printing import page as print_module
from workshop_kit.ui.printing.page import PrintPage
from workshop_kit.ui.results.export_dialog import ExportDialog
from workshop_kit.ui.results.page import ResultsPage
from workshop_kit.ui.run.window import RunWindow
from workshop_kit.ui.shortcuts import CONTEXTS, SHORTCUTS, shortcut_rows
from workshop_kit.ui.workshops import page as workshops_module
from workshop_kit.ui.workshops.dialog import WorkshopDialog
from workshop_kit.ui.workshops.page import CODE_ELEMENTS, WorkshopsPage

INTERACTIVE = (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QAbstractSpinBox,  # spin boxes and date edits
    QAbstractItemView,  # list, tree and table views
    QTextEdit,  # text browsers
    QPlainTextEdit,
    QAbstractSlider,
    QTabBar,
)
# Controls whose child widgets are parts of the control, named by it.
_COMPOUND = (QAbstractSpinBox, QComboBox, QAbstractItemView, QLineEdit, QTabBar)


# -- walking widgets -------------------------------------------------------------------
def _path(widget: QWidget) -> str:
    parts = []
    while widget is not None:
        name = widget.objectName()
        parts.append(f"{type(widget).__name__}#{name}" if name else type(widget).__name__)
        widget = widget.parentWidget()
    return "/".join(reversed(parts))


def _is_part_of_another_control(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, _COMPOUND):
            return True
        parent = parent.parentWidget()
    return False


def controls(root: QWidget) -> list[QWidget]:
    """The visible interactive widgets in ``root``'s window, as a user meets them."""
    return [
        widget
        for widget in [root, *root.findChildren(QWidget)]
        if isinstance(widget, INTERACTIVE)
        and not isinstance(widget, QScrollBar)  # part of its scroll area
        and widget.isVisible()
        and not _is_part_of_another_control(widget)
    ]


def screen_reader_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface else ""


def _named_apart_from_its_value(widget: QWidget) -> bool:
    if widget.accessibleName().strip():
        return True
    siblings = widget.parentWidget().children() if widget.parentWidget() else []
    return any(
        isinstance(label, QLabel) and label.buddy() is widget and label.text().strip()
        for label in siblings
    )


def unnamed(root: QWidget) -> list[str]:
    """Controls a screen reader cannot name, as "Class path" lines."""
    problems = []
    for widget in controls(root):
        if not screen_reader_name(widget) or (
            isinstance(widget, QComboBox) and not _named_apart_from_its_value(widget)
        ):
            problems.append(_path(widget))
    return problems


def icon_only_without_tooltip(root: QWidget) -> list[str]:
    return [
        _path(widget)
        for widget in controls(root)
        if isinstance(widget, QAbstractButton)
        and not widget.icon().isNull()
        and not widget.text().strip()
        and not widget.toolTip().strip()
    ]


def check_nameable(root: QWidget, where: str) -> int:
    """Assert every control in ``root`` can be named; returns how many were checked."""
    found = controls(root)
    assert found, f"{where}: no visible controls found (is it shown?)"
    missing = unnamed(root)
    assert not missing, f"{where}: a screen reader cannot name:\n  " + "\n  ".join(missing)
    silent = icon_only_without_tooltip(root)
    assert not silent, f"{where}: icon-only buttons without a tooltip:\n  " + "\n  ".join(silent)
    return len(found)


# -- shortcuts -------------------------------------------------------------------------
def bound_keys(root: QWidget, *, own_only: bool = False) -> set[str]:
    """Key sequences (portable text) of the enabled QShortcuts, QActions and button
    shortcuts in ``root``; with ``own_only`` only those whose parent is ``root`` itself."""
    keys: set[str] = set()

    def mine(obj) -> bool:
        return not own_only or obj.parent() is root

    for shortcut in root.findChildren(QShortcut):
        if shortcut.isEnabled() and mine(shortcut):
            sequences = shortcut.keys()  # a QShortcut may hold several
            keys.update(k.toString() for k in sequences if not k.isEmpty())
    for action in root.findChildren(QAction):
        if action.isEnabled() and mine(action):
            keys.update(k.toString() for k in action.shortcuts() if not k.isEmpty())
    for button in root.findChildren(QAbstractButton):
        if not button.shortcut().isEmpty() and mine(button):
            keys.add(button.shortcut().toString())
    return keys


def listed(context: str) -> list[table.Shortcut]:
    rows = [row for row in SHORTCUTS if row.context == context]
    assert rows, f"Help lists no shortcut for {context!r}"
    return rows


def check_listed_keys_bound(root: QWidget, context: str, *, own_only: bool = False) -> None:
    keys = bound_keys(root, own_only=own_only)
    assert keys, f"{context}: the page has no keyboard shortcut at all"
    missing = [row.keys for row in listed(context) if row.keys not in keys]
    assert not missing, f"{context}: listed in Help but not bound: {missing} (bound: {keys})"


def press(widget: QWidget, keys: str) -> bool:
    """Send ``keys`` to ``widget.keyPressEvent``; True when the widget handled it."""
    combination = QKeySequence(keys)[0]
    event = QKeyEvent(QEvent.Type.KeyPress, combination.key(), combination.keyboardModifiers())
    widget.keyPressEvent(event)
    return event.isAccepted()


def show_active(qtbot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    with qtbot.waitActive(widget):  # shortcuts fire only in the active window
        widget.show()
        widget.activateWindow()
    return widget


# -- fixtures --------------------------------------------------------------------------
@pytest.fixture
def main_window(qtbot, bundled_library, settings, window_state, memory_store, pins, workshop):
    window = create_main_window(
        bundled_library, settings, window_state, store=memory_store, pins=pins
    )
    qtbot.addWidget(window)
    window.build_pages()
    window.show()
    yield window
    window.results_page.stop()
    window.print_page.stop_build()


@pytest.fixture
def data_store(user_data, instrument):
    rng = random.Random(7)
    data = [
        survey_data.workshop_responses(instrument, rng=rng, participants=25, prefer_not=0)
        for _ in range(2)
    ]
    survey_data.write_store(user_data / "workshops", data)
    return WorkshopStore()


@pytest.fixture
def results_page(qtbot, data_store, bundled_library, pins, settings):
    page = ResultsPage(data_store, bundled_library, pins, settings)
    qtbot.addWidget(page)
    page.show()  # showing the page starts the analysis
    qtbot.waitUntil(lambda: page.results is not None and not page.job.running, timeout=20_000)
    yield page
    page.stop()


@pytest.fixture
def group_view(qtbot, results_page):
    ready = [card for card in results_page.cards if card.show_to_group.isEnabled()]
    assert len(ready) >= 3
    for card in ready[:3]:
        card.show_to_group.setChecked(True)
    view = results_page.show_to_group()
    qtbot.addWidget(view)
    return view


@pytest.fixture
def run_window(qtbot, bundled_library, clock):
    course = bundled_library.curriculum("equal-voices")
    window = RunWindow(course, course.sessions[1], "en", clock=clock)
    return show_active(qtbot, window)


@pytest.fixture
def kiosk(qtbot, instrument, pins):
    window = KioskWindow(
        instrument,
        language="en",
        save=lambda *_args: None,
        pins=pins,
        code_elements=CODE_ELEMENTS,
        title="Survey",
    )
    qtbot.addWidget(window)
    window.show()
    yield window
    window._exit_allowed = True  # let pytest-qt close it


@pytest.fixture
def paper(qtbot, instrument):
    window = PaperEntryWindow(
        instrument,
        title="Paper",
        language="en",
        code_elements=CODE_ELEMENTS,
        save=lambda *_args: None,
    )
    qtbot.addWidget(window)
    window.show()
    return window


# -- the checker itself ----------------------------------------------------------------
def test_the_checks_catch_an_unnamed_control_and_a_silent_icon_button(qtbot):
    from PySide6.QtWidgets import QFormLayout, QToolButton

    host = QWidget()
    qtbot.addWidget(host)
    form = QFormLayout(host)
    QLineEdit(host, objectName="nameless")
    labelled = QLineEdit(host)
    form.addRow("Site:", labelled)
    combo = QComboBox(host, objectName="onlyValue")
    combo.addItem("English")
    button = QToolButton(host, objectName="iconOnly")
    button.setIcon(host.style().standardIcon(host.style().StandardPixmap.SP_TrashIcon))
    host.show()
    assert sorted(unnamed(host)) == [
        "QWidget/QComboBox#onlyValue",
        "QWidget/QLineEdit#nameless",
        "QWidget/QToolButton#iconOnly",
    ]
    assert icon_only_without_tooltip(host) == ["QWidget/QToolButton#iconOnly"]
    assert screen_reader_name(labelled) == "Site:"
    button.setToolTip("Delete")
    button.setAccessibleName("Delete")
    combo.setAccessibleName("Language")
    host.findChild(QLineEdit, "nameless").setAccessibleName("Initials")
    assert unnamed(host) == [] and icon_only_without_tooltip(host) == []


# -- every control can be named --------------------------------------------------------
def test_every_page_of_the_main_window_names_its_controls(qtbot, main_window):
    window = main_window
    assert check_nameable(window, "main window (Library)") >= 5
    results = window.results_page
    for row in range(window.pages.count()):
        window.sidebar.setCurrentRow(row)
        page = window.current_page()
        if page is results:  # showing it starts the analysis
            qtbot.waitUntil(lambda: results.job is not None and not results.job.running)
        check_nameable(window, f"main window, page {type(page).__name__}")
    print_page = window.print_page
    window.sidebar.setCurrentRow(window.pages.indexOf(print_page))
    for index in range(print_page.kind.count()):  # each document shows other fields
        print_page.kind.setCurrentIndex(index)
        print_page._debounce.stop()
        check_nameable(window, f"Print page, {print_page.kind.currentText()}")
    assert window.sidebar.accessibleName() == "Pages"


def test_results_with_data_and_the_group_view_name_their_controls(results_page, group_view):
    assert results_page.cards
    assert check_nameable(results_page, "Results page with data") > len(results_page.cards)
    for index in range(len(group_view.items)):
        group_view.show_item(index)
        # Only text and a chart: nothing to operate with the mouse, all by keys.
        assert controls(group_view) == []
        assert group_view.bars.accessibleName() and group_view.bars.accessibleDescription()


def test_dialogs_name_their_controls(qtbot, bundled_library, workshop, pins):
    dialogs = {
        "new workshop": WorkshopDialog(bundled_library, "en"),
        "edit workshop": WorkshopDialog(bundled_library, "en", workshop),
        "export": ExportDialog(Filters(), 5, "en"),
        "PIN": PinDialog(pins, "Enter the facilitator PIN to leave the survey."),
        "choose PIN": SetPinDialog(pins),
        "content problems": ProblemsDialog([Problem(Path("a.yaml"), 3, "bad")]),
    }
    for where, dialog in dialogs.items():
        qtbot.addWidget(dialog)
        dialog.show()
        check_nameable(dialog, f"{where} dialog")
    assert screen_reader_name(dialogs["new workshop"].sessions) == "Sessions:"
    assert screen_reader_name(dialogs["choose PIN"].second) == "PIN again:"


def test_every_kiosk_screen_names_its_controls(kiosk, instrument):
    check_nameable(kiosk, "kiosk intro")
    kiosk.start_button.click()
    for _element in CODE_ELEMENTS:
        assert kiosk.flow.screen.kind == "code"
        check_nameable(kiosk, "kiosk match code")
        assert screen_reader_name(kiosk.code_field) == kiosk.code_question.text()
        kiosk.code_skip.click()
    for item in instrument.items:
        assert kiosk.flow.screen.item is item
        check_nameable(kiosk, f"kiosk item {item.id}")
        kiosk.choose(PREFER_NOT)
    check_nameable(kiosk, "kiosk submit")
    kiosk.submit()
    check_nameable(kiosk, "kiosk thanks")
    kiosk.overlay.show()
    check_nameable(kiosk, "kiosk 'are you still there?'")
    assert kiosk.exit_button.toolTip() and screen_reader_name(kiosk.exit_button)


def test_paper_entry_run_window_and_presenter_name_their_controls(paper, run_window):
    assert check_nameable(paper, "paper entry") > len(paper.rows)
    assert check_nameable(run_window, "run window") >= 6
    presenter = run_window.open_presenter()
    assert controls(presenter) == []  # text for the projector, driven by keys


# -- the shortcuts table ----------------------------------------------------------------
def test_the_table_covers_every_context_in_portable_text():
    assert {row.context for row in SHORTCUTS} == set(CONTEXTS)
    for row in SHORTCUTS:
        assert QKeySequence(row.keys).toString() == row.keys, row
        assert QKeySequence(row.keys).count() == 1, row  # one chord, not a sequence
        assert row.action.strip()
    pairs = [(row.context, row.keys) for row in SHORTCUTS]
    assert len(pairs) == len(set(pairs)), "a key is listed twice in one context"


def test_shortcut_rows_are_display_ready():
    rows = shortcut_rows()
    assert len(rows) == len(SHORTCUTS)
    assert ("Workshops", "Ctrl+N", "New workshop") in rows
    assert ("Run a session", "PgDown", "Next activity") in rows
    assert all(context and keys and action for context, keys, action in rows)


def test_every_page_binds_the_keys_listed_for_it(main_window):
    window = main_window
    check_listed_keys_bound(window, "Everywhere", own_only=True)
    pages = {
        "Library": window.library_page,
        "Workshops": window.workshops_page,
        "Results": window.results_page,
        "Print": window.print_page,
        "Settings": window.settings_page,
    }
    for context, page in pages.items():
        check_listed_keys_bound(page, context)


def test_run_and_paper_windows_bind_the_keys_listed_for_them(paper, run_window):
    check_listed_keys_bound(run_window, "Run a session")
    check_listed_keys_bound(paper, "Paper entry")


def test_presenter_keys_listed_in_help_do_what_they_say(run_window):
    presenter = run_window.open_presenter()
    assert not press(presenter, "X")  # the check can fail: an unbound key is not handled
    for row in listed("Presenter"):
        run_window.state.go_to(1)
        run_window._show_step()
        presenter.showNormal()
        if row.action == "Leave full screen":
            presenter.showFullScreen()
        before_index, before_full = run_window.state.index, presenter.isFullScreen()
        assert press(presenter, row.keys), row
        if row.action == "Next activity":
            assert run_window.state.index == before_index + 1, row
        elif row.action == "Previous activity":
            assert run_window.state.index == before_index - 1, row
        elif row.action in ("Full screen on or off", "Leave full screen"):
            assert presenter.isFullScreen() != before_full, row
        else:
            pytest.fail(f"no check for the presenter's {row.keys}: {row.action}")


def test_group_view_keys_listed_in_help_do_what_they_say(group_view):
    assert not press(group_view, "X")
    for row in listed("Group view"):
        group_view.show()
        group_view.showNormal()
        group_view.show_item(1)
        before_full = group_view.isFullScreen()
        assert press(group_view, row.keys), row
        if row.action == "Next item":
            assert group_view.index == 2, row
        elif row.action == "Previous item":
            assert group_view.index == 0, row
        elif row.action == "Full screen on or off":
            assert group_view.isFullScreen() != before_full, row
        elif row.action == "Close the group view":
            assert not group_view.isVisible(), row
        else:
            pytest.fail(f"no check for the group view's {row.keys}: {row.action}")


def test_kiosk_keys_listed_in_help_do_what_they_say(kiosk, monkeypatch):
    exits: list[bool] = []
    monkeypatch.setattr(kiosk, "request_exit", lambda: exits.append(True))
    assert not press(kiosk, "X")
    for row in listed("Survey kiosk"):
        kiosk.uncover()
        exits.clear()
        assert press(kiosk, row.keys), row
        if row.keys == "F12":
            assert kiosk.covered, row
        elif row.keys == "Esc":
            assert exits == [True] and not kiosk.covered, row
        else:
            pytest.fail(f"no check for the kiosk's {row.keys}: {row.action}")


# -- the shortcuts added for this issue, pressed for real --------------------------------
def test_library_f5_runs_and_ctrl_p_prints_the_chosen_session(
    qtbot, bundled_library, settings, tmp_path
):
    page = show_active(qtbot, LibraryPage(bundled_library, settings, tmp_path))
    curriculum, session = page.current_session()
    with qtbot.waitSignal(page.run_requested) as run:
        qtbot.keyClick(page.tree, Qt.Key.Key_F5)
    assert run.args[:2] == [curriculum, session]
    with qtbot.waitSignal(page.print_requested) as printed:
        qtbot.keyClick(page.tree, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert printed.args == [curriculum.id, session.id, "en"]


def test_workshops_keys_edit_print_and_delete_the_chosen_workshop(
    qtbot, memory_store, bundled_library, pins, settings, workshop, monkeypatch, type_pin
):
    type_pin("2468")
    page = show_active(qtbot, WorkshopsPage(memory_store, bundled_library, pins, settings))
    page.table.setFocus()
    assert page.selected() == workshop
    edited = []
    monkeypatch.setattr(WorkshopDialog, "exec", lambda dialog: edited.append(dialog) or 0)
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    assert len(edited) == 1 and edited[0].site.text() == workshop.site
    with qtbot.waitSignal(page.print_requested) as printed:
        qtbot.keyClick(page.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert printed.args == [workshop.id]
    asked = []

    def answer(*args):
        asked.append(args[1])
        return workshops_module.QMessageBox.StandardButton.Yes

    monkeypatch.setattr(workshops_module.QMessageBox, "warning", answer)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert asked == ["Delete this workshop?"]
    assert memory_store.list_workshops() == []


def test_print_page_ctrl_s_saves_the_preview_as_pdf(
    qtbot, bundled_library, memory_store, settings, tmp_path, monkeypatch
):
    page = show_active(qtbot, PrintPage(bundled_library, memory_store, settings))
    built = tmp_path / "built.pdf"
    built.write_bytes(b"%PDF-1.4 made up")
    page.pdf_path = built
    target = tmp_path / "saved.pdf"
    monkeypatch.setattr(
        print_module.QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), "")
    )
    qtbot.keyClick(page.kind, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert target.read_bytes() == built.read_bytes()
    page.stop_build()


def test_pages_sharing_a_key_do_not_clash_and_delete_needs_the_page_focused(
    qtbot, main_window, memory_store, tmp_path, monkeypatch, type_pin
):
    type_pin("2468")  # deleting asks for the facilitator PIN
    window = main_window
    with qtbot.waitActive(window):
        window.activateWindow()
    # Ctrl+S is "Save as PDF" on Print and "Save settings" on Settings: only the page on
    # show answers (a clash would make Qt fire neither).
    window.sidebar.setCurrentRow(window.pages.indexOf(window.print_page))
    built, target = tmp_path / "built.pdf", tmp_path / "saved.pdf"
    built.write_bytes(b"%PDF-1.4 made up")
    window.print_page.pdf_path = built
    monkeypatch.setattr(
        print_module.QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), "")
    )
    qtbot.keyClick(window.print_page.kind, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert target.exists()
    assert window.settings_page.status.text() == ""
    window.sidebar.setCurrentRow(window.pages.indexOf(window.settings_page))
    qtbot.keyClick(
        window.settings_page.centre_name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
    )
    assert window.settings_page.status.text() == "Saved."
    # Del on the sidebar never deletes the workshop on show.
    monkeypatch.setattr(
        workshops_module.QMessageBox,
        "warning",
        lambda *_a: workshops_module.QMessageBox.StandardButton.Yes,
    )
    window.sidebar.setCurrentRow(1)  # Workshops
    window.sidebar.setFocus()
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Delete)
    assert len(memory_store.list_workshops()) == 1
    window.workshops_page.table.setFocus()
    qtbot.keyClick(window.workshops_page.table, Qt.Key.Key_Delete)
    assert memory_store.list_workshops() == []
