"""What every benchmark shares: interleaved timing, the ratio table and the exit status.

A benchmark measures the project beside a reference (what a user would pick instead) in the
same process run, taking them in turn (A B A B ...), so a busy moment of the machine
weighs on both alike, and reports medians. Each measure is printed as one line::

    measure | project | reference | ratio | budget (ratio) | ok/OVER

``ratio`` is project / reference: below 1 the project is faster (or smaller). A measure
with no budget in issue 14's table prints ``-`` and ``info``.

Exit status: 1 when the app under test failed (an exception, a crash, a non-zero exit of
a child process); a budget that is over prints ``OVER`` and still exits 0, unless
``--strict`` is given (then 3).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # `python benchmarks/x.py` from anywhere: tests/ is importable
    sys.path.insert(0, str(ROOT))

__all__ = [
    "ROOT",
    "AppFailed",
    "Row",
    "add_common_arguments",
    "interleave",
    "median",
    "print_table",
    "run",
]

OVER_EXIT = 3


class AppFailed(Exception):
    """The app under test crashed, exited non-zero or raised: the run is not valid."""


@dataclass(frozen=True)
class Row:
    """One measure: the project's figure beside the reference's, in the same unit."""

    measure: str
    project: float
    reference: float
    unit: str  # "ms", "s", "MB", "x"
    budget: float | None = None  # the largest ratio allowed; None: shown for information

    @property
    def ratio(self) -> float:
        return self.project / self.reference if self.reference > 0 else float("inf")

    @property
    def verdict(self) -> str:
        if self.budget is None:
            return "info"
        return "ok" if self.ratio <= self.budget else "OVER"


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def interleave(
    actions: dict[str, Callable[[], object]], rounds: int, *, warmup: int = 1
) -> dict[str, list[float]]:
    """Seconds of each action over ``rounds`` rounds, the actions taken in turn within a
    round (A B A B ...); the first ``warmup`` rounds warm caches and are not kept."""
    times: dict[str, list[float]] = {name: [] for name in actions}
    for round_ in range(warmup + rounds):
        for name, action in actions.items():
            start = time.perf_counter()
            action()
            elapsed = time.perf_counter() - start
            if round_ >= warmup:
                times[name].append(elapsed)
    return times


def _figure(value: float, unit: str) -> str:
    if unit == "x":
        return f"{value:.2f}x"
    if unit == "ms":
        return f"{value:.2f} ms"
    if unit == "s":
        return f"{value:.3f} s"
    return f"{value:.0f} {unit}"


def print_table(title: str, rows: Sequence[Row]) -> None:
    """The rows under a header, as ``measure | project | reference | ratio | budget | ok``."""
    print(f"\n{title}")
    header = ("measure", "project", "reference", "ratio", "budget (ratio)", "ok/OVER")
    cells = [header]
    for row in rows:
        budget = "-" if row.budget is None else f"<= {row.budget:g}x"
        cells.append(
            (
                row.measure,
                _figure(row.project, row.unit),
                _figure(row.reference, row.unit),
                f"{row.ratio:.2f}x",
                budget,
                row.verdict,
            )
        )
    widths = [max(len(line[i]) for line in cells) for i in range(len(header))]
    for line in cells:
        print(" | ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)))
    sys.stdout.flush()


def add_common_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--quick", action="store_true", help="small sizes: a run under 2 min")
    parser.add_argument("--strict", action="store_true", help="exit 3 when a budget is OVER")


def run(main: Callable[[argparse.Namespace], list[Row]], args: argparse.Namespace) -> int:
    """Run ``main``; 1 if the app failed, 3 with ``--strict`` if a budget is over, else 0."""
    try:
        rows = main(args)
    except AppFailed as failure:
        print(f"FAILED: the app under test failed: {failure}", file=sys.stderr)
        return 1
    except Exception:
        traceback.print_exc()
        print("FAILED: the benchmark raised (see above)", file=sys.stderr)
        return 1
    over = [row.measure for row in rows if row.verdict == "OVER"]
    if over:
        print(f"OVER budget: {', '.join(over)}")
    return OVER_EXIT if over and args.strict else 0
