"""Start-up: the app's window and its library beside a bare PySide6 window, offscreen.

Runs, in turn, a bare one-widget PySide6 window and ``workshop-kit gui --smoke`` on an
empty data folder and on a folder of 3,000 workshops (100,000 responses), each in a fresh
process, and times from process start to the lines the processes print ("main window
shown" at the first paint, "library ready" when the pages are built). Both data folders
are set up as the app's first start does (keys, sealed files: ``protection.set_up``, with
a cheap unlock cost); the workshops are made-up closed ones (``tests/survey_data``),
sealed by the app's own migration.

Measures (issue 14's budgets): window shown vs the bare window (<= 1.2x); library ready
with 3,000 workshops vs with an empty folder (<= 1.5x). For information: library ready on
the empty folder vs the bare window, window shown with 3,000 workshops vs the bare window.

Every app run must exit 0 and print both lines: anything else (a crash, an abort, a
traceback) fails the benchmark (exit 1), whatever the times.

Usage: python benchmarks/startup.py [--quick] [--runs N] [--workshops N] [--strict]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import AppFailed, Row, add_common_arguments, median, print_table, run

# The bare minimum: one widget, reported at its first paint like the app's window.
BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
class Label(QLabel):
    def paintEvent(self, event):
        super().paintEvent(event)
        print("main window shown", flush=True)
        QTimer.singleShot(0, app.quit)
app = QApplication(sys.argv[:1])
w = Label("Workshop Kit")
w.show()
app.exec()
"""

SHOWN, READY = "main window shown", "library ready"
TIMEOUT_S = 300


def time_to(command: list[str], env: dict[str, str], expect: tuple[str, ...]) -> dict[str, float]:
    """Seconds from process start to each line the process prints; ``AppFailed`` if it
    exits non-zero, is killed by a signal, or never prints an ``expect`` line."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    assert process.stdout is not None and process.stderr is not None
    moments = {line.strip(): time.perf_counter() - start for line in process.stdout}
    try:
        code = process.wait(timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        process.kill()
        raise AppFailed(f"{command[-3:]} did not exit within {TIMEOUT_S} s") from None
    errors = process.stderr.read()
    missing = [line for line in expect if line not in moments]
    if code != 0 or missing:
        tail = "\n".join(errors.strip().splitlines()[-15:])
        raise AppFailed(
            f"{' '.join(command[-3:])} exited with {code}"
            f"{', never printed ' + repr(missing) if missing else ''}\n{tail}"
        )
    return moments


def make_data_dir(parent: Path, name: str, workshops: int, responses: int) -> Path:
    """A data folder as the app keeps it: keys set up, ``workshops`` sealed workshop files."""
    from tests import survey_data
    from tests.helpers import sealed_data_dir
    from workshop_kit.content.library import load_library
    from workshop_kit.records.protection import workshops_dir

    data = parent / name
    data.mkdir(parents=True)
    if workshops:
        instrument = load_library().instrument("gbv-attitudes")
        made = survey_data.many_workshops(instrument, workshops=workshops, responses=responses)
        survey_data.write_store(workshops_dir(data), list(made))
    sealed_data_dir(data)  # the first-run setup: keys, and the app's migration seals the files
    return data


def main(args: argparse.Namespace) -> list[Row]:
    runs = args.runs or (2 if args.quick else 5)
    workshops = args.workshops or (100 if args.quick else 3_000)
    responses = round(workshops * 100_000 / 3_000)
    parent = Path(tempfile.mkdtemp(prefix="wk-bench-startup-"))
    try:
        start = time.perf_counter()
        empty = make_data_dir(parent, "empty", 0, 0)
        full = make_data_dir(parent, "full", workshops, responses)
        print(
            f"data folders made in {time.perf_counter() - start:.0f} s: empty, and "
            f"{workshops:,} workshops / about {responses:,} responses (sealed); {runs} runs each"
        )
        base = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        base.pop("WORKSHOP_KIT_DATA_DIR", None)
        app = [sys.executable, "-m", "workshop_kit", "gui", "--smoke"]
        bare = [sys.executable, "-c", BARE]
        cases = {
            "bare": (bare, base, (SHOWN,)),
            "empty": (app, dict(base, WORKSHOP_KIT_DATA_DIR=str(empty)), (SHOWN, READY)),
            "full": (app, dict(base, WORKSHOP_KIT_DATA_DIR=str(full)), (SHOWN, READY)),
        }
        for command, env, expect in cases.values():  # warm the file cache for each
            time_to(command, env, expect)
        moments: dict[str, list[dict[str, float]]] = {name: [] for name in cases}
        for _ in range(runs):  # in turn: bare, empty, full, bare, empty, full ...
            for name, (command, env, expect) in cases.items():
                moments[name].append(time_to(command, env, expect))
    finally:
        shutil.rmtree(parent, ignore_errors=True)

    def ms(name: str, line: str) -> float:
        return median([run[line] for run in moments[name]]) * 1000

    rows = [
        Row("window shown vs bare window (empty folder)", ms("empty", SHOWN), ms("bare", SHOWN),
            "ms", 1.2),
        Row(f"library ready, {workshops:,} workshops vs empty folder", ms("full", READY),
            ms("empty", READY), "ms", 1.5),
        Row("library ready (empty folder) vs bare window", ms("empty", READY), ms("bare", SHOWN),
            "ms"),
        Row(f"window shown ({workshops:,} workshops) vs bare window", ms("full", SHOWN),
            ms("bare", SHOWN), "ms"),
    ]  # fmt: skip
    print_table(f"start-up, offscreen, medians of {runs} interleaved runs", rows)
    return rows


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_common_arguments(parser)
    parser.add_argument("--runs", type=int, default=0, help="runs of each (default 5; quick 2)")
    parser.add_argument("--workshops", type=int, default=0, help="default 3,000; quick 100")
    sys.exit(run(main, parser.parse_args()))
