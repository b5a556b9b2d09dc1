"""Shared fixtures: an isolated user data folder for every test, Qt offscreen, and a
socket guard that fails any test which tries to open a network connection."""

from __future__ import annotations

import os
import shutil
import socket
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "curricula"


@pytest.fixture(autouse=True)
def user_data(tmp_path_factory, monkeypatch) -> Path:
    """Every test gets its own empty user data folder."""
    folder = tmp_path_factory.mktemp("user-data")
    monkeypatch.setenv("WORKSHOP_KIT_DATA_DIR", str(folder))
    return folder


class NetworkAttempt(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch):
    """Block every way Python code opens a connection; fail on any attempt."""
    attempts: list[str] = []

    def refuse(*args, **kwargs):
        attempts.append(repr(args[1:] or args))
        raise NetworkAttempt(f"network connection attempted: {args[1:] or args}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    yield attempts
    assert attempts == [], f"the app tried to reach the network: {attempts}"


@pytest.fixture
def content_copy(tmp_path) -> Path:
    """A writable copy of the bundled curricula folder (curricula and instruments)."""
    target = tmp_path / "curricula"
    shutil.copytree(BUNDLED, target)
    return target


@pytest.fixture(params=["memory", "disk"])
def workshop_store(request, user_data):
    """A WorkshopStore on each backend in turn (tinydb's own conftest pattern): the fast
    memory path and the durable disk path must behave alike."""
    from workshop_kit.records.store import WorkshopStore

    if request.param == "memory":
        return WorkshopStore(memory=True)
    return WorkshopStore()  # the default folder, inside this test's own data folder


@pytest.fixture
def every_save_rewrites():
    """Each save rewrites the whole workshop file (journal folded at every save), for the
    tests of that full durable write, which every fold, edit and close still makes (its
    own patch: a test's ``monkeypatch.undo()`` keeps it)."""
    from workshop_kit.records import journal

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(journal, "FOLD_AT", 0)
        yield
