"""Read YAML into a small tree of nodes that remember their line numbers.

PyYAML's ``safe_load`` forgets where each value came from; authors need
``file:line`` in every message. We compose the YAML (safe: no arbitrary objects),
then turn the composed nodes into :class:`Node` objects. Mapping keys keep their
literal text, so a language code such as ``no`` never turns into ``False``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workshop_kit.content.problems import Problem

__all__ = ["MAP", "SCALAR", "SEQ", "Node", "YamlError", "parse_yaml", "read_yaml"]

MAP, SEQ, SCALAR = "mapping", "list", "value"

_MAX_NODES = 200_000  # far above any real curriculum; stops alias bombs


@dataclass
class Node:
    """A YAML value with the (1-based) line it starts on.

    ``value`` is a ``dict[str, Node]`` for a mapping, a ``list[Node]`` for a list, and the
    constructed Python value (str, int, bool, None, ...) for a scalar; ``raw`` is the
    scalar's source text.
    """

    kind: str
    value: Any
    line: int
    raw: str | None = None
    key_lines: dict[str, int] = field(default_factory=dict)

    def describe(self) -> str:
        if self.kind == SCALAR:
            return "an empty value" if self.value is None else f"the value {self.raw!r}"
        return f"a {self.kind}"


class YamlError(Exception):
    """The file is not valid YAML or not readable; carries a :class:`Problem`."""

    def __init__(self, problem: Problem):
        super().__init__(str(problem))
        self.problem = problem


def _yaml():
    # Imported on first parse: the app starts from its cache without needing PyYAML.
    import yaml

    return yaml


class _Builder:
    def __init__(self, path: Path):
        yaml = _yaml()
        self._yaml = yaml
        self.path = path
        self.count = 0
        self.duplicates: list[Problem] = []
        self._constructor = yaml.constructor.SafeConstructor()

    def build(self, node: Any) -> Node:
        yaml = self._yaml
        self.count += 1
        if self.count > _MAX_NODES:
            raise YamlError(Problem(self.path, node.start_mark.line + 1, "file is too large"))
        line = node.start_mark.line + 1
        if isinstance(node, yaml.MappingNode):
            values: dict[str, Node] = {}
            key_lines: dict[str, int] = {}
            for key_node, value_node in node.value:
                key_line = key_node.start_mark.line + 1
                if not isinstance(key_node, yaml.ScalarNode):
                    raise YamlError(Problem(self.path, key_line, "a key must be a plain name"))
                key = key_node.value
                if key in values:
                    self.duplicates.append(
                        Problem(self.path, key_line, f"'{key}' appears twice in the same block")
                    )
                values[key] = self.build(value_node)
                key_lines[key] = key_line
            return Node(MAP, values, line, key_lines=key_lines)
        if isinstance(node, yaml.SequenceNode):
            return Node(SEQ, [self.build(item) for item in node.value], line)
        try:
            value = self._constructor.construct_object(node, deep=True)
        except yaml.YAMLError:
            value = node.value
        return Node(SCALAR, value, line, raw=node.value)


def parse_yaml(text: str, path: Path) -> tuple[Node | None, list[Problem]]:
    """Parse ``text``; returns the root node (None for an empty file) and any
    duplicate-key problems. Raises :class:`YamlError` for text that is not YAML."""
    yaml = _yaml()
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        composed = yaml.compose(text, Loader=loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else 1
        reason = exc.problem or exc.context or "not valid YAML"
        lines = text.splitlines()
        bad = lines[line - 1] if 0 < line <= len(lines) else ""
        if "\t" in bad[: len(bad) - len(bad.lstrip())]:
            reason = "tabs are not allowed for indenting; use spaces"
        elif exc.context and exc.context_mark is not None and exc.context_mark.line + 1 != line:
            reason += f" ({exc.context} that starts on line {exc.context_mark.line + 1})"
        raise YamlError(Problem(path, line, f"not valid YAML: {reason}")) from None
    except yaml.YAMLError as exc:
        raise YamlError(Problem(path, 1, f"not valid YAML: {exc}")) from None
    except RecursionError:
        raise YamlError(Problem(path, 1, "not valid YAML: nested too deeply")) from None
    if composed is None:
        return None, []
    builder = _Builder(path)
    try:
        root = builder.build(composed)
    except RecursionError:
        raise YamlError(Problem(path, 1, "nested too deeply")) from None
    return root, builder.duplicates


def read_yaml(path: Path) -> tuple[Node | None, list[Problem]]:
    """Read and parse a YAML file; unreadable files raise :class:`YamlError`."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise YamlError(Problem(path, 1, "file not found")) from None
    except UnicodeDecodeError as exc:
        line = path.read_bytes()[: exc.start].count(b"\n") + 1
        raise YamlError(Problem(path, line, "not UTF-8 text; save the file as UTF-8")) from None
    except OSError as exc:
        raise YamlError(Problem(path, 1, f"cannot read the file: {exc.strerror}")) from None
    return parse_yaml(text, path)
