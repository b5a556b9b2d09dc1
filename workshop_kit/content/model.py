"""The content model: frozen dataclasses built by :mod:`workshop_kit.content.loader`."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from workshop_kit.content.problems import Problem

__all__ = [
    "ACTIVITY_KINDS",
    "SCALE_TYPES",
    "AboutYou",
    "Activity",
    "Block",
    "Curriculum",
    "Instrument",
    "Item",
    "Option",
    "Problem",
    "Scale",
    "Session",
    "Text",
]

#: Activity kinds an author may use, in the order the format documents them.
ACTIVITY_KINDS = (
    "opening",
    "icebreaker",
    "presentation",
    "discussion",
    "group-work",
    "role-play",
    "reflection",
    "break",
    "closing",
)


@dataclass(frozen=True)
class Text:
    """A text in several languages, falling back to the content's default language."""

    values: Mapping[str, str]
    default: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "values", MappingProxyType(dict(self.values)))

    def has(self, lang: str) -> bool:
        """True when the text is written in ``lang`` (not a fallback)."""
        return bool(self.values.get(lang, "").strip())

    def get(self, lang: str) -> str:
        """The text in ``lang``, or in the default language when it is missing."""
        if self.has(lang):
            return self.values[lang]
        if self.has(self.default):
            return self.values[self.default]
        return next((v for v in self.values.values() if v.strip()), "")

    def __str__(self) -> str:
        return self.get(self.default)


@dataclass(frozen=True)
class Activity:
    """One timed step of a session."""

    id: str
    title: Text
    kind: str
    minutes: int
    steps: tuple[Text, ...]
    questions: tuple[Text, ...] = ()
    facilitator_notes: Text | None = None
    safety_notes: Text | None = None

    def texts(self) -> tuple[Text, ...]:
        """Every text of the activity (used by search)."""
        extra = tuple(t for t in (self.facilitator_notes, self.safety_notes) if t is not None)
        return (self.title, *self.steps, *self.questions, *extra)


@dataclass(frozen=True)
class Session:
    """A discussion guide: one session of a curriculum."""

    id: str
    number: int
    title: Text
    duration: int
    summary: Text
    objectives: tuple[Text, ...]
    disclosure: Text
    key_messages: tuple[Text, ...]
    activities: tuple[Activity, ...]
    source: Path
    content_warning: Text | None = None
    materials: tuple[Text, ...] = ()
    preparation: tuple[Text, ...] = ()
    take_home: tuple[Text, ...] = ()
    survey_before: str | None = None
    survey_after: str | None = None

    def start_minutes(self) -> tuple[int, ...]:
        """Minutes from the start of the session at which each activity begins."""
        starts, total = [], 0
        for activity in self.activities:
            starts.append(total)
            total += activity.minutes
        return tuple(starts)

    def texts(self) -> tuple[Text, ...]:
        """Every text of the session, activities included (used by search)."""
        own = [self.title, self.summary, self.disclosure]
        if self.content_warning is not None:
            own.append(self.content_warning)
        own += [*self.objectives, *self.materials, *self.preparation]
        own += [*self.key_messages, *self.take_home]
        for activity in self.activities:
            own += activity.texts()
        return tuple(own)


@dataclass(frozen=True)
class Curriculum:
    """A course of sessions, in teaching order."""

    id: str
    version: int
    languages: tuple[str, ...]
    default_language: str
    title: Text
    summary: Text
    sessions: tuple[Session, ...]
    source: Path
    bundled: bool = True
    audience: Text | None = None
    credits: Text | None = None
    warnings: tuple[Problem, ...] = field(default=(), compare=False)

    def session(self, session_id: str) -> Session:
        """The session with this id; KeyError names what exists."""
        for session in self.sessions:
            if session.id == session_id:
                return session
        known = ", ".join(s.id for s in self.sessions)
        raise KeyError(f"no session '{session_id}' in '{self.id}' (sessions: {known})")


#: Scale types and how many options each must have (low, high).
SCALE_TYPES = {
    "agreement-5": (5, 5),
    "agreement-3": (3, 3),
    "yes-no-dk": (3, 3),
    "single-choice": (2, 8),
}


@dataclass(frozen=True)
class Option:
    """One answer of a scale, with the number that is stored for it."""

    value: int
    label: Text


@dataclass(frozen=True)
class Scale:
    """Ordered answer options. "Prefer not to answer" is never an option: every item
    offers it, and it is stored as no value (None)."""

    id: str
    type: str
    options: tuple[Option, ...]

    def option(self, value: int) -> Option:
        for option in self.options:
            if option.value == value:
                return option
        raise KeyError(f"scale '{self.id}' has no option with value {value}")

    @property
    def values(self) -> tuple[int, ...]:
        return tuple(o.value for o in self.options)


@dataclass(frozen=True)
class Block:
    """Items that share a stem ("A husband is justified in hitting his wife if she...")."""

    id: str
    stem: Text


@dataclass(frozen=True)
class Item:
    """One survey question or statement."""

    id: str
    text: Text
    scale: Scale
    construct: str
    reverse: bool = False
    block: Block | None = None


@dataclass(frozen=True)
class AboutYou:
    """An "about you" question (sex, age band, ...): asked before the attitude items, never
    scored, and usable as a breakdown. "Prefer not to say" is always offered (stored as
    ``None``, like "prefer not to answer"); it is never one of ``options``."""

    id: str
    name: Text  # short, for breakdown labels: "Sex" in "Sex: women"
    text: Text  # the question as asked
    options: tuple[Option, ...]

    @property
    def values(self) -> tuple[int, ...]:
        return tuple(o.value for o in self.options)

    def option(self, value: int) -> Option:
        for option in self.options:
            if option.value == value:
                return option
        raise KeyError(f"about-you item '{self.id}' has no option with value {value}")


@dataclass(frozen=True)
class Instrument:
    """A before-and-after questionnaire."""

    id: str
    version: int
    languages: tuple[str, ...]
    default_language: str
    title: Text
    intro: Text
    items: tuple[Item, ...]
    source: Path
    thanks: Text | None = None
    about_you: tuple[AboutYou, ...] = ()

    def about(self, item_id: str) -> AboutYou:
        for about in self.about_you:
            if about.id == item_id:
                return about
        raise KeyError(f"instrument '{self.id}' has no about-you item '{item_id}'")

    def item(self, item_id: str) -> Item:
        for item in self.items:
            if item.id == item_id:
                return item
        raise KeyError(f"instrument '{self.id}' has no item '{item_id}'")
