"""No file the toolkit writes says when, finer than the day, it was made.

Every output format is made here (the PDF kinds, CSV, XLSX, SPSS syntax, codebook, report,
data bundle) and searched: PDF dates are midnight, the PDF ``/ID`` is not reportlab's hash of
``time.time()`` (recomputed for a window of times around the making), zip entries are dated
1980-01-01 (or the day at midnight) and no content holds a time of day."""

from __future__ import annotations

import hashlib
import io
import random
import re
import sys
import zipfile
from datetime import date
from pathlib import Path

import pytest
from reportlab.lib.utils import bytestr
from reportlab.pdfbase import pdfdoc

from tests import survey_data
from tests.helpers import sealed_data_dir, unlock_line
from tests.sealed_bundles import lead_key
from workshop_kit.cli import main
from workshop_kit.records.pin import PinStore

#: A time of day other than midnight, as ISO 8601, PDF dates or plain clocks write it.
TIME_OF_DAY = re.compile(rb"(?<!\d)([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?(?!\d)")
PDF_DATE = re.compile(rb"D:(\d{8})(\d{6})?([+-]\d\d'\d\d'|Z)?")
PDF_ID = re.compile(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]")
MIDNIGHTS = {b"00:00", b"00:00:00"}
FROZEN_TIME = 1_790_000_123.456789  # the clock reportlab reads while the files are made
WINDOW_US = 2000  # microseconds each side of it that are tried


@pytest.fixture
def instrument():
    from workshop_kit.content.library import ContentRoot, load_library

    root = Path(__file__).resolve().parents[2] / "curricula"
    return load_library([ContentRoot(root, bundled=True)]).instrument("gbv-attitudes")


class InfoSeen:
    """The title, author, subject and keywords reportlab hashes into its default /ID."""

    def __init__(self, monkeypatch) -> None:
        self.seen: list[tuple[str, str, str, str]] = []
        original = pdfdoc.PDFInfo.digest

        def digest(info, md5object):
            self.seen.append((info.title, info.author, info.subject, info.keywords))
            return original(info, md5object)

        monkeypatch.setattr(pdfdoc.PDFInfo, "digest", digest)


def reportlab_ids(info: tuple[str, str, str, str], around: float) -> set[str]:
    """Reportlab's default /ID (``pdfdoc.PDFDocument``) for every microsecond near ``around``."""
    found = set()
    for step in range(-WINDOW_US, WINDOW_US + 1):
        t = round(around + step / 1e6, 6)
        sig = hashlib.md5(b"a reportlab document", usedforsecurity=False)
        sig.update(bytestr(ascii(t)))
        for part in info:
            sig.update(bytestr(part))
        found.add(sig.hexdigest().upper())
    return found


def pdf_id(data: bytes) -> str:
    match = PDF_ID.search(data)
    assert match, "no /ID in the PDF"
    assert match.group(1) == match.group(2)
    return match.group(1).decode().upper()


def freeze_reportlab_clock(monkeypatch) -> None:
    import reportlab.lib.utils as rl_utils

    class Clock:
        @staticmethod
        def time() -> float:
            return FROZEN_TIME

        def __getattr__(self, name):
            import time

            return getattr(time, name)

    monkeypatch.setattr(rl_utils, "time", Clock())


def test_the_recomputed_formula_finds_reportlabs_own_id(monkeypatch):
    """The check can fail: a plain reportlab file's /ID is found from the time."""
    from reportlab.pdfgen.canvas import Canvas

    freeze_reportlab_clock(monkeypatch)
    seen = InfoSeen(monkeypatch)
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.setTitle("A handout")
    canvas.drawString(100, 100, "hello")
    canvas.save()
    assert pdf_id(buffer.getvalue()) in reportlab_ids(seen.seen[-1], FROZEN_TIME)
    assert TIME_OF_DAY.search(b"made 2026-12-02T14:03:11Z")
    assert not [
        m for m in TIME_OF_DAY.finditer(b"2026-12-02T00:00:00Z") if m.group(0) not in MIDNIGHTS
    ]


