"""Durable save latency: WorkshopStore.add_response beside a bare atomic write.

For 100, 1,000 and 10,000 stored responses (spread over workshops of 30, as a centre's
laptop fills up), times durable saves into a workshop being filled, and after each one a
bare write-temp / fsync / rename of exactly the bytes the save wrote, in the same folder.
Saves at the three sizes and the bare writes are taken in turn, so a busy moment of the
disk (or of the machine) weighs on all figures alike. Prints median and 95th percentile, the budgets
beside the measurements, and the peak memory of the run.

Budgets: median under 10 ms at 10,000; at most 3 times the bare figure; the 10,000
median at most 1.5 times the 100 median.

Then, for 150 workshops, what the Workshops page does after each Submit: count before and
after responses from the store's listing (``workshop_summaries``), beside the old way of
reading every workshop's responses. Printed for information (no budget).

Usage: python benchmarks/storage.py [--saves N] [--dir FOLDER] [--sealed]
(FOLDER should be on the disk the app uses; the default is the system temp folder.)
With ``--sealed`` the store keeps encrypted files (``SealedDiskBackend``) and the timed
saves are the kiosk's: locked, sealing each response with the workshop's public keys.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from unittest import mock

from workshop_kit.records.crypto import ScryptCost
from workshop_kit.records.sealed_backend import SealedDiskBackend
from workshop_kit.records.store import WorkshopStore
from workshop_kit.records.vault import Vault

SIZES = (100, 1_000, 10_000)
WORKSHOP_SIZE = 30
MEDIAN_BUDGET_MS = 10.0
BARE_RATIO = 3.0
GROWTH_RATIO = 1.5
DETAILS = {
    "curriculum_id": "equal-voices",
    "session_ids": ["gender-and-power"],
    "site": "Benchmark centre",
    "day": "2024-05-01",
    "language": "ar",
    "expected_participants": WORKSHOP_SIZE,
}


SEALED = False  # set by --sealed
UNLOCK_CODE = "0481-7730-2956"


def make_store(folder: Path) -> WorkshopStore:
    """A plaintext store, or with --sealed an encrypted one, locked (the kiosk)."""
    if not SEALED:
        return WorkshopStore(folder)
    vault = Vault(folder.parent / "keys")
    vault.setup(UNLOCK_CODE, cost=ScryptCost(n=2**10))  # unlock cost is not measured here
    return WorkshopStore(backend=SealedDiskBackend(folder, vault))


def unlocked(store: WorkshopStore) -> WorkshopStore:
    """The same store unlocked, for the checks that read every response."""
    backend = store.backend
    if isinstance(backend, SealedDiskBackend):
        backend.vault.unlock(UNLOCK_CODE)
    return store


class Filler:
    """Adds realistic responses, opening a new workshop every 30."""

    def __init__(self, store: WorkshopStore, rng: random.Random) -> None:
        self.store, self.rng = store, rng
        self.workshop_id, self.size = "", WORKSHOP_SIZE

    def next_workshop(self) -> str:
        """The workshop the next response goes to (a new one every 30)."""
        if self.size >= WORKSHOP_SIZE:
            self.workshop_id, self.size = self.store.create_workshop(**DETAILS).id, 0
        self.size += 1
        return self.workshop_id

    def save(self) -> str:
        """Save one response; returns the workshop id it went to."""
        workshop_id = self.next_workshop()
        self.store.add_response(workshop_id, **self.fields())
        return workshop_id

    def fields(self) -> dict:
        rng = self.rng
        return {
            "phase": rng.choice(["pre", "post"]),
            "instrument_id": "gbv-attitudes",
            "instrument_version": 1,
            "answers": {f"item-{i:02d}": rng.choice([1, 2, 3, 4, 5, None]) for i in range(18)},
            "entry_mode": "kiosk",
            "code_answers": {
                "mother_initial": rng.choice("ابتثجحخدذرزسشصضطظعغفقكلمنهوي"),
                "birth_day": str(rng.randint(1, 31)),
                "older_siblings": str(rng.randint(0, 6)),
                "birthplace_initial": rng.choice("abcdefghijklmnopqrstuvwxyz"),
                "younger_siblings": str(rng.randint(0, 6)),
            },
        }


def bare_write(path: Path, data: bytes, *, fsync_folder: bool = False) -> float:
    """The least a crash-safe save can do: temp file, write, fsync, rename."""
    start = time.perf_counter()
    tmp = path.with_name(f".{path.name}.tmp")
    with open(tmp, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)
    if fsync_folder:
        folder = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)
    return time.perf_counter() - start


def fill(size: int, parent: Path) -> Filler:
    """A store holding ``size`` responses in workshops of 30 (set-up, not measured)."""
    folder = Path(tempfile.mkdtemp(prefix=f"wk-storage-{size}-", dir=parent))
    filler = Filler(make_store(folder / "workshops"), random.Random(size))
    with mock.patch("os.fsync"):  # filling is set-up, not what is measured
        for _ in range(size):
            filler.save()
    filler.size = WORKSHOP_SIZE  # measured saves fill new workshops, as a kiosk does
    return filler


def measure(saves: int, parent: Path) -> dict[int, dict[str, list[float]]]:
    """Timed saves at every size, taken in turn (so a busy moment of the disk hits all
    sizes alike), each followed by bare writes of the same bytes."""
    fillers = {size: fill(size, parent) for size in SIZES}
    if hasattr(os, "sync"):
        os.sync()  # no write-back of the set-up during the measurement
    times = {size: {"store": [], "bare": [], "bare+folder": []} for size in SIZES}
    try:
        for i in range(saves + 10):
            for size, filler in fillers.items():
                store = filler.store
                workshop_id, fields = filler.next_workshop(), filler.fields()
                start = time.perf_counter()
                store.add_response(workshop_id, **fields)  # what Submit at the kiosk does
                elapsed = time.perf_counter() - start
                data = (store.folder / f"{workshop_id}.json").read_bytes()
                scratch = store.folder / "bare.json"
                bare = bare_write(scratch, data)
                bare_folder = bare_write(scratch, data, fsync_folder=True)
                if i >= 10:  # the first few warm up caches
                    times[size]["store"].append(elapsed)
                    times[size]["bare"].append(bare)
                    times[size]["bare+folder"].append(bare_folder)
        for size, filler in fillers.items():
            store = unlocked(filler.store)
            stored = sum(len(store.responses(w.id)) for w in store.list_workshops())
            assert stored == size + saves + 10, (size, stored)
    finally:
        for filler in fillers.values():
            shutil.rmtree(filler.store.folder.parent, ignore_errors=True)
    return times


def refresh_after_save(parent: Path, workshops: int = 150, rounds: int = 30) -> tuple[float, float]:
    """Median milliseconds of a page refresh after a save: (listing, every response)."""
    folder = Path(tempfile.mkdtemp(prefix="wk-listing-", dir=parent))
    filler = Filler(make_store(folder / "workshops"), random.Random(workshops))
    unlocked(filler.store)  # the facilitator's pages read while unlocked
    try:
        with mock.patch("os.fsync"):
            for _ in range(workshops * WORKSHOP_SIZE):
                filler.save()
            store = filler.store
            listing, everything = [], []
            for _ in range(rounds):
                store.add_response(filler.workshop_id, **filler.fields())
                start = time.perf_counter()
                store.workshop_summaries()
                listing.append(time.perf_counter() - start)
                start = time.perf_counter()
                for workshop in store.list_workshops():
                    store.responses(workshop.id)
                everything.append(time.perf_counter() - start)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return statistics.median(listing) * 1000, statistics.median(everything) * 1000


def ms(values: list[float]) -> tuple[float, float]:
    p95 = statistics.quantiles(values, n=20)[18]
    return statistics.median(values) * 1000, p95 * 1000


def peak_memory_mb() -> float | None:
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=300, help="timed saves per size")
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()))
    parser.add_argument("--sealed", action="store_true", help="encrypted files, kiosk saves")
    args = parser.parse_args()
    global SEALED
    SEALED = args.sealed
    kind = "sealed (kiosk, locked)" if SEALED else "plaintext"
    print(f"durable {kind} saves in {args.dir}, {args.saves} timed saves per size, workshops of 30")
    print(
        f"{'stored':>8}  {'save median':>11} {'p95':>7}   {'bare median':>11} {'p95':>7}   "
        f"{'bare+folder fsync':>17}   {'save/bare':>9}"
    )
    medians: dict[int, float] = {}
    ratios: dict[int, float] = {}
    all_times = measure(args.saves, args.dir)
    for size in SIZES:
        times = all_times[size]
        (save_med, save_p95), (bare_med, bare_p95) = ms(times["store"]), ms(times["bare"])
        folder_med, _ = ms(times["bare+folder"])
        medians[size], ratios[size] = save_med, save_med / bare_med
        print(
            f"{size:>8}  {save_med:>8.2f} ms {save_p95:>7.2f}   {bare_med:>8.2f} ms "
            f"{bare_p95:>7.2f}   {folder_med:>14.2f} ms   {ratios[size]:>8.2f}x"
        )
    growth = medians[SIZES[-1]] / medians[SIZES[0]]
    checks = [
        (
            f"median at {SIZES[-1]:,} under {MEDIAN_BUDGET_MS:.0f} ms",
            f"{medians[SIZES[-1]]:.2f} ms",
            medians[SIZES[-1]] < MEDIAN_BUDGET_MS,
        ),
        (
            f"at most {BARE_RATIO:.0f}x the bare write (worst size)",
            f"{max(ratios.values()):.2f}x",
            max(ratios.values()) <= BARE_RATIO,
        ),
        (
            f"{SIZES[-1]:,} median at most {GROWTH_RATIO}x the {SIZES[0]} median",
            f"{growth:.2f}x",
            growth <= GROWTH_RATIO,
        ),
    ]
    for label, value, ok in checks:
        print(f"budget: {label:45s} measured {value:>9}: {'within' if ok else 'OVER'}")
    listing, everything = refresh_after_save(args.dir)
    print(
        f"page refresh after a save, 150 workshops: counts from the listing {listing:.2f} ms; "
        f"reading every workshop's responses {everything:.2f} ms"
    )
    peak = peak_memory_mb()
    if peak is not None:
        print(f"peak memory (max RSS of this run): {peak:.1f} MB")
    return 0 if all(ok for *_, ok in checks) else 1


if __name__ == "__main__":
    sys.exit(main())
