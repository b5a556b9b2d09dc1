"""From a data set to results: per-item distributions, paired tests, scores, indicators.

Decisions (the report's methods paragraph says the same in plain words):

- Distributions and shares use **all** responses of a phase, matched or not; the paired
  tests use only matched pairs in which both answers were given. The numbers of pairs,
  unmatched before and unmatched after responses are reported beside them.
- An item counts for a response only if the response was asked it (its instrument version
  had it).
- An item's distribution is over those who answered it (option counts and shares of the
  answered, protected as one line by ``disclosure``). "Prefer not to answer" is reported
  beside it as a count and a share of all responses, and is *not* suppressed when small:
  it could always be worked out (the phase's responses minus those who answered), and it
  reveals nobody's view. Protecting it as a cell of the line would hide the answers of
  most small workshops whenever one or two people passed, which is what passing is for.
- The share agreeing is the agree side (``scales``) among those who answered. It is shown
  only when no cell of the item's distribution had to be suppressed: with a suppressed
  cell, its denominator could give the hidden cell away.
- Agreement items get Wilcoxon's signed-rank test and the sign test on the change in scale
  position, and the mean change with a 95% interval that stays within the scale
  (``intervals.bounded_mean``); every item with sides also gets McNemar's test on agreeing
  vs not, with the change in the share agreeing and Newcombe's paired interval
  (``intervals.newcombe_paired``). Each paired result names its interval method.
  Newcombe's interval depends on all four cells of the pairs' 2x2 table (agreeing both
  times, only after, only before, neither), not only on the changes; like every paired
  result it is shown only from ``k`` pairs on (``disclosure`` rule 4).
- A construct score is the mean of a person's item scores (0-100, reverse-worded items
  flipped) when at least half of the construct's items were answered; its change has the
  bounded interval on -100..+100.
- **"Don't know", one way everywhere** (``scales``): it is an answer, and it counts as not
  agreeing / not yes. It stays in every denominator (shares, McNemar, the indicator), and in
  construct scores it scores as "no" (0 before reverse coding), so a score and the
  indicator built from the same block count the same people the same way. This is the DHS
  convention for the wife-beating questions: the Guide to DHS Statistics (DHS-7, Croft et
  al. 2018) takes all interviewed respondents as the denominator and those answering "yes"
  as the numerator, so "don't know" is counted as not agreeing (also the UNAIDS indicator
  registry, "Attitudes towards violence against women": denominator, all respondents).
  Only "prefer not to answer" is left out of denominators.
- A block whose items are all yes/no/don't know gives the indicator "yes to at least one"
  (the DHS indicator for the wife-beating situations), over those who answered at least
  one of its items; "don't know" counts as not yes.
- Disclosure control (``disclosure``) is applied here, so nothing below the threshold
  leaves this module.
"""

from __future__ import annotations

import gc
import math
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from operator import itemgetter

from workshop_kit.analysis import disclosure as dc
from workshop_kit.analysis import intervals, scales, stats
from workshop_kit.analysis.audit import MatchAudit, match_audit
from workshop_kit.analysis.dataset import Dataset
from workshop_kit.analysis.results import (
    ConstructResult,
    IndicatorResult,
    ItemResult,
    OptionShare,
    PairedResult,
    PhaseResult,
    Results,
    ScoreResult,
)
from workshop_kit.content.model import Block, Instrument, Item

__all__ = ["summarise"]

Answers = Mapping[str, int | None]
_ASKED_NOT = object()  # the item was not in the response's instrument version


