"""Checking YAML nodes against the content format, collecting problems with lines.

Shared by the curriculum loader and the instrument loader.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

from workshop_kit.content.model import Text
from workshop_kit.content.problems import WARNING, Problem
from workshop_kit.content.yamlsource import MAP, SCALAR, SEQ, Node

__all__ = ["FieldReader", "close_matches", "optional", "read_languages"]

_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
_LANG = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")


class FieldReader:
    """Checks nodes of one file against the format, collecting problems."""

    def __init__(self, path: Path, languages: tuple[str, ...] = (), default: str = "en"):
        self.path = path
        self.languages = languages
        self.default = default
        self.problems: list[Problem] = []

    # -- reporting -------------------------------------------------------------------
    def error(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.path, line, message))

    def warn(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.path, line, message, WARNING))

    # -- structure -------------------------------------------------------------------
    def fields(self, node: Node, spec: dict[str, bool], what: str) -> dict[str, Node] | None:
        """Check a mapping's keys: unknown keys and missing required ones are errors."""
        if node.kind != MAP:
            self.error(
                node.line, f"{what} must be a block of 'key: value' lines, not {node.describe()}"
            )
            return None
        for key, line in node.key_lines.items():
            if key not in spec:
                close = close_matches(key, spec, n=1)
                hint = f" (did you mean '{close[0]}'?)" if close else ""
                allowed = ", ".join(spec)
                self.error(line, f"unknown key '{key}' in {what}{hint}; allowed: {allowed}")
        for key, required in spec.items():
            if required and key not in node.value:
                self.error(node.line, f"{what} is missing the required key '{key}'")
        return {k: v for k, v in node.value.items() if k in spec}

    def ident(self, node: Node, what: str) -> str | None:
        if node.kind == SCALAR and isinstance(node.value, str) and _ID.match(node.value):
            return node.value
        self.error(
            node.line,
            f"{what} must be a short name of lower-case letters, digits, '-' and '_' "
            f"(like 'naming-violence'), not {node.describe()}",
        )
        return None

    def integer(self, node: Node, what: str, low: int, high: int) -> int | None:
        value = node.value if node.kind == SCALAR else None
        if not isinstance(value, int) or isinstance(value, bool):
            self.error(node.line, f"{what} must be a whole number, not {node.describe()}")
            return None
        if not low <= value <= high:
            self.error(node.line, f"{what} must be between {low} and {high}, not {value}")
            return None
        return value

    def items(self, node: Node, what: str) -> list[Node]:
        if node.kind != SEQ:
            self.error(
                node.line,
                f"{what} must be a list (lines starting with '- '), not {node.describe()}",
            )
            return []
        return node.value

    # -- optional fields: read when present, None otherwise --------------------------
    def field_text(self, fields: dict[str, Node], key: str, what: str) -> Text | None:
        return self.text(fields[key], what) if key in fields else None

    def field_ident(self, fields: dict[str, Node], key: str, what: str) -> str | None:
        return self.ident(fields[key], what) if key in fields else None

    def field_int(self, fields: dict[str, Node], key: str, what: str, low: int, high: int):
        return self.integer(fields[key], what, low, high) if key in fields else None

    # -- text ------------------------------------------------------------------------
    def text(self, node: Node, what: str) -> Text | None:
        """A translation map (or a plain string in the default language)."""
        if node.kind == SCALAR and isinstance(node.raw, str) and node.value is not None:
            values = {self.default: node.raw}
        elif node.kind == MAP:
            values = {}
            for lang, value in node.value.items():
                line = node.key_lines[lang]
                if lang not in self.languages:
                    declared = ", ".join(self.languages)
                    self.error(
                        line,
                        f"{what}: language '{lang}' is not declared in "
                        f"curriculum.yaml (languages: {declared})",
                    )
                elif value.kind != SCALAR or value.value is None or not str(value.raw).strip():
                    self.error(
                        value.line, f"{what} in '{lang}' must be text, not {value.describe()}"
                    )
                else:
                    values[lang] = str(value.raw)
        else:
            self.error(
                node.line,
                f"{what} must be text, or one line per language like "
                f"'en: ...', not {node.describe()}",
            )
            return None
        missing = [lang for lang in self.languages if lang not in values]
        if missing and values:
            self.warn(
                node.line,
                f"{what} has no {', '.join(missing)} translation; "
                f"the {self.default} text will be shown instead",
            )
        return Text(values, self.default) if values else None

    def text_list(self, node: Node, what: str, *, required: bool) -> tuple[Text, ...]:
        result = []
        entries = self.items(node, what)
        for index, item in enumerate(entries, start=1):
            text = self.text(item, f"{what} #{index}")
            if text is not None:
                result.append(text)
        if required and node.kind == SEQ and not entries:
            self.error(node.line, f"{what} needs at least one entry")
        return tuple(result)


_T = TypeVar("_T")


def optional(fields: dict[str, Node], key: str, read: Callable[[Node], _T]) -> _T | None:
    """``read(node)`` for ``key`` when it is present, else None."""
    node = fields.get(key)
    return read(node) if node is not None else None


def read_languages(head: FieldReader, fields: dict[str, Node]) -> tuple[str, ...]:
    node = fields.get("languages")
    if node is None:
        return ()
    codes = []
    for item in head.items(node, "languages"):
        code = item.raw if item.kind == SCALAR else None
        if not code or not _LANG.match(code):
            head.error(item.line, f"'{code}' is not a language code like 'en' or 'ar'")
        elif code in codes:
            head.error(item.line, f"language '{code}' is listed twice")
        else:
            codes.append(code)
    if node.kind == SEQ and not node.value:
        head.error(node.line, "languages needs at least one language code")
    return tuple(codes)


def close_matches(word: str, choices: Iterable[str], n: int = 1) -> list[str]:
    import difflib  # only needed when there is a mistake to explain

    return difflib.get_close_matches(word, list(choices), n=n)
