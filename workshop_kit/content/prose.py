"""The rules of long texts (summaries, notes), in one place for every renderer.

Blank lines separate blocks; inside a block a line starting with ``- `` starts a bullet,
an indented line continues the bullet above it, and other lines form a paragraph.
``**bold**`` markers are left in place for the renderer (the guide view shows them bold,
PDFs print them plain).
"""

from __future__ import annotations

import re

__all__ = ["BULLET", "PARA", "parse_prose"]

PARA, BULLET = "para", "bullet"
_BLOCKS = re.compile(r"\n\s*\n")


def parse_prose(text: str) -> list[list[tuple[str, str]]]:
    """Blocks of (kind, text) parts in reading order; a part's lines are joined by spaces."""
    blocks = []
    for block in _BLOCKS.split(text.strip("\n")):
        parts: list[tuple[str, list[str]]] = []
        for raw in block.splitlines():
            line = raw.strip()
            if not line:
                continue
            if line.startswith("- "):
                parts.append((BULLET, [line[2:]]))
            elif parts and (parts[-1][0] == PARA or raw[:1].isspace()):
                parts[-1][1].append(line)
            else:
                parts.append((PARA, [line]))
        if parts:
            blocks.append([(kind, " ".join(lines)) for kind, lines in parts])
    return blocks
