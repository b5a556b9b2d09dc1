"""Disclosure control over everything released together, attacked (``tests/unit/attacker.py``).

Generated centres of several workshops of 4 to 40 people (seeded random data, so a failure
reproduces), every output the Results filters can make (``FILTERS``: a list, so a new
filter is one line), and every pair of them: the attacker may not pin any count from 1 to
k - 1, except what the published zeros pin alone (group attribute disclosure, decided in
``docs/disclosure.md``). The same attack on the figures as they were printed before the
cell-key method pins counts, so the attacker is worth trusting.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from tests.about_you_data import gbv_with_about_you
from tests.unit.attacker import BIG, Figure, Line, attack
from workshop_kit.analysis import cellkey, scales
from workshop_kit.analysis import disclosure as dc
from workshop_kit.analysis.dataset import Dataset, Filters, make_dataset
from workshop_kit.analysis.results import PhaseResult, Results
from workshop_kit.analysis.summary import summarise
from workshop_kit.content.library import ContentRoot, load_library
from workshop_kit.content.model import Instrument
from workshop_kit.records.model import Response, Workshop, new_id, new_record_key

BUNDLED = Path(__file__).resolve().parents[2] / "curricula"
K = 5
ITEMS = ("hit_if_antagonising", "dhs_goes_out", "confident_speak_up")
SITES = ("East Amman centre", "Zarqa women's group")
CURRICULA = ("equal-voices", "speaking-up")

World = list[tuple[Workshop, list[Response]]]

#: Every filter of the Results page: (name, the choices it offers for these workshops).
#: A new filter (say a respondent group) is one more line here.
FILTERS: list[tuple[str, Callable[[Sequence[Workshop]], list[Filters]]]] = [
    ("workshop", lambda ws: [Filters(workshop_id=w.id) for w in ws]),
    ("site", lambda ws: [Filters(site=s) for s in sorted({w.site for w in ws})]),
    ("dates from", lambda ws: [Filters(day_from=d) for d in sorted({w.day for w in ws})]),
    ("dates to", lambda ws: [Filters(day_to=d) for d in sorted({w.day for w in ws})]),
    ("language", lambda ws: [Filters(language=lang) for lang in sorted({w.language for w in ws})]),
    (
        "curriculum",
        lambda ws: [Filters(curriculum_id=c) for c in sorted({w.curriculum_id for w in ws})],
    ),
    ("group", lambda ws: [Filters(group=g) for g in GROUPS]),
]
#: The respondent groups of the about-you items of ``tests.about_you_data`` (what the
#: Results page's group filter offers).
GROUPS = [("sex", 1), ("sex", 2), ("age_band", 1), ("age_band", 2), ("age_band", 3)]


@pytest.fixture(scope="module")
def instrument(tmp_path_factory) -> Instrument:
    """The bundled survey's items, with the about-you items of the tests."""
    found = gbv_with_about_you(tmp_path_factory.mktemp("survey"))
    bundled = load_library([ContentRoot(BUNDLED, bundled=True)]).instrument("gbv-attitudes")
    assert found.items == bundled.items or [i.id for i in found.items] == [
        i.id for i in bundled.items
    ]
    return found


# ------------------------------------------------------------------------------- data


def _answer(rng: random.Random, values: Sequence[int], lean: float) -> int | None:
    if rng.random() < 0.08:
        return None
    weights = [lean ** (i + 1) + 0.05 for i in range(len(values))]
    return rng.choices(list(values), weights=weights)[0]


