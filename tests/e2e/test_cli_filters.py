"""``workshop-kit export`` refuses filters that name nothing (exit 2, naming what is close)
instead of writing an empty report; ``--workshop`` takes the forms' code with or without its
check letter and refuses a mistyped one."""

from __future__ import annotations

import csv
import io
import random
import sys
from dataclasses import replace

import pytest

from tests import survey_data
from tests.helpers import sealed_data_dir, unlock_line
from workshop_kit.cli import main
from workshop_kit.records.model import workshop_code
from workshop_kit.records.pin import PinStore


@pytest.fixture
def instrument():
    from pathlib import Path

    from workshop_kit.content.library import ContentRoot, load_library

    root = Path(__file__).resolve().parents[2] / "curricula"
    return load_library([ContentRoot(root, bundled=True)]).instrument("gbv-attitudes")


def _with_id(pair, workshop_id):
    workshop, responses = pair
    return (
        replace(workshop, id=workshop_id),
        [replace(r, workshop_id=workshop_id) for r in responses],
    )


@pytest.fixture
def data(user_data, instrument):
    rng = random.Random(11)
    made = [
        survey_data.workshop_responses(instrument, rng=rng, participants=8, site=site)
        for site in ("East Amman centre", "Zarqa women's hub", "Irbid youth club")
    ]
    # the first two share a short code, as workshops imported from two laptops can
    made[0] = _with_id(made[0], "12e456" + "a" * 26)
    made[1] = _with_id(made[1], "12e456" + "b" * 26)
    made[2] = _with_id(made[2], "c0ffee" + "1" * 26)
    survey_data.write_store(user_data / "workshops", made)
    sealed_data_dir(user_data)
    PinStore(user_data / "pin.json").set_pin("246813")
    return [w for w, _ in made]


def export(tmp_path, *args, fmt="report", pin=""):
    """Export with the unlock code (and ``pin``, if any) on standard input."""
    out = tmp_path / f"out.{fmt}"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sys, "stdin", io.StringIO(unlock_line() + (pin and pin + "\n")))
        return main(["export", "--format", fmt, *args, "--unlock-stdin", "-o", str(out)]), out


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--site", "East Aman centre"], "did you mean: 'East Amman centre'?"),
        (["--site", "Mars"], "no workshop at the site 'Mars'"),
        (["--curriculum", "equal-voice"], "did you mean: 'equal-voices'"),
        (["--instrument", "gbv-attitude"], "did you mean: 'gbv-attitudes'"),
        (["--language", "ar"], "no workshop held in the language 'ar'; languages: 'en'"),
        (["--from", "2026-13-01"], "--from '2026-13-01' is not a day written YYYY-MM-DD"),
        (["--to", "5 May"], "--to '5 May' is not a day"),
        (["--from", "2026-12-01", "--to", "2026-01-01"], "is after --to"),
        (["--workshop", "C0FFEE"], None),  # fine: an old code without its check letter
        (["--workshop", "BADBAD"], "unknown workshop 'BADBAD': no workshop has that code"),
        (["--workshop", "C0FFEK"], "too short for a workshop code"),
        (["--workshop", "C0FFEX!"], "is not a workshop code"),
        (["--workshop", "12E456"], "2 workshops share the code '12E456'"),
    ],
)
def test_a_filter_that_names_nothing_exits_2_and_says_what_is_close(
    tmp_path, data, capsys, no_network, args, says
):
    status, out = export(tmp_path, *args, fmt="sps")
    err = capsys.readouterr().err
    if says is None:
        assert status == 0, err
        return
    assert status == 2 and says in err, err
    assert not out.exists()


def test_a_wrong_check_letter_is_refused_and_the_right_one_resolves(
    tmp_path, data, capsys, no_network
):
    code = workshop_code(data[2].id)
    wrong = code[:-1] + ("G" if code[-1] != "G" else "H")
    status, _ = export(tmp_path, "--workshop", wrong)
    assert status == 2
    assert "wrong check letter" in capsys.readouterr().err
    status, out = export(tmp_path, "--workshop", code.lower())
    assert status == 0 and out.exists()


def test_a_shared_code_names_both_keys_and_a_key_picks_one(
    tmp_path, data, capsys, monkeypatch, no_network
):
    status, _ = export(tmp_path, "--workshop", workshop_code(data[0].id))
    err = capsys.readouterr().err
    assert status == 2 and data[0].key in err and data[1].key in err
    status, out = export(
        tmp_path, "--workshop", data[1].key, "--pin-stdin", fmt="csv", pin="246813"
    )
    assert status == 0
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows and {r["workshop"] for r in rows} == {data[1].key}
    assert {r["site"] for r in rows} == {"Zarqa women's hub"}


def test_a_refused_filter_asks_no_pin(tmp_path, data, capsys, monkeypatch, no_network):
    status, _ = export(tmp_path, "--site", "Nowhere", "--pin-stdin", fmt="csv")  # no PIN line
    err = capsys.readouterr().err
    assert status == 2 and "no workshop at the site" in err and "PIN" not in err
