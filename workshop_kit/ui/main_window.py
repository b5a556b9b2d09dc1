"""The main window: a sidebar of pages and the page on show.

The window appears first and fills its pages on the next turn of the event loop, so
it is on screen as fast as Qt allows; loading the curricula and building the Library
page happen just after (``benchmarks/startup.py`` reports both moments).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from workshop_kit import __version__, paths
from workshop_kit.settings import Settings

if TYPE_CHECKING:
    from workshop_kit.content.library import Library

__all__ = ["MainWindow"]


class MainWindow(QMainWindow):
    """Sidebar of pages on the left; remembers its size and position."""

    #: emitted when the window is first painted on screen
    first_shown = Signal()
    #: emitted once the pages are built and the curricula loaded
    pages_ready = Signal()

    def __init__(
        self,
        library: Library | Callable[[], Library],
        settings: Settings,
        state: QSettings,
        *,
        store=None,
        pins=None,
        parent=None,
    ):
        """``store`` (WorkshopStore) and ``pins`` (PinStore) default to the user's data
        folder; they are created after the first paint."""
        super().__init__(parent)
        self.settings = settings
        self.state = state
        self._library_source = library
        self.store = store
        self.pins = pins
        self.library_page = None
        self.workshops_page = None
        self.print_page = None
        self.settings_page = None
        self.results_page = None
        self.recovery_notes: list = []
        self.run_windows: list = []  # RunWindow, imported when first needed
        self.setWindowTitle(self.tr("Workshop Kit"))
        self.setMinimumSize(720, 480)

        self.sidebar = QListWidget(self)
        self.sidebar.setAccessibleName(self.tr("Pages"))
        self.sidebar.setFixedWidth(170)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(QLabel(self.tr("Loading curricula…"), self))
        for title in self.page_titles():
            QListWidgetItem(title.replace("&", ""), self.sidebar)
        self.sidebar.setCurrentRow(0)

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self._restore_geometry()
        self._painted = False

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:  # on screen: now fill the pages
            self._painted = True
            self.first_shown.emit()
            QTimer.singleShot(0, self.build_pages)

    def build_pages(self) -> None:
        """Load the curricula and build the pages (once; later calls do nothing)."""
        if self.library_page is not None:
            return
        from workshop_kit.ui.library.page import LibraryPage

        source = self._library_source
        library = source() if callable(source) else source
        self.library_page = LibraryPage(library, self.settings, paths.user_curricula_dir(), self)
        self.library_page.run_requested.connect(self._on_library_page_run_requested)
        placeholder = self.pages.widget(0)
        self.pages.insertWidget(0, self.library_page)
        self.pages.removeWidget(placeholder)
        placeholder.deleteLater()
        self._build_workshops_page(library)
        self._build_results_page(library)
        self._build_print_and_settings_pages(library)
        self.pages.setCurrentIndex(0)
        self.sidebar.currentRowChanged.connect(self._on_sidebar_current_row_changed)
        self.pages_ready.emit()
        if self.recovery_notes:
            QTimer.singleShot(0, self._show_recovery_notes)

    def _build_workshops_page(self, library: Library) -> None:
        from workshop_kit.records.pin import PinStore
        from workshop_kit.records.store import WorkshopStore
        from workshop_kit.ui.workshops.page import WorkshopsPage

        if self.store is None:
            self.store = WorkshopStore()
        if self.pins is None:
            self.pins = PinStore()
        # Damaged workshop files are quarantined and restored from backup before use.
        self.recovery_notes = self.store.check()
        self.workshops_page = WorkshopsPage(self.store, library, self.pins, self.settings, self)
        self.pages.addWidget(self.workshops_page)

    def _build_results_page(self, library: Library) -> None:
        from workshop_kit.site import load_site
        from workshop_kit.ui.results.page import ResultsPage

        self.results_page = ResultsPage(
            self.store, library, self.pins, self.settings, self, site_source=load_site
        )
        self.pages.addWidget(self.results_page)
        self.results_page.data_changed.connect(self.workshops_page.refresh)

    def _build_print_and_settings_pages(self, library: Library) -> None:
        from workshop_kit.ui.printing.page import PrintPage
        from workshop_kit.ui.settings.page import SettingsPage

        self.print_page = PrintPage(library, self.store, self.settings, self)
        self.settings_page = SettingsPage(self.settings, self)
        self.pages.addWidget(self.print_page)
        self.pages.addWidget(self.settings_page)
        self.library_page.print_requested.connect(self._on_print_session_requested)
        self.workshops_page.print_requested.connect(self._on_print_workshop_requested)
        self.settings_page.site_saved.connect(self.print_page.rebuild)

    def _on_print_session_requested(self, curriculum_id: str, session_id: str, lang: str) -> None:
        self.sidebar.setCurrentRow(self.pages.indexOf(self.print_page))
        self.print_page.preset_session(curriculum_id, session_id, lang)

    def _on_print_workshop_requested(self, workshop_id: str) -> None:
        self.sidebar.setCurrentRow(self.pages.indexOf(self.print_page))
        self.print_page.preset_workshop(workshop_id)

    def _on_sidebar_current_row_changed(self, row: int) -> None:
        if 0 <= row < self.pages.count():
            self.pages.setCurrentIndex(row)

    def _show_recovery_notes(self) -> None:
        text = "\n\n".join(note.message for note in self.recovery_notes)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Workshop data was repaired"),
            self.tr(
                "Some workshop files could not be read when Workshop Kit "
                "started. Nothing was deleted:"
            ),
            parent=self,
        )
        box.setInformativeText(text)
        box.open()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for row, title in enumerate(self.page_titles()):
            action = QAction(title, self)
            action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _=False, row=row: self.sidebar.setCurrentRow(row))
            view_menu.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about_action = QAction(self.tr("&About Workshop Kit"), self)
        about_action.triggered.connect(self._on_about_triggered)
        help_menu.addAction(about_action)

    def page_titles(self) -> list[str]:
        """The pages in sidebar order (the stack holds them in the same order)."""
        return [
            self.tr("&Library"),
            self.tr("&Workshops"),
            self.tr("&Results"),
            self.tr("&Print"),
            self.tr("&Settings"),
        ]

    # -- geometry --------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        saved = self.state.value("main_window/geometry")
        if isinstance(saved, QByteArray) and not saved.isEmpty():
            self.restoreGeometry(saved)
        else:
            self.resize(1200, 780)

    def closeEvent(self, event: QCloseEvent) -> None:
        for window in list(self.run_windows):
            if window.isVisible() and not window.close():
                event.ignore()
                return
        if self.print_page is not None:
            self.print_page.stop_build()
        if self.results_page is not None:
            self.results_page.stop()
        self.state.setValue("main_window/geometry", self.saveGeometry())
        self.state.sync()
        super().closeEvent(event)

    # -- slots -----------------------------------------------------------------------
    def _on_library_page_run_requested(self, curriculum, session, lang: str) -> None:
        from workshop_kit.ui.run.window import show_run_window  # not needed at start-up

        window = show_run_window(
            curriculum,
            session,
            lang,
            parent=self,
            warning_seconds=self.settings.get("timer_warning_seconds"),
        )
        self.run_windows.append(window)
        window.destroyed.connect(lambda *_: self.run_windows.remove(window))

    def _on_about_triggered(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Workshop Kit"),
            self.tr(
                "Workshop Kit {version}\n\nAn offline toolkit for community workshops "
                "on gender-based violence and gender equality.\n\nYour data folder: "
                "{folder}"
            ).format(version=__version__, folder=paths.user_data_dir()),
        )
