"""The recovery sheet: what it says (blocks), and the PDF read back with poppler: the code,
the day and no time, in English and Arabic, built in memory only."""

from __future__ import annotations

import logging
import subprocess
from pathlib import Path

import pytest

from tests.tools import needs
from tests.unit.test_no_times import InfoSeen, check_pdf, freeze_reportlab_clock, times_of_day
from tests.unit.test_pdf_render import normal, pdftext
from workshop_kit.pdf.blocks import Box, Heading, Para
from workshop_kit.pdf.recovery_sheet import display_fingerprint, recovery_sheet, sheet_pdf
from workshop_kit.records.keys import generate_recovery_code
from workshop_kit.site import SiteInfo

FINGERPRINT = "12345 67890 13579 24680 11223 34455 66778 89900"
SITE = SiteInfo("East Amman Community Centre")
DAY = "2026-12-02"


def texts(document) -> list[str]:
    out = []
    for block in document.blocks:
        if isinstance(block, Heading | Para):
            out.append(block.text)
        elif isinstance(block, Box):
            out += [block.title, *(b.text for b in block.body if isinstance(b, Para))]
        elif hasattr(block, "items"):
            out += list(block.items)
    return out


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_sheet_says_the_code_laptop_centre_day_and_the_warning(lang):
    code = generate_recovery_code()
    document = recovery_sheet(code, FINGERPRINT, lang, SITE, day=DAY)
    said = texts(document)
    assert Heading(code, 1) in document.blocks  # large, on a line of its own
    assert any(display_fingerprint(FINGERPRINT) in text for text in said)
    assert any("East Amman Community Centre" in text for text in said)
    assert any(DAY in text for text in said)
    lost = {"en": "cannot be opened by anyone", "ar": "فلن يستطيع أحد فتح"}[lang]
    assert any(lost in text for text in said)
    assert code not in document.title and code not in document.header + document.footer


def test_a_sheet_without_a_centre_name_says_so():
    said = texts(recovery_sheet("1111-2222", FINGERPRINT, "en", SiteInfo(), day=DAY))
    assert "Centre: (no name set in Settings)" in said


def test_fingerprint_groups_stay_in_order_in_a_right_to_left_line():
    shown = display_fingerprint(FINGERPRINT)
    assert shown.split("\u00a0") == FINGERPRINT.split()
    assert " " not in shown  # a plain space would let the groups run right to left
    assert normal(shown) == FINGERPRINT


@needs("pdftotext", "pdftoppm")
@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_pdf_holds_the_code_and_the_day_and_no_time(tmp_path, monkeypatch, lang, caplog):
    freeze_reportlab_clock(monkeypatch)
    seen = InfoSeen(monkeypatch)
    code = generate_recovery_code()
    caplog.set_level(logging.DEBUG)
    data = sheet_pdf(code, FINGERPRINT, lang, SITE, day=DAY)
    path = tmp_path / "sheet.pdf"
    path.write_bytes(data)
    text = normal(pdftext(path))
    assert code in text
    assert FINGERPRINT in text  # the groups in their order, in Arabic too
    assert DAY in text
    assert times_of_day(data) == []
    check_pdf(path, seen)  # dates at midnight, a random /ID
    title = {"en": "Recovery sheet", "ar": "ورقة الاسترداد"}[lang]
    assert title in text
    assert code.encode() not in data.split(b"stream")[0]  # not in the metadata
    assert not any(code in record.getMessage() for record in caplog.records)
    subprocess.run(["pdftoppm", "-png", "-r", "40", str(path), str(tmp_path / "page")], check=True)
    page = tmp_path / "page-1.png"
    assert page.stat().st_size > 5_000  # a page with text on it, not a blank


def test_building_the_sheet_writes_no_file(user_data, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    before = sorted(Path(user_data).rglob("*")) + sorted(tmp_path.rglob("*"))
    sheet_pdf(generate_recovery_code(), FINGERPRINT, "ar", SITE)
    assert sorted(Path(user_data).rglob("*")) + sorted(tmp_path.rglob("*")) == before
