"""The column passes of ``summary`` give exactly what the row-by-row implementation they
replaced gave, noise included (the cell key method must stay deterministic: the same
records always get the same noise), on random data sets.

The reference below is ``workshop_kit/analysis/summary.py`` as it was before the coded
columns (counts and key sums by a ``Counter`` and a loop per value), kept here only to be
compared with.
"""

from __future__ import annotations

# ------------------------------------------------------------------ the reference (old)
import gc
import math
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from operator import itemgetter
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests import survey_data
from workshop_kit.analysis import cellkey, coded, published, reliability, scales, summary
from workshop_kit.analysis import disclosure as dc
from workshop_kit.analysis.audit import MatchAudit, match_audit
from workshop_kit.analysis.dataset import Dataset, Filters, make_dataset
from workshop_kit.analysis.results import (
    ConstructResult,
    IndicatorResult,
    ItemResult,
    OptionShare,
    PhaseResult,
    Results,
)
from workshop_kit.content.library import load_library
from workshop_kit.content.model import Block, Instrument, Item
from workshop_kit.records.model import RECORD_KEY_LIMIT, Response, Workshop, new_id

Answers = Mapping[str, int | None]
_ASKED_NOT = object()  # the item was not in the response's instrument version

#: A cell: how many records, and the sum of their record keys (its cell key before the
#: modulo, ``cellkey.cell_key``). The cell of a union of disjoint cells is their sum.
Cell = tuple[int, int]


class _Columns:
    """The answers as one list per item and phase (``_ASKED_NOT`` where the item was not
    asked), the record keys as one list per phase, and the matched pairs as two lists of
    row indices (before, after): each answer is looked up once, however many statistics
    use it, and a count is published from its cell (count and key sum) without listing
    its records again."""

    def __init__(self, instrument: Instrument, dataset: Dataset, exact: bool = False) -> None:
        self.exact = exact
        rows: dict[str, list[Answers]] = {"pre": [], "post": []}
        self.keys: dict[str, list[int]] = {"pre": [], "post": []}
        self.other = dataset.skipped_other_instruments
        # (workshop id, pair number) -> phase -> row index (None: another instrument), in
        # the order Dataset.pairs() finds them
        found: dict[tuple[str, int], dict[str, int | None]] = {}
        wanted = instrument.id
        derived = cellkey.derived_key
        for row in dataset.rows:
            response = row.response
            phase = response.phase
            at: int | None = None
            if response.instrument_id == wanted:
                phase_rows = rows[phase]
                at = len(phase_rows)
                phase_rows.append(response.answers)
                key = response.record_key
                self.keys[phase].append(derived(response.id) if key is None else key)
            else:
                self.other += 1
            if row.pair is not None:
                found.setdefault((row.workshop.id, row.pair), {})[phase] = at
        self.counts = {phase: len(answers) for phase, answers in rows.items()}
        self.pair_pre: list[int] = []
        self.pair_post: list[int] = []
        for phases in found.values():
            i, j = phases.get("pre"), phases.get("post")
            if i is not None and j is not None:
                self.pair_pre.append(i)
                self.pair_post.append(j)
        self.n_pairs = len(self.pair_pre)
        pre_keys, post_keys = self.keys["pre"], self.keys["post"]
        self.pair_keys = [
            pre_keys[i] + post_keys[j] for i, j in zip(self.pair_pre, self.pair_post, strict=True)
        ]
        ids = [item.id for item in instrument.items]
        self.columns = {phase: _columns(ids, answers) for phase, answers in rows.items()}
        self.whole = {phase: (len(keys), sum(keys)) for phase, keys in self.keys.items()}

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

    def tally(self, phase: str, values: Sequence[Hashable]) -> dict[Any, Cell]:
        """The cell of each value of ``values`` (one per row of ``phase``)."""
        return _cells(values, self.keys[phase])

    def pair_tally(self, values: Sequence[Hashable]) -> dict[Any, Cell]:
        """The cell of each value of ``values`` (one per pair), in pair keys."""
        return _cells(values, self.pair_keys)

    def paired(self, before: Sequence, after: Sequence) -> dict[Any, Cell]:
        """The cell of each (before, after) combination of two per-row lists over the pairs."""
        values = list(
            zip(
                map(before.__getitem__, self.pair_pre),
                map(after.__getitem__, self.pair_post),
                strict=True,
            )
        )
        return _cells(values, self.pair_keys)

    def table(self, cells: Mapping[Any, Cell]) -> dict[Hashable, int]:
        """The (perturbed) frequency table of values with these cells
        (``cellkey.noisy_table`` of the values and their record keys)."""
        if self.exact:
            return {value: n for value, (n, _) in cells.items()}
        return {value: cellkey.perturb(n, key) for value, (n, key) in cells.items()}

    def rows(self, phase: str, item_ids: Sequence[str]) -> list[tuple]:
        return list(zip(*(self.columns[phase][i] for i in item_ids), strict=True))


def _cells(values: Sequence[Hashable], keys: Sequence[int]) -> dict[Any, Cell]:
    counts, sums = cellkey.tally(values, keys)
    return {value: (n, sums[value]) for value, n in counts.items()}


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
    pre = _phase(item, "pre", data, side, k)
    post = _phase(item, "post", data, side, k)
    valid = set(scale.values)
    combos = data.paired(data.columns["pre"][item.id], data.columns["post"][item.id])
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


def _phase(item: Item, phase: str, data: _Columns, side: Mapping[int, str], k: int) -> PhaseResult:
    scale = item.scale
    cells = data.tally(phase, data.columns[phase][item.id])
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


def _scores(data: _Columns, phase: str, items: Sequence[Item]) -> list[float | None]:
    return _per_pattern(data, phase, [item.id for item in items], _score(items))


