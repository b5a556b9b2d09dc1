"""``python -m workshop_kit``: the same as the ``workshop-kit`` command."""

from __future__ import annotations

import sys

from workshop_kit.cli import main

if __name__ == "__main__":
    sys.exit(main())
