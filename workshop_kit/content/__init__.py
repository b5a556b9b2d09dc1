"""What authors write: curricula, sessions, activities and survey instruments.

Pure Python (no Qt). Content is loaded from human-editable YAML into frozen dataclasses;
every problem found names its file and line.
"""

from __future__ import annotations

from workshop_kit.content.library import Library, load_library
from workshop_kit.content.model import Activity, Curriculum, Problem, Session, Text

__all__ = ["Activity", "Curriculum", "Library", "Problem", "Session", "Text", "load_library"]
