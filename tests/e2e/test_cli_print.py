"""The print verbs on the bundled content, with sockets blocked: real PDFs, clear errors."""

from __future__ import annotations

import io
import subprocess
import sys
import unicodedata

import pytest

from tests.helpers import sealed_data_dir, unlock_line
from tests.tools import needs
from workshop_kit.cli import main
from workshop_kit.records.store import WorkshopStore

pytestmark = needs("pdftotext", "pdfinfo")


def text_of(path) -> str:
    out = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return " ".join(unicodedata.normalize("NFKC", out).split())


def pages_of(path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(
        next(line.split()[-1] for line in info.stdout.splitlines() if line.startswith("Pages:"))
    )


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_handout_guide_and_form(tmp_path, capsys, no_network, lang):
    for verb, extra in (
        ("handout", ["--session", "naming-violence"]),
        ("guide", ["--session", "speaking-up"]),
        ("form", ["--phase", "after"]),
    ):
        out = tmp_path / f"{verb}-{lang}.pdf"
        assert main([verb, *extra, "--lang", lang, "-o", str(out)]) == 0
        assert pages_of(out) >= 1
        assert f"{out}: " in capsys.readouterr().err
    assert ("Where to get help" if lang == "en" else "المساعدة") in text_of(
        tmp_path / f"handout-{lang}.pdf"
    )


def test_pack_for_a_workshop_by_its_short_code(
    tmp_path, capsys, user_data, monkeypatch, no_network
):
    workshop = WorkshopStore().create_workshop(
        curriculum_id="equal-voices",
        session_ids=("gender-and-power",),
        site="Cairo group",
        day="2026-11-20",
        language="en",
        expected_participants=3,
        instrument_id="gbv-attitudes",
        instrument_version=1,
    )
    sealed_data_dir(user_data)
    out = tmp_path / "pack.pdf"
    monkeypatch.setattr(sys, "stdin", io.StringIO(unlock_line()))
    assert (
        main(["pack", "--workshop", workshop.id[:6].upper(), "--unlock-stdin", "-o", str(out)]) == 0
    )
    err = capsys.readouterr().err
    assert "7 documents" in err  # 1 guide, 3 handouts, 3 "before" forms
    assert pages_of(out) > 5


@pytest.mark.parametrize(("args", "message"), [
    (["handout", "--session", "nope"], "unknown session 'nope'"),
    (["handout", "--curriculum", "x", "--session", "y"], "unknown curriculum 'x'"),
    (["guide", "--session", "speaking-up", "--lang", "fr"], "unknown language 'fr'"),
    (["guide", "--session", "speaking-up", "--paper", "A5"], "unknown paper size 'A5'"),
    (["pack", "--workshop", "zzzz"], "unknown workshop 'zzzz'"),
])  # fmt: skip
def test_clear_errors(tmp_path, capsys, monkeypatch, args, message):
    sealed_data_dir()  # a pack reads its workshop from the sealed data
    monkeypatch.setattr(sys, "stdin", io.StringIO(unlock_line()))
    out = tmp_path / "x.pdf"
    assert main([*args, "--unlock-stdin", "-o", str(out)]) == 2
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_a_pack_before_the_first_start_says_to_set_up_the_unlock_code(tmp_path, capsys):
    out = tmp_path / "x.pdf"
    assert main(["pack", "--workshop", "3FA85F", "-o", str(out)]) == 2
    assert "open Workshop Kit once to set up the unlock code" in capsys.readouterr().err
    assert not out.exists()
