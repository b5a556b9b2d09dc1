"""Start the GUI: the QApplication, fonts, language, content and the main window.

Before the window: the log file, the last-resort error reporter (``ui.errors``), the
one-app-per-data-folder lock (``workshop_kit.instance``) and a check that the data folder
can be written to (``ui.startup``).
"""

from __future__ import annotations

import logging
import os
import sys
from typing import TYPE_CHECKING, cast

# Nothing here makes Qt's ``Qt`` namespace (about 15 ms of enums) before the first paint.
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from workshop_kit import __version__, paths
from workshop_kit.settings import Settings
from workshop_kit.ui.i18n import install_language
from workshop_kit.ui.main_window import MainWindow

if TYPE_CHECKING:
    from workshop_kit.content.library import Library

__all__ = ["create_main_window", "run_app", "setup_application"]

ORGANISATION = "WorkshopKit"
APPLICATION = "Workshop Kit"
DESKTOP_ID = "org.workshopkit.WorkshopKit"


def _register_bundled_fonts() -> None:
    # Arabic must render on a laptop without Arabic fonts installed.
    from PySide6.QtGui import QFontDatabase

    for font in sorted((paths.assets_dir() / "fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(font))


def _set_window_icon() -> None:
    # After the first paint: creating the QIcon (and its SVG plugin) costs start-up time.
    from PySide6.QtGui import QIcon

    icon = QIcon(str(paths.assets_dir() / "icons" / "workshop-kit.svg"))
    QApplication.setWindowIcon(icon)


def setup_application(app: QApplication, ui_language: str, *, fonts_now: bool = True) -> None:
    """Fonts, translations and layout direction for ``ui_language``.

    With ``fonts_now=False`` the caller registers the bundled fonts later (the app does it
    right after the first paint, before any Arabic content is shown)."""
    app.setApplicationDisplayName(APPLICATION)
    if fonts_now:
        _register_bundled_fonts()
    install_language(app, ui_language)


def window_state() -> QSettings:
    """Window sizes and positions, kept next to the user's data."""
    return QSettings(str(paths.user_data_dir() / "window-state.ini"), QSettings.Format.IniFormat)


def create_main_window(
    library: Library | None = None,
    settings: Settings | None = None,
    state: QSettings | None = None,
    **stores,
) -> MainWindow:
    """The main window; ``stores`` may pass ``store=`` and ``pins=`` (tests do)."""
    settings = settings or Settings()
    source = library if library is not None else _load_library
    return MainWindow(source, settings, state or window_state(), **stores)


def _load_library() -> Library:
    from workshop_kit.content.cache import load_library_cached  # after the first paint

    return load_library_cached(paths.cache_dir() / "library.json")


def _redact_site_contacts() -> None:
    """The centre's help contacts never reach the log, even inside an error message."""
    from workshop_kit.logs import redact_also
    from workshop_kit.site import load_site

    for contact in load_site().contacts:
        redact_also(*contact.name.values(), contact.phone, *contact.hours.values())


def _after_first_paint() -> None:
    _redact_site_contacts()
    _register_bundled_fonts()
    _set_window_icon()


def _system() -> str:
    """``platform.system()`` ("Linux", "Darwin", "Windows") without importing ``platform``."""
    return os.uname().sysname if hasattr(os, "uname") else "Windows"


def _queued(slot):
    """``slot`` run on the next turn of the event loop (a queued connection, without the
    ``Qt.ConnectionType`` enum before the first paint)."""
    return lambda *_: QTimer.singleShot(0, slot)


def run_app(ui_language: str | None = None, *, smoke: bool = False) -> int:
    """Open the app. With ``smoke``, quit once the main window shows the Library."""
    from workshop_kit.instance import AlreadyRunning, InstanceLock, request_raise
    from workshop_kit.logs import setup_logging
    from workshop_kit.ui.errors import ErrorReporter
    from workshop_kit.ui.raise_watcher import RaiseWatcher

    data_dir = paths.user_data_dir()
    writable = paths.is_writable(data_dir)
    # A read-only data folder logs to the private temporary folder instead.
    setup_logging(folder=None if writable else paths.writable_cache_dir() / "logs")
    log = logging.getLogger("workshop_kit.app")
    log.info(
        "app %s starting: %s on Python %s",
        __version__,
        _system(),
        sys.version.split()[0],  # platform.python_version(), without importing platform
    )
    app = cast(QApplication, QApplication.instance() or QApplication(sys.argv[:1]))
    shown: list[MainWindow] = []  # the window, once there is one: the error box's parent
    reporter = ErrorReporter(lambda: shown[0] if shown else None, smoke=smoke)
    reporter.install()
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setDesktopFileName(DESKTOP_ID)  # links windows to the menu entry (Wayland)
    settings = Settings()
    setup_application(app, ui_language or settings.get("ui_language"), fonts_now=False)
    lock = InstanceLock(data_dir)
    try:
        lock.acquire()
    except AlreadyRunning:
        log.info("already open on this data folder; asked the other window to show")
        request_raise(data_dir)
        if smoke:
            print("workshop-kit gui: already open for this data folder", file=sys.stderr)
        else:
            from workshop_kit.ui.startup import show_already_open

            show_already_open(data_dir)
        reporter.uninstall()
        return 1
    window = create_main_window(settings=settings)
    shown.append(window)
    watcher = RaiseWatcher(data_dir, window) if writable else None
    if watcher is not None:
        watcher.raise_requested.connect(window.bring_to_front)
    # The first paint needs no bundled font; the pages built right after it do. Nothing
    # logged before it names the centre's contacts (they are shown on pages built later).
    # That work (about 15 ms) is queued, not done in the paint event: the window's pixels
    # reach the screen first, and it still runs before the pages are built (queued first).
    if smoke:  # first: the moment of the paint, before the work queued behind it
        window.first_shown.connect(lambda: print("main window shown", flush=True))
    window.first_shown.connect(_queued(_after_first_paint))
    window.show()
    if smoke:  # report the two moments, then quit, leaving the saved window size alone
        window.remember_geometry = False
        window.pages_ready.connect(lambda: (print("library ready", flush=True), app.quit()))
        if not writable:
            print(f"workshop-kit gui: read-only data folder: {data_dir}", file=sys.stderr)
    elif writable:  # the first-time setup, once, over the ready window
        window.pages_ready.connect(_queued(window.offer_first_run))
    else:
        log.warning("the data folder cannot be written to; read-only")

        def read_only() -> None:
            from workshop_kit.ui.startup import show_read_only

            show_read_only(window, data_dir)

        window.pages_ready.connect(_queued(read_only))
    try:
        return app.exec()
    finally:
        reporter.uninstall()
        lock.release()
        log.info("app closed")
