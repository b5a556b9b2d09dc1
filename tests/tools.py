"""System programs some tests need, and what to install for each.

``needs("pdftotext")`` is a skip marker that names the Debian package to install. Where the
environment says every tool must be present (``WORKSHOP_KIT_REQUIRE_TOOLS=1``, which
``.ci/run`` sets) a missing program fails the test instead: CI must never go green by skipping.
The README's apt line for the tests lists exactly the packages named here
(tests/unit/test_readme.py checks).
"""

from __future__ import annotations

import os
import shutil

import pytest

__all__ = ["PACKAGES", "missing", "needs", "require"]

#: program -> the Debian package that provides it
PACKAGES: dict[str, str] = {
    "pdftotext": "poppler-utils",
    "pdfinfo": "poppler-utils",
    "pdftoppm": "poppler-utils",
    "pspp": "pspp",
    "Xvfb": "xvfb",
    "openbox": "openbox",
    "xdotool": "xdotool",
    "wmctrl": "wmctrl",
    "xwininfo": "x11-utils",
    "objdump": "binutils",
    "strace": "strace",
    "unshare": "util-linux",
    "desktop-file-validate": "desktop-file-utils",
    "appstreamcli": "appstream",
}


def missing(*tools: str) -> list[str]:
    return [tool for tool in tools if shutil.which(tool) is None]


def _reason(absent: list[str]) -> str:
    packages = sorted({PACKAGES.get(tool, tool) for tool in absent})
    return f"{', '.join(absent)} not installed (apt-get install {' '.join(packages)})"


def _strict() -> bool:
    return os.environ.get("WORKSHOP_KIT_REQUIRE_TOOLS") == "1"


def needs(*tools: str) -> pytest.MarkDecorator:
    """Skip (or, in CI, fail) a test when one of these programs is missing."""
    absent = missing(*tools)
    if absent and _strict():
        return pytest.mark.usefixtures()  # the test runs and fails on the missing tool
    return pytest.mark.skipif(bool(absent), reason=_reason(absent) if absent else "")


def require(*tools: str) -> None:
    """Inside a test or fixture: skip (or, in CI, fail) now when a program is missing."""
    absent = missing(*tools)
    if not absent:
        return
    if _strict():
        pytest.fail(_reason(absent) + ": CI must install it")
    pytest.skip(_reason(absent))
