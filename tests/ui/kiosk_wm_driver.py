"""Run the real app with the survey kiosk open, for tests/ui/test_kiosk_wm.py.

Run as ``python -m tests.ui.kiosk_wm_driver REPORT`` with ``WORKSHOP_KIT_DATA_DIR`` set to
an empty folder and ``DISPLAY`` set to an X server with a window manager. It makes a test
workshop (PIN 2468), opens the main window on the Workshops page, opens a paper-entry
window (a second top-level window of the app), then presses "Start before survey" as a
facilitator would. Once the kiosk is up it writes REPORT (JSON: the X window ids) and from
then on appends one line to REPORT + ".input" for every key or click that reaches any
window other than the kiosk and its PIN dialog, and one line to REPORT + ".events" when
the kiosk is left (with the page then on show). With ``KIOSK_DRIVER_ITEM=N`` the kiosk
goes on to item N (for screenshots); ``KIOSK_LANG`` sets the workshop's language.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from workshop_kit.content.library import ContentRoot, load_library
from workshop_kit.records.pin import PinStore
from workshop_kit.records.store import WorkshopStore
from workshop_kit.ui.app import create_main_window, setup_application
from workshop_kit.ui.firstrun.wizard import mark_first_run_done
from workshop_kit.ui.kiosk.lockdown import owned_by

ROOT = Path(__file__).resolve().parents[2]
PIN = "246813"
MAIN_TITLE = "Workshop Kit main window"
PAPER_TITLE = "Workshop Kit paper forms"


class InputLog(QObject):
    """Writes down every key or click delivered to a window that is not the kiosk's."""

    def __init__(self, path: Path, allowed) -> None:
        super().__init__()
        self.path = path
        self.allowed = allowed

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress) and isinstance(
            watched, QWidget
        ):
            window = watched.window()
            if not self.allowed(window):
                with self.path.open("a", encoding="utf-8") as log:
                    log.write(f"{event.type().name} to {window.windowTitle()!r}\n")
        return False


def main(report: Path) -> int:
    if os.environ.get("KIOSK_DRIVER_NO_GRAB"):  # to show what the keyboard grab holds
        from workshop_kit.ui.kiosk.lockdown import DesktopLock

        DesktopLock._set_grab = lambda self, target: None
    data = Path(os.environ["WORKSHOP_KIT_DATA_DIR"])
    library = load_library([ContentRoot(ROOT / "curricula", bundled=True)])
    instrument = library.instrument("gbv-attitudes")
    store = WorkshopStore()
    lang = os.environ.get("KIOSK_LANG", "en")
    store.create_workshop(
        curriculum_id="equal-voices",
        session_ids=("gender-and-power",),
        site="Driver centre",
        day="2026-11-20",
        language=lang,
        expected_participants=12,
        instrument_id=instrument.id,
        instrument_version=instrument.version,
    )
    pins = PinStore()
    pins.set_pin(PIN)
    state = QSettings(str(data / "window-state.ini"), QSettings.Format.IniFormat)
    mark_first_run_done(state)

    app = QApplication(sys.argv[:1])
    setup_application(app, "en")
    window = create_main_window(library, state=state, store=store, pins=pins)
    window.setWindowTitle(MAIN_TITLE)
    window.show()
    window.build_pages()
    page = window.workshops_page
    window.sidebar.setCurrentRow(window.row_of(page))
    page.table.selectRow(0)
    paper = page.start_paper_entry("pre")
    paper.setWindowTitle(PAPER_TITLE)

    ids = {"main": int(window.winId()), "paper": int(paper.winId())}  # before they go

    def open_kiosk() -> None:
        page.before_button.click()
        kiosk = page.kiosk
        if kiosk is None:
            print("the kiosk did not open", file=sys.stderr)
            app.exit(3)
            return

        log = InputLog(Path(str(report) + ".input"), lambda w: owned_by(w, kiosk))
        app.installEventFilter(log)
        app.input_log = log  # keep it alive
        events = Path(str(report) + ".events")

        def left() -> None:
            shown = window.current_page()
            with events.open("a", encoding="utf-8") as out:
                out.write(f"left kiosk; page={type(shown).__name__}\n")

        kiosk.finished.connect(left)
        goto = os.environ.get("KIOSK_DRIVER_ITEM")  # for screenshots: show this item
        if goto is not None:
            kiosk.handover_start.click()
            kiosk.start_button.click()
            while kiosk.flow.screen.kind == "code":
                kiosk.code_skip.click()
            for _ in range(int(goto)):
                kiosk.option_buttons[0].click()
        QTimer.singleShot(500, lambda: write_report(kiosk))

    def write_report(kiosk: QWidget) -> None:
        ids["kiosk"] = int(kiosk.winId())
        tmp = Path(str(report) + ".tmp")
        tmp.write_text(json.dumps(ids), encoding="utf-8")
        tmp.replace(report)

    QTimer.singleShot(800, open_kiosk)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