def make_world(instrument: Instrument, seed: int, sizes: Sequence[int]) -> World:
    """Closed workshops of the given sizes; half the responses carry a stored record key,
    the rest are older data (the key derived from the id)."""
    rng = random.Random(seed)
    world: World = []
    for number, size in enumerate(sizes):
        day = f"2026-{9 + number // 28:02d}-{1 + number % 28:02d}"
        workshop = Workshop(
            id=new_id(),
            curriculum_id=CURRICULA[rng.randrange(2)],
            session_ids=("gender-and-power",),
            site=SITES[rng.randrange(2)],
            day=day,
            language=rng.choice(("en", "ar")),
            expected_participants=size,
            instrument_id=instrument.id,
            instrument_version=instrument.version,
            status="closed",
            closed_day=day,
        )
        responses = []
        pair = 0
        for _ in range(size):
            unmatched = rng.random() < 0.1
            if not unmatched:
                pair += 1
            for phase, lean in (("pre", rng.uniform(0.6, 2.5)), ("post", rng.uniform(0.3, 1.2))):
                if unmatched and phase == rng.choice(("pre", "post")):
                    continue
                answers = {i.id: _answer(rng, i.scale.values, lean) for i in instrument.items}
                if phase == "pre":  # about you: asked before only
                    answers |= {a.id: _answer(rng, a.values, 1.0) for a in instrument.about_you}
                responses.append(
                    Response(
                        id=new_id(),
                        workshop_id=workshop.id,
                        phase=phase,
                        instrument_id=instrument.id,
                        instrument_version=instrument.version,
                        answers=answers,
                        entry_mode="paper",
                        day=day,
                        pair=None if unmatched else pair,
                        record_key=new_record_key() if rng.random() < 0.5 else None,
                    )
                )
        world.append((workshop, responses))
    return world


def outputs(world: World) -> list[tuple[str, Filters]]:
    """Every filter choice (and no filter), one per distinct set of workshops."""
    workshops = [w for w, _ in world]
    found: dict[frozenset[str], tuple[str, Filters]] = {}
    choices = [("all", Filters())]
    for name, offer in FILTERS:
        choices += [(f"{name}={f.describe()}", f) for f in offer(workshops)]
    for name, chosen in choices:
        members = frozenset(_members(world, chosen))
        if members:
            found.setdefault(members, (name, chosen))
    return list(found.values())


def _members(world: World, filters: Filters) -> set[str]:
    """The ids of the responses an output counts (a group filter keeps some of a workshop)."""
    return {row.response.id for row in make_dataset(filters, world).rows}


# ------------------------------------------------------------------------------- lines


def _noisy(responses: Sequence[Response], exact: bool = False) -> int:
    keys = [cellkey.record_key(r) for r in responses]
    return len(keys) if exact else cellkey.perturb(len(keys), cellkey.cell_key(keys))


def _phase_figures(
    out: str, phase: PhaseResult, rows: list[Response], item, k: int, exact: bool = False
):
    """What one output prints of an item's answers in a phase, as facts on true counts
    (``exact``: the figures are plain counts, as printed before the cell-key method)."""

    class _Exact(Figure):
        @classmethod
        def perturbed(cls, output, categories, value, floor=0, at_least=0):
            return Figure(output, tuple(categories), value, value, zero=value == 0)

    Figure_ = _Exact if exact else Figure
    values = list(item.scale.values)
    every = tuple(range(len(values) + 1))
    if phase.suppressed:
        return [Figure(out, every, 0, k - 1)]
    figures = [Figure_.perturbed(out, every, phase.n, k, at_least=k)]
    for c, option in enumerate(phase.options):
        cell = option.count
        if option.value is None:  # prefer not to answer: shown whatever its size
            figures.append(Figure_.perturbed(out, (c,), int(cell.value)))
        elif cell.shown:
            value = int(cell.value)
            figures.append(Figure_.perturbed(out, (c,), value, k, at_least=k if value else 0))
        elif cell.reason == dc.TOTAL:  # fewer than k answered: zeros are hidden too
            figures.append(Figure(out, (c,), 0, k - 1))
        else:
            figures.append(Figure(out, (c,), 1, BIG))
    answered = [r for r in rows if r.answers[item.id] is not None]
    figures.append(Figure_.perturbed(out, every[:-1], _noisy(answered, exact)))
    side = scales.sides(item.scale)
    agreeing = tuple(c for c, v in enumerate(values) if side[v] == "agree")
    if phase.agree is not None and phase.agree.shown:
        agree = [r for r in answered if side[r.answers[item.id]] == "agree"]
        figures.append(Figure_.perturbed(out, agreeing, _noisy(agree, exact)))
    if phase.collapsed is not None:
        others = tuple(c for c in every[:-1] if c not in agreeing)
        for group, cell in zip((others, agreeing), phase.collapsed, strict=True):
            if cell.shown:
                value = int(cell.value)
                figures.append(Figure_.perturbed(out, group, value, k, at_least=k if value else 0))
    return figures