class _Columns:
    """The answers as one list per item and phase (``_ASKED_NOT`` where the item was not
    asked), and the matched pairs as (before index, after index): each answer is looked up
    once, however many statistics use it."""

    def __init__(self, instrument: Instrument, dataset: Dataset) -> None:
        rows: dict[str, list[Answers]] = {"pre": [], "post": []}
        index: dict[str, int] = {}
        self.other = dataset.skipped_other_instruments
        for row in dataset.rows:
            response = row.response
            if response.instrument_id == instrument.id:
                phase_rows = rows[response.phase]
                index[response.id] = len(phase_rows)
                phase_rows.append(response.answers)
            else:
                self.other += 1
        self.counts = {phase: len(answers) for phase, answers in rows.items()}
        self.pairs = [
            (index[pre.id], index[post.id])
            for pre, post in dataset.pairs()
            if pre.instrument_id == post.instrument_id == instrument.id
        ]
        ids = [item.id for item in instrument.items]
        self.columns = {phase: _columns(ids, answers) for phase, answers in rows.items()}

    def rows(self, phase: str, item_ids: Sequence[str]) -> list[tuple]:
        return list(zip(*(self.columns[phase][i] for i in item_ids), strict=True))


def _columns(ids: list[str], answers: list[Answers]) -> dict[str, list]:
    """One list per item id. ``itemgetter`` takes all of a response's answers in one call
    when it has them all (the usual case); others are read one item at a time."""
    take = itemgetter(*ids) if len(ids) > 1 else (lambda a: (a[ids[0]],))
    rows = []
    for a in answers:
        try:
            rows.append(take(a))
        except KeyError:
            rows.append(tuple(a.get(i, _ASKED_NOT) for i in ids))
    columns = list(zip(*rows, strict=True)) if rows else [() for _ in ids]
    return {i: list(column) for i, column in zip(ids, columns, strict=True)}


def summarise(dataset: Dataset, instrument: Instrument, *, k: int = dc.DEFAULT_K) -> Results:
    """Results for ``instrument`` from the responses in ``dataset`` that answered it."""
    k = dc.check_k(k)
    with _no_cyclic_gc():
        return _summarise(dataset, instrument, k)


@contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector: the work below allocates millions of small
    tuples and lists and frees none of them early, so with a large heap (a lead's 100,000
    responses) the collector's repeated full passes cost more than the analysis itself.
    Nothing here creates reference cycles; reference counting still frees everything."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _summarise(dataset: Dataset, instrument: Instrument, k: int) -> Results:
    data = _Columns(instrument, dataset)
    pairs = len(data.pairs)
    return Results(
        instrument=instrument,
        filters=dataset.filters,
        k=k,
        workshops=len(dataset.workshops),
        responses_pre=data.counts["pre"],
        responses_post=data.counts["post"],
        pairs=pairs,
        unmatched_pre=data.counts["pre"] - pairs,
        unmatched_post=data.counts["post"] - pairs,
        other_instruments=data.other,
        items=tuple(_item(item, data, k) for item in instrument.items),
        constructs=_constructs(instrument, data, k),
        indicators=_indicators(instrument, data, k),
        audit=_audit(instrument, dataset, data, k),
    )


# ----------------------------------------------------------------------------- items


def _item(item: Item, data: _Columns, k: int) -> ItemResult:
    scale = item.scale
    side = scales.sides(scale)
    pre = _phase(item, "pre", data.columns["pre"][item.id], side, k)
    post = _phase(item, "post", data.columns["post"][item.id], side, k)
    valid = set(scale.values)
    before, after = data.columns["pre"][item.id], data.columns["post"][item.id]
    both = [(a, b) for i, j in data.pairs if (a := before[i]) in valid and (b := after[j]) in valid]
    ordinal = binary = None
    if scales.is_ordinal(scale):
        position = {v: scales.order(scale, v) for v in scale.values}
        diffs = [position[b] - position[a] for a, b in both]
        ordinal = _paired(diffs, k, ordinal=True, bound=len(scale.values) - 1)
    if scales.has_sides(scale):
        agree = {v for v, s in side.items() if s == "agree"}
        binary = _binary([(a in agree, b in agree) for a, b in both], k)
    return ItemResult(item=item, pre=pre, post=post, ordinal=ordinal, binary=binary)


