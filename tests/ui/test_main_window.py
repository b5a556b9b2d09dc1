"""The main window: title, pages, remembered geometry, load problems shown, offline."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtWidgets import QApplication, QPushButton

from tests.helpers import make_content, replace_once
from workshop_kit.ui.app import create_main_window, setup_application
from workshop_kit.ui.library.problems_dialog import ProblemsDialog


def test_gui_smoke_opens_main_window_without_network(qtbot, user_data, no_network):
    setup_application(QApplication.instance(), "en")
    window = create_main_window()  # loads bundled and user content like the real app
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_shown), qtbot.waitSignal(window.pages_ready):
        window.show()  # the window paints first, then fills the Library
    assert window.windowTitle() == "Workshop Kit"
    assert window.library_page.tree.topLevelItemCount() == 1
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
        assert window.pages.currentWidget() is page


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


def test_broken_user_curriculum_is_shown_with_reasons(qtbot, user_data, settings, window_state):
    folder = make_content(user_data / "curricula")
    replace_once(folder / "sessions" / "01-first.yaml", "minutes: 20", "minutes: 25")
    window = create_main_window(None, settings, window_state)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.pages_ready):
        window.show()
    page = window.library_page
    assert page.tree.topLevelItemCount() == 1  # the bundled one still loads
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
    assert window.pages.currentWidget() is window.print_page
    request = window.print_page.request()
    assert (request.kind, request.session_id) == ("handout", "speaking-up")
    window.workshops_page.refresh(select=workshop.id)
    window.workshops_page.print_button.click()
    request = window.print_page.request()
    assert (request.kind, request.workshop_id, request.copies) == ("pack", workshop.id, 12)
    window.print_page.stop_build()
