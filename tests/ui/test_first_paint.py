"""What the app has loaded when its window is first painted (``workshop-kit gui``).

The window must show as quickly as a bare PySide6 window (``benchmarks/startup.py``), so
nothing the first screen does not show is loaded before it: no page but the first, no
records, content, PDF or analysis code, no ``logging.handlers``, and for a left-to-right
start not even Qt's ``Qt`` namespace (PySide6 makes its hundreds of enums, about 15 ms,
when it is first named). The first screen is still the real one: in the chosen language
and direction, with its sidebar and menus; the menu keys work once the pages are built.
These tests look at what is loaded, never at how long it took.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.helpers import sealed_data_dir

# Run as `workshop-kit gui`; at the first paint, print what is loaded and how the window looks.
CHILD = r"""
import json, sys
import PySide6.QtCore
from PySide6.QtWidgets import QApplication
from workshop_kit.ui import main_window

painted = main_window.MainWindow.paintEvent

def paint(self, event):
    if not self._painted:
        app = QApplication.instance()
        menus = [action.text() for action in self.menuBar().actions()]
        keys = [a.shortcut().toString() for m in self.menuBar().actions()
                for a in m.menu().actions()]
        print(json.dumps({
            "modules": sorted(sys.modules),
            "qt_namespace": "Qt" in vars(PySide6.QtCore),
            "rtl": app.isRightToLeft(),
            "title": self.windowTitle(),
            "pages": [self.sidebar.item(i).text() for i in range(self.sidebar.count())],
            "menus": menus,
            "keys_bound": any(keys),
        }), flush=True)
        self.pages_ready.connect(lambda: print(json.dumps({"keys": [
            a.shortcut().toString() for m in self.menuBar().actions()
            for a in m.menu().actions() if not a.shortcut().isEmpty()]}), flush=True))
    painted(self, event)

main_window.MainWindow.paintEvent = paint
build = main_window.MainWindow.build_pages

def build_pages(self):
    # What the app queues at the first paint (contacts, fonts, icon) came first.
    app = QApplication.instance()
    print(json.dumps({"icon_before_pages": not app.windowIcon().isNull()}), flush=True)
    build(self)

main_window.MainWindow.build_pages = build_pages
from workshop_kit.cli import main
sys.exit(main(sys.argv[1:]))
"""

#: Nothing of these is needed to paint the first screen.
NOT_BEFORE_PAINT = (
    "workshop_kit.records",
    "workshop_kit.content",
    "workshop_kit.pdf",
    "workshop_kit.analysis",
    "workshop_kit.exports",
    "workshop_kit.site",
    "workshop_kit.ui.library",
    "workshop_kit.ui.workshops",
    "workshop_kit.ui.results",
    "workshop_kit.ui.printing",
    "workshop_kit.ui.settings",
    "workshop_kit.ui.keys",
    "workshop_kit.ui.kiosk",
    "workshop_kit.ui.jobs",
    "workshop_kit.ui.startup",  # its DataStart; the raise watcher is in ui.raise_watcher
    "workshop_kit.cli_verbs",
    "workshop_kit.fileio",
    "workshop_kit.ui.text",
    "logging.handlers",
    "dataclasses",
    "platform",
    "platformdirs",
    "reportlab",
    "yaml",
    "cryptography",
)


def first_paint(data_dir, *args: str) -> tuple[dict, dict]:
    """What is loaded and shown at the first paint (with whether the window icon was set
    before the pages were built), and the menu keys once the pages are ready."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", WORKSHOP_KIT_DATA_DIR=str(data_dir))
    done = subprocess.run(
        [sys.executable, "-c", CHILD, "gui", "--smoke", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    lines = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    assert "main window shown" in done.stdout and "library ready" in done.stdout
    shown, before_pages, ready = lines
    return shown | before_pages, ready


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("first-paint")
    sealed_data_dir(folder)  # set up as after the first start: keys, sealed files
    return folder


def test_an_english_start_paints_the_first_screen_with_nothing_more_loaded(data_dir):
    shown, ready = first_paint(data_dir)
    loaded = [
        name
        for name in shown["modules"]
        if any(name == part or name.startswith(part + ".") for part in NOT_BEFORE_PAINT)
    ]
    assert loaded == []
    assert not shown["qt_namespace"]
    assert not shown["rtl"]
    assert shown["title"] == "Workshop Kit"
    assert shown["pages"] == ["Library", "Workshops", "Results", "Print", "Settings"]
    assert shown["menus"] == ["&File", "&View", "&Help"]
    # The keys are bound as the pages are built, just after the first paint; the fonts,
    # the centre's contacts kept out of the log and the window icon come before them.
    assert not shown["keys_bound"]
    assert shown["icon_before_pages"]
    assert {"Ctrl+L", "Ctrl+1", "Ctrl+5", "Ctrl+/", "F1"} <= set(ready["keys"])


def test_an_arabic_start_paints_right_to_left_in_arabic(data_dir):
    shown, ready = first_paint(data_dir, "--lang", "ar")
    assert shown["rtl"]
    assert shown["pages"][0] == "المكتبة"  # the sidebar in Arabic
    assert not any(name.startswith("workshop_kit.records") for name in shown["modules"])
    assert "Ctrl+L" in ready["keys"]
