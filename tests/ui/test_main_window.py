"""The main window: title, pages, remembered geometry, load problems shown, offline."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtWidgets import QApplication, QPushButton

from tests.helpers import bundled_curriculum_ids, make_content, replace_once
from workshop_kit.ui.app import create_main_window, setup_application
from workshop_kit.ui.library.problems_dialog import ProblemsDialog


def test_gui_smoke_opens_main_window_without_network(qtbot, user_data, no_network):
    setup_application(QApplication.instance(), "en")
    window = create_main_window()  # loads bundled and user content like the real app
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_shown), qtbot.waitSignal(window.pages_ready):
        window.show()  # the window paints first, then fills the Library
    assert window.windowTitle() == "Workshop Kit"
    assert window.library_page.tree.topLevelItemCount() == len(bundled_curriculum_ids())
    assert "Gender, power and everyday life" in window.library_page.reader.toPlainText()


def test_every_page_is_listed_and_reachable(qtbot, bundled_library, settings, window_state):
    window = create_main_window(bundled_library, settings, window_state)
    qtbot.addWidget(window)
    window.build_pages()
    items = [window.sidebar.item(i) for i in range(window.sidebar.count())]
    assert [i.text() for i in items] == ["Library", "Workshops", "Results", "Print", "Settings"]
    assert all(i.flags() & Qt.ItemFlag.ItemIsEnabled for i in items)
    pages = (
        window.library_page,
        window.workshops_page,
        window.results_page,
        window.print_page,
        window.settings_page,
    )
    assert window.pages.count() == len(pages)
    for row, page in enumerate(pages):
        window.sidebar.setCurrentRow(row)
        assert window.current_page() is page


def test_window_remembers_size_and_position(qtbot, bundled_library, settings, user_data):
    ini = str(user_data / "window-state.ini")
    first = create_main_window(
        bundled_library, settings, QSettings(ini, QSettings.Format.IniFormat)
    )
    qtbot.addWidget(first)
    first.show()
    first.setGeometry(QRect(40, 50, 760, 530))
    qtbot.waitUntil(lambda: first.width() == 760)
    first.close()
    second = create_main_window(
        bundled_library, settings, QSettings(ini, QSettings.Format.IniFormat)
    )
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == (760, 530)
    assert (second.geometry().x(), second.geometry().y()) == (40, 50)


def test_window_never_opens_larger_than_the_screen(qtbot, bundled_library, settings, user_data):
    """A 1024x600 netbook: the first start's default size, or a size saved on a bigger
    screen, is cut to the screen so the buttons at the bottom stay reachable."""
    ini = str(user_data / "window-state.ini")
    window = create_main_window(
        bundled_library, settings, QSettings(ini, QSettings.Format.IniFormat)
    )
    qtbot.addWidget(window)
    room = window.screen().availableGeometry()
    assert (window.width(), window.height()) <= (room.width(), room.height())
    assert window.width() <= room.width() and window.height() <= room.height()
    window.show()
    window.setGeometry(QRect(0, 0, room.width() + 400, room.height() + 300))  # a big screen
    qtbot.waitUntil(lambda: window.width() > room.width())
    window.close()
    again = create_main_window(
        bundled_library, settings, QSettings(ini, QSettings.Format.IniFormat)
    )
    qtbot.addWidget(again)
    assert again.width() <= room.width() and again.height() <= room.height()


def test_broken_user_curriculum_is_shown_with_reasons(qtbot, user_data, settings, window_state):
    folder = make_content(user_data / "curricula")
    replace_once(folder / "sessions" / "01-first.yaml", "minutes: 20", "minutes: 25")
    window = create_main_window(None, settings, window_state)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.pages_ready):
        window.show()
    page = window.library_page
    # the bundled curricula still load; the broken user one is not listed
    assert page.tree.topLevelItemCount() == len(bundled_curriculum_ids())
    assert page.banner.isVisible()
    assert "1 curriculum(s) could not be loaded" in page.banner_text.text()
    details = page.banner.findChild(QPushButton)
    qtbot.mouseClick(details, Qt.MouseButton.LeftButton)
    dialog = page.findChild(ProblemsDialog)
    assert dialog is not None and dialog.isVisible()
    text = dialog.text.toPlainText()
    assert "01-first.yaml:5: the activities add up to 65 minutes" in text


def test_arabic_interface_lays_out_right_to_left(qtbot, bundled_library, settings, window_state):
    app = QApplication.instance()
    try:
        setup_application(app, "ar")
        window = create_main_window(bundled_library, settings, window_state)
        qtbot.addWidget(window)
        assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    finally:
        setup_application(app, "en")
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_print_buttons_open_the_print_page_preset(
    qtbot, bundled_library, settings, window_state, memory_store, workshop
):
    window = create_main_window(bundled_library, settings, window_state, store=memory_store)
    qtbot.addWidget(window)
    window.build_pages()
    page = window.library_page
    page.select_session("equal-voices", "speaking-up")
    page.print_button.click()
    assert window.current_page() is window.print_page
    request = window.print_page.request()
    assert (request.kind, request.session_id) == ("handout", "speaking-up")
    window.workshops_page.refresh(select=workshop.id)
    window.workshops_page.print_button.click()
    request = window.print_page.request()
    assert (request.kind, request.workshop_id, request.copies) == ("pack", workshop.id, 12)
    window.print_page.stop_build()


def test_language_switch_keeps_the_page_and_turns_the_window_right_to_left(
    qtbot, bundled_library, settings, window_state, memory_store, pins
):
    from PySide6.QtWidgets import QApplication

    window = create_main_window(
        bundled_library, settings, window_state, store=memory_store, pins=pins
    )
    qtbot.addWidget(window)
    window.build_pages()
    window.sidebar.setCurrentRow(3)  # Print
    old_print_page = window.print_page
    try:
        window.apply_language("ar")
        assert QApplication.instance().layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert window.sidebar.currentRow() == 3
        assert window.current_page() is window.print_page
        assert window.print_page is not old_print_page  # rebuilt in the new language
        assert window.pages.count() == 5
    finally:
        window.apply_language("en")
    assert QApplication.instance().layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.sidebar.item(0).text() == "Library"


def test_help_menu_opens_quick_start_shortcuts_and_about(
    qtbot, bundled_library, settings, window_state
):
    window = create_main_window(bundled_library, settings, window_state)
    qtbot.addWidget(window)
    help_menu = window.menuBar().actions()[-1].menu()
    texts = [a.text().replace("&", "") for a in help_menu.actions()]
    assert texts == ["Quick start", "Keyboard shortcuts", "First-time setup…", "About Workshop Kit"]
    for dialog in (window.show_quick_start(), window.show_shortcuts(), window.show_about()):
        qtbot.addWidget(dialog)
        assert dialog.isVisible()
        dialog.close()


def test_first_run_is_offered_once(qtbot, bundled_library, settings, window_state, pins):
    from workshop_kit.ui.firstrun.wizard import FirstRunWizard, mark_first_run_done

    window = create_main_window(bundled_library, settings, window_state, pins=pins)
    qtbot.addWidget(window)
    window.offer_first_run()
    wizards = window.findChildren(FirstRunWizard)
    assert len(wizards) == 1 and wizards[0].isVisible()
    wizards[0].skip()
    mark_first_run_done(window_state)
    window.offer_first_run()
    assert sum(w.isVisible() for w in window.findChildren(FirstRunWizard)) == 0


def test_saving_a_new_interface_language_in_settings_applies_it(
    qtbot, bundled_library, settings, window_state, memory_store, pins
):
    window = create_main_window(
        bundled_library, settings, window_state, store=memory_store, pins=pins
    )
    qtbot.addWidget(window)
    window.build_pages()
    window.sidebar.setCurrentRow(4)
    editor = window.settings_page.editors["ui_language"]
    editor.setCurrentIndex(editor.findData("fr"))
    try:
        with qtbot.waitSignal(window.language_applied, timeout=5000) as signal:
            window.settings_page.save()
        assert signal.args == ["fr"]
        assert window.current_page() is window.settings_page
        assert window.sidebar.currentRow() == 4
    finally:
        window.apply_language("en")
