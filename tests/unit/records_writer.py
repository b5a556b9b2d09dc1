"""A kiosk stand-in for the kill test: saves responses and acknowledges each one.

Usage: python -m tests.unit.records_writer FOLDER COUNT SEED

Runs the start-up check (printing ``NOTE <message>`` for anything it had to repair), then
saves COUNT responses into open workshops of 30, creating a new workshop when the current
one is full, and prints ``ACK <response id>`` only after ``add_response`` has returned,
which is the moment the kiosk tells a participant "thank you".
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from workshop_kit.records.store import WorkshopStore

WORKSHOP_SIZE = 30
DETAILS = {
    "curriculum_id": "equal-voices",
    "session_ids": ["gender-and-power"],
    "site": "Kill test centre",
    "day": "2024-05-01",
    "language": "en",
    "expected_participants": WORKSHOP_SIZE,
}


def main(argv: list[str]) -> int:
    folder, count, seed = Path(argv[0]), int(argv[1]), int(argv[2])
    rng = random.Random(seed)
    store = WorkshopStore(folder)
    for note in store.check():
        print("NOTE", note.message.replace("\n", " "), flush=True)
    current, size = None, WORKSHOP_SIZE
    for workshop in store.list_workshops():
        n = len(store.responses(workshop.id))
        if n < WORKSHOP_SIZE:
            current, size = workshop.id, n
            break
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
