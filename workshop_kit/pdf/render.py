"""Documents drawn into one PDF: page frame, header, footer and "page N of M".

:func:`render` is the one entry point the CLI and the GUI share. Each document starts on
a new page with its own header, footer and page numbering. The page count of a document
is known only once it is laid out, so finished pages are held back and decorated when the
whole PDF is saved (the usual reportlab "numbered canvas" approach).

The PDF is built in memory and written in one step (temporary file, fsync, rename), so a
cancelled or failed build never leaves a half-written file at the destination.
"""

from __future__ import annotations

import io
import os
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate

from workshop_kit.cancel import Cancelled as BaseCancelled
from workshop_kit.content.labels import label
from workshop_kit.fileio import atomic_write_bytes
from workshop_kit.languages import is_rtl
from workshop_kit.pdf import components, fonts
from workshop_kit.pdf.blocks import Document
from workshop_kit.pdf.components import Styles
from workshop_kit.pdf.text import draw_line, layout_line, wrap_text

__all__ = ["PAPER", "Cancelled", "render"]

PAPER = {"A4": A4, "Letter": LETTER}
_SIDE = 18 * mm
_TOP = 20 * mm  # header sits in this band
_BOTTOM = 22 * mm  # footer sits in this band


class Cancelled(BaseCancelled):
    """The build was cancelled; nothing was written."""


class _Job:
    """What the canvas and the document markers share while one PDF is built.

    Identical documents (a print pack repeats one handout per participant) are laid out
    once: ``distinct`` holds each different document, ``groups`` maps every requested
    document to its entry there, and the pages of a repeated one become form XObjects
    that each copy's pages draw. The PDF stays small and every copy costs one page."""

    def __init__(self, documents, large_print, progress, cancelled) -> None:
        self.documents = documents
        self.large_print = large_print
        self.progress = progress
        self.cancelled = cancelled or (lambda: False)
        first: dict[Document, int] = {}
        self.groups = [first.setdefault(doc, len(first)) for doc in documents]
        self.distinct = list(first)
        self.uses = Counter(self.groups)
        self.current = 0
        self.pages = 0

    def check(self) -> None:
        if self.cancelled():
            raise Cancelled("PDF build cancelled")

    def laid_out(self, groups: int) -> None:
        """Report progress once the first ``groups`` distinct documents are laid out."""
        if self.progress:
            self.progress(sum(1 for g in self.groups if g < groups), len(self.documents))


class _Start(Flowable):
    """Zero-size marker at the top of each distinct document's first page."""

    def __init__(self, job: _Job, group: int) -> None:
        super().__init__()
        self.job, self.group = job, group
        self.width = self.height = 0

    def wrap(self, availWidth, availHeight):
        return 0, 0

    def draw(self) -> None:
        self.job.check()
        if self.group:
            self.job.laid_out(self.group)
        self.job.current = self.group


def _canvas_class(job: _Job):
    class PagedCanvas(Canvas):
        """Holds finished pages back until the end, then writes them in the requested
        order with header, footer and "page N of M" (numbered per document)."""

        _code: list[str]  # reportlab's operators of the page being drawn

        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[tuple[dict, int]] = []
            # The file's creation date says the day, never the time (no precise times).
            stamp = self._doc._timeStamp  # reportlab's TimeStamp of now
            stamp.YMDhms = (*stamp.YMDhms[:3], 0, 0, 0)

        def showPage(self) -> None:
            job.check()
            self._held.append((dict(self.__dict__), job.current))
            self._startPage()

        def _finish(self, state: dict, group: int, page: int, pages: int) -> None:
            self.__dict__.update(state)
            _decorate(self, job.distinct[group], page, pages, job)

        def save(self) -> None:
            pages_of: dict[int, list[dict]] = {}
            for state, group in self._held:
                pages_of.setdefault(group, []).append(state)
            forms: set[str] = set()
            for group in job.groups:
                job.check()
                states = pages_of.get(group, [])
                for page, state in enumerate(states, 1):
                    if job.uses[group] == 1:
                        self._finish(state, group, page, len(states))
                    else:
                        name = f"wk-page-{group}-{page}"
                        if name not in forms:
                            self._finish(state, group, page, len(states))
                            code, self._code = self._code, []
                            self.beginForm(name)
                            self._code.extend(code)
                            self.endForm()
                            forms.add(name)
                        self.doForm(name)
                    Canvas.showPage(self)
                    job.pages += 1
            Canvas.save(self)

    return PagedCanvas


