"""PDF rendering speed: the facilitator guide and a 30-participant print pack, in English
and Arabic, beside bare reportlab drawing the same amount of plain text.

For each language it renders (into memory) the guide of session 1 of the bundled
curriculum, and the print pack of one session for 30 participants (the guide, 30
handouts, 30 paper forms), each twice: "cold" with the text caches emptied first (shaped
words, wrapped paragraphs, laid-out lines; fonts stay registered, as in a running app),
and "warm" right after. Beside each, bare reportlab draws the same number of pages holding
the same characters as plain lines (no shaping, no bidi, no layout engine) with the same
embedded fonts. Runs are taken in turn, so a busy moment of the machine weighs on all
figures alike; the figures are medians.

Budgets: the pack in under 3 s in either language (cold), and the pack at least 0.3 times
bare reportlab's pages per second. The guide has no budget of its own; its ratio is shown
because every page of it is distinct (a pack reuses the pages of repeated copies).

Usage: python benchmarks/pdf.py [--repeat N]
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
import uuid

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from workshop_kit.content.library import load_library
from workshop_kit.pdf import blocks, documents, fonts, text
from workshop_kit.pdf.render import render
from workshop_kit.records.model import Workshop
from workshop_kit.site import HelpContact, SiteInfo

PARTICIPANTS = 30
PACK_BUDGET_S = 3.0
BARE_RATIO = 0.3
LINE_CHARS = 90
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


def plain_text(docs: list[blocks.Document]) -> str:
    parts = []
    for doc in docs:
        parts += [doc.header, doc.footer]
        for block in doc.blocks:
            parts += block_texts(block)
    return " ".join(" ".join(parts).split())


def bare_reportlab(chars: str, pages: int, font: str) -> float:
    """Seconds for reportlab's canvas to draw ``chars`` as plain lines on ``pages`` pages."""
    per_page = max(len(chars) // pages, 1)
    start = time.perf_counter()
    canvas = Canvas(io.BytesIO(), pagesize=A4)
    for page in range(pages):
        chunk = chars[page * per_page : (page + 1) * per_page]
        canvas.setFont(font, 11)
        y = 800.0
        for i in range(0, len(chunk), LINE_CHARS):
            canvas.drawString(50, y, chunk[i : i + LINE_CHARS])
            y -= 15
        canvas.showPage()
    canvas.save()
    return time.perf_counter() - start


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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs of each (default 5)")
    args = parser.parse_args()
    fonts.register_fonts()
    ok = True
    print(f"{'case':<11}{'pages':>6}{'cold s':>9}{'warm s':>9}{'pages/s':>9}"
          f"{'bare p/s':>10}{'ratio':>7}  budget")  # fmt: skip
    for lang in ("en", "ar"):
        for name, docs in cases(lang).items():
            chars = plain_text(docs)
            bare_font = fonts.NASKH if lang == "ar" else fonts.SANS
            cold, warm, bare = [], [], []
            pages = 0
            for _ in range(args.repeat):  # in turn: cold, warm, bare
                seconds, pages = timed_render(docs, cold=True)
                cold.append(seconds)
                warm.append(timed_render(docs, cold=False)[0])
                bare.append(bare_reportlab(chars, pages, bare_font))
            cold_s, warm_s, bare_s = (statistics.median(v) for v in (cold, warm, bare))
            rate, bare_rate = pages / cold_s, pages / bare_s
            ratio = rate / bare_rate
            verdict = ""
            if name == "pack":
                passed = cold_s < PACK_BUDGET_S and ratio >= BARE_RATIO
                ok &= passed
                verdict = (
                    f"< {PACK_BUDGET_S:g} s and >= {BARE_RATIO:g}x bare: "
                    f"{'ok' if passed else 'OVER BUDGET'}"
                )
            else:
                verdict = f"(no budget; warm {pages / warm_s:.0f} pages/s)"
            print(
                f"{name + ' ' + lang:<11}{pages:>6}{cold_s:>9.3f}{warm_s:>9.3f}{rate:>9.0f}"
                f"{bare_rate:>10.0f}{ratio:>7.2f}  {verdict}"
            )
    print("pages/s and ratio use the cold time; bare: reportlab canvas.drawString, same")
    print(f"characters and page count, {fonts.SANS} / {fonts.NASKH} embedded.")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
