"""Bundles: closed workshops carried between laptops; a hostile bundle is rejected whole.

Hostile bundles are built here by hand (not with the code under test), and every rejection
is checked against a hash of every file under the user data folder, backups included.
"""

from __future__ import annotations

import copy
import hashlib
import io
import json
import os
import shutil
import struct
import tempfile
import threading
import warnings
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workshop_kit.content.library import load_library
from workshop_kit.records import bundle as bundle_module
from workshop_kit.records import bundle_format
from workshop_kit.records.bundle import (
    BUNDLE_SUFFIX,
    FORMAT_VERSION,
    BundleCancelled,
    BundleError,
    export_bundle,
    import_bundle,
    laptop_id,
    read_bundle,
)
from workshop_kit.records.listing_index import INDEX_FOLDER, INDEX_NAME, SEALED_INDEX_NAME
from workshop_kit.records.model import new_id
from workshop_kit.records.storage import backup_paths, dumps, load_file
from workshop_kit.records.store import WorkshopStore

LIBRARY = load_library()  # the bundled content: the survey "gbv-attitudes"
DETAILS = {
    "curriculum_id": "equal-voices",
    "session_ids": ["gender-and-power"],
    "instrument_id": "gbv-attitudes",
    "instrument_version": 1,
    "site": "East Amman centre",
    "day": "2024-05-01",
    "language": "ar",
    "expected_participants": 12,
}


LISTING_INDEXES = {INDEX_FOLDER, INDEX_NAME, SEALED_INDEX_NAME}


def add(store, workshop_id, phase, day, letter="m"):
    """A response whose match code is complete: the same day and letter make a pair."""
    code = {
        "mother_initial": letter,
        "birth_day": str(day),
        "older_siblings": "1",
        "birthplace_initial": letter,
        "younger_siblings": "0",
    }
    return store.add_response(
        workshop_id,
        phase=phase,
        instrument_id="gbv-attitudes",
        instrument_version=1,
        answers={"hit_if_antagonising": day % 3 + 1, "tolerate_for_family": None},
        entry_mode="kiosk",
        code_answers=code,
        day="2024-05-01",
    )


def closed_workshop(store, pairs=2, singles=1, **details) -> str:
    """A closed workshop with ``pairs`` matched pairs and ``singles`` unmatched befores."""
    workshop = store.create_workshop(**{**DETAILS, **details})
    for day in range(1, pairs + 1):
        add(store, workshop.id, "pre", day)
        add(store, workshop.id, "post", day)
    for day in range(1, singles + 1):
        add(store, workshop.id, "pre", day + 20, letter="z")
    store.close_workshop(workshop.id, day="2024-05-02")
    return workshop.id


def open_workshop(store, responses=4) -> str:
    workshop = store.create_workshop(**{**DETAILS, "site": "Still open"})
    for day in range(1, responses + 1):
        add(store, workshop.id, "pre", day)
    return workshop.id


def snapshot(root: Path) -> dict[str, str]:
    """Every file (by content) and folder under ``root``."""
    return {
        str(p.relative_to(root)): (
            hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "folder"
        )
        for p in sorted(root.rglob("*"))
        if p.name not in LISTING_INDEXES  # a cache of the files, saved a moment after a listing
    }


def document(store, workshop_id) -> dict:
    return json.loads((store.folder / f"{workshop_id}.json").read_text(encoding="utf-8"))


def everything(store) -> dict:
    return {
        w.id: (w, sorted(store.responses(w.id), key=lambda r: r.id)) for w in store.list_workshops()
    }


# ----------------------------------------------------------------------------- building zips


def write_zip(path: Path, entries, compression=zipfile.ZIP_DEFLATED) -> Path:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate names we want
        with zipfile.ZipFile(path, "w", compression=compression) as archive:
            for name, data in entries:
                archive.writestr(zipfile.ZipInfo(name), data, compress_type=compression)
    return path


def manifest(files, **changes) -> bytes:
    """A correct manifest for ``files`` [(name, raw, responses)], then ``changes``."""
    listed = [
        {
            "path": name,
            "sha256": hashlib.sha256(raw).hexdigest(),
            "size": len(raw),
            "responses": responses,
        }
        for name, raw, responses in files
    ]
    data = {
        "format": "workshop-kit-bundle",
        "format_version": 1,
        "toolkit_version": "0.1.0",
        "laptop_id": "a" * 32,
        "created_day": "2024-05-03",
        "counts": {"workshops": len(files), "responses": sum(f[2] for f in files)},
        "files": listed,
        **changes,
    }
    return json.dumps(data).encode()


