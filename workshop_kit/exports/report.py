"""The PDF results report: survey results, before and after, in English or Arabic.

:func:`report` turns :class:`~workshop_kit.analysis.results.Results` into a printed
:class:`~workshop_kit.pdf.blocks.Document` (data only, so a test can read what it says);
:func:`write_report` draws it with the shared renderer and writes the file atomically.

What it prints, in order: the title, the centre, the filters and the day the report was
made (a day, never a time); the counts of workshops, responses, matched pairs and unmatched
responses; the match audit (``analysis.audit``: match rates, tolerant and ambiguous
matches, matched vs not matched scores before, every number protected there); per
question its wording (from the instrument, in the report's language), a
diverging bar before vs after, the shares and the paired tests; the construct scores and
their reliability (Cronbach's alpha before and after, ``analysis.reliability``: 2 decimals
and its perturbed n from 10 complete cases and k, else only words, never a digit); the
"yes to at least one situation" indicators; a methods section in plain words and the
disclosure note. Fixed words come from :mod:`workshop_kit.content.labels` (``report.*``).

Decisions:

- Everything about answers comes from ``Results``, which has already passed disclosure
  control; this module only decides how a hidden number reads. It follows
  :func:`~workshop_kit.analysis.disclosure.suppressed_text`, in the report's language:
  "fewer than k" only where the whole line (or sample) had fewer than ``k`` units, and
  "hidden" for every other held-back number. Writing "fewer than k" on a cell hidden to
  protect another would be false, and would let a reader work both out.
- Numbers of units that the analysis gives without a cell (a phase's responses, the pairs
  behind a test, the people behind a score or an indicator) are printed only when they are
  ``k`` or more: a per-question count of pairs, set beside the overall count, could tell
  how many chose "prefer not to answer".
- The overall counts (workshops, responses, pairs, unmatched) are printed as they are: they
  say how many people took part and whether their codes matched, nothing of what anyone
  answered, and a reader needs them to see why the rest is withheld.
- Construct names: the instrument format has none yet, so they come from labels
  (``report.construct.<id>``) with the id, made readable, as a fallback.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from workshop_kit.analysis import chart, reliability, scales
from workshop_kit.analysis.disclosure import TOTAL, Cell
from workshop_kit.analysis.groups_breakdown import GroupResult
from workshop_kit.analysis.results import (
    AlphaResult,
    ConstructResult,
    IndicatorResult,
    ItemResult,
    PairedResult,
    PhaseResult,
    Results,
)
from workshop_kit.analysis.stats import P_BANDS, TestResult, p_band
from workshop_kit.content.labels import LABELS, label
from workshop_kit.content.model import Item
from workshop_kit.exports.report_groups import group_section
from workshop_kit.pdf.blocks import (
    BarData,
    Block,
    DivergingBars,
    Document,
    Heading,
    Para,
    Table,
)
from workshop_kit.pdf.doc_text import line
from workshop_kit.pdf.render import render
from workshop_kit.records.model import today, workshop_code, workshop_key
from workshop_kit.site import SiteInfo

__all__ = ["format_p", "report", "write_report"]

_SIDED_TICKS = ((-1.0, "100%"), (-0.5, "50%"), (0.0, "0"), (0.5, "50%"), (1.0, "100%"))
_FILL_TICKS = ((-1.0, "0%"), (-0.5, "25%"), (0.0, "50%"), (0.5, "75%"), (1.0, "100%"))


# ----------------------------------------------------------------------------- numbers


def format_p(p: float) -> str:
    """A p-value as printed: only its band (``stats.P_BANDS``: ``p < 0.01``,
    ``0.01 ≤ p < 0.05``, ``p ≥ 0.05``), never the exact value (disclosure control)."""
    return P_BANDS[p_band(p)]


def _signed(value: float, digits: int) -> str:
    text = f"{value:+.{digits}f}"
    return text[1:] if float(text) == 0 else text  # no "+0.00" or "-0.00"


def _plain(value: float, digits: int) -> str:
    text = f"{value:.{digits}f}"
    return text.lstrip("-") if float(text) == 0 else text


def _percent(value: float) -> str:
    return f"{round(100 * value)}%"


class _Words:
    """The fixed words of one report: its language and threshold, and how a hidden number
    reads."""

    def __init__(self, lang: str, k: int) -> None:
        self.lang, self.k = lang, k

    def __call__(self, key: str, **values: object) -> str:
        return label(key, self.lang, **values)

    @property
    def fewer(self) -> str:
        return self("report.fewer", k=self.k)

    @property
    def hidden(self) -> str:
        return self("report.hidden")

    def cell(self, cell: Cell | None, show: Callable[[float], str]) -> str:
        if cell is None:
            return ""
        if cell.shown and cell.value is not None:
            return show(cell.value)
        return self.fewer if cell.reason == TOTAL else self.hidden

    def count(self, n: int) -> str:
        """A number of units, printed only when it is ``k`` or more (or none at all)."""
        return str(n) if n == 0 or n >= self.k else self.fewer

    def with_n(self, text: str, n: int) -> str:
        """A value with its number of units under it (when that number may be shown)."""
        return f"{text}\n{self('report.n', n=n)}" if n >= self.k else text


# ----------------------------------------------------------------------------- parts


def _filters(results: Results, say: _Words) -> list[Block]:
    described = results.filters.describe()
    rows: list[tuple[str, str]] = []
    for name, key in (
        ("curriculum_id", "curriculum"),
        ("instrument_id", "instrument"),
        ("site", "site"),
    ):
        if name in described:
            rows.append((say(f"report.filter.{key}"), described[name]))
    start, end = described.get("day_from"), described.get("day_to")
    if start and end:
        rows.append((say("report.filter.dates"), say("report.dates_between", start=start, end=end)))
    elif start:
        rows.append((say("report.filter.dates"), say("report.dates_from", start=start)))
    elif end:
        rows.append((say("report.filter.dates"), say("report.dates_until", end=end)))
    if "language" in described:
        code = described["language"]
        key = f"report.lang.{code}"
        rows.append((say("report.filter.language"), say(key) if key in LABELS["en"] else code))
    if "workshop_id" in described:
        wid = described["workshop_id"]
        rows.append((say("report.filter.workshop"), f"{workshop_code(wid)} · {workshop_key(wid)}"))
    blocks: list[Block] = [Heading(say("report.filters_heading"), 2)]
    if rows:
        blocks.append(Table((), tuple(rows), (0.45, 0.55)))
    else:
        blocks.append(Para(say("report.filters_none")))
    return blocks


def _counts(results: Results, say: _Words) -> list[Block]:
    rows = [
        ("workshops", results.workshops),
        ("pre", results.responses_pre),
        ("post", results.responses_post),
        ("pairs", results.pairs),
        ("unmatched_pre", results.unmatched_pre),
        ("unmatched_post", results.unmatched_post),
    ]
    if results.other_instruments:
        rows.append(("other", results.other_instruments))
    table = Table((), tuple((say(f"report.count.{key}"), str(n)) for key, n in rows), (0.7, 0.3))
    return [Heading(say("report.counts_heading"), 2), table]


def _audit(results: Results, say: _Words) -> list[Block]:
    """The match audit (``analysis.audit``): every number already protected there."""
    audit = results.audit
    if audit is None:
        return []

    def count(cell: Cell) -> str:
        return say.cell(cell, lambda v: str(int(v)))

    rows = [
        (say("report.audit.rate_pre"), say.cell(audit.rate_pre, _percent)),
        (say("report.audit.rate_post"), say.cell(audit.rate_post, _percent)),
    ]
    if audit.detail_workshops:
        rows += [
            (say("report.audit.tolerant"), count(audit.tolerant)),
            (say("report.audit.ambiguous_pre"), count(audit.ambiguous_pre)),
            (say("report.audit.ambiguous_post"), count(audit.ambiguous_post)),
        ]
    blocks: list[Block] = [
        Heading(say("report.audit_heading"), 2),
        Table((), tuple(rows), (0.7, 0.3)),
        Para(
            say("report.audit.detail", open=audit.detail_workshops, workshops=audit.workshops)
            if audit.detail_workshops
            else say("report.audit.detail_none"),
            "note",
        ),
    ]
    if audit.gaps:
        gap_rows = tuple(
            (
                _construct_name(gap.construct, say),
                say.with_n(say.cell(gap.matched, lambda v: _plain(v, 1)), gap.n_matched),
                say.with_n(say.cell(gap.unmatched, lambda v: _plain(v, 1)), gap.n_unmatched),
                say.cell(gap.difference, lambda v: _signed(v, 1)),
            )
            for gap in audit.gaps
        )
        header = (
            say("report.audit.score"),
            say("report.audit.matched"),
            say("report.audit.unmatched"),
            say("report.audit.difference"),
        )
        blocks += [
            Table(header, gap_rows, (0.34, 0.22, 0.22, 0.22)),
            Para(say("report.audit.note")),
        ]
    return blocks


def _wording(item: Item, lang: str) -> str:
    text = line(item.text, lang)
    return f"{line(item.block.stem, lang)} {text}" if item.block is not None else text


def _construct_name(construct: str, say: _Words) -> str:
    key = f"report.construct.{construct}"
    if key in LABELS["en"]:
        return say(key)
    return construct.replace("_", " ").replace("-", " ").capitalize()


def _bar_text(phase: PhaseResult, say: _Words) -> str:
    """Why a phase has no bar."""
    if phase.suppressed:
        return say("report.bar_fewer", k=say.k)
    if not all(option.count.shown for option in phase.options):
        return say("report.bar_hidden", k=say.k)
    return say("report.bar_empty")


def _chart(result: ItemResult, say: _Words) -> DivergingBars:
    """The item's before and after bars on one axis, from the shared chart data."""
    bars = chart.item_bars(result)
    data: list[BarData] = []
    for phase, bar in zip((result.pre, result.post), bars, strict=True):
        if bar is None:
            data.append(_bar_text(phase, say))
        else:
            data.append(tuple((s.tone, s.start, s.width) for s in bar.segments))
    shown = next((bar for bar in bars if bar is not None), None)
    legend: tuple[tuple[str, str], ...] = ()
    if shown is not None:
        scale = result.item.scale
        legend = tuple(
            (s.tone, line(scale.option(s.value).label, say.lang)) for s in shown.segments
        )
    sided = scales.has_sides(result.item.scale)
    return DivergingBars(
        title=say("report.chart_title"),
        legend=legend,
        rows=(("", data[0], data[1]),),
        phases=(say("report.before"), say("report.after")),
        hidden=say("report.bar_fewer", k=say.k),
        ticks=_SIDED_TICKS if sided else _FILL_TICKS,
        centre=sided,
    )


