"""What encryption at rest costs here: seconds per offline guess, and time per save.

Prints, for this machine:

* scrypt seconds per guess at the default cost (and at the kiosk PIN's weaker cost), and
  the CPU-years it takes to try every secret of each kind the app accepts;
* the time to seal one response with the workshop's public keys (what the kiosk adds to
  every save) and to seal and open a whole 30-response workshop file.

Budget: the default unlock code costs at least 10 CPU-years to exhaust; sealing adds well
under 1 ms to a save. Usage: python benchmarks/crypto.py [--repeats N]
"""

from __future__ import annotations

import argparse
import statistics
import time

from workshop_kit.records import envelope
from workshop_kit.records.crypto import DEFAULT_COST, ScryptCost, cpu_years, measure_guess_seconds
from workshop_kit.records.keys import MIN_PASSPHRASE, Keyring, WorkshopKeys
from workshop_kit.records.model import Response, new_id

CPU_YEARS_BUDGET = 10.0
PIN_COST = ScryptCost(n=2**14, r=8, p=1)  # records/pin.py (facilitator PIN, 6 to 8 digits)


def _median_ms(action, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()

    guess = measure_guess_seconds(DEFAULT_COST, args.repeats)
    pin_guess = measure_guess_seconds(PIN_COST, args.repeats)
    print(f"scrypt n=2**17 r=8 p=1 (128 MiB): {guess:.3f} s per guess (fastest of {args.repeats})")
    print(f"scrypt n=2**14 r=8 p=1 (16 MiB, facilitator PIN): {pin_guess:.4f} s per guess")
    rows = [
        ("4-digit PIN (n=2**14), the issue's example", 10**4, pin_guess),
        ("6-digit facilitator PIN (n=2**14), the minimum", 10**6, pin_guess),
        ("12-digit unlock code (default)", 10**12, guess),
        ("24-digit recovery-sheet code", 10**24, guess),
        (f"passphrase of {MIN_PASSPHRASE}+ characters, 5 dictionary words", 7776**5, guess),
    ]
    ok = True
    for name, guesses, seconds in rows:
        years = cpu_years(guesses, seconds)
        minutes = guesses * seconds / 60
        figure = f"{years:,.0f} CPU-years" if years >= 1 else f"{minutes:,.0f} CPU-minutes"
        print(f"  {name:58} {guesses:.1e} guesses: {figure}")
    unlock_years = cpu_years(10**12, guess)
    ok = unlock_years >= CPU_YEARS_BUDGET
    print(
        f"budget: unlock code >= {CPU_YEARS_BUDGET:g} CPU-years: {unlock_years:,.0f} "
        f"({'ok' if ok else 'OVER BUDGET'})"
    )

    keyring, _ = Keyring.create("000000000000", cost=ScryptCost(n=2**10))
    keys = WorkshopKeys.create(new_id(), keyring.master_public).public_only()
    workshop_doc = {"id": keys.workshop_id, "status": "open", "day": "2024-05-01"}
    document = envelope.new_document(keys, keyring.master_public, workshop_doc)
    code = envelope.normalised_code({"mother_initial": "m", "birth_day": "7"})

    def one_response() -> dict:
        response = Response(
            id=new_id(),
            workshop_id=keys.workshop_id,
            phase="pre",
            instrument_id="attitudes",
            instrument_version=1,
            answers={f"q{i}": i % 5 for i in range(20)},
            entry_mode="kiosk",
            day="2024-05-01",
        )
        record = envelope.seal_record(keys, response.id, response.to_doc(), code)
        document["records"][response.id] = record
        return record

    seal_ms = _median_ms(one_response, 200)
    while len(document["records"]) > 30:
        document["records"].popitem()
    file_ms = _median_ms(
        lambda: envelope.seal_file(keyring.storage_key, keys.workshop_id, document), 200
    )
    data = envelope.seal_file(keyring.storage_key, keys.workshop_id, document)
    open_ms = _median_ms(
        lambda: envelope.open_file(keyring.storage_key, keys.workshop_id, data), 200
    )
    print(f"seal one response (answers + match code, public keys only): {seal_ms:.3f} ms median")
    print(f"seal a 30-response workshop file ({len(data):,} bytes): {file_ms:.3f} ms median")
    print(f"open and check it (start-up check, no unlock): {open_ms:.3f} ms median")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