def craft(path: Path, docs, extra=(), **changes) -> Path:
    """A bundle of workshop documents, with a correct manifest unless ``changes`` say not."""
    files = [
        (
            f"workshops/{doc['_meta']['1']['workshop']['id']}.json",
            dumps(doc).encode(),
            len(doc["responses"]),
        )
        for doc in docs
    ]
    entries = [(name, raw) for name, raw, _ in files]
    return write_zip(path, [*entries, *extra, ("manifest.json", manifest(files, **changes))])


def renamed(doc: dict) -> dict:
    """The same workshop under a new id, with new response ids: another workshop."""
    doc = copy.deepcopy(doc)
    doc["_meta"]["1"]["workshop"]["id"] = new_id()
    for response in doc["responses"].values():
        response["id"] = new_id()
    return doc


def central_headers(data: bytes):
    """(offset, name) of every central directory header."""
    at = data.find(b"PK\x01\x02")
    while at != -1:
        length = struct.unpack_from("<H", data, at + 28)[0]
        yield at, data[at + 46 : at + 46 + length].decode()
        at = data.find(b"PK\x01\x02", at + 46 + length)


def patch_central(data: bytes, name: str, offset: int, value: int, fmt: str = "<I") -> bytes:
    out = bytearray(data)
    for at, found in central_headers(data):
        if found == name:
            struct.pack_into(fmt, out, at + offset, value)
            return bytes(out)
    raise AssertionError(f"no entry {name}")


# ----------------------------------------------------------------------------- fixtures


@pytest.fixture
def laptop(tmp_path) -> WorkshopStore:
    """A centre's laptop: two closed workshops and one still open."""
    store = WorkshopStore(tmp_path / "centre")
    closed_workshop(store, site="Zarqa")
    closed_workshop(store, pairs=3, singles=2, site="Irbid")
    open_workshop(store)
    return store


@pytest.fixture
def exported(laptop, tmp_path) -> Path:
    path = tmp_path / f"centre{BUNDLE_SUFFIX}"
    export_bundle(laptop, path)
    return path


@pytest.fixture
def lead(user_data) -> WorkshopStore:
    """The programme lead's laptop, with data of its own (files and backups)."""
    store = WorkshopStore()
    closed_workshop(store, site="Head office")
    open_workshop(store)
    return store


def assert_rejected(store, path, match):
    before = snapshot(store.folder.parent)
    with pytest.raises(BundleError, match=match) as error:
        import_bundle(store, path, library=LIBRARY)
    assert "nothing was changed" in str(error.value)
    assert snapshot(store.folder.parent) == before


# ----------------------------------------------------------------------------- export


def test_round_trip_to_an_empty_laptop_gives_the_same_workshops_and_files(
    laptop, exported, user_data
):
    lead = WorkshopStore()
    report = import_bundle(lead, exported, library=LIBRARY)
    closed = [w.id for w in laptop.list_workshops() if not w.is_open]
    assert sorted(report.added) == sorted(closed)
    assert report.merged == report.rejected == report.already_present == ()
    assert report.responses_added == 5 + 8
    assert everything(lead) == {i: v for i, v in everything(laptop).items() if i in closed}
    for workshop_id in closed:  # written exactly as stored, with a backup to restore from
        path = lead.folder / f"{workshop_id}.json"
        assert path.read_bytes() == (laptop.folder / path.name).read_bytes()
        assert backup_paths(path)[0].read_bytes() == path.read_bytes()
    assert lead.check() == []
    assert WorkshopStore().match_summary(closed[0]) == laptop.match_summary(closed[0])


def test_round_trip_between_memory_stores():
    centre, lead = WorkshopStore(memory=True), WorkshopStore(memory=True)
    workshop_id = closed_workshop(centre)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "b.wkbundle"
        assert export_bundle(centre, path).workshops == 1
        assert import_bundle(lead, path, library=LIBRARY).added == (workshop_id,)
        assert import_bundle(lead, path, library=LIBRARY).already_present == (workshop_id,)
    assert everything(lead) == everything(centre)