def _shares(result: ItemResult, say: _Words) -> Table:
    pre, post = result.pre, result.post
    rows = [
        (say("report.responses"), *(say.fewer if p.suppressed else str(p.n) for p in (pre, post)))
    ]
    if pre.agree is not None or post.agree is not None:
        key = "report.answering_yes" if result.item.scale.type == "yes-no-dk" else "report.agreeing"
        rows.append((say(key), say.cell(pre.agree, _percent), say.cell(post.agree, _percent)))
    rows.append(
        (
            say("report.prefer_not"),
            say.cell(pre.prefer_not, _percent),
            say.cell(post.prefer_not, _percent),
        )
    )
    header = ("", say("report.before"), say("report.after"))
    return Table(header, tuple(rows), (0.5, 0.25, 0.25))


def _test_name(name: str, say: _Words) -> str:
    key = f"report.test.{name}"
    return say(key) if key in LABELS["en"] else name


def _test_line(test: TestResult, say: _Words, *, named: bool = True) -> str:
    """``Sign test, exact: p = 0.210``; without the name when the column header has it."""
    p = format_p(test.p_value)
    if f"report.method.{test.method}" not in LABELS["en"]:
        return f"{_test_name(test.name, say)}: {p}" if named else p
    method = say(f"report.method.{test.method}")
    if named:
        return say("report.test_line", test=_test_name(test.name, say), method=method, p=p)
    return say("report.p_method", p=p, method=method)


