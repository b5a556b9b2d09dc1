"""The one exception long work raises when the user cancels it.

Core functions that take a ``cancelled()`` callback raise :class:`Cancelled` (or a
subclass) and leave nothing half-done; the GUI's job runner catches this one class.
"""

from __future__ import annotations

__all__ = ["Cancelled"]


class Cancelled(Exception):
    """The user cancelled; nothing was written."""
