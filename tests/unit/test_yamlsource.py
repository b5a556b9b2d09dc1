"""The YAML reader keeps line numbers, keeps keys literal and never crashes on junk."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.helpers import make_content
from workshop_kit.content.loader import load_curriculum
from workshop_kit.content.yamlsource import MAP, SCALAR, SEQ, YamlError, parse_yaml

P = Path("x.yaml")


def test_nodes_remember_lines_and_keys_stay_literal():
    root, duplicates = parse_yaml("a: 1\nlist:\n  - x\n  - {en: hi}\nno: yes\n", P)
    assert duplicates == []
    assert root.kind == MAP
    assert root.key_lines == {"a": 1, "list": 2, "no": 5}
    items = root.value["list"]
    assert items.kind == SEQ and [n.line for n in items.value] == [3, 4]
    assert items.value[1].value["en"].raw == "hi"
    assert "no" in root.value  # a language code, not the boolean False
    assert root.value["no"].kind == SCALAR and root.value["no"].value is True
    assert root.value["a"].value == 1


def test_duplicate_keys_are_reported():
    _, duplicates = parse_yaml("a: 1\nb: 2\na: 3\n", P)
    assert [(d.line, d.message) for d in duplicates] == [(3, "'a' appears twice in the same block")]


def test_empty_document_is_none():
    assert parse_yaml("# only a comment\n", P) == (None, [])


@pytest.mark.slow
def test_alias_bomb_is_refused():
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n"
    for i in range(1, 9):
        bomb += (
            f"l{i}: &l{i} [" + ", ".join([f"*{'a' if i == 1 else 'l' + str(i - 1)}"] * 9) + "]\n"
        )
    try:
        parse_yaml(bomb, P)
    except YamlError as exc:
        assert "too large" in exc.problem.message
    else:
        raise AssertionError("an alias bomb must be refused")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_any_text_parses_or_gives_a_located_problem(text):
    try:
        parse_yaml(text, P)
    except YamlError as exc:
        assert exc.problem.path == P
        # YAML also breaks lines at \r, NEL, LS and PS, so count those as lines too.
        breaks = len(re.findall("\r\n|[\n\r\x85\u2028\u2029]", text))
        assert 1 <= exc.problem.line <= breaks + 2


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_damaged_session_never_crashes_the_loader(tmp_path_factory, data):
    """Delete, duplicate or garble lines of a valid session: the loader either loads it
    or reports problems that point inside the files."""
    root = tmp_path_factory.mktemp("content")
    folder = make_content(root)
    path = folder / "sessions" / "01-first.yaml"
    lines = path.read_text(encoding="utf-8").splitlines()
    index = data.draw(st.integers(0, len(lines) - 1))
    action = data.draw(st.sampled_from(["delete", "duplicate", "garble", "indent"]))
    if action == "delete":
        del lines[index]
    elif action == "duplicate":
        lines.insert(index, lines[index])
    elif action == "garble":
        lines[index] = data.draw(st.text(max_size=20))
    else:
        lines[index] = "  " + lines[index]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    curriculum, problems = load_curriculum(folder, {"test-survey"})
    assert curriculum is not None or any(p.is_error for p in problems)
    for problem in problems:
        assert problem.path.exists()
        count = len(problem.path.read_text(encoding="utf-8").splitlines())
        assert 1 <= problem.line <= count + 1, problem