def _change(paired: PairedResult, say: _Words, scale: float, digits: int) -> str:
    """The mean change and its interval; ``scale`` turns shares into percentage points."""
    cell = paired.mean_change
    if not paired.shown:
        return say.fewer
    if not cell.shown or cell.value is None:
        return say.cell(cell, str)
    change = _signed(cell.value * scale, digits)
    if paired.ci_low is None or paired.ci_high is None:
        return change
    low = _signed(paired.ci_low * scale, digits)
    high = _signed(paired.ci_high * scale, digits)
    text = say("report.ci", change=change, low=low, high=high)
    how = f"report.ci_method.{paired.ci_method}"  # an interval clipped or widened says so
    return f"{text}\n{say(how)}" if how in LABELS["en"] else text


def _paired_row(
    name: str, paired: PairedResult, say: _Words, scale: float, digits: int, *, named: bool = True
) -> tuple[str, str, str, str]:
    if not paired.shown:
        return (name, say.fewer, say.fewer, say.fewer)
    tests = "\n".join(_test_line(test, say, named=named) for test in paired.tests)
    return (name, say.count(paired.n_pairs), _change(paired, say, scale, digits), tests)


def _paired(result: ItemResult, say: _Words) -> Table | None:
    rows = []
    if result.ordinal is not None:
        rows.append(_paired_row(say("report.position"), result.ordinal, say, 1.0, 2))
    if result.binary is not None:
        key = (
            "report.yes_points"
            if result.item.scale.type == "yes-no-dk"
            else "report.agreeing_points"
        )
        rows.append(_paired_row(say(key), result.binary, say, 100.0, 0))
    if not rows:
        return None
    header = (say("report.paired"), say("report.pairs"), say("report.change"), say("report.test_p"))
    return Table(header, tuple(rows), (0.26, 0.12, 0.27, 0.35))


