"""Workshops and responses refuse anything that breaks the data rules, with clear messages."""

from __future__ import annotations

from dataclasses import replace

import pytest

from workshop_kit.records.matchcode import MATCH_ELEMENTS
from workshop_kit.records.model import Response, Workshop, new_id

WORKSHOP = {
    "id": "0" * 31 + "a",
    "curriculum_id": "equal-voices",
    "session_ids": ("gender-and-power",),
    "site": "East Amman centre",
    "day": "2024-05-01",
    "language": "ar",
    "expected_participants": 30,
}
RESPONSE = {
    "id": "1" * 32,
    "workshop_id": "0" * 31 + "a",
    "phase": "pre",
    "instrument_id": "gbv-attitudes",
    "instrument_version": 1,
    "answers": {"hit-wife": 1, "tolerate": None},
    "entry_mode": "kiosk",
    "day": "2024-05-01",
}


def workshop(**changes):
    return Workshop(**{**WORKSHOP, **changes})


def response(**changes):
    return Response(**{**RESPONSE, **changes})


def test_a_valid_workshop_round_trips_through_its_document():
    w = workshop(facilitator_initials="RA", instrument_id="gbv-attitudes", instrument_version=2)
    assert Workshop.from_doc(w.to_doc()) == w
    assert w.to_doc()["session_ids"] == ["gender-and-power"]
    assert w.is_open


def test_session_ids_given_as_a_list_become_a_tuple():
    assert workshop(session_ids=["a", "b"]).session_ids == ("a", "b")


def test_site_is_one_tidy_line():
    assert workshop(site="  East   Amman\ncentre ").site == "East Amman centre"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"id": "not-a-uuid"}, "workshop id"),
        ({"id": "A" * 32}, "workshop id"),
        ({"id": "0" * 31 + "a\n"}, "workshop id"),
        ({"curriculum_id": "Equal Voices"}, "curriculum_id"),
        ({"session_ids": ()}, "at least one session"),
        ({"session_ids": "gender-and-power"}, "session_ids"),
        ({"session_ids": ("a", "a")}, "repeats"),
        ({"site": "   "}, "site must name a place"),
        ({"site": "x" * 81}, "at most 80"),
        ({"site": 12}, "site must be text"),
        ({"day": "2024-05-01T10:00"}, "no time"),
        ({"day": "20240501"}, "YYYY-MM-DD"),
        ({"day": "٢٠٢٤-٠٥-٠١"}, "YYYY-MM-DD"),
        ({"day": "2024-02-30"}, "not a real day"),
        ({"language": "Arabic"}, "language"),
        ({"expected_participants": 0}, "1 to 500"),
        ({"expected_participants": 501}, "1 to 500"),
        ({"expected_participants": True}, "whole number"),
        ({"facilitator_initials": "Rania"}, "initials, never a name"),
        ({"facilitator_initials": "R.A."}, "letters"),
        ({"instrument_id": "gbv-attitudes"}, "set together"),
        ({"instrument_id": "gbv", "instrument_version": 0}, "instrument_version"),
        ({"status": "archived"}, "status"),
        ({"closed_day": "2024-05-02"}, "no closed_day"),
        ({"status": "closed"}, "closed_day"),
    ],
)
def test_workshop_rejects(changes, message):
    with pytest.raises(ValueError, match=message):
        workshop(**changes)


def test_arabic_initials_are_letters_too():
    assert workshop(facilitator_initials="رع").facilitator_initials == "رع"


def test_workshop_from_a_document_with_an_unknown_field_is_a_value_error():
    with pytest.raises(ValueError, match="fields are wrong"):
        Workshop.from_doc({**workshop().to_doc(), "facilitator_name": "Rania"})


def test_a_valid_response_round_trips_and_its_answers_cannot_be_changed():
    r = response(match_hashes=("0123456789abcdef",) + (None,) * (len(MATCH_ELEMENTS) - 1))
    assert Response.from_doc(r.to_doc(), r.workshop_id) == r
    assert "workshop_id" not in r.to_doc()
    with pytest.raises(TypeError):
        r.answers["hit-wife"] = 5  # type: ignore[index]


def test_a_closed_response_document_holds_no_match_code_at_all():
    doc = response(pair=3).to_doc()
    assert doc["pair"] == 3
    assert "match_hashes" not in doc


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"id": "x"}, "response id"),
        ({"workshop_id": "x"}, "workshop id"),
        ({"phase": "during"}, "phase must be one of pre, post"),
        ({"entry_mode": "phone"}, "entry_mode"),
        ({"day": "01/05/2024"}, "YYYY-MM-DD"),
        ({"instrument_version": "1"}, "whole number"),
        ({"answers": {"hit-wife": "agree"}}, "option value"),
        ({"answers": {"hit-wife": 2.5}}, "option value"),
        ({"answers": {"hit-wife": True}}, "option value"),
        ({"answers": {"Her name is": 1}}, "item id"),
        ({"answers": [1, 2]}, "answers must map"),
        ({"match_hashes": ("abc",) * len(MATCH_ELEMENTS)}, "hex characters"),
        ({"match_hashes": ("0123456789abcdef",)}, "entries"),
        ({"match_hashes": "0123456789abcdef"}, "must be a list"),
        ({"pair": 0}, "pair"),
        ({"pair": 1, "match_hashes": (None,) * len(MATCH_ELEMENTS)}, "keeps no match hashes"),
    ],
)
def test_response_rejects(changes, message):
    with pytest.raises(ValueError, match=message):
        response(**changes)


def test_new_ids_are_random_uuid4_hex():
    ids = {new_id() for _ in range(100)}
    assert len(ids) == 100
    assert all(len(i) == 32 and i[12] == "4" for i in ids)


def test_replace_revalidates():
    with pytest.raises(ValueError, match="phase"):
        replace(response(), phase="later")
