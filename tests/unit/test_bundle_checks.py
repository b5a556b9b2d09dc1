"""Bundles that lie: well-formed bundles whose data could not have happened are refused.

Each case takes a valid exported workshop, changes one thing the way a hand edit or a bug
would, and checks that the import refuses the whole bundle with a coded reason that names
the workshop (and the response by its number in the file, never its answers), and that
every file under the user data folder is byte-for-byte as it was.
"""

from __future__ import annotations

import copy
import json
import tempfile
import weakref
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from tests.unit.test_bundle import LIBRARY, closed_workshop, craft, document, snapshot
from workshop_kit.records import bundle_format, problems
from workshop_kit.records.bundle import BundleDataError, BundleError, import_bundle
from workshop_kit.records.bundle_checks import MAX_RESPONSES_PER_PHASE, most_responses
from workshop_kit.records.model import new_id, workshop_code
from workshop_kit.records.problems import problem_of
from workshop_kit.records.store import WorkshopStore

ITEMS = [item.id for item in LIBRARY.instrument("gbv-attitudes").items]


@pytest.fixture
def centre(tmp_path) -> WorkshopStore:
    return WorkshopStore(tmp_path / "centre")


@pytest.fixture
def valid(centre) -> dict:
    """A closed workshop's file as exported: two pairs and one unmatched before."""
    return document(centre, closed_workshop(centre, site="Zarqa"))


@pytest.fixture
def lead(user_data) -> WorkshopStore:
    store = WorkshopStore()
    closed_workshop(store, site="Head office")
    return store


def refused(store: WorkshopStore, path: Path, code: str) -> BundleDataError:
    before = snapshot(store.folder.parent)
    with pytest.raises(BundleDataError) as caught:
        import_bundle(store, path, library=LIBRARY)
    error = caught.value
    assert error.code == code, str(error)
    assert problem_of(error) is not None and problem_of(error).code == code
    assert "nothing was changed" in str(error)
    assert snapshot(store.folder.parent) == before
    return error


def response(doc: dict, number: str = "1") -> dict:
    return doc["responses"][number]


def bundle_of(tmp_path: Path, doc: dict, name: str = "lying") -> Path:
    return craft(tmp_path / f"{name}.wkbundle", [doc])


def code_of(doc: dict) -> str:
    return workshop_code(doc["_meta"]["1"]["workshop"]["id"])


# ----------------------------------------------------------------------------- answers


@pytest.mark.parametrize("value", [7, -1, 10**20, 0, 4])
def test_an_answer_off_its_items_scale_is_refused_without_saying_the_value(
    valid, lead, tmp_path, value
):
    response(valid, "2")["answers"]["hit_if_antagonising"] = value  # a 3-point item
    error = refused(lead, bundle_of(tmp_path, valid), problems.BUNDLE_ANSWER_OUT_OF_SCALE)
    assert error.data == {
        "workshop": code_of(valid),
        "response": "2",
        "item": "hit_if_antagonising",
    }
    assert str(value) not in str(error).replace(code_of(valid), "")


def test_an_item_the_survey_does_not_have_is_refused(valid, lead, tmp_path):
    response(valid)["answers"]["made_up_question"] = 1
    error = refused(lead, bundle_of(tmp_path, valid), problems.BUNDLE_UNKNOWN_ITEM)
    assert error.data["item"] == "made_up_question" and error.data["response"] == "1"


def test_a_response_with_no_answers_is_refused(valid, lead, tmp_path):
    response(valid, "3")["answers"] = {}
    error = refused(lead, bundle_of(tmp_path, valid), problems.BUNDLE_EMPTY_ANSWERS)
    assert error.data["response"] == "3"


def test_prefer_not_and_items_not_asked_are_accepted(valid, lead, tmp_path):
    response(valid)["answers"] = {"never_acceptable": None}
    report = import_bundle(lead, bundle_of(tmp_path, valid), library=LIBRARY)
    assert report.added == (valid["_meta"]["1"]["workshop"]["id"],)


# ----------------------------------------------------------------------------- the survey


def test_a_newer_survey_version_asks_for_an_update(valid, lead, tmp_path):
    valid["_meta"]["1"]["workshop"]["instrument_version"] = 99
    for doc in valid["responses"].values():
        doc["instrument_version"] = 99
    error = refused(lead, bundle_of(tmp_path, valid), problems.BUNDLE_NEWER_INSTRUMENT)
    assert "update Workshop Kit" in str(error)
    assert (error.data["version"], error.data["installed"]) == (99, 1)


def test_a_survey_this_laptop_does_not_have_is_refused(valid, lead, tmp_path):
    valid["_meta"]["1"]["workshop"]["instrument_id"] = "someone-elses-survey"
    for doc in valid["responses"].values():
        doc["instrument_id"] = "someone-elses-survey"
    refused(lead, bundle_of(tmp_path, valid), problems.BUNDLE_UNKNOWN_INSTRUMENT)


