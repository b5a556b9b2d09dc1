"""Workshop Kit: an offline toolkit for community workshops on gender-based violence.

The core (everything outside :mod:`workshop_kit.ui`) is plain Python with no Qt, so it is
tested without a display and shared by the command line and the GUI.
"""

from __future__ import annotations

__all__ = ["__version__"]

__version__ = "0.1.0"