def test_open_workshops_are_skipped_with_the_reason(laptop, exported):
    open_id = next(w.id for w in laptop.list_workshops() if w.is_open)
    again = export_bundle(laptop, exported.with_name("again.wkbundle"))
    assert again.skipped == ((open_id, "still open: close it first"),)
    assert (again.workshops, again.responses) == (2, 13)
    names = zipfile.ZipFile(exported).namelist()
    assert f"workshops/{open_id}.json" not in names
    assert len(names) == 3
    secret = document(laptop, open_id)["_meta"]["1"]["secret"]
    assert secret.encode() not in exported.read_bytes()


def test_export_of_chosen_workshops_names_unknown_ones(laptop, tmp_path):
    chosen = laptop.list_workshops()[-1].id
    report = export_bundle(laptop, tmp_path / "one.wkbundle", [chosen, "f" * 32, "../x"])
    assert (report.workshops, report.skipped) == (
        1,
        (
            ("../x", "no such workshop on this laptop"),
            ("f" * 32, "no such workshop on this laptop"),
        ),
    )
    assert [w.workshop.id for w in read_bundle(tmp_path / "one.wkbundle").workshops] == [chosen]


def test_zip_entries_carry_no_time_of_day(exported):
    data = exported.read_bytes()
    infos = zipfile.ZipFile(exported).infolist()
    assert infos and all(info.date_time == (1980, 1, 1, 0, 0, 0) for info in infos)
    for at, _ in central_headers(data):  # the raw fields too, central and local headers
        assert struct.unpack_from("<HH", data, at + 12) == (0, 0x21)
        local = struct.unpack_from("<I", data, at + 42)[0]
        assert data[local : local + 4] == b"PK\x03\x04"
        assert struct.unpack_from("<HH", data, local + 10) == (0, 0x21)
    assert [info.filename for info in infos][-1] == "manifest.json"
    assert [i.filename for i in infos][:-1] == sorted(i.filename for i in infos[:-1])


def test_the_same_data_on_the_same_day_gives_the_same_bytes(laptop, tmp_path, monkeypatch):
    monkeypatch.setattr(bundle_module, "today", lambda: "2024-05-03")
    one = export_bundle(laptop, tmp_path / "one.wkbundle").path.read_bytes()
    two = export_bundle(laptop, tmp_path / "two.wkbundle").path.read_bytes()
    assert one == two
    assert (
        json.loads(zipfile.ZipFile(io.BytesIO(one)).read("manifest.json"))["created_day"]
        == "2024-05-03"
    )


def test_the_laptop_id_is_random_kept_and_only_in_the_manifest(exported, laptop, user_data):
    value = laptop_id()
    assert len(value) == 32 and int(value, 16) >= 0
    assert laptop_id() == value
    assert (user_data / "laptop-id").read_text().strip() == value
    bundle = read_bundle(exported)
    assert bundle.laptop_id == value and bundle.toolkit_version
    assert all(value.encode() not in w.raw for w in bundle.workshops)
    (user_data / "laptop-id").write_text("not an id")
    assert laptop_id() != value and len(laptop_id()) == 32


def test_a_cancelled_export_leaves_no_file(laptop, tmp_path):
    calls = []

    def cancel():
        calls.append(1)
        return len(calls) >= 2

    with pytest.raises(BundleCancelled):
        export_bundle(laptop, tmp_path / "b.wkbundle", cancelled=cancel)
    assert not any(p.name.endswith((".wkbundle", ".tmp")) for p in tmp_path.iterdir())


