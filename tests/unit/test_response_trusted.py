"""Responses are validated once: the quick acceptance of ``Response.from_doc`` and the
trusted builder of documents already checked build exactly what the validating constructor
builds, the quick path never takes a document the constructor refuses, and a bad response
from outside (a bundle) is still refused."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.unit.test_bundle import LIBRARY, closed_workshop, craft, document
from workshop_kit.records import model
from workshop_kit.records.bundle import BundleError, import_bundle
from workshop_kit.records.matchcode import HASH_LENGTH
from workshop_kit.records.model import MATCH_CODE_LENGTH, RECORD_KEY_LIMIT, Response
from workshop_kit.records.storage import parse_document, validate_document
from workshop_kit.records.store import WorkshopStore

pytestmark = pytest.mark.usefixtures("every_save_rewrites")  # the full-rewrite path (folds)

HEX = "0123456789abcdef"
uuids = st.text(HEX, min_size=32, max_size=32)
item_ids = st.sampled_from(["q1", "q2", "att-3", "x_9", "b"]) | st.from_regex(
    r"\A[a-z0-9][a-z0-9_-]{0,10}\Z"
)
days = st.dates().map(lambda d: d.isoformat()).filter(lambda d: len(d) == 10)
hashes = st.lists(
    st.none() | st.text(HEX, min_size=HASH_LENGTH, max_size=HASH_LENGTH),
    min_size=MATCH_CODE_LENGTH,
    max_size=MATCH_CODE_LENGTH,
)


@st.composite
def valid_docs(draw: st.DrawFn) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "id": draw(uuids),
        "phase": draw(st.sampled_from(model.PHASES)),
        "instrument_id": draw(item_ids),
        "instrument_version": draw(st.integers(1, 50)),
        "answers": draw(st.dictionaries(item_ids, st.none() | st.integers(-10, 10), max_size=6)),
        "entry_mode": draw(st.sampled_from(model.ENTRY_MODES)),
        "day": draw(days),
    }
    kind = draw(st.sampled_from(["open", "paired", "closed", "old"]))
    if kind == "open":
        doc["match_hashes"] = draw(hashes)
    elif kind == "paired":
        doc["pair"] = draw(st.integers(1, 10_000))
    if kind != "old":
        doc["record_key"] = draw(st.integers(0, RECORD_KEY_LIMIT - 1))
    return doc


def _constructed(doc: Any, workshop_id: Any) -> Response | str:
    """What the validating constructor makes of ``doc``: the response, or its error."""
    try:
        return Response(workshop_id=workshop_id, **doc)
    except (TypeError, ValueError) as error:
        return f"{type(error).__name__}: {error}"


def _same(a: Response, b: Response) -> bool:
    return (
        a == b
        and type(a.answers) is type(b.answers)
        and type(a.match_hashes) is type(b.match_hashes)
    )


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(valid_docs(), uuids)
def test_the_trusted_builder_builds_what_the_constructor_builds(doc, workshop_id) -> None:
    built = _constructed(copy.deepcopy(doc), workshop_id)
    assert isinstance(built, Response)
    trusted = Response.trusted(copy.deepcopy(doc), workshop_id)
    assert _same(trusted, built)
    assert _same(Response.from_doc(copy.deepcopy(doc), workshop_id), built)
    assert trusted.to_doc() == doc
    assert hash(trusted.match_hashes) == hash(built.match_hashes)


# Ways to spoil a valid document: each value of a field replaced, a field dropped or added.
BAD_VALUES = [
    None, True, False, 0, 1, -1, 2**32, 1.0, "", "pre ", "PRE", "x" * 33, "2024-02-30",
    "2024-1-01", "٢٠٢٤-٠١-٠١", "A" * 32, "q 1", [], {}, (), [None] * MATCH_CODE_LENGTH,
    ["0" * HASH_LENGTH] * (MATCH_CODE_LENGTH - 1), {"q1": True}, {"Q1": 1}, {"q1": 1.0},
    {"q1": "1"}, {1: 1}, "kiosk", "paper", "post", "0" * 32,
]  # fmt: skip
FIELDS = ["id", "phase", "instrument_id", "instrument_version", "answers", "entry_mode", "day",
          "match_hashes", "pair", "record_key", "workshop_id", "extra"]  # fmt: skip


class Text(str):
    """A str subclass: the quick path leaves it to the constructor."""


def _bad(draw: st.DrawFn) -> Any:
    """A bad value of its own: the lists and dicts of BAD_VALUES are never shared (an
    example that changed one could make a later example's document contain itself)."""
    return copy.deepcopy(draw(st.sampled_from(BAD_VALUES)))


@st.composite
def spoiled_docs(draw: st.DrawFn) -> tuple[Any, Any]:
    doc = draw(valid_docs())
    workshop_id: Any = draw(uuids)
    for _ in range(draw(st.integers(1, 3))):
        field = draw(st.sampled_from(FIELDS))
        how = draw(st.sampled_from(["value", "drop", "text", "answer"]))
        if how == "drop":
            doc.pop(field, None)
        elif how == "text" and isinstance(doc.get(field), str):
            doc[field] = Text(doc[field])
        elif how == "answer" and isinstance(doc.get("answers"), dict) and doc["answers"]:
            key = draw(st.sampled_from(sorted(doc["answers"])))
            doc["answers"][key] = _bad(draw)
        else:
            doc[field] = _bad(draw)
    if draw(st.booleans()):
        workshop_id = copy.deepcopy(
            draw(st.sampled_from([*BAD_VALUES, Text("a" * 32), workshop_id]))
        )
    if draw(st.integers(0, 9)) == 0:
        return draw(st.sampled_from([None, [], "x", 3, json.dumps(doc)])), workshop_id
    return doc, workshop_id


@settings(max_examples=1500, suppress_health_check=[HealthCheck.too_slow])
@given(spoiled_docs())
def test_from_doc_refuses_exactly_what_the_constructor_refuses(case) -> None:
    doc, workshop_id = case
    try:
        expected = _constructed(copy.deepcopy(doc), workshop_id)
    except TypeError:  # ** of something that is not a mapping of names
        expected = "refused"
    if not isinstance(doc, dict) or not all(isinstance(k, str) for k in doc):
        expected = expected if isinstance(expected, Response) else "refused"
    try:
        got: Response | str = Response.from_doc(copy.deepcopy(doc), workshop_id)
    except ValueError:
        got = "refused"
    if isinstance(expected, Response):
        assert isinstance(got, Response) and _same(got, expected)
    else:
        assert got == "refused", f"from_doc took what the constructor refuses: {expected}"


def test_quick_acceptance_is_what_a_good_file_takes() -> None:
    """The quick path is not dead code: a stored response after the first is taken by it."""
    doc = {"id": "a" * 32, "phase": "pre", "instrument_id": "gbv", "instrument_version": 1,
           "answers": {"q1": 1, "q2": None}, "entry_mode": "kiosk", "day": "2024-05-01",
           "record_key": 7}  # fmt: skip
    Response.from_doc(dict(doc), "b" * 32)  # the constructor sees the ids and day first
    assert model._accepts(dict(doc))
    assert not model._accepts({**doc, "answers": {"q1": True}})
    assert not model._accepts(
        {**doc, "pair": 3, "match_hashes": ["0" * HASH_LENGTH] * MATCH_CODE_LENGTH}
    )


def _store_with_responses(tmp_path):
    store = WorkshopStore(tmp_path / "workshops")
    workshop = store.create_workshop(
        curriculum_id="c", session_ids=["s"], site="East centre", day="2024-05-01",
        language="en", expected_participants=10,
    )  # fmt: skip
    for phase in ("pre", "post", "pre"):
        store.add_response(
            workshop.id, phase=phase, instrument_id="gbv", instrument_version=1,
            answers={"q1": 1, "q2": None}, entry_mode="kiosk", code_answers=None,
        )  # fmt: skip
    return store, workshop


def test_a_checked_file_parses_to_the_responses_the_check_built(tmp_path) -> None:
    store, workshop = _store_with_responses(tmp_path)
    data = json.loads((tmp_path / "workshops" / f"{workshop.id}.json").read_text("utf-8"))
    checked = validate_document(copy.deepcopy(data), workshop.id)
    assert parse_document(copy.deepcopy(data)) == checked
    assert sorted(store.responses(workshop.id), key=lambda r: r.id) == sorted(
        checked[1], key=lambda r: r.id
    )


@pytest.mark.parametrize("bad", [True, "1", 1.5, [1]])
def test_a_bad_response_in_a_bundle_is_still_refused(tmp_path, user_data, bad) -> None:
    laptop = WorkshopStore(tmp_path / "centre")
    workshop_id = closed_workshop(laptop)
    doc = document(laptop, workshop_id)
    next(iter(doc["responses"].values()))["answers"]["hit_if_antagonising"] = bad
    lead = WorkshopStore(tmp_path / "lead")
    with pytest.raises(BundleError, match="not valid"):
        import_bundle(lead, craft(tmp_path / "spoiled.wkbundle", [doc]), library=LIBRARY)
    assert lead.list_workshops() == []
    good = document(laptop, workshop_id)  # the same bundle unspoiled is taken
    import_bundle(lead, craft(tmp_path / "good.wkbundle", [good]), library=LIBRARY)
    assert [w.id for w in lead.list_workshops()] == [workshop_id]
