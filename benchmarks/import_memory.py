"""Peak memory of importing a bundle at the format's size limit: budget 200 MB.

A bundle of made-up closed workshops (about 30 participants each, answering the bundled
survey before and after) is written straight into a zip until its files declare the
format's limit (``bundle_format.MAX_TOTAL_BYTES``, or ``--megabytes`` of JSON), then
imported into an empty store in a fresh process, which reports its maximum resident set
(``VmHWM``; ``resource.getrusage`` would start from this parent's figure on Linux). The
same child first reports its resident set before the import (Python, the toolkit and the
content library loaded), so the import's own share is the difference.

The importer reads the zip one member at a time (twice: checked, then planned and
staged), so its peak is about one workshop file, parsed, plus 8 bytes per response (the
hashes that keep response ids unique), whatever the bundle's size.

Usage: python benchmarks/import_memory.py [--megabytes N] [--keep]
       (``--code PATH`` imports with another checkout's ``workshop_kit``, to compare)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests import survey_data  # noqa: E402
from workshop_kit.content.library import load_library  # noqa: E402
from workshop_kit.records import bundle_format  # noqa: E402
from workshop_kit.records.storage import dumps  # noqa: E402

BUDGET_MB = 200.0

CHILD = r"""
import json, os, resource, sys, time
from pathlib import Path
from workshop_kit.content.library import load_library
from workshop_kit.records.bundle import import_bundle
from workshop_kit.records.store import WorkshopStore
def peak_mb():
    # VmHWM: this process's own peak (ru_maxrss starts from the parent's figure on Linux)
    try:
        with open("/proc/self/status") as handle:
            return next(int(l.split()[1]) for l in handle if l.startswith("VmHWM")) / 1024
    except (OSError, StopIteration):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
library = load_library()
store = WorkshopStore(Path(sys.argv[2]))
before = peak_mb()
start = time.perf_counter()
try:
    report = import_bundle(store, Path(sys.argv[1]), library=library)
except TypeError:  # an importer from before the content checks
    report = import_bundle(store, Path(sys.argv[1]))
seconds = time.perf_counter() - start
peak = peak_mb()
import workshop_kit
code = str(Path(workshop_kit.__file__).parent.parent)
print(json.dumps({"code": code, "before": before, "peak": peak, "seconds": seconds,
                  "added": len(report.added), "responses": report.responses_added}))
"""


def write_bundle(path: Path, limit: int) -> tuple[int, int, int]:
    """Workshops until the files declare ``limit`` bytes: (workshops, responses, bytes)."""
    instrument = load_library().instrument("gbv-attitudes")
    rng = random.Random(7)
    reserve = bundle_format._MANIFEST_RESERVE
    files, total, responses = [], 0, 0
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        while True:
            month, day = 1 + len(files) % 12, 1 + len(files) % 28
            workshop, found = survey_data.workshop_responses(
                instrument, rng=rng, participants=30, day=f"2025-{month:02d}-{day:02d}"
            )
            raw = dumps(survey_data.document(workshop, found)).encode("ascii")
            room = reserve + bundle_format._MANIFEST_PER_FILE * (len(files) + 1)
            if total + len(raw) + room > limit or len(files) + 2 > bundle_format.MAX_ENTRIES:
                break
            name = f"workshops/{workshop.id}.json"
            archive.writestr(name, raw, compresslevel=6)
            files.append(
                {
                    "path": name,
                    "sha256": hashlib.sha256(raw).hexdigest(),
                    "size": len(raw),
                    "responses": len(found),
                }
            )
            total += len(raw)
            responses += len(found)
        manifest = {
            "format": bundle_format.FORMAT,
            "format_version": bundle_format.FORMAT_VERSION,
            "toolkit_version": "0.1.0",
            "laptop_id": "b" * 32,
            "created_day": "2025-12-31",
            "counts": {"workshops": len(files), "responses": responses},
            "files": files,
        }
        archive.writestr(bundle_format.MANIFEST, json.dumps(manifest).encode("ascii"))
    return len(files), responses, total


def measure(bundle: Path, store: Path, code: Path) -> dict:
    env = {**os.environ, "PYTHONPATH": str(code), "WORKSHOP_KIT_DATA_DIR": str(store.parent)}
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(bundle), str(store)],
        cwd=store.parent.parent,  # not a checkout: PYTHONPATH says which code runs
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=None, help="JSON in the bundle")
    parser.add_argument("--code", type=Path, default=ROOT, help="checkout to import with")
    parser.add_argument("--keep", action="store_true", help="print and keep the folder")
    args = parser.parse_args(argv)
    limit = bundle_format.MAX_TOTAL_BYTES
    if args.megabytes is not None:
        limit = min(limit, int(args.megabytes * 2**20))
    folder = Path(tempfile.mkdtemp(prefix="wk-import-memory-"))
    try:
        bundle = folder / "limit.wkbundle"
        start = time.perf_counter()
        workshops, responses, total = write_bundle(bundle, limit)
        print(
            f"bundle: {workshops} workshops, {responses} responses, {total / 2**20:.0f} MB "
            f"of JSON (limit {bundle_format.MAX_TOTAL_BYTES / 2**20:.0f} MB), "
            f"{bundle.stat().st_size / 2**20:.1f} MB zipped, made in "
            f"{time.perf_counter() - start:.0f} s"
        )
        result = measure(bundle, folder / "lead" / "workshops", args.code)
        ok = result["peak"] <= BUDGET_MB
        print(
            f"import with {result['code']}: {result['added']} workshops, "
            f"{result['responses']} responses in {result['seconds']:.0f} s"
        )
        print(
            f"peak memory {result['peak']:.0f} MB (budget {BUDGET_MB:.0f} MB; "
            f"{result['before']:.0f} MB before the import) {'ok' if ok else 'OVER BUDGET'}"
        )
        return 0 if ok else 1
    finally:
        if args.keep:
            print(f"kept {folder}")
        else:
            import shutil

            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
