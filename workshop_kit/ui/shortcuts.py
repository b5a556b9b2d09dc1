"""Every keyboard shortcut the app offers, in one declarative table.

The Help dialog lists these rows; ``tests/ui/test_accessibility.py`` builds every page and
window and checks that each row's keys really are bound there, so the list cannot drift
from the code. Decisions:

- One row per key: a key with two bindings (Page Down and Ctrl+Right) is two rows, so
  ``keys`` is always one sequence a QKeySequence parses back to the same text.
- ``keys`` is QKeySequence portable text ("Ctrl+E", "PgDown"); :func:`shortcut_rows` turns it
  into the platform's native text (⌘ on a Mac) for display.
- Contexts and actions are marked with ``QT_TRANSLATE_NOOP("Shortcuts", ...)`` so lupdate
  extracts them; they are translated when shown, not at import.
- Keys handled by a window's ``keyPressEvent`` (presenter, group view, kiosk) are listed
  too: a reader does not care how a key is bound.
- Quit is left out: the File menu binds the platform's standard Quit key, which is
  Ctrl+Q on Linux and macOS and none on Windows (Alt+F4 closes the window there).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from workshop_kit.ui.i18n import QT_TRANSLATE_NOOP

__all__ = ["CONTEXTS", "SHORTCUTS", "Shortcut", "shortcut_rows"]

_CONTEXT = "Shortcuts"

EVERYWHERE = QT_TRANSLATE_NOOP("Shortcuts", "Everywhere")
LIBRARY = QT_TRANSLATE_NOOP("Shortcuts", "Library")
WORKSHOPS = QT_TRANSLATE_NOOP("Shortcuts", "Workshops")
RESULTS = QT_TRANSLATE_NOOP("Shortcuts", "Results")
PRINT = QT_TRANSLATE_NOOP("Shortcuts", "Print")
SETTINGS = QT_TRANSLATE_NOOP("Shortcuts", "Settings")
RUN = QT_TRANSLATE_NOOP("Shortcuts", "Run a session")
PRESENTER = QT_TRANSLATE_NOOP("Shortcuts", "Presenter")
KIOSK = QT_TRANSLATE_NOOP("Shortcuts", "Survey kiosk")
PAPER = QT_TRANSLATE_NOOP("Shortcuts", "Paper entry")
GROUP = QT_TRANSLATE_NOOP("Shortcuts", "Group view")

#: The contexts in the order the Help dialog shows them (untranslated source text).
CONTEXTS: tuple[str, ...] = (
    EVERYWHERE,
    LIBRARY,
    WORKSHOPS,
    RESULTS,
    PRINT,
    SETTINGS,
    RUN,
    PRESENTER,
    KIOSK,
    PAPER,
    GROUP,
)


@dataclass(frozen=True)
class Shortcut:
    """One key in one context: ``context`` and ``action`` are untranslated source text."""

    context: str
    keys: str
    action: str


SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut(EVERYWHERE, "Ctrl+1", QT_TRANSLATE_NOOP("Shortcuts", "Go to the Library page")),
    Shortcut(EVERYWHERE, "Ctrl+2", QT_TRANSLATE_NOOP("Shortcuts", "Go to the Workshops page")),
    Shortcut(EVERYWHERE, "Ctrl+3", QT_TRANSLATE_NOOP("Shortcuts", "Go to the Results page")),
    Shortcut(EVERYWHERE, "Ctrl+4", QT_TRANSLATE_NOOP("Shortcuts", "Go to the Print page")),
    Shortcut(EVERYWHERE, "Ctrl+5", QT_TRANSLATE_NOOP("Shortcuts", "Go to the Settings page")),
    Shortcut(LIBRARY, "Ctrl+F", QT_TRANSLATE_NOOP("Shortcuts", "Search sessions")),
    Shortcut(LIBRARY, "Ctrl+R", QT_TRANSLATE_NOOP("Shortcuts", "Run the chosen session")),
    Shortcut(LIBRARY, "F5", QT_TRANSLATE_NOOP("Shortcuts", "Run the chosen session")),
    Shortcut(LIBRARY, "Ctrl+P", QT_TRANSLATE_NOOP("Shortcuts", "Print handouts for the session")),
    Shortcut(WORKSHOPS, "Ctrl+N", QT_TRANSLATE_NOOP("Shortcuts", "New workshop")),
    Shortcut(WORKSHOPS, "F2", QT_TRANSLATE_NOOP("Shortcuts", "Edit the chosen workshop")),
    Shortcut(WORKSHOPS, "Del", QT_TRANSLATE_NOOP("Shortcuts", "Delete the chosen workshop")),
    Shortcut(WORKSHOPS, "Ctrl+P", QT_TRANSLATE_NOOP("Shortcuts", "Print pack for the workshop")),
    Shortcut(RESULTS, "F5", QT_TRANSLATE_NOOP("Shortcuts", "Show the chosen items to the group")),
    Shortcut(RESULTS, "Ctrl+E", QT_TRANSLATE_NOOP("Shortcuts", "Export results")),
    Shortcut(RESULTS, "Ctrl+I", QT_TRANSLATE_NOOP("Shortcuts", "Import a data bundle")),
    Shortcut(PRINT, "Ctrl+P", QT_TRANSLATE_NOOP("Shortcuts", "Print")),
    Shortcut(PRINT, "Ctrl+S", QT_TRANSLATE_NOOP("Shortcuts", "Save as PDF")),
    Shortcut(PRINT, "Ctrl+Shift+S", QT_TRANSLATE_NOOP("Shortcuts", "Save as PDF")),
    Shortcut(SETTINGS, "Ctrl+S", QT_TRANSLATE_NOOP("Shortcuts", "Save settings")),
    Shortcut(RUN, "Space", QT_TRANSLATE_NOOP("Shortcuts", "Start or pause the timer")),
    Shortcut(RUN, "Ctrl+Right", QT_TRANSLATE_NOOP("Shortcuts", "Next activity")),
    Shortcut(RUN, "PgDown", QT_TRANSLATE_NOOP("Shortcuts", "Next activity")),
    Shortcut(RUN, "Ctrl+Left", QT_TRANSLATE_NOOP("Shortcuts", "Previous activity")),
    Shortcut(RUN, "PgUp", QT_TRANSLATE_NOOP("Shortcuts", "Previous activity")),
    Shortcut(RUN, "F5", QT_TRANSLATE_NOOP("Shortcuts", "Open the presenter view")),
    Shortcut(RUN, "Esc", QT_TRANSLATE_NOOP("Shortcuts", "Stop the session (asks first)")),
    Shortcut(PRESENTER, "Space", QT_TRANSLATE_NOOP("Shortcuts", "Next activity")),
    Shortcut(PRESENTER, "Right", QT_TRANSLATE_NOOP("Shortcuts", "Next activity")),
    Shortcut(PRESENTER, "PgDown", QT_TRANSLATE_NOOP("Shortcuts", "Next activity")),
    Shortcut(PRESENTER, "Left", QT_TRANSLATE_NOOP("Shortcuts", "Previous activity")),
    Shortcut(PRESENTER, "PgUp", QT_TRANSLATE_NOOP("Shortcuts", "Previous activity")),
    Shortcut(PRESENTER, "F", QT_TRANSLATE_NOOP("Shortcuts", "Full screen on or off")),
    Shortcut(PRESENTER, "Esc", QT_TRANSLATE_NOOP("Shortcuts", "Leave full screen")),
    Shortcut(KIOSK, "F12", QT_TRANSLATE_NOOP("Shortcuts", "Hide the screen (any key returns)")),
    Shortcut(KIOSK, "Esc", QT_TRANSLATE_NOOP("Shortcuts", "Leave the survey (facilitator PIN)")),
    Shortcut(PAPER, "Ctrl+S", QT_TRANSLATE_NOOP("Shortcuts", "Save the form and start the next")),
    Shortcut(GROUP, "Right", QT_TRANSLATE_NOOP("Shortcuts", "Next item")),
    Shortcut(GROUP, "Space", QT_TRANSLATE_NOOP("Shortcuts", "Next item")),
    Shortcut(GROUP, "PgDown", QT_TRANSLATE_NOOP("Shortcuts", "Next item")),
    Shortcut(GROUP, "Left", QT_TRANSLATE_NOOP("Shortcuts", "Previous item")),
    Shortcut(GROUP, "PgUp", QT_TRANSLATE_NOOP("Shortcuts", "Previous item")),
    Shortcut(GROUP, "Backspace", QT_TRANSLATE_NOOP("Shortcuts", "Previous item")),
    Shortcut(GROUP, "F", QT_TRANSLATE_NOOP("Shortcuts", "Full screen on or off")),
    Shortcut(GROUP, "Esc", QT_TRANSLATE_NOOP("Shortcuts", "Close the group view")),
)


def shortcut_rows() -> list[tuple[str, str, str]]:
    """(context, keys, action) for display: translated, keys in the platform's own text,
    in table order (which groups rows by context in :data:`CONTEXTS` order)."""

    def tr(text: str) -> str:
        return QCoreApplication.translate(_CONTEXT, text)

    native = QKeySequence.SequenceFormat.NativeText
    return [(tr(s.context), QKeySequence(s.keys).toString(native), tr(s.action)) for s in SHORTCUTS]
