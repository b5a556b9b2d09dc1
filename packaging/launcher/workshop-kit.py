"""Entry point of the frozen app: the same as ``python -m workshop_kit``.

It lives in a folder of its own because PyInstaller puts the entry script's folder on the
module search path while it analyses the app: inside ``workshop_kit/`` that would let
``workshop_kit/site.py`` shadow the standard library's ``site``.
"""

from __future__ import annotations

import sys

from workshop_kit.cli import main

if __name__ == "__main__":
    sys.exit(main())
