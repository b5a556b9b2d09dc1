"""The laptop's key files and the unlocked session (records/vault.py)."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from workshop_kit.records.crypto import CryptoError, ScryptCost
from workshop_kit.records.keys import LeadKey, WrongSecretError
from workshop_kit.records.vault import (
    KEYRING,
    KEYRING_BACKUP,
    SHRED,
    LockedError,
    Vault,
    VaultMissingError,
    read_lead_private,
    read_lead_public,
    write_lead_key,
)

FAST = ScryptCost(n=2**10, r=8, p=1)
CODE = "0481-7730-2956"
WORKSHOP = "ab" * 16


def _vault(tmp_path, **kwargs) -> tuple[Vault, str | None]:
    vault = Vault(tmp_path / "keys")
    return vault, vault.setup(CODE, cost=FAST, **kwargs)


def test_first_run_setup_writes_the_keyring_twice_and_returns_the_recovery_code(tmp_path):
    vault, sheet = _vault(tmp_path)
    assert sheet is not None and vault.exists()
    folder = tmp_path / "keys"
    assert (folder / KEYRING).read_text() == (folder / KEYRING_BACKUP).read_text()
    for name in (KEYRING, KEYRING_BACKUP, SHRED):
        assert sheet.replace("-", "") not in (folder / name).read_text()
    with pytest.raises(FileExistsError):
        vault.setup(CODE, cost=FAST)


def test_setup_with_a_lead_key_prints_no_recovery_sheet(tmp_path):
    lead = LeadKey.create()
    _, sheet = _vault(tmp_path, lead=lead)
    assert sheet is None
    Vault(tmp_path / "keys").unlock_with_lead(lead)


def test_a_new_vault_object_unlocks_with_the_code_or_the_sheet_and_locks(tmp_path):
    _, sheet = _vault(tmp_path)
    again = Vault(tmp_path / "keys")
    assert not again.is_unlocked
    with pytest.raises(WrongSecretError):
        again.unlock("0000-0000-0000")
    again.unlock(CODE)
    assert again.is_unlocked and len(again.identity_private) == 32
    again.lock()
    with pytest.raises(LockedError):
        _ = again.identity_private
    assert sheet is not None
    again.unlock(sheet)


def test_missing_keyring_asks_for_setup(tmp_path):
    with pytest.raises(VaultMissingError):
        _ = Vault(tmp_path / "nothing").keyring


def test_damaged_keyring_is_mended_from_its_copy(tmp_path):
    _vault(tmp_path)
    main = tmp_path / "keys" / KEYRING
    good = main.read_text()
    main.write_text(good[:-20])
    vault = Vault(tmp_path / "keys")
    vault.unlock(CODE)
    assert main.read_text() == good


def test_both_keyring_copies_damaged_is_a_clear_error(tmp_path):
    _vault(tmp_path)
    for name in (KEYRING, KEYRING_BACKUP):
        (tmp_path / "keys" / name).write_text("{")
    with pytest.raises(CryptoError, match="keyring cannot be read"):
        _ = Vault(tmp_path / "keys").keyring


def test_changing_the_unlock_code_leaves_no_copy_that_opens_with_the_old_one(tmp_path):
    vault, _ = _vault(tmp_path)
    vault.unlock(CODE)
    vault.change_unlock_code("1111-2222-3333", cost=FAST)
    for name in (KEYRING, KEYRING_BACKUP):
        only = tmp_path / "only" / KEYRING
        only.parent.mkdir(exist_ok=True)
        only.write_text((tmp_path / "keys" / name).read_text())
        with pytest.raises(WrongSecretError):
            Vault(only.parent).unlock(CODE)
        Vault(only.parent).unlock("111122223333")


def test_stale_keyring_copy_left_by_a_crash_is_rewritten(tmp_path):
    vault, _ = _vault(tmp_path)
    old = (tmp_path / "keys" / KEYRING_BACKUP).read_text()
    vault.unlock(CODE)
    vault.change_unlock_code("1111-2222-3333", cost=FAST)
    (tmp_path / "keys" / KEYRING_BACKUP).write_text(old)  # the second write never happened
    Vault(tmp_path / "keys").unlock("111122223333")
    assert (tmp_path / "keys" / KEYRING_BACKUP).read_text() != old


def test_locked_vault_gives_public_keys_and_unlocked_gives_private_ones(tmp_path):
    vault, _ = _vault(tmp_path)
    keys = vault.create_workshop_keys(WORKSHOP)  # no unlock needed
    header = keys.to_doc()
    kiosk = Vault(tmp_path / "keys").workshop_keys(WORKSHOP, header)
    assert kiosk.response_private is None and kiosk.match_private is None
    assert kiosk.response_public == keys.response_public
    facilitator = Vault(tmp_path / "keys")
    facilitator.unlock(CODE)
    opened = facilitator.workshop_keys(WORKSHOP, header)
    assert opened.response_private == keys.response_private
    assert opened.match_private == keys.match_private


def test_shredding_is_durable_and_leaves_the_response_key(tmp_path):
    vault, _ = _vault(tmp_path)
    header = vault.create_workshop_keys(WORKSHOP).to_doc()
    assert WORKSHOP in json.loads((tmp_path / "keys" / SHRED).read_text())["entries"]
    vault.shred(WORKSHOP)
    assert WORKSHOP not in json.loads((tmp_path / "keys" / SHRED).read_text())["entries"]
    later = Vault(tmp_path / "keys")
    later.unlock(CODE)
    opened = later.workshop_keys(WORKSHOP, header)
    assert opened.match_private is None and opened.response_private is not None
    vault.shred(WORKSHOP)  # twice is harmless


def test_lead_set_after_setup_opens_the_vault(tmp_path):
    vault, _ = _vault(tmp_path)
    vault.unlock(CODE)
    lead = LeadKey.create()
    vault.set_lead(lead)
    assert Vault(tmp_path / "keys").keyring.lead_fingerprint == lead.fingerprint
    Vault(tmp_path / "keys").unlock_with_lead(lead)
    sheet = vault.new_recovery_sheet(cost=FAST)
    Vault(tmp_path / "keys").unlock(sheet)


def test_key_files_carry_the_day_only(tmp_path):
    _vault(tmp_path)
    for name in (KEYRING, KEYRING_BACKUP, SHRED):
        stamp = datetime.fromtimestamp((tmp_path / "keys" / name).stat().st_mtime)
        assert (stamp.hour, stamp.minute, stamp.second, stamp.microsecond) == (0, 0, 0, 0)


def test_lead_makes_a_key_whose_public_file_wraps_a_laptop_and_private_file_opens_it(tmp_path):
    lead, public_path, private_path = write_lead_key(
        tmp_path, "programme-lead", "a long passphrase the lead keeps", cost=FAST
    )
    assert public_path.suffix == ".wkkey" and private_path.suffix == ".wkprivate"
    assert "private" not in json.loads(public_path.read_text())
    vault = Vault(tmp_path / "keys")
    assert vault.setup(CODE, lead=read_lead_public(public_path), cost=FAST) is None
    opened = read_lead_private(private_path, "a long passphrase the lead keeps")
    assert opened.private == lead.private and opened.fingerprint == lead.fingerprint
    Vault(tmp_path / "keys").unlock_with_lead(opened)
    with pytest.raises(WrongSecretError):
        read_lead_private(private_path, "not the passphrase at all, sorry")
    with pytest.raises(FileExistsError):
        write_lead_key(tmp_path, "programme-lead", "a long passphrase the lead keeps", cost=FAST)
    (tmp_path / "junk.wkkey").write_text("not json")
    with pytest.raises(CryptoError):
        read_lead_public(tmp_path / "junk.wkkey")