def _phase(item: Item, phase: str, column: list, side: Mapping[int, str], k: int) -> PhaseResult:
    scale = item.scale
    counts = Counter(column)
    values = scale.values
    line = [counts[v] for v in values]
    answered, prefer_not = sum(line), counts[None]
    n = answered + prefer_not
    if n < k:  # the whole phase is too small: nothing of it is shown
        hidden = dc.Cell(None, suppressed=True, reason=dc.TOTAL)
        cells: Sequence[dc.Cell] = (hidden,) * len(line)
        shares: Sequence[dc.Cell] = cells
        pn_count, pn_share = hidden, hidden
    else:
        cells, shares = dc.protect_line(line, k), dc.line_shares(line, k)
        pn_count, pn_share = dc.Cell(prefer_not), dc.Cell(prefer_not / n)
    options = [
        OptionShare(
            value=value,
            label=scale.option(value).label,
            side=side[value],
            count=cell,
            share=share,
        )
        for value, cell, share in zip(values, cells, shares, strict=True)
    ]
    options.append(OptionShare(None, None, "prefer_not", pn_count, pn_share))
    agree = None
    collapsed = None
    if scales.has_sides(scale):
        agree_count = sum(counts[v] for v in values if side[v] == "agree")
        if all(cell.shown for cell in cells):
            agree = dc.share_cell(agree_count, answered, k)
        else:
            agree = dc.Cell(None, suppressed=True, reason=dc.COMPLEMENTARY)
        agreeing = [i for i, v in enumerate(values) if side[v] == "agree"]
        others = [i for i, v in enumerate(values) if side[v] != "agree"]
        not_agree, agree_cell = dc.protect_collapsed(line, (others, agreeing), cells, k)
        collapsed = (not_agree, agree_cell)
    return PhaseResult(
        phase=phase,
        n=n,
        options=tuple(options),
        agree=agree,
        prefer_not=pn_share,
        suppressed=n < k,
        collapsed=collapsed,
    )


# ----------------------------------------------------------------------------- paired


def _withheld(n: int) -> PairedResult:
    return PairedResult(
        n_pairs=n,
        shown=False,
        tests=(),
        mean_change=dc.Cell(None, suppressed=True, reason="total"),
        ci_low=None,
        ci_high=None,
    )


def _change(
    n: int, k: int, tests: tuple[stats.TestResult, ...], interval: intervals.Interval
) -> PairedResult:
    shown = not math.isnan(interval.low)
    return PairedResult(
        n_pairs=n,
        shown=True,
        tests=tests,
        mean_change=dc.mean_cell(interval.estimate, n, k),
        ci_low=interval.low if shown else None,
        ci_high=interval.high if shown else None,
        ci_method=interval.method,
    )


def _paired(diffs: Sequence[float], k: int, *, ordinal: bool, bound: float) -> PairedResult:
    """Tests and mean change of ``diffs``, each of which lies in -bound..+bound."""
    if len(diffs) < k:
        return _withheld(len(diffs))
    tests: tuple[stats.TestResult, ...] = (stats.wilcoxon_signed_rank(diffs),)
    if ordinal:
        tests += (stats.sign_test(diffs),)
    return _change(len(diffs), k, tests, intervals.bounded_mean(diffs, -bound, bound))


def _binary(outcomes: Sequence[tuple[bool, bool]], k: int) -> PairedResult:
    if len(outcomes) < k:
        return _withheld(len(outcomes))
    both = sum(1 for before, after in outcomes if before and after)
    b = sum(1 for before, after in outcomes if not before and after)
    c = sum(1 for before, after in outcomes if before and not after)
    neither = len(outcomes) - both - b - c
    interval = intervals.newcombe_paired(both, b, c, neither)
    return _change(len(outcomes), k, (stats.mcnemar(b, c),), interval)


# ----------------------------------------------------------------------------- scores


def _score(items: Sequence[Item]) -> Callable[[tuple], float | None]:
    """A person's construct score from their answers to ``items`` (in that order), 0-100,
    or None when fewer than half the items give a score."""
    needed = max(1, math.ceil(len(items) / 2))
    tables = [
        {v: s for v in item.scale.values if (s := scales.item_score(item, v)) is not None}
        for item in items
    ]

    known: dict[tuple, float | None] = {}  # few distinct answer patterns: compute each once

    def score(values: tuple) -> float | None:
        if values in known:
            return known[values]
        total, found = 0.0, 0
        for table, value in zip(tables, values, strict=True):
            item_score = table.get(value)
            if item_score is not None:
                total += item_score
                found += 1
        known[values] = result = 100 * total / found if found >= needed else None
        return result

    return score