def _one_line(text: str, width: float, size: float, rtl: bool, bold: bool = False):
    """``text`` as a single line no wider than ``width`` (cut with an ellipsis)."""
    lines = wrap_text(text, width / size, bold)
    words = lines[0] if lines else ()
    if len(lines) > 1:
        words = (*words[:-1], words[-1] + "…") if words else ("…",)
    return layout_line(words, rtl, bold)


def _decorate(canv: Canvas, document: Document, page: int, pages: int, job: _Job) -> None:
    rtl = is_rtl(document.lang)
    style = Styles(rtl, job.large_print).text("small")
    width, height = canv._pagesize
    inner = width - 2 * _SIDE
    number = layout_line(
        tuple(label("pdf.page_of", document.lang, page=page, pages=pages).split()), rtl
    )
    number_width = number.width * style.size
    texts = [
        (document.header, height - _TOP + 4 * mm, inner),
        (document.footer, _BOTTOM - 11 * mm, inner - number_width - 6 * mm),
    ]
    for text, y, room in texts:
        if text.strip():
            line = _one_line(text, room, style.size, rtl)
            x = _SIDE + inner - line.width * style.size if rtl else _SIDE
            draw_line(canv, line, x, y, style.size, components.GREY)
    x = _SIDE if rtl else _SIDE + inner - number_width
    draw_line(canv, number, x, _BOTTOM - 11 * mm, style.size, components.GREY)
    canv.saveState()
    canv.setStrokeColor(components.RULE)
    canv.setLineWidth(0.5)
    canv.line(_SIDE, height - _TOP + 2 * mm, width - _SIDE, height - _TOP + 2 * mm)
    canv.line(_SIDE, _BOTTOM - 6 * mm, width - _SIDE, _BOTTOM - 6 * mm)
    canv.restoreState()


def _story(job: _Job, frame: Frame) -> list[Flowable]:
    story: list[Flowable] = []
    height = frame._height - frame._topPadding - frame._bottomPadding
    width = frame._width - frame._leftPadding - frame._rightPadding
    for group, document in enumerate(job.distinct):
        if group:
            story.append(PageBreak())
        story.append(_Start(job, group))
        styles = Styles(is_rtl(document.lang), job.large_print)
        for block in document.blocks:
            story += components.build(block, styles, width=width, height=height)
    return story


def _build(documents: Sequence[Document], paper: str, job: _Job) -> tuple[bytes, int]:
    size = PAPER[paper]
    buffer = io.BytesIO()
    frame = Frame(
        _SIDE, _BOTTOM, size[0] - 2 * _SIDE, size[1] - _TOP - _BOTTOM, id="body",
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
    )  # fmt: skip
    first = documents[0]
    template = BaseDocTemplate(
        buffer,
        pagesize=size,
        title=first.title,
        author="Workshop Kit",
        creator="Workshop Kit",
        lang=first.lang,
        initialFontName=fonts.SANS,  # else every page names Helvetica, a font not embedded
        pageTemplates=[PageTemplate(id="page", frames=[frame])],
    )
    template.build(_story(job, frame), canvasmaker=_canvas_class(job))
    return buffer.getvalue(), job.pages


def render(
    documents: Sequence[Document],
    out: Path | BinaryIO,
    *,
    paper: str = "A4",
    large_print: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Draw ``documents`` into one PDF at ``out`` (a path, written atomically, or a binary
    file object) and return its page count.

    ``progress(done, total)`` is called after each document; when ``cancelled()`` turns
    true the build stops, nothing is written and :class:`Cancelled` is raised."""
    if paper not in PAPER:
        raise ValueError(f"unknown paper size {paper!r}; choose from {', '.join(PAPER)}")
    documents = list(documents)
    if not documents:
        raise ValueError("nothing to print: no documents")
    fonts.register_fonts()
    job = _Job(documents, large_print, progress, cancelled)
    job.check()
    data, pages = _build(documents, paper, job)
    job.check()
    if isinstance(out, str | os.PathLike):
        atomic_write_bytes(Path(out), data)
    else:
        out.write(data)
    if progress:
        progress(len(documents), len(documents))
    return pages
