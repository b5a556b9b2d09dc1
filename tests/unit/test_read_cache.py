"""The sealed read cache of closed workshops (issue 14, read budget; ``records.read_cache``).

A read of every workshop builds, from the cache, exactly what it builds from the files,
opens no workshop file whose version the cache holds, goes back to a file that changed,
and never trusts a cache it cannot open with this laptop's master key. The cache holds no
match-code material, is unreadable on disk, and goes when a workshop is deleted.
"""

from __future__ import annotations

import dataclasses
import os
from datetime import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.unit import test_records_store as plain
from tests.unit.conftest import CODE, FAST
from workshop_kit.records.blocks import row_order
from workshop_kit.records.crypto import decrypt
from workshop_kit.records.model import Response, Workshop, new_id
from workshop_kit.records.read_cache import (
    CACHE_NAME,
    ReadCache,
    cache_key,
    decode_entry,
    encode_entry,
)
from workshop_kit.records.sealed_backend import SealedDiskBackend
from workshop_kit.records.store import WorkshopStore
from workshop_kit.records.vault import Vault


def _fresh(store: WorkshopStore, vault: Vault) -> WorkshopStore:
    """Another run of the app on the same folder: nothing in memory."""
    return WorkshopStore(backend=SealedDiskBackend(store.folder, vault))


def _workshop(store: WorkshopStore, *, close: bool, people: int = 3, **details) -> str:
    workshop = store.create_workshop(**{**plain.DETAILS, **details})
    for day in range(1, people + 1):
        plain.add(store, workshop.id, "pre", code_answers=plain.code(day))
        plain.add(store, workshop.id, "post", code_answers=plain.code(day))
    plain.add(store, workshop.id, "pre", code_answers=plain.code(20), answers={"other": 2})
    if close:
        store.close_workshop(workshop.id)
    return workshop.id


def _read(store: WorkshopStore) -> dict[str, tuple[Workshop, list[Response]]]:
    """What a read gives, each workshop's responses by id (a read from the cache lists them
    in a data set's order, one from the file in the file's)."""
    return {
        workshop.id: (workshop, sorted(responses, key=_by_id))
        for workshop, responses in store.read_workshops()
    }


def _count_file_reads(monkeypatch) -> list[str]:
    opened: list[str] = []
    original = SealedDiskBackend.load

    def load(self, workshop_id):
        opened.append(workshop_id)
        return original(self, workshop_id)

    monkeypatch.setattr(SealedDiskBackend, "load", load)
    return opened


def _cache_path(store: WorkshopStore):
    return store.folder / ".index" / CACHE_NAME


def _by_id(response: Response) -> str:
    return response.id


def _cache_plain(store: WorkshopStore, vault: Vault) -> bytes:
    cache = ReadCache(_cache_path(store), lambda: cache_key(vault.master))
    return decrypt(cache_key(vault.master), _cache_path(store).read_bytes(), cache._aad())


def test_a_second_read_builds_the_same_objects_without_opening_a_closed_workshop_file(
    store, vault, monkeypatch
):
    closed = [_workshop(store, close=True, site=f"Centre {n}") for n in range(3)]
    first = _read(_fresh(store, vault))
    assert _cache_path(store).exists()
    opened = _count_file_reads(monkeypatch)
    second = _read(_fresh(store, vault))
    assert opened == []
    assert second.keys() == first.keys() == set(closed)
    for workshop_id, (workshop, responses) in first.items():
        again, again_responses = second[workshop_id]
        assert again == workshop
        # every field; the cache gives them in a data set's order (never the file's,
        # which is the order of saving)
        assert len(again_responses) == len(responses)
        assert sorted(again_responses, key=_by_id) == sorted(responses, key=_by_id)
        again_by_id = {r.id: r for r in again_responses}
        for r in responses:
            assert list(again_by_id[r.id].answers.items()) == list(r.answers.items())


def test_the_listing_counts_come_out_of_a_cached_read_as_from_the_files(store, vault):
    workshop_id = _workshop(store, close=True)
    _read(_fresh(store, vault))
    from_files = {s.workshop.id: s for s in _fresh(store, vault).workshop_summaries()}
    reader = _fresh(store, vault)
    _read(reader)  # from the cache: fills the listing as a read of the files would
    assert reader._listed[workshop_id][1] == from_files[workshop_id]


def test_a_file_that_changed_is_read_again_and_its_entry_replaced(store, vault, monkeypatch):
    kept, changed = (_workshop(store, close=True, site=f"Centre {n}") for n in range(2))
    _read(_fresh(store, vault))
    writer = _fresh(store, vault)
    writer.update_workshop(
        dataclasses.replace(writer.get_workshop(changed), facilitator_initials="RK")
    )
    expected = _read(_fresh(store, vault))  # from the file (its version is not cached)
    opened = _count_file_reads(monkeypatch)
    assert _read(_fresh(store, vault)) == expected
    assert opened == []  # the changed file's new version is cached now
    assert expected[changed][0].facilitator_initials == "RK"
    assert kept in expected


