"""The durable tinydb storage on its own: exact JSON, caching, and tinydb's own API."""

from __future__ import annotations

import copy
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tinydb import TinyDB

from workshop_kit.records.storage import DurableStorage, Serialiser, dumps

values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner),
    max_leaves=6,
)
docs = st.dictionaries(st.text(max_size=4), values, max_size=4)
steps = st.lists(
    st.tuples(
        st.sampled_from(["insert", "replace", "change-in-place", "delete", "same"]),
        st.sampled_from(["_meta", "responses"]),
        st.integers(1, 4),
        docs,
    ),
    max_size=25,
)


@pytest.mark.slow
@settings(max_examples=200)
@given(steps)
def test_the_serialiser_always_writes_exactly_what_json_dumps_writes(operations):
    serialise = Serialiser()
    data: dict[str, dict[str, dict]] = {}
    for action, table_name, number, doc in operations:
        table = data.setdefault(table_name, {})
        doc_id = str(number)
        if action in ("insert", "replace") or doc_id not in table:
            table[doc_id] = copy.deepcopy(doc)
        elif action == "change-in-place":
            table[doc_id].clear()
            table[doc_id].update(copy.deepcopy(doc))
        elif action == "delete":
            del table[doc_id]
        assert serialise(data) == dumps(data)


def test_the_serialiser_notices_a_nested_change_in_place():
    serialise = Serialiser()
    data = {"responses": {"1": {"answers": {"a": 1}}}}
    serialise(data)
    data["responses"]["1"]["answers"]["a"] = 2
    assert json.loads(serialise(data))["responses"]["1"]["answers"]["a"] == 2


def test_tinydb_works_on_the_durable_storage(tmp_path):
    path = tmp_path / "db.json"
    db = TinyDB(path, storage=DurableStorage)
    first = db.table("responses").insert({"x": 1})
    db.table("responses").insert({"x": 2})
    db.table("responses").update({"x": 3}, doc_ids=[first])
    db.table("responses").remove(doc_ids=[2])
    assert json.loads(path.read_text(encoding="utf-8")) == {"responses": {"1": {"x": 3}}}
    assert TinyDB(path, storage=DurableStorage).table("responses").all() == [{"x": 3}]


def test_the_storage_reads_again_when_someone_else_replaced_the_file(tmp_path):
    path = tmp_path / "db.json"
    storage = DurableStorage(path)
    storage.write({"t": {"1": {"v": "mine"}}})
    assert storage.read() == {"t": {"1": {"v": "mine"}}}
    other = DurableStorage(path)
    other.write({"t": {"1": {"v": "theirs, same size"}}})
    assert storage.read() == {"t": {"1": {"v": "theirs, same size"}}}


def test_the_check_runs_on_what_is_read_from_disk_only(tmp_path):
    seen = []
    path = tmp_path / "db.json"
    storage = DurableStorage(path, check=seen.append)
    storage.write({"t": {}})
    storage.read()
    assert seen == []  # what this storage wrote itself is known good
    DurableStorage(path).write({"t": {"1": {}}})
    storage.read()
    assert seen == [{"t": {"1": {}}}]
