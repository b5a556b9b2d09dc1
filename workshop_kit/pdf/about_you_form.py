"""The "about you" part of the paper form: a heading and one bubble item per question,
with "prefer not to say" keyed 0, numbered on from the survey's last item (so the paper-entry
screen, ``ui/paper/form.py``, keys them in the same order)."""

from __future__ import annotations

from workshop_kit.content.labels import label
from workshop_kit.content.model import Instrument
from workshop_kit.pdf.blocks import Block, BubbleItem, Heading, Para
from workshop_kit.pdf.doc_text import line

__all__ = ["about_you_blocks"]


def about_you_blocks(instrument: Instrument, lang: str, *, first: int) -> list[Block]:
    """Nothing when the instrument has no about-you items."""
    if not instrument.about_you:
        return []
    prefer_not = label("kiosk.prefer_not_say", lang)
    blocks: list[Block] = [
        Heading(label("pdf.about_you_heading", lang), 2),
        Para(label("pdf.about_you_note", lang), "note"),
    ]
    blocks += [
        BubbleItem(
            number=number,
            stem=None,
            text=line(about.text, lang),
            options=tuple(line(option.label, lang) for option in about.options),
            prefer_not=prefer_not,
        )
        for number, about in enumerate(instrument.about_you, first)
    ]
    return blocks
