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


def test_saving_the_listing_index_leaves_the_workshops_folder_unchanged(tmp_path, monkeypatch):
    """The index is saved a moment after each listing: in the folder itself it made every
    next listing on the window's thread a full scan again."""
    from tests.unit.records_writer import DETAILS
    from workshop_kit.records.store import WorkshopStore

    store = WorkshopStore(tmp_path)
    store.create_workshop(**DETAILS)
    store.flush_listing()
    before = os.stat(tmp_path)
    store.create_workshop(**DETAILS)
    after_save = os.stat(tmp_path)
    store.flush_listing()  # the index written now
    assert store.backend.index_file().is_file()
    assert store.backend.index_file().parent != tmp_path
    now = os.stat(tmp_path)
    assert (now.st_mtime_ns, now.st_ctime_ns) == (after_save.st_mtime_ns, after_save.st_ctime_ns)
    assert before.st_ino == now.st_ino


def test_an_index_left_in_the_workshops_folder_is_removed(tmp_path):
    from workshop_kit.records.listing_index import INDEX_NAME, SEALED_INDEX_NAME
    from workshop_kit.records.store import WorkshopStore

    for name in (INDEX_NAME, SEALED_INDEX_NAME):
        (tmp_path / name).write_bytes(b"an index of an earlier version")
    WorkshopStore(tmp_path)
    assert not (tmp_path / INDEX_NAME).exists() and not (tmp_path / SEALED_INDEX_NAME).exists()


def test_the_store_state_on_the_window_thread_uses_the_last_scan(tmp_path, monkeypatch):
    import threading

    from tests.unit.records_writer import DETAILS
    from workshop_kit.records.store import WorkshopStore

    store = WorkshopStore(tmp_path)
    store.create_workshop(**DETAILS)
    monkeypatch.setattr(backends, "SCAN_SETTLE_NS", -(10**12))
    store.keep_listing_reads_off(threading.current_thread())
    first = store.state()
    stats = []
    real = backends.file_signature
    monkeypatch.setattr(backends, "file_signature", lambda p: stats.append(p) or real(p))
    assert store.state() == first and stats == []  # no file looked at: the folder is unchanged
    store.create_workshop(**DETAILS)
    assert store.state() != first
