"""House rules: Qt only in ui/, arrows point down, no network code anywhere."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import bundled_load_summary

PACKAGE = Path(__file__).resolve().parents[2] / "workshop_kit"
NETWORK = {
    "socket",
    "requests",
    "urllib.request",
    "http.client",
    "httpx",
    "aiohttp",
    "ftplib",
    "smtplib",
    "xmlrpc.client",
    "PySide6.QtNetwork",
}
# Each layer may import only these parts of workshop_kit.
ALLOWED = {
    "content": {
        "workshop_kit.content",
        "workshop_kit.paths",
        "workshop_kit.fileio",
        "workshop_kit.languages",
        "workshop_kit",
    },
    "records": {
        "workshop_kit.records",
        "workshop_kit.content",
        "workshop_kit.paths",
        "workshop_kit.fileio",
        "workshop_kit.cancel",
        "workshop_kit.languages",
        "workshop_kit",
    },
    "analysis": {
        "workshop_kit.analysis",
        "workshop_kit.records",
        "workshop_kit.content",
        "workshop_kit.cancel",
        "workshop_kit.languages",
        "workshop_kit",
    },
    "exports": {
        "workshop_kit.exports",
        "workshop_kit.analysis",
        "workshop_kit.pdf",
        "workshop_kit.records",
        "workshop_kit.content",
        "workshop_kit.site",
        "workshop_kit.fileio",
        "workshop_kit.cancel",
        "workshop_kit.languages",
        "workshop_kit",
    },
}


def imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
            found += [(node.lineno, f"{node.module}.{a.name}") for a in node.names]
    return found


def modules():
    return sorted(PACKAGE.rglob("*.py"))


def test_there_are_modules_to_check():
    assert len(modules()) > 15


def test_only_ui_imports_pyside6():
    offenders = [
        f"{path.relative_to(PACKAGE.parent)}:{line}: {name}"
        for path in modules()
        if "ui" not in path.relative_to(PACKAGE).parts[:1]
        for line, name in imports(path)
        if name.split(".")[0] in {"PySide6", "shiboken6"}
    ]
    assert offenders == []


def test_no_network_modules_anywhere():
    offenders = [
        f"{path.relative_to(PACKAGE.parent)}:{line}: {name}"
        for path in modules()
        for line, name in imports(path)
        if name in NETWORK or name.split(".")[0] in NETWORK
    ]
    assert offenders == []


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_lower_layers_import_nothing_above_them(layer):
    folder = PACKAGE / layer
    if not folder.is_dir():
        pytest.skip(f"{layer}/ does not exist yet")
    offenders = []
    for path in sorted(folder.rglob("*.py")):
        for line, name in imports(path):
            if (
                name.startswith("workshop_kit")
                and not any(
                    name == ok or name.startswith(ok + ".")
                    for ok in ALLOWED[layer] - {"workshop_kit"}
                )
                and name not in {"workshop_kit", "workshop_kit.__version__"}
            ):
                offenders.append(f"{path.relative_to(PACKAGE.parent)}:{line}: {name}")
    assert offenders == []


def test_the_app_computes_statistics_without_scipy_or_numpy():
    """SciPy would double the installer; it is a test-only dependency."""
    offenders = [
        f"{path.relative_to(PACKAGE.parent)}:{line}: {name}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for line, name in imports(path)
        if name.split(".")[0] in {"scipy", "numpy", "pandas", "statsmodels"}
    ]
    assert offenders == []


def test_core_runs_with_qt_missing():
    """Import the whole core and run the CLI with PySide6 made unimportable."""
    code = """
import sys
class NoQt:
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('PySide6', 'shiboken6'):
            raise ImportError('Qt is not available in this test')
sys.meta_path.insert(0, NoQt())
import pkgutil, importlib, workshop_kit
for info in pkgutil.walk_packages(workshop_kit.__path__, 'workshop_kit.'):
    if not info.name.startswith('workshop_kit.ui') or info.name == 'workshop_kit.ui.run.state':
        importlib.import_module(info.name)
from workshop_kit.cli import main
sys.exit(main(['validate']))
"""
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=PACKAGE.parent,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert bundled_load_summary() in result.stderr  # all the bundled content, no Qt needed
