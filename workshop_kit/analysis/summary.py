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
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from itertools import accumulate, compress, repeat
from operator import add, and_, attrgetter, eq, is_not, lshift, mul, sub
from typing import Any, NamedTuple, cast

from workshop_kit.analysis import cellkey, published, reliability, scales
from workshop_kit.analysis import disclosure as dc
from workshop_kit.analysis.audit import MatchAudit, match_audit
from workshop_kit.analysis.coded import (
    _ASKED_NOT,
    _NOT,
    Cell,
    Coded,
    _coded,
    _columns,
    _digits,
    _joint,
    _pick,
    code_cells,
    code_sums,
)
from workshop_kit.analysis.dataset import Dataset
from workshop_kit.analysis.flat import flat
from workshop_kit.analysis.results import (
    ConstructResult,
    IndicatorResult,
    ItemResult,
    OptionShare,
    PhaseResult,
    Results,
)
from workshop_kit.content.model import Block, Instrument, Item
from workshop_kit.records.model import RECORD_KEY_LIMIT

__all__ = ["summarise"]


class _Split(NamedTuple):
    """The cells of two columns (before, after) split by matched and unmatched rows: the
    pairs' (before, after) combinations (in pair keys), the matched rows of each phase by
    their value (in their own keys), and the unmatched rows of each phase."""

    pairs: dict[Any, Cell]
    matched: dict[str, dict[Any, Cell]]
    unmatched: dict[str, dict[Any, Cell]]

    def phase(self, phase: str) -> dict[Any, Cell]:
        """The cell of each value in all responses of ``phase``."""
        cells = dict(self.matched[phase])
        for value, (n, key) in self.unmatched[phase].items():
            had = cells.get(value, (0, 0))
            cells[value] = (had[0] + n, had[1] + key)
        return cells


def _decoded_cells(coded: Coded, keys: Sequence[int]) -> dict[Any, Cell]:
    """The cell of each value of ``coded`` that some row has, in the order codes go."""
    cells = code_cells(coded.codes, keys, len(coded.values))
    return {v: cell for v, cell in zip(coded.values, cells, strict=True) if cell[0]}


_ID = attrgetter("id")


_PAIR_BITS = 40  # a pair key: workshop number << 40 | pair number (pairs are far fewer)


