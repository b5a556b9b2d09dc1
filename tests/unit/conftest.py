"""Fixtures shared by the unit tests of sealed data: a vault set up and unlocked with a
cheap key cost, and a store of sealed workshop files under it (a test file that needs
another ``vault`` or ``store`` defines its own, which wins)."""

from __future__ import annotations

import pytest

from workshop_kit.records.crypto import ScryptCost
from workshop_kit.records.sealed_backend import SealedDiskBackend
from workshop_kit.records.store import WorkshopStore
from workshop_kit.records.vault import Vault

CODE = "0481-7730-2956"
FAST = ScryptCost(n=2**10, r=8, p=1)


@pytest.fixture
def vault(tmp_path) -> Vault:
    vault = Vault(tmp_path / "keys")
    vault.setup(CODE, cost=FAST)
    vault.unlock(CODE)
    return vault


@pytest.fixture
def store(tmp_path, vault) -> WorkshopStore:
    return WorkshopStore(backend=SealedDiskBackend(tmp_path / "workshops", vault))
