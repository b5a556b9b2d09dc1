"""The results of an analysis, as plain data that has already passed disclosure control.

Everything a page, a chart, an export or the PDF report shows comes from these objects;
none of them holds a raw count that failed the threshold (those cells are ``Cell`` objects
with ``value=None``). The results page, the group view and the report draw their charts
from the same ``chart.Bar`` data made from these.
"""

from __future__ import annotations

from dataclasses import dataclass

from workshop_kit.analysis.audit import MatchAudit
from workshop_kit.analysis.dataset import Filters
from workshop_kit.analysis.disclosure import Cell
from workshop_kit.analysis.stats import TestResult
from workshop_kit.content.model import Block, Instrument, Item, Text

__all__ = [
    "AlphaResult",
    "ConstructResult",
    "IndicatorResult",
    "ItemResult",
    "OptionShare",
    "PairedResult",
    "PhaseResult",
    "Results",
    "ScoreResult",
]


@dataclass(frozen=True)
class OptionShare:
    """One answer's count and share of all responses in a phase.

    ``value`` is ``None`` for "prefer not to answer" (``label`` then ``None`` too).
    """

    value: int | None
    label: Text | None
    side: str  # disagree, neutral, agree, none, prefer_not
    count: Cell
    share: Cell


@dataclass(frozen=True)
class PhaseResult:
    """An item's answers before or after, from all responses (matched or not)."""

    phase: str
    n: int  # responses that were asked this item, prefer-not included
    options: tuple[OptionShare, ...]
    agree: Cell | None  # share on the agree side among those who answered
    prefer_not: Cell  # share answering "prefer not to answer"
    suppressed: bool  # the whole phase: n < k
    # Those who answered, collapsed to (not agreeing, agreeing) counts (disclosure rule 7);
    # None for scales without sides.
    collapsed: tuple[Cell, Cell] | None = None


@dataclass(frozen=True)
class PairedResult:
    """Before vs after within matched pairs (both answered)."""

    n_pairs: int
    shown: bool  # n_pairs >= k; otherwise tests and change are withheld
    tests: tuple[TestResult, ...]
    mean_change: Cell  # after minus before (scale positions, 0/1 or score points)
    ci_low: float | None
    ci_high: float | None
    ci_method: str = ""  # how the interval was made: a key of intervals.INTERVAL_TEXT

    @property
    def ci_clipped(self) -> bool:
        """The t interval reached past the possible range and was cut at it."""
        return self.ci_method == "t-clipped"


@dataclass(frozen=True)
class ItemResult:
    item: Item
    pre: PhaseResult
    post: PhaseResult
    ordinal: PairedResult | None  # agreement scales: Wilcoxon + sign test, change in position
    binary: PairedResult | None  # agree (yes) vs not: McNemar, change in share


@dataclass(frozen=True)
class ScoreResult:
    """A mean score (0-100) in one phase."""

    n: int
    mean: Cell


@dataclass(frozen=True)
class AlphaResult:
    """Cronbach's alpha of a construct's items in one phase (``reliability``).

    ``value`` is alpha rounded to 2 decimals, and ``None`` unless it may be shown;
    ``status`` says why not (``reliability.SHOWN``, ``FEWER``, ``TOO_FEW``, ``ONE_ITEM``,
    ``NO_SPREAD``). ``n`` is the number of complete cases as a result carries it: the true
    number when below ``k`` (outputs print "fewer than k"), else perturbed and never below
    ``k`` (never below ``reliability.MIN_N`` beside a shown alpha); outputs print it only
    beside a shown alpha.
    """

    value: float | None
    n: int
    status: str

    @property
    def shown(self) -> bool:
        return self.value is not None


@dataclass(frozen=True)
class ConstructResult:
    """The mean of a construct's items (reverse coding applied), 0-100, and the
    reliability of its items before and after (Cronbach's alpha)."""

    construct: str
    items: tuple[str, ...]
    pre: ScoreResult
    post: ScoreResult
    paired: PairedResult
    alpha_pre: AlphaResult | None = None
    alpha_post: AlphaResult | None = None


@dataclass(frozen=True)
class IndicatorResult:
    """Share answering yes to at least one item of a yes/no block (the DHS indicator)."""

    block: Block
    items: tuple[str, ...]
    pre: Cell
    post: Cell
    n_pre: int
    n_post: int
    paired: PairedResult


@dataclass(frozen=True)
class Results:
    instrument: Instrument
    filters: Filters
    k: int
    workshops: int
    responses_pre: int
    responses_post: int
    pairs: int
    unmatched_pre: int
    unmatched_post: int
    other_instruments: int  # responses left out because they answered another instrument
    items: tuple[ItemResult, ...]
    constructs: tuple[ConstructResult, ...]
    indicators: tuple[IndicatorResult, ...]
    audit: MatchAudit | None = None  # how well responses were matched (``audit``)

    def item(self, item_id: str) -> ItemResult:
        for result in self.items:
            if result.item.id == item_id:
                return result
        raise KeyError(item_id)
