"""Results at a programme lead's scale beside pandas + SciPy: read, analysis, CSV, XLSX.

Made-up closed workshops (``tests/survey_data``: 3,000 workshops, 100,000 responses by
default; ``--quick``: 100 and 3,000) are written as store files into a temporary data
folder (with ``--sealed`` the app's migration seals them, the fold an unlock runs folds
them, and the store reads unlocked; an unfolded copy is read too, for information).
Each response carries a stored record key, as the app saves them (data saved before
record keys existed derive one per response, a keyed hash: slower). The project's CSV
export of them is what the references start from. Then, each pair taken
in turn (project, reference, project, ...), medians of ``--repeat`` runs:

- read: ``load_dataset`` from a new store (nothing in memory) vs ``pandas.read_csv`` of
  the project's CSV (budget <= 3x). Sealed, the steady state is a read of closed workshops
  read before, from the sealed read cache (``records.read_cache``); shown for information,
  the read from the files that every changed file costs (the cache removed before each
  run, and rebuilt by it), and the unfolded worst case;
- analysis: ``summarise`` (every item, paired tests, construct scores, the DHS indicator,
  disclosure control) vs pandas + SciPy computing the same statistics
  (``_pandas_route.statistics``; it does no disclosure control) (budget <= 1x);
- CSV: ``write_csv`` vs ``DataFrame.to_csv`` of the same table (budget <= 1x);
- XLSX: ``write_xlsx`` (responses and results sheets) vs XlsxWriter writing the response
  table (no budget: shown).

``--profile`` prints cProfile's top entries (cumulative) of one project read and one
analysis. Peak memory is ``memory.py``.

Usage: python benchmarks/analysis.py [--quick] [--responses N] [--workshops N]
       [--repeat N] [--sealed] [--profile] [--strict]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from _common import Row, add_common_arguments, interleave, median, print_table, run

from tests import survey_data
from workshop_kit.analysis.dataset import Filters, load_dataset
from workshop_kit.analysis.summary import summarise
from workshop_kit.content.library import load_library
from workshop_kit.exports.csv_export import write_csv
from workshop_kit.exports.xlsx_export import write_xlsx
from workshop_kit.records.store import WorkshopStore

BUDGETS = {"read": 3.0, "analysis": 1.0, "csv": 1.0}


def make_store(
    data: Path, workshops: int, responses: int, sealed: bool
) -> tuple[Callable[[], object], Callable[[], object] | None]:
    """Write the made-up workshops; returns how to open a new store on them and, sealed,
    on an unfolded copy (the worst case: every response saved by a kiosk since the last
    unlock). The sealed store itself is folded, as an earlier unlock left it."""
    instrument = load_library().instrument("gbv-attitudes")
    made = survey_data.many_workshops(
        instrument, workshops=workshops, responses=responses, record_keys=True
    )
    folder = data / "workshops"
    survey_data.write_store(folder, list(made))
    if not sealed:
        return (lambda: WorkshopStore(folder)), None
    import shutil

    from tests.helpers import sealed_data_dir
    from workshop_kit.records.sealed_backend import SealedDiskBackend

    protected = sealed_data_dir(data)  # migrated (sealed) by the app, and unlocked
    vault = protected.vault
    unfolded = data / "unfolded"
    shutil.copytree(folder, unfolded)  # as the migration (or a kiosk) left every response
    protected.store.fold_sealed()  # what the app does after an unlock
    return (
        lambda: WorkshopStore(backend=SealedDiskBackend(folder, vault)),
        lambda: WorkshopStore(backend=SealedDiskBackend(unfolded, vault)),
    )


def xlsxwriter_table(frame, path: Path) -> None:
    """The response table as XlsxWriter writes it (one sheet, header and rows)."""
    import xlsxwriter

    workbook = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = workbook.add_worksheet("Responses")
    sheet.write_row(0, 0, list(frame.columns))
    for number, row in enumerate(frame.itertuples(index=False), start=1):
        sheet.write_row(number, 0, [None if value != value else value for value in row])
    workbook.close()


def _drop_read_cache(folder: Path) -> None:
    from workshop_kit.records.read_cache import CACHE_NAME

    (folder / ".index" / CACHE_NAME).unlink(missing_ok=True)


def profile(label: str, action: Callable[[], object], top: int = 10) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    action()
    profiler.disable()
    print(f"\ncProfile, {label}: top {top} by cumulative time")
    pstats.Stats(profiler, stream=sys.stdout).sort_stats("cumulative").print_stats(top)


def main(args: argparse.Namespace) -> list[Row]:
    import _pandas_route as pandas_route

    responses = args.responses or (3_000 if args.quick else 100_000)
    workshops = args.workshops or (100 if args.quick else 3_000)
    repeat = args.repeat or (2 if args.quick else 5)
    instrument = load_library().instrument("gbv-attitudes")
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="wk-bench-analysis-") as tmp_name:
        tmp = Path(tmp_name)
        start = time.perf_counter()
        new_store, unfolded_store = make_store(tmp / "data", workshops, responses, args.sealed)
        dataset = load_dataset(new_store(), Filters())
        csv_path = tmp / "export.csv"
        write_csv(dataset, instrument, csv_path)
        frame = pandas_route.read(csv_path)
        kind = "sealed" if args.sealed else "plaintext"
        print(
            f"{workshops:,} workshops, {len(dataset.rows):,} responses ({kind}), "
            f"{len(instrument.items)} items; CSV {csv_path.stat().st_size / 1e6:.1f} MB; "
            f"set-up {time.perf_counter() - start:.0f} s; medians of {repeat} interleaved runs"
        )

        def pair(name: str, project: Callable[[], object], reference: Callable[[], object]):
            times = interleave({"project": project, "reference": reference}, repeat)
            return median(times["project"]), median(times["reference"])

        def read() -> None:
            load_dataset(new_store(), Filters())  # a new store: nothing in memory

        project, reference = pair("read", read, lambda: pandas_route.read(csv_path))
        what = " (sealed read cache: steady state)" if unfolded_store is not None else ""
        rows.append(Row(f"read {len(dataset.rows):,}{what} vs pandas.read_csv of the CSV", project,
                        reference, "s", BUDGETS["read"]))  # fmt: skip
        if unfolded_store is not None:

            def read_files() -> None:
                _drop_read_cache(tmp / "data" / "workshops")
                load_dataset(new_store(), Filters())

            files = interleave(
                {"project": read_files, "reference": lambda: pandas_route.read(csv_path)},
                max(1, min(repeat, 3)),
            )
            rows.append(Row(f"read {len(dataset.rows):,} from the folded files (no read cache: "
                            "every file changed since the last read) vs pandas.read_csv",
                            median(files["project"]), median(files["reference"]), "s"))  # fmt: skip

            def read_unfolded() -> None:
                _drop_read_cache(tmp / "data" / "unfolded")
                load_dataset(unfolded_store(), Filters())

            worst = interleave(
                {"project": read_unfolded, "reference": lambda: pandas_route.read(csv_path)},
                max(1, min(repeat, 2)),
            )
            rows.append(Row(f"read {len(dataset.rows):,} unfolded (worst case: all saved by a "
                            "kiosk since the last unlock) vs pandas.read_csv",
                            median(worst["project"]), median(worst["reference"]), "s"))  # fmt: skip
        project, reference = pair(
            "analysis",
            lambda: summarise(dataset, instrument),
            lambda: pandas_route.statistics(frame, instrument),
        )
        rows.append(Row(f"analysis {len(dataset.rows):,} vs pandas + SciPy", project, reference,
                        "s", BUDGETS["analysis"]))  # fmt: skip
        out_csv, ref_csv = tmp / "out.csv", tmp / "ref.csv"
        project, reference = pair(
            "csv",
            lambda: write_csv(dataset, instrument, out_csv),
            lambda: frame.to_csv(ref_csv, index=False, encoding="utf-8-sig", lineterminator="\r\n"),
        )
        rows.append(Row(f"CSV {len(dataset.rows):,} vs DataFrame.to_csv", project, reference,
                        "s", BUDGETS["csv"]))  # fmt: skip
        results = summarise(dataset, instrument)
        out_xlsx, ref_xlsx = tmp / "out.xlsx", tmp / "ref.xlsx"
        project, reference = pair(
            "xlsx",
            lambda: write_xlsx(dataset, instrument, results, out_xlsx),
            lambda: xlsxwriter_table(frame, ref_xlsx),
        )
        rows.append(Row(f"XLSX {len(dataset.rows):,} vs XlsxWriter (response table)", project,
                        reference, "s"))  # fmt: skip
        if args.profile:
            profile(f"read {len(dataset.rows):,} (load_dataset)", read)
            profile(f"analysis {len(dataset.rows):,} (summarise)",
                    lambda: summarise(dataset, instrument))  # fmt: skip
    print_table("results at scale, project vs pandas route", rows)
    return rows


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_common_arguments(parser)
    parser.add_argument("--responses", type=int, default=0, help="default 100,000; quick 3,000")
    parser.add_argument("--workshops", type=int, default=0, help="default 3,000; quick 100")
    parser.add_argument("--repeat", type=int, default=0, help="runs of each (default 5; quick 2)")
    parser.add_argument("--sealed", action="store_true", help="sealed files, read unlocked")
    parser.add_argument("--profile", action="store_true", help="cProfile of read and analysis")
    sys.exit(run(main, parser.parse_args()))
