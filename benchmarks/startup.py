"""Start-up time: process start to main window shown, offscreen.

Prints the median of 5 runs of `workshop-kit gui --smoke` beside the median of 5 runs of
the bare minimum (a one-widget PySide6 window) in the same run, interleaved, and the
budget: at most 1.5 times the minimum.

Usage: python benchmarks/startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

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

BUDGET = 1.5


def time_to(command: list[str], env: dict[str, str]) -> dict[str, float]:
    """Seconds from process start to each line the process prints."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env)
    moments = {line.strip(): time.perf_counter() - start for line in process.stdout}
    process.wait(timeout=30)
    if "main window shown" not in moments:
        raise SystemExit(f"{command} never showed its window")
    return moments


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    data = tempfile.mkdtemp(prefix="wk-bench-")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", WORKSHOP_KIT_DATA_DIR=data)
    app = [sys.executable, "-m", "workshop_kit", "gui", "--smoke"]
    bare = [sys.executable, "-c", BARE]
    time_to(app, env)  # warm the file cache (and the content cache) for both
    time_to(bare, env)
    app_runs, bare_times = [], []
    for _ in range(args.runs):
        app_runs.append(time_to(app, env))
        bare_times.append(time_to(bare, env)["main window shown"])
    shown = [run["main window shown"] for run in app_runs]
    ready = [run["library ready"] for run in app_runs]

    def line(label: str, times: list[float]) -> str:
        runs = ", ".join(f"{t * 1000:.0f}" for t in times)
        return f"{label:32s}: median {statistics.median(times) * 1000:6.1f} ms (runs: {runs})"

    print(line("bare one-widget PySide6 window", bare_times))
    print(line("workshop-kit main window shown", shown))
    print(line("workshop-kit library ready", ready))
    ratio = statistics.median(shown) / statistics.median(bare_times)
    ready_ratio = statistics.median(ready) / statistics.median(bare_times)
    verdict = "within" if ratio <= BUDGET else "OVER"
    print(f"window shown : {ratio:.2f}x the bare window; budget {BUDGET:.1f}x: {verdict} budget")
    print(f"library ready (sessions listed, guide rendered): {ready_ratio:.2f}x the bare window")
    return 0 if ratio <= BUDGET else 1


if __name__ == "__main__":
    sys.exit(main())
