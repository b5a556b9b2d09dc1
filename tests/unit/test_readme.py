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
    awk = re.search(r"test_command=\$\(awk '([^']+)' README.md", script).group(1)
    extracted = subprocess.run(
        ["awk", awk, "README.md"], capture_output=True, text=True, cwd=ROOT, check=True
    ).stdout.strip()
    assert extracted == commands()[1]
    assert "set -euo pipefail" in script


def apt_lines() -> list[list[str]]:
    """The README's apt lines (the app's, then the tests'), as package lists."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("<!-- apt-packages", 1)[1]
    lines = re.findall(r"apt-get install -y ([^\n`]+)", section)[:2]
    return [line.split() for line in lines]


def test_ci_installs_the_readme_apt_lines():
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    awk = re.search(r"mapfile -t packages < <\(awk '([^']+)' README.md", script).group(1)
    extracted = subprocess.run(
        ["awk", awk, "README.md"], capture_output=True, text=True, cwd=ROOT, check=True
    ).stdout.split()
    app, tests = apt_lines()
    assert extracted == app + tests


def test_the_app_apt_line_has_what_headless_qt_needs():
    app, _ = apt_lines()
    for package in (
        "python3-venv",
        "libegl1",
        "libgl1",
        "libglib2.0-0",
        "libfontconfig1",
        "libxkbcommon0",
        "libdbus-1-3",
        "libxcb-cursor0",
        "fonts-dejavu-core",
    ):
        assert package in app


def test_every_program_a_test_needs_is_on_the_test_apt_line():
    from tests.tools import PACKAGES

    app, tests = apt_lines()
    assert set(PACKAGES.values()) <= set(app + tests), set(PACKAGES.values()) - set(app + tests)


def test_the_apt_line_works_as_root_and_with_sudo():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("<!-- apt-packages", 1)[1].split("Install and start", 1)[0]
    for line in re.findall(r"^.*apt-get install.*$", section, flags=re.M):
        assert line.count("apt-get") == line.count("$(command -v sudo) apt-get"), line


def test_ci_runs_in_a_clean_environment():
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "env -i" in script
    assert "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" in script
    assert "rm -rf .venv" in script
    assert "WORKSHOP_KIT_REQUIRE_TOOLS=1" in script


def test_readme_links_only_files_in_the_repository():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "../shared" not in readme
    for target in re.findall(r"\]\(([^)#]+)\)", readme):
        if "://" not in target:
            assert (ROOT / target).exists(), f"README links {target}, which is not in the repo"
