"""Search sessions by words, in any of their languages.

Matching ignores case, Arabic diacritics (tashkeel and tatweel) and the usual spelling
variants of alef, alef maqsura and teh marbuta, so "امراة" finds "امرأة".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from workshop_kit.content.model import Curriculum, Session

__all__ = ["SearchHit", "normalise", "search_sessions"]

_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_ARABIC_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})


def normalise(text: str) -> str:
    """Fold text for matching: NFKC, case-folded, Arabic marks removed and letters unified."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _ARABIC_MARKS.sub("", text)
    return text.translate(_ARABIC_FOLD)


@dataclass(frozen=True)
class SearchHit:
    curriculum: Curriculum
    session: Session
    in_title: bool


def _haystack(session: Session) -> str:
    parts: list[str] = []
    for text in session.texts():
        parts.extend(text.values.values())
    return normalise("\n".join(parts))


def search_sessions(curricula: Iterable[Curriculum], query: str) -> list[SearchHit]:
    """Sessions containing every word of ``query``; title matches first."""
    words = normalise(query).split()
    if not words:
        return []
    hits: list[SearchHit] = []
    for curriculum in curricula:
        for session in curriculum.sessions:
            if all(word in _haystack(session) for word in words):
                title = normalise(" ".join(session.title.values.values()))
                hits.append(SearchHit(curriculum, session, all(w in title for w in words)))
    hits.sort(key=lambda hit: not hit.in_title)
    return hits
