"""Print requests: checked with clear errors, turned into the right documents."""

from __future__ import annotations

from pathlib import Path

import pytest

from workshop_kit.content.library import ContentRoot, load_library
from workshop_kit.pdf.requests import PrintRequest, RequestError, documents_for
from workshop_kit.records.store import WorkshopStore
from workshop_kit.site import SiteInfo

BUNDLED = Path(__file__).resolve().parents[2] / "curricula"


@pytest.fixture(scope="module")
def library():
    return load_library([ContentRoot(BUNDLED, bundled=True)])


@pytest.fixture
def store():
    return WorkshopStore(memory=True)


@pytest.fixture
def workshop(store):
    return store.create_workshop(
        curriculum_id="equal-voices",
        session_ids=("gender-and-power", "help-rights-law"),
        site="Test",
        day="2026-11-20",
        language="ar",
        expected_participants=4,
        instrument_id="gbv-attitudes",
        instrument_version=1,
    )


@pytest.mark.parametrize(("request_", "message"), [
    (PrintRequest("poster", "en"), "unknown document kind 'poster'"),
    (PrintRequest("handout", "en", "equal-voices", "x", paper="A3"), "unknown paper size 'A3'"),
    (PrintRequest("handout", "fr", "equal-voices", "naming-violence"), "unknown language 'fr'"),
    (PrintRequest("handout", "en", "nope", "x"), "unknown curriculum 'nope'"),
    (PrintRequest("guide", "en", "equal-voices", "nope"), "unknown session 'nope'"),
    (PrintRequest("guide", "en", "equal-voices"), "name the session"),
    (PrintRequest("form", "en", instrument_id="nope"), "unknown survey instrument 'nope'"),
    (PrintRequest("pack", "en"), "a print pack is for a workshop"),
    (PrintRequest("handout", "en", "equal-voices", "speaking-up", copies=500), "copies"),
])  # fmt: skip
def test_bad_requests_say_what_is_wrong(library, store, request_, message):
    with pytest.raises(RequestError, match=message):
        documents_for(request_, library, SiteInfo(), store)


def test_unknown_workshop_lists_the_codes(library, store, workshop):
    with pytest.raises(RequestError, match=workshop.id[:6].upper()):
        documents_for(PrintRequest("pack", "en", workshop_id="f" * 32), library, SiteInfo(), store)


def test_single_documents_and_copies(library):
    docs = documents_for(
        PrintRequest("handout", "ar", "equal-voices", "naming-violence", copies=3),
        library,
        SiteInfo(),
    )
    assert len(docs) == 3 and {d.kind for d in docs} == {"handout"} and docs[0].lang == "ar"
    (guide,) = documents_for(
        PrintRequest("guide", "en", "equal-voices", "speaking-up"), library, SiteInfo()
    )
    assert guide.kind == "guide"


def test_form_takes_the_curriculums_survey_and_the_workshop_code(library, store, workshop):
    (form,) = documents_for(
        PrintRequest("form", "ar", "equal-voices", phase="post", workshop_id=workshop.id),
        library,
        SiteInfo(),
        store,
    )
    assert form.kind == "form" and workshop.id[:6].upper() in form.footer


def test_pack_for_the_workshops_participants(library, store, workshop):
    docs = documents_for(
        PrintRequest("pack", "ar", workshop_id=workshop.id), library, SiteInfo(), store
    )
    kinds = [d.kind for d in docs]
    # 2 guides, 4 handouts for each of 2 sessions, 4 forms before and 4 after
    assert kinds.count("guide") == 2 and kinds.count("handout") == 8
    assert kinds.count("form") == 8