def _item(number: int, result: ItemResult, say: _Words) -> list[Block]:
    item = result.item
    blocks: list[Block] = [Heading(f"{number}. {_wording(item, say.lang)}", 3)]
    if item.reverse:
        score = _construct_name(item.construct, say)
        blocks.append(Para(say("report.reverse_note", score=score), "meta"))
    blocks += [_chart(result, say), _shares(result, say)]
    paired = _paired(result, say)
    if paired is not None:
        blocks.append(paired)
    return blocks


def _test_of(results: Sequence[ConstructResult | IndicatorResult], default: str) -> str:
    """The test a table of scores or indicators used (one per row, the same in each)."""
    names = {test.name for result in results for test in result.paired.tests}
    return names.pop() if len(names) == 1 else default


def _constructs(constructs: Sequence[ConstructResult], say: _Words) -> list[Block]:
    if not constructs:
        return []
    rows = []
    for result in constructs:
        before = say.with_n(say.cell(result.pre.mean, lambda v: _plain(v, 1)), result.pre.n)
        after = say.with_n(say.cell(result.post.mean, lambda v: _plain(v, 1)), result.post.n)
        _, pairs, change, tests = _paired_row("", result.paired, say, 1.0, 1, named=False)
        rows.append((_construct_name(result.construct, say), before, after, pairs, change, tests))
    header = (
        say("report.score"),
        say("report.before"),
        say("report.after"),
        say("report.pairs"),
        say("report.score_change"),
        say("report.p_value"),
    )
    return [
        Heading(say("report.scores_heading"), 2),
        Para(say("report.scores_intro")),
        Para(say("report.test_used", test=_test_name(_test_of(constructs, "wilcoxon"), say))),
        Table(header, tuple(rows), (0.22, 0.15, 0.15, 0.11, 0.19, 0.18)),
        *_reliability(constructs, say),
    ]


def _alpha(alpha: AlphaResult | None, say: _Words) -> str:
    """Alpha to 2 decimals with its (perturbed) n; below the threshold only words."""
    if alpha is None:
        return ""
    if alpha.shown and alpha.value is not None:
        return say.with_n(_plain(alpha.value, 2), alpha.n)
    if alpha.status == reliability.FEWER:
        return say.fewer
    return say(f"report.alpha.{alpha.status}")


def _reliability(constructs: Sequence[ConstructResult], say: _Words) -> list[Block]:
    """Cronbach's alpha per score, before and after (``analysis.reliability``)."""
    rows = tuple(
        (
            _construct_name(result.construct, say),
            _alpha(result.alpha_pre, say),
            _alpha(result.alpha_post, say),
        )
        for result in constructs
        if result.alpha_pre is not None or result.alpha_post is not None
    )
    if not rows:
        return []
    header = (say("report.alpha_score"), say("report.alpha_before"), say("report.alpha_after"))
    return [
        Heading(say("report.alpha_heading"), 3),
        Para(say("report.alpha_intro")),
        Table(header, rows, (0.44, 0.28, 0.28)),
    ]


