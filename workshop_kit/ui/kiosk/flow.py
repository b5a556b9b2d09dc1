"""Where a participant is in the survey, and what they have answered so far.

Plain Python (no Qt), so the whole flow is tested without a window. Screens run:
(handover →) intro → one screen per match-code question → one screen per item → (in the
before survey) one screen per "about you" item → submit → thanks. The handover screen,
for the facilitator, comes once when the kiosk opens.
After submit or an idle reset, :meth:`SurveyFlow.reset` forgets every answer, so the next
participant can never see the previous one's.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from workshop_kit.content.about_you import as_item
from workshop_kit.content.model import Instrument, Item

__all__ = ["PREFER_NOT", "Screen", "SurveyFlow"]

#: The answer recorded for "prefer not to answer" (stored as no value).
PREFER_NOT = None
_UNANSWERED = object()


@dataclass(frozen=True)
class Screen:
    kind: str  # "handover" | "intro" | "code" | "item" | "submit" | "thanks"
    index: int = 0  # position among screens of its kind
    item: Item | None = None
    code_element: str | None = None
    about: bool = False  # an "about you" item: "prefer not to say", no picture


class SurveyFlow:
    """The participant's path through one survey."""

    def __init__(
        self,
        instrument: Instrument,
        code_elements: Sequence[str],
        *,
        handover: bool = False,
        about_you: bool = False,
    ):
        self.instrument = instrument
        self.code_elements = tuple(code_elements)
        self._first = 1 if handover else 0  # where a new participant starts
        asked = [*instrument.items]
        about = [as_item(a) for a in instrument.about_you] if about_you else []
        self._asked = [i.id for i in asked + about]
        self._screens = (
            [Screen("handover")] * self._first
            + [Screen("intro")]
            + [Screen("code", i, code_element=e) for i, e in enumerate(self.code_elements)]
            + [Screen("item", i, item=item) for i, item in enumerate(asked)]
            + [Screen("item", len(asked) + i, item=a, about=True) for i, a in enumerate(about)]
            + [Screen("submit"), Screen("thanks")]
        )
        self.reset()
        self._position = 0  # the facilitator's handover screen, if any, comes first

    # -- state -----------------------------------------------------------------------
    def reset(self) -> None:
        """Forget everything: back to the intro for the next participant."""
        self._position = self._first
        self._answers: dict[str, int | None] = {}
        self._code: dict[str, str] = {}

    @property
    def screen(self) -> Screen:
        return self._screens[self._position]

    @property
    def started(self) -> bool:
        """True between leaving the intro and reaching the thanks screen."""
        return self.screen.kind not in ("handover", "intro", "thanks")

    @property
    def item_count(self) -> int:
        return len(self._asked)

    def answer(self, item_id: str) -> object:
        """The recorded answer, :data:`PREFER_NOT`, or a private 'unanswered' marker."""
        return self._answers.get(item_id, _UNANSWERED)

    def is_answered(self, item_id: str) -> bool:
        return item_id in self._answers

    def code_answer(self, element: str) -> str:
        return self._code.get(element, "")

    def answers(self) -> Mapping[str, int | None]:
        """Every answered item (about-you items last), in instrument order; unanswered
        items are left out."""
        return {i: self._answers[i] for i in self._asked if i in self._answers}

    def code_answers(self) -> Mapping[str, str]:
        return dict(self._code)

    # -- moving ----------------------------------------------------------------------
    def next(self) -> Screen:
        if self._position < len(self._screens) - 2:  # "thanks" only comes from submit()
            self._position += 1
        return self.screen

    def back(self) -> Screen:
        if self._first < self._position < len(self._screens) - 1:
            self._position -= 1
        return self.screen

    def choose(self, value: int | None) -> Screen:
        """Record the answer on the current item screen and move on."""
        item = self.screen.item
        if item is None:
            raise RuntimeError("not on an item screen")
        if value is not PREFER_NOT and value not in item.scale.values:
            raise ValueError(f"{value!r} is not an option of item '{item.id}'")
        self._answers[item.id] = value
        return self.next()

    def set_code(self, element: str, text: str) -> None:
        if element not in self.code_elements:
            raise KeyError(element)
        self._code[element] = text.strip()

    def submitted(self) -> Screen:
        """Call once the answers are saved: show thanks and forget them."""
        if self.screen.kind != "submit":
            raise RuntimeError("submit only from the submit screen")
        self.reset()
        self._position = len(self._screens) - 1
        return self.screen

    def abandon(self) -> Screen:
        """Clear a survey left unfinished (idle timeout) without saving anything."""
        self.reset()
        return self.screen
