"""Start-up: the app's window and its library beside a bare PySide6 window, offscreen.

Runs, in turn, a bare one-widget PySide6 window and ``workshop-kit gui --smoke`` on an
empty data folder and on a folder of 3,000 workshops (100,000 responses), each in a fresh
process, and times from process start to the lines the processes print ("main window
shown" at the first paint, "library ready" when the pages are built). Both data folders
are set up as the app's first start does (keys, sealed files: ``protection.set_up``, with
a cheap unlock cost); the workshops are made-up closed ones (``tests/survey_data``),
sealed by the app's own migration and folded as the app's first unlock folds them (the
steady state of a laptop); an unfolded copy of the folder is the worst case (every
response saved by a kiosk since the last unlock), shown for information.

Measures (issue 14's budgets): window shown vs the bare window (<= 1.2x); library ready
with 3,000 workshops vs with an empty folder (<= 1.5x). For information: library ready on
the empty folder vs the bare window, window shown with 3,000 workshops vs the bare window.

Then the Results page's first display on the 3,000-workshop folder (the window opened
unlocked, the page chosen as Ctrl+3 does): seconds until it shows results (<= 1 s) and the
longest the GUI thread was blocked meanwhile, by a 5 ms heartbeat (<= 50 ms). These two
budgets are absolute, so their "reference" is the budget itself. The budgeted runs find
the sealed read cache of closed workshops (``records.read_cache``) as an earlier read left
it (one run before them builds it), and the Results kept from the last display
(``analysis.results_cache``: the steady state, nothing changed since); for information,
runs with the kept Results removed (some workshop changed: read from the read cache and
analysed again), with both caches removed (every workshop file changed since the last
read) and the unfolded worst case.

The app's modules are byte-compiled first, as ``pip install`` leaves them (a checkout run
with ``PYTHONDONTWRITEBYTECODE`` would recompile every module at every start).

Every app run must exit 0 and print both lines: anything else (a crash, an abort, a
traceback) fails the benchmark (exit 1), whatever the times.

Usage: python benchmarks/startup.py [--quick] [--runs N] [--workshops N] [--strict]
"""

from __future__ import annotations

import argparse
import json
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

# Results first display: the window opened unlocked on the data folder; once its pages are
# ready, the Results page is chosen (what Ctrl+3 does) and a 5 ms heartbeat on the GUI
# thread measures the longest gap until the page shows results. Prints one JSON line.
RESULTS = r"""
import json, sys, time, traceback
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

def failed(*info):
    traceback.print_exception(*info)
    QApplication.exit(2)

sys.excepthook = failed
app = QApplication(sys.argv[:1])
from workshop_kit.records.protection import open_protected
from workshop_kit.ui.app import create_main_window

protected = open_protected()
protected.vault.unlock(sys.argv[1])
window = create_main_window(store=protected.store)
window.remember_geometry = False
beat, seen = QTimer(), {"gap": 0.0}

def tick():
    now = time.perf_counter()
    seen["gap"] = max(seen["gap"], now - seen["last"])
    seen["last"] = now
    if window.results_page.results is not None and "done" not in seen:
        seen["done"] = now - seen["start"]
        print(json.dumps({"display": seen["done"], "gap": seen["gap"]}), flush=True)
        QTimer.singleShot(0, app.quit)

def go():
    row = window.row_of(window.results_page)
    assert row >= 0, "no Results page"
    beat.timeout.connect(tick)
    beat.start(5)
    seen["start"] = seen["last"] = time.perf_counter()
    window.sidebar.setCurrentRow(row)  # Ctrl+3

window.pages_ready.connect(lambda: QTimer.singleShot(500, go))  # start-up work settles
QTimer.singleShot(240_000, lambda: (print("no results within 240 s"), app.exit(3)))
window.show()
code = app.exec()
window.close()
sys.exit(code)
"""

SHOWN, READY = "main window shown", "library ready"
DISPLAY_BUDGET_S, BLOCK_BUDGET_MS = 1.0, 50.0
TIMEOUT_S = 300
UNLOCK_CODE = "0481-7730-2956"


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