def _indicators(indicators: Sequence[IndicatorResult], say: _Words) -> list[Block]:
    if not indicators:
        return []
    rows = []
    for result in indicators:
        name = say("report.indicator_name", stem=line(result.block.stem, say.lang))
        before = say.with_n(say.cell(result.pre, _percent), result.n_pre)
        after = say.with_n(say.cell(result.post, _percent), result.n_post)
        _, pairs, change, tests = _paired_row("", result.paired, say, 100.0, 0, named=False)
        rows.append((name, before, after, pairs, change, tests))
    header = (
        say("report.indicator"),
        say("report.before"),
        say("report.after"),
        say("report.pairs"),
        say("report.indicator_change"),
        say("report.p_value"),
    )
    return [
        Heading(say("report.indicators_heading"), 2),
        Para(say("report.indicators_intro")),
        Para(say("report.test_used", test=_test_name(_test_of(indicators, "mcnemar"), say))),
        Table(header, tuple(rows), (0.26, 0.14, 0.14, 0.11, 0.17, 0.18)),
    ]


def _methods(say: _Words) -> list[Block]:
    parts = ("shares", "pairs", "tests", "exact", "change", "reverse", "scores")
    return [
        Heading(say("report.methods_heading"), 2),
        *(Para(say(f"report.methods.{part}")) for part in parts),
        Para(say("report.methods.alpha", min_n=reliability.MIN_N, k=say.k)),
        Para(say("report.methods.caution")),
        Para(say("report.disclosure", k=say.k)),
        Para(say("report.disclosure_noise")),
        Para(say("report.disclosure_marks", fewer=say.fewer, hidden=say.hidden, k=say.k), "note"),
    ]


# ----------------------------------------------------------------------------- public


def report(
    results: Results,
    lang: str,
    site: SiteInfo | None,
    *,
    day: str | None = None,
    groups: Sequence[GroupResult] = (),
) -> Document:
    """The results report in ``lang`` (``en`` or ``ar``; another language gets English
    words and the instrument's text in that language where it has it).

    ``day`` is the day printed as the report's date (``YYYY-MM-DD``, today by default);
    ``groups`` (``analysis.groups_breakdown``) adds the scores by respondent group."""
    say = _Words(lang, results.k)
    day = day or today()
    title = say("report.title", title=line(results.instrument.title, lang))
    centre = " ".join(site.centre_name.split()) if site is not None else ""
    made = say("report.made_on", day=day)
    blocks: list[Block] = [Heading(title, 1)]
    if centre:
        blocks.append(Para(centre))
    blocks.append(Para(made, "meta"))
    blocks += _filters(results, say)
    blocks += _counts(results, say)
    blocks += _audit(results, say)
    blocks.append(Heading(say("report.items_heading"), 2))
    for number, result in enumerate(results.items, 1):
        blocks += _item(number, result, say)
    blocks += _constructs(results.constructs, say)
    blocks += _indicators(results.indicators, say)
    blocks += group_section(groups, say, lambda c: _construct_name(c, say), lambda v: _plain(v, 1))
    blocks += _methods(say)
    return Document(
        kind="report",
        lang=lang,
        title=title,
        header=title,
        footer=" · ".join(part for part in (centre, made) if part),
        blocks=tuple(blocks),
    )


def write_report(
    results: Results,
    path: Path,
    *,
    lang: str = "en",
    paper: str = "A4",
    site: SiteInfo | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    groups: Sequence[GroupResult] = (),
) -> int:
    """Draw the report into a PDF at ``path`` (written atomically) and return its pages.

    ``progress`` and ``cancelled`` are passed to the renderer: when ``cancelled()`` turns
    true it raises :class:`workshop_kit.pdf.render.Cancelled` and writes nothing."""
    document = report(results, lang, site, groups=groups)
    return render([document], Path(path), paper=paper, progress=progress, cancelled=cancelled)
