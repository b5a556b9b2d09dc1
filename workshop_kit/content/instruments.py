"""Survey instruments that sessions can name as their before/after survey.

For now this finds the instruments in a content root's ``instruments/`` folder by their
``id``; reading and checking the items themselves comes with the surveys feature.
"""

from __future__ import annotations

from pathlib import Path

from workshop_kit.content.files import INSTRUMENTS_FOLDER
from workshop_kit.content.problems import Problem
from workshop_kit.content.yamlsource import MAP, SCALAR, YamlError, read_yaml

__all__ = ["INSTRUMENTS_FOLDER", "find_instruments"]


def find_instruments(root: Path) -> tuple[dict[str, Path], list[Problem]]:
    """Instrument ids found in ``root/instruments/*.yaml``, with any problems."""
    found: dict[str, Path] = {}
    problems: list[Problem] = []
    folder = root / INSTRUMENTS_FOLDER
    if not folder.is_dir():
        return found, problems
    for path in sorted(folder.glob("*.yaml")):
        try:
            node, _ = read_yaml(path)
        except YamlError as exc:
            problems.append(exc.problem)
            continue
        ident = node.value.get("id") if node is not None and node.kind == MAP else None
        if ident is None or ident.kind != SCALAR or not isinstance(ident.value, str):
            problems.append(Problem(path, node.line if node else 1, "instrument has no 'id'"))
        elif ident.value in found:
            problems.append(
                Problem(
                    path,
                    ident.line,
                    f"instrument id '{ident.value}' is already used by {found[ident.value]}",
                )
            )
        else:
            found[ident.value] = path
    return found, problems
