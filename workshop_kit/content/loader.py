"""Load one curriculum folder into frozen dataclasses, checking everything an author can
get wrong. Every problem names the file and line; see ``curricula/README.md``.
"""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from workshop_kit.content.files import CURRICULUM_FILE
from workshop_kit.content.model import ACTIVITY_KINDS, Activity, Curriculum, Session, Text
from workshop_kit.content.problems import Problem
from workshop_kit.content.reader import FieldReader, close_matches, optional, read_languages
from workshop_kit.content.yamlsource import MAP, SCALAR, SEQ, Node, YamlError, read_yaml

__all__ = ["CURRICULUM_FILE", "load_curriculum"]


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
    head = FieldReader(path)
    head.problems = problems
    fields = head.fields(root, _CURRICULUM_KEYS, "curriculum.yaml")
    if fields is None:
        return None, head.problems

    languages = read_languages(head, fields)
    default = optional(fields, "default_language", lambda n: n.value)
    if default is not None and default not in languages:
        line = fields["default_language"].line
        head.error(
            line,
            f"default_language '{default}' is not one of the languages ({', '.join(languages)})",
        )
        default = None
    head.languages, head.default = languages, default or (languages[0] if languages else "en")

    cid = optional(fields, "id", lambda n: head.ident(n, "id"))
    version = optional(fields, "version", lambda n: head.integer(n, "version", 1, 10**6))
    title = optional(fields, "title", lambda n: head.text(n, "title"))
    summary = optional(fields, "summary", lambda n: head.text(n, "summary"))
    audience = optional(fields, "audience", lambda n: head.text(n, "audience"))
    credits = optional(fields, "credits", lambda n: head.text(n, "credits"))

    sessions: list[Session] = []
    problems = head.problems
    seen: dict[str, int] = {}
    for node in head.items(fields["sessions"], "sessions") if "sessions" in fields else []:
        session_path = _session_path(head, folder, node)
        if session_path is None:
            continue
        reader = FieldReader(session_path, head.languages, head.default)
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

    if any(p.is_error for p in problems):
        return None, problems
    if cid is None or version is None or title is None or summary is None:
        return None, problems  # each of them missing or wrong is an error above
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


def _session_path(head: FieldReader, folder: Path, node: Node) -> Path | None:
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


def _load_session(reader: FieldReader, number: int, instruments: Collection[str]) -> Session | None:
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
        return optional(fields, key, lambda n: r.text(n, key))

    def texts(key: str) -> tuple[Text, ...]:
        required = _SESSION_KEYS[key]
        return optional(fields, key, lambda n: r.text_list(n, key, required=required)) or ()

    sid = optional(fields, "id", lambda n: r.ident(n, "id"))
    duration = optional(fields, "duration", lambda n: r.integer(n, "duration", *_DURATION))
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
    title, summary, disclosure = text("title"), text("summary"), text("disclosure")
    objectives, key_messages = texts("objectives"), texts("key_messages")
    warning, materials = text("content_warning"), texts("materials")
    preparation, take_home = texts("preparation"), texts("take_home")
    if any(p.is_error for p in r.problems):
        return None
    if sid is None or duration is None or title is None or summary is None or disclosure is None:
        return None  # each of them missing or wrong is an error above
    return Session(
        id=sid,
        number=number,
        title=title,
        duration=duration,
        summary=summary,
        objectives=objectives,
        disclosure=disclosure,
        key_messages=key_messages,
        activities=activities,
        source=r.path,
        content_warning=warning,
        materials=materials,
        preparation=preparation,
        take_home=take_home,
        survey_before=before,
        survey_after=after,
    )


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


def _activities(r: FieldReader, node: Node) -> tuple[Activity, ...]:
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


def _activity(r: FieldReader, item: Node, index: int, seen: set[str]) -> Activity | None:
    fields = r.fields(item, _ACTIVITY_KEYS, f"activity #{index}")
    if fields is None:
        return None
    aid = optional(fields, "id", lambda n: r.ident(n, f"activity #{index} id"))
    label = f"activity '{aid}'" if aid else f"activity #{index}"
    if aid is not None:
        if aid in seen:
            r.error(fields["id"].line, f"activity id '{aid}' is used twice in this session")
        seen.add(aid)
    kind = optional(fields, "kind", lambda n: n.value)
    if "kind" in fields and kind not in ACTIVITY_KINDS:
        close = close_matches(str(kind), ACTIVITY_KINDS, n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        allowed = ", ".join(ACTIVITY_KINDS)
        r.error(fields["kind"].line, f"{label}: unknown kind '{kind}'{hint}; allowed: {allowed}")
        kind = None

    def text(key: str, what: str) -> Text | None:
        return optional(fields, key, lambda n: r.text(n, f"{label} {what}"))

    def texts(key: str, required: bool) -> tuple[Text, ...]:
        read = lambda n: r.text_list(n, f"{label} {key}", required=required)  # noqa: E731
        return optional(fields, key, read) or ()

    low, high = _ACTIVITY_MINUTES
    minutes = optional(fields, "minutes", lambda n: r.integer(n, f"{label} minutes", low, high))
    title = text("title", "title")
    steps = texts("steps", required=True)
    questions = texts("questions", required=False)
    notes = text("facilitator_notes", "notes")
    safety = text("safety_notes", "safety notes")
    if aid is None or kind is None or minutes is None or title is None or not steps:
        return None
    return Activity(aid, title, kind, minutes, steps, questions, notes, safety)


def _survey(
    r: FieldReader, node: Node | None, instruments: Collection[str]
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