class _Columns:
    """The answers as one coded column per item and phase (``_ASKED_NOT`` where the item
    was not asked), the record keys as one list per phase, and the matched pairs as two
    lists of row indices (before, after): each answer is looked up once, however many
    statistics use it, and a count is published from its cell (count and key sum) without
    listing its records again. The columns are built by passes over all rows (``map``,
    ``compress``, ``zip``), not by Python code per row."""

    def __init__(self, instrument: Instrument, dataset: Dataset, exact: bool = False) -> None:
        self.exact = exact
        ids = [item.id for item in instrument.items]
        source = flat(dataset, ids)
        ours = list(map(eq, source.instrument_ids, repeat(instrument.id)))
        self.other = dataset.skipped_other_instruments + ours.count(False)
        phases = source.phases
        # the pair's key of each paired row: its workshop (as a number) and pair number in
        # one whole number (not a tuple: 50,000 tuples made the cyclic collector run
        # full passes over them, holding the interpreter for 60 ms at a time)
        pair_numbers = source.pairs
        paired_rows = list(map(is_not, pair_numbers, repeat(None)))
        workshop_number = {w: n for n, w in enumerate(dict.fromkeys(source.workshop_ids))}
        pair_of = list(
            map(
                add,
                map(
                    lshift,
                    map(workshop_number.__getitem__, compress(source.workshop_ids, paired_rows)),
                    repeat(_PAIR_BITS),
                ),
                compress(pair_numbers, paired_rows),
            )
        )
        answers: dict[str, list] = {}
        self.keys: dict[str, list[int]] = {}
        # pair key -> row index in the phase (None: another instrument), the last row of
        # the phase with it (as Dataset.pairs() keeps it)
        at: dict[str, dict[int, int | None]] = {}
        for phase in ("pre", "post"):
            in_phase = list(map(eq, phases, repeat(phase)))
            chosen = list(map(and_, in_phase, ours))
            answers[phase] = list(compress(source.answers, chosen))
            self.keys[phase] = _record_keys(
                list(compress(source.record_keys, chosen)), compress(source.ids, chosen)
            )
            # each paired row's index in its phase's columns: the running count of chosen
            # rows (None where the row is not chosen: another instrument's)
            paired_here = list(map(and_, in_phase, paired_rows))
            index = compress(map(sub, accumulate(chosen), repeat(1)), paired_here)
            if all(ours):
                position: Iterable[int | None] = index
            else:
                picked = compress(chosen, paired_here)
                position = [i if c else None for i, c in zip(index, picked, strict=True)]
            at[phase] = dict(
                zip(
                    compress(pair_of, compress(paired_here, paired_rows)),
                    position,
                    strict=True,
                )
            )
        self.counts = {phase: len(found) for phase, found in answers.items()}
        # the pairs with a row in each phase, in the order Dataset.pairs() finds them
        found = list(dict.fromkeys(pair_of))
        pre_rows = list(map(at["pre"].get, found))
        post_rows = list(map(at["post"].get, found))
        both = list(
            map(and_, map(is_not, pre_rows, repeat(None)), map(is_not, post_rows, repeat(None)))
        )
        # (both rows are there: no None is left)
        self.pair_pre: Sequence[int] = cast(list[int], list(compress(pre_rows, both)))
        self.pair_post: Sequence[int] = cast(list[int], list(compress(post_rows, both)))
        self.n_pairs = n = len(self.pair_pre)
        # Each phase's rows put in the order: the pairs' rows, in pair order, then the
        # rows in no pair (``order[phase]``: each row's index before). A column's pairs
        # and its unpaired rows are then two slices of it, not a pick of each row.
        self.order: dict[str, list[int]] = {}
        for phase, chosen in (("pre", self.pair_pre), ("post", self.pair_post)):
            in_pair = bytearray(self.counts[phase])
            for i in chosen:
                in_pair[i] = 1
            lone = compress(range(self.counts[phase]), in_pair.translate(_NOT))
            self.order[phase] = order = [*chosen, *lone]
            answers[phase] = list(map(answers[phase].__getitem__, order))
            self.keys[phase] = list(map(self.keys[phase].__getitem__, order))
        self.pair_pre = self.pair_post = range(n)
        pre_keys, post_keys = self.keys["pre"], self.keys["post"]
        self.pair_keys = list(map(add, pre_keys[:n], post_keys[:n]))
        self.columns = {
            phase: _columns(ids, found, taken=source.taken) for phase, found in answers.items()
        }
        self.whole = {phase: (len(keys), sum(keys)) for phase, keys in self.keys.items()}
        # each phase's rows in no pair, and the keys of the pairs' rows
        self.lone: dict[str, Sequence[int]] = {}
        self.lone_keys: dict[str, list[int]] = {}
        self.matched_keys: dict[str, list[int]] = {}
        for phase in ("pre", "post"):
            keys = self.keys[phase]
            self.lone[phase] = range(n, len(keys))
            self.lone_keys[phase] = keys[n:]
            self.matched_keys[phase] = keys[:n]
        self.memo: dict[Hashable, Any] = {}

    def count(self, cell: Cell, floor: int = 0) -> int:
        """The published (perturbed) count of ``cell``."""
        if self.exact:
            return cell[0]
        return cellkey.perturb(cell[0], cell[1] % RECORD_KEY_LIMIT, floor)

    def perturb(self, count: int, key: int, floor: int = 0) -> int:
        """``count`` records whose cell key is ``key``, as published."""
        return count if self.exact else cellkey.perturb(count, key, floor)

    def units_cell(self, cell: Cell, k: int) -> int:
        """A number of units printed beside a result: the true number when below ``k``
        (outputs print it as "fewer than k"), else perturbed and never below ``k``."""
        return cell[0] if cell[0] < k else self.count(cell, floor=k)

    def units(self, phase: str | None, chosen: Sequence[int], k: int) -> int:
        """:meth:`units_cell` of the rows ``chosen`` of ``phase`` (None: of the pairs)."""
        if phase is None:
            picked = list(map(self.pair_keys.__getitem__, chosen))
            return self.units_cell((len(picked), sum(picked)), k)
        return self.units_cell(self.cell(phase, chosen), k)

    def cell(self, phase: str, chosen: Iterable[int]) -> Cell:
        """The cell of the rows ``chosen`` (distinct indices) of ``phase``."""
        picked = list(map(self.keys[phase].__getitem__, chosen))
        return len(picked), sum(picked)

    def split(self, before: Coded, after: Coded) -> _Split:
        """The cells of a column before and after, by pairs and by matched and unmatched
        rows (:class:`_Split`): one pass over the pairs and one over the unmatched rows of
        each phase, instead of one over each phase and one over the pairs."""
        joint = _joint(_pick(before, self.pair_pre), _pick(after, self.pair_post))
        size = len(joint.values)
        counts, (pre_sums, post_sums) = code_sums(
            joint.codes, (self.matched_keys["pre"], self.matched_keys["post"]), size
        )
        pairs: dict[Any, Cell] = {}
        matched: dict[str, dict[Any, Cell]] = {"pre": {}, "post": {}}
        for (a, b), n, pre_sum, post_sum in zip(
            joint.values, counts, pre_sums, post_sums, strict=True
        ):
            if not n:
                continue
            pairs[(a, b)] = (n, pre_sum + post_sum)
            for phase, value, key in (("pre", a, pre_sum), ("post", b, post_sum)):
                had = matched[phase].get(value, (0, 0))
                matched[phase][value] = (had[0] + n, had[1] + key)
        unmatched = {
            phase: _decoded_cells(_pick(column, self.lone[phase]), self.lone_keys[phase])
            for phase, column in (("pre", before), ("post", after))
        }
        return _Split(pairs, matched, unmatched)

    def table(self, cells: Mapping[Any, Cell]) -> dict[Hashable, int]:
        """The (perturbed) frequency table of values with these cells
        (``cellkey.noisy_table`` of the values and their record keys)."""
        if self.exact:
            return {value: n for value, (n, _) in cells.items()}
        return {value: cellkey.perturb(n, key) for value, (n, key) in cells.items()}

    def patterns(self, phase: str, item_ids: Sequence[str]) -> tuple[list[tuple], list]:
        """The distinct answer patterns to ``item_ids`` in ``phase`` (as code tuples, in
        the order they first appear, with their values) and each row's pattern."""
        columns = [self.columns[phase][i] for i in item_ids]
        tables = [column.values for column in columns]
        # each row's pattern as one whole number (the codes as digits, each column's
        # size its base): passes in C over the columns, no tuple per row
        rows: list = []
        for column in columns:
            size = len(column.values)
            rows = (
                list(column.codes)
                if not rows
                else list(map(add, map(mul, rows, repeat(size)), column.codes))
            )
        if not columns:
            rows = []
        found = list(dict.fromkeys(rows))
        values = [_digits(pattern, tables) for pattern in found]
        return rows, list(zip(found, values, strict=True))

    def rows(self, phase: str, item_ids: Sequence[str]) -> list[tuple]:
        """Each row's answers to ``item_ids`` (``reliability``)."""
        rows, found = self.patterns(phase, item_ids)
        known = dict(found)
        return list(map(known.__getitem__, rows))