def _atoms(world: World, a: Filters, b: Filters | None) -> dict[str, set[str]]:
    """Response ids: in both outputs ("AB", or "A" alone with one output), in one only."""
    in_a = _members(world, a)
    if b is None:
        return {"AB": set(), "A": in_a, "B": set()}
    in_b = _members(world, b)
    return {"AB": in_a & in_b, "A": in_a - in_b, "B": in_b - in_a}


def item_line(
    world, instrument, item_id, phase, chosen: dict[str, tuple[Filters, Results]], k, exact=False
):
    """The item's answers in ``phase``, as published by one output ("A") or two."""
    item = instrument.item(item_id)
    values = list(item.scale.values)
    a, b = chosen["A"][0], chosen["B"][0] if "B" in chosen else None
    atoms = _atoms(world, a, b)
    rows = {
        atom: [r for _, rs in world for r in rs if r.id in ids and r.phase == phase]
        for atom, ids in atoms.items()
    }
    truth = {
        atom: [sum(r.answers[item_id] == v for r in rs) for v in values]
        + [sum(r.answers[item_id] is None for r in rs)]
        for atom, rs in rows.items()
    }
    line = Line(len(values) + 1, {atom: len(rs) for atom, rs in rows.items()}, truth)
    for out, (_filters, results) in chosen.items():
        result = results.item(item_id)
        mine = [r for atom in ("AB", out) for r in rows.get(atom, [])]
        line.figures += _phase_figures(out, getattr(result, phase), mine, item, k, exact)
    return line


def binary_line(world, instrument, item_id, chosen, k):
    """The item's paired agree/not table (McNemar's), per output: what a reader who solved
    the change, the interval and the p-value band would know at best."""
    item = instrument.item(item_id)
    side = scales.sides(item.scale)
    cells = [(True, True), (False, True), (True, False), (False, False)]
    a, b = chosen["A"][0], chosen["B"][0] if "B" in chosen else None
    atoms = _atoms(world, a, b)
    pairs: dict[str, list[tuple[tuple[bool, bool], int]]] = {}
    for atom, ids in atoms.items():
        found = []
        for _, rs in world:
            by_pair: dict[int, dict[str, Response]] = {}
            for r in rs:
                if r.pair is not None and r.id in ids:
                    by_pair.setdefault(r.pair, {})[r.phase] = r
            for two in by_pair.values():
                if len(two) < 2:
                    continue
                pre, post = two["pre"], two["post"]
                x, y = pre.answers[item_id], post.answers[item_id]
                if x is not None and y is not None:
                    outcome = (side[x] == "agree", side[y] == "agree")
                    found.append((outcome, cellkey.record_key(pre) + cellkey.record_key(post)))
        pairs[atom] = found
    truth = {atom: [sum(o == c for o, _ in ps) for c in cells] for atom, ps in pairs.items()}
    line = Line(4, {atom: len(ps) for atom, ps in pairs.items()}, truth)
    for out, (_filters, results) in chosen.items():
        paired = results.item(item_id).binary
        mine = [p for atom in ("AB", out) for p in pairs.get(atom, [])]
        if not paired.shown:
            line.figures.append(Figure(out, (0, 1, 2, 3), 0, k - 1))
            continue
        line.figures.append(Figure.perturbed(out, (0, 1, 2, 3), paired.n_pairs, k, at_least=k))
        for c, cell in enumerate(cells):
            keys = [key for o, key in mine if o == cell]
            noisy = cellkey.perturb(len(keys), cellkey.cell_key(keys))
            line.figures.append(Figure.perturbed(out, (c,), noisy))
    return line


def _results(world: World, filters: Filters, instrument: Instrument, **kw) -> Results:
    dataset: Dataset = make_dataset(filters, world)
    return summarise(dataset, instrument, k=K, **kw)


def attack_world(world: World, instrument: Instrument, *, pairs: bool = True):
    """Every pinned count (and every group-attribute pin) over one output and two."""
    outs = outputs(world)
    published = {name: (f, _results(world, f, instrument)) for name, f in outs}
    choices: list[dict[str, tuple[Filters, Results]]] = [{"A": v} for v in published.values()]
    if pairs:
        for x, y in itertools.combinations(published.values(), 2):
            choices.append({"A": x, "B": y})
    pinned, attribute = [], []
    for chosen in choices:
        names = " vs ".join(str(v[0].describe()) for v in chosen.values())
        lines = [
            (f"{item} {phase}", item_line(world, instrument, item, phase, chosen, K))
            for item in ITEMS
            for phase in ("pre", "post")
        ]
        lines += [
            (f"{item} paired", binary_line(world, instrument, item, chosen, K)) for item in ITEMS
        ]
        for what, line in lines:
            found, group = attack(line, K)
            pinned += [f"{names}: {what}: {p}" for p in found]
            attribute += [f"{names}: {what}: {p}" for p in group]
    return pinned, attribute


