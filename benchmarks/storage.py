"""Durable save: WorkshopStore.add_response beside SQLite and beside a bare write.

For 100, 1,000, 10,000 and 100,000 responses already stored (closed workshops of about
30; ``--quick``: 100 and 1,000), times the save that Submit at the kiosk does into an open
workshop, and beside each one, in the same round:

- SQLite in WAL mode with ``synchronous=FULL`` (durable at commit), a database holding
  the same number of responses, inserting the same response as JSON in one transaction;
- a bare write with the SAME syncs the store did: the bytes the save just wrote (``wchar``
  of ``/proc/self/io``) split over as many temporary files as the store fsynced files, each
  written, synced the same way (``fsync`` or ``fdatasync``) and renamed, then the folder
  synced as many times as the store synced folders. The syncs are counted on untimed
  calibration saves (``os.fsync`` and ``os.fdatasync`` wrapped) over a whole cycle of the
  save journal (three appends, then a fold) and repeated in step with the store's saves,
  so the reference follows whatever the store does at each save. A save with file syncs
  and no folder sync (an append to the journal) is an append to a file that exists, with
  the same syncs.

Sizes and references are taken in turn (the sizes' order rotating from round to round), so
a busy moment of the disk weighs on all alike.
Measures (issue 14's budgets): save vs SQLite at every size (<= 1.5x) and the save's growth
from the smallest to the largest size (<= 1.1x). For information: save vs the bare write.

Set-up is not measured: stored workshops are written as files (``tests/survey_data``); with
``--sealed`` the app's migration seals them and the timed saves are the kiosk's (locked,
sealing each response to the workshop's public keys).

Usage: python benchmarks/storage.py [--quick] [--saves N] [--dir FOLDER] [--sealed] [--strict]
(FOLDER should be on the disk the app uses; the default is the system temp folder.)
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import shutil
import sqlite3
import stat
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from unittest import mock

from _common import Row, add_common_arguments, median, print_table, run

from tests import survey_data
from workshop_kit.content.library import load_library
from workshop_kit.records.journal import FOLD_AT
from workshop_kit.records.store import WorkshopStore

SIZES = (100, 1_000, 10_000, 100_000)
QUICK_SIZES = (100, 1_000)
CYCLE = FOLD_AT + 1  # saves per journal fold: the store's syncs repeat with this period
WORKSHOP_SIZE = 30
SQLITE_BUDGET = 1.5
GROWTH_BUDGET = 1.1
UNLOCK_CODE = "0481-7730-2956"
DETAILS = {
    "curriculum_id": "equal-voices",
    "session_ids": ["gender-and-power"],
    "site": "Benchmark centre",
    "day": "2024-05-01",
    "language": "ar",
    "expected_participants": WORKSHOP_SIZE,
}


def fields(rng: random.Random) -> dict:
    """One kiosk response, as Submit passes it to the store."""
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


class Project:
    """A store holding ``size`` responses, saving into open workshops of 30."""

    def __init__(self, size: int, parent: Path, sealed: bool) -> None:
        self.data = Path(tempfile.mkdtemp(prefix=f"wk-save-{size}-", dir=parent))
        instrument = load_library().instrument("gbv-attitudes")
        made = survey_data.many_workshops(
            instrument, workshops=max(1, math.ceil(size / WORKSHOP_SIZE)), responses=size, seed=size
        )
        folder = self.data / "workshops"
        survey_data.write_store(folder, list(made))
        if sealed:
            from tests.helpers import sealed_data_dir

            protected = sealed_data_dir(self.data)  # the app's migration seals the files
            protected.vault.lock()  # the kiosk saves locked
            self.store = protected.store
        else:
            self.store = WorkshopStore(folder)
        self.folder = folder
        self.rng = random.Random(size)
        self.workshop_id, self.filled = "", WORKSHOP_SIZE

    def prepare(self) -> tuple[str, dict]:
        """The workshop the next save goes to (a new one every 30, untimed) and its fields."""
        if self.filled >= WORKSHOP_SIZE:
            self.workshop_id, self.filled = self.store.create_workshop(**DETAILS).id, 0
        self.filled += 1
        return self.workshop_id, fields(self.rng)

    def save(self, workshop_id: str, response: dict) -> None:
        self.store.add_response(workshop_id, **response)


class Sqlite:
    """SQLite, WAL, synchronous=FULL, holding ``size`` responses as JSON rows."""

    def __init__(self, size: int, parent: Path) -> None:
        self.path = Path(tempfile.mkdtemp(prefix=f"wk-sqlite-{size}-", dir=parent)) / "db.sqlite"
        self.db = sqlite3.connect(self.path, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=FULL")
        self.db.execute(
            "CREATE TABLE responses (id TEXT PRIMARY KEY, workshop_id TEXT NOT NULL, doc TEXT)"
        )
        rng = random.Random(size)
        self.db.execute("BEGIN")
        self.db.executemany(
            "INSERT INTO responses VALUES (?, ?, ?)",
            ((os.urandom(16).hex(), f"w{n // 30}", json.dumps(fields(rng))) for n in range(size)),
        )
        self.db.execute("COMMIT")

    def save(self, workshop_id: str, response: dict) -> None:
        doc = json.dumps({**response, "workshop_id": workshop_id, "day": DETAILS["day"]})
        self.db.execute("BEGIN")
        self.db.execute(
            "INSERT INTO responses VALUES (?, ?, ?)", (os.urandom(16).hex(), workshop_id, doc)
        )
        self.db.execute("COMMIT")

    def count(self) -> int:
        return self.db.execute("SELECT count(*) FROM responses").fetchone()[0]


def _written_bytes() -> int | None:
    try:
        with open("/proc/self/io") as handle:
            return int(next(line for line in handle if line.startswith("wchar")).split()[1])
    except (OSError, StopIteration, ValueError):
        return None


@contextmanager
def counting_syncs() -> Iterator[Counter]:
    """Counts ``(function, "file" or "folder")`` of every fsync and fdatasync inside."""
    seen: Counter = Counter()
    real = {"fsync": os.fsync, "fdatasync": getattr(os, "fdatasync", os.fsync)}

    def wrap(name: str):
        def synced(fd: int) -> None:
            kind = "folder" if stat.S_ISDIR(os.fstat(fd).st_mode) else "file"
            seen[(name, kind)] += 1
            real[name](fd)

        return synced

    with mock.patch("os.fsync", wrap("fsync")):
        if hasattr(os, "fdatasync"):
            with mock.patch("os.fdatasync", wrap("fdatasync")):
                yield seen
        else:
            yield seen


def _syncs(seen: Counter, kind: str) -> list[str]:
    """The sync functions called on ``kind`` ("file" or "folder"), once per call."""
    return [name for (name, target), n in sorted(seen.items()) if target == kind for _ in range(n)]


class Bare:
    """The least work with the store's syncs: ``calibrate`` learns them, ``save`` repeats."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.file_syncs: list[str] = ["fsync"]
        self.folder_syncs: list[str] = ["fsync"]
        self.size = 1
        self.payload = b"x"
        self.patterns: list[tuple[list[str], list[str], int]] = []
        self._turn = 0

    def follow(self, written: int | None) -> None:
        """The bytes the store's last save wrote, to write the same amount next."""
        if written:
            self.size = written
        if len(self.payload) != self.size:
            self.payload = os.urandom(self.size)

    def calibrate(self, project: Project) -> None:
        """Untimed saves of ``project`` over two of its cycles (a journal is folded at every
        ``CYCLE``-th save), counting each save's syncs and the bytes it wrote; the second
        cycle's are kept (the first may hold a process's one-time folder sync), and
        ``save`` repeats them in turn, in step with the store's own saves."""
        self.patterns = []
        for turn in range(2 * CYCLE):
            workshop_id, response = project.prepare()
            before = _written_bytes()
            with counting_syncs() as seen:
                project.save(workshop_id, response)
            after = _written_bytes()
            if before is not None and after is not None and after > before:
                size = after - before
            else:  # not Linux: the whole workshop file, as the store rewrites it
                size = (project.folder / f"{workshop_id}.json").stat().st_size
            if turn >= CYCLE:
                self.patterns.append((_syncs(seen, "file"), _syncs(seen, "folder"), size))
        self._turn = 0
        self.file_syncs, self.folder_syncs, self.size = self.patterns[0]
        self.follow(None)

    def describe(self) -> str:
        return "; ".join(
            f"{size:,} bytes, file syncs {dict(Counter(files)) or 0}, "
            f"folder syncs {dict(Counter(folders)) or 0}"
            for files, folders, size in self.patterns
        )

    def save(self, workshop_id: str, response: dict) -> None:
        if self.patterns:  # this turn's syncs (the size follows the store's last save)
            self.file_syncs, self.folder_syncs, _ = self.patterns[self._turn % len(self.patterns)]
            self._turn += 1
        payload = self.payload
        if self.file_syncs and not self.folder_syncs:  # an append to a file that exists
            fd = os.open(self.folder / "bare-append.log", os.O_WRONLY | os.O_CREAT | os.O_APPEND)
            try:
                os.write(fd, payload)
                for name in self.file_syncs:
                    getattr(os, name)(fd)
            finally:
                os.close(fd)
            return
        count = max(1, len(self.file_syncs))
        share = math.ceil(len(payload) / count)
        for n in range(count):
            target = self.folder / f"bare-{n}.json"
            tmp = self.folder / f".bare-{n}.json.tmp"
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            try:
                os.write(fd, payload[n * share : (n + 1) * share])
                if self.file_syncs:
                    getattr(os, self.file_syncs[n])(fd)
            finally:
                os.close(fd)
            os.replace(tmp, target)
        for name in self.folder_syncs:
            fd = os.open(self.folder, os.O_RDONLY)
            try:
                getattr(os, name)(fd)
            finally:
                os.close(fd)


