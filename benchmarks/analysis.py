"""Results at a program lead's scale: 100,000 responses over 3,000 workshops.

Made-up closed workshops (about 17 participants each, most answering before and after,
5% "prefer not to answer") are written as store files into a temporary data folder, then:

- read: the store lists the workshops and reads every file (each file parsed and every
  response validated) — shown, no budget of its own;
- analysis: ``summarise`` of the data set read (all 18 items, paired tests, construct
  scores, the DHS indicator, disclosure control) — budget 2 s;
- CSV and XLSX exports of the same data set — budgets 2 s and 30 s;
- bundle: export of every workshop to one bundle (shown), then import of that bundle into
  an empty store (every file checked before anything is written) — budget 20 s.

Peak memory (the process's maximum resident set) is printed at the end.
Each step runs ``--repeat`` times (default 3; import once per fresh store) and the
median is reported.

Usage: python benchmarks/analysis.py [--responses N] [--workshops N] [--repeat N]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests import survey_data  # noqa: E402
from workshop_kit.analysis.dataset import Filters, load_dataset  # noqa: E402
from workshop_kit.analysis.summary import summarise  # noqa: E402
from workshop_kit.content.library import load_library  # noqa: E402
from workshop_kit.exports.csv_export import write_csv  # noqa: E402
from workshop_kit.exports.xlsx_export import write_xlsx  # noqa: E402
from workshop_kit.records.bundle import export_bundle, import_bundle  # noqa: E402
from workshop_kit.records.store import WorkshopStore  # noqa: E402

BUDGETS = {"analysis": 2.0, "csv": 2.0, "xlsx": 30.0, "import": 20.0}


def timed(function, repeat: int):
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def report(name: str, seconds: float, extra: str = "") -> bool:
    budget = BUDGETS.get(name)
    if budget is None:
        print(f"{name:<10}{seconds:>9.2f} s   (no budget){extra}")
        return True
    ok = seconds <= budget
    verdict = "ok" if ok else "OVER BUDGET"
    print(f"{name:<10}{seconds:>9.2f} s   budget {budget:>5.1f} s  {verdict}{extra}")
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--responses", type=int, default=100_000)
    parser.add_argument("--workshops", type=int, default=3_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    library = load_library()
    instrument = library.instrument("gbv-attitudes")
    with tempfile.TemporaryDirectory(prefix="wk-bench-") as tmp:
        tmp = Path(tmp)
        os.environ["WORKSHOP_KIT_DATA_DIR"] = str(tmp / "data")
        data = list(
            survey_data.many_workshops(
                instrument, workshops=args.workshops, responses=args.responses
            )
        )
        survey_data.write_store(tmp / "data" / "workshops", data)
        total = sum(len(responses) for _, responses in data)
        del data
        print(f"{args.workshops} workshops, {total} responses, {len(instrument.items)} items")
        ok = True

        def read():
            return load_dataset(WorkshopStore(), Filters())  # a new store: nothing cached

        seconds, dataset = timed(read, args.repeat)
        ok &= report("read", seconds)
        seconds, results = timed(lambda: summarise(dataset, instrument), args.repeat)
        ok &= report("analysis", seconds, f"  ({results.pairs} pairs)")
        csv_path, xlsx_path = tmp / "out.csv", tmp / "out.xlsx"
        seconds, _ = timed(lambda: write_csv(dataset, instrument, csv_path), args.repeat)
        ok &= report("csv", seconds, f"  ({csv_path.stat().st_size / 1e6:.1f} MB)")
        seconds, _ = timed(
            lambda: write_xlsx(dataset, instrument, results, xlsx_path), max(1, args.repeat - 2)
        )
        ok &= report("xlsx", seconds, f"  ({xlsx_path.stat().st_size / 1e6:.1f} MB)")
        bundle = tmp / "all.wkbundle"
        seconds, _ = timed(lambda: export_bundle(WorkshopStore(), bundle), 1)
        ok &= report("bundle", seconds, f"  ({bundle.stat().st_size / 1e6:.1f} MB)")
        imports = []
        for run in range(args.repeat):
            lead = WorkshopStore(tmp / f"lead-{run}" / "workshops")
            seconds, outcome = timed(
                lambda lead=lead: import_bundle(lead, bundle, library=library), 1
            )
            imports.append(seconds)
        ok &= report("import", statistics.median(imports), f"  ({outcome.responses_added} added)")
        print(f"peak memory {peak_mb():.0f} MB (maximum resident set of this process)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
