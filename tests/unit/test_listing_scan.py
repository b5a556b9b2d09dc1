"""The GUI thread's listing stats the folder, not every workshop file, while nothing changed
(``DiskBackend.signatures_cached``): each system call on the GUI thread waits for the
interpreter lock while a worker computes, so 3,000 of them froze the window for seconds."""

from __future__ import annotations

import os

from workshop_kit.records import backends
from workshop_kit.records.backends import DiskBackend


def _write(folder, name: str, text: str = "{}") -> None:
    temp = folder / f".{name}.tmp"
    temp.write_text(text)
    os.replace(temp, folder / f"{name}.json")  # as every save does: a rename into the folder


def test_an_unchanged_folder_is_not_scanned_again(tmp_path, monkeypatch):
    for n in range(5):
        _write(tmp_path, f"{n:032x}")
    backend = DiskBackend(tmp_path)
    scans = []
    real = backend.signatures
    monkeypatch.setattr(backend, "signatures", lambda: scans.append(1) or real())
    monkeypatch.setattr(backends, "SCAN_SETTLE_NS", -(10**12))  # the folder counts as settled
    first = backend.signatures_cached()
    assert len(first) == 5 and backend.signatures_cached() == first
    assert len(scans) == 1
    _write(tmp_path, f"{9:032x}")  # another program saves: the folder changes
    assert len(backend.signatures_cached()) == 6 and len(scans) == 2


def test_a_folder_that_just_changed_is_scanned_every_time(tmp_path, monkeypatch):
    _write(tmp_path, f"{1:032x}")
    backend = DiskBackend(tmp_path)
    scans = []
    real = backend.signatures
    monkeypatch.setattr(backend, "signatures", lambda: scans.append(1) or real())
    backend.signatures_cached()
    backend.signatures_cached()
    assert len(scans) == 2  # changed within SCAN_SETTLE_NS: a change could hide in its tick
    monkeypatch.setattr(backends, "SCAN_SETTLE_NS", -(10**12))  # as if minutes had passed
    backend.signatures_cached()
    backend.signatures_cached()
    assert len(scans) == 3