def times_of_day(data: bytes) -> list[bytes]:
    return [m.group(0) for m in TIME_OF_DAY.finditer(data) if m.group(0) not in MIDNIGHTS]


def check_zip(path: Path) -> None:
    today = date.today()
    allowed = {(1980, 1, 1, 0, 0, 0), (today.year, today.month, today.day, 0, 0, 0)}
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            assert info.date_time in allowed, (path.name, info.filename, info.date_time)
            assert not info.extra or b"UT" not in info.extra[:2], info.filename  # no mtime
            assert times_of_day(archive.read(info)) == [], (path.name, info.filename)


def check_pdf(path: Path, seen: InfoSeen) -> str:
    data = path.read_bytes()
    dates = list(PDF_DATE.finditer(data))
    assert dates, path.name
    for match in dates:
        assert match.group(2) in (None, b"000000"), (path.name, match.group(0))
        assert match.group(3) in (None, b"Z", b"+00'00'"), (path.name, match.group(0))  # no zone
    identifier = pdf_id(data)
    for info in seen.seen:
        assert identifier not in reportlab_ids(info, FROZEN_TIME), path.name
    return identifier


def test_no_output_format_holds_a_time_finer_than_the_day(
    tmp_path, user_data, instrument, monkeypatch, capsys, no_network
):
    rng = random.Random(4)
    data = [
        survey_data.workshop_responses(instrument, rng=rng, participants=8, site=site)
        for site in ("East Amman centre", "Zarqa women's hub")
    ]
    survey_data.write_store(user_data / "workshops", data)
    PinStore(user_data / "pin.json").set_pin("246813")
    lead, _, _ = lead_key(tmp_path / "lead")
    store = sealed_data_dir(user_data, lead=lead).store  # as the app keeps data: sealed
    workshop = store.create_workshop(
        curriculum_id="equal-voices",
        session_ids=("gender-and-power",),
        site="Cairo group",
        day="2026-11-20",
        language="en",
        expected_participants=2,
        instrument_id="gbv-attitudes",
        instrument_version=1,
    )
    freeze_reportlab_clock(monkeypatch)
    seen = InfoSeen(monkeypatch)
    out = tmp_path / "out"
    out.mkdir()
    pdfs = {
        "handout": ["handout", "--session", "naming-violence"],
        "guide": ["guide", "--session", "speaking-up"],
        "form": ["form", "--phase", "after"],
        "pack": ["pack", "--workshop", workshop.code],
        "report": ["export", "--format", "report"],
    }
    for name, args in pdfs.items():
        needs_data = name in ("pack", "report")
        monkeypatch.setattr(sys, "stdin", io.StringIO(unlock_line()))
        unlock = ["--unlock-stdin"] if needs_data else []
        assert main([*args, *unlock, "-o", str(out / f"{name}.pdf")]) == 0, capsys.readouterr().err
    for fmt, suffix in (
        ("csv", "csv"),
        ("xlsx", "xlsx"),
        ("sps", "sps"),
        ("codebook", "codebook.csv"),
        ("bundle", "wkbundle"),
    ):
        monkeypatch.setattr(sys, "stdin", io.StringIO(unlock_line() + "246813\n"))
        args = ["export", "--format", fmt, "--unlock-stdin", "--pin-stdin"]
        args += ["-o", str(out / f"data.{suffix}")]
        assert main(args) == 0, capsys.readouterr().err

    ids = {check_pdf(out / f"{name}.pdf", seen) for name in pdfs}
    assert len(ids) == len(pdfs)  # random: no two files share one, even with the clock frozen
    check_zip(out / "data.xlsx")
    # The bundle is sealed to the lead: nothing in it is readable, times included; its
    # manifest (inside the seal) holds the day only.
    assert (out / "data.wkbundle").read_bytes()[:2] != b"PK"
    for name in ("data.csv", "data.sps", "data.codebook.csv"):
        assert times_of_day((out / name).read_bytes()) == [], name
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [f"{n}.pdf" for n in pdfs]
        + ["data.csv", "data.xlsx", "data.sps", "data.codebook.csv", "data.wkbundle"]
    )
