"""Mixed Arabic and Latin text: shaping, line breaking, bidi reordering and font runs.

The order of work matters. A paragraph is broken into lines in *logical* order first,
measuring each word in its shaped form; only then is each line reordered for display
(python-bidi, base direction from the document's language). Reordering a whole paragraph
before breaking it would put its first words on the last line.

Each line is drawn as runs of one font each (see :mod:`workshop_kit.pdf.fonts`). Two
details keep the text layer searchable with poppler (``pdftotext``), which guesses the
logical order back from the drawn (visual) order with a simple rule: it reverses runs of
right-to-left letters and keeps runs of Latin letters and digits, but it counts ``.``,
``,``, ``:``, ``-``, ``%`` and the Arabic comma as digits. So in a right-to-left line every
character that is neither a right-to-left letter, a space nor a haraka is fenced with
RIGHT-TO-LEFT MARKs, and every left-to-right island (a Latin word, a number) with RLM+LRM
on both sides; each piece then comes out in its logical place. The marks travel in the
glyph's ``/ActualText`` (as zero-width glyphs of their own, poppler sometimes splits them
off into words of their own), and they are correct bidi marks for any other reader too.
A mirrored bracket is drawn with its mirror glyph and its /ActualText names the character
that was written.

Everything expensive is cached: shaped and measured words, whole laid-out lines and
wrapped paragraphs (a print pack repeats the same handout thirty times).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import arabic_reshaper
from bidi import get_display
from bidi.mirror import MIRRORED
from reportlab.lib.colors import Color, black
from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable

from workshop_kit.pdf import fonts

__all__ = [
    "LineLayout",
    "Run",
    "TextBlock",
    "TextStyle",
    "clear_caches",
    "draw_line",
    "is_rtl_text",
    "layout_line",
    "wrap_text",
]

RLM, LRM, LRI, PDI = "\u200f", "\u200e", "\u2066", "\u2069"
_RESHAPER = arabic_reshaper.ArabicReshaper(
    configuration={
        "delete_harakat": False,  # keep shadda and tanween: they are part of the text
        "support_ligatures": True,
        "ARABIC LIGATURE ALLAH": False,  # only the lam-alef ligatures a reader expects
    }
)
_NUMBER = re.compile(r"\+?[0-9\u0660-\u0669\u06f0-\u06f9]+")
_LEVEL = re.compile(r"Level\(\s*(\d+),?\s*\)")
_STRONG_RTL = frozenset({"R", "AL"})
# Bidi classes that can raise a character above level 1 in a right-to-left line.
_NOT_PLAIN_RTL = frozenset(
    {"L", "EN", "AN", "LRE", "LRO", "RLE", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"}
)


@dataclass(frozen=True)
class Run:
    """Text in one font, in drawing (visual) order; ``actual`` is the logical text of a
    mirrored bracket, written to the PDF as /ActualText."""

    font: str
    text: str
    actual: str | None = None


@dataclass(frozen=True)
class LineLayout:
    """One line ready to draw: its runs, and its width per point of font size."""

    runs: tuple[Run, ...]
    width: float


# ----------------------------------------------------------------------------- words


def clear_caches() -> None:
    """Forget every shaped word and laid-out line (benchmarks measure a cold start)."""
    _SHAPED.clear()
    for cached in (is_rtl_text, _char_width, _token_width, wrap_text, layout_line):
        cached.cache_clear()


def _clean(text: str) -> str:
    """Drop control and format characters (bidi marks included: the renderer adds its own)
    except line breaks, and replace characters no font has with U+FFFD."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    kept = "".join(ch for ch in text if ch == "\n" or unicodedata.category(ch) not in ("Cc", "Cf"))
    return "\n".join(fonts.drawable(part) for part in kept.split("\n"))


@lru_cache(maxsize=1024)
def is_rtl_text(text: str) -> bool:
    """Whether ``text`` has any right-to-left letter (so it needs bidi work at all)."""
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


_SHAPED: dict[str, str] = {}
_SHAPED_MAX = 100_000


def _shape(token: str) -> str:
    """One word in its shaped (joined) form (from the cache :func:`_shape_all` fills)."""
    shaped = _SHAPED.get(token)
    if shaped is None:
        shaped = _RESHAPER.reshape(token) if is_rtl_text(token) else token
        _remember(token, shaped)
    return shaped


def _remember(token: str, shaped: str) -> None:
    if len(_SHAPED) >= _SHAPED_MAX:
        _SHAPED.clear()
    _SHAPED[token] = shaped


