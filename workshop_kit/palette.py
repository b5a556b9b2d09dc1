"""Chart colours, one palette for the screen and for paper.

Diverging bars colour answers by side, never by "good" or "bad": agreeing is a good sign
on some items and a worrying one on others. Brown to teal (ColorBrewer BrBG) stays
distinguishable with the common colour-vision differences and in grey print. Scales without
sides use Okabe and Ito's palette.
"""

from __future__ import annotations

__all__ = ["NO_SIDE", "TONES", "tone_hex"]

TONES = {
    "disagree-strong": "#8c510a",
    "disagree": "#d8b365",
    "neutral": "#cfcfcf",
    "agree": "#7fc7bc",
    "agree-strong": "#01665e",
}
NO_SIDE = ("#e69f00", "#56b4e9", "#009e73", "#f0e442", "#0072b2", "#d55e00", "#cc79a7")


def tone_hex(tone: str) -> str:
    """The colour of a chart tone (``agree``, ``none-2``, ...); grey for an unknown one."""
    if tone.startswith("none-") and tone[5:].isdigit():
        return NO_SIDE[int(tone[5:]) % len(NO_SIDE)]
    return TONES.get(tone, "#888888")