def _record_keys(keys: list[int | None], ids: Iterable[str]) -> list[int]:
    """The rows' record keys (``cellkey.record_key``): each stored one, or derived from
    the response's id where none was stored."""
    if None in keys:
        derived = cellkey.derived_key
        return [derived(i) if k is None else k for i, k in zip(ids, keys, strict=True)]
    return keys  # type: ignore[return-value]


def _union(cells: Mapping[Any, Cell], values: Iterable[Hashable]) -> Cell:
    """The cell of the records having any of ``values`` (distinct)."""
    count = key = 0
    for value in values:
        found = cells.get(value)
        if found is not None:
            count += found[0]
            key += found[1]
    return count, key


def _grouped(cells: Mapping[Any, Cell], group: Callable[[Hashable], Hashable]) -> dict:
    """Cells merged by ``group(value)`` (None: left out), in the order values appear."""
    merged: dict[Any, Cell] = {}
    for value, (n, key) in cells.items():
        target = group(value)
        if target is None:
            continue
        had = merged.get(target, (0, 0))
        merged[target] = (had[0] + n, had[1] + key)
    return merged


def _total(cells: Mapping[Any, Cell]) -> Cell:
    return sum(n for n, _ in cells.values()), sum(key for _, key in cells.values())


def summarise(
    dataset: Dataset, instrument: Instrument, *, k: int = dc.DEFAULT_K, cell_key: bool = True
) -> Results:
    """Results for ``instrument`` from the responses in ``dataset`` that answered it.

    ``cell_key=False`` leaves out the cell-key noise (``cellkey``): for checking the
    statistics against reference implementations only; no output may be made from it.
    """
    k = dc.check_k(k)
    with _old_objects_frozen():
        return _summarise(dataset, instrument, k, not cell_key)


