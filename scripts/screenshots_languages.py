"""Screenshots of every page with the interface in one language (Arabic, French, ...), on
made-up data, from the real app on an X display (Xvfb); plus the first-time setup and the
quick start.

Usage:  Xvfb :99 -screen 0 1400x900x24 &
        DISPLAY=:99 python scripts/screenshots_languages.py OUT ar
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    out, lang = Path(sys.argv[1]), sys.argv[2]
    out.mkdir(parents=True, exist_ok=True)
    data = Path(tempfile.mkdtemp(prefix="wk-lang-"))
    os.environ["WORKSHOP_KIT_DATA_DIR"] = str(data)
    from tests import survey_data
    from workshop_kit.content.library import load_library
    from workshop_kit.settings import Settings
    from workshop_kit.ui.app import create_main_window, setup_application

    instrument = load_library().instrument("gbv-attitudes")
    rng = random.Random(3)
    workshops = [
        survey_data.workshop_responses(instrument, rng=rng, participants=22, site=site, day=day)
        for site, day in (("East Amman centre", "2026-09-14"), ("Irbid youth club", "2026-10-19"))
    ]
    survey_data.write_store(data / "workshops", workshops)
    settings = Settings()
    settings.set("ui_language", lang)
    settings.set("content_language", "ar" if lang == "ar" else "en")

    app = QApplication(sys.argv[:1])
    setup_application(app, lang)
    window = create_main_window(settings=settings)
    window.setGeometry(20, 20, 1280, 820)
    window.show()
    window.build_pages()

    def grab(name: str) -> None:
        for _ in range(30):
            app.processEvents()
        path = out / f"{name}-{lang}.png"
        app.primaryScreen().grabWindow(0).save(str(path))
        print(path)

    for row, name in enumerate(("library", "workshops", "results", "print", "settings")):
        window.sidebar.setCurrentRow(row)
        if name == "library":
            window.library_page.select_session("equal-voices", "naming-violence")
        if name == "workshops":
            window.workshops_page.table.selectRow(0)
        if name == "results":
            page = window.results_page
            while page.job is None or page.job.running or page.results is None:
                app.processEvents()
        grab(name)
    wizard = window.run_first_run()
    wizard.move(200, 120)
    grab("first-run")
    wizard.skip()
    quick = window.show_quick_start()
    quick.setGeometry(120, 60, 900, 700)
    grab("quick-start")
    quick.close()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
