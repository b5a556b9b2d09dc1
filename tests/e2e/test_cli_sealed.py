"""The command line on sealed data folders: the unlock code, the lead's key, new laptops,
old-format bundles (workshop_kit/cli_sealed.py, cli_data.py)."""

from __future__ import annotations

import io
import sys

import pytest

from tests.helpers import UNLOCK_CODE, sealed_data_dir
from tests.sealed_bundles import PASSPHRASE, folder_hashes, laptop, lead_key, on
from tests.unit.test_bundle import craft
from workshop_kit.cli import main
from workshop_kit.records.pin import PinStore

PIN = "246813"


def stdin(monkeypatch, *lines: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("".join(f"{line}\n" for line in lines)))


@pytest.fixture
def lead_files(tmp_path):
    return lead_key(tmp_path / "lead-keys")


@pytest.fixture
def centre(tmp_path, lead_files):
    machine = laptop(tmp_path / "centre", lead_files[0])
    with on(machine.folder):
        PinStore().set_pin(PIN)
    return machine


@pytest.fixture
def lead_laptop(tmp_path, monkeypatch):
    folder = tmp_path / "lead"
    machine = laptop(folder, None, workshop=False)
    monkeypatch.setenv("WORKSHOP_KIT_DATA_DIR", str(folder))
    PinStore().set_pin(PIN)
    return machine


def export_bundle(centre, monkeypatch, path) -> int:
    monkeypatch.setenv("WORKSHOP_KIT_DATA_DIR", str(centre.folder))
    stdin(monkeypatch, UNLOCK_CODE, PIN)
    args = ["export", "--format", "bundle", "--unlock-stdin", "--pin-stdin", "-o", str(path)]
    return main(args)


def importing(lead_files, *more: str) -> list[str]:
    return [
        "import",
        "--unlock-stdin",
        "--pin-stdin",
        "--passphrase-stdin",
        "--lead-key",
        str(lead_files[2]),
        *more,
    ]


def test_a_folder_without_keys_says_to_open_the_app_first(tmp_path, capsys):
    out = tmp_path / "r.pdf"
    assert main(["export", "--format", "report", "-o", str(out)]) == 2
    assert capsys.readouterr().err.strip() == (
        "workshop-kit export: open Workshop Kit once to set up the unlock code"
    )
    assert not out.exists()


def test_a_wrong_unlock_code_exits_2_and_asks_no_pin(tmp_path, user_data, monkeypatch, capsys):
    sealed_data_dir(user_data)
    PinStore().set_pin(PIN)
    stdin(monkeypatch, "1111-2222-3333", PIN)
    out = tmp_path / "r.csv"
    args = ["export", "--format", "csv", "--unlock-stdin", "--pin-stdin", "-o", str(out)]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "wrong unlock code" in err and "nothing was read or changed" in err
    assert PinStore().verify(PIN).ok  # no PIN try spent
    assert not out.exists()


def test_no_lead_key_means_no_bundle_and_no_pin_asked(tmp_path, monkeypatch, capsys):
    alone = laptop(tmp_path / "alone", None)
    monkeypatch.setenv("WORKSHOP_KIT_DATA_DIR", str(alone.folder))
    stdin(monkeypatch, UNLOCK_CODE)  # no PIN line: it must not be asked for
    out = tmp_path / "b.wkbundle"
    assert (
        main(["export", "--format", "bundle", "--unlock-stdin", "--pin-stdin", "-o", str(out)]) == 2
    )
    assert "no programme lead key" in capsys.readouterr().err
    assert not out.exists()


def test_a_sealed_bundle_needs_the_lead_key_and_its_passphrase(
    tmp_path, centre, lead_laptop, lead_files, monkeypatch, capsys
):
    bundle = tmp_path / "centre.wkbundle"
    assert export_bundle(centre, monkeypatch, bundle) == 0
    monkeypatch.setenv("WORKSHOP_KIT_DATA_DIR", str(lead_laptop.folder))
    before = folder_hashes(lead_laptop.folder)
    stdin(monkeypatch, UNLOCK_CODE, PIN)
    assert main(["import", "--unlock-stdin", "--pin-stdin", str(bundle)]) == 2
    assert "--lead-key FILE" in capsys.readouterr().err
    stdin(monkeypatch, UNLOCK_CODE, PIN, "not the passphrase")
    assert main([*importing(lead_files), str(bundle)]) == 2
    assert "the passphrase does not open lead.wkprivate" in capsys.readouterr().err
    assert folder_hashes(lead_laptop.folder) == before


def test_a_new_laptop_is_refused_until_its_fingerprint_is_given(
    tmp_path, centre, lead_laptop, lead_files, monkeypatch, capsys
):
    bundle = tmp_path / "centre.wkbundle"
    assert export_bundle(centre, monkeypatch, bundle) == 0
    monkeypatch.setenv("WORKSHOP_KIT_DATA_DIR", str(lead_laptop.folder))
    fingerprint = centre.vault.keyring.laptop_fingerprint
    before = folder_hashes(lead_laptop.folder)
    stdin(monkeypatch, UNLOCK_CODE, PIN, PASSPHRASE)
    assert main([*importing(lead_files), str(bundle)]) == 1
    err = capsys.readouterr().err
    assert fingerprint in err and f"--accept-laptop '{fingerprint}'" in err
    stdin(monkeypatch, UNLOCK_CODE, PIN, PASSPHRASE)
    wrong = "0" * 40
    assert main([*importing(lead_files, "--accept-laptop", wrong), str(bundle)]) == 1
    assert "not this laptop's" in capsys.readouterr().err
    assert folder_hashes(lead_laptop.folder) == before
    stdin(monkeypatch, UNLOCK_CODE, "1111", PASSPHRASE)  # a wrong PIN: no acceptance
    assert main([*importing(lead_files, "--accept-laptop", fingerprint), str(bundle)]) == 2
    assert "wrong PIN" in capsys.readouterr().err
    after = folder_hashes(lead_laptop.folder)
    assert after.pop("pin.json") != before.pop("pin.json")  # the wrong try is counted
    assert after == before  # and nothing else changed
    stdin(monkeypatch, UNLOCK_CODE, PIN, PASSPHRASE)
    assert main([*importing(lead_files, "--accept-laptop", fingerprint), str(bundle)]) == 0
    out = capsys.readouterr().out
    assert "is now known" in out and "1 workshops added" in out


def test_an_old_format_bundle_is_imported_only_when_accepted(
    tmp_path, centre, lead_laptop, monkeypatch, capsys
):
    import json

    plain = craft(
        tmp_path / "old.wkbundle", [json.loads(centre.store.read_raw(centre.workshop_id))]
    )
    before = folder_hashes(lead_laptop.folder)
    stdin(monkeypatch, UNLOCK_CODE, PIN)
    assert main(["import", "--unlock-stdin", "--pin-stdin", str(plain)]) == 1
    err = capsys.readouterr().err
    assert "nobody can vouch" in err and "--accept-unsigned" in err
    assert folder_hashes(lead_laptop.folder) == before
    stdin(monkeypatch, UNLOCK_CODE, PIN)
    assert main(["import", "--unlock-stdin", "--pin-stdin", "--accept-unsigned", str(plain)]) == 0
    assert "nobody signed" in capsys.readouterr().out


def test_help_says_in_which_order_secrets_come_on_standard_input(capsys):
    for verb in ("export", "import"):
        with pytest.raises(SystemExit):
            main([verb, "--help"])
        text = " ".join(capsys.readouterr().out.split())
        assert "the unlock code, the facilitator PIN, the lead key's passphrase" in text
        assert "--unlock-stdin" in text
