"""The record key of the cell-key method: stored with each response, carried by bundles,
derived for older responses, and never something an export reader can compute."""

from __future__ import annotations

import collections
import copy
import csv

import pytest

from tests.unit.test_bundle import LIBRARY, closed_workshop, craft, document, snapshot
from workshop_kit.analysis import cellkey
from workshop_kit.records.bundle import BundleError, export_bundle, import_bundle
from workshop_kit.records.model import RECORD_KEY_LIMIT, Response, new_id
from workshop_kit.records.store import WorkshopStore


def _response(**changes) -> Response:
    fields = {
        "id": new_id(),
        "workshop_id": new_id(),
        "phase": "pre",
        "instrument_id": "gbv-attitudes",
        "instrument_version": 1,
        "answers": {"hit_if_antagonising": 1},
        "entry_mode": "paper",
        "day": "2026-10-05",
    }
    return Response(**{**fields, **changes})


def test_a_saved_response_gets_a_random_record_key_that_is_stored(tmp_path):
    store = WorkshopStore(tmp_path / "centre")
    workshop_id = closed_workshop(store, pairs=3, singles=0)
    doc = document(store, workshop_id)
    keys = [r["record_key"] for r in doc["responses"].values()]
    assert len(keys) == 6 and len(set(keys)) == 6
    assert all(0 <= key < RECORD_KEY_LIMIT for key in keys)
    again = {r.id: r.record_key for r in store.responses(workshop_id)}
    assert sorted(again.values()) == sorted(keys)


def test_the_record_key_survives_to_doc_and_from_doc():
    response = _response(record_key=123_456_789)
    doc = response.to_doc()
    assert doc["record_key"] == 123_456_789
    assert Response.from_doc(doc, response.workshop_id) == response


def test_an_older_response_has_none_and_gets_a_stable_derived_key():
    response = _response()
    assert "record_key" not in response.to_doc()
    key = cellkey.record_key(response)
    assert key == cellkey.record_key(Response.from_doc(response.to_doc(), response.workshop_id))
    assert key == cellkey.derived_key(response.id) and 0 <= key < RECORD_KEY_LIMIT
    assert cellkey.record_key(_response()) != key  # another id, another key (2**-32 chance)


def test_derived_keys_look_uniform():
    keys = [cellkey.derived_key(new_id()) for _ in range(4000)]
    buckets = collections.Counter(key * 8 // RECORD_KEY_LIMIT for key in keys)
    assert len(buckets) == 8 and all(380 <= n <= 620 for n in buckets.values())


@pytest.mark.parametrize("bad", [-1, RECORD_KEY_LIMIT, "12", True, 1.5])
def test_a_bad_record_key_is_refused(bad):
    with pytest.raises(ValueError, match="record_key"):
        _response(record_key=bad)


def test_bundles_carry_record_keys_and_a_merge_keeps_them(tmp_path, user_data):
    centre = WorkshopStore(tmp_path / "centre")
    workshop_id = closed_workshop(centre)
    path = tmp_path / "b.wkbundle"
    export_bundle(centre, path)
    lead = WorkshopStore()
    import_bundle(lead, path, library=LIBRARY)
    here = {r.id: r.record_key for r in centre.responses(workshop_id)}
    there = {r.id: r.record_key for r in lead.responses(workshop_id)}
    assert here == there and None not in here.values()


@pytest.mark.parametrize("bad", [-5, RECORD_KEY_LIMIT, "7"])
def test_a_bundle_with_a_bad_record_key_is_refused_and_changes_nothing(tmp_path, user_data, bad):
    centre = WorkshopStore(tmp_path / "centre")
    doc = copy.deepcopy(document(centre, closed_workshop(centre)))
    doc["responses"]["1"]["record_key"] = bad
    lead = WorkshopStore()
    closed_workshop(lead, site="Head office")
    before = snapshot(lead.folder.parent)
    with pytest.raises(BundleError, match="nothing was changed"):
        import_bundle(lead, craft(tmp_path / "bad.wkbundle", [doc]), library=LIBRARY)
    assert snapshot(lead.folder.parent) == before


def test_no_export_prints_response_ids_so_no_reader_can_derive_a_key(tmp_path):
    """The derived key is a keyed hash of the response id; the id is in no export."""
    from workshop_kit.analysis.dataset import Filters, make_dataset
    from workshop_kit.exports.csv_export import write_csv

    store = WorkshopStore(tmp_path / "centre")
    workshop_id = closed_workshop(store)
    workshop = next(w for w in store.list_workshops() if w.id == workshop_id)
    responses = list(store.responses(workshop_id))
    dataset = make_dataset(Filters(), [(workshop, responses)])
    out = tmp_path / "r.csv"
    write_csv(dataset, LIBRARY.instrument("gbv-attitudes"), out)
    text = out.read_text(encoding="utf-8-sig")
    assert list(csv.reader(text.splitlines()))
    for response in responses:
        assert response.id not in text and str(cellkey.record_key(response)) not in text