def test_an_older_survey_version_than_the_one_installed_is_refused(valid, lead, tmp_path):
    class Newer:
        def instrument(self, instrument_id):
            real = LIBRARY.instrument(instrument_id)
            return type("Instrument", (), {"version": 2, "items": real.items})()

    before = snapshot(lead.folder.parent)
    with pytest.raises(BundleDataError) as caught:
        import_bundle(lead, bundle_of(tmp_path, valid), library=Newer())
    assert caught.value.code == problems.BUNDLE_OLDER_INSTRUMENT
    assert snapshot(lead.folder.parent) == before


def test_a_response_to_another_survey_version_than_its_workshops_is_refused(valid, lead, tmp_path):
    response(valid)["instrument_version"] = 2
    refused(lead, bundle_of(tmp_path, valid), problems.BUNDLE_OTHER_INSTRUMENT)


# ----------------------------------------------------------------------------- days


@pytest.mark.parametrize("day", ["9999-12-31", "1999-12-31"])
def test_an_implausible_workshop_day_is_refused(valid, lead, tmp_path, day):
    valid["_meta"]["1"]["workshop"]["day"] = day
    valid["_meta"]["1"]["workshop"]["closed_day"] = day
    for doc in valid["responses"].values():
        doc["day"] = day
    error = refused(lead, bundle_of(tmp_path, valid), problems.BUNDLE_DAY_IMPLAUSIBLE)
    assert error.data["day"] == day


def test_a_closing_day_after_tomorrow_is_refused(valid, lead, tmp_path):
    later = (date.today() + timedelta(days=2)).isoformat()
    valid["_meta"]["1"]["workshop"]["closed_day"] = later
    refused(lead, bundle_of(tmp_path, valid), problems.BUNDLE_DAY_IMPLAUSIBLE)


def test_a_closing_day_before_the_workshops_day_is_refused(valid, lead, tmp_path):
    valid["_meta"]["1"]["workshop"]["closed_day"] = "2024-04-30"  # the day is 2024-05-01
    error = refused(lead, bundle_of(tmp_path, valid), problems.BUNDLE_CLOSED_BEFORE_DAY)
    assert (error.data["day"], error.data["closed_day"]) == ("2024-05-01", "2024-04-30")


@pytest.mark.parametrize("day", ["2024-04-30", "2024-05-03"])
def test_a_response_dated_outside_its_workshop_is_refused(valid, lead, tmp_path, day):
    response(valid, "2")["day"] = day  # the workshop ran 2024-05-01 and closed 2024-05-02
    error = refused(lead, bundle_of(tmp_path, valid), problems.BUNDLE_RESPONSE_DAY_OUTSIDE)
    assert error.data["response"] == "2"


# ----------------------------------------------------------------------------- counts


def test_512_responses_in_a_workshop_expecting_one_person_are_refused(centre, lead, tmp_path):
    doc = document(centre, closed_workshop(centre, pairs=0, singles=1, expected_participants=1))
    one = response(doc)
    doc["responses"] = {str(n): {**one, "id": new_id()} for n in range(1, 513)}
    error = refused(lead, bundle_of(tmp_path, doc), problems.BUNDLE_TOO_MANY_RESPONSES)
    assert error.data["count"] == 512 and error.data["most"] == most_responses(1)


def test_the_plausible_count_grows_with_the_group_up_to_a_hard_cap():
    assert most_responses(1) == 31
    assert most_responses(20) == 60
    assert most_responses(500) == MAX_RESPONSES_PER_PHASE == 1000


def test_a_full_group_of_walk_ins_is_accepted(centre, lead, tmp_path):
    doc = document(centre, closed_workshop(centre, pairs=0, singles=1, expected_participants=1))
    one = response(doc)
    doc["responses"] = {str(n): {**one, "id": new_id()} for n in range(1, most_responses(1) + 1)}
    assert import_bundle(lead, bundle_of(tmp_path, doc), library=LIBRARY).added


# ----------------------------------------------------------------------------- matching


def test_a_final_matching_naming_missing_responses_is_refused(valid, lead, tmp_path):
    valid["_meta"]["1"]["final_match"]["ambiguous_pre"] = [new_id()]
    refused(lead, bundle_of(tmp_path, valid), problems.BUNDLE_FINAL_MATCH_INCONSISTENT)