@contextmanager
def _old_objects_frozen() -> Iterator[None]:
    """Keep the cyclic garbage collector off the objects that exist already (the data
    set: a lead's 100,000 responses) while the analysis runs (``gc.freeze``), so each of
    its passes looks only at what was made since. The collector stays on, for every
    thread: what the analysis and other threads make is collected as usual; cyclic
    garbage that existed before is collected after (``gc.unfreeze``). Before this the
    collector was switched off for the whole process while an analysis ran."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _unmatched(data: _Columns) -> dict[str, Cell]:
    """The cells of the responses of each phase that are in no pair."""
    found = {}
    for phase, chosen in (("pre", data.pair_pre), ("post", data.pair_post)):
        matched = data.cell(phase, set(chosen))
        whole = data.whole[phase]
        found[phase] = (whole[0] - matched[0], whole[1] - matched[1])
    return found


def _summarise(dataset: Dataset, instrument: Instrument, k: int, exact: bool) -> Results:
    data = _Columns(instrument, dataset, exact)
    unmatched = _unmatched(data)
    pairs = (data.n_pairs, sum(data.pair_keys))
    return Results(
        instrument=instrument,
        filters=dataset.filters,
        k=k,
        workshops=len(dataset.workshops),
        responses_pre=data.count(data.whole["pre"]),
        responses_post=data.count(data.whole["post"]),
        pairs=data.count(pairs),
        unmatched_pre=data.count(unmatched["pre"]),
        unmatched_post=data.count(unmatched["post"]),
        other_instruments=data.other,
        items=tuple(_item(item, data, k) for item in instrument.items),
        constructs=_constructs(instrument, data, k),
        indicators=_indicators(instrument, data, k),
        audit=_audit(instrument, dataset, data, k, unmatched),
    )


# ----------------------------------------------------------------------------- items


def _item(item: Item, data: _Columns, k: int) -> ItemResult:
    scale = item.scale
    side = scales.sides(scale)
    split = data.split(data.columns["pre"][item.id], data.columns["post"][item.id])
    pre = _phase(item, "pre", split.phase("pre"), data, side, k)
    post = _phase(item, "post", split.phase("post"), data, side, k)
    valid = set(scale.values)
    combos = split.pairs
    both = {ab: cell for ab, cell in combos.items() if ab[0] in valid and ab[1] in valid}
    n_both = _total(both)
    units = data.units_cell(n_both, k)
    ordinal = binary = None
    if scales.is_ordinal(scale):
        position = {v: scales.order(scale, v) for v in scale.values}
        diffs = _grouped(both, lambda ab: position[ab[1]] - position[ab[0]])  # type: ignore[index]
        ordinal = published.paired_table(
            n_both[0], data.table(diffs), k, units=units, ordinal=True, bound=len(scale.values) - 1
        )
    if scales.has_sides(scale):
        agree = {v for v, s in side.items() if s == "agree"}
        outcomes = _grouped(both, lambda ab: (ab[0] in agree, ab[1] in agree))  # type: ignore[index]
        binary = published.binary_table(n_both[0], data.table(outcomes), k, units=units)
    return ItemResult(item=item, pre=pre, post=post, ordinal=ordinal, binary=binary)


def _phase(
    item: Item,
    phase: str,
    cells: Mapping[Any, Cell],
    data: _Columns,
    side: Mapping[int, str],
    k: int,
) -> PhaseResult:
    """An item's distribution in ``phase``, from the cell of each of its values there."""
    scale = item.scale
    values = scale.values
    line = [cells.get(v, (0, 0))[0] for v in values]
    answered_cell = _union(cells, values)
    none_cell = cells.get(None, (0, 0))
    answered, prefer_not = answered_cell[0], none_cell[0]
    n = answered + prefer_not
    n_noisy = data.units_cell((n, answered_cell[1] + none_cell[1]), k)
    if n < k:  # the whole phase is too small: nothing of it is shown
        hidden = dc.Cell(None, suppressed=True, reason=dc.TOTAL)
        shown: Sequence[dc.Cell] = (hidden,) * len(line)
        shares: Sequence[dc.Cell] = shown
        pn_count, pn_share = hidden, hidden
    else:
        noisy = [data.count(cells.get(v, (0, 0)), floor=k) for v in values]
        answered_noisy = data.count(answered_cell)
        shown = published.counts(dc.protect_line(line, k), noisy)
        shares = published.shares(dc.line_shares(line, k), noisy, answered_noisy)
        pn_noisy = data.count(none_cell)
        pn_count, pn_share = dc.Cell(pn_noisy), dc.Cell(published.ratio(pn_noisy, n_noisy))
    options = [
        OptionShare(
            value=value,
            label=scale.option(value).label,
            side=side[value],
            count=cell,
            share=share,
        )
        for value, cell, share in zip(values, shown, shares, strict=True)
    ]
    options.append(OptionShare(None, None, "prefer_not", pn_count, pn_share))
    agree = None
    collapsed = None
    if scales.has_sides(scale) and n >= k:
        agreeing = [i for i, v in enumerate(values) if side[v] == "agree"]
        others = [i for i, v in enumerate(values) if side[v] != "agree"]
        groups = (others, agreeing)
        group_cells = [_union(cells, [values[i] for i in group]) for group in groups]
        agree_cell = group_cells[1]
        if all(cell.shown for cell in shown):
            true_share = dc.share_cell(agree_cell[0], answered, k)
            agree = published.shares(
                (true_share,), [data.count(agree_cell)], data.count(answered_cell)
            )[0]
        else:
            agree = dc.Cell(None, suppressed=True, reason=dc.COMPLEMENTARY)
        true_collapsed = dc.protect_collapsed(line, groups, shown, k)
        noisy_groups = [data.count(g, floor=k) for g in group_cells]
        not_agree, agree_count = published.counts(true_collapsed, noisy_groups)
        collapsed = (not_agree, agree_count)
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


