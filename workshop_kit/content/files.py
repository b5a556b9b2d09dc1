"""Names of the files and folders the content format uses (see curricula/README.md)."""

from __future__ import annotations

__all__ = ["CURRICULUM_FILE", "INSTRUMENTS_FOLDER"]

CURRICULUM_FILE = "curriculum.yaml"
INSTRUMENTS_FOLDER = "instruments"
