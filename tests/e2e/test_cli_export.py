"""``workshop-kit export`` and ``import`` on made-up data, with sockets blocked."""

from __future__ import annotations

import csv
import hashlib
import io
import random
import subprocess
import sys
import unicodedata

import pytest

from tests import survey_data
from tests.helpers import UNLOCK_CODE, cheap_cost, sealed_data_dir
from tests.pin_helpers import write_legacy_pin
from tests.tools import needs
from workshop_kit.cli import main
from workshop_kit.records.pin import PinStore
from workshop_kit.records.protection import open_protected
from workshop_kit.records.vault import write_lead_key

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def lead_key(tmp_path):
    """The programme lead's key files (public .wkkey, private .wkprivate)."""
    folder = tmp_path / "lead-keys"
    folder.mkdir()
    return write_lead_key(folder, "lead", PASSPHRASE, cost=cheap_cost())


@pytest.fixture
def data(user_data, instrument, lead_key):
    rng = random.Random(11)
    workshops = [
        survey_data.workshop_responses(instrument, rng=rng, participants=15, site=site)
        for site in ("East Amman centre", "Zarqa women's hub")
    ]
    survey_data.write_store(user_data / "workshops", workshops)
    sealed_data_dir(user_data, lead=lead_key[0])  # sealed, as the app's first start does
    write_legacy_pin(user_data / "pin.json", "2468")  # a 4-digit PIN of an earlier version
    return workshops


@pytest.fixture
def instrument():
    from pathlib import Path

    from workshop_kit.content.library import ContentRoot, load_library

    root = Path(__file__).resolve().parents[2] / "curricula"
    return load_library([ContentRoot(root, bundled=True)]).instrument("gbv-attitudes")


def pin(monkeypatch, value="2468", *more):
    """Standard input: the unlock code, then the PIN (then any further lines)."""
    lines = [UNLOCK_CODE, value, *more]
    monkeypatch.setattr(sys, "stdin", io.StringIO("".join(f"{line}\n" for line in lines)))


def unlocked(monkeypatch):
    pin(monkeypatch)  # the unlock code is read; the PIN line is left unread


def test_csv_needs_the_right_pin(tmp_path, data, monkeypatch, capsys, no_network):
    out = tmp_path / "responses.csv"
    pin(monkeypatch, "1111")
    assert main(["export", "--format", "csv", "--pin-stdin", "--unlock-stdin", "-o", str(out)]) == 2
    assert "wrong PIN" in capsys.readouterr().err
    assert not out.exists()
    pin(monkeypatch)
    assert main(["export", "--format", "csv", "--pin-stdin", "--unlock-stdin", "-o", str(out)]) == 0
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == sum(len(responses) for _, responses in data)
    assert {row["site"] for row in rows} == {"East Amman centre", "Zarqa women's hub"}


def test_site_filter_and_arabic_labels(tmp_path, data, monkeypatch, no_network):
    out = tmp_path / "amman.csv"
    pin(monkeypatch)
    args = ["export", "--format", "csv", "--site", "East Amman centre", "--labelled"]
    assert main([*args, "--lang", "ar", "--pin-stdin", "--unlock-stdin", "-o", str(out)]) == 0
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == len(data[0][1])
    answers = {row["hit_if_antagonising"] for row in rows}
    assert answers <= {"لا أوافق", "أوافق إلى حدٍّ ما", "أوافق", "أفضّل عدم الإجابة", ""}


@needs("pdftotext")
@pytest.mark.parametrize("lang", ["en", "ar"])
def test_report_is_a_readable_pdf(tmp_path, data, lang, monkeypatch, no_network):
    out = tmp_path / f"report-{lang}.pdf"
    unlocked(monkeypatch)
    assert (
        main(["export", "--format", "report", "--lang", lang, "--unlock-stdin", "-o", str(out)])
        == 0
    )
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    text = unicodedata.normalize("NFKC", text)
    assert ("Wilcoxon" if lang == "en" else "ويلكوكسون") in text
    assert ("McNemar" if lang == "en" else "ماكنمار") in text


def test_sps_and_codebook_need_no_pin(tmp_path, data, monkeypatch, no_network):
    for fmt, name in (("sps", "syntax.sps"), ("codebook", "codebook.csv")):
        out = tmp_path / name
        monkeypatch.setattr(sys, "stdin", io.StringIO(UNLOCK_CODE + "\n"))  # no PIN line
        assert main(["export", "--format", fmt, "--unlock-stdin", "-o", str(out)]) == 0
        assert out.stat().st_size > 500


def test_bad_requests_exit_2(tmp_path, data, capsys, monkeypatch, no_network):
    report = ["export", "--format", "report", "--unlock-stdin"]
    unlocked(monkeypatch)
    assert main([*report, "--k", "2", "-o", str(tmp_path / "r.pdf")]) == 2
    assert "3" in capsys.readouterr().err
    missing = tmp_path / "nowhere" / "r.pdf"
    assert main([*report, "-o", str(missing)]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert main([*report, "--instrument", "nope", "-o", str(missing)]) == 2


def folder_digest(folder) -> str:
    """The data in ``folder`` (the log file is not data: it says what was done)."""
    digest = hashlib.sha256()
    files = (p for p in folder.rglob("*") if p.is_file() and "logs" not in p.parts)
    for path in sorted(files):
        digest.update(str(path.relative_to(folder)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def test_bundle_round_trip_between_two_laptops(
    tmp_path, data, user_data, lead_key, monkeypatch, capsys, no_network
):
    bundle = tmp_path / "centre.wkbundle"
    pin(monkeypatch)
    assert (
        main(["export", "--format", "bundle", "--pin-stdin", "--unlock-stdin", "-o", str(bundle)])
        == 0
    )
    assert bundle.read_bytes().startswith(b"WKBUNDLE-SEALED1")  # sealed to the lead, signed
    # the lead's laptop: another data folder, sealed too, and the lead's private key
    lead = tmp_path / "lead"
    monkeypatch.setenv("WORKSHOP_KIT_DATA_DIR", str(lead))
    sealed_data_dir(lead)
    assert PinStore().set_pin("13572468")
    importing = ["import", "--pin-stdin", "--unlock-stdin", "--passphrase-stdin"]
    importing += ["--lead-key", str(lead_key[2])]
    pin(monkeypatch, "13572468", PASSPHRASE)
    assert main([*importing, str(bundle)]) == 1  # a laptop met for the first time
    err = capsys.readouterr().err
    assert "met for the first time" in err
    fingerprint = err.split("--accept-laptop '")[1].split("'")[0]
    assert not open_protected(lead).store.workshop_ids()
    importing += ["--accept-laptop", fingerprint]
    pin(monkeypatch, "13572468", PASSPHRASE)
    assert main([*importing, str(bundle)]) == 0
    assert "2 workshops added" in capsys.readouterr().out
    protected = open_protected(lead)
    protected.vault.unlock(UNLOCK_CODE)
    listed = protected.store.list_workshops()
    assert sorted(w.id for w in listed) == sorted(w.id for w, _ in data)
    before = folder_digest(lead)
    pin(monkeypatch, "13572468", PASSPHRASE)
    assert main([*importing, str(bundle)]) == 0  # twice: a replay, nothing new
    assert "imported before" in capsys.readouterr().out
    assert folder_digest(lead) == before
    broken = tmp_path / "broken.wkbundle"
    broken.write_bytes(bundle.read_bytes()[:-40])
    pin(monkeypatch, "13572468", PASSPHRASE)
    assert main([*importing, str(broken)]) == 1
    assert "broken.wkbundle" in capsys.readouterr().err
    assert folder_digest(lead) == before
