"""The benchmarks run, at their smallest sizes, and print one ratio line per measure.

Nothing here is timed: a benchmark's figures depend on the machine; what is checked is
that each one runs the app and its reference, exits 0, and prints every measure as
``measure | project | reference | ratio | budget | ok/OVER``. And that a failing app
(not an OVER budget) makes a benchmark exit non-zero.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BENCH = ROOT / "benchmarks"
RATIO_LINE = re.compile(
    r"^(?P<measure>[^|]+?) +\| (?P<project>[^|]+?) +\| (?P<reference>[^|]+?) +\| "
    r"(?P<ratio>[\d.]+x|infx) +\| (?P<budget><= [\d.]+x|-) +\| (?P<verdict>ok|OVER|info) *$"
)

SMALLEST = {
    "startup.py": (["--quick", "--runs", "1", "--workshops", "6"], 11),
    "storage.py": (["--quick", "--sizes", "60,120", "--saves", "3"], 6),
    "analysis.py": (["--quick", "--responses", "400", "--workshops", "12", "--repeat", "1"], 4),
    "memory.py": (["--quick", "--responses", "600", "--runs", "1"], 2),
    "pdf.py": (["--quick", "--repeat", "1"], 4),
}


def run_benchmark(name: str, *argv: str, env: dict[str, str] | None = None):
    return subprocess.run(
        [sys.executable, str(BENCH / name), *argv],
        capture_output=True,
        text=True,
        timeout=280,
        env=env or dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        cwd=ROOT,
    )


def ratio_lines(stdout: str) -> list[re.Match]:
    return [m for line in stdout.splitlines() if (m := RATIO_LINE.match(line))]


@pytest.mark.parametrize("name", sorted(SMALLEST))
def test_benchmark_exits_0_and_prints_a_ratio_line_per_measure(name):
    argv, measures = SMALLEST[name]
    done = run_benchmark(name, *argv)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = ratio_lines(done.stdout)
    assert len(lines) == measures, done.stdout
    for line in lines:
        if line["budget"] == "-":
            assert line["verdict"] == "info", line[0]
        else:
            assert line["verdict"] in ("ok", "OVER"), line[0]


def test_every_benchmark_has_its_smallest_settings_here():
    scripts = {p.name for p in BENCH.glob("*.py") if not p.name.startswith("_")}
    assert set(SMALLEST) <= scripts
    # the older ones that print no ratios yet are listed, so a new benchmark is not missed
    assert scripts - set(SMALLEST) == {"crypto.py", "import_memory.py"}


def test_an_app_that_exits_non_zero_or_never_shows_its_window_fails_startup():
    sys.path.insert(0, str(BENCH))
    try:
        import startup

        with pytest.raises(startup.AppFailed, match="exited with 3"):
            startup.time_to(
                [sys.executable, "-c", "import sys; print('main window shown'); sys.exit(3)"],
                dict(os.environ),
                (startup.SHOWN,),
            )
        with pytest.raises(startup.AppFailed, match="never printed"):
            startup.time_to([sys.executable, "-c", "pass"], dict(os.environ), (startup.SHOWN,))
    finally:
        sys.path.remove(str(BENCH))


def test_an_over_budget_exits_0_unless_strict():
    sys.path.insert(0, str(BENCH))
    try:
        import _common

        over = [_common.Row("m", 2.0, 1.0, "ms", 1.5)]
        fine = [_common.Row("m", 1.0, 1.0, "ms", 1.5), _common.Row("i", 9.0, 1.0, "ms")]

        class Args:
            strict = False

        assert over[0].verdict == "OVER" and fine[1].verdict == "info"
        assert _common.run(lambda args: over, Args()) == 0
        Args.strict = True
        assert _common.run(lambda args: over, Args()) == _common.OVER_EXIT
        assert _common.run(lambda args: fine, Args()) == 0

        def crash(args):
            raise RuntimeError("the app under test broke")

        assert _common.run(crash, Args()) == 1
    finally:
        sys.path.remove(str(BENCH))
