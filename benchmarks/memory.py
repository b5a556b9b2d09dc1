"""Peak memory of read + analysis at 300,000 responses, beside the pandas route.

Made-up closed workshops (``tests/survey_data``: 300,000 responses in 9,000 workshops;
``--quick``: 10,000 in 300) are written as store files, and the project's CSV export of
them. Then, in turn, fresh processes report their own peak resident set (``VmHWM``;
``ru_maxrss`` would start from the parent's figure on Linux):

- project: ``load_dataset`` of a new store, then ``summarise`` (what the Results page needs);
- pandas route: ``pandas.read_csv`` of the CSV, then pandas + SciPy computing the same
  statistics (``_pandas_route``).

Each process imports what its route needs and nothing else, so the figures include the
interpreter and the libraries (pandas and SciPy are part of what that route costs).
Budget (issue 14): the project's peak at most the pandas route's (<= 1x). For information,
each process's resident set before the work, after its imports.

Usage: python benchmarks/memory.py [--quick] [--responses N] [--runs N] [--strict]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import ROOT, AppFailed, Row, add_common_arguments, median, print_table, run

PROJECT = r"""
import json, resource, sys
def peak_mb():
    # VmHWM: this process's own peak. ru_maxrss is not: on Linux a child starts with its
    # parent's figure (the parent here holds the generated data set).
    try:
        with open("/proc/self/status") as handle:
            return next(int(l.split()[1]) for l in handle if l.startswith("VmHWM")) / 1024
    except (OSError, StopIteration):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
from pathlib import Path
from workshop_kit.analysis.dataset import Filters, load_dataset
from workshop_kit.analysis.summary import summarise
from workshop_kit.content.library import load_library
from workshop_kit.records.store import WorkshopStore
instrument = load_library().instrument("gbv-attitudes")
before = peak_mb()
dataset = load_dataset(WorkshopStore(Path(sys.argv[1])), Filters())
results = summarise(dataset, instrument)
peak = peak_mb()
print(json.dumps({"before": before, "peak": peak, "rows": len(dataset.rows)}))
"""

PANDAS = r"""
import json, resource, sys
def peak_mb():
    # VmHWM: this process's own peak. ru_maxrss is not: on Linux a child starts with its
    # parent's figure (the parent here holds the generated data set).
    try:
        with open("/proc/self/status") as handle:
            return next(int(l.split()[1]) for l in handle if l.startswith("VmHWM")) / 1024
    except (OSError, StopIteration):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
sys.path.insert(0, sys.argv[2])
import _pandas_route
from workshop_kit.content.library import load_library
instrument = load_library().instrument("gbv-attitudes")
before = peak_mb()
frame = _pandas_route.read(sys.argv[1])
results = _pandas_route.statistics(frame, instrument)
peak = peak_mb()
print(json.dumps({"before": before, "peak": peak, "rows": len(frame)}))
"""


def child(script: str, *argv: str) -> dict:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", script, *argv], env=env, capture_output=True, text=True
    )
    if done.returncode != 0:
        raise AppFailed(f"child exited with {done.returncode}:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(args: argparse.Namespace) -> list[Row]:
    from tests import survey_data
    from workshop_kit.analysis.dataset import Filters, load_dataset
    from workshop_kit.content.library import load_library
    from workshop_kit.exports.csv_export import write_csv
    from workshop_kit.records.store import WorkshopStore

    responses = args.responses or (10_000 if args.quick else 300_000)
    workshops = max(1, round(responses / 33.3))
    runs = args.runs or (1 if args.quick else 3)
    instrument = load_library().instrument("gbv-attitudes")
    with tempfile.TemporaryDirectory(prefix="wk-bench-memory-") as tmp_name:
        tmp = Path(tmp_name)
        start = time.perf_counter()
        folder = tmp / "data" / "workshops"
        made = survey_data.many_workshops(
            instrument, workshops=workshops, responses=responses, record_keys=True
        )
        survey_data.write_store(folder, list(made))
        csv_path = tmp / "export.csv"
        write_csv(load_dataset(WorkshopStore(folder), Filters()), instrument, csv_path)
        print(
            f"{workshops:,} workshops, about {responses:,} responses; CSV "
            f"{csv_path.stat().st_size / 1e6:.0f} MB; set-up {time.perf_counter() - start:.0f} s; "
            f"{runs} runs each, in turn"
        )
        project, pandas = [], []
        for _ in range(runs):
            project.append(child(PROJECT, str(folder)))
            pandas.append(child(PANDAS, str(csv_path), str(Path(__file__).parent)))
    rows_read = project[0]["rows"]

    def mb(runs: list[dict], key: str) -> float:
        return median([r[key] for r in runs])

    rows = [
        Row(f"peak memory, read + analysis of {rows_read:,}", mb(project, "peak"),
            mb(pandas, "peak"), "MB", 1.0),
        Row("resident after imports, before the work", mb(project, "before"),
            mb(pandas, "before"), "MB"),
    ]  # fmt: skip
    print_table("peak memory (max RSS), project vs pandas route", rows)
    return rows


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_common_arguments(parser)
    parser.add_argument("--responses", type=int, default=0, help="default 300,000; quick 10,000")
    parser.add_argument("--runs", type=int, default=0, help="processes of each (default 3)")
    sys.exit(run(main, parser.parse_args()))
