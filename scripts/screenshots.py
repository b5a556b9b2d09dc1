"""Take the README and review screenshots from the real app on an X display (Xvfb).

Usage:  Xvfb :99 -screen 0 1400x900x24 &  DISPLAY=:99 python scripts/screenshots.py OUT_DIR
Each picture is the whole X screen, as a user would see it.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("WORKSHOP_KIT_DATA_DIR", tempfile.mkdtemp(prefix="wk-shots-"))
    from workshop_kit.ui.app import create_main_window, setup_application

    app = QApplication(sys.argv[:1])
    setup_application(app, "en")
    window = create_main_window()
    window.setGeometry(20, 20, 1280, 800)
    window.show()
    page = window.library_page
    shots: list[tuple[str, callable]] = []

    def grab(name: str):
        app.processEvents()
        app.primaryScreen().grabWindow(0).save(str(out / f"{name}.png"))
        print(out / f"{name}.png")

    def step_arabic():
        page.language.setCurrentIndex(page.language.findData("ar"))
        page.select_session("equal-voices", "naming-violence")

    def step_run():
        page.language.setCurrentIndex(page.language.findData("en"))
        page.select_session("equal-voices", "naming-violence")
        page.run_button.click()
        run = window.run_windows[-1]
        run.setGeometry(40, 40, 1240, 760)
        run.steps_list.setCurrentRow(4)
        run.toggle_timer()

    def step_presenter():
        run = window.run_windows[-1]
        presenter = run.open_presenter()
        presenter.setGeometry(100, 80, 1200, 700)

    def step_presenter_ar():
        run = window.run_windows[-1]
        run.presenter.close()
        run.presenter = None
        run.lang = "ar"
        run._show_step()
        run.open_presenter().setGeometry(100, 80, 1200, 700)

    shots = [
        ("library-en", lambda: page.select_session("equal-voices", "gender-and-power")),
        ("library-ar-session2", step_arabic),
        ("run-session", step_run),
        ("presenter-en", step_presenter),
        ("presenter-ar", step_presenter_ar),
    ]

    def next_shot():
        if not shots:
            for w in window.run_windows:
                w.state.pause()
            app.quit()
            return
        name, action = shots.pop(0)
        action()
        QTimer.singleShot(700, lambda: (grab(name), next_shot()))

    QTimer.singleShot(800, next_shot)
    app.exec()
    return 0


if __name__ == "__main__":
    sys.exit(main())
