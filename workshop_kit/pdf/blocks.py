"""The blocks a printed document is made of: plain data, no drawing.

Documents are data first so that templates (:mod:`workshop_kit.pdf.documents`) can be tested
by looking at the blocks they produce, and the renderer can change without touching content.
All text is already in the document's language, as plain ``str`` in logical order: never
reshaped or reordered here, because shaping and bidi reordering are the renderer's job (it
must wrap in logical order first, then reorder each line).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "BarData",
    "BarSegment",
    "Block",
    "Box",
    "BubbleItem",
    "Bullets",
    "CodeQuestion",
    "DivergingBars",
    "Document",
    "Heading",
    "PageBreak",
    "Para",
    "Spacer",
    "Table",
]


@dataclass(frozen=True)
class Heading:
    """A heading; level 1 is the document title, 2 a section, 3 a minor heading."""

    text: str
    level: int = 1


@dataclass(frozen=True)
class Para:
    """A paragraph; ``style`` is ``body``, ``meta`` (small print) or ``note``."""

    text: str
    style: str = "body"


@dataclass(frozen=True)
class Bullets:
    """A list of short items, bulleted or numbered (steps)."""

    items: tuple[str, ...]
    numbered: bool = False


@dataclass(frozen=True)
class Table:
    """A table; ``widths`` are fractions of the frame width, one per column."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]


@dataclass(frozen=True)
class Box:
    """A framed box (``help``, ``warning``, ``safety`` or ``notes``).

    A box never splits across pages, so a reader never loses the help contacts or a warning
    over a page turn; its body holds only :class:`Para` and :class:`Bullets`.
    """

    title: str
    body: tuple[Block, ...]
    kind: str


@dataclass(frozen=True)
class CodeQuestion:
    """A match-code question with ``cells`` boxes to write one or two characters in."""

    number: int
    text: str
    cells: int


@dataclass(frozen=True)
class BubbleItem:
    """One survey item with a row of bubbles.

    Bubbles are numbered 1..n for ``options`` (in form order) and then 0 for ``prefer_not``:
    the paper-entry screen keys exactly these numbers. One item never splits across pages.
    ``stem`` is the block stem of a matrix item, repeated on every item so each stands alone.
    """

    number: int
    stem: str | None
    text: str
    options: tuple[str, ...]
    prefer_not: str


#: One coloured piece of a bar: (tone, start, width), positions on an axis from -1 to 1.
BarSegment = tuple[str, float, float]
#: A bar: its segments left to right, ``None`` (withheld) or the text to print instead.
BarData = tuple[BarSegment, ...] | str | None


@dataclass(frozen=True)
class DivergingBars:
    """Diverging stacked bars: per row a "before" and an "after" bar on one shared axis.

    Plain tuples, so this layer needs nothing from the analysis. Each bar is a tuple of
    segments ``(tone, start, width)`` on an axis from -1 (left) to 1 (right) with 0 in the
    middle. A bar that is ``None`` is not drawn and ``hidden`` is printed in its place (the
    results were withheld: "not shown: fewer than 5 responses"); a bar given as a ``str``
    prints that text instead (a different reason for one bar). The percentage printed on a
    segment is its share of the whole bar (the sum of its widths).

    ``tone`` names a colour by side, never by "good" or "bad": ``disagree-strong``,
    ``disagree``, ``neutral``, ``agree``, ``agree-strong``, and ``none-0``, ``none-1``, ...
    for options of a scale without sides. ``legend`` pairs tones with option labels, in
    axis order (left to right). ``phases`` labels the two bars of a row; a row's own label
    may be empty (a chart of one item under its heading). ``ticks`` are (position, label)
    marks under the axis; ``centre`` draws the line at 0 that the two sides diverge from
    (leave it out for a scale without sides, whose bars fill the axis from -1).
    """

    title: str
    legend: tuple[tuple[str, str], ...]
    rows: tuple[tuple[str, BarData, BarData], ...]
    phases: tuple[str, str] = ("Before", "After")
    hidden: str = "Not shown: fewer than 5 responses"
    ticks: tuple[tuple[float, str], ...] = (
        (-1.0, "100%"),
        (-0.5, "50%"),
        (0.0, "0"),
        (0.5, "50%"),
        (1.0, "100%"),
    )
    centre: bool = True


@dataclass(frozen=True)
class Spacer:
    """Vertical space in millimetres."""

    height_mm: float = 4


@dataclass(frozen=True)
class PageBreak:
    """Start a new page."""


Block = (
    Heading
    | Para
    | Bullets
    | Table
    | Box
    | CodeQuestion
    | BubbleItem
    | DivergingBars
    | Spacer
    | PageBreak
)


@dataclass(frozen=True)
class Document:
    """One printed document; its direction follows ``lang``.

    ``title`` is the PDF metadata title, ``header`` is printed at the top of every page and
    ``footer`` at the bottom (the renderer adds "page N of M" per document).
    """

    kind: str
    lang: str
    title: str
    header: str
    footer: str
    blocks: tuple[Block, ...]
