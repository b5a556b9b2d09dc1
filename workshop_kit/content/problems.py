"""Problems found in content files, each tied to a file and a line."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

__all__ = ["ERROR", "WARNING", "Problem"]

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong in a content file.

    Errors stop the curriculum from loading; warnings (such as a missing translation)
    let it load with a visible fallback.
    """

    path: Path
    line: int
    message: str
    severity: str = ERROR

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    def __str__(self) -> str:
        prefix = "" if self.is_error else "warning: "
        return f"{self.path}:{self.line}: {prefix}{self.message}"
