"""One place for each fact: the short workshop code and which languages read right to left
are defined once, and no other module works them out again."""

from __future__ import annotations

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "workshop_kit"
CODE_HOME = PACKAGE / "records" / "model.py"
LANGUAGES_HOME = PACKAGE / "languages.py"


def modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _names(node: ast.AST) -> str:
    """The source-ish spelling of an expression, for telling ids from other values."""
    return ast.unparse(node).lower()


def _slices_an_id(node: ast.Subscript) -> bool:
    """``something_id[:n]`` or ``x.id[:n]``: the start of an id cut off by hand."""
    if not isinstance(node.slice, ast.Slice) or node.slice.lower is not None:
        return False
    if node.slice.upper is None:
        return False
    return bool(re.search(r"(^|[._])(id|wid)$", _names(node.value)))


def test_no_module_but_the_model_cuts_a_workshop_code_from_an_id():
    offenders = []
    for path in modules():
        if path == CODE_HOME:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Subscript) and _slices_an_id(node):
                offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno}: {_names(node)}")
    assert offenders == []


def test_only_the_model_defines_a_workshop_code():
    offenders = []
    for path in modules():
        if path == CODE_HOME:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name in {
                "workshop_code",
                "short_code",
            }:
                offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno}: {node.name}")
            if isinstance(node, ast.Assign | ast.AnnAssign):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for target in targets:
                    if isinstance(target, ast.Name) and target.id == "WORKSHOP_CODE_LENGTH":
                        offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert offenders == []


def test_the_slice_check_catches_a_hand_made_code():
    tree = ast.parse("code = workshop.id[:6].upper()\nother = wid[:8]\nfine = text[:6]")
    found = [n for n in ast.walk(tree) if isinstance(n, ast.Subscript) and _slices_an_id(n)]
    assert sorted(_names(n) for n in found) == ["wid[:8]", "workshop.id[:6]"]


def test_the_workshop_code_is_the_start_of_the_id_in_capitals():
    from workshop_kit.records.model import Workshop, workshop_code

    assert workshop_code("3fa85f6457174562b3fc2c963f66afa6") == "3FA85F"
    workshop = Workshop(
        id="3fa85f6457174562b3fc2c963f66afa6",
        curriculum_id="equal-voices",
        session_ids=("s1",),
        site="East Amman centre",
        day="2024-03-02",
        language="ar",
        facilitator_initials="AB",
        expected_participants=12,
    )
    assert workshop.code == "3FA85F"


_RTL_CODES = {"ar", "ur", "fa", "he", "ps", "yi", "dv", "ckb"}


def _language_lists(tree: ast.AST) -> list[ast.AST]:
    """Set, tuple, list and dict literals holding an RTL language code and another one:
    a module's own idea of which languages read right to left."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Set | ast.Tuple | ast.List):
            values = node.elts
        elif isinstance(node, ast.Dict):
            values = [k for k in node.keys if k is not None]
        else:
            continue
        codes = {v.value for v in values if isinstance(v, ast.Constant)}
        if len(codes & _RTL_CODES) >= 2:
            found.append(node)
    return found


def test_only_the_languages_module_lists_right_to_left_languages():
    offenders = []
    for path in modules():
        if path == LANGUAGES_HOME:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        offenders += [f"{path.relative_to(PACKAGE)}:{n.lineno}" for n in _language_lists(tree)]
        for node in tree.body:  # module-level constants such as RTL_LANGUAGES or _RTL
            if isinstance(node, ast.Assign):
                for target in node.targets:
                    name = target.id if isinstance(target, ast.Name) else ""
                    if name.strip("_") == "RTL" or "RTL_LANG" in name:
                        offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno}: {name}")
    assert offenders == []


def test_the_language_list_check_catches_a_second_list():
    tree = ast.parse('_RTL = {"ar", "ur", "fa"}\nLATIN = ("en", "fr")\nBOTH = {"en": 1, "ar": 2}')
    assert [n.lineno for n in _language_lists(tree)] == [1]


def test_only_the_languages_module_holds_the_native_names():
    offenders = []
    for path in modules():
        if path == LANGUAGES_HOME:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Dict):
                continue
            pairs = {
                k.value: v.value
                for k, v in zip(node.keys, node.values, strict=True)
                if isinstance(k, ast.Constant) and isinstance(v, ast.Constant)
            }
            if pairs.get("ar") == "العربية" or pairs.get("fr") == "Français":
                offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert offenders == []
