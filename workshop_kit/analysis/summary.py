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
- Each construct also gets Cronbach's alpha before and after (``reliability``: complete
  cases, the same item scores; shown from 10 complete cases and from ``k``).
- Disclosure control (``disclosure``) is applied here, so nothing below the threshold
  leaves this module.
"""

from __future__ import annotations

import gc
import math
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from operator import itemgetter

from workshop_kit.analysis import cellkey, published, reliability, scales
from workshop_kit.analysis import disclosure as dc
from workshop_kit.analysis.audit import MatchAudit, match_audit
from workshop_kit.analysis.dataset import Dataset
from workshop_kit.analysis.results import (
    ConstructResult,
    IndicatorResult,
    ItemResult,
    OptionShare,
    PhaseResult,
    Results,
)
from workshop_kit.content.model import Block, Instrument, Item

__all__ = ["summarise"]

Answers = Mapping[str, int | None]
_ASKED_NOT = object()  # the item was not in the response's instrument version


class _Columns:
    """The answers as one list per item and phase (``_ASKED_NOT`` where the item was not
    asked), and the matched pairs as (before index, after index): each answer is looked up
    once, however many statistics use it."""

    def __init__(self, instrument: Instrument, dataset: Dataset, exact: bool = False) -> None:
        self.exact = exact
        rows: dict[str, list[Answers]] = {"pre": [], "post": []}
        self.keys: dict[str, list[int]] = {"pre": [], "post": []}
        index: dict[str, int] = {}
        self.other = dataset.skipped_other_instruments
        for row in dataset.rows:
            response = row.response
            if response.instrument_id == instrument.id:
                phase_rows = rows[response.phase]
                index[response.id] = len(phase_rows)
                phase_rows.append(response.answers)
                self.keys[response.phase].append(cellkey.record_key(response))
            else:
                self.other += 1
        self.counts = {phase: len(answers) for phase, answers in rows.items()}
        self.pairs = [
            (index[pre.id], index[post.id])
            for pre, post in dataset.pairs()
            if pre.instrument_id == post.instrument_id == instrument.id
        ]
        pre_keys, post_keys = self.keys["pre"], self.keys["post"]
        self.pair_keys = [pre_keys[i] + post_keys[j] for i, j in self.pairs]
        ids = [item.id for item in instrument.items]
        self.columns = {phase: _columns(ids, answers) for phase, answers in rows.items()}

    def noisy(self, phase: str, chosen: Iterable[int], floor: int = 0) -> int:
        """The perturbed count of the rows ``chosen`` (indices) of ``phase``."""
        keys = self.keys[phase]
        return self._noisy([keys[i] for i in chosen], floor)

    def perturb(self, count: int, key: int, floor: int = 0) -> int:
        """``count`` records whose cell key is ``key``, as published."""
        return count if self.exact else cellkey.perturb(count, key, floor)

    def _noisy(self, picked: list[int], floor: int) -> int:
        if self.exact:
            return len(picked)
        return cellkey.perturb(len(picked), cellkey.cell_key(picked), floor)

    def table(self, values: Sequence[Hashable], keys: Sequence[int]) -> dict[Hashable, int]:
        """The (perturbed) frequency table of ``values``, one record key each."""
        if self.exact:
            return dict(Counter(values))
        return cellkey.noisy_table(values, keys)

    def units(self, phase: str | None, chosen: Sequence[int], k: int) -> int:
        """A number of units printed beside a result: the true number when below ``k``
        (outputs print it as "fewer than k"), else perturbed and never below ``k``.
        ``phase`` None: ``chosen`` are pairs."""
        if len(chosen) < k:
            return len(chosen)
        if phase is None:
            return self.noisy_pairs(chosen, floor=k)
        return self.noisy(phase, chosen, floor=k)

    def noisy_pairs(self, chosen: Iterable[int], floor: int = 0) -> int:
        """The perturbed count of the pairs ``chosen`` (indices into ``pairs``)."""
        return self._noisy([self.pair_keys[i] for i in chosen], floor)

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


def summarise(
    dataset: Dataset, instrument: Instrument, *, k: int = dc.DEFAULT_K, cell_key: bool = True
) -> Results:
    """Results for ``instrument`` from the responses in ``dataset`` that answered it.

    ``cell_key=False`` leaves out the cell-key noise (``cellkey``): for checking the
    statistics against reference implementations only; no output may be made from it.
    """
    k = dc.check_k(k)
    with _no_cyclic_gc():
        return _summarise(dataset, instrument, k, not cell_key)


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


def _summarise(dataset: Dataset, instrument: Instrument, k: int, exact: bool) -> Results:
    data = _Columns(instrument, dataset, exact)
    matched = {"pre": {i for i, _ in data.pairs}, "post": {j for _, j in data.pairs}}
    every = {phase: range(data.counts[phase]) for phase in ("pre", "post")}
    unmatched = {
        phase: [i for i in every[phase] if i not in matched[phase]] for phase in ("pre", "post")
    }
    return Results(
        instrument=instrument,
        filters=dataset.filters,
        k=k,
        workshops=len(dataset.workshops),
        responses_pre=data.noisy("pre", every["pre"]),
        responses_post=data.noisy("post", every["post"]),
        pairs=data.noisy_pairs(range(len(data.pairs))),
        unmatched_pre=data.noisy("pre", unmatched["pre"]),
        unmatched_post=data.noisy("post", unmatched["post"]),
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
    pre = _phase(item, "pre", data, side, k)
    post = _phase(item, "post", data, side, k)
    valid = set(scale.values)
    before, after = data.columns["pre"][item.id], data.columns["post"][item.id]
    both = [
        (n, a, b)
        for n, (i, j) in enumerate(data.pairs)
        if (a := before[i]) in valid and (b := after[j]) in valid
    ]
    keys = [data.pair_keys[n] for n, _, _ in both]
    units = data.units(None, [n for n, _, _ in both], k)
    ordinal = binary = None
    if scales.is_ordinal(scale):
        position = {v: scales.order(scale, v) for v in scale.values}
        diffs = [position[b] - position[a] for _, a, b in both]
        table = data.table(diffs, keys)
        ordinal = published.paired(
            diffs, table, k, units=units, ordinal=True, bound=len(scale.values) - 1
        )
    if scales.has_sides(scale):
        agree = {v for v, s in side.items() if s == "agree"}
        outcomes = [(a in agree, b in agree) for _, a, b in both]
        binary = published.binary(outcomes, data.table(outcomes, keys), k, units=units)
    return ItemResult(item=item, pre=pre, post=post, ordinal=ordinal, binary=binary)


def _phase(item: Item, phase: str, data: _Columns, side: Mapping[int, str], k: int) -> PhaseResult:
    scale = item.scale
    column = data.columns[phase][item.id]
    rows: dict[object, list[int]] = {}
    for i, value in enumerate(column):
        rows.setdefault(value, []).append(i)
    values = scale.values
    line = [len(rows.get(v, ())) for v in values]
    answered_rows = [i for v in values for i in rows.get(v, ())]
    answered, prefer_not = len(answered_rows), len(rows.get(None, ()))
    n = answered + prefer_not
    n_noisy = data.units(phase, [*answered_rows, *rows.get(None, ())], k)
    if n < k:  # the whole phase is too small: nothing of it is shown
        hidden = dc.Cell(None, suppressed=True, reason=dc.TOTAL)
        cells: Sequence[dc.Cell] = (hidden,) * len(line)
        shares: Sequence[dc.Cell] = cells
        pn_count, pn_share = hidden, hidden
    else:
        noisy = [data.noisy(phase, rows.get(v, ()), floor=k) for v in values]
        answered_noisy = data.noisy(phase, answered_rows)
        cells = published.counts(dc.protect_line(line, k), noisy)
        shares = published.shares(dc.line_shares(line, k), noisy, answered_noisy)
        pn_noisy = data.noisy(phase, rows.get(None, ()))
        pn_count, pn_share = dc.Cell(pn_noisy), dc.Cell(published.ratio(pn_noisy, n_noisy))
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
    if scales.has_sides(scale) and n >= k:
        agreeing = [i for i, v in enumerate(values) if side[v] == "agree"]
        others = [i for i, v in enumerate(values) if side[v] != "agree"]
        groups = (others, agreeing)
        group_rows = [[r for i in group for r in rows.get(values[i], ())] for group in groups]
        agree_rows = group_rows[1]
        if all(cell.shown for cell in cells):
            true_share = dc.share_cell(len(agree_rows), answered, k)
            agree = published.shares(
                (true_share,), [data.noisy(phase, agree_rows)], data.noisy(phase, answered_rows)
            )[0]
        else:
            agree = dc.Cell(None, suppressed=True, reason=dc.COMPLEMENTARY)
        true_collapsed = dc.protect_collapsed(line, groups, cells, k)
        noisy_groups = [data.noisy(phase, g, floor=k) for g in group_rows]
        not_agree, agree_cell = published.counts(true_collapsed, noisy_groups)
        collapsed = (not_agree, agree_cell)
    elif scales.has_sides(scale):
        agree = dc.Cell(None, suppressed=True, reason=dc.TOTAL)
        collapsed = (agree, agree)
    return PhaseResult(
        phase=phase,
        n=n_noisy,
        options=tuple(options),
        agree=agree,
        prefer_not=pn_share,
        suppressed=n < k,
        collapsed=collapsed,
    )


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


def _scores(data: _Columns, phase: str, items: Sequence[Item]) -> list[float | None]:
    score = _score(items)
    return [score(values) for values in data.rows(phase, [item.id for item in items])]


def _audit(instrument: Instrument, dataset: Dataset, data: _Columns, k: int) -> MatchAudit:
    """The match audit (``audit``), with each construct's scores before, matched vs not.

    The audit's rules run on the true counts; every count, rate and mean it shows is then
    the perturbed one (``published.audit``)."""
    matched = {i for i, _ in data.pairs}
    keys = data.keys["pre"]
    before: dict[str, tuple[list[float], list[float]]] = {}
    for construct, items in _construct_groups(instrument).items():
        found = [(i, s) for i, s in enumerate(_scores(data, "pre", items)) if s is not None]
        split = []
        for side in (True, False):
            chosen = [(s, keys[i]) for i, s in found if (i in matched) == side]
            values = [s for s, _ in chosen]
            table = data.table(values, [key for _, key in chosen])
            split.append(published.expand(table) if len(values) >= k else values)
        before[construct] = (split[0], split[1])
    audit = match_audit(
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
    pre_all, post_all = range(data.counts["pre"]), range(data.counts["post"])
    unmatched_pre = [i for i in pre_all if i not in matched]
    matched_post = {j for _, j in data.pairs}
    unmatched_post = [j for j in post_all if j not in matched_post]
    return published.audit(
        audit,
        responses_pre=data.noisy("pre", pre_all),
        responses_post=data.noisy("post", post_all),
        pairs=data.noisy_pairs(range(len(data.pairs))),
        unmatched_pre=data.noisy("pre", unmatched_pre),
        unmatched_post=data.noisy("post", unmatched_post),
        tolerant=data.perturb(dataset.tolerant_pairs, dataset.tolerant_key, k),
        ambiguous_pre=data.perturb(dataset.ambiguous_pre, dataset.ambiguous_pre_key, k),
        ambiguous_post=data.perturb(dataset.ambiguous_post, dataset.ambiguous_post_key, k),
    )


def _constructs(instrument: Instrument, data: _Columns, k: int) -> tuple[ConstructResult, ...]:
    groups = _construct_groups(instrument)
    results = []
    for construct, items in groups.items():
        scores, phases = {}, {}
        for phase in ("pre", "post"):
            scores[phase] = _scores(data, phase, items)
            keys = data.keys[phase]
            rows = [i for i, s in enumerate(scores[phase]) if s is not None]
            found = [s for s in scores[phase] if s is not None]
            table = data.table(found, [keys[i] for i in rows])
            phases[phase] = published.score(found, table, k, units=data.units(phase, rows, k))
        before, after = scores["pre"], scores["post"]
        changes = [
            (b - a, n)
            for n, (i, j) in enumerate(data.pairs)
            if (a := before[i]) is not None and (b := after[j]) is not None
        ]
        diffs = [d for d, _ in changes]
        table = data.table(diffs, [data.pair_keys[n] for _, n in changes])
        units = data.units(None, [n for _, n in changes], k)
        alpha_pre, alpha_post = reliability.construct_alphas(items, data, k)
        results.append(
            ConstructResult(
                construct=construct,
                items=tuple(item.id for item in items),
                pre=phases["pre"],
                post=phases["post"],
                paired=published.paired(diffs, table, k, units=units, ordinal=False, bound=100.0),
                alpha_pre=alpha_pre,
                alpha_post=alpha_post,
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
            found = [i for i, y in enumerate(flags[phase]) if y is not None]
            yes = [i for i in found if flags[phase][i]]
            ns[phase] = data.units(phase, found, k)
            true_share = dc.share_cell(len(yes), len(found), k)
            noisy_yes = data.noisy(phase, yes)
            shares[phase] = published.shares((true_share,), [noisy_yes], ns[phase])[0]
        before, after = flags["pre"], flags["post"]
        outcomes = [
            ((a, b), n)
            for n, (i, j) in enumerate(data.pairs)
            if (a := before[i]) is not None and (b := after[j]) is not None
        ]
        pairs = [o for o, _ in outcomes]
        table = data.table(pairs, [data.pair_keys[n] for _, n in outcomes])
        units = data.units(None, [n for _, n in outcomes], k)
        results.append(
            IndicatorResult(
                block=block,
                items=ids,
                pre=shares["pre"],
                post=shares["post"],
                n_pre=ns["pre"],
                n_post=ns["post"],
                paired=published.binary(pairs, table, k, units=units),
            )
        )
    return tuple(results)
