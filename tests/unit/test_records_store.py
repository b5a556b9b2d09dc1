"""WorkshopStore, run against memory and disk: the fast path and the durable path agree."""

from __future__ import annotations

import json

import pytest

from workshop_kit.records.matchcode import MATCH_ELEMENTS
from workshop_kit.records.storage import SCHEMA_VERSION, backup_paths, load_file
from workshop_kit.records.store import WorkshopNotFoundError, WorkshopStore

pytestmark = pytest.mark.usefixtures("every_save_rewrites")  # the full-rewrite path (folds)

DETAILS = {
    "curriculum_id": "equal-voices",
    "session_ids": ["gender-and-power", "help-rights-law"],
    "site": "East Amman centre",
    "day": "2024-05-01",
    "language": "ar",
    "expected_participants": 12,
}


@pytest.fixture
def store(workshop_store) -> WorkshopStore:
    """Each test that takes ``store`` runs on the memory and the disk backend."""
    return workshop_store


def on_disk(store) -> bool:
    return store.folder is not None


def code(day: int, letter: str = "m", older: str = "1") -> dict[str, str]:
    return {
        "mother_initial": letter,
        "birth_day": str(day),
        "older_siblings": older,
        "birthplace_initial": "k",
        "younger_siblings": "0",
    }


def add(store, workshop_id, phase="pre", code_answers=None, **changes):
    fields = {
        "phase": phase,
        "instrument_id": "gbv-attitudes",
        "instrument_version": 1,
        "answers": {"hit-wife": 1, "tolerate": None},
        "entry_mode": "kiosk",
        "code_answers": code_answers,
        "day": "2024-05-01",
    }
    return store.add_response(workshop_id, **{**fields, **changes})


def file_text(store, workshop_id) -> str:
    return (store.folder / f"{workshop_id}.json").read_text(encoding="utf-8")


def test_default_folder_is_workshops_in_the_user_data_folder(user_data):
    assert WorkshopStore().folder == user_data / "workshops"


def test_create_get_and_list_newest_day_first(store):
    older = store.create_workshop(**DETAILS)
    newer = store.create_workshop(**{**DETAILS, "day": "2024-06-02", "site": "Zarqa"})
    same_day = store.create_workshop(**{**DETAILS, "day": "2024-06-02", "site": "Irbid"})
    assert store.get_workshop(older.id) == older
    assert [w.id for w in store.list_workshops()] == [same_day.id, newer.id, older.id]
    assert older.status == "open" and older.session_ids == tuple(DETAILS["session_ids"])


def test_a_new_store_on_the_same_folder_sees_everything(store):
    workshop = store.create_workshop(**DETAILS)
    response = add(store, workshop.id, code_answers=code(3))
    if not on_disk(store):
        return
    again = WorkshopStore(store.folder)
    assert again.list_workshops() == [workshop]
    assert again.responses(workshop.id) == [response]


def test_create_refuses_fields_it_sets_itself_and_bad_values(store):
    with pytest.raises(ValueError, match="sets id"):
        store.create_workshop(id="0" * 32, **DETAILS)
    with pytest.raises(ValueError, match="initials"):
        store.create_workshop(**DETAILS, facilitator_initials="Rania Ahmad")
    assert store.list_workshops() == []


def test_update_saves_details_but_never_closes_or_reopens(store):
    workshop = store.create_workshop(**DETAILS)
    moved = store.update_workshop(
        type(workshop)(**{**workshop.to_doc(), "site": "Zarqa youth centre"})
    )
    assert store.get_workshop(workshop.id).site == "Zarqa youth centre" == moved.site
    closed = type(workshop)(**{**workshop.to_doc(), "status": "closed", "closed_day": "2024-05-02"})
    with pytest.raises(ValueError, match="close_workshop"):
        store.update_workshop(closed)


def test_unknown_workshops_are_a_lookup_error(store):
    for call in (store.get_workshop, store.responses, store.delete_workshop):
        with pytest.raises(WorkshopNotFoundError):
            call("f" * 32)
    with pytest.raises(WorkshopNotFoundError):
        store.get_workshop("../../etc/passwd")


def test_responses_are_kept_in_order_with_hashed_codes_only(store):
    workshop = store.create_workshop(**DETAILS)
    first = add(store, workshop.id, code_answers=code(7, "Maryam"))
    second = add(store, workshop.id, phase="post", code_answers=None, entry_mode="paper")
    assert store.responses(workshop.id) == [first, second]
    assert len(first.match_hashes) == len(MATCH_ELEMENTS)
    assert second.match_hashes is None
    assert first.workshop_id == workshop.id and len(first.id) == 32
    if on_disk(store):
        assert "Maryam" not in file_text(store, workshop.id)


def test_add_response_uses_today_when_no_day_is_given(store):
    workshop = store.create_workshop(**DETAILS)
    response = add(store, workshop.id, day=None)
    assert len(response.day) == 10 and response.day.count("-") == 2


def test_add_response_validates_before_writing(store):
    workshop = store.create_workshop(**DETAILS)
    with pytest.raises(ValueError, match="phase"):
        add(store, workshop.id, phase="middle")
    with pytest.raises(ValueError, match="unknown match-code elements"):
        add(store, workshop.id, code_answers={"first_name": "Maryam"})
    assert store.responses(workshop.id) == []


