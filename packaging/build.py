"""Build the frozen app with PyInstaller, check it, and print its size against the budget.

Usage: python packaging/build.py [--dist DIR] [--work DIR] [--measure]

Runs ``packaging/workshop-kit.spec`` with the Python that runs this script (so build from the
environment the app is installed in), then checks that every bundled curricula and assets
file arrived where ``workshop_kit/paths.py`` looks for it, and prints
``size: N MB (budget 175 MB)`` (1 MB = 1,000,000 bytes, every file counted once). On Linux
a build over the budget is a failure (exit status 1). The result is ``DIST/workshop-kit/``,
and on macOS also ``DIST/Workshop Kit.app``.

``--measure`` then times the start-up, offscreen, of the frozen app and of the source
checkout (``python -m workshop_kit gui --smoke``): the median of 5 runs of each, taken in
turns after one warm-up run each, to the moments the smoke run prints.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

__all__ = [
    "BUDGET_MB",
    "app_folder",
    "build",
    "bundle_root",
    "folder_size",
    "main",
    "missing_content",
    "startup_moments",
]

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SPEC = HERE / "workshop-kit.spec"
# The one-folder app on Linux. Was 160 MB; the cryptography wheel (12 MB) came in for
# encryption at rest.
BUDGET_MB = 175
MOMENTS = ("main window shown", "library ready")  # what `gui --smoke` prints, in order
_SKIPPED = {".pyc", ".ts"}  # as in the spec: not bundled


def build(dist: Path, work: Path) -> Path:
    """Run PyInstaller on the spec; returns the app folder. Raises CalledProcessError."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            str(SPEC),
        ],
        check=True,
        cwd=ROOT,
    )
    return app_folder(dist)


def app_folder(dist: Path) -> Path:
    """What the build makes: the .app on macOS, the one-folder app elsewhere."""
    return dist / "Workshop Kit.app" if sys.platform == "darwin" else dist / "workshop-kit"


def executable(dist: Path) -> Path:
    """The program to run (the console one on Windows)."""
    if sys.platform == "win32":
        return dist / "workshop-kit" / "workshop-kit-cli.exe"
    return dist / "workshop-kit" / "workshop-kit"


def bundle_root(app: Path) -> Path:
    """The folder the frozen app sees as ``sys._MEIPASS``'s data root."""
    if app.suffix == ".app":
        return app / "Contents" / "Resources"
    return app / "_internal"


def missing_content(app: Path) -> list[str]:
    """Bundled files (curricula/, assets/) of the checkout that the build lacks."""
    root = bundle_root(app)
    missing = []
    for folder in ("curricula", "assets"):
        for path in sorted((ROOT / folder).rglob("*")):
            if not path.is_file() or path.suffix in _SKIPPED or "__pycache__" in path.parts:
                continue
            relative = path.relative_to(ROOT)
            if not (root / relative).is_file():
                missing.append(relative.as_posix())
    return missing


def folder_size(folder: Path) -> int:
    """Bytes in ``folder``: each file once, links not followed."""
    seen: set[tuple[int, int]] = set()
    total = 0
    for dirpath, _, filenames in os.walk(folder):
        for name in filenames:
            stat = os.lstat(os.path.join(dirpath, name))
            if (stat.st_dev, stat.st_ino) not in seen:
                seen.add((stat.st_dev, stat.st_ino))
                total += stat.st_size
    return total


def startup_moments(command: list[str], env: dict[str, str], cwd: Path) -> dict[str, float]:
    """Seconds from process start to each moment ``gui --smoke`` prints."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env, cwd=cwd)
    assert process.stdout is not None
    moments = {line.strip(): time.perf_counter() - start for line in process.stdout}
    if process.wait(timeout=60) != 0 or not set(MOMENTS) <= set(moments):
        raise RuntimeError(f"{command[0]} gui --smoke failed (exit {process.returncode})")
    return moments


def measure(program: Path, runs: int = 5) -> list[str]:
    """Lines comparing the start-up of the frozen app and of the source checkout."""
    data = tempfile.mkdtemp(prefix="wk-startup-")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", WORKSHOP_KIT_DATA_DIR=data)
    commands = {
        "frozen app": [str(program), "gui", "--smoke"],
        "source checkout": [sys.executable, "-m", "workshop_kit", "gui", "--smoke"],
    }
    for command in commands.values():  # warm the file cache and the content cache
        startup_moments(command, env, ROOT)
    times: dict[str, list[dict[str, float]]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            times[name].append(startup_moments(command, env, ROOT))
    lines = []
    for name in commands:
        for moment in MOMENTS:
            values = [run[moment] for run in times[name]]
            each = ", ".join(f"{v * 1000:.0f}" for v in values)
            lines.append(
                f"{name:16s} {moment:18s}: median {statistics.median(values) * 1000:5.0f} ms"
                f" (runs: {each})"
            )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the app goes")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--measure", action="store_true", help="then time the start-up")
    args = parser.parse_args(argv)
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print(
            "PyInstaller is not installed in this Python: run "
            f"`{sys.executable} -m pip install pyinstaller`, then build again.",
            file=sys.stderr,
        )
        return 2
    if sys.platform.startswith("linux") and not (shutil.which("objdump") and shutil.which("strip")):
        print(
            "PyInstaller needs objdump and strip on Linux: install binutils "
            "(apt-get install binutils), then build again.",
            file=sys.stderr,
        )
        return 2
    try:
        app = build(args.dist.resolve(), args.work.resolve())
    except subprocess.CalledProcessError as exc:
        print(f"PyInstaller failed (exit {exc.returncode}); see above.", file=sys.stderr)
        return 1
    missing = missing_content(app)
    if missing:
        print(f"the build lacks {len(missing)} bundled files, e.g. {missing[:3]}", file=sys.stderr)
        return 1
    size_mb = folder_size(app) / 1e6
    linux = sys.platform.startswith("linux")
    print(f"built: {app}")
    print(f"size: {size_mb:.0f} MB (budget {BUDGET_MB} MB{'' if linux else ' on Linux'})")
    if linux and size_mb >= BUDGET_MB:
        print("over budget: see packaging/bundle_rules.py for what is kept", file=sys.stderr)
        return 1
    if args.measure:
        print("start-up, offscreen, median of 5:")
        for line in measure(executable(args.dist.resolve())):
            print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