@pytest.mark.parametrize("change", ["twice", "paired", "wrong phase"])
def test_a_final_matching_that_does_not_fit_the_responses_is_refused(valid, lead, tmp_path, change):
    unpaired = next(r for r in valid["responses"].values() if "pair" not in r)
    paired = next(r for r in valid["responses"].values() if "pair" in r)
    final = valid["_meta"]["1"]["final_match"]
    if change == "twice":
        final["ambiguous_pre"] = [unpaired["id"], unpaired["id"]]
    elif change == "paired":
        final["ambiguous_pre"] = [paired["id"]] if paired["phase"] == "pre" else []
        final["ambiguous_post"] = [paired["id"]] if paired["phase"] == "post" else []
    else:
        final["ambiguous_post"] = [unpaired["id"]]  # a before response
    refused(lead, bundle_of(tmp_path, valid), problems.BUNDLE_FINAL_MATCH_INCONSISTENT)


def test_a_pair_number_that_names_one_response_is_refused(valid, lead, tmp_path):
    paired = next(r for r in valid["responses"].values() if "pair" in r)
    paired["pair"] = 99
    before = snapshot(lead.folder.parent)
    with pytest.raises(BundleError, match="pair 99 must join one before and one after"):
        import_bundle(lead, bundle_of(tmp_path, valid), library=LIBRARY)
    assert snapshot(lead.folder.parent) == before


# ----------------------------------------------------------------------------- one bad workshop


def test_one_lying_workshop_rejects_the_whole_bundle(centre, lead, tmp_path):
    good = document(centre, closed_workshop(centre, site="Irbid"))
    bad = document(centre, closed_workshop(centre, site="Zarqa"))
    response(bad)["answers"]["hit_if_antagonising"] = 7
    docs = sorted([good, bad], key=lambda d: d["_meta"]["1"]["workshop"]["id"])
    refused(lead, craft(tmp_path / "mixed.wkbundle", docs), problems.BUNDLE_ANSWER_OUT_OF_SCALE)


# ----------------------------------------------------------------------------- memory


def test_the_import_never_holds_two_parsed_workshops_at_once(centre, lead, tmp_path, monkeypatch):
    docs = [document(centre, closed_workshop(centre, site=f"Site {n}")) for n in range(5)]
    docs.sort(key=lambda d: d["_meta"]["1"]["workshop"]["id"])
    path = craft(tmp_path / "five.wkbundle", docs)

    class Parsed(dict):  # a dict that can be watched for when it is freed
        pass

    live: set[int] = set()
    most = [0]
    real = bundle_format._parse_json

    def watched(raw: bytes):
        found = real(raw)
        if not isinstance(found, dict) or "_meta" not in found:
            return found  # the manifest
        parsed = Parsed(found)
        key = id(parsed)
        live.add(key)
        weakref.finalize(parsed, live.discard, key)
        most[0] = max(most[0], len(live))
        return parsed

    monkeypatch.setattr(bundle_format, "_parse_json", watched)
    report = import_bundle(lead, path, library=LIBRARY)
    assert len(report.added) == 5
    assert most[0] == 1


# ----------------------------------------------------------------------------- mutations


def _mutations():
    answer = st.tuples(
        st.just("answer"),
        st.sampled_from([*ITEMS[:5], "not_an_item", "hit-wife"]),
        st.one_of(st.integers(-3, 6), st.just(10**20), st.none()),
    )
    item_id = st.tuples(st.just("item"), st.sampled_from(["dhs_argues", "x", "zz-top"]), st.none())
    days = st.dates(date(1995, 1, 1), date.today() + timedelta(days=30)).map(date.isoformat)
    day = st.tuples(
        st.sampled_from(["workshop day", "closed day", "response day"]), days, st.none()
    )
    return st.lists(st.one_of(answer, item_id, day), min_size=1, max_size=3)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(changes=_mutations(), which=st.integers(1, 5))
def test_a_mutated_bundle_is_refused_with_a_code_or_imported_exactly(valid, changes, which):
    doc = copy.deepcopy(valid)
    target = response(doc, str(which))
    meta = doc["_meta"]["1"]["workshop"]
    for kind, key, value in changes:
        if kind == "answer":
            target["answers"][key] = value
        elif kind == "item":
            answers = target["answers"]
            if answers:
                first = next(iter(answers))
                answers[key] = answers.pop(first)
        elif kind == "workshop day":
            meta["day"] = key
        elif kind == "closed day":
            meta["closed_day"] = key
        else:
            target["day"] = key
    with tempfile.TemporaryDirectory() as folder:
        store = WorkshopStore(Path(folder) / "lead")
        path = craft(Path(folder) / "mutated.wkbundle", [doc])
        try:
            report = import_bundle(store, path, library=LIBRARY)
        except BundleDataError as error:
            event(f"refused: {error.code}")
            assert problem_of(error) is not None and error.code.startswith("bundle_")
            assert list(Path(folder, "lead").glob("*.json")) == []
        else:
            event("imported")
            assert report.added == (meta["id"],)
            stored = json.loads(store.read_raw(meta["id"]))
            assert stored == json.loads(json.dumps(doc))
        store.flush_listing()  # no index write while the folder is removed
