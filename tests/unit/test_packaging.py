"""The project metadata lists every package, and a built wheel carries the content."""

from __future__ import annotations

import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def pyproject():
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_every_package_folder_is_listed():
    listed = set(pyproject()["tool"]["setuptools"]["packages"])
    found = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in (ROOT / "workshop_kit").rglob("__init__.py")
    }
    assert found <= listed, f"add to pyproject.toml packages: {sorted(found - listed)}"


def test_depends_on_the_small_qt_wheels_not_the_meta_package():
    deps = pyproject()["project"]["dependencies"]
    names = [d.split(">")[0].split("=")[0].split("<")[0].strip() for d in deps]
    assert "PySide6-Essentials" in names
    assert "PySide6" not in names
    for name in ("PySide6-Essentials", "reportlab", "tinydb"):
        spec = next(d for d in deps if d.startswith(name))
        assert "<" in spec or "==" in spec, f"{name} needs a major-version pin"


def test_qt_wheels_are_pinned_to_one_tested_release():
    """PySide6 6.12.0 leaks a reference to None per void call (the app aborts): Qt is
    pinned exactly, all three wheels to the same release, and the constraints agree."""
    deps = pyproject()["project"]["dependencies"]
    qt = {d.split("==")[0]: d.split("==")[1].split()[0] for d in deps if "==" in d}
    wanted = {"PySide6-Essentials", "PySide6-Addons", "shiboken6"}
    assert wanted <= set(qt), f"pin exactly: {sorted(wanted - set(qt))}"
    assert len({qt[name] for name in wanted}) == 1, qt
    pins = {}
    for line in (ROOT / "constraints.txt").read_text().splitlines():
        if "==" in line and not line.startswith("#"):
            name, version = line.split("==")
            pins[name.lower().replace("_", "-")] = version.strip()
    for name in wanted:
        assert pins[name.lower()] == qt[name], f"constraints.txt disagrees on {name}"


def test_every_dependency_is_in_the_constraints_file():
    project = pyproject()["project"]
    extras = project["optional-dependencies"]
    names = [*project["dependencies"], *extras["test"], *extras["bench"]]
    pins = {
        line.split("==")[0].lower().replace("_", "-")
        for line in (ROOT / "constraints.txt").read_text().splitlines()
        if "==" in line and not line.startswith("#")
    }
    for spec in names:
        name = spec.split(">")[0].split("=")[0].split("<")[0].split("[")[0].strip()
        assert name.lower().replace("_", "-") in pins, f"{name} is not in constraints.txt"


@pytest.mark.slow
def test_wheel_carries_curricula_assets_and_the_command(tmp_path):
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    (wheel,) = tmp_path.glob("workshop_kit-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "workshop_kit/curricula/equal-voices/curriculum.yaml" in names
    assert "workshop_kit/curricula/equal-voices/sessions/02-naming-violence.yaml" in names
    assert "workshop_kit/assets/fonts/NotoNaskhArabic-Regular.ttf" in names
    assert "workshop_kit/ui/run/window.py" in names
    entry = next(n for n in names if n.endswith("entry_points.txt"))
    assert "workshop-kit = workshop_kit.cli:main" in zipfile.ZipFile(wheel).read(entry).decode()


def test_the_installed_environment_is_exactly_the_constraints():
    """Every package in this venv (what the README's commands installed) is pinned in
    constraints.txt at the version installed: a dependency of a dependency that is not
    pinned would change under the next install. Run where the venv is fresh (CI sets
    WORKSHOP_KIT_REQUIRE_TOOLS=1); a developer's venv may hold tools of their own."""
    import importlib.metadata
    import os

    if os.environ.get("WORKSHOP_KIT_REQUIRE_TOOLS") != "1":
        pytest.skip("only in a fresh venv (CI): a developer's venv may hold other tools")

    pins = {}
    for line in (ROOT / "constraints.txt").read_text().splitlines():
        if "==" in line and not line.startswith("#"):
            name, version = line.split("==")
            pins[name.lower().replace("_", "-")] = version.strip()
    unpinned, other = [], []
    for dist in importlib.metadata.distributions():
        name = dist.metadata["Name"].lower().replace("_", "-")
        if name in {"workshop-kit", "pip"}:
            continue
        if name not in pins:
            unpinned.append(f"{name}=={dist.version}")
        elif pins[name] != dist.version:
            other.append(f"{name}: {dist.version} installed, {pins[name]} pinned")
    assert not unpinned, f"add to constraints.txt: {sorted(unpinned)}"
    assert not other, other
