"""Blocks made into reportlab Flowables: one builder per block type, one look for all.

Sizes come from :class:`Styles` (normal or large print; direction from the document's
language). Four components are drawn by hand because their geometry matters on paper:

* a :class:`~workshop_kit.pdf.blocks.Box` is one flowable that never splits (a warning or
  the help contacts are never cut by a page turn); only a box taller than a whole page is
  cut, from the top of a fresh page, because nothing else could print it;
* a :class:`~workshop_kit.pdf.blocks.BubbleItem` never splits, and its bubbles sit in
  columns that depend only on the page width and the number of options, so the bubbles of
  every item with the same scale line up down the page; each bubble shows the number the
  paper-entry screen keys (1..n, then 0 for "prefer not to answer");
* a :class:`~workshop_kit.pdf.blocks.CodeQuestion` has square write-in cells;
* :class:`~workshop_kit.pdf.blocks.DivergingBars` are drawn on one axis per chart, and a
  chart splits only between rows, never inside one (see :class:`DivergingFlowable`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from reportlab.lib.colors import Color, black, white
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.units import mm
from reportlab.pdfgen.pathobject import PDFPathObject
from reportlab.platypus import Flowable, PageBreak, Spacer, TableStyle
from reportlab.platypus import Table as GridTable

from workshop_kit import palette
from workshop_kit.pdf import blocks as b
from workshop_kit.pdf import fonts
from workshop_kit.pdf.text import LineLayout, TextBlock, TextStyle, draw_line, layout_line

__all__ = [
    "BODY_SIZE",
    "TONES",
    "BoxFlowable",
    "BubbleFlowable",
    "CodeFlowable",
    "DivergingFlowable",
    "Styles",
    "build",
]

#: Body text size in points, normal and large print.
BODY_SIZE = {False: 11.0, True: 16.0}
#: Naskh letters are small for their point size beside Latin ones; Arabic documents are
#: set this much larger so they read as easily.
RTL_SCALE = 1.12
_RELATIVE = {  # size of each kind of text relative to the body
    "body": 1.0,
    "meta": 0.87,
    "note": 0.92,
    "h1": 1.65,
    "h2": 1.3,
    "h3": 1.1,
    "table": 0.96,
    "th": 0.96,
    "small": 0.78,
    "label": 0.8,
    "box_title": 1.05,
}
INK = Color(0.08, 0.16, 0.24)
GREY = Color(0.33, 0.33, 0.33)
RULE = Color(0.62, 0.62, 0.62)
KIND_COLOURS = {
    "help": Color(0.05, 0.35, 0.55),
    "warning": Color(0.62, 0.36, 0.0),
    "safety": Color(0.66, 0.1, 0.1),
    "notes": Color(0.32, 0.32, 0.32),
}


@lru_cache(maxsize=16)
def _circle_path(radius: float) -> str:
    """PDF path operators for a circle around the origin (drawn many times per page)."""
    path = PDFPathObject()
    path.circle(0, 0, radius)
    return path.getCode()


def _tint(colour: Color, amount: float) -> Color:
    """``colour`` mixed with white: light enough to print behind text on any printer."""
    return Color(*(1 - amount + amount * c for c in (colour.red, colour.green, colour.blue)))


@lru_cache(maxsize=128)
def _style(name: str, rtl: bool, large: bool) -> TextStyle:
    size = BODY_SIZE[large] * (RTL_SCALE if rtl else 1.0) * _RELATIVE[name]
    leading = size * (1.75 if rtl else 1.38)  # Naskh marks reach far above and below
    bold = name in ("h1", "h2", "h3", "th", "box_title")
    colour = {"meta": GREY, "note": GREY, "h1": INK, "h2": INK, "h3": INK, "th": INK}.get(
        name, black
    )
    before = {"h2": 0.9, "h3": 0.55}.get(name, 0.0) * size
    after = {"body": 0.45, "meta": 0.45, "note": 0.45, "h1": 0.35, "h2": 0.25}.get(name, 0.15)
    return TextStyle(size, leading, bold, colour, before, after * size)


@dataclass(frozen=True)
class Styles:
    """The look of one document: its direction and whether it is in large print."""

    rtl: bool
    large_print: bool = False

    def text(self, name: str) -> TextStyle:
        return _style(name, self.rtl, self.large_print)

    @property
    def body(self) -> float:
        return self.text("body").size


def _para(text: str, styles: Styles, name: str = "body", **kwargs) -> TextBlock:
    return TextBlock(text, styles.text(name), styles.rtl, **kwargs)


def _number(value: int) -> str:
    return f"{value}."


def _bullets(block: b.Bullets, styles: Styles, name: str = "body") -> list[Flowable]:
    style = styles.text(name)
    indent = style.size * (2.0 if block.numbered else 1.3)
    items: list[Flowable] = []
    for index, item in enumerate(block.items, 1):
        mark = _number(index) if block.numbered else "•"
        items.append(TextBlock(item, style, styles.rtl, bullet=mark, indent=indent))
    if items:
        items[-1].spaceAfter = style.size * 0.5
    return items


def _table(block: b.Table, styles: Styles, width: float) -> GridTable:
    def row(cells, name):
        flowables = [_para(cell, styles, name) for cell in cells]
        return flowables[::-1] if styles.rtl else flowables

    columns = max([len(block.header), *(len(cells) for cells in block.rows)])
    fractions = list(block.widths)
    if len(fractions) != columns or sum(fractions) <= 0:
        fractions = [1.0] * columns  # widths that do not fit the table: share equally
    widths = [fraction / sum(fractions) * width for fraction in fractions]

    def pad(cells):
        return (*cells, *[""] * (columns - len(cells)))

    header = [row(pad(block.header), "th")] if block.header else []
    data = [*header, *(row(pad(cells), "table") for cells in block.rows)]
    table = GridTable(
        data,
        colWidths=widths[::-1] if styles.rtl else widths,
        repeatRows=len(header),
        splitInRow=1,  # a row taller than a page splits between lines, not raises
    )
    space = styles.body * 0.35
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), fonts.SANS, styles.body),  # not Helvetica
        ("GRID", (0, 0), (-1, -1), 0.5, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), space),
        ("RIGHTPADDING", (0, 0), (-1, -1), space),
        ("TOPPADDING", (0, 0), (-1, -1), space * 0.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), space * 0.5),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), _tint(INK, 0.1)))
    table.setStyle(TableStyle(commands))
    table.spaceAfter = styles.body * 0.6
    return table


def build(block: b.Block, styles: Styles, *, width: float, height: float) -> list[Flowable]:
    """The flowables that draw ``block`` in a frame of ``width`` x ``height`` points."""
    if isinstance(block, b.Heading):
        name = f"h{min(max(block.level, 1), 3)}"
        return [_para(block.text, styles, name, keep_with_next=True)]
    if isinstance(block, b.Para):
        name = block.style if block.style in ("meta", "note") else "body"
        return [_para(block.text, styles, name)]
    if isinstance(block, b.Bullets):
        return _bullets(block, styles)
    if isinstance(block, b.Table):
        return [_table(block, styles, width)] if block.header or block.rows else []
    if isinstance(block, b.Box):
        return [BoxFlowable(block, styles, max_height=height)]
    if isinstance(block, b.CodeQuestion):
        return [CodeFlowable(block, styles)]
    if isinstance(block, b.BubbleItem):
        return [BubbleFlowable(block, styles)]
    if isinstance(block, b.DivergingBars):
        return [DivergingFlowable(block, styles)] if block.rows else []
    if isinstance(block, b.Spacer):
        return [Spacer(1, min(block.height_mm * mm, height))]
    if isinstance(block, b.PageBreak):
        return [PageBreak()]
    raise TypeError(f"not a block: {block!r}")


def _stack_height(items: Sequence[Flowable], width: float) -> float:
    total = 0.0
    for index, item in enumerate(items):
        total += item.wrap(width, 1e6)[1]
        total += item.getSpaceBefore() if index else 0.0
        total += item.getSpaceAfter() if index < len(items) - 1 else 0.0
    return total


def _draw_stack(items: Sequence[Flowable], canv, x: float, top: float) -> None:
    y = top
    for index, item in enumerate(items):
        y -= item.getSpaceBefore() if index else 0.0
        y -= item.height
        item.drawOn(canv, x, y)
        y -= item.getSpaceAfter()


class BoxFlowable(Flowable):
    """A framed box with a title; it moves to the next page whole rather than split."""

    def __init__(
        self, box: b.Box, styles: Styles, *, max_height: float, body: list | None = None
    ) -> None:
        super().__init__()
        self.box, self.styles, self.max_height = box, styles, max_height
        self.colour = KIND_COLOURS.get(box.kind, KIND_COLOURS["notes"])
        self.pad = styles.body * 0.7
        self.title = _para(box.title, styles, "box_title")
        self.title.style = TextStyle(**{**vars(self.title.style), "color": self.colour})
        if body is None:
            body = []
            for part in box.body:
                if isinstance(part, b.Bullets):
                    body += _bullets(part, styles)
                elif isinstance(part, b.Para):
                    body += build(part, styles, width=0, height=max_height)
        self.body = body
        self.spaceAfter = styles.body * 0.8
        self.spaceBefore = styles.body * 0.3

    def wrap(self, availWidth, availHeight):
        inner = availWidth - 2 * self.pad
        self.title_height = self.title.wrap(inner, 1e6)[1]
        self.body_height = _stack_height(self.body, inner)
        self.width = availWidth
        self.height = 2 * self.pad + self.title_height + self.pad * 0.6 + self.body_height
        return availWidth, self.height

    def split(self, availWidth, availHeight):
        self.wrap(availWidth, availHeight)
        if self.height <= availHeight + 1e-6:
            return [self]
        if self.height <= self.max_height or availHeight < self.max_height - self.pad:
            return []  # fits on a fresh page, or starts one: move it there whole
        room = availHeight - 2 * self.pad - self.title_height - self.pad * 0.6
        inner = availWidth - 2 * self.pad
        head: list[Flowable] = []
        for index, item in enumerate(self.body):
            if _stack_height([*head, item], inner) > room:
                used = _stack_height(head, inner)
                if head:
                    used += head[-1].getSpaceAfter() + item.getSpaceBefore()
                parts = item.split(inner, room - used)
                if len(parts) == 2:
                    head.append(parts[0])
                    rest = [parts[1], *self.body[index + 1 :]]
                else:
                    rest = self.body[index:]
                break
            head.append(item)
        else:
            return [self]
        if not head:
            return []
        return [
            BoxFlowable(self.box, self.styles, max_height=self.max_height, body=head),
            BoxFlowable(self.box, self.styles, max_height=self.max_height, body=rest),
        ]

    def draw(self) -> None:
        canv, pad = self.canv, self.pad
        canv.saveState()
        canv.setStrokeColor(self.colour)
        canv.setFillColor(_tint(self.colour, 0.06))
        canv.setLineWidth(1.2 if self.box.kind in ("warning", "safety") else 0.9)
        canv.roundRect(0, 0, self.width, self.height, pad * 0.6, stroke=1, fill=1)
        canv.restoreState()
        top = self.height - pad
        self.title.drawOn(canv, pad, top - self.title_height)
        rule_y = top - self.title_height - pad * 0.3
        canv.saveState()
        canv.setStrokeColor(_tint(self.colour, 0.5))
        canv.setLineWidth(0.5)
        canv.line(pad, rule_y, self.width - pad, rule_y)
        canv.restoreState()
        _draw_stack(self.body, canv, pad, top - self.title_height - pad * 0.6)


class _Row(Flowable):
    """Shared parts of the two form rows: a hanging number on the start side."""

    styles: Styles

    def _draw_number(self, value: int, top: float) -> None:
        style = self.styles.text("body")
        style = TextStyle(style.size, style.leading, True, INK)
        layout = layout_line((_number(value),), self.styles.rtl, True)
        width = layout.width * style.size
        x = self.width - width if self.styles.rtl else 0.0
        draw_line(self.canv, layout, x, top - style.leading * 0.7, style.size, INK)

    def _x(self, left: float, width: float) -> float:
        """``left`` measured from the start side, as an x from the left edge."""
        return self.width - left - width if self.styles.rtl else left


class CodeFlowable(_Row):
    """A match-code question: number, question, then square cells to write in."""

    def __init__(self, question: b.CodeQuestion, styles: Styles) -> None:
        super().__init__()
        self.question, self.styles = question, styles
        self.cell = styles.body * 2.3
        self.gutter = styles.body * 2.2
        self.pad = styles.body * 0.35
        self.text = _para(question.text, styles)
        self.spaceAfter = styles.body * 0.2

    def wrap(self, availWidth, availHeight):
        cells = self.cell * max(self.question.cells, 1)
        self.text_width = availWidth - self.gutter - cells - self.styles.body
        text_height = self.text.wrap(self.text_width, 1e6)[1]
        self.width = availWidth
        self.height = max(text_height, self.cell) + 2 * self.pad
        return availWidth, self.height

    def split(self, availWidth, availHeight):
        return [self] if self.wrap(availWidth, availHeight)[1] <= availHeight + 1e-6 else []

    def draw(self) -> None:
        top = self.height - self.pad
        self._draw_number(self.question.number, top)
        self.text.drawOn(self.canv, self._x(self.gutter, self.text_width), top - self.text.height)
        count = max(self.question.cells, 1)
        left = self.width - self.cell * count
        self.canv.saveState()
        self.canv.setStrokeColor(black)
        self.canv.setLineWidth(0.9)
        self.canv.setFillColor(white)
        for index in range(count):
            x = self._x(left + index * self.cell, self.cell)
            self.canv.rect(x, top - self.cell, self.cell, self.cell, stroke=1, fill=1)
        self.canv.restoreState()


class BubbleFlowable(_Row):
    """One survey item: number, stem, text, and a row of numbered bubbles with labels."""

    def __init__(self, item: b.BubbleItem, styles: Styles) -> None:
        super().__init__()
        self.item, self.styles = item, styles
        body = styles.body
        self.gutter = body * 2.2
        self.radius = body * 0.8
        self.pad = body * 0.35
        self.stem = _para(item.stem, styles, "meta") if item.stem else None
        self.text = _para(item.text, styles)
        self.keys = [*range(1, len(item.options) + 1), 0]
        labels = [*item.options, item.prefer_not]
        self.labels = [_para(label, styles, "label", align="center") for label in labels]

    def wrap(self, availWidth, availHeight):
        self.width = availWidth
        inner = availWidth - self.gutter
        self.column = inner / len(self.labels)
        head = [part for part in (self.stem, self.text) if part is not None]
        self.head_height = _stack_height(head, inner)
        self.label_height = max(
            label.wrap(self.column - self.styles.body * 0.3, 1e6)[1] for label in self.labels
        )
        self.height = (
            2 * self.pad + self.head_height + self.pad + 2 * self.radius + self.label_height
        )
        return availWidth, self.height

    def split(self, availWidth, availHeight):
        return [self] if self.wrap(availWidth, availHeight)[1] <= availHeight + 1e-6 else []

    def draw(self) -> None:
        canv, top = self.canv, self.height - self.pad
        self._draw_number(self.item.number, top)
        head = [part for part in (self.stem, self.text) if part is not None]
        _draw_stack(head, canv, self._x(self.gutter, self.width - self.gutter), top)
        centre_y = top - self.head_height - self.pad - self.radius
        number_size = self.styles.body * 0.72
        circle = _circle_path(self.radius)
        for index, (key, label) in enumerate(zip(self.keys, self.labels, strict=True)):
            left = self._x(self.gutter + index * self.column, self.column)
            centre_x = left + self.column / 2
            canv.addLiteral(f"q 0.9 w 0 G 1 0 0 1 {fp_str(centre_x, centre_y)} cm {circle} S Q")
            digit = layout_line((str(key),), False)
            x = centre_x - digit.width * number_size / 2
            draw_line(canv, digit, x, centre_y - number_size * 0.36, number_size, GREY)
            label_x = left + self.styles.body * 0.15
            label.drawOn(canv, label_x, centre_y - self.radius - label.height)
        canv.saveState()
        canv.setStrokeColor(_tint(RULE, 0.6))
        canv.setLineWidth(0.5)
        canv.line(0, 0.5, self.width, 0.5)
        canv.restoreState()


# ----------------------------------------------------------------------------- charts


def _hex(code: str) -> Color:
    return Color(*(int(code[i : i + 2], 16) / 255 for i in (1, 3, 5)))


#: Bar colours by side (brown for disagreeing, teal for agreeing, grey in the middle): they
#: read apart for people who do not see red and green, stay apart in greyscale by
#: darkness, and say nothing of "good" or "bad".
#: The chart palette shared with the screen (``workshop_kit.palette``).
TONES = {name: _hex(code) for name, code in palette.TONES.items()}
_NO_SIDE = tuple(_hex(code) for code in palette.NO_SIDE)


def _tone(tone: str) -> Color:
    if tone in TONES:
        return TONES[tone]
    index = tone.rpartition("-")[2]
    return _NO_SIDE[int(index) % len(_NO_SIDE)] if index.isdigit() else GREY


def _ink_on(colour: Color) -> Color:
    """Black or white, whichever reads better on ``colour``."""
    light = 0.2126 * colour.red + 0.7152 * colour.green + 0.0722 * colour.blue
    return black if light > 0.5 else white


class DivergingFlowable(Flowable):
    """Diverging bars: title, legend, then per row a label and a "before" and an "after"
    bar, then the axis marks; one flowable that splits only between rows.

    A row never splits across pages (its two bars are read against each other); when the
    chart does not fit, the rows that fit stay and the rest go on with the legend and the
    axis drawn again, so each piece reads on its own.

    The axis is the same in every language: disagreeing on the left, agreeing on the
    right, like a number line. Arabic readers read numbers and number lines left to right
    too, and the results page and the group view draw the same bars from the same data,
    so a centre comparing an English and an Arabic report sees the same picture. What
    follows the reading direction is the text around it: in Arabic the row labels and the
    "before"/"after" labels stand on the right, where an Arabic line starts, and a legend
    swatch stands to the right of its label.
    """

    def __init__(self, chart: b.DivergingBars, styles: Styles, rows: tuple | None = None) -> None:
        super().__init__()
        self.chart, self.styles = chart, styles
        self.rows = chart.rows if rows is None else rows
        body = styles.body
        self.text_style = styles.text("label")
        self.bar_height = body * 1.25
        self.bar_gap = body * 0.3
        self.row_gap = body * 0.7
        self.pad = body * 0.4
        self.margin = body * 1.6  # room for half a tick label beyond each end of the axis
        self.title = _para(chart.title, styles, "meta") if chart.title else None
        self.labels = [_para(row[0], styles, "label") if row[0] else None for row in self.rows]
        self.spaceBefore = body * 0.2
        self.spaceAfter = body * 0.8

    # -- measuring

    def _line(self, text: str, bold: bool = False) -> LineLayout:
        return layout_line(tuple(text.split()), self.styles.rtl, bold)

    def _text_width(self, text: str, size: float | None = None) -> float:
        return self._line(text).width * (size or self.text_style.size)

    def _legend_lines(self, width: float) -> list[list[tuple[str, LineLayout, float]]]:
        """Legend entries (tone, layout, width in points) broken into lines of ``width``."""
        size = self.text_style.size
        swatch = size * 1.0
        gap = size * 1.4
        lines: list[list[tuple[str, LineLayout, float]]] = [[]]
        used = 0.0
        for tone, text in self.chart.legend:
            layout = self._line(text)
            entry = swatch + size * 0.4 + layout.width * size
            if lines[-1] and used + gap + entry > width:
                lines.append([])
                used = 0.0
            used += (gap if lines[-1] else 0.0) + entry
            lines[-1].append((tone, layout, entry))
        return [line for line in lines if line]

    def wrap(self, availWidth, availHeight):
        style = self.text_style
        self.width = availWidth
        has_labels = any(self.labels)
        self.label_width = availWidth * 0.28 if has_labels else 0.0
        phase_text = max(self._text_width(phase) for phase in self.chart.phases)
        self.phase_width = phase_text + style.size * 0.8
        self.axis_width = availWidth - self.label_width - self.phase_width - 2 * self.margin
        self.title_height = self.title.wrap(availWidth, 1e6)[1] if self.title else 0.0
        self.legend = self._legend_lines(self.axis_width + self.margin)
        self.legend_height = len(self.legend) * style.leading + (self.pad if self.legend else 0)
        pair = 2 * self.bar_height + self.bar_gap
        self.row_heights = []
        for label in self.labels:
            text = label.wrap(self.label_width - style.size, 1e6)[1] if label else 0.0
            self.row_heights.append(max(pair, text))
        rows = sum(self.row_heights) + self.row_gap * max(len(self.row_heights) - 1, 0)
        self.ticks_height = style.size * 0.3 + style.leading if self.chart.ticks else 0.0
        self.height = (
            self.title_height + self.legend_height + self.pad + rows + self.pad
            + self.ticks_height
        )  # fmt: skip
        return availWidth, self.height

    def split(self, availWidth, availHeight):
        self.wrap(availWidth, availHeight)
        if self.height <= availHeight + 1e-6:
            return [self]
        fixed = self.height - sum(self.row_heights) - self.row_gap * (len(self.rows) - 1)
        room = availHeight - fixed
        fit, used = 0, 0.0
        for index, height in enumerate(self.row_heights):
            used += height + (self.row_gap if index else 0.0)
            if used > room + 1e-6:
                break
            fit += 1
        if fit == 0 or fit == len(self.rows):
            return []  # not even one row fits here: the whole chart moves on
        return [
            DivergingFlowable(self.chart, self.styles, self.rows[:fit]),
            DivergingFlowable(self.chart, self.styles, self.rows[fit:]),
        ]

    # -- drawing

    def _axis_left(self) -> float:
        """The x of -1 on the axis: after the labels in English, from the left in Arabic."""
        if self.styles.rtl:
            return self.margin
        return self.label_width + self.phase_width + self.margin

    def _x(self, position: float) -> float:
        return self._axis_left() + (min(max(position, -1.0), 1.0) + 1) / 2 * self.axis_width

    def draw(self) -> None:
        canv = self.canv
        top = self.height
        if self.title:
            self.title.drawOn(canv, 0, top - self.title_height)
            top -= self.title_height
        top = self._draw_legend(top) - self.pad
        rows = sum(self.row_heights) + self.row_gap * (len(self.row_heights) - 1)
        axis_y = top - rows - self.pad * 0.5
        self._draw_grid(top + self.pad * 0.5, axis_y)
        for (_, before, after), label, height in zip(
            self.rows, self.labels, self.row_heights, strict=True
        ):
            if label is not None:
                x = self.width - self.label_width if self.styles.rtl else 0.0
                label.drawOn(canv, x, top - label.height)
            y = top
            for phase, bar in zip(self.chart.phases, (before, after), strict=True):
                self._draw_phase(phase, y)
                self._draw_bar(bar, y - self.bar_height)
                y -= self.bar_height + self.bar_gap
            top -= height + self.row_gap
        self._draw_axis(axis_y)
        canv.saveState()
        canv.setStrokeColor(_tint(RULE, 0.6))
        canv.setLineWidth(0.5)
        canv.line(0, 0.5, self.width, 0.5)
        canv.restoreState()

    def _draw_legend(self, top: float) -> float:
        canv, style = self.canv, self.text_style
        size = style.size
        swatch = size * 1.0
        gap = size * 1.4
        centre = self._axis_left() + self.axis_width / 2
        for line in self.legend:
            top -= style.leading
            total = sum(entry for _, _, entry in line) + gap * (len(line) - 1)
            x = centre - total / 2
            baseline = top + style.leading * 0.3
            for tone, layout, entry in line:
                swatch_x = x + entry - swatch if self.styles.rtl else x
                text_x = x if self.styles.rtl else x + swatch + size * 0.4
                canv.saveState()
                canv.setFillColor(_tone(tone))
                canv.setStrokeColor(_tint(INK, 0.5))
                canv.setLineWidth(0.3)
                canv.rect(swatch_x, baseline - size * 0.12, swatch, swatch * 0.9, stroke=1, fill=1)
                canv.restoreState()
                draw_line(canv, layout, text_x, baseline, size, black)
                x += entry + gap
        return top - (self.pad if self.legend else 0.0)

    def _draw_phase(self, phase: str, top: float) -> None:
        size = self.text_style.size
        layout = self._line(phase)
        width = layout.width * size
        if self.styles.rtl:  # next to the bar: at the left of its column
            x = self.width - self.label_width - self.phase_width + size * 0.4
        else:
            x = self.label_width + self.phase_width - size * 0.4 - width
        baseline = top - self.bar_height / 2 - size * 0.35
        draw_line(self.canv, layout, x, baseline, size, GREY)

    def _draw_bar(self, bar: b.BarData, bottom: float) -> None:
        canv = self.canv
        size = self.text_style.size * 0.92
        if bar is None or isinstance(bar, str):
            left, right = self._x(-1.0), self._x(1.0)
            canv.saveState()
            canv.setStrokeColor(RULE)
            canv.setLineWidth(0.5)
            canv.setFillColor(white)  # over the grid: the text stays clear
            canv.setDash(2, 2)
            canv.rect(left, bottom, right - left, self.bar_height, stroke=1, fill=1)
            canv.restoreState()
            layout = self._line(self.chart.hidden if bar is None else bar)
            width = layout.width * size
            if width > right - left - size:  # a long translation: smaller, never outside
                size *= (right - left - size) / width
                width = layout.width * size
            x = (left + right) / 2 - width / 2
            draw_line(canv, layout, x, bottom + self.bar_height / 2 - size * 0.35, size, GREY)
            return
        total = sum(width for _, _, width in bar) or 1.0
        for tone, start, width in bar:
            if width <= 0:
                continue
            left, right = self._x(start), self._x(start + width)
            colour = _tone(tone)
            canv.saveState()
            canv.setFillColor(colour)
            canv.setStrokeColor(white)
            canv.setLineWidth(0.6)
            canv.rect(left, bottom, right - left, self.bar_height, stroke=1, fill=1)
            canv.restoreState()
            text = f"{round(100 * width / total)}%"
            layout = layout_line((text,), False)
            text_width = layout.width * size
            if text_width + size * 0.5 <= right - left:
                x = (left + right) / 2 - text_width / 2
                baseline = bottom + self.bar_height / 2 - size * 0.35
                draw_line(canv, layout, x, baseline, size, _ink_on(colour))
        straddles = any(start < -1e-9 and start + width > 1e-9 for _, start, width in bar)
        if self.chart.centre and not straddles:  # where the two sides meet, over the bar
            canv.saveState()
            canv.setStrokeColor(INK)
            canv.setLineWidth(1.1)
            canv.line(self._x(0.0), bottom - 1, self._x(0.0), bottom + self.bar_height + 1)
            canv.restoreState()

    def _draw_grid(self, top: float, bottom: float) -> None:
        """Light lines at the tick marks, behind the bars."""
        self.canv.saveState()
        self.canv.setLineWidth(0.4)
        self.canv.setStrokeColor(_tint(RULE, 0.6))
        for position, _ in self.chart.ticks:
            x = self._x(position)
            self.canv.line(x, bottom, x, top)
        if self.chart.centre:
            self.canv.setStrokeColor(INK)
            self.canv.setLineWidth(1.1)
            self.canv.line(self._x(0.0), bottom, self._x(0.0), top)
        self.canv.restoreState()

    def _draw_axis(self, bottom: float) -> None:
        """The axis line under the bars, with its marks and their labels."""
        canv, style = self.canv, self.text_style
        size = style.size * 0.92
        canv.saveState()
        canv.setStrokeColor(INK)
        canv.setLineWidth(0.6)
        canv.line(self._x(-1.0), bottom, self._x(1.0), bottom)
        for position, _ in self.chart.ticks:
            x = self._x(position)
            canv.line(x, bottom, x, bottom - size * 0.3)
        canv.restoreState()
        for position, text in self.chart.ticks:
            layout = self._line(text)
            x = self._x(position) - layout.width * size / 2
            draw_line(canv, layout, x, bottom - size * 0.3 - size, size, GREY)
