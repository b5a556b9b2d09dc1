"""What "Show to the group" may put on the projector, item by item and phase by phase.

The group view is seen by the very people who answered, in the same room, so it is held to
a stricter rule than the results page and the report (which go to facilitators and leads).

- **Full bars** (every option of the scale) when, in both phases, every cell of the line
  passed disclosure control *and* the rule below holds.
- Otherwise **collapsed bars**: the answers collapsed to "agree" and "not agree" (for
  yes / no / don't know: "yes" and "not yes"; "don't know" counts as not yes, as
  everywhere else, see ``scales``). The collapsed line is protected by ``disclosure`` rule
  7, so that read with the finer line on the results page and in the report, and with
  their totals, it gives no hidden cell away, and it never shows a cell below ``k``. Both
  phases use the same form, so before and after can be compared; the view says the bars
  are collapsed.
- A phase that can be shown neither way is not drawn; the view says "too few people to
  show this question safely". An item is offered when at least one phase can be shown.

Unanimous bars: not shown to the group
--------------------------------------
A bar saying that 100 % of the group agreed (or that nobody did) tells everyone in the
room how each of the others answered: it is attribute disclosure about every member, and
in the group view the readers are exactly the members. The results page accepts it (the
policy in ``disclosure``, rule 1, shows zeros), because facilitators read it and "none of
12 chose this" is what every published distribution says. For the group view we decided
not to: a phase is drawn only when **both** "agree" and "not agree" hold at least ``k``
people, so every person there can say "I was among the others". For scales without sides
(single choice) no option may hold everyone who answered. The cost is that a workshop
where everyone agrees afterwards cannot show that bar to the group; the facilitator can
still say so in words, and the results page and the report show it. The text for such a
phase is the same as for any other hidden phase ("too few people..."), which is true: one
side has fewer than ``k`` people (perhaps none), and it does not say which.

What the hiding itself says: that one side of the phase has fewer than ``k`` people, not
which side nor how many, the same as any suppressed cell on the results page.
"""

from __future__ import annotations

from dataclasses import dataclass

from workshop_kit.analysis.chart import Bar, Segment, bar
from workshop_kit.analysis.results import ItemResult, PhaseResult

__all__ = ["GroupItem", "collapsed_bar", "group_item", "group_view_ready"]


@dataclass(frozen=True)
class GroupItem:
    """What the group view draws for one item."""

    result: ItemResult
    before: Bar | None
    after: Bar | None
    collapsed: bool  # the bars are agree / not agree, not every option

    @property
    def showable(self) -> bool:
        return self.before is not None or self.after is not None


def _sides_ok(answered: int, agreeing: int, k: int) -> bool:
    return agreeing >= k and answered - agreeing >= k


def _full(phase: PhaseResult, k: int) -> Bar | None:
    drawn = bar(phase)
    if drawn is None:
        return None
    if all(s.side == "none" for s in drawn.segments):
        # single choice (widths fill the -1..1 axis): no option may hold everyone
        return None if any(s.width >= 2 - 1e-9 for s in drawn.segments) else drawn
    agreeing = round(drawn.agree * drawn.answered)
    return drawn if _sides_ok(drawn.answered, agreeing, k) else None


def collapsed_bar(phase: PhaseResult, k: int) -> Bar | None:
    """The agree / not agree bar of a phase, or None when it may not go to the group."""
    if phase.suppressed or phase.collapsed is None:
        return None
    not_agree, agree = phase.collapsed
    if not_agree.value is None or agree.value is None:
        return None
    others, agreeing = int(not_agree.value), int(agree.value)
    answered = others + agreeing
    if not _sides_ok(answered, agreeing, k):
        return None
    left, right = others / answered, agreeing / answered
    segments = (
        Segment(0, "disagree", "disagree", -left, left),
        Segment(1, "agree", "agree", 0.0, right),
    )
    return Bar(phase.phase, answered, segments, collapsed=True)


def group_item(result: ItemResult, k: int) -> GroupItem:
    """The bars of one item for the group view (see the module docstring for the rules)."""
    before, after = _full(result.pre, k), _full(result.post, k)
    if before is not None and after is not None:
        return GroupItem(result, before, after, collapsed=False)
    before, after = collapsed_bar(result.pre, k), collapsed_bar(result.post, k)
    return GroupItem(result, before, after, collapsed=True)


def group_view_ready(result: ItemResult, k: int) -> bool:
    """May this item be offered to the group (at least one phase can be drawn)?"""
    return group_item(result, k).showable
