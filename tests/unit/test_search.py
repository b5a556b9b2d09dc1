from __future__ import annotations

from pathlib import Path

import pytest

from workshop_kit.content.library import ContentRoot, load_library
from workshop_kit.content.search import normalise, search_sessions

BUNDLED = Path(__file__).resolve().parents[2] / "curricula"


@pytest.fixture(scope="module")
def curricula():
    return load_library([ContentRoot(BUNDLED, bundled=True)]).curricula


def ids(hits):
    return [hit.session.id for hit in hits]


def test_title_matches_come_first(curricula):
    hits = search_sessions(curricula, "allies")
    assert ids(hits)[0] == "men-as-allies"
    assert hits[0].in_title


def test_all_words_must_match(curricula):
    assert "naming-violence" in ids(search_sessions(curricula, "hit wife"))
    assert search_sessions(curricula, "hit wife zzzxq") == []


def test_arabic_search_ignores_hamza_and_diacritics(curricula):
    exact = ids(search_sessions(curricula, "حلفاء"))
    assert "men-as-allies" in exact
    # "امراة" without hamza and with a stray diacritic still finds "امرأة"
    assert ids(search_sessions(curricula, "اَمراة")) == ids(search_sessions(curricula, "امرأة"))
    assert search_sessions(curricula, "امرأة")


def test_empty_query_finds_nothing(curricula):
    assert search_sessions(curricula, "   ") == []


def test_normalise_folds_case_and_arabic_variants():
    assert normalise("Ｐass") == "pass"
    assert normalise("إيمانٌ") == normalise("ايمان")
    assert normalise("مدرسة") == normalise("مدرسه")