def _shape_all(tokens: list[str]) -> None:
    """Shape the new words of a line in one reshaper call: Arabic letters never join
    across a space, so this equals shaping word by word, and the reshaper's per-call
    set-up (it reads its configuration each time) is paid once per line, not per word."""
    new = [t for t in tokens if t not in _SHAPED and is_rtl_text(t)]
    if len(new) < 2:
        return
    pieces = _RESHAPER.reshape(" ".join(new)).split(" ")
    if len(pieces) != sum(t.count(" ") + 1 for t in new):
        return  # not one piece per word: leave it to _shape, word by word
    for token in new:
        count = token.count(" ") + 1
        _remember(token, " ".join(pieces[:count]))
        del pieces[:count]


@lru_cache(maxsize=8192)
def _char_width(ch: str, font: str) -> float:
    return stringWidth(ch, font, 1)


@lru_cache(maxsize=65536)
def _token_width(shaped: str, bold: bool) -> float:
    """Width of a shaped word per point of size, each character in the font that draws it."""
    total = 0.0
    current = None
    for ch in shaped:
        current = fonts.font_for(ch, bold, current) or fonts.SANS
        total += _char_width(ch, current)
    return total


def _tokens(line: str) -> list[str]:
    """The words of one logical line; digit groups such as a phone number ``0790 123 456``
    stay together as one word, so they never break and read left to right."""
    words = line.split()
    out: list[str] = []
    for word in words:
        if out and _NUMBER.fullmatch(word) and _NUMBER.fullmatch(out[-1].rsplit(" ", 1)[-1]):
            out[-1] = f"{out[-1]} {word}"
        else:
            out.append(word)
    return out


def _split_long(token: str, width: float, bold: bool) -> list[str]:
    """A word wider than a whole line, cut into pieces that fit (a long web address); a
    digit group too wide for the line breaks at its spaces first."""
    if " " in token:
        return [p for part in token.split(" ") for p in _split_long(part, width, bold)]
    if _token_width(_shape(token), bold) <= width:
        return [token]
    pieces, current = [], ""
    for ch in token:
        if current and _token_width(_shape(current + ch), bold) > width:
            pieces.append(current)
            current = ""
        current += ch
    return [*pieces, current] if current else pieces


@lru_cache(maxsize=16384)
def wrap_text(text: str, width: float, bold: bool = False) -> tuple[tuple[str, ...], ...]:
    """Break ``text`` into lines no wider than ``width`` (in points per point of font size,
    that is ``available_width / font_size``), in logical order.

    Each line is a tuple of logical words. ``\\n`` in the text is a hard line break; runs
    of spaces count as one."""
    text = _clean(text)
    space = fonts.space_width(bold)
    lines: list[tuple[str, ...]] = []
    for hard_line in text.split("\n"):
        words: list[str] = []
        used = 0.0
        tokens = _tokens(hard_line)
        _shape_all(tokens)
        for token in tokens:
            pieces = [token]
            if _token_width(_shape(token), bold) > width:
                pieces = _split_long(token, width, bold)
            for piece in pieces:
                piece_width = _token_width(_shape(piece), bold)
                if words and used + space + piece_width > width:
                    lines.append(tuple(words))
                    words, used = [], 0.0
                used += (space if words else 0.0) + piece_width
                words.append(piece)
        lines.append(tuple(words))
    return tuple(lines)


# ----------------------------------------------------------------------------- bidi


def _levels(text: str, rtl: bool) -> list[int] | None:
    """python-bidi's resolved embedding level of each character of ``text``.

    python-bidi 0.6 returns levels only in its debug report (one per UTF-8 byte), so they
    are read from there; ``None`` if that report ever changes shape (the caller then falls
    back to plain :func:`bidi.get_display` output, which still looks right)."""
    classes = {unicodedata.bidirectional(ch) for ch in text}
    if rtl and not classes & _NOT_PLAIN_RTL:
        return [1] * len(text)  # only right-to-left letters and neutrals: all at level 1
    report = get_display(text, base_dir="R" if rtl else "L", debug=True)
    start = report.find("levels: [")
    end = report.find("]", start)
    if start < 0 or end < 0:
        return None
    per_byte = [int(value) for value in _LEVEL.findall(report, start, end)]
    levels, index = [], 0
    for ch in text:
        if index >= len(per_byte):
            return None
        levels.append(per_byte[index])
        index += len(ch.encode("utf-8"))
    return levels if index == len(per_byte) else None