def _scores(data: _Columns, phase: str, items: Sequence[Item]) -> Coded:
    return _per_pattern(data, phase, [item.id for item in items], _score(items))


def _construct_scores(
    data: _Columns, construct: str, items: Sequence[Item]
) -> tuple[Coded, _Split]:
    """The construct's scores before (a column) and their split before and after by
    pairs (computed once: the construct results and the audit use them)."""
    key = ("construct", construct)
    if key not in data.memo:
        pre, post = (_scores(data, phase, items) for phase in ("pre", "post"))
        data.memo[key] = (pre, data.split(pre, post))
    found: tuple[Coded, _Split] = data.memo[key]
    return found


def _per_pattern(
    data: _Columns, phase: str, ids: Sequence[str], of: Callable[[tuple], Hashable]
) -> Coded:
    """``of`` each row's answers to ``ids`` (a coded column), computed once per distinct
    answer pattern."""
    rows, found = data.patterns(phase, ids)
    values: dict[Hashable, int] = {}
    code = {pattern: values.setdefault(of(answers), len(values)) for pattern, answers in found}
    return _coded(list(map(code.__getitem__, rows)), list(values))


def _given(cells: Mapping[Any, Cell]) -> dict[Any, Cell]:
    """The cells of values other than None (a score or flag that could not be given)."""
    return {value: cell for value, cell in cells.items() if value is not None}


def _given_pairs(cells: Mapping[Any, Cell]) -> dict[Any, Cell]:
    """The cells of (before, after) combinations where both were given."""
    return {ab: cell for ab, cell in cells.items() if ab[0] is not None and ab[1] is not None}


