"""The README's two commands for a fresh machine stay true, and CI runs the test one."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## On a fresh machine", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(python3 .+)\n```", section)


def test_readme_gives_exactly_two_python_commands():
    install_and_start, install_and_test = commands()
    assert install_and_start.endswith(".venv/bin/workshop-kit")
    assert "pip install -c constraints.txt ." in install_and_start
    assert "pip install -c constraints.txt '.[test]'" in install_and_test
    assert install_and_test.endswith("-m pytest")


def test_ci_runs_the_readme_test_command():
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    awk = re.search(r"awk '([^']+)' README.md", script).group(1)
    extracted = subprocess.run(
        ["awk", awk, "README.md"], capture_output=True, text=True, cwd=ROOT, check=True
    ).stdout.strip()
    assert extracted == commands()[1]
    assert "set -euo pipefail" in script


def test_ci_installs_the_system_packages_headless_qt_needs():
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    for package in (
        "libegl1",
        "libgl1",
        "libglib2.0-0",
        "libfontconfig1",
        "libxkbcommon0",
        "libdbus-1-3",
        "fonts-dejavu-core",
        "xvfb",
        "poppler-utils",
    ):
        assert package in script