def _visual_order(levels: list[int]) -> list[int]:
    """Rule L2 of the bidi algorithm: indices of a line's characters in display order."""
    order = list(range(len(levels)))
    odd = [level for level in levels if level % 2]
    if not odd:
        return order
    for level in range(max(levels), min(odd) - 1, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = order[i:j][::-1]
                i = j
            else:
                i += 1
    return order


def _mirror(ch: str) -> str | None:
    mirrored = MIRRORED.get(ch)
    return mirrored if mirrored and fonts.font_for(mirrored) is not None else None


def _fenced(visual: list[tuple[str, int]], rtl: bool) -> list[tuple[str, str | None]]:
    """Visual characters as (glyph, actual text), the actual text carrying the marks that
    make poppler read the line back in logical order (see the module docstring).

    The marks ride in /ActualText rather than as zero-width glyphs of their own: poppler
    sometimes splits a zero-width glyph off into a word of its own, which moves it."""
    out: list[list] = []  # [glyph, actual or None]

    def fence(start: int, before: str, after: str) -> None:
        items = [item for item in out[start:] if item[0] != " "]
        if items:
            items[0][1] = before + (items[0][1] or items[0][0])
            items[-1][1] = (items[-1][1] or items[-1][0]) + after

    i = 0
    while i < len(visual):
        j = i
        parity = visual[i][1] % 2
        while j < len(visual) and visual[j][1] % 2 == parity:
            j += 1
        start = len(out)
        for ch, _ in visual[i:j]:
            glyph = _mirror(ch) if parity else None
            out.append([glyph or ch, ch if glyph else None])
            weak = ch != " " and unicodedata.bidirectional(ch) not in _STRONG_RTL
            if rtl and parity and weak and unicodedata.category(ch) != "Mn":
                fence(len(out) - 1, RLM, RLM)  # "." or "," poppler would take for a digit
        if rtl and not parity:  # a left-to-right island in a right-to-left line
            fence(start, RLM + LRM, LRM + RLM)
        elif not rtl and parity:  # a right-to-left island in a left-to-right line
            fence(start, LRM + RLM, RLM + LRM)
        i = j
    return [(glyph, actual) for glyph, actual in out]


def _runs(chars: list[tuple[str, str | None]], bold: bool) -> tuple[Run, ...]:
    """Consecutive glyphs of one font (and no /ActualText) joined into one run."""
    pieces: list[list] = []  # [font, [glyphs], actual]
    current = None
    for glyph, actual in chars:
        current = fonts.font_for(glyph, bold, current) or fonts.SANS
        last = pieces[-1] if pieces else None
        if last and last[0] == current and actual is None and last[2] is None:
            last[1].append(glyph)
        else:
            pieces.append([current, [glyph], actual])
    return tuple(Run(font, "".join(glyphs), actual) for font, glyphs, actual in pieces)


@lru_cache(maxsize=16384)
def layout_line(words: tuple[str, ...], rtl: bool, bold: bool = False) -> LineLayout:
    """One logical line (as from :func:`wrap_text`) shaped, reordered and cut into runs."""
    shaped = [_shape(word) for word in words]
    chars: list[tuple[str, str | None]]  # (glyph, its /ActualText or None)
    if not rtl and not any(is_rtl_text(word) for word in shaped):
        chars = [(ch, None) for ch in " ".join(shaped)]
    else:
        if rtl:  # digit groups read left to right as a unit
            shaped = [f"{LRI}{word}{PDI}" if " " in word else word for word in shaped]
        line = " ".join(shaped)
        levels = _levels(line, rtl)
        if levels is None:
            display = get_display(line, base_dir="R" if rtl else "L")
            chars = [(ch, None) for ch in display if ch not in (LRI, PDI)]
        else:
            visual = [(line[i], levels[i]) for i in _visual_order(levels)]
            chars = _fenced([item for item in visual if item[0] not in (LRI, PDI)], rtl)
    runs = _runs(chars, bold)
    width = sum(stringWidth(run.text, run.font, 1) for run in runs)
    return LineLayout(runs, width)


def _actual_text(text: str) -> str:
    encoded = text.encode("utf-16-be").hex().upper()
    return f"/Span <</ActualText <FEFF{encoded}>>> BDC"


def _pieces(canvas, font_name: str, text: str) -> tuple[tuple[str, str], ...]:
    """``text`` as (PDF font subset name, escaped bytes) pairs, cached per canvas: the
    subset codes belong to one PDF, and the same word is drawn again and again."""
    cache = canvas.__dict__.setdefault("_wk_pieces", {})
    pieces = cache.get((font_name, text))
    if pieces is None:
        font, doc = getFont(font_name), canvas._doc
        if not isinstance(font, TTFont):  # only the bundled TrueType fonts are subset
            raise ValueError(f"{font_name!r} is not one of the bundled TrueType fonts")
        pieces = tuple(
            (font.getSubsetInternalName(subset, doc), escapePDF(chunk))
            for subset, chunk in font.splitString(text, doc)
        )
        cache[(font_name, text)] = pieces
    return pieces


def draw_line(canvas, layout: LineLayout, x: float, y: float, size: float, color=None) -> None:
    """Draw a laid-out line with its left end at ``x`` on baseline ``y``.

    The text operators are written directly (reportlab's documented recipe for TrueType
    subsets) rather than through a text object: a page has hundreds of runs, and marked
    content (/ActualText) has no text-object API anyway."""
    ops = [f"q BT 1 0 0 1 {fp_str(x, y)} Tm"]
    if color is not None:
        ops.append(f"{fp_str(color.red, color.green, color.blue)} rg")
    current = None
    size_text = fp_str(size)
    for run in layout.runs:
        if run.actual is not None:
            ops.append(_actual_text(run.actual))
        for subset, chunk in _pieces(canvas, run.font, run.text):
            if subset != current:
                ops.append(f"{subset} {size_text} Tf")
                current = subset
            ops.append(f"({chunk}) Tj")
        if run.actual is not None:
            ops.append("EMC")
    ops.append("ET Q")
    canvas._code.append(" ".join(ops))


# ----------------------------------------------------------------------------- paragraph


@dataclass(frozen=True)
class TextStyle:
    """How one kind of text looks: size and leading in points, weight, colour, spacing."""

    size: float
    leading: float
    bold: bool = False
    color: Color = black
    space_before: float = 0.0
    space_after: float = 0.0


class TextBlock(Flowable):
    """One paragraph of mixed text, wrapped in logical order and aligned to the start side
    of its direction (right in Arabic); ``align`` may also be ``center`` or ``end``.

    A ``bullet`` (a dot or "3.") hangs in a gutter of ``indent`` points on the start side.
    Long paragraphs split between lines, never leaving one line alone on either page."""

    MIN_LINES = 2  # no widow or orphan lines

    def __init__(
        self,
        text: str,
        style: TextStyle,
        rtl: bool,
        *,
        align: str = "start",
        bullet: str | None = None,
        indent: float = 0.0,
        keep_with_next: bool = False,
        _lines: tuple[tuple[str, ...], ...] | None = None,
        _line_width: float | None = None,
    ) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.rtl = rtl
        self.align = align
        self.bullet = bullet
        self.indent = indent
        self.keepWithNext = keep_with_next
        self.spaceBefore = style.space_before
        self.spaceAfter = style.space_after
        self._given = (_lines, _line_width)
        self.lines: tuple[tuple[str, ...], ...] = ()

    def _text_width(self, avail_width: float) -> float:
        return max(avail_width - self.indent, self.style.size)

    def wrap(self, availWidth, availHeight):
        width = self._text_width(availWidth)
        lines, given_width = self._given
        if lines is not None and given_width == width:
            self.lines = lines
        else:
            source = self.text if lines is None else " ".join(w for ln in lines for w in ln)
            self.lines = wrap_text(source, width / self.style.size, self.style.bold)
        self.width = availWidth
        self.height = len(self.lines) * self.style.leading
        return availWidth, self.height

    def split(self, availWidth, availHeight):
        # Keep the lines of the last wrap, as reportlab's Paragraph does: a table asks for
        # a split with the column width before its padding is taken off.
        if not self.lines and self.text:
            self.wrap(availWidth, availHeight)
        availWidth = self.width
        if self.height <= availHeight + 1e-6:
            return [self]
        total = len(self.lines)
        fit = int((availHeight + 1e-6) // self.style.leading)
        first = min(fit, total - self.MIN_LINES)
        if first < self.MIN_LINES:
            return []
        width = self._text_width(availWidth)
        head = TextBlock(
            self.text, self.style, self.rtl, align=self.align, bullet=self.bullet,
            indent=self.indent, _lines=self.lines[:first], _line_width=width,
        )  # fmt: skip
        tail = TextBlock(
            self.text, self.style, self.rtl, align=self.align, indent=self.indent,
            keep_with_next=self.keepWithNext, _lines=self.lines[first:], _line_width=width,
        )  # fmt: skip
        head.spaceAfter = 0
        tail.spaceBefore = 0
        return [head, tail]

    def baseline(self, index: int) -> float:
        """The baseline of line ``index`` measured from the bottom of the block."""
        return self.height - index * self.style.leading - self.style.leading * 0.7

    def draw(self) -> None:
        style = self.style
        width = self._text_width(self.width)
        for index, words in enumerate(self.lines):
            layout = layout_line(words, self.rtl, style.bold)
            line_width = layout.width * style.size
            spare = width - line_width
            if self.align == "center":
                offset = spare / 2
            else:
                offset = spare if (self.align == "end") != self.rtl else 0.0
            x = offset if self.rtl else self.indent + offset
            draw_line(self.canv, layout, x, self.baseline(index), style.size, style.color)
        if self.bullet and self.lines:
            mark = layout_line(tuple(self.bullet.split()), self.rtl, style.bold)
            gap = style.size * 0.4
            mark_width = mark.width * style.size
            x = self.width - self.indent + gap if self.rtl else self.indent - gap - mark_width
            draw_line(self.canv, mark, x, self.baseline(0), style.size, style.color)
