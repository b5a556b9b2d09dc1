"""Write the pictorial answer images for the survey kiosk (assets/scale/*.svg).

Filled circles for agreement (empty = disagree, full = agree: no faces, so no answer looks
"happier" than another), a tick, a cross and a question mark for yes / no / don't know, and
a face with closed lips for "prefer not to answer". Run again after changing a drawing.
"""

from __future__ import annotations

import math
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "assets" / "scale"
INK = "#1f4e79"
HEAD = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="100" height="100">'


def pie(share: float) -> str:
    ring = f'<circle cx="50" cy="50" r="42" fill="#ffffff" stroke="{INK}" stroke-width="6"/>'
    if share <= 0:
        return ring
    if share >= 1:
        return ring + f'<circle cx="50" cy="50" r="36" fill="{INK}"/>'
    angle = 2 * math.pi * share
    x, y = 50 + 36 * math.sin(angle), 50 - 36 * math.cos(angle)
    large = 1 if share > 0.5 else 0
    return ring + (f'<path d="M50,50 L50,14 A36,36 0 {large},1 {x:.2f},{y:.2f} Z" fill="{INK}"/>')


def symbol(body: str, colour: str) -> str:
    ring = f'<circle cx="50" cy="50" r="42" fill="#ffffff" stroke="{colour}" stroke-width="6"/>'
    return ring + body


DRAWINGS = {
    "fill-0": pie(0),
    "fill-25": pie(0.25),
    "fill-50": pie(0.5),
    "fill-75": pie(0.75),
    "fill-100": pie(1),
    "yes": symbol(
        '<path d="M28,52 L44,68 L73,34" fill="none" stroke="#1b7a3a" '
        'stroke-width="10" stroke-linecap="round" stroke-linejoin="round"/>',
        "#1b7a3a",
    ),
    "no": symbol(
        '<path d="M33,33 L67,67 M67,33 L33,67" fill="none" stroke="#b3261e" '
        'stroke-width="10" stroke-linecap="round"/>',
        "#b3261e",
    ),
    "dont-know": symbol(
        '<path d="M37,38 C37,24 63,24 63,38 C63,48 50,50 50,60" fill="none" '
        'stroke="#6b5b00" stroke-width="9" stroke-linecap="round"/>'
        '<circle cx="50" cy="74" r="5.5" fill="#6b5b00"/>',
        "#6b5b00",
    ),
    "prefer-not": symbol(
        '<circle cx="37" cy="42" r="5" fill="#555"/>'
        '<circle cx="63" cy="42" r="5" fill="#555"/>'
        '<path d="M32,66 L68,66" stroke="#555" stroke-width="6" '
        'stroke-linecap="round"/>'
        '<path d="M40,60 L40,72 M50,60 L50,72 M60,60 L60,72" stroke="#555" '
        'stroke-width="3"/>',
        "#555555",
    ),
}


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, body in DRAWINGS.items():
        (OUT / f"{name}.svg").write_text(f"{HEAD}{body}</svg>\n", encoding="utf-8")
        print(OUT / f"{name}.svg")


if __name__ == "__main__":
    main()
