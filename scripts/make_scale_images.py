"""Write the pictorial answer images for the survey kiosk (assets/scale/*.svg).

The pictures must not judge an answer: the same statement may be one a participant is
ashamed of ("yes, he has the right to beat her"), so no answer gets a green tick, a red
cross or a happier face. Every answer picture is drawn in one neutral ink and only says how
much: an empty ring for disagree / no, a ring filled by a quarter per step towards agree /
yes, and a ring with a question mark for "don't know", the same for every item.
"Prefer not to answer" is a face with closed lips in grey. Run again after changing a
drawing; tests/ui/test_kiosk_layout.py checks the colours.
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


def symbol(body: str, colour: str = INK) -> str:
    ring = f'<circle cx="50" cy="50" r="42" fill="#ffffff" stroke="{colour}" stroke-width="6"/>'
    return ring + body


DRAWINGS = {
    "fill-0": pie(0),
    "fill-25": pie(0.25),
    "fill-50": pie(0.5),
    "fill-75": pie(0.75),
    "fill-100": pie(1),
    # yes / no as the two ends of the same scale: full and empty, never a tick or a cross
    "yes": pie(1),
    "no": pie(0),
    "dont-know": symbol(
        f'<path d="M38,38 C38,25 62,25 62,38 C62,48 50,50 50,59" fill="none" '
        f'stroke="{INK}" stroke-width="8" stroke-linecap="round"/>'
        f'<circle cx="50" cy="72" r="5" fill="{INK}"/>'
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
