"""The labels and groups of the settings table (``workshop_kit.settings.SETTINGS``), marked
for translation.

The table lives in the core, which may not import Qt, so its labels are plain English
strings and the Settings page translates them at run time. ``pyside6-lupdate`` cannot see
a translated variable, so every label and group is listed here once, in the "Settings"
context; ``tests/ui/test_translations.py`` fails when the table gains one that is missing.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

__all__ = ["CONTEXT", "LABELS", "setting_label"]

CONTEXT = "Settings"

LABELS = (
    # groups
    QT_TRANSLATE_NOOP("Settings", "Interface"),
    QT_TRANSLATE_NOOP("Settings", "Content"),
    QT_TRANSLATE_NOOP("Settings", "Running a session"),
    QT_TRANSLATE_NOOP("Settings", "Results"),
    # labels
    QT_TRANSLATE_NOOP("Settings", "Interface language"),
    QT_TRANSLATE_NOOP("Settings", "Content language"),
    QT_TRANSLATE_NOOP("Settings", "Warn this many seconds before an activity ends"),
    QT_TRANSLATE_NOOP("Settings", "Hide numbers based on fewer than this many responses"),
)


def setting_label(text: str) -> str:
    """A label or group of the settings table in the interface language."""
    return QCoreApplication.translate(CONTEXT, text)