def results_first_display(env: dict[str, str]) -> dict[str, float]:
    """Seconds until the Results page shows results, and the GUI thread's longest gap."""
    done = subprocess.run(
        [sys.executable, "-c", RESULTS, UNLOCK_CODE],
        capture_output=True,
        text=True,
        env=env,
        timeout=TIMEOUT_S,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        tail = "\n".join((done.stdout + done.stderr).strip().splitlines()[-15:])
        raise AppFailed(f"Results page run exited with {done.returncode}\n{tail}")
    return json.loads(lines[-1])


def drop_read_cache(data: Path, *, results_too: bool = True) -> None:
    """Remove the sealed read cache of closed workshops (``records.read_cache``) and,
    with ``results_too``, the Results kept from the last display
    (``analysis.results_cache``): a display then reads and analyses again."""
    from workshop_kit.records.protection import workshops_dir
    from workshop_kit.records.read_cache import CACHE_NAME

    (workshops_dir(data) / ".index" / CACHE_NAME).unlink(missing_ok=True)
    if results_too:
        drop_results_cache(data)


def drop_results_cache(data: Path) -> None:
    """Remove the Results kept from the last display: as after any change to the data."""
    from workshop_kit.records.protection import workshops_dir
    from workshop_kit.records.sealed_box import RESULTS_BOX

    (workshops_dir(data) / ".index" / RESULTS_BOX).unlink(missing_ok=True)


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
        made = survey_data.many_workshops(
            instrument, workshops=workshops, responses=responses, record_keys=True
        )
        survey_data.write_store(workshops_dir(data), list(made))
    protected = sealed_data_dir(data, code=UNLOCK_CODE)  # first-run setup; migration seals
    if workshops:
        import shutil

        # The worst case beside it: every response as a kiosk saved it, unfolded.
        shutil.copytree(data, parent / f"{name}-unfolded")
    protected.store.fold_sealed()  # the steady state: folded at an earlier unlock
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
        # As installed: pip compiles the package's bytecode (the frozen build holds it), so
        # a checkout's app must not recompile every module at every start (a machine may
        # set PYTHONDONTWRITEBYTECODE): compiled once here, for both sides alike.
        base.pop("PYTHONDONTWRITEBYTECODE", None)
        package = Path(__file__).resolve().parent.parent / "workshop_kit"
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(package)], check=True)
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
        results_env = dict(base, WORKSHOP_KIT_DATA_DIR=str(full))
        results_first_display(results_env)  # the caches, as any earlier display left them
        displays = [results_first_display(results_env) for _ in range(args.results_runs or runs)]
        analysed = []
        for _ in range(args.results_runs or runs):
            drop_results_cache(full)  # some workshop changed since: read (cache) and analyse
            analysed.append(results_first_display(results_env))
        uncached = []
        for _ in range(1 if args.quick else 2):
            drop_read_cache(full)  # as if every workshop file had changed since
            uncached.append(results_first_display(results_env))
        worst_env = dict(base, WORKSHOP_KIT_DATA_DIR=str(parent / "full-unfolded"))
        worst = []
        for _ in range(1 if args.quick else 2):
            drop_read_cache(parent / "full-unfolded")
            worst.append(results_first_display(worst_env))
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
    display = median([d["display"] for d in displays])
    block = max(d["gap"] for d in displays) * 1000
    rows += [
        Row(f"Results first display, {len(displays)} runs, vs {DISPLAY_BUDGET_S:g} s (absolute)",
            display * 1000, DISPLAY_BUDGET_S * 1000, "ms", 1.0),
        Row(f"GUI thread longest block meanwhile vs {BLOCK_BUDGET_MS:g} ms (absolute)", block,
            BLOCK_BUDGET_MS, "ms", 1.0),
        Row(f"Results first display, analysed again (a workshop changed since the last "
            f"display; read cache kept), {len(analysed)} runs, vs {DISPLAY_BUDGET_S:g} s",
            median([d["display"] for d in analysed]) * 1000, DISPLAY_BUDGET_S * 1000, "ms"),
        Row(f"GUI thread longest block, analysed again, vs {BLOCK_BUDGET_MS:g} ms",
            max(d["gap"] for d in analysed) * 1000, BLOCK_BUDGET_MS, "ms"),
        Row(f"Results first display, no read cache (every file changed since the last "
            f"read), {len(uncached)} runs, vs {DISPLAY_BUDGET_S:g} s",
            median([d["display"] for d in uncached]) * 1000, DISPLAY_BUDGET_S * 1000, "ms"),
        Row(f"GUI thread longest block, no read cache, vs {BLOCK_BUDGET_MS:g} ms",
            max(d["gap"] for d in uncached) * 1000, BLOCK_BUDGET_MS, "ms"),
        Row(f"Results first display, unfolded (worst case: all saved by a kiosk since the "
            f"last unlock), {len(worst)} runs, vs {DISPLAY_BUDGET_S:g} s",
            median([d["display"] for d in worst]) * 1000, DISPLAY_BUDGET_S * 1000, "ms"),
    ]  # fmt: skip
    print_table(f"start-up, offscreen, medians of {runs} interleaved runs", rows)
    return rows


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_common_arguments(parser)
    parser.add_argument("--runs", type=int, default=0, help="runs of each (default 5; quick 2)")
    parser.add_argument("--results-runs", type=int, default=0, help="Results runs (= --runs)")
    parser.add_argument("--workshops", type=int, default=0, help="default 3,000; quick 100")
    sys.exit(run(main, parser.parse_args()))
