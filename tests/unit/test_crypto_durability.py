"""Kill a kiosk saving into sealed files at random moments: every acknowledged response
survives, every file and backup opens, and nothing on disk is in the clear."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.unit.sealed_writer import CODE, open_store
from workshop_kit.records.sealed_backend import load_sealed

ROOT = Path(__file__).resolve().parents[2]
TOTAL = 500
SEED = 20240502

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")


def run_writer(folder: Path, count: int, seed: int, rng: random.Random) -> tuple[list, list, int]:
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.unit.sealed_writer", str(folder), str(count), str(seed)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    watchdog = threading.Timer(60, process.kill)
    watchdog.start()
    lines: list[str] = []
    try:
        if rng.random() < 0.2:
            time.sleep(rng.uniform(0, 0.4))  # while starting, checking, setting up keys
        else:
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
def test_every_acknowledged_sealed_save_survives_sigkill_at_random_moments(tmp_path):
    folder = tmp_path / "workshops"
    rng = random.Random(SEED)
    acked: list[str] = []
    notes: list[str] = []
    kills = 0
    for run in range(1, 300):
        # Enough saves and enough kills, however quick a save is (a run that finishes its
        # saves before the kill exits by itself and does not count as one).
        if len(acked) >= TOTAL and kills >= 10:
            break
        acks, run_notes, code = run_writer(folder, max(TOTAL - len(acked), 50), SEED + run, rng)
        acked += acks
        notes += run_notes
        kills += code == -signal.SIGKILL
    assert len(acked) >= TOTAL, f"only {len(acked)} saves acknowledged in {run} runs"
    assert kills >= 10, f"the writer was killed only {kills} times"
    assert notes == [], "the start-up check had to repair something"

    store, vault = open_store(folder)
    load = load_sealed(vault)
    for path in sorted(folder.rglob("*.json")):  # workshop files and every backup
        load(path, path.name.split(".")[0])
        assert b"gbv-attitudes" not in path.read_bytes()
    assert store.check() == []
    vault.unlock(CODE)
    stored = [r.id for w in store.list_workshops() for r in store.responses(w.id)]
    assert len(stored) == len(set(stored))
    missing = set(acked) - set(stored)
    assert not missing, f"{len(missing)} acknowledged responses lost ({kills} kills)"
