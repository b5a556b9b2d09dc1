"""Kill the fold pass at random moments: no response is lost, nothing needs repair, and
every file and backup still opens (a fold is one normal durable write per workshop)."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.unit import test_records_store as plain
from tests.unit.sealed_writer import CODE, open_store
from workshop_kit.records.envelope import open_file
from workshop_kit.records.sealed_backend import load_sealed

ROOT = Path(__file__).resolve().parents[2]
WORKSHOPS = 8
ROUNDS = 6
SEED = 20261203

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")


def kill_fold(folder: Path, rng: random.Random) -> tuple[int, int]:
    """Run the fold pass and SIGKILL it after a random number of workshops."""
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.unit.fold_writer", str(folder)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    watchdog = threading.Timer(60, process.kill)
    watchdog.start()
    folded = 0
    try:
        wanted = rng.randint(0, WORKSHOPS - 1)
        while True:
            line = process.stdout.readline()
            if not line or line.startswith("DONE"):
                break
            if line.startswith("FOLDED "):
                folded += 1
            if line.startswith(("UNLOCKED", "FOLDED ")) and folded >= wanted:
                break
        time.sleep(rng.uniform(0, 0.004))  # somewhere inside the next workshop's write
        process.send_signal(signal.SIGKILL)
        process.stdout.read()
        code = process.wait()
    finally:
        watchdog.cancel()
        process.stdout.close()
    return folded, code


def test_a_fold_killed_at_random_moments_loses_nothing(tmp_path):
    folder = tmp_path / "workshops"
    rng = random.Random(SEED)
    store, vault = open_store(folder)
    vault.unlock(CODE)
    workshops = [store.create_workshop(**plain.DETAILS).id for _ in range(WORKSHOPS)]
    saved: set[str] = set()
    kills = 0
    for day in range(1, ROUNDS + 1):
        vault.lock()  # the kiosk saves between unlocks
        for workshop_id in workshops:
            for phase in ("pre", "post"):
                response = plain.add(store, workshop_id, phase, code_answers=plain.code(day))
                saved.add(response.id)
        _, code = kill_fold(folder, rng)
        kills += code == -signal.SIGKILL

        again, vault = open_store(folder)
        assert again.check() == [], "the start-up check had to repair something"
        load = load_sealed(vault)
        for path in sorted(folder.rglob("*.json")):  # workshop files and every backup
            load(path, path.name.split(".")[0])
            assert b"gbv-attitudes" not in path.read_bytes()
        vault.unlock(CODE)
        stored = [r.id for w in workshops for r in again.responses(w)]
        assert len(stored) == len(set(stored))
        assert set(stored) == saved, f"round {day}: {len(saved - set(stored))} responses lost"
        store = again
    assert kills >= ROUNDS // 2, f"the fold was killed only {kills} times"
    # A last, whole fold leaves every response folded.
    assert store.fold_sealed() > 0
    for workshop_id in workshops:
        path = folder / f"{workshop_id}.json"
        document = open_file(vault.keyring.storage_key, workshop_id, path.read_bytes())
        assert document["records"] == {} and len(document["folded"]["ids"]) == 2 * ROUNDS
