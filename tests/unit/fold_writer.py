"""The fold pass of the kill test (``test_crypto_fold_crash``), in its own process.

Usage: python -m tests.unit.fold_writer FOLDER

Opens the sealed store in FOLDER (keys in ``FOLDER/../keys``, as ``sealed_writer`` sets
them up), unlocks it as the app does after the unlock dialog, and folds every workshop
(``WorkshopStore.fold_sealed``), printing ``FOLDED <done> <total>`` after each workshop.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.unit.sealed_writer import CODE, open_store


def main(argv: list[str]) -> int:
    store, vault = open_store(Path(argv[0]))
    vault.unlock(CODE)
    print("UNLOCKED", flush=True)

    def progress(done: int, total: int) -> None:
        sys.stdout.write(f"FOLDED {done} {total}\n")
        sys.stdout.flush()

    store.fold_sealed(progress)
    print("DONE", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