def _construct_groups(instrument: Instrument) -> dict[str, list[Item]]:
    groups: dict[str, list[Item]] = {}
    for item in instrument.items:
        if scales.is_ordinal(item.scale) or item.scale.type == "yes-no-dk":
            groups.setdefault(item.construct, []).append(item)
    return groups


def _audit(instrument: Instrument, dataset: Dataset, data: _Columns, k: int) -> MatchAudit:
    """The match audit (``audit``), with each construct's scores before, matched vs not."""
    matched = {i for i, _ in data.pairs}
    before: dict[str, tuple[list[float], list[float]]] = {}
    for construct, items in _construct_groups(instrument).items():
        score = _score(items)
        rows = data.rows("pre", [item.id for item in items])
        scores = [
            (i in matched, s) for i, values in enumerate(rows) if (s := score(values)) is not None
        ]
        before[construct] = ([s for m, s in scores if m], [s for m, s in scores if not m])
    return match_audit(
        responses_pre=data.counts["pre"],
        responses_post=data.counts["post"],
        pairs=len(data.pairs),
        tolerant=dataset.tolerant_pairs,
        ambiguous_pre=dataset.ambiguous_pre,
        ambiguous_post=dataset.ambiguous_post,
        detail_workshops=dataset.match_detail_workshops,
        workshops=len(dataset.workshops),
        before_scores=before,
        k=k,
    )


def _constructs(instrument: Instrument, data: _Columns, k: int) -> tuple[ConstructResult, ...]:
    groups = _construct_groups(instrument)
    results = []
    for construct, items in groups.items():
        score = _score(items)
        ids = [item.id for item in items]
        scores, phases = {}, {}
        for phase in ("pre", "post"):
            scores[phase] = [score(values) for values in data.rows(phase, ids)]
            found = [s for s in scores[phase] if s is not None]
            mean = math.fsum(found) / len(found) if found else 0.0
            phases[phase] = ScoreResult(n=len(found), mean=dc.mean_cell(mean, len(found), k))
        before, after = scores["pre"], scores["post"]
        diffs = [
            b - a
            for i, j in data.pairs
            if (a := before[i]) is not None and (b := after[j]) is not None
        ]
        results.append(
            ConstructResult(
                construct=construct,
                items=tuple(ids),
                pre=phases["pre"],
                post=phases["post"],
                paired=_paired(diffs, k, ordinal=False, bound=100.0),
            )
        )
    return tuple(results)


def _any_yes(values: tuple) -> bool | None:
    """Yes to at least one; None when none was answered (prefer not or not asked)."""
    given = [v for v in values if v is not None and v is not _ASKED_NOT]
    return any(v == 1 for v in given) if given else None


def _indicators(instrument: Instrument, data: _Columns, k: int) -> tuple[IndicatorResult, ...]:
    blocks: dict[str, tuple[Block, list[Item]]] = {}
    for item in instrument.items:
        if item.block is not None:
            blocks.setdefault(item.block.id, (item.block, []))[1].append(item)
    results = []
    for block, items in blocks.values():
        if any(item.scale.type != "yes-no-dk" for item in items):
            continue
        ids = tuple(item.id for item in items)
        flags, shares, ns = {}, {}, {}
        for phase in ("pre", "post"):
            flags[phase] = [_any_yes(values) for values in data.rows(phase, ids)]
            found = [y for y in flags[phase] if y is not None]
            ns[phase] = len(found)
            shares[phase] = dc.share_cell(sum(found), len(found), k)
        before, after = flags["pre"], flags["post"]
        outcomes = [
            (a, b)
            for i, j in data.pairs
            if (a := before[i]) is not None and (b := after[j]) is not None
        ]
        results.append(
            IndicatorResult(
                block=block,
                items=ids,
                pre=shares["pre"],
                post=shares["post"],
                n_pre=ns["pre"],
                n_post=ns["post"],
                paired=_binary(outcomes, k),
            )
        )
    return tuple(results)
