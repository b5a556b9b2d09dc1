"""Save a PNG of the whole X screen (for looking at the app under Xvfb).

Usage: DISPLAY=:99 python scripts/screenshot.py out.png
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QGuiApplication


def main() -> int:
    app = QGuiApplication(sys.argv[:1])
    image = app.primaryScreen().grabWindow(0)
    return 0 if image.save(sys.argv[1]) else 1


if __name__ == "__main__":
    sys.exit(main())
