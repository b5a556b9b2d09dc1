"""Load one curriculum folder into frozen dataclasses, checking everything an author can
get wrong. Every problem names the file and line; see ``curricula/README.md``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from pathlib import Path
from typing import Any

from workshop_kit.content.files import CURRICULUM_FILE
from workshop_kit.content.model import ACTIVITY_KINDS, Activity, Curriculum, Session, Text
from workshop_kit.content.problems import WARNING, Problem
from workshop_kit.content.yamlsource import MAP, SCALAR, SEQ, Node, YamlError, read_yaml

__all__ = ["CURRICULUM_FILE", "load_curriculum"]


_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
_LANG = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")
_DURATION = (30, 240)
_ACTIVITY_MINUTES = (1, 120)

# key -> required?  (the order is the order the README documents)
_CURRICULUM_KEYS = {
    "id": True,
    "version": True,
    "languages": True,
    "default_language": True,
    "title": True,
    "summary": True,
    "audience": False,
    "credits": False,
    "sessions": True,
}
_SESSION_KEYS = {
    "id": True,
    "title": True,
    "duration": True,
    "summary": True,
    "content_warning": False,
    "objectives": True,
    "materials": False,
    "preparation": False,
    "disclosure": True,
    "key_messages": True,
    "take_home": False,
    "survey": False,
    "activities": True,
}
_ACTIVITY_KEYS = {
    "id": True,
    "title": True,
    "kind": True,
    "minutes": True,
    "steps": True,
    "questions": False,
    "facilitator_notes": False,
    "safety_notes": False,
}
_SURVEY_KEYS = {"before": False, "after": False}


class _Reader:
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
                close = _close_matches(key, spec, n=1)
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
            f"{what} must be a short name of lower-case letters, digits "
            f"and '-' (like 'naming-violence'), not {node.describe()}",
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


def _optional(fields: dict[str, Node], key: str, read: Callable[[Node], Any]) -> Any:
    node = fields.get(key)
    return read(node) if node is not None else None


def load_curriculum(
    folder: Path, instruments: Collection[str], *, bundled: bool = True
) -> tuple[Curriculum | None, list[Problem]]:
    """Load ``folder/curriculum.yaml`` and its sessions.

    Returns the curriculum (None when there is any error) and every problem found.
    ``instruments`` holds the ids of the survey instruments that exist.
    """
    path = folder / CURRICULUM_FILE
    try:
        root, problems = read_yaml(path)
    except YamlError as exc:
        return None, [exc.problem]
    if root is None:
        return None, [Problem(path, 1, "the file is empty")]
    head = _Reader(path)
    head.problems = problems
    fields = head.fields(root, _CURRICULUM_KEYS, "curriculum.yaml")
    if fields is None:
        return None, head.problems

    languages = _languages(head, fields)
    default = _optional(fields, "default_language", lambda n: n.value)
    if default is not None and default not in languages:
        line = fields["default_language"].line
        head.error(
            line,
            f"default_language '{default}' is not one of the languages ({', '.join(languages)})",
        )
        default = None
    head.languages, head.default = languages, default or (languages[0] if languages else "en")

    cid = _optional(fields, "id", lambda n: head.ident(n, "id"))
    version = _optional(fields, "version", lambda n: head.integer(n, "version", 1, 10**6))
    title = _optional(fields, "title", lambda n: head.text(n, "title"))
    summary = _optional(fields, "summary", lambda n: head.text(n, "summary"))
    audience = _optional(fields, "audience", lambda n: head.text(n, "audience"))
    credits = _optional(fields, "credits", lambda n: head.text(n, "credits"))

    sessions: list[Session] = []
    problems = head.problems
    seen: dict[str, int] = {}
    for node in head.items(fields["sessions"], "sessions") if "sessions" in fields else []:
        session_path = _session_path(head, folder, node)
        if session_path is None:
            continue
        reader = _Reader(session_path, head.languages, head.default)
        session = _load_session(reader, len(sessions) + 1, instruments)
        problems += reader.problems
        if session is None:
            continue
        if session.id in seen:
            head.error(
                node.line,
                f"session id '{session.id}' is used twice (also by session {seen[session.id]})",
            )
        seen[session.id] = session.number
        sessions.append(session)
    if "sessions" in fields and fields["sessions"].kind == SEQ and not fields["sessions"].value:
        head.error(fields["sessions"].line, "sessions needs at least one session file")

    if any(p.is_error for p in problems) or None in (cid, version, title, summary):
        return None, problems
    curriculum = Curriculum(
        id=cid,
        version=version,
        languages=languages,
        default_language=head.default,
        title=title,
        summary=summary,
        sessions=tuple(sessions),
        source=folder,
        bundled=bundled,
        audience=audience,
        credits=credits,
        warnings=tuple(problems),
    )
    return curriculum, problems


def _languages(head: _Reader, fields: dict[str, Node]) -> tuple[str, ...]:
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


def _session_path(head: _Reader, folder: Path, node: Node) -> Path | None:
    if node.kind != SCALAR or not isinstance(node.value, str) or not node.value.strip():
        head.error(node.line, f"each session must be a file name, not {node.describe()}")
        return None
    relative = Path(node.value)
    candidate = (folder / relative).resolve()
    if relative.is_absolute() or not candidate.is_relative_to(folder.resolve()):
        head.error(node.line, f"session file '{node.value}' must be inside the curriculum folder")
        return None
    if not candidate.is_file():
        head.error(node.line, f"session file '{node.value}' does not exist")
        return None
    return folder / relative


def _load_session(reader: _Reader, number: int, instruments: Collection[str]) -> Session | None:
    try:
        root, duplicates = read_yaml(reader.path)
    except YamlError as exc:
        reader.problems.append(exc.problem)
        return None
    reader.problems += duplicates
    if root is None:
        reader.error(1, "the file is empty")
        return None
    fields = reader.fields(root, _SESSION_KEYS, "the session")
    if fields is None:
        return None
    r = reader

    def text(key: str) -> Text | None:
        return _optional(fields, key, lambda n: r.text(n, key))

    def texts(key: str) -> tuple[Text, ...]:
        required = _SESSION_KEYS[key]
        return _optional(fields, key, lambda n: r.text_list(n, key, required=required)) or ()

    sid = _optional(fields, "id", lambda n: r.ident(n, "id"))
    duration = _optional(fields, "duration", lambda n: r.integer(n, "duration", *_DURATION))
    activities = _activities(r, fields["activities"]) if "activities" in fields else ()
    minutes = _planned_minutes(fields.get("activities"))
    if duration is not None and minutes and sum(minutes) != duration:
        listing = " + ".join(str(m) for m in minutes)
        r.error(
            fields["duration"].line,
            f"the activities add up to {sum(minutes)} minutes "
            f"({listing}) but duration is {duration}",
        )
    before, after = _survey(r, fields.get("survey"), instruments)
    session = Session(
        id=sid,
        number=number,
        title=text("title"),
        duration=duration,
        summary=text("summary"),
        objectives=texts("objectives"),
        disclosure=text("disclosure"),
        key_messages=texts("key_messages"),
        activities=activities,
        source=r.path,
        content_warning=text("content_warning"),
        materials=texts("materials"),
        preparation=texts("preparation"),
        take_home=texts("take_home"),
        survey_before=before,
        survey_after=after,
    )
    if any(p.is_error for p in r.problems):
        return None
    return session


def _planned_minutes(node: Node | None) -> list[int]:
    """Every activity's minutes, or [] when any activity lacks a whole number of them
    (that problem is reported on the activity itself)."""
    if node is None or node.kind != SEQ:
        return []
    minutes = []
    for item in node.value:
        value = item.value.get("minutes") if item.kind == MAP else None
        number = value.value if value is not None and value.kind == SCALAR else None
        if not isinstance(number, int) or isinstance(number, bool):
            return []
        minutes.append(number)
    return minutes


def _activities(r: _Reader, node: Node) -> tuple[Activity, ...]:
    result: list[Activity] = []
    seen: set[str] = set()
    entries = r.items(node, "activities")
    if node.kind == SEQ and not entries:
        r.error(node.line, "activities needs at least one activity")
    for index, item in enumerate(entries, start=1):
        activity = _activity(r, item, index, seen)
        if activity is not None:
            result.append(activity)
    return tuple(result)


def _activity(r: _Reader, item: Node, index: int, seen: set[str]) -> Activity | None:
    fields = r.fields(item, _ACTIVITY_KEYS, f"activity #{index}")
    if fields is None:
        return None
    aid = _optional(fields, "id", lambda n: r.ident(n, f"activity #{index} id"))
    label = f"activity '{aid}'" if aid else f"activity #{index}"
    if aid is not None and aid in seen:
        r.error(fields["id"].line, f"activity id '{aid}' is used twice in this session")
    seen.add(aid)
    kind = _optional(fields, "kind", lambda n: n.value)
    if "kind" in fields and kind not in ACTIVITY_KINDS:
        close = _close_matches(str(kind), ACTIVITY_KINDS, n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        allowed = ", ".join(ACTIVITY_KINDS)
        r.error(fields["kind"].line, f"{label}: unknown kind '{kind}'{hint}; allowed: {allowed}")
        kind = None

    def text(key: str, what: str) -> Text | None:
        return _optional(fields, key, lambda n: r.text(n, f"{label} {what}"))

    def texts(key: str, required: bool) -> tuple[Text, ...]:
        read = lambda n: r.text_list(n, f"{label} {key}", required=required)  # noqa: E731
        return _optional(fields, key, read) or ()

    low, high = _ACTIVITY_MINUTES
    minutes = _optional(fields, "minutes", lambda n: r.integer(n, f"{label} minutes", low, high))
    title = text("title", "title")
    steps = texts("steps", required=True)
    questions = texts("questions", required=False)
    notes = text("facilitator_notes", "notes")
    safety = text("safety_notes", "safety notes")
    if None in (aid, kind, minutes, title) or not steps:
        return None
    return Activity(aid, title, kind, minutes, steps, questions, notes, safety)


def _survey(
    r: _Reader, node: Node | None, instruments: Collection[str]
) -> tuple[str | None, str | None]:
    if node is None:
        return None, None
    fields = r.fields(node, _SURVEY_KEYS, "survey")
    if fields is None:
        return None, None
    chosen: list[str | None] = []
    for key in ("before", "after"):
        value = fields.get(key)
        if value is None:
            chosen.append(None)
            continue
        ident = r.ident(value, f"survey {key}")
        if ident is not None and ident not in instruments:
            known = ", ".join(sorted(instruments)) or "none"
            r.error(
                value.line,
                f"survey {key}: there is no instrument '{ident}' (instruments found: {known})",
            )
            ident = None
        chosen.append(ident)
    return chosen[0], chosen[1]


def _close_matches(word: str, choices, n: int = 1) -> list[str]:
    import difflib  # only needed when there is a mistake to explain

    return difflib.get_close_matches(word, list(choices), n=n)