def test_add_response_refuses_another_instrument_than_the_workshops(store):
    workshop = store.create_workshop(**DETAILS, instrument_id="gbv-attitudes", instrument_version=1)
    with pytest.raises(ValueError, match="uses the survey 'gbv-attitudes'"):
        add(store, workshop.id, instrument_id="other-survey")


def test_the_same_code_in_two_workshops_gives_different_hashes(store):
    one = store.create_workshop(**DETAILS)
    two = store.create_workshop(**DETAILS)
    a = add(store, one.id, code_answers=code(7))
    b = add(store, two.id, code_answers=code(7))
    assert not set(a.match_hashes) & set(b.match_hashes)


def test_match_summary_is_tentative_while_open(store):
    workshop = store.create_workshop(**DETAILS)
    pre = add(store, workshop.id, code_answers=code(7))
    alone = add(store, workshop.id, code_answers=code(20, "z", "5"))
    post = add(store, workshop.id, phase="post", code_answers=code(7, "M"))
    result = store.match_summary(workshop.id)
    assert result.pairs == ((pre.id, post.id),)
    assert result.unmatched_pre == (alone.id,)


def test_closing_pairs_then_deletes_every_hash_and_the_secret(store):
    workshop = store.create_workshop(**DETAILS)
    befores = [add(store, workshop.id, code_answers=code(d)) for d in range(1, 11)]
    afters = [add(store, workshop.id, "post", code_answers=code(d)) for d in range(1, 9)]
    twins = [add(store, workshop.id, code_answers=code(25, "t")) for _ in range(2)]
    twin_after = add(store, workshop.id, "post", code_answers=code(25, "t"))
    hashes = {h for r in befores + afters + twins for h in r.match_hashes}
    if on_disk(store):
        secret = json.loads(file_text(store, workshop.id))["_meta"]["1"]["secret"]
    tentative = store.match_summary(workshop.id)

    result = store.close_workshop(workshop.id, day="2024-05-09")

    assert set(result.pairs) == set(tentative.pairs)
    assert len(result.pairs) == 8
    assert set(result.unmatched_pre) == {befores[8].id, befores[9].id}
    assert set(result.ambiguous_pre) == {t.id for t in twins}
    assert result.ambiguous_post == (twin_after.id,)
    closed = store.get_workshop(workshop.id)
    assert (closed.status, closed.closed_day) == ("closed", "2024-05-09")
    responses = {r.id: r for r in store.responses(workshop.id)}
    assert all(r.match_hashes is None for r in responses.values())
    numbers = sorted(responses[p].pair for p, _ in result.pairs)
    assert numbers == list(range(1, 9))
    for p, q in result.pairs:
        assert responses[p].pair == responses[q].pair
    assert store.match_summary(workshop.id) == result
    if on_disk(store):
        every_file = [store.folder / f"{workshop.id}.json", *store.folder.rglob("*.bak*.json")]
        for path in every_file:
            text = path.read_text(encoding="utf-8")
            assert secret not in text and "match_hashes" not in text
            assert not any(h in text for h in hashes if h)
        WorkshopStore(store.folder).check()  # and a restart agrees
        assert WorkshopStore(store.folder).match_summary(workshop.id) == result


def test_pair_numbers_are_shuffled_not_in_answer_order(store):
    workshop = store.create_workshop(**{**DETAILS, "expected_participants": 40})
    for d in range(1, 31):
        add(store, workshop.id, code_answers=code(d))
    for d in range(1, 31):
        add(store, workshop.id, "post", code_answers=code(d))
    store.close_workshop(workshop.id)
    numbers = [r.pair for r in store.responses(workshop.id) if r.phase == "pre"]
    assert sorted(numbers) == list(range(1, 31))
    assert numbers != list(range(1, 31))  # 1 in 30! of being wrong


def test_a_closed_workshop_refuses_new_responses_and_a_second_closing(store):
    workshop = store.create_workshop(**DETAILS)
    store.close_workshop(workshop.id)
    with pytest.raises(ValueError, match="is closed"):
        add(store, workshop.id)
    with pytest.raises(ValueError, match="already closed"):
        store.close_workshop(workshop.id)


def test_delete_removes_the_workshop_its_file_and_its_backups(store):
    keep = store.create_workshop(**DETAILS)
    gone = store.create_workshop(**DETAILS)
    for _ in range(5):
        add(store, gone.id)
    store.delete_workshop(gone.id)
    assert store.list_workshops() == [keep]
    with pytest.raises(WorkshopNotFoundError):
        store.responses(gone.id)
    if on_disk(store):
        path = store.folder / f"{gone.id}.json"
        assert not path.exists()
        assert not any(p.exists() for p in backup_paths(path))


# ----------------------------------------------------------------------------- disk only


@pytest.fixture
def disk(user_data) -> WorkshopStore:
    return WorkshopStore()


