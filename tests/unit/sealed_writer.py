"""The kiosk stand-in of the kill test, saving into sealed files (``SealedDiskBackend``).

Usage: python -m tests.unit.sealed_writer FOLDER COUNT SEED

Like ``records_writer``: runs the start-up check (``NOTE`` lines), then saves COUNT
responses into open workshops of 30 and prints ``ACK <response id>`` only after
``add_response`` has returned. The keys live in ``FOLDER/../keys`` (set up on the first
run, at a low scrypt cost: the test measures durability, not guessing cost). The writer
unlocks only to find the workshop being filled, then locks and saves as the kiosk does,
with public keys only.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from tests.unit.records_writer import DETAILS, WORKSHOP_SIZE
from workshop_kit.records.crypto import ScryptCost
from workshop_kit.records.sealed_backend import SealedDiskBackend
from workshop_kit.records.store import WorkshopStore
from workshop_kit.records.vault import Vault

CODE = "0481-7730-2956"
FAST = ScryptCost(n=2**10, r=8, p=1)


def open_store(folder: Path) -> tuple[WorkshopStore, Vault]:
    vault = Vault(folder.parent / "keys")
    if not vault.exists():
        vault.setup(CODE, cost=FAST)
    return WorkshopStore(backend=SealedDiskBackend(folder, vault)), vault


def main(argv: list[str]) -> int:
    folder, count, seed = Path(argv[0]), int(argv[1]), int(argv[2])
    rng = random.Random(seed)
    store, vault = open_store(folder)
    for note in store.check():
        print("NOTE", note.message.replace("\n", " "), flush=True)
    vault.unlock(CODE)
    current, size = None, WORKSHOP_SIZE
    for summary in store.workshop_summaries():
        if summary.workshop.is_open and summary.total < WORKSHOP_SIZE:
            current, size = summary.workshop.id, summary.total
            break
    vault.lock()
    for _ in range(count):
        if size >= WORKSHOP_SIZE:
            current, size = store.create_workshop(**DETAILS).id, 0
        response = store.add_response(
            current,
            phase=rng.choice(["pre", "post"]),
            instrument_id="gbv-attitudes",
            instrument_version=1,
            answers={f"item-{i}": rng.choice([1, 2, 3, 4, 5, None]) for i in range(16)},
            entry_mode="kiosk",
            code_answers={
                "mother_initial": rng.choice("abcdefghij"),
                "birth_day": str(rng.randint(1, 31)),
                "older_siblings": str(rng.randint(0, 5)),
            },
        )
        size += 1
        sys.stdout.write(f"ACK {response.id}\n")  # one write: a line is whole or absent
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