# ------------------------------------------------------------------------------- tests


@pytest.mark.parametrize(("seed", "sizes"), [(1, (4, 12, 9)), (2, (8, 23, 40))])
def test_no_count_below_k_can_be_solved_from_one_output_or_any_two(instrument, seed, sizes):
    world = make_world(instrument, seed, sizes)
    pinned, _ = attack_world(world, instrument)
    assert pinned == []


@pytest.mark.slow
@pytest.mark.parametrize("seed", range(10, 16))
def test_many_generated_centres_resist_the_attacker(instrument, seed):
    rng = random.Random(seed)
    sizes = [rng.randint(4, 40) for _ in range(rng.randint(2, 4))]
    world = make_world(instrument, seed, sizes)
    pinned, _ = attack_world(world, instrument)
    assert pinned == [], sizes


def test_the_attacker_pins_counts_in_the_figures_printed_before(instrument):
    """Without the noise (the figures as printed before), differencing two filter choices
    gives counts away: the attacker finds them."""
    world = make_world(instrument, 3, (6, 14, 11))
    outs = outputs(world)
    exact = {name: (f, _results(world, f, instrument, cell_key=False)) for name, f in outs}
    found = []
    for x, y in itertools.combinations(exact.values(), 2):
        chosen = {"A": x, "B": y}
        for item in ITEMS:
            line = item_line(world, instrument, item, "pre", chosen, K, exact=True)
            found += attack(line, K)[0]
    assert found


def test_an_eight_person_workshop_report_and_xlsx_pass_the_attacker(instrument, tmp_path):
    from openpyxl import load_workbook

    from workshop_kit.exports.report import report
    from workshop_kit.exports.xlsx_export import write_xlsx
    from workshop_kit.pdf.blocks import Para, Table

    world = make_world(instrument, 8, (8,))
    workshop = world[0][0]
    filters = Filters(workshop_id=workshop.id)
    dataset = make_dataset(filters, world)
    results = summarise(dataset, instrument, k=K)
    write_xlsx(dataset, instrument, results, tmp_path / "r.xlsx")
    book = load_workbook(tmp_path / "r.xlsx", read_only=True)
    rows = [tuple(r) for r in book["summary"].iter_rows(values_only=True)]
    # The XLSX prints exactly what Results holds (the attacker reads those figures) ...
    printed = {(r[0], r[2], r[4]): r[6] for r in rows if r and r[0] in ITEMS and len(r) > 6}
    for item in ITEMS:
        for phase in ("pre", "post"):
            for option in getattr(results.item(item), phase).options:
                value = -9 if option.value is None else option.value
                shown = printed[(item, phase, value)]
                if option.count.shown:
                    assert shown == option.count.value
                else:
                    assert isinstance(shown, str)
    # ... and no test statistic, no exact p-value and no counting note.
    header = next(r for r in rows if r and r[0] == "kind")
    assert "statistic" not in header
    p_column = header.index("p_value")
    paired_rows = [
        r for r in rows if r and r[0] in ("item", "construct", "indicator") and len(r) > p_column
    ]
    assert paired_rows and all(
        r[p_column] in (None, "", "p < 0.01", "0.01 ≤ p < 0.05", "p ≥ 0.05") for r in paired_rows
    )
    assert not any("dropped" in str(cell) for r in rows for cell in r if cell)
    document = report(results, "en", None, day=workshop.day)
    texts = [
        cell
        for block in document.blocks
        if isinstance(block, Table)
        for row in block.rows
        for cell in row
    ] + [block.text for block in document.blocks if isinstance(block, Para)]
    assert not any("p = " in text for text in texts)
    chosen = {"A": (filters, results)}
    for item in ITEMS:
        for phase in ("pre", "post"):
            assert attack(item_line(world, instrument, item, phase, chosen, K), K)[0] == []
        assert attack(binary_line(world, instrument, item, chosen, K), K)[0] == []
