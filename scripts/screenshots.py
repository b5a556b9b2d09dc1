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
    window.build_pages()
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

    state: dict = {}

    def step_workshops():
        for run in list(window.run_windows):
            run.state.pause()
            if run.presenter is not None:
                run.presenter.hide()
            run.hide()  # closing would ask "Stop the session?"
        workshops = window.workshops_page
        store = workshops.store
        for site, day, lang in (
            ("East Amman community centre", "2026-11-14", "ar"),
            ("Lahore youth centre", "2026-11-02", "en"),
        ):
            store.create_workshop(
                curriculum_id="equal-voices",
                session_ids=("gender-and-power", "help-rights-law"),
                site=site,
                day=day,
                language=lang,
                expected_participants=20,
                instrument_id="gbv-attitudes",
                instrument_version=1,
            )
        if not workshops.pins.is_set():
            workshops.pins.set_pin("246813")
        workshops.refresh()
        window.sidebar.setCurrentRow(1)
        workshops.table.selectRow(1)

    def step_kiosk_en():
        kiosk = window.workshops_page.start_kiosk("pre")
        state["kiosk"] = kiosk
        kiosk.handover_start.click()  # the facilitator's check comes first
        kiosk.start_button.click()

    def step_kiosk_item_en():
        kiosk = state["kiosk"]
        for text in ("M", "12", "2", "A", "0"):
            kiosk.code_field.setText(text)
            kiosk._on_forward()
        kiosk.choose(2)

    def step_kiosk_ar():
        kiosk = state["kiosk"]
        for _ in range(3):
            kiosk.choose(1)
        kiosk.set_language("ar")

    def step_pin():
        kiosk = state["kiosk"]

        def later():
            from workshop_kit.ui.kiosk.pin_dialog import PinDialog

            dialog = app.activeModalWidget()
            if isinstance(dialog, PinDialog):
                dialog.field.setText("1111")
                dialog._on_buttons_accepted()
                grab("kiosk-pin-wrong")
                dialog.reject()

        QTimer.singleShot(400, later)
        QTimer.singleShot(0, kiosk.request_exit)

    def step_paper():
        kiosk = state["kiosk"]
        kiosk._exit_allowed = True
        kiosk.close()
        paper = window.workshops_page.start_paper_entry("post")
        paper.setGeometry(60, 40, 1000, 800)
        paper.double_entry.setChecked(True)
        rows = list(paper.fields.values())
        for field, text in zip(
            rows[:10], ["R", "7", "1", "C", "2", "3", "1", "0", "2", "1"], strict=True
        ):
            field.setText(text)
            field.textEdited.emit(text)
        rows[10].setFocus()

    def step_print():
        state["paper"] = window.workshops_page.paper
        if state["paper"] is not None:
            state["paper"].hide()
        window.sidebar.setCurrentRow(0)
        page.language.setCurrentIndex(page.language.findData("ar"))
        page.select_session("equal-voices", "naming-violence")
        page.print_button.click()

    def step_settings():
        from workshop_kit.site import HelpContact, SiteInfo, save_site

        save_site(
            SiteInfo(
                "East Amman Community Centre",
                None,
                (
                    HelpContact(
                        {"en": "Family protection office", "ar": "مكتب حماية الأسرة"},
                        "(add the local number)",
                        {"en": "Every day", "ar": "كل يوم"},
                    ),
                ),
            )
        )
        settings_page = window.settings_page
        settings_page.site = __import__("workshop_kit.site", fromlist=["load_site"]).load_site()
        settings_page._fill()
        window.sidebar.setCurrentRow(3)

    shots = [
        ("library-en", lambda: page.select_session("equal-voices", "gender-and-power")),
        ("library-ar-session2", step_arabic),
        ("run-session", step_run),
        ("presenter-en", step_presenter),
        ("presenter-ar", step_presenter_ar),
        ("workshops", step_workshops),
        ("kiosk-en-code", step_kiosk_en),
        ("kiosk-en-item", step_kiosk_item_en),
        ("kiosk-ar-item", step_kiosk_ar),
        ("kiosk-pin", step_pin),
        ("paper-entry", step_paper),
        ("print-preview-ar", step_print),
        ("settings", step_settings),
    ]

    def next_shot():
        if not shots:
            for w in window.run_windows:
                w.state.pause()
            app.quit()
            return
        name, action = shots.pop(0)
        action()
        wait = 3000 if name.startswith("print") else 700  # the preview builds on a thread
        QTimer.singleShot(wait, lambda: (grab(name), next_shot()))

    QTimer.singleShot(800, next_shot)
    app.exec()
    return 0


if __name__ == "__main__":
    sys.exit(main())