def test_open_workshops_are_never_cached_and_the_cache_holds_no_match_code_material(
    store, vault, monkeypatch
):
    open_id = _workshop(store, close=False)
    closed_id = _workshop(store, close=True)
    _read(_fresh(store, vault))
    inside = _cache_plain(store, vault)
    assert closed_id.encode() in inside
    assert open_id.encode() not in inside
    assert b"match_hashes" not in inside and b"secret" not in inside
    for _, responses in _read(_fresh(store, vault)).values():
        for response in responses:
            if response.match_hashes is not None:
                assert "".join(h for h in response.match_hashes if h).encode() not in inside
    opened = _count_file_reads(monkeypatch)
    _read(_fresh(store, vault))
    assert opened == [open_id]


def test_the_cache_on_disk_names_no_workshop_site_or_response(store, vault):
    workshop_id = _workshop(store, close=True, site="Zarqa women's centre")
    responses = _read(_fresh(store, vault))[workshop_id][1]
    raw = _cache_path(store).read_bytes()
    for secret in [workshop_id, "Zarqa", "gbv-attitudes", *(r.id for r in responses)]:
        assert secret.encode() not in raw
    status = os.stat(_cache_path(store))
    modified = datetime.fromtimestamp(status.st_mtime)
    assert (modified.hour, modified.minute, modified.second) == (0, 0, 0)
    if os.name == "posix":
        assert status.st_mode & 0o777 == 0o600  # as the workshop files: this user only