def test_export_reports_progress_up_to_the_total(laptop, tmp_path):
    seen = []
    export_bundle(laptop, tmp_path / "b.wkbundle", progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (4, 4)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


# ----------------------------------------------------------------------------- import


def test_reading_a_bundle_checks_it_and_changes_nothing(exported, lead):
    before = snapshot(lead.folder.parent)
    seen = []
    bundle = read_bundle(exported, progress=lambda d, t: seen.append((d, t)))
    assert len(bundle.workshops) == 2 and bundle.responses == 13
    assert all(not w.workshop.is_open for w in bundle.workshops)
    assert seen[-1] == (3, 3)
    assert snapshot(lead.folder.parent) == before


def test_importing_the_same_bundle_twice_adds_nothing_the_second_time(exported, lead):
    first = import_bundle(lead, exported, library=LIBRARY)
    before = snapshot(lead.folder.parent)
    second = import_bundle(lead, exported, library=LIBRARY)
    assert sorted(second.already_present) == sorted(first.added)
    assert (second.added, second.merged, second.responses_added) == ((), (), 0)
    assert snapshot(lead.folder.parent) == before


@pytest.mark.parametrize("kind", ["memory", "disk"])
def test_extra_responses_are_merged_into_the_copy_here(laptop, lead, tmp_path, kind):
    store = WorkshopStore(memory=True) if kind == "memory" else lead
    workshop_id = laptop.list_workshops()[0].id
    full = document(laptop, workshop_id)
    older = copy.deepcopy(full)  # the same workshop without its unpaired responses
    singles = [k for k, r in full["responses"].items() if "pair" not in r]
    for key in singles:
        del older["responses"][key]
    import_bundle(store, craft(tmp_path / "older.wkbundle", [older]), library=LIBRARY)
    assert len(store.responses(workshop_id)) == len(full["responses"]) - len(singles)

    report = import_bundle(store, craft(tmp_path / "full.wkbundle", [full]), library=LIBRARY)

    assert report.merged == ((workshop_id, len(singles)),)
    assert report.responses_added == len(singles)
    assert sorted(store.responses(workshop_id), key=lambda r: r.id) == sorted(
        laptop.responses(workshop_id), key=lambda r: r.id
    )
    assert store.match_summary(workshop_id).pairs
    if kind == "disk":
        path = store.folder / f"{workshop_id}.json"
        assert len(load_file(backup_paths(path)[0], workshop_id)[1]) == len(older["responses"])
        assert len(WorkshopStore().responses(workshop_id)) == len(full["responses"])
        assert not list(store.folder.glob(".import-*"))
    assert import_bundle(
        store, craft(tmp_path / "full.wkbundle", [full]), library=LIBRARY
    ).already_present


def test_an_import_is_seen_at_once_by_state_listing_and_reads_on_both_backends(
    laptop, exported, workshop_store
):
    store = workshop_store
    own = closed_workshop(store, site="Head office")
    merged_id = laptop.list_workshops()[0].id
    # The lead already has this workshop with fewer responses, listed and opened.
    older = document(laptop, merged_id)
    older["responses"] = {k: r for k, r in older["responses"].items() if "pair" in r}
    store.replace_workshops([(merged_id, dumps(older).encode())])
    listed_before = {s.workshop.id: s.total for s in store.workshop_summaries()}
    assert listed_before[merged_id] == len(older["responses"])
    store.responses(merged_id)
    before = store.state()

    report = import_bundle(store, exported, library=LIBRARY)

    assert report.merged and report.added
    assert store.state() != before
    closed = {w.id for w in laptop.list_workshops() if not w.is_open}
    assert {w.id for w in store.list_workshops()} == closed | {own}
    counts = {s.workshop.id: s.total for s in store.workshop_summaries()}
    for workshop_id in closed:
        assert counts[workshop_id] == len(laptop.responses(workshop_id))
        assert {r.id for r in store.responses(workshop_id)} == {
            r.id for r in laptop.responses(workshop_id)
        }
    assert {w.id for w, _ in store.read_workshops()} == closed | {own}


def test_the_store_refuses_to_replace_a_workshop_with_a_broken_document(workshop_store):
    store = workshop_store
    workshop_id = closed_workshop(store)
    before = store.read_raw(workshop_id)
    broken = json.loads(before)
    broken["_meta"]["1"]["secret"] = "0" * 64  # a closed workshop keeps no secret
    other = renamed(broken)
    other_id = other["_meta"]["1"]["workshop"]["id"]
    with pytest.raises(ValueError, match="secret"):
        store.replace_workshops([(other_id, dumps(other).encode())])
    with pytest.raises(ValueError, match="secret"):
        store.replace_workshops([(workshop_id, dumps(broken).encode())])
    assert store.read_raw(workshop_id) == before
    assert [w.id for w in store.list_workshops()] == [workshop_id]


def test_an_import_onto_a_full_disk_is_a_disk_full_error_and_changes_nothing(
    exported, lead, monkeypatch
):
    before = snapshot(lead.folder.parent)
    monkeypatch.setattr(os, "fsync", lambda fd: (_ for _ in ()).throw(OSError(28, "full")))
    with pytest.raises(OSError) as error:
        import_bundle(lead, exported, library=LIBRARY)
    monkeypatch.undo()
    assert getattr(error.value, "code", None) == "disk_full"
    assert snapshot(lead.folder.parent) == before


def test_an_export_to_a_full_stick_is_a_disk_full_error_and_leaves_no_file(
    laptop, tmp_path, monkeypatch
):
    target = tmp_path / "stick" / "centre.wkbundle"
    target.parent.mkdir()
    monkeypatch.setattr(os, "fsync", lambda fd: (_ for _ in ()).throw(OSError(28, "full")))
    with pytest.raises(OSError) as error:
        export_bundle(laptop, target)
    monkeypatch.undo()
    assert (getattr(error.value, "code", None), error.value.filename) == (
        "disk_full",
        str(target),
    )
    assert list(target.parent.iterdir()) == []


def test_a_merge_that_would_break_pair_numbers_is_rejected(laptop, lead, tmp_path):
    workshop_id = laptop.list_workshops()[0].id
    here = document(laptop, workshop_id)
    import_bundle(lead, craft(tmp_path / "here.wkbundle", [here]), library=LIBRARY)
    theirs = copy.deepcopy(here)  # pair 2 joins two other responses over there
    for response in theirs["responses"].values():
        if response.get("pair") == 2:
            response["id"] = new_id()
    before = snapshot(lead.folder.parent)

    report = import_bundle(lead, craft(tmp_path / "theirs.wkbundle", [theirs]), library=LIBRARY)

    assert report.rejected[0][0] == workshop_id
    assert "do not fit the copy on this laptop" in report.rejected[0][1]
    assert "pair 2" in report.rejected[0][1]
    assert snapshot(lead.folder.parent) == before


def test_conflicts_reject_single_workshops_while_the_others_are_added(laptop, lead, tmp_path):
    first, second = (w.id for w in laptop.list_workshops() if not w.is_open)
    import_bundle(lead, craft(tmp_path / "x.wkbundle", [document(laptop, first)]), library=LIBRARY)
    import_bundle(lead, craft(tmp_path / "y.wkbundle", [document(laptop, second)]), library=LIBRARY)
    moved = copy.deepcopy(document(laptop, first))
    moved["_meta"]["1"]["workshop"]["site"] = "Somewhere else"
    changed = copy.deepcopy(document(laptop, second))
    answers = changed["responses"]["1"]["answers"]
    answers["hit_if_antagonising"] = answers["hit_if_antagonising"] % 3 + 1
    own = next(w.id for w in lead.list_workshops() if w.site == "Head office")
    stolen = renamed(document(laptop, first))  # holds a response of another workshop here
    stolen["responses"]["1"]["id"] = document(lead, own)["responses"]["1"]["id"]
    open_here = next(w.id for w in lead.list_workshops() if w.is_open)
    closed_there = copy.deepcopy(document(laptop, first))
    closed_there["_meta"]["1"]["workshop"]["id"] = open_here
    for response in closed_there["responses"].values():
        response["id"] = new_id()
    fresh = renamed(document(laptop, first))
    before = {p.name: p.read_bytes() for p in lead.folder.glob("*.json")}

    report = import_bundle(
        lead,
        craft(tmp_path / "z.wkbundle", [moved, changed, stolen, closed_there, fresh]),
        library=LIBRARY,
    )

    reasons = dict(report.rejected)
    stolen_id = stolen["_meta"]["1"]["workshop"]["id"]
    fresh_id = fresh["_meta"]["1"]["workshop"]["id"]
    assert report.added == (fresh_id,)
    assert reasons[first] == "its details differ from the copy on this laptop (site)"
    assert "differs from the copy on this laptop" in reasons[second]
    assert f"already belongs to another workshop on this laptop ({own})" in reasons[stolen_id]
    assert reasons[open_here].startswith("open on this laptop")
    assert report.responses_added == len(fresh["responses"])
    assert {p.name: p.read_bytes() for p in lead.folder.glob("*.json")} == {
        **before,
        f"{fresh_id}.json": dumps(fresh).encode(),
    }


def test_a_cancelled_import_changes_nothing(exported, lead):
    before = snapshot(lead.folder.parent)
    for stop_at in range(1, 8):
        calls = []

        def cancel(calls=calls, stop_at=stop_at):
            calls.append(1)
            return len(calls) >= stop_at

        try:
            import_bundle(lead, exported, library=LIBRARY, cancelled=cancel)
        except BundleCancelled:
            assert snapshot(lead.folder.parent) == before
        else:
            assert stop_at > 3  # cancelling was possible while reading, planning, staging
            break
    else:
        raise AssertionError("the import never finished")


def test_staging_folders_left_by_a_crash_are_removed_once_old(exported, lead):
    old, recent = lead.folder / ".import-old", lead.folder / ".import-recent"
    (old / "previous").mkdir(parents=True)
    (old / "previous" / "0").write_text("{}")
    recent.mkdir()
    os.utime(old, (0, 0))
    import_bundle(lead, exported, library=LIBRARY)
    assert not old.exists() and recent.exists()
    assert len(lead.list_workshops()) == 4


def test_import_reports_progress_up_to_the_total(exported, lead):
    seen = []
    import_bundle(lead, exported, library=LIBRARY, progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (5, 5)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


@pytest.mark.parametrize("broken", ["replace", "fsync"])
def test_a_failure_at_any_step_of_the_import_leaves_the_store_as_it_was(
    laptop, exported, tmp_path, monkeypatch, broken
):
    """Fail the first, second, ... file operation in turn, until the import gets through."""
    template = WorkshopStore(tmp_path / "template")
    closed_workshop(template, site="Head office")
    older = document(laptop, laptop.list_workshops()[0].id)
    older["responses"] = {k: r for k, r in older["responses"].items() if "pair" in r}
    import_bundle(template, craft(tmp_path / "older.wkbundle", [older]), library=LIBRARY)
    template.flush_listing()  # no index write a moment later, while the loop copies the folder
    real = getattr(os, broken)
    importer = threading.get_ident()  # only the import's own calls are failed in turn
    for failing in range(1, 100):
        folder = tmp_path / f"try{failing}"
        shutil.copytree(template.folder, folder)
        before = snapshot(folder)
        calls = []

        def flaky(*args, calls=calls, failing=failing):
            if threading.get_ident() != importer:  # another store's listing-index timer
                return real(*args)
            calls.append(1)
            if len(calls) == failing:
                raise OSError(28, "No space left on device")
            return real(*args)

        monkeypatch.setattr(os, broken, flaky)
        try:
            report = import_bundle(WorkshopStore(folder), exported, library=LIBRARY)
        except OSError:
            monkeypatch.undo()
            assert snapshot(folder) == before, f"failing call {failing}"
            continue
        monkeypatch.undo()
        assert len(report.added) == 1 and len(report.merged) == 1
        assert failing > 3  # the import did fail part-way before it got through
        return
    raise AssertionError("the import never got through")


# ----------------------------------------------------------------------------- hostile bundles


def entries_of(path: Path) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(path) as archive:
        return [(info.filename, archive.read(info)) for info in archive.infolist()]


def with_manifest(path: Path, out: Path, **changes) -> Path:
    entries = entries_of(path)
    data = json.loads(dict(entries)["manifest.json"])
    data.update(changes)
    return write_zip(
        out, [(n, json.dumps(data).encode() if n == "manifest.json" else b) for n, b in entries]
    )


def extra_entry(name: str, data: bytes = b"{}"):
    def build(exported, out, laptop):
        return write_zip(out, [(name, data), *entries_of(exported)])

    return build


def bad_checksum(exported, out, laptop):
    entries = entries_of(exported)
    name, raw = entries[0]
    return write_zip(
        out, [(name, raw.replace(b'"day":"2024-05-01"', b'"day":"2024-05-09"', 1)), *entries[1:]]
    )


def truncated(exported, out, laptop):
    out.write_bytes(exported.read_bytes()[: exported.stat().st_size // 2])
    return out


def not_a_zip(exported, out, laptop):
    out.write_text("These are my notes from the workshop.")
    return out


def newer_format(exported, out, laptop):
    return with_manifest(exported, out, format_version=FORMAT_VERSION + 1, files="changed")


def string_format_version(exported, out, laptop):
    return with_manifest(exported, out, format_version="1")


def other_format(exported, out, laptop):
    return with_manifest(exported, out, format="zip-of-things")


def wrong_counts(exported, out, laptop):
    return with_manifest(exported, out, counts={"workshops": 2, "responses": 99})


def unlisted_file(exported, out, laptop):
    entries = entries_of(exported)
    data = json.loads(dict(entries)["manifest.json"])
    data["files"] = data["files"][:1]
    data["counts"] = {"workshops": 1, "responses": data["files"][0]["responses"]}
    return write_zip(
        out, [(n, json.dumps(data).encode() if n == "manifest.json" else b) for n, b in entries]
    )


def no_manifest(exported, out, laptop):
    return write_zip(out, [e for e in entries_of(exported) if e[0] != "manifest.json"])


def manifest_not_json(exported, out, laptop):
    entries = [(n, b"{'format': 1" if n == "manifest.json" else b) for n, b in entries_of(exported)]
    return write_zip(out, entries)


def huge_declared_size(exported, out, laptop):
    data = exported.read_bytes()
    name = entries_of(exported)[0][0]
    out.write_bytes(patch_central(data, name, 24, 0xF000_0000))  # 3.75 GB
    return out


def header_says_less(exported, out, laptop):
    data = exported.read_bytes()
    name, raw = entries_of(exported)[0]
    out.write_bytes(patch_central(data, name, 24, len(raw) // 2))
    return out


def header_says_more(exported, out, laptop):
    data = exported.read_bytes()
    name, raw = entries_of(exported)[0]
    out.write_bytes(patch_central(data, name, 24, len(raw) * 2))
    return out


def encrypted_flag(exported, out, laptop):
    data = exported.read_bytes()
    out.write_bytes(patch_central(data, entries_of(exported)[0][0], 8, 1, "<H"))
    return out


def bzip2_entry(exported, out, laptop):
    return write_zip(out, entries_of(exported), compression=zipfile.ZIP_BZIP2)


def zip_bomb(exported, out, laptop):
    """A real bomb: 7 MB of JSON whitespace around a valid file (under the 8 MB a file may
    declare) squeezes to about 7 kB."""
    entries = entries_of(exported)
    name, raw = entries[0]
    return write_zip(out, [(name, b" " * 7_000_000 + raw), *entries[1:]])


def repeated_uuid_across_workshops(exported, out, laptop):
    first, second = (document(laptop, w.id) for w in laptop.list_workshops() if not w.is_open)
    second["responses"]["1"]["id"] = first["responses"]["1"]["id"]
    return craft(out, [first, second])


def repeated_uuid_in_one_workshop(exported, out, laptop):
    doc = document(laptop, laptop.list_workshops()[0].id)
    doc["responses"]["2"]["id"] = doc["responses"]["1"]["id"]
    return craft(out, [doc])


def open_workshop_inside(exported, out, laptop):
    return craft(out, [document(laptop, w.id) for w in laptop.list_workshops()])


def fails_the_schema(exported, out, laptop):
    doc = document(laptop, laptop.list_workshops()[0].id)
    doc["responses"]["1"]["answers"]["hit-wife"] = "yes"
    return craft(out, [doc])


def newer_schema(exported, out, laptop):
    doc = document(laptop, laptop.list_workshops()[0].id)
    doc["_meta"]["1"]["schema"] = 99
    return craft(out, [doc])


def repeated_json_key(exported, out, laptop):
    doc = document(laptop, laptop.list_workshops()[0].id)
    raw = dumps(doc).encode().replace(b'{"_meta":', b'{"_meta":{"hidden":"Maryam"},"_meta":', 1)
    name = f"workshops/{doc['_meta']['1']['workshop']['id']}.json"
    files = [(name, raw, len(doc["responses"]))]
    return write_zip(out, [(name, raw), ("manifest.json", manifest(files))])


HOSTILE = {
    "parent traversal": (extra_entry("../x.json"), r"'\.\./x\.json' has a path that leads outside"),
    "absolute path": (extra_entry("/etc/x"), r"'/etc/x' has an absolute path"),
    "traversal inside": (extra_entry("workshops/../../x"), "leads outside the bundle"),
    "backslash": (extra_entry("workshops\\..\\x.json"), "has a backslash"),
    "extra entry": (extra_entry("notes.txt", b"names"), "'notes.txt' is not something a bundle"),
    "duplicate entry": (extra_entry("manifest.json"), "'manifest.json' appears twice"),
    "bad checksum": (bad_checksum, "does not match its checksum"),
    "truncated zip": (truncated, "not a Workshop Kit bundle or damaged"),
    "not a zip": (not_a_zip, "not a Workshop Kit bundle or damaged"),
    "newer format": (newer_format, r"made by a newer Workshop Kit \(format 2\); update this one"),
    "format version as text": (string_format_version, r"unknown format version \('1'\)"),
    "other format": (other_format, "does not describe a Workshop Kit bundle"),
    "wrong counts": (wrong_counts, "counts do not add up"),
    "unlisted file": (unlisted_file, "does not list the files the bundle holds"),
    "no manifest": (no_manifest, "no manifest.json"),
    "manifest not json": (manifest_not_json, "manifest.json is not valid JSON"),
    "huge declared size": (huge_declared_size, "declares 4026531840 bytes"),
    "header says less": (header_says_less, "not a Workshop Kit bundle or damaged"),
    "header says more": (header_says_more, "is not the size its header says"),
    "encrypted": (encrypted_flag, "is encrypted"),
    "bzip2": (bzip2_entry, "unsupported compression"),
    "zip bomb": (zip_bomb, "expands more than 200 times"),
    "uuid in two workshops": (repeated_uuid_across_workshops, "appears in two workshops"),
    "uuid twice in a workshop": (repeated_uuid_in_one_workshop, "response id .* appears twice"),
    "open workshop": (open_workshop_inside, "still open"),
    "schema failure": (fails_the_schema, "response 1 is not valid: answer to 'hit-wife'"),
    "newer schema": (newer_schema, "written by a newer Workshop Kit"),
    "repeated json key": (repeated_json_key, "the key '_meta' appears twice"),
}


@pytest.mark.parametrize("case", HOSTILE, ids=list(HOSTILE))
def test_a_hostile_bundle_is_rejected_with_a_clear_message(case, laptop, exported, lead, tmp_path):
    build, message = HOSTILE[case]
    assert_rejected(lead, build(exported, tmp_path / "bad.wkbundle", laptop), message)


def test_limits_on_entries_and_total_size_reject_the_bundle(exported, lead, monkeypatch):
    monkeypatch.setattr(bundle_format, "MAX_ENTRIES", 2)
    assert_rejected(lead, exported, "it holds 3 entries; a bundle holds at most 2")
    monkeypatch.undo()
    monkeypatch.setattr(bundle_format, "MAX_TOTAL_BYTES", 2000)
    assert_rejected(lead, exported, "declare more than 2000 bytes in all")


def test_a_missing_bundle_file_says_so(lead, tmp_path):
    assert_rejected(lead, tmp_path / "gone.wkbundle", "cannot be opened")


# A valid bundle, mutated: a byte anywhere, a byte in the zip headers, or a torn end.
def mutations(size: int, headers: int):
    position = st.one_of(st.integers(0, size - 1), st.integers(headers, size - 1))
    change = st.tuples(position, st.integers(0, 255))
    return st.one_of(
        st.tuples(st.just("cut"), st.integers(0, size - 1), st.just([])),
        st.tuples(st.just("set"), st.just(size), st.lists(change, min_size=1, max_size=3)),
    )


@pytest.fixture
def mutation_base(laptop, exported, tmp_path):
    lead = WorkshopStore(tmp_path / "lead")
    closed_workshop(lead, site="Head office")
    open_workshop(lead)
    lead.flush_listing()  # no index write a moment later, while an example copies the folder
    data = exported.read_bytes()
    return lead.folder, data, data.find(b"PK\x01\x02")


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],  # copied for every example
)
@given(data=st.data())
def test_a_damaged_bundle_is_rejected_whole_or_imported_whole(mutation_base, data):
    folder, original, headers = mutation_base
    _, cut, changes = data.draw(mutations(len(original), headers))
    damaged = bytearray(original[:cut])
    for at, value in changes:
        damaged[at] = value
    with tempfile.TemporaryDirectory() as name:
        copied = Path(name) / "workshops"
        shutil.copytree(folder, copied)
        path = Path(name) / "damaged.wkbundle"
        path.write_bytes(bytes(damaged))
        before = snapshot(copied)
        store = WorkshopStore(copied)
        try:
            report = import_bundle(store, path, library=LIBRARY)
        except BundleError as error:
            assert "nothing was changed" in str(error)
            assert snapshot(copied) == before
            return
        finally:
            store.flush_listing()  # no index write while the folder is removed
        assert len(report.added) + len(report.already_present) == 2, report
        assert store.check() == []
        assert len(store.list_workshops()) == 4
        store.flush_listing()
