"""The bundled content is written in our own words: no run of 7 words from the opinion
pieces that inspired the project appears in it (facts may be used, sentences may not).

Runs that ../shared/CONTENT.md itself uses to state a citable fact (such as "a woman should
tolerate violence to keep the family together") are allowed: that is the fact, cited."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BACKGROUND = ROOT.parent / "shared" / "background"
RUN = 7


def shingles(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z0-9']+", text.lower().replace("’", "'"))
    return {tuple(words[i : i + RUN]) for i in range(len(words) - RUN + 1)}


@pytest.mark.skipif(
    not BACKGROUND.is_dir(), reason="../shared/background is not beside this checkout"
)
def test_no_sentences_copied_from_the_background_pieces():
    source = set()
    for piece in sorted(BACKGROUND.glob("*.txt")):
        source |= shingles(piece.read_text(encoding="utf-8"))
    assert len(source) > 500
    source -= shingles((BACKGROUND.parent / "CONTENT.md").read_text(encoding="utf-8"))
    content = " ".join(p.read_text(encoding="utf-8") for p in (ROOT / "curricula").rglob("*.yaml"))
    copied = sorted(" ".join(s) for s in shingles(content) & source)
    assert copied == []
