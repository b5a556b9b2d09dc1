"""PDF rendering: the facilitator guide and a 30-participant print pack, in English and
Arabic, beside reportlab platypus building a document of the same text.

For each language it renders (into memory) the guide of session 1 of the bundled
curriculum, and the print pack of one session for 30 participants (the guide, 30
handouts, 30 paper forms), "cold" with the text caches emptied first (shaped words,
wrapped paragraphs, laid-out lines; fonts stay registered, as in a running app). Beside
each, in turn, reportlab's platypus (``SimpleDocTemplate``, one ``Paragraph`` per heading,
paragraph, bullet, table cell and form item, the same embedded fonts, no shaping and no
bidi) builds the same text; the figures are medians. Documents differ in page count, so
the ratio compares milliseconds per page.

Issue 14 sets no budget for PDFs: the ratios are shown for information.

Usage: python benchmarks/pdf.py [--quick] [--repeat N] [--strict]
"""

from __future__ import annotations

import argparse
import io
import sys
import time
import uuid

from _common import Row, add_common_arguments, median, print_table, run
from reportlab.lib.pagesizes import A4

from workshop_kit.content.library import load_library
from workshop_kit.pdf import blocks, documents, fonts, text
from workshop_kit.pdf.render import render
from workshop_kit.records.model import Workshop
from workshop_kit.site import HelpContact, SiteInfo

PARTICIPANTS = 30
SITE = SiteInfo(
    centre_name="Benchmark Community Centre",
    contacts=(
        HelpContact(
            {"en": "Women's helpline", "ar": "خط مساعدة النساء"},
            "0790 123 456",
            {"en": "Sun–Thu 9:00–17:00", "ar": "الأحد–الخميس 9:00–17:00"},
        ),
    ),
)


def block_texts(block) -> list[str]:
    if isinstance(block, blocks.Heading | blocks.Para):
        return [block.text]
    if isinstance(block, blocks.Bullets):
        return list(block.items)
    if isinstance(block, blocks.Table):
        return [*block.header, *(cell for row in block.rows for cell in row)]
    if isinstance(block, blocks.Box):
        return [block.title, *(t for part in block.body for t in block_texts(part))]
    if isinstance(block, blocks.CodeQuestion):
        return [block.text]
    if isinstance(block, blocks.BubbleItem):
        return [block.stem or "", block.text, *block.options, block.prefer_not]
    return []


def platypus(docs: list[blocks.Document], font: str) -> tuple[float, int]:
    """Seconds and pages for platypus to build the texts of ``docs`` as plain paragraphs."""
    from xml.sax.saxutils import escape

    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    body = ParagraphStyle("body", fontName=font, fontSize=11, leading=15)
    heading = ParagraphStyle("heading", fontName=font, fontSize=15, leading=19, spaceAfter=6)
    start = time.perf_counter()
    story: list = []
    for doc in docs:
        for block in doc.blocks:
            style = heading if isinstance(block, blocks.Heading) else body
            story += [Paragraph(escape(t), style) for t in block_texts(block) if t]
        story.append(PageBreak())
    template = SimpleDocTemplate(io.BytesIO(), pagesize=A4)
    template.build(story)
    return time.perf_counter() - start, template.page


def timed_render(docs: list[blocks.Document], cold: bool) -> tuple[float, int]:
    if cold:
        text.clear_caches()
    start = time.perf_counter()
    pages = render(docs, io.BytesIO())
    return time.perf_counter() - start, pages


def cases(lang: str):
    library = load_library()
    curriculum = next(c for c in library.curricula if c.id == "equal-voices")
    session = curriculum.sessions[0]
    instrument = next(i for i in library.instruments if i.id == session.survey_before)
    workshop = Workshop(
        id=uuid.uuid4().hex,
        curriculum_id=curriculum.id,
        session_ids=(session.id,),
        site="Benchmark centre",
        day="2024-05-01",
        language=lang,
        expected_participants=PARTICIPANTS,
        instrument_id=instrument.id,
        instrument_version=instrument.version,
    )
    guide = [documents.guide(curriculum, session, lang, SITE)]
    pack = documents.print_pack(
        workshop, curriculum, [session], instrument, SITE, participants=PARTICIPANTS, lang=lang
    )
    return {"guide": guide, "pack": pack}


def main(args: argparse.Namespace) -> list[Row]:
    repeat = args.repeat or (1 if args.quick else 5)
    fonts.register_fonts()
    rows = []
    for lang in ("en", "ar"):
        for name, docs in cases(lang).items():
            font = fonts.NASKH if lang == "ar" else fonts.SANS
            project, reference = [], []
            for _ in range(repeat):  # in turn: project (cold), platypus
                seconds, pages = timed_render(docs, cold=True)
                project.append(seconds * 1000 / pages)
                seconds, ref_pages = platypus(docs, font)
                reference.append(seconds * 1000 / ref_pages)
            rows.append(Row(f"{name} {lang} ({pages} pages; platypus {ref_pages}), ms per page",
                            median(project), median(reference), "ms"))  # fmt: skip
    print_table(f"PDF, cold, medians of {repeat} interleaved runs, vs reportlab platypus", rows)
    return rows


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_common_arguments(parser)
    parser.add_argument("--repeat", type=int, default=0, help="runs of each (default 5)")
    sys.exit(run(main, parser.parse_args()))