def test_the_file_holds_a_schema_version_meta_and_responses(disk):
    workshop = disk.create_workshop(**DETAILS)
    add(disk, workshop.id, code_answers=code(1))
    data = json.loads(file_text(disk, workshop.id))
    assert set(data) == {"_meta", "responses"}
    assert data["_meta"]["1"]["schema"] == SCHEMA_VERSION
    assert len(bytes.fromhex(data["_meta"]["1"]["secret"])) == 32
    assert list(data["responses"]) == ["1"]


def test_three_rotating_backups_hold_the_previous_versions(disk):
    workshop = disk.create_workshop(**DETAILS)
    for _ in range(5):
        add(disk, workshop.id)
    path = disk.folder / f"{workshop.id}.json"
    counts = [len(load_file(p, workshop.id)[1]) for p in backup_paths(path)]
    assert counts == [4, 3, 2]
    assert sorted(p.name for p in (disk.folder / "backups").iterdir()) == sorted(
        p.name for p in backup_paths(path)
    )


def test_backups_fall_back_to_copies_where_hard_links_fail(disk, monkeypatch):
    import os

    def no_links(src, dst):
        raise PermissionError("no hard links on this drive")

    monkeypatch.setattr(os, "link", no_links)
    workshop = disk.create_workshop(**DETAILS)
    add(disk, workshop.id)
    add(disk, workshop.id)
    bak1 = backup_paths(disk.folder / f"{workshop.id}.json")[0]
    assert len(load_file(bak1, workshop.id)[1]) == 1


def test_a_failed_write_keeps_the_old_file_and_a_retry_works(disk, monkeypatch):
    import os

    workshop = disk.create_workshop(**DETAILS)
    saved = add(disk, workshop.id)

    def disk_full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    for _ in range(2):
        with pytest.raises(OSError, match="No space"):
            add(disk, workshop.id)
    monkeypatch.undo()
    assert WorkshopStore(disk.folder).responses(workshop.id) == [saved]
    retried = add(disk, workshop.id)
    assert WorkshopStore(disk.folder).responses(workshop.id) == [saved, retried]
    path = disk.folder / f"{workshop.id}.json"
    assert len(load_file(backup_paths(path)[0], workshop.id)[1]) == 1


def test_a_file_from_a_newer_version_is_a_clear_error_and_left_untouched(disk):
    workshop = disk.create_workshop(**DETAILS)
    path = disk.folder / f"{workshop.id}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["_meta"]["1"]["schema"] = SCHEMA_VERSION + 1
    data["_meta"]["1"]["new_thing"] = {"a": 1}
    path.write_text(json.dumps(data), encoding="utf-8")
    before = path.read_bytes()

    fresh = WorkshopStore(disk.folder)
    with pytest.raises(Exception, match="newer version of Workshop Kit") as error:
        fresh.get_workshop(workshop.id)
    assert type(error.value).__name__ == "NewerSchemaError"
    with pytest.raises(Exception, match="newer version"):
        add(fresh, workshop.id)
    assert fresh.list_workshops() == []
    assert [p for p, _ in fresh.unreadable_files()] == [path]
    assert fresh.check() == []
    assert path.read_bytes() == before
    assert not (disk.folder / "quarantine").exists()


def test_many_workshops_stay_reachable_when_only_a_few_are_kept_open(store):
    from workshop_kit.records.store import MAX_OPEN

    workshops = [store.create_workshop(**DETAILS) for _ in range(MAX_OPEN + 5)]
    saved = {w.id: add(store, w.id) for w in workshops}
    assert {w.id for w in store.list_workshops()} == set(saved)
    for workshop in workshops:
        assert store.responses(workshop.id) == [saved[workshop.id]]


def test_a_store_sees_what_another_store_wrote_to_the_same_folder(disk):
    workshop = disk.create_workshop(**DETAILS)
    first = add(disk, workshop.id)
    assert disk.list_workshops() == [workshop]
    other = WorkshopStore(disk.folder)
    renamed = other.update_workshop(
        type(workshop)(**{**workshop.to_doc(), "site": "Zarqa youth centre"})
    )
    second = add(other, workshop.id)
    assert disk.list_workshops() == [renamed]
    assert disk.responses(workshop.id) == [first, second]
    third = add(disk, workshop.id)
    assert other.responses(workshop.id) == [first, second, third]


def test_a_file_replaced_by_a_newer_version_while_open_is_never_written(disk):
    workshop = disk.create_workshop(**DETAILS)
    add(disk, workshop.id)
    path = disk.folder / f"{workshop.id}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["_meta"]["1"]["schema"] = SCHEMA_VERSION + 1
    path.write_text(json.dumps(data), encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(Exception, match="newer version"):
        add(disk, workshop.id)
    assert path.read_bytes() == before


def test_state_changes_with_every_write_and_only_then(store):
    before = store.state()
    assert store.state() == before
    workshop = store.create_workshop(**DETAILS)
    created = store.state()
    assert created != before
    add(store, workshop.id, answers={"hit-wife": 2})
    assert store.state() != created
    saved = store.state()
    store.list_workshops()
    store.responses(workshop.id)
    assert store.state() == saved  # reading changes nothing
    store.delete_workshop(workshop.id)
    assert store.state() != saved
