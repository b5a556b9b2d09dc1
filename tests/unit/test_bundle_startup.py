"""No lasting slowdown after an import: a start reads each workshop file once.

After an import every new workshop has its file and a first backup. The start-up check
used to read and check every backup of every closed workshop in full, and the first
listing then read and checked every file again: three full reads of all the data at
every start. These tests count the reads (never time them).
"""

from __future__ import annotations

from tests.unit.test_bundle import LIBRARY, closed_workshop, craft, document
from workshop_kit.records import recovery
from workshop_kit.records import store as store_module
from workshop_kit.records.bundle import import_bundle
from workshop_kit.records.storage import backup_paths
from workshop_kit.records.store import WorkshopStore


def imported(tmp_path) -> WorkshopStore:
    centre = WorkshopStore(tmp_path / "centre")
    docs = [document(centre, closed_workshop(centre, site=f"Site {n}")) for n in range(4)]
    docs.sort(key=lambda d: d["_meta"]["1"]["workshop"]["id"])
    lead = WorkshopStore(tmp_path / "lead")
    import_bundle(lead, craft(tmp_path / "four.wkbundle", docs), library=LIBRARY)
    return lead


def test_the_first_listing_after_the_start_up_check_reads_no_file_again(tmp_path, monkeypatch):
    imported(tmp_path)
    store = WorkshopStore(tmp_path / "lead")  # a new start
    assert store.check() == []

    def no_read(*args, **kwargs):
        raise AssertionError("the listing read a file the check had just read")

    monkeypatch.setattr(store_module, "validate_document", no_read)
    monkeypatch.setattr(store_module, "parse_document", no_read)
    monkeypatch.setattr(store.backend, "load", no_read)
    summaries = store.workshop_summaries()
    assert len(summaries) == 4
    assert all(s.count("pre") == 3 and s.count("post") == 2 for s in summaries)


def test_a_changed_file_is_read_again_after_the_check(tmp_path):
    lead = imported(tmp_path)
    store = WorkshopStore(tmp_path / "lead")
    store.check()
    workshop = store.list_workshops()[0]
    lead.update_workshop(type(workshop)(**{**workshop.to_doc(), "site": "Renamed"}))
    assert "Renamed" in {w.site for w in store.list_workshops()}


def test_the_start_up_check_reads_a_closed_workshops_backups_only_if_they_hold_a_secret(
    tmp_path, monkeypatch
):
    imported(tmp_path)
    folder = tmp_path / "lead"
    backups = [b for p in folder.glob("*.json") for b in backup_paths(p) if b.exists()]
    assert len(backups) == 4  # an import keeps each new workshop's first version
    loaded = []
    real = recovery.load_file
    monkeypatch.setattr(
        recovery, "load_file", lambda path, *a: loaded.append(path) or real(path, *a)
    )
    WorkshopStore(folder).check()
    assert sorted(loaded) == sorted(folder.glob("*.json"))


# A closed workshop's backup that still holds the secret is still removed: see
# test_records_recovery.test_backups_still_holding_a_closed_workshops_secret_are_removed.
