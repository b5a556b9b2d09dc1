"""The recovery sheet: the 24-digit code that opens a laptop's data when its unlock code
is lost, printed once at key setup (or again from Settings), in English or Arabic.

What it says: the centre (from the Settings page), the day it was printed (never a
time), the code in large print, the laptop's fingerprint (so a sheet is matched to its
laptop), what the code opens, where to keep the sheet and what to do if it is found.

The code reaches the PDF only: :func:`sheet_pdf` builds the file in memory, and the
caller writes it where the user chose (or prints it). Nothing here logs or stores it.
The PDF's dates are the day at midnight and its ``/ID`` is random (``pdf.render``), like
every other document.
"""

from __future__ import annotations

import io

from workshop_kit.content.labels import label
from workshop_kit.pdf.blocks import Block, Box, Bullets, Document, Heading, Para, Spacer
from workshop_kit.pdf.render import render
from workshop_kit.records.model import today
from workshop_kit.site import SiteInfo

__all__ = ["display_fingerprint", "recovery_sheet", "sheet_pdf"]

#: Between the groups of a fingerprint: a no-break space, which the bidi algorithm treats
#: as a separator inside a number, so a right-to-left page keeps the groups in reading
#: order (an ordinary space would let them run right to left). It looks like a space and
#: comes out of the text layer as one (NFKC).
_GROUP_GAP = "\u00a0"


def display_fingerprint(fingerprint: str) -> str:
    """A fingerprint ("12345 67890 ...") as printed: groups kept left to right."""
    return _GROUP_GAP.join(fingerprint.split())


def recovery_sheet(
    code: str, fingerprint: str, lang: str, site: SiteInfo, *, day: str | None = None
) -> Document:
    """The sheet for ``code`` (grouped with dashes, as ``keys.generate_recovery_code``
    makes it) on the laptop named by ``fingerprint``; ``day`` defaults to today."""
    day = day or today()
    centre = " ".join(site.centre_name.split())
    title = label("sheet.title", lang)
    blocks: list[Block] = [
        Heading(title, 1),
        Para(
            label("sheet.centre", lang, centre=centre) if centre else label("sheet.no_centre", lang)
        ),
        Para(label("sheet.made_on", lang, day=day), "meta"),
        Heading(label("sheet.code_heading", lang), 2),
        Spacer(2),
        # A dash between digits keeps the whole code one left-to-right number in Arabic.
        Heading(code, 1),
        Para(label("sheet.code_intro", lang), "meta"),
        Para(label("sheet.laptop", lang, fingerprint=display_fingerprint(fingerprint))),
        Box(label("sheet.lost_title", lang), (Para(label("sheet.lost", lang)),), "warning"),
        Heading(label("sheet.opens_heading", lang), 2),
        Para(label("sheet.opens", lang)),
        Heading(label("sheet.keep_heading", lang), 2),
        Bullets(
            tuple(
                label(key, lang)
                for key in ("sheet.keep_drawer", "sheet.keep_apart", "sheet.keep_no_copies")
            )
        ),
        Heading(label("sheet.found_heading", lang), 2),
        Para(label("sheet.found", lang)),
        Para(label("sheet.replaced", lang), "note"),
    ]
    return Document(
        kind="recovery-sheet",
        lang=lang,
        title=title,  # the PDF's metadata: never the code
        header=label("sheet.header", lang),
        footer=" · ".join(part for part in (centre, label("sheet.made_on", lang, day=day)) if part),
        blocks=tuple(blocks),
    )


def sheet_pdf(
    code: str,
    fingerprint: str,
    lang: str,
    site: SiteInfo,
    *,
    day: str | None = None,
    paper: str = "A4",
) -> bytes:
    """The sheet as PDF bytes, built in memory (the caller decides where it goes)."""
    out = io.BytesIO()
    render([recovery_sheet(code, fingerprint, lang, site, day=day)], out, paper=paper)
    return out.getvalue()