def _per_pattern(
    data: _Columns, phase: str, ids: Sequence[str], of: Callable[[tuple], Hashable]
) -> list:
    """``of`` each row's answers to ``ids``, computed once per distinct answer pattern."""
    rows = data.rows(phase, ids)
    known = {values: of(values) for values in dict.fromkeys(rows)}
    return list(map(known.__getitem__, rows))


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
    flag = [False] * data.counts["pre"]
    for i in data.pair_pre:
        flag[i] = True
    before: dict[str, tuple[list[float], list[float]]] = {}
    for construct, items in _construct_groups(instrument).items():
        scores = _scores(data, "pre", items)
        cells = data.tally("pre", list(zip(scores, flag, strict=True)))
        split = []
        for side in (True, False):
            part = {s: cell for (s, f), cell in cells.items() if s is not None and f is side}
            if _total(part)[0] >= k:
                split.append(published.expand(data.table(part)))
            else:
                split.append(
                    [s for s, f in zip(scores, flag, strict=True) if s is not None and f is side]
                )
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
        scores, phases = {}, {}
        for phase in ("pre", "post"):
            scores[phase] = _scores(data, phase, items)
            found = _given(data.tally(phase, scores[phase]))
            n_found = _total(found)
            phases[phase] = published.score_table(
                n_found[0], data.table(found), k, units=data.units_cell(n_found, k)
            )
        both = _given_pairs(data.paired(scores["pre"], scores["post"]))
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
        flags, shares, ns = {}, {}, {}
        for phase in ("pre", "post"):
            flags[phase] = _per_pattern(data, phase, ids, _any_yes)
            cells = data.tally(phase, flags[phase])
            found = _union(cells, (True, False))
            yes = cells.get(True, (0, 0))
            ns[phase] = data.units_cell(found, k)
            true_share = dc.share_cell(yes[0], found[0], k)
            noisy_yes = data.count(yes)
            shares[phase] = published.shares((true_share,), [noisy_yes], ns[phase])[0]
        both = _given_pairs(data.paired(flags["pre"], flags["post"]))
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


# ------------------------------------------------------------------------------ tests

INSTRUMENT = load_library().instrument("gbv-attitudes")


def _workshop(number: int) -> Workshop:
    return Workshop(
        id=new_id(),
        curriculum_id="equal-voices",
        session_ids=("gender-and-power",),
        site=f"Centre {number}",
        day=f"2026-10-{1 + number:02d}",
        language="en",
        expected_participants=20,
        instrument_id=INSTRUMENT.id,
        instrument_version=INSTRUMENT.version,
        status="closed",
        closed_day=f"2026-10-{1 + number:02d}",
    )


@st.composite
def answers(draw) -> dict:
    """Answers to a random part of the items (the others not asked): a scale value,
    "prefer not" (None), now and then a value the scale does not have (99)."""
    found = {}
    for item in INSTRUMENT.items:
        if draw(st.integers(0, 9)) == 0:
            continue  # not asked
        values = [*item.scale.values, None]
        found[item.id] = draw(st.sampled_from([*values, *values, 99]))
    return found


@st.composite
def datasets(draw):
    made = []
    for number in range(draw(st.integers(1, 3))):
        workshop = _workshop(number)
        responses = []
        for _ in range(draw(st.integers(0, 24))):
            phase = draw(st.sampled_from(("pre", "post")))
            other = draw(st.integers(0, 12)) == 0  # another instrument
            responses.append(
                Response(
                    id=new_id(),
                    workshop_id=workshop.id,
                    phase=phase,
                    instrument_id="other-survey" if other else INSTRUMENT.id,
                    instrument_version=1,
                    answers=draw(answers()),
                    entry_mode="paper",
                    day=workshop.day,
                    # few pair numbers: pairs, lone halves, and now and then two responses
                    # of a phase with one number
                    pair=draw(st.none() | st.integers(1, 8)),
                    record_key=draw(st.none() | st.integers(0, 2**32 - 1)),
                )
            )
        made.append((workshop, responses))
    return make_dataset(Filters(), made)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(datasets(), st.integers(3, 10), st.booleans())
def test_the_columns_give_exactly_the_old_results(dataset, k, cell_key):
    new = summary.summarise(dataset, INSTRUMENT, k=k, cell_key=cell_key)
    old = summarise(dataset, INSTRUMENT, k=k, cell_key=cell_key)
    assert repr(new) == repr(old)


@pytest.mark.parametrize("cell_key", [True, False])
def test_the_columns_give_exactly_the_old_results_at_scale(cell_key):
    made = survey_data.many_workshops(INSTRUMENT, workshops=60, responses=3_000, seed=7)
    dataset = make_dataset(Filters(), list(made))
    new = summary.summarise(dataset, INSTRUMENT, cell_key=cell_key)
    assert repr(new) == repr(summarise(dataset, INSTRUMENT, cell_key=cell_key))


@given(st.lists(st.tuples(st.integers(0, 40), st.integers(0, 2**32 - 1)), max_size=60))
def test_code_sums_are_the_counts_and_key_sums_by_code(rows):
    codes = [c for c, _ in rows]
    keys = [k for _, k in rows]
    size = max(codes, default=-1) + 1
    expected = [(codes.count(c), sum(k for x, k in rows if x == c)) for c in range(size)]
    assert coded.code_cells(codes, keys, size) == expected
    if size <= 256:
        assert coded.code_cells(bytes(codes), keys, size) == expected
    second = keys[::-1]
    counts, (first_sums, second_sums) = coded.code_sums(codes, (keys, second), size)
    assert list(zip(counts, first_sums, strict=True)) == expected
    assert second_sums == [
        sum(k for x, k in zip(codes, second, strict=True) if x == c) for c in range(size)
    ]
