"""The main window: a sidebar of pages and the page on show.

The window appears first and fills its pages on the next turn of the event loop, so
it is on screen as fast as Qt allows; loading the curricula and building the Library
page happen just after (``benchmarks/startup.py`` reports both moments).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QSize, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from workshop_kit import paths
from workshop_kit.settings import Settings

if TYPE_CHECKING:  # named in hints only: PySide6 makes each Qt class when it is imported
    from PySide6.QtGui import QCloseEvent

    from workshop_kit.content.library import Library
    from workshop_kit.records.migration import MigrationReport
    from workshop_kit.records.protection import Protected
    from workshop_kit.ui.keys.gate import DataLock
    from workshop_kit.ui.library.page import LibraryPage
    from workshop_kit.ui.printing.page import PrintPage
    from workshop_kit.ui.results.page import ResultsPage
    from workshop_kit.ui.settings.page import SettingsPage
    from workshop_kit.ui.startup import DataStart
    from workshop_kit.ui.workshops.page import WorkshopsPage

__all__ = ["MainWindow"]


#: Title bar and borders (width, height) assumed before the window manager has framed the
#: window; the fit is checked again with the real frame after the first paint.
FRAME_GUESS = (8, 40)


class MainWindow(QMainWindow):
    """Sidebar of pages on the left; remembers its size and position."""

    #: emitted when the window is first painted on screen
    first_shown = Signal()
    #: emitted once the pages are built and the curricula loaded
    pages_ready = Signal()
    #: emitted after the interface language changed (the pages are rebuilt)
    language_applied = Signal(str)

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
        # The pages are built after the first paint (``_create_pages``).
        self.library_page: LibraryPage | None = None
        self.workshops_page: WorkshopsPage | None = None
        self.print_page: PrintPage | None = None
        self.settings_page: SettingsPage | None = None
        self.results_page: ResultsPage | None = None
        self.recovery_notes: list = []
        #: the survey data's lock (``ui.keys.gate``), made with the store
        self.data_lock: DataLock | None = None
        #: what the start sealed of a folder made before encryption
        self.migration: MigrationReport | None = None
        self.storage_problems: tuple = ()  # what the start-up check could not do
        #: the start-up check and the listing's file reads, on workers (``ui.startup``)
        self.data_start: DataStart | None = None
        #: the sealed store opened here, until its check is done
        self._protected: Protected | None = None
        self.run_windows: list = []  # RunWindow, imported when first needed
        #: False for a smoke run: a check of the installation leaves the user's size alone
        self.remember_geometry = True
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
        self.sidebar.currentRowChanged.connect(self._on_sidebar_current_row_changed)
        self.library: Library | None = None
        self.ui_language = settings.get("ui_language")

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
            QTimer.singleShot(0, self._fit_screen)  # now with the real frame

    def build_pages(self) -> None:
        """Load the curricula and build the pages (once; later calls do nothing)."""
        self._bind_keys()
        if self.library_page is not None:
            return
        source = self._library_source
        self.library = source() if callable(source) else source
        self._create_pages(self.library)
        self._update_lock_action()
        self.pages_ready.emit()
        if self.data_start is not None:
            self.data_start.pages_listed()
        if self._plain_data_waiting():  # an earlier version's answers, still in the clear
            QTimer.singleShot(0, self.run_key_setup)

    def _create_pages(self, library: Library) -> None:
        from workshop_kit.ui.library.page import LibraryPage

        for old in [self.pages.widget(i) for i in range(self.pages.count())]:
            self.pages.removeWidget(old)
            old.deleteLater()
        self.library_page = LibraryPage(library, self.settings, paths.user_curricula_dir(), self)
        self.library_page.run_requested.connect(self._on_library_page_run_requested)
        self.pages.addWidget(self.library_page)
        self._build_workshops_page(library)
        self._build_results_page(library)
        self._build_print_and_settings_pages(library)
        row = self.sidebar.currentRow()
        self.pages.setCurrentIndex(row if 0 <= row < self.pages.count() else 0)

    def apply_language(self, lang: str) -> None:
        """Switch the interface language now, staying on the page on show.

        The pages are built again in the new language (their texts are set when they are
        made); what is stored is untouched. Windows already open elsewhere (a running
        session, the kiosk) keep their language until they are opened again.
        """
        from PySide6.QtWidgets import QApplication

        from workshop_kit.ui.i18n import install_language

        install_language(QApplication.instance(), lang)
        self.ui_language = lang
        self.setWindowTitle(self.tr("Workshop Kit"))
        self.sidebar.setAccessibleName(self.tr("Pages"))
        for index, title in enumerate(self.page_titles()):
            self.sidebar.item(index).setText(title.replace("&", ""))
        self.menuBar().clear()
        self._build_menus()
        self._bind_keys()
        if self.library_page is not None:
            self._stop_pages()
            self._create_pages(self.library)
        self.language_applied.emit(lang)

    def _on_settings_saved(self) -> None:
        lang = self.settings.get("ui_language")
        if lang != self.ui_language:  # after this slot returns: the page is rebuilt
            QTimer.singleShot(0, lambda: self.apply_language(lang))

    def _stop_pages(self) -> None:
        if self.print_page is not None:
            self.print_page.stop_build()
        if self.results_page is not None:
            self.results_page.stop()

    def _open_store(self):
        """The user's store: sealed once the keys are set up; before that an empty store in
        memory, and the data pages ask for the key setup (nothing is saved in the clear)."""
        from workshop_kit.records.protection import open_protected, workshops_dir
        from workshop_kit.records.store import WorkshopStore
        from workshop_kit.ui.keys.gate import DataLock

        checked = self.store
        self._protected = None
        if self.store is not None:  # given (tests): sealed or not, as it comes
            vault = getattr(self.store.backend, "vault", None)
            self.data_lock = DataLock(vault, self)
        else:
            # A folder made before encryption is sealed on the worker, before the check.
            protected = self._protected = open_protected(migrate=False)
            if protected is None:
                # Checked as it stands (a folder made before encryption is repaired before
                # the setup seals it); the pages get an empty store that saves nothing.
                checked = WorkshopStore(workshops_dir())
                self.store = WorkshopStore(memory=True)
                self.data_lock = DataLock(None, self, needs_setup=True)
            else:
                self.store = protected.store
                checked = self.store
                self.data_lock = DataLock(protected.vault, self)
        self.data_lock.changed.connect(self._on_data_lock_changed)
        self.data_lock.about_to_lock.connect(self._on_data_about_to_lock)
        return checked

    def _gate(self, page: QWidget) -> QWidget:
        from workshop_kit.ui.keys.gate import DataGate

        assert self.data_lock is not None
        return DataGate(page, self.data_lock, on_setup=self.run_key_setup, parent=self)

    def _build_workshops_page(self, library: Library) -> None:
        from workshop_kit.records.pin import PinStore
        from workshop_kit.ui.workshops.page import WorkshopsPage

        if self.data_lock is None:  # the first build: open the data, check on a worker
            checked = self._open_store()
            self._start_data(checked)
        if self.pins is None:
            self.pins = PinStore()
        self.workshops_page = WorkshopsPage(self.store, library, self.pins, self.settings, self)
        self.workshops_page.kiosk_started.connect(self._on_workshops_page_kiosk_started)
        self.pages.addWidget(self._gate(self.workshops_page))

    def _start_data(self, checked) -> None:
        """Damaged workshop files are quarantined and restored from backup on a worker;
        the window lists workshops from their summaries meanwhile, and reads no file."""
        from PySide6.QtWidgets import QApplication

        from workshop_kit.ui.startup import DataStart

        self.data_start = DataStart(self)
        self.data_start.watch(self.store)
        if self.library_page is None:  # the fold waits for the pages' first listing
            self.data_start.wait_for_pages()
        app = QApplication.instance()
        if app is not None:  # a quit without closing the window (--smoke) waits for them too
            app.aboutToQuit.connect(self._stop_data)
        self.data_start.checked.connect(self._on_data_checked)
        self.data_start.listing_ready.connect(self._on_listing_ready)
        self.data_start.listing_moved.connect(self._on_listing_moved)
        self.data_start.listing_partial.connect(self._on_listing_partial)
        protected = self._protected
        if protected is None:
            self.data_start.start_check(checked)
        else:
            from workshop_kit.records.protection import finish_migration

            self.data_start.start_check(checked, before=lambda: finish_migration(protected))

    def _stop_data(self) -> None:
        """Wait for the start-up jobs (a check is never left half-done) and save the
        listing index."""
        if self.data_start is not None:
            self.data_start.stop()
        if self.store is not None:
            self.store.flush_listing()

    def _on_data_checked(self, notes, problems) -> None:
        self.recovery_notes, self.storage_problems = list(notes), tuple(problems)
        if self._protected is not None:
            self.migration = self._protected.migration
        if self.recovery_notes:
            QTimer.singleShot(0, self._show_recovery_notes)
        if self.storage_problems:
            QTimer.singleShot(0, self._show_storage_problems)
        self._on_listing_ready()

    def _on_listing_moved(self, done: int, total: int) -> None:
        if self.workshops_page is not None:
            self.workshops_page.set_listing_progress((done, total))

    def _on_listing_ready(self) -> None:
        """Summaries were read on a worker: the pages that list workshops list again
        (from one listing: each would otherwise sort thousands of summaries itself)."""
        if self.store is None:
            return
        summaries = self.store.workshop_summaries()
        if self.workshops_page is not None:
            progress = self.data_start.listing_progress if self.data_start else None
            self.workshops_page.set_listing_progress(progress)  # None once it is done
            self.workshops_page.refresh(summaries=summaries)
        workshops = [summary.workshop for summary in summaries]
        if self.results_page is not None:
            self.results_page.filters.set_workshops(workshops)
        if self.print_page is not None:
            self.print_page.refresh_workshops(workshops)

    def _on_listing_partial(self) -> None:
        """Some summaries were read while a long listing runs: the Workshops page shows
        them, if it is on show (the other pages' lists wait for the end)."""
        page = self.workshops_page
        if page is not None and page.isVisible() and self.data_start is not None:
            page.set_listing_progress(self.data_start.listing_progress)
            page.refresh()

    def _build_results_page(self, library: Library) -> None:
        from workshop_kit.site import load_site
        from workshop_kit.ui.results.page import ResultsPage

        self.results_page = ResultsPage(
            self.store, library, self.pins, self.settings, self, site_source=load_site
        )
        self.pages.addWidget(self._gate(self.results_page))
        self.results_page.data_changed.connect(self.workshops_page.refresh)

    # -- the survey data's keys ---------------------------------------------------------
    def lock_data(self) -> None:
        """Lock the survey data now (File > Lock, Ctrl+L)."""
        if self.data_lock is not None:
            self.data_lock.lock()

    def _on_workshops_page_kiosk_started(self) -> None:
        # The kiosk saves with public keys only: nothing at it can read earlier answers.
        self.lock_data()

    def _on_data_about_to_lock(self) -> None:
        if self.data_start is not None:
            self.data_start.cancel_fold()

    def _on_data_lock_changed(self, readable: bool) -> None:
        self._update_lock_action()
        if readable and self.data_start is not None:
            self.data_start.start_fold()  # the kiosk's saves since the last unlock
        page = self.print_page
        if page is not None:
            chosen = page.workshop.currentData()
            page.refresh_workshops()  # no site or workshop of locked data stays on show
            if not readable and chosen is not None:
                page.rebuild()

    def _update_lock_action(self) -> None:
        action = getattr(self, "lock_action", None)
        if action is not None:
            lock = self.data_lock
            action.setEnabled(lock is not None and lock.protected and lock.is_open)

    def _plain_data_waiting(self) -> bool:
        from workshop_kit.records.protection import has_plain_data

        lock = self.data_lock
        return lock is not None and lock.needs_setup and has_plain_data()

    def run_key_setup(self):
        """The first-run key setup; on success the data pages are built on the new store."""
        from workshop_kit.ui.keys.setup_dialog import KeySetupDialog

        dialog = KeySetupDialog(self, data_dir=paths.user_data_dir())
        dialog.accepted.connect(lambda: self._adopt_protected(dialog.protected))
        dialog.open()
        return dialog

    def _adopt_protected(self, protected) -> None:
        assert self.data_lock is not None
        self.store = protected.store
        self.migration = protected.migration
        if self.data_start is not None:
            self.data_start.watch(self.store)
        self.data_lock.became_set_up(protected.vault)
        if self.library_page is not None and self.library is not None:
            self._stop_pages()
            self._create_pages(self.library)

    def _build_print_and_settings_pages(self, library: Library) -> None:
        from workshop_kit.ui.printing.page import PrintPage
        from workshop_kit.ui.settings.page import SettingsPage

        self.print_page = PrintPage(library, self.store, self.settings, self)
        lock = self.data_lock
        self.settings_page = SettingsPage(
            self.settings,
            self,
            pins=self.pins,
            vault=lock.vault if lock is not None else None,
            unlock=(lambda: lock.ensure_unlocked(self)) if lock is not None else None,
        )
        self.pages.addWidget(self.print_page)
        self.pages.addWidget(self.settings_page)
        self.library_page.print_requested.connect(self._on_print_session_requested)
        self.workshops_page.print_requested.connect(self._on_print_workshop_requested)
        self.settings_page.site_saved.connect(self.print_page.rebuild)
        self.settings_page.site_saved.connect(self._on_settings_saved)

    def _on_print_session_requested(self, curriculum_id: str, session_id: str, lang: str) -> None:
        self.sidebar.setCurrentRow(self.pages.indexOf(self.print_page))
        self.print_page.preset_session(curriculum_id, session_id, lang)

    def _on_print_workshop_requested(self, workshop_id: str) -> None:
        self.sidebar.setCurrentRow(self.pages.indexOf(self.print_page))
        self.print_page.preset_workshop(workshop_id)

    def current_page(self) -> QWidget | None:
        """The page on show (for Workshops and Results, the page behind its lock panel)."""
        from workshop_kit.ui.keys.gate import DataGate

        shown = self.pages.currentWidget()
        return shown.page if isinstance(shown, DataGate) else shown

    def row_of(self, page: QWidget) -> int:
        """The sidebar row of ``page`` (-1 if it is not one of the pages)."""
        for row in range(self.pages.count()):
            shown = self.pages.widget(row)
            if shown is page or getattr(shown, "page", None) is page:
                return row
        return -1

    def _on_sidebar_current_row_changed(self, row: int) -> None:
        if 0 <= row < self.pages.count():
            self.pages.setCurrentIndex(row)

    def _show_recovery_notes(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from workshop_kit.ui.problems import note_text

        text = "\n\n".join(note_text(note) for note in self.recovery_notes)
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

    def _show_storage_problems(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from workshop_kit.ui.storage_errors import storage_error_text

        texts = [storage_error_text(error) or str(error) for error in self.storage_problems]
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Workshop data cannot be saved"),
            self.tr("Workshop Kit checked its data folder and found a problem:"),
            parent=self,
        )
        box.setInformativeText("\n\n".join(dict.fromkeys(texts)))
        box.open()

    def _build_menus(self) -> None:
        """The menus; their keys are bound by :meth:`_bind_keys` (see there)."""
        #: (action, keys): portable key text ("Ctrl+L") or a ``QKeySequence.StandardKey``
        #: name ("Quit"), bound after the first paint
        self._unbound_keys: list[tuple[QAction, str]] = []
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.lock_action = QAction(self.tr("&Lock survey data"), self)
        self._unbound_keys.append((self.lock_action, "Ctrl+L"))
        self.lock_action.setToolTip(
            self.tr("Hide workshops and results until the unlock code is typed")
        )
        self.lock_action.triggered.connect(self.lock_data)
        file_menu.addAction(self.lock_action)
        self._update_lock_action()
        quit_action = QAction(self.tr("&Quit"), self)
        self._unbound_keys.append((quit_action, "Quit"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for row, title in enumerate(self.page_titles()):
            action = QAction(title, self)
            self._unbound_keys.append((action, f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _=False, row=row: self.sidebar.setCurrentRow(row))
            view_menu.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        for text, keys, slot in (
            (self.tr("&Quick start"), "HelpContents", self.show_quick_start),
            (self.tr("&Keyboard shortcuts"), "Ctrl+/", self.show_shortcuts),
            (self.tr("First-time &setup…"), None, self.run_first_run),
            (self.tr("&About Workshop Kit"), None, self.show_about),
        ):
            action = QAction(text, self)
            if keys is not None:
                self._unbound_keys.append((action, keys))
            action.triggered.connect(slot)
            help_menu.addAction(action)

    def _bind_keys(self) -> None:
        """Give the menu actions their keys (once per build of the menus).

        Not before the first paint: the first ``QAction.setShortcut`` makes PySide6 build
        the ``Qt`` namespace's hundreds of enums (about 15 ms), and a key pressed before
        the pages are built has nothing to act on. :meth:`build_pages`, the event right
        after the first paint, binds them; events queued meanwhile wait for it."""
        from PySide6.QtGui import QKeySequence

        for action, keys in self._unbound_keys:
            standard = getattr(QKeySequence.StandardKey, keys, None)
            action.setShortcut(standard if standard is not None else QKeySequence(keys))
        self._unbound_keys = []

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
        if saved is not None:  # QByteArray is made by PySide6 when first imported
            from PySide6.QtCore import QByteArray

            if not isinstance(saved, QByteArray) or saved.isEmpty():
                saved = None
        if saved is not None:
            self.restoreGeometry(saved)
        else:
            self.resize(1200, 780)
        self._fit_screen()

    def _fit_screen(self) -> None:
        """Never larger than the screen's free area (a 1024x600 netbook, a projector), even
        when a bigger screen was used last time."""
        screen = self.screen()
        if screen is None:
            return
        room = screen.availableGeometry()
        frame = self.frameGeometry().size() - self.geometry().size()  # title bar, borders
        if frame.isEmpty() and not self.isVisible():
            # Not shown yet, so the window manager has not told the frame: keep room for a
            # usual title bar and borders (else the status bar opens below a 600-pixel screen).
            frame = QSize(FRAME_GUESS[0], FRAME_GUESS[1])
        width = min(self.width(), room.width() - frame.width())
        height = min(self.height(), room.height() - frame.height())
        if (width, height) != (self.width(), self.height()):
            self.resize(max(width, self.minimumWidth()), max(height, self.minimumHeight()))
            self.move(room.topLeft())

    def closeEvent(self, event: QCloseEvent) -> None:
        for window in list(self.run_windows):
            if window.isVisible() and not window.close():
                event.ignore()
                return
        self._stop_pages()
        self._stop_data()
        if self.remember_geometry:
            self.state.setValue("main_window/geometry", self.saveGeometry())
            self.state.sync()  # a read-only data folder: QSettings gives up quietly
        super().closeEvent(event)

    def bring_to_front(self) -> None:
        """Show the window above the others (a second start of the app asked for it).

        Not while the survey kiosk is open: the kiosk stays on top until the facilitator
        leaves it with the PIN, so it is the kiosk that comes to the front."""
        from PySide6.QtWidgets import QApplication

        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and type(widget).__name__ == "KioskWindow":
                widget.raise_()
                widget.activateWindow()
                return
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

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

    # -- help and first run ------------------------------------------------------------
    def show_quick_start(self):
        from workshop_kit.ui.help.quick_start import show_quick_start

        return show_quick_start(self.settings.get("ui_language"), self)

    def show_shortcuts(self):
        from workshop_kit.ui.help.shortcuts_dialog import show_shortcuts

        return show_shortcuts(self)

    def show_about(self):
        from workshop_kit.ui.help.about import show_about

        return show_about(self)

    def first_run_wizard(self):
        """The first-time setup (language, centre, PIN, help contacts); not yet shown."""
        from workshop_kit.records.pin import PinStore
        from workshop_kit.ui.firstrun.wizard import FirstRunWizard

        if self.pins is None:
            self.pins = PinStore()
        wizard = FirstRunWizard(self.settings, self.pins, self.state, self)
        wizard.language_chosen.connect(self.apply_language)
        wizard.finished.connect(self._on_first_run_finished)
        return wizard

    def run_first_run(self):
        wizard = self.first_run_wizard()
        wizard.open()
        return wizard

    def offer_first_run(self) -> None:
        """Open the first-time setup if it has never been done or skipped."""
        from workshop_kit.ui.firstrun.wizard import needs_first_run

        if needs_first_run(self.state):
            self.run_first_run()

    def _on_first_run_finished(self, _result: int) -> None:
        if self.data_lock is not None and self.data_lock.needs_setup:
            QTimer.singleShot(0, self.run_key_setup)  # then the keys, before any survey
        if self.library_page is not None:  # show the new centre name, contacts, PIN
            self._stop_pages()
            self._create_pages(self.library)
