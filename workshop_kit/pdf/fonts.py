"""The bundled fonts, registered once, and which font draws which character.

Three families ship in ``assets/fonts`` (with their OFL licences): Noto Naskh Arabic for
Arabic script, Noto Sans for everything else, and Noto Sans Math (regular only) for the
signs Noto Sans lacks, such as ≤, ≥, − and →. Noto Naskh Arabic has no Latin letters and
Noto Sans no Arabic, so the renderer picks a font per character and draws a line as runs of
one font each. A character neither font has must never reach the page as a missing-glyph
box: :func:`missing_glyphs` names such characters (the tests run it over all bundled
content) and :func:`drawable` swaps them for U+FFFD, which Noto Sans draws.

reportlab embeds TrueType fonts as subsets, so a PDF carries only the glyphs it uses.
"""

from __future__ import annotations

import threading
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from workshop_kit import paths

__all__ = [
    "MATH",
    "NASKH",
    "NASKH_BOLD",
    "REPLACEMENT",
    "SANS",
    "SANS_BOLD",
    "drawable",
    "font_for",
    "has_glyph",
    "is_arabic_script",
    "missing_glyphs",
    "register_fonts",
    "space_width",
]

SANS = "WK-NotoSans"
SANS_BOLD = "WK-NotoSans-Bold"
NASKH = "WK-NotoNaskhArabic"
NASKH_BOLD = "WK-NotoNaskhArabic-Bold"
MATH = "WK-NotoSansMath"  # no bold: it draws the few signs the other two lack
FILES = {
    SANS: "NotoSans-Regular.ttf",
    SANS_BOLD: "NotoSans-Bold.ttf",
    NASKH: "NotoNaskhArabic-Regular.ttf",
    NASKH_BOLD: "NotoNaskhArabic-Bold.ttf",
    MATH: "NotoSansMath-Regular.ttf",
}
#: Drawn in place of a character no bundled font has (Noto Sans has a glyph for it).
REPLACEMENT = "\ufffd"

# Arabic, Arabic Supplement, Arabic Extended-B/A, Presentation Forms-A and -B (the shaped
# forms arabic-reshaper produces). U+FEFF (byte order mark) sits in the last block but is
# not a letter, so the range stops before it.
_ARABIC_RANGES = (
    (0x0600, 0x06FF),
    (0x0750, 0x077F),
    (0x0870, 0x08FF),
    (0xFB50, 0xFDFF),
    (0xFE70, 0xFEFE),
)
# Invisible characters that take the font of the run they sit in (both fonts have them,
# with zero or space width), so a space between two Arabic words does not split a run.
_INHERIT = frozenset(" \u00a0\u200e\u200f")

_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the bundled fonts with reportlab; calling it again does nothing."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        folder = paths.assets_dir() / "fonts"
        for name, filename in FILES.items():
            path = folder / filename
            if not path.is_file():
                raise FileNotFoundError(f"bundled font missing: {path}")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        _registered = True


@lru_cache(maxsize=8)
def _cmap(font: str) -> frozenset[int]:
    register_fonts()
    found = pdfmetrics.getFont(font)
    if not isinstance(found, TTFont):  # a built-in PDF font: no cmap to read
        raise ValueError(f"{font!r} is not one of the bundled TrueType fonts")
    return frozenset(found.face.charToGlyph)


def has_glyph(font: str, ch: str) -> bool:
    """Whether ``font`` has a glyph of its own for ``ch`` (not the .notdef box)."""
    return ord(ch) in _cmap(font)


def is_arabic_script(ch: str) -> bool:
    code = ord(ch)
    return any(low <= code <= high for low, high in _ARABIC_RANGES)


@lru_cache(maxsize=4096)
def _preferred(ch: str, bold: bool) -> str | None:
    if is_arabic_script(ch):
        first, second = (NASKH_BOLD, SANS_BOLD) if bold else (NASKH, SANS)
    else:
        first, second = (SANS_BOLD, NASKH_BOLD) if bold else (SANS, NASKH)
    for font in (first, second, MATH):
        if has_glyph(font, ch):
            return font
    return None


def font_for(ch: str, bold: bool = False, current: str | None = None) -> str | None:
    """The font that draws ``ch``: Noto Naskh Arabic for Arabic script, Noto Sans for the
    rest, the other one if the first lacks the glyph, then Noto Sans Math, None if no
    bundled font has it.

    Spaces and bidi marks stay in ``current`` (the font of the run they are in) when it has
    them, so they do not cut a run of Arabic in two."""
    if current is not None and ch in _INHERIT and has_glyph(current, ch):
        return current
    return _preferred(ch, bold)


def missing_glyphs(text: str, bold: bool = False) -> list[str]:
    """The characters of ``text`` that no bundled font can draw (each once, in order).

    Line breaks and tabs are layout, not glyphs, so they never count as missing."""
    seen: dict[str, None] = {}
    for ch in text:
        if ch not in "\n\r\t" and ch not in seen and font_for(ch, bold) is None:
            seen[ch] = None
    return list(seen)


def drawable(text: str) -> str:
    """``text`` with every character no font has replaced by U+FFFD (never a tofu box)."""
    if all(font_for(ch) is not None for ch in text):
        return text
    return "".join(ch if font_for(ch) is not None else REPLACEMENT for ch in text)


@lru_cache(maxsize=8)
def space_width(bold: bool = False) -> float:
    """The widest space of the two families, per point of font size (used to wrap lines,
    so a line measured with it never turns out wider when drawn)."""
    register_fonts()
    names = (SANS_BOLD, NASKH_BOLD) if bold else (SANS, NASKH)
    return max(pdfmetrics.stringWidth(" ", name, 1) for name in names)
