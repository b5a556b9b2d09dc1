"""Screenshots of the Results page (English and Arabic content) and the group view, on
made-up data, from the real app on an X display (Xvfb).

Usage:  Xvfb :99 -screen 0 1400x900x24 &  DISPLAY=:99 python scripts/screenshots_results.py OUT
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
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    data = Path(tempfile.mkdtemp(prefix="wk-results-"))
    os.environ["WORKSHOP_KIT_DATA_DIR"] = str(data)
    from tests import survey_data
    from workshop_kit.content.library import load_library
    from workshop_kit.ui.app import create_main_window, setup_application

    instrument = load_library().instrument("gbv-attitudes")
    rng = random.Random(7)
    workshops = [
        survey_data.workshop_responses(
            instrument, rng=rng, participants=24, site=site, prefer_not=0.03, day=day
        )
        for site, day in (
            ("East Amman centre", "2026-09-14"),
            ("Zarqa women's hub", "2026-10-05"),
            ("Irbid youth club", "2026-10-19"),
        )
    ]
    survey_data.write_store(data / "workshops", workshops)

    app = QApplication(sys.argv[:1])
    setup_application(app, "en")
    window = create_main_window()
    window.setGeometry(20, 20, 1280, 820)
    window.show()
    window.build_pages()
    page = window.results_page

    def grab(name: str) -> None:
        for _ in range(20):
            app.processEvents()
        app.primaryScreen().grabWindow(0).save(str(out / f"{name}.png"))
        print(out / f"{name}.png")

    def analysed() -> None:
        while page.job is None or page.job.running or page.results is None:
            app.processEvents()
        for _ in range(10):
            app.processEvents()

    window.sidebar.setCurrentRow(window.pages.indexOf(page))
    analysed()
    grab("results-en")
    page.scroll.verticalScrollBar().setValue(page.scroll.verticalScrollBar().maximum())
    grab("results-en-scores")
    window.settings.set("content_language", "ar")
    page.results = None
    page.refresh()
    analysed()
    grab("results-ar")
    ready = [card for card in page.cards if card.show_to_group.isEnabled()]
    for card in ready[:3]:
        card.show_to_group.setChecked(True)
    view = page.show_to_group()
    view.setGeometry(60, 40, 1280, 760)
    grab("group-view-ar")
    view.close()
    window.settings.set("content_language", "en")
    page.results = None
    page.refresh()
    analysed()
    for card in [c for c in page.cards if c.show_to_group.isEnabled()][:3]:
        card.show_to_group.setChecked(True)
    view = page.show_to_group()
    view.setGeometry(60, 40, 1280, 760)
    grab("group-view-en")
    view.close()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
