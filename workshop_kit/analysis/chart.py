"""Chart data for diverging stacked bars, shared by the results page, the group view and
the PDF report, so all three draw exactly the same thing.

A bar covers those who answered (prefer-not is reported beside it, not drawn). Positions
are fractions of that total on an axis from -1 to 1 with 0 in the middle: disagree
segments end at 0 on the left, agree segments start at 0 on the right, and the neutral
segment is centred on 0. A scale without sides (single choice) stacks from -1.
Segments run disagree, neutral, agree whatever the stored values (yes-no-don't-know stores
yes first). Colours go by side, never by "good" or "bad": agreeing is a good sign on some
items and a worrying one on others.

A bar is drawn only when every cell of its line passed disclosure control; otherwise
there is no bar, and the caller says "fewer than k".
"""

from __future__ import annotations

from dataclasses import dataclass

from workshop_kit.analysis.results import ItemResult, PhaseResult

__all__ = ["Bar", "Segment", "bar", "group_view_ready", "item_bars"]


@dataclass(frozen=True)
class Segment:
    value: int
    side: str  # disagree, neutral, agree, none
    tone: str  # colour key: disagree-strong, disagree, neutral, agree, agree-strong, none-<i>
    start: float  # left edge on the -1..1 axis
    width: float  # share of those who answered


@dataclass(frozen=True)
class Bar:
    phase: str
    answered: int
    segments: tuple[Segment, ...]
    collapsed: bool = False  # agree / not agree only (the group view, ``analysis.group``)

    @property
    def agree(self) -> float:
        return sum(s.width for s in self.segments if s.side == "agree")

    @property
    def disagree(self) -> float:
        return sum(s.width for s in self.segments if s.side == "disagree")


def bar(phase: PhaseResult) -> Bar | None:
    """The bar of one phase, or ``None`` when any of its cells is suppressed or nobody
    answered."""
    if phase.suppressed:
        return None
    # (value, side, count) of each answer drawn; prefer-not (value None) is not drawn.
    drawn: list[tuple[int, str, float]] = []
    for o in phase.options:
        count = o.count.value
        if count is None:  # a suppressed cell: no bar for this phase
            return None
        if o.value is not None:
            drawn.append((o.value, o.side, count))
    drawn.sort(key=lambda d: _SIDE_ORDER[d[1]])
    answered = sum(count for _, _, count in drawn)
    if answered == 0:
        return None
    widths = [count / answered for _, _, count in drawn]
    sides = [side for _, side, _ in drawn]
    if any(side != "none" for side in sides):
        left = sum(w for side, w in zip(sides, widths, strict=True) if side == "disagree")
        neutral = sum(w for side, w in zip(sides, widths, strict=True) if side == "neutral")
        x = -left - neutral / 2
    else:
        x = -1.0
        widths = [2 * w for w in widths]  # fill the whole axis
    segments = []
    for (value, side, _), width, tone in zip(drawn, widths, _tones(sides), strict=True):
        segments.append(Segment(value, side, tone, x, width))
        x += width
    return Bar(phase.phase, int(answered), tuple(segments))


_SIDE_ORDER = {"disagree": 0, "neutral": 1, "agree": 2, "none": 0}


def _tones(sides: list[str]) -> list[str]:
    """Colour keys: the outermost of two or more options on a side is the strong one."""
    tones = []
    for index, side in enumerate(sides):
        if side == "none":
            tones.append(f"none-{index}")
        elif side == "disagree" and sides.count("disagree") > 1 and index == 0:
            tones.append("disagree-strong")
        elif side == "agree" and sides.count("agree") > 1 and index == len(sides) - 1:
            tones.append("agree-strong")
        else:
            tones.append(side)
    return tones


def item_bars(result: ItemResult) -> tuple[Bar | None, Bar | None]:
    """(before, after)."""
    return bar(result.pre), bar(result.post)


def group_view_ready(result: ItemResult) -> bool:
    """Do both full bars pass disclosure control? (What the group view may show is
    decided by ``analysis.group``, which is stricter about unanimous bars and falls back to
    collapsed bars.)"""
    before, after = item_bars(result)
    return before is not None and after is not None
