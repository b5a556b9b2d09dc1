"""Kill a writing process at random moments: every acknowledged response survives.

The writer (``records_writer.py``) prints ``ACK <id>`` only after ``add_response`` returns.
The test kills it with SIGKILL, during a save or between saves, and restarts it until
500 responses have been acknowledged; then every file must parse and pass the schema
check, and every acknowledged response must be on disk.
"""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from workshop_kit.records.storage import load_file
from workshop_kit.records.store import WorkshopStore

ROOT = Path(__file__).resolve().parents[2]
TOTAL = 500
SEED = 20240501

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")


def run_writer(folder: Path, count: int, seed: int, rng: random.Random) -> tuple[list, list, int]:
    """Start a writer, kill it at a random moment; return (acks, notes, exit code)."""
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.unit.records_writer", str(folder), str(count), str(seed)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    watchdog = threading.Timer(60, process.kill)  # a hung writer fails, never hangs, the test
    watchdog.start()
    lines: list[str] = []
    try:
        if rng.random() < 0.2:
            # Anywhere at all: while starting, checking the folder or creating a workshop.
            time.sleep(rng.uniform(0, 0.4))
        else:
            # After a random number of saves, a random fraction of a save later.
            wanted = rng.randint(1, 40)
            while sum(line.startswith("ACK ") for line in lines) < wanted:
                line = process.stdout.readline()
                if not line:
                    break
                lines.append(line)
            time.sleep(rng.uniform(0, 0.003))
        process.send_signal(signal.SIGKILL)
        lines += process.stdout.readlines()
        code = process.wait()
    finally:
        watchdog.cancel()
        process.stdout.close()
    acks = [line[4:].strip() for line in lines if line.startswith("ACK ") and line.endswith("\n")]
    notes = [line for line in lines if line.startswith("NOTE ")]
    return acks, notes, code


@pytest.mark.slow
def test_every_acknowledged_response_survives_sigkill_at_random_moments(tmp_path):
    folder = tmp_path / "workshops"
    rng = random.Random(SEED)
    acked: list[str] = []
    notes: list[str] = []
    kills = torn = 0
    for run in range(1, 400):
        # Enough saves and enough kills, however quick a save is (a run that finishes its
        # saves before the kill exits by itself and does not count as one).
        if len(acked) >= TOTAL and kills >= 10:
            break
        acks, run_notes, code = run_writer(folder, max(TOTAL - len(acked), 50), SEED + run, rng)
        acked += acks
        notes += run_notes
        kills += code == -signal.SIGKILL
        torn += any(folder.glob(".*.tmp"))  # killed in the middle of writing a file
    assert len(acked) >= TOTAL, f"only {len(acked)} saves acknowledged in {run} runs"
    assert kills >= 10, f"the writer was killed only {kills} times"
    assert notes == [], "the start-up check had to repair something"

    for path in sorted(folder.rglob("*.json")):  # workshop files and every backup
        json.loads(path.read_text(encoding="utf-8"))
        load_file(path, path.name.split(".")[0])
    store = WorkshopStore(folder)
    assert store.check() == []
    assert not any(folder.glob(".*.tmp"))
    stored = [r.id for w in store.list_workshops() for r in store.responses(w.id)]
    assert len(stored) == len(set(stored))
    missing = set(acked) - set(stored)
    assert not missing, f"{len(missing)} acknowledged responses lost ({kills} kills, {torn} torn)"
    assert len(acked) == len(set(acked))
    # Killed between a save and its listing index: the next start's listing still says
    # what the files hold (a summary whose file changed since is read again).
    listed = {s.workshop.id: dict(s.responses) for s in WorkshopStore(folder).workshop_summaries()}
    read: dict[str, dict[str, int]] = {}
    for workshop, responses in store.read_workshops():
        counts = read.setdefault(workshop.id, {})
        for response in responses:
            counts[response.phase] = counts.get(response.phase, 0) + 1
    assert listed == read
