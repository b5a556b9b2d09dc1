"""Survey instruments: the format is checked with file:line errors, and the bundled
gbv-attitudes instrument is complete."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.helpers import line_of, make_content, replace_once
from workshop_kit.content.instruments import load_instrument
from workshop_kit.content.library import ContentRoot, load_library

BUNDLED = Path(__file__).resolve().parents[2] / "curricula"
ARABIC = re.compile("[\u0600-\u06ff]")


def instrument_file(tmp_path) -> Path:
    make_content(tmp_path)
    return tmp_path / "instruments" / "test-survey.yaml"


def test_valid_instrument_loads(tmp_path):
    instrument, iid, problems = load_instrument(instrument_file(tmp_path))
    assert problems == [] and iid == "test-survey"
    assert instrument.version == 2
    assert [i.id for i in instrument.items] == ["hit_ok", "never_ok", "goes_out"]
    assert instrument.item("never_ok").reverse
    assert instrument.item("goes_out").block.stem.get("ar").startswith("يحق للزوج")
    assert instrument.item("goes_out").scale.values == (1, 0, 9)
    assert instrument.item("hit_ok").scale.option(3).label.get("en") == "Agree"


BROKEN = [
    (
        "unknown-key",
        "    construct: violence_acceptance\n    reverse: true",
        "    construct: violence_acceptance\n    reversed: true",
        "reversed: true",
        r"unknown key 'reversed'.*did you mean 'reverse'",
    ),
    (
        "unknown-scale",
        "    scale: agree3\n    construct: violence_acceptance\n  - id: never_ok",
        "    scale: agree5\n    construct: violence_acceptance\n  - id: never_ok",
        "scale: agree5",
        r"there is no scale 'agree5' \(defined: agree3, ynd\)",
    ),
    (
        "unknown-block",
        "block: reasons",
        "block: motives",
        "block: motives",
        "there is no block 'motives'",
    ),
    (
        "duplicate-item-id",
        "  - id: never_ok",
        "  - id: hit_ok  # twice",
        "# twice",
        "item id 'hit_ok' is used twice",
    ),
    (
        "wrong-option-count",
        "      - {value: 2, label: {en: Partly agree, ar: أوافق جزئيًا}}\n",
        "",
        "{value: 1, label: {en: Disagree",
        "agreement-3 scale needs 3 options, not 2",
    ),
    (
        "duplicate-value",
        "{value: 2, label: {en: Partly",
        "{value: 1, label: {en: Partly",
        "{value: 1, label: {en: Partly",
        "value 1 is used twice",
    ),
    (
        "unknown-scale-type",
        "type: yes-no-dk",
        "type: yes-no",
        "type: yes-no",
        r"unknown type 'yes-no'.*did you mean 'yes-no-dk'",
    ),
    (
        "agreement-out-of-order",
        "{value: 3, label: {en: Agree",
        "{value: 0, label: {en: Agree",
        "{value: 1, label: {en: Disagree",
        "rising values",
    ),
    (
        "yes-no-values",
        "{value: 9, label: {en: Don't know",
        "{value: 2, label: {en: Don't know",
        '{value: 1, label: {en: "Yes"',
        "yes 1, no 0, don't know 9",
    ),
    (
        "reverse-not-bool",
        "reverse: true",
        "reverse: sometimes",
        "reverse: sometimes",
        "reverse must be true or false",
    ),
    (
        "missing-construct",
        "    construct: dhs_justification\n",
        "",
        "  - id: goes_out",
        "missing the required key 'construct'",
    ),
    (
        "missing-version",
        "version: 2\n",
        "",
        "id: test-survey",
        "missing the required key 'version'",
    ),
    (
        "missing-translation-is-only-a-warning",
        "      ar: العنف في البيت غير مقبول أبدًا.\n",
        "",
        "      en: Violence at home",
        "no ar translation",
    ),
]


def matching(problems, pattern):
    return [p for p in problems if re.search(pattern, p.message)]


@pytest.mark.parametrize(
    ("name", "old", "new", "at", "message"), BROKEN, ids=[case[0] for case in BROKEN]
)
def test_broken_instrument_reports_file_and_line(tmp_path, name, old, new, at, message):
    path = instrument_file(tmp_path)
    replace_once(path, old, new)
    instrument, _, problems = load_instrument(path)
    found = matching(problems, message)
    assert found, f"{name}: nothing matches {message!r} in {problems}"
    assert found[0].line == line_of(path, at)
    assert found[0].path == path
    if name.endswith("only-a-warning"):
        assert instrument is not None and not found[0].is_error
    else:
        assert instrument is None


def test_broken_instrument_is_not_offered_but_its_curricula_still_load(tmp_path):
    path = instrument_file(tmp_path)
    replace_once(path, "type: yes-no-dk", "type: yes-no")
    library = load_library([ContentRoot(tmp_path, bundled=False)])
    assert library.instruments == ()
    assert [c.id for c in library.curricula] == ["test-course"]  # it names test-survey
    assert matching(library.errors, "unknown type 'yes-no'")


def test_bundled_instrument_is_complete():
    library = load_library([ContentRoot(BUNDLED, bundled=True)])
    assert library.problems == ()
    survey = library.instrument("gbv-attitudes")
    assert 12 <= len(survey.items) <= 20
    first = survey.items[0]
    assert first.text.get("en") == (
        "A man may hit his wife if she behaves in an antagonising manner."
    )
    texts = " ".join(i.text.get("en") for i in survey.items)
    assert "tolerate violence to keep the family together" in texts
    dhs = [i for i in survey.items if i.block is not None]
    assert len(dhs) == 5 and {i.scale.type for i in dhs} == {"yes-no-dk"}
    assert any(i.reverse for i in survey.items)
    assert {"violence_acceptance", "help_knowledge", "bystander_confidence"} <= {
        i.construct for i in survey.items
    }
    for item in survey.items:
        assert ARABIC.search(item.text.get("ar")) and item.text.has("ar")
        for option in item.scale.options:
            assert option.label.has("ar") and option.label.has("en")


def test_equal_voices_uses_the_survey_before_and_after():
    course = load_library([ContentRoot(BUNDLED, bundled=True)]).curriculum("equal-voices")
    assert course.sessions[0].survey_before == "gbv-attitudes"
    assert course.sessions[-1].survey_after == "gbv-attitudes"
