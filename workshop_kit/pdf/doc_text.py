"""Content text made into blocks: one-line items, prose fields and the help box.

Authors write prose in YAML block scalars, wrapped at about 90 columns, with blank lines
between paragraphs, ``- `` starting a bullet and ``**bold**`` for emphasis. A printed page
wraps text itself, so the author's line breaks are joined back into one line here, and the
bold markers are dropped (blocks hold plain text; the renderer draws one style per block).
"""

from __future__ import annotations

import re

from workshop_kit.content.labels import label
from workshop_kit.content.model import Text
from workshop_kit.content.prose import PARA, parse_prose
from workshop_kit.pdf.blocks import Block, Box, Bullets, Para
from workshop_kit.site import SiteInfo

__all__ = ["help_box", "line", "lines", "prose", "step_text"]

_BOLD = re.compile(r"\*\*(.+?)\*\*", re.S)
#: Starts a sub-item inside a list item (a step with scenarios, say). Bullets cannot nest,
#: so a step keeps its sub-items in its own text, one per line; a renderer that does not
#: break lines still shows them as readable "• ..." runs.
SUB_ITEM = "\n• "


def _plain(text: str) -> str:
    return " ".join(_BOLD.sub(r"\1", text).split())


def line(text: Text | None, lang: str) -> str:
    """A short text (a title, a list item) on one line, in ``lang`` or the default."""
    return _plain(text.get(lang)) if text is not None else ""


def lines(texts: tuple[Text, ...], lang: str) -> tuple[str, ...]:
    return tuple(line(text, lang) for text in texts)


def prose(text: Text | None, lang: str, style: str = "body") -> tuple[Para | Bullets, ...]:
    """A prose field as paragraphs and bullet lists, in reading order."""
    if text is None:
        return ()
    out: list[Para | Bullets] = []
    for block in parse_prose(text.get(lang)):
        for kind, body in block:
            joined = _plain(body)
            if kind == PARA:
                out.append(Para(joined, style))
            elif out and isinstance(out[-1], Bullets):
                out[-1] = Bullets((*out[-1].items, joined))
            else:
                out.append(Bullets((joined,)))
    return tuple(out)


def step_text(text: Text, lang: str) -> str:
    """One numbered step: its paragraphs, then its sub-items on lines of their own.

    Numbered steps must stay in one :class:`Bullets` (a second list would start again at
    1), so a step that lists scenarios or remark cards carries them inside its own text."""
    pieces: list[str] = []
    for block in prose(text, lang):
        if isinstance(block, Para):
            pieces.append(block.text if not pieces else "\n" + block.text)
        else:
            pieces.extend(SUB_ITEM + item for item in block.items)
    return "".join(pieces).lstrip("\n")


#: lines left to write the help contacts in by hand, on a participant's sheet without them
WRITE_IN_LINES = 3
WRITE_IN = "_" * 44


def help_box(site: SiteInfo, lang: str, *, for_staff: bool = False) -> Box:
    """Where to get help: the centre's own contacts in ``lang``, never an invented number.

    With no contacts set, the box says so plainly: ask the facilitator. On a participant's
    sheet (a handout) it leaves lines to write the contacts in by hand, never a staff
    instruction; on a facilitator's guide (``for_staff``) it also says to add them in
    Settings, so a missing setting shows on the first test print."""
    body: list[Block] = []
    if site.centre_name.strip():
        body.append(Para(" ".join(site.centre_name.split())))
    if site.contacts:
        body.append(Para(label("pdf.help_intro", lang)))
        items = []
        for contact in site.contacts:
            parts = [contact.name_in(lang).strip()]
            if contact.phone.strip():
                parts.append(label("pdf.phone", lang, phone=contact.phone.strip()))
            if contact.hours_in(lang).strip():
                parts.append(label("pdf.hours", lang, hours=contact.hours_in(lang).strip()))
            items.append(" · ".join(p for p in parts if p))
        body.append(Bullets(tuple(items)))
        body.append(Para(label("pdf.help_private", lang)))
    else:
        body.append(Para(label("pdf.help_none", lang)))
        if for_staff:
            body.append(Para(label("pdf.help_settings", lang), "note"))
        else:
            body.append(Para(label("pdf.help_write_in", lang)))
            body.extend(Para(WRITE_IN) for _ in range(WRITE_IN_LINES))
    return Box(label("pdf.help_title", lang), tuple(body), "help")
