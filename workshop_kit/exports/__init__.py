"""Data exports for analysis elsewhere: CSV, XLSX, SPSS syntax and a codebook.

Pure Python (no Qt). Every format shares the response table of ``tables`` (one row per
response, no identifiers); long exports report progress through a ``(done, total)``
callback, stop with ``Cancelled`` when asked, and write their file all at once.

The writers are imported on first use (``exports.write_xlsx``): importing openpyxl takes
about a quarter of a second, which a window that merely offers an export should not pay.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from workshop_kit.exports.tables import PREFER_NOT_CODE, Cancelled, columns

if TYPE_CHECKING:
    from workshop_kit.exports.codebook import write_codebook
    from workshop_kit.exports.csv_export import write_csv
    from workshop_kit.exports.spss import write_sps
    from workshop_kit.exports.xlsx_export import write_xlsx

__all__ = [
    "PREFER_NOT_CODE",
    "Cancelled",
    "columns",
    "write_codebook",
    "write_csv",
    "write_sps",
    "write_xlsx",
]

_LAZY = {
    "write_codebook": "workshop_kit.exports.codebook",
    "write_csv": "workshop_kit.exports.csv_export",
    "write_sps": "workshop_kit.exports.spss",
    "write_xlsx": "workshop_kit.exports.xlsx_export",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'workshop_kit.exports' has no attribute {name!r}")