@pytest.mark.parametrize("damage", ["flip", "truncate", "empty", "other-laptop"])
def test_a_damaged_or_foreign_cache_is_ignored_and_rebuilt(
    store, vault, tmp_path, monkeypatch, damage
):
    ids = [_workshop(store, close=True, site=f"Centre {n}") for n in range(2)]
    expected = _read(_fresh(store, vault))
    path = _cache_path(store)
    raw = path.read_bytes()
    if damage == "flip":
        path.write_bytes(raw[:40] + bytes([raw[40] ^ 1]) + raw[41:])
    elif damage == "truncate":
        path.write_bytes(raw[: len(raw) // 2])
    elif damage == "empty":
        path.write_bytes(b"")
    else:  # planted: a cache sealed under another laptop's master key
        other = Vault(tmp_path / "other-keys")
        other.setup("1111-2222-3333", cost=FAST)
        other.unlock("1111-2222-3333")
        planted = ReadCache(path, lambda: cache_key(other.master))
        assert planted.save([])
    opened = _count_file_reads(monkeypatch)
    assert _read(_fresh(store, vault)) == expected
    assert sorted(opened) == sorted(ids)  # read from the files
    opened.clear()
    assert _read(_fresh(store, vault)) == expected
    assert opened == []  # rebuilt by that read


def test_deleting_a_workshop_removes_the_cache_at_once(store, vault):
    gone, kept = (_workshop(store, close=True, site=f"Centre {n}") for n in range(2))
    _read(_fresh(store, vault))
    store.delete_workshop(gone)
    assert not _cache_path(store).exists()
    assert set(_read(_fresh(store, vault))) == {kept}
    assert gone.encode() not in _cache_plain(store, vault)


def test_a_read_stopped_half_way_writes_no_cache(store, vault):
    for n in range(3):
        _workshop(store, close=True, site=f"Centre {n}")
    reading = _fresh(store, vault).read_workshops()
    next(reading)
    reading.close()  # cancelled, as load_dataset's progress may
    assert not _cache_path(store).exists()


def test_while_locked_the_cache_gives_nothing(store, vault):
    _workshop(store, close=True)
    _read(_fresh(store, vault))
    cache = _fresh(store, vault).backend.read_cache()
    assert cache.load()
    vault.lock()
    assert cache.load() == {}
    assert _read(_fresh(store, vault)) == {}  # nothing is read while locked
    vault.unlock(CODE)
    assert cache.load()  # and the cache is still there for the next unlock


_ANSWER = st.one_of(st.none(), st.integers(min_value=-(2**31), max_value=2**31))
_ITEM = st.sampled_from(["a", "b", "hit-wife", "tolerate", "x_1"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    answers=st.lists(st.dictionaries(_ITEM, _ANSWER, max_size=5), min_size=0, max_size=6),
    pairs=st.lists(st.one_of(st.none(), st.integers(1, 99)), min_size=6, max_size=6),
)
def test_an_entry_decodes_to_what_was_encoded(answers, pairs):
    workshop = Workshop(**plain.DETAILS, id=new_id(), status="closed", closed_day="2024-05-02")
    responses = [
        Response(
            id=new_id(),
            workshop_id=workshop.id,
            phase="pre" if n % 2 else "post",
            instrument_id="gbv-attitudes",
            instrument_version=1,
            answers=given_answers,
            entry_mode="paper" if n % 3 else "kiosk",
            day="2024-05-01",
            pair=pairs[n],
            record_key=n * 7,
        )
        for n, given_answers in enumerate(answers)
    ]
    counts, matching = {"pre": 3, "post": 2}, {"pairs": 2, "unmatched_pre": 1}
    decoded = decode_entry(encode_entry(workshop, responses, counts, matching), workshop.id)
    assert decoded.workshop == workshop
    assert sorted(decoded.responses, key=_by_id) == sorted(responses, key=_by_id)
    again = {r.id: list(r.answers.items()) for r in decoded.responses}
    assert again == {r.id: list(r.answers.items()) for r in responses}
    order = [row_order(r.phase, r.pair, r.id) for r in decoded.responses]
    assert order == sorted(order)
    assert (dict(decoded.counts), dict(decoded.matching)) == (counts, matching)


def test_an_entry_of_another_workshop_or_an_open_one_is_refused():
    workshop = Workshop(**plain.DETAILS, id=new_id(), status="closed", closed_day="2024-05-02")
    raw = encode_entry(workshop, [], {}, {})
    with pytest.raises(ValueError):
        decode_entry(raw, new_id())
    with pytest.raises(ValueError):
        encode_entry(Workshop(**plain.DETAILS, id=new_id()), [], {}, {})


def test_a_cache_written_by_another_python_or_format_is_ignored(store, vault, monkeypatch):
    from workshop_kit.records import read_cache

    _workshop(store, close=True)
    cache = _fresh(store, vault).backend.read_cache()
    _read(_fresh(store, vault))
    entries = cache.load()
    assert entries
    # the same length
    other = read_cache._HEADER.replace(f"WKRC {read_cache.FORMAT}".encode(), b"WKRC 9")
    with monkeypatch.context() as patched:
        patched.setattr(read_cache, "_HEADER", other)
        assert cache.save(entries.items())  # as another version would have written it
        assert cache.load() == entries
    assert cache.load() == {}


def test_two_reads_finishing_at_once_leave_one_whole_cache(store, vault):
    import threading

    ids = {_workshop(store, close=True, site=f"Centre {n}") for n in range(4)}
    readers = [_fresh(store, vault) for _ in range(4)]
    threads = [threading.Thread(target=_read, args=(reader,)) for reader in readers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    cache = _fresh(store, vault).backend.read_cache()
    assert set(cache.load()) == ids
    assert list(_cache_path(store).parent.glob("*.tmp")) == []


def test_after_an_unlock_the_fold_pass_does_not_read_closed_workshops_the_cache_holds(
    store, vault, monkeypatch
):
    from workshop_kit.records.sealed_storage import SealedStorage

    closed = {_workshop(store, close=True, site=f"Centre {n}") for n in range(3)}
    kiosk = _workshop(store, close=False)
    _read(_fresh(store, vault))
    vault.lock()
    plain.add(store, kiosk, "post", code_answers=plain.code(9))  # the kiosk, locked
    vault.unlock(CODE)
    opened: list[str] = []
    original = SealedStorage.sealed_document

    def sealed_document(self):
        opened.append(self.path.stem)
        return original(self)

    monkeypatch.setattr(SealedStorage, "sealed_document", sealed_document)
    reader = _fresh(store, vault)
    assert reader.backend.unfolded() == [kiosk]
    assert opened == [kiosk]  # the closed ones are known folded at their versions
    opened.clear()
    assert sorted(reader.backend.unfolded(closed)) == []  # asked by name: each read
    assert sorted(opened) == sorted(closed)
    # a closed workshop changed since it was cached is read again by the scan
    writer = _fresh(store, vault)
    changed = sorted(closed)[0]
    writer.update_workshop(
        dataclasses.replace(writer.get_workshop(changed), facilitator_initials="RK")
    )
    opened.clear()
    _fresh(store, vault).backend.unfolded()
    assert changed in opened and len(set(opened) & closed) == 1


def test_a_workshop_this_store_just_wrote_goes_into_the_cache_from_its_fresh_listing(store, vault):
    # the store's own write leaves a listing line to be worked out later (a save does not
    # match the whole workshop again); the read that caches it works it out
    from workshop_kit.records.listing_lines import _Pending

    workshop_id = _workshop(store, close=True)
    data = store.backend.load(workshop_id).data
    store._listed[workshop_id] = (store.backend.signature(workshop_id), _Pending(None, data))
    assert set(_read(store)) == {workshop_id}
    assert workshop_id in _fresh(store, vault).backend.read_cache().load()


def test_the_listing_index_beside_it_is_this_users_only_and_dated_to_the_day(store, vault):
    _workshop(store, close=True)
    reader = _fresh(store, vault)
    reader.workshop_summaries()
    reader.flush_listing()
    index = store.folder / ".index" / ".listing-index.sealed"
    status = os.stat(index)
    modified = datetime.fromtimestamp(status.st_mtime)
    assert (modified.hour, modified.minute, modified.second) == (0, 0, 0)
    if os.name == "posix":
        assert status.st_mode & 0o777 == 0o600
    assert list(index.parent.glob("*.tmp")) == [] and list(index.parent.glob("*.new")) == []
