"""The instrument format's optional ``about_you:`` block: loaded, checked with file:line
problems, never scored, and never a crash whatever the block holds."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.about_you_data import ABOUT_YOU_YAML, add_about_you, gbv_with_about_you
from tests.helpers import line_of, make_content, replace_once
from workshop_kit.content.instruments import load_instrument


def survey(tmp_path: Path) -> Path:
    make_content(tmp_path)
    return add_about_you(tmp_path / "instruments" / "test-survey.yaml")


def test_about_you_items_load_with_every_language(tmp_path):
    instrument, _, problems = load_instrument(survey(tmp_path))
    assert problems == []
    assert [a.id for a in instrument.about_you] == ["sex", "age_band"]
    sex = instrument.about("sex")
    assert sex.values == (1, 2)
    assert sex.option(1).label.get("ar") == "امرأة"
    assert sex.name.get("en") == "Sex"


def test_about_you_items_are_not_survey_items(tmp_path):
    instrument = gbv_with_about_you(tmp_path)
    ids = {i.id for i in instrument.items}
    assert not ids & {a.id for a in instrument.about_you}
    with pytest.raises(KeyError):
        instrument.item("sex")


def test_an_instrument_without_the_block_has_none(tmp_path):
    make_content(tmp_path)
    instrument, _, _ = load_instrument(tmp_path / "instruments" / "test-survey.yaml")
    assert instrument.about_you == ()


BROKEN = [
    (
        "unknown-key",
        '    text: {en: "How',
        '    txt: {en: "How',
        'txt: {en: "How',
        r"unknown key 'txt'",
    ),
    (
        "prefer-not-listed",
        "        label: {en: A man, ar: رجل}",
        "        label: {en: Prefer not to say, ar: أفضّل عدم القول}",
        "Prefer not to say",
        "the app always adds it itself",
    ),
    (
        "missing-language",
        "    name: {en: Age, ar: العمر}",
        "    name: {en: Age}",
        "name: {en: Age}",
        "needs every language of the survey; missing: ar",
    ),
    (
        "value-twice",
        "      - value: 2\n        label: {en: A man",
        "      - value: 1  # twice\n        label: {en: A man",
        "value: 1  # twice",
        "value 1 is used twice",
    ),
    (
        "id-of-an-item",
        "  - id: sex",
        "  - id: hit_ok  # again",
        "  - id: hit_ok  # again",
        "already used by a survey item",
    ),
    (
        "one-option",
        "      - value: 3\n        label: {en: 35 or older, ar: 35 أو أكثر}\n",
        "",
        "  - id: age_band",
        "",
    ),
    ("bad-value", "      - value: 3", "      - value: -9", "value: -9", "between 1 and 99"),
]


@pytest.mark.parametrize(
    ("name", "old", "new", "at", "message"), BROKEN, ids=[b[0] for b in BROKEN]
)
def test_broken_about_you_names_file_and_line(tmp_path, name, old, new, at, message):
    path = survey(tmp_path)
    if name == "one-option":  # leave age_band with one option
        text = path.read_text(encoding="utf-8")
        start = text.index("      - value: 2\n        label: {en: 25")
        path.write_text(text[:start], encoding="utf-8")
        at, message = (
            "    options:\n      - value: 1\n        label: {en: 15",
            "needs 2 to 8 options, not 1",
        )
    else:
        replace_once(path, old, new)
    instrument, _, problems = load_instrument(path)
    assert instrument is None
    found = [p for p in problems if re.search(message, p.message) and p.is_error]
    assert found, problems
    assert found[0].path == path
    if name == "one-option":
        assert found[0].line == line_of(path, "label: {en: 15 to 24") - 1
    else:
        assert found[0].line == line_of(path, at)


# ------------------------------------------------------------------- property test

_keys = st.sampled_from(["id", "name", "text", "options", "value", "label", "en", "ar", "x"])
_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-200, 200),
    st.text(max_size=8),
    st.sampled_from(["sex", "Prefer not to say", "A woman", "1"]),
)
_nodes = st.recursive(
    _scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(_keys, inner, max_size=5)),
    max_leaves=25,
)
_good = yaml.safe_load(ABOUT_YOU_YAML)["about_you"]


@st.composite
def _blocks(draw):
    block = [dict(entry) for entry in _good]
    choice = draw(st.integers(0, 3))
    if choice == 0:
        return draw(_nodes)  # anything at all
    entry = block[draw(st.integers(0, len(block) - 1))]
    key = draw(st.sampled_from(["id", "name", "text", "options", "extra"]))
    if choice == 1:
        entry[key] = draw(_nodes)
    elif choice == 2:
        entry.pop(key, None)
    else:
        options = list(entry["options"])
        options[draw(st.integers(0, len(options) - 1))] = draw(_nodes)
        entry["options"] = options
    return block


_BASE = None


def _base() -> str:
    global _BASE
    if _BASE is None:
        with tempfile.TemporaryDirectory() as folder:
            make_content(Path(folder))
            _BASE = (Path(folder) / "instruments" / "test-survey.yaml").read_text(encoding="utf-8")
    return _BASE


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(block=_blocks())
def test_a_broken_about_you_block_is_a_clear_problem_never_a_crash(block):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "survey.yaml"
        dumped = yaml.safe_dump({"about_you": block}, allow_unicode=True, sort_keys=False)
        path.write_text(_base() + "\n" + dumped, encoding="utf-8")
        instrument, _, problems = load_instrument(path)
        lines = len(path.read_text(encoding="utf-8").splitlines())
    for problem in problems:
        assert problem.path == path
        assert 1 <= problem.line <= lines
        assert problem.message.strip()
    if instrument is None:
        assert any(p.is_error for p in problems)
        return
    assert not any(p.is_error for p in problems)
    for about in instrument.about_you:
        assert 2 <= len(about.options) <= 8
        assert len(set(about.values)) == len(about.values)
        assert all(about.name.has(lang) and about.text.has(lang) for lang in ("en", "ar"))
        assert all("prefer not" not in o.label.get("en").casefold() for o in about.options)
        assert about.id not in {i.id for i in instrument.items}