def _audit(
    instrument: Instrument, dataset: Dataset, data: _Columns, k: int, unmatched: dict[str, Cell]
) -> MatchAudit:
    """The match audit (``audit``), with each construct's scores before, matched vs not.

    The audit's rules run on the true counts; every count, rate and mean it shows is then
    the perturbed one (``published.audit``)."""
    before: dict[str, tuple[list[float], list[float]]] = {}
    for construct, items in _construct_groups(instrument).items():
        scores, by_pairs = _construct_scores(data, construct, items)
        split = []
        for cells, rows in (
            (by_pairs.matched["pre"], data.pair_pre),
            (by_pairs.unmatched["pre"], data.lone["pre"]),
        ):
            part = _given(cells)
            if _total(part)[0] >= k:
                split.append(published.expand(data.table(part)))
            else:  # in the order of the rows
                values = scores.values
                chosen = sorted(rows, key=data.order["pre"].__getitem__)
                found = map(values.__getitem__, map(scores.codes.__getitem__, chosen))
                split.append([s for s in found if s is not None])
        before[construct] = (split[0], split[1])
    audit = match_audit(
        responses_pre=data.counts["pre"],
        responses_post=data.counts["post"],
        pairs=data.n_pairs,
        tolerant=dataset.tolerant_pairs,
        ambiguous_pre=dataset.ambiguous_pre,
        ambiguous_post=dataset.ambiguous_post,
        detail_workshops=dataset.match_detail_workshops,
        workshops=len(dataset.workshops),
        before_scores=before,
        k=k,
    )
    return published.audit(
        audit,
        responses_pre=data.count(data.whole["pre"]),
        responses_post=data.count(data.whole["post"]),
        pairs=data.count((data.n_pairs, sum(data.pair_keys))),
        unmatched_pre=data.count(unmatched["pre"]),
        unmatched_post=data.count(unmatched["post"]),
        tolerant=data.perturb(dataset.tolerant_pairs, dataset.tolerant_key, k),
        ambiguous_pre=data.perturb(dataset.ambiguous_pre, dataset.ambiguous_pre_key, k),
        ambiguous_post=data.perturb(dataset.ambiguous_post, dataset.ambiguous_post_key, k),
    )


def _constructs(instrument: Instrument, data: _Columns, k: int) -> tuple[ConstructResult, ...]:
    groups = _construct_groups(instrument)
    results = []
    for construct, items in groups.items():
        phases = {}
        by_pairs = _construct_scores(data, construct, items)[1]
        for phase in ("pre", "post"):
            found = _given(by_pairs.phase(phase))
            n_found = _total(found)
            phases[phase] = published.score_table(
                n_found[0], data.table(found), k, units=data.units_cell(n_found, k)
            )
        both = _given_pairs(by_pairs.pairs)
        diffs = _grouped(both, lambda ab: ab[1] - ab[0])  # type: ignore[index]
        n_both = _total(both)
        units = data.units_cell(n_both, k)
        alpha_pre, alpha_post = reliability.construct_alphas(items, data, k)
        results.append(
            ConstructResult(
                construct=construct,
                items=tuple(item.id for item in items),
                pre=phases["pre"],
                post=phases["post"],
                paired=published.paired_table(
                    n_both[0], data.table(diffs), k, units=units, ordinal=False, bound=100.0
                ),
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
        shares, ns = {}, {}
        flags = data.split(*(_per_pattern(data, phase, ids, _any_yes) for phase in ("pre", "post")))
        for phase in ("pre", "post"):
            cells = flags.phase(phase)
            found = _union(cells, (True, False))
            yes = cells.get(True, (0, 0))
            ns[phase] = data.units_cell(found, k)
            true_share = dc.share_cell(yes[0], found[0], k)
            noisy_yes = data.count(yes)
            shares[phase] = published.shares((true_share,), [noisy_yes], ns[phase])[0]
        both = _given_pairs(flags.pairs)
        n_both = _total(both)
        units = data.units_cell(n_both, k)
        results.append(
            IndicatorResult(
                block=block,
                items=ids,
                pre=shares["pre"],
                post=shares["post"],
                n_pre=ns["pre"],
                n_post=ns["post"],
                paired=published.binary_table(n_both[0], data.table(both), k, units=units),
            )
        )
    return tuple(results)