def main(args: argparse.Namespace) -> list[Row]:
    sizes = QUICK_SIZES if args.quick else SIZES
    if args.sizes:
        sizes = tuple(int(s) for s in args.sizes.split(","))
    saves = args.saves or (30 if args.quick else 300)
    parent = Path(tempfile.mkdtemp(prefix="wk-bench-storage-", dir=args.dir))
    kind = "sealed (kiosk, locked)" if args.sealed else "plaintext"
    sqlites: dict[int, Sqlite] = {}
    try:
        start = time.perf_counter()
        projects = {size: Project(size, parent, args.sealed) for size in sizes}
        sqlites.update((size, Sqlite(size, parent)) for size in sizes)
        bares = {size: Bare(projects[size].folder) for size in sizes}
        print(
            f"durable {kind} saves in {parent}: sizes {', '.join(f'{s:,}' for s in sizes)}; "
            f"{saves} timed saves each; set-up {time.perf_counter() - start:.0f} s"
        )
        if hasattr(os, "sync"):
            os.sync()  # no write-back of the set-up during the measurement
        for size in sizes:
            bares[size].calibrate(projects[size])
        print(f"bare write, as calibrated at {sizes[-1]:,}: {bares[sizes[-1]].describe()}")
        times: dict[int, dict[str, list[float]]] = {
            size: {"store": [], "sqlite": [], "bare": []} for size in sizes
        }
        warmup = 10
        for i in range(warmup + saves):
            shift = i % len(sizes)  # each size takes each place in the round in turn
            for size in sizes[shift:] + sizes[:shift]:
                workshop_id, response = projects[size].prepare()
                for name, target in (
                    ("store", projects[size]),
                    ("sqlite", sqlites[size]),
                    ("bare", bares[size]),
                ):
                    written = _written_bytes() if name == "store" else None
                    begin = time.perf_counter()
                    target.save(workshop_id, response)
                    elapsed = time.perf_counter() - begin
                    if written is not None:  # the bare write writes what this save wrote
                        after = _written_bytes()
                        bares[size].follow(after - written if after is not None else None)
                    if i >= warmup:
                        times[size][name].append(elapsed)
            if i % 48 == 47:  # a store whose syncs change as it fills is followed
                for size in sizes:
                    bares[size].calibrate(projects[size])
        for size in sizes:
            assert sqlites[size].count() >= size + saves + warmup
            if args.sealed:
                projects[size].store.backend.vault.unlock(UNLOCK_CODE)
            stored = sum(len(r) for _, r in projects[size].store.read_workshops())
            assert stored >= saves + warmup, (size, stored)  # every timed save is there
    finally:
        for sqlite in sqlites.values():
            sqlite.db.close()
        shutil.rmtree(parent, ignore_errors=True)

    def ms(size: int, name: str) -> float:
        return median(times[size][name]) * 1000

    rows = [Row(f"save vs SQLite WAL FULL, {s:,} stored", ms(s, "store"), ms(s, "sqlite"), "ms",
                SQLITE_BUDGET) for s in sizes]  # fmt: skip
    rows.append(
        Row(
            f"save growth, {sizes[-1]:,} vs {sizes[0]:,} stored",
            ms(sizes[-1], "store"),
            ms(sizes[0], "store"),
            "ms",
            GROWTH_BUDGET,
        )
    )
    rows.append(
        Row(
            f"SQLite growth, {sizes[-1]:,} vs {sizes[0]:,} stored (for comparison)",
            ms(sizes[-1], "sqlite"),
            ms(sizes[0], "sqlite"),
            "ms",
        )
    )
    rows += [Row(f"save vs bare write with the same syncs, {s:,} stored", ms(s, "store"),
                 ms(s, "bare"), "ms") for s in sizes]  # fmt: skip
    print_table(f"durable {kind} save, medians of {saves} interleaved saves", rows)
    return rows


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_common_arguments(parser)
    parser.add_argument("--saves", type=int, default=0, help="timed saves per size (300)")
    parser.add_argument("--sizes", default="", help="comma-separated stored sizes")
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()))
    parser.add_argument("--sealed", action="store_true", help="encrypted files, kiosk saves")
    sys.exit(run(main, parser.parse_args()))
