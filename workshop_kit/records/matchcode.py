"""Self-generated match codes: linking a participant's before and after surveys anonymously.

A participant answers a few questions whose answers are stable and known only to them
(``MATCH_ELEMENTS``), the same way in both surveys. The answers are never stored: each
element is normalised (so "M", " m" and "Ｍ" agree, and so do "أحمد" and "احمد", or "7",
"٧" and "۷") and then stored only as a keyed hash, HMAC-SHA256 with a secret that belongs to
one workshop. Without the secret a hash cannot be checked against a guess, and the same
code gives different hashes in two workshops, so codes cannot be linked across workshops.
When a workshop is closed the secret and the hashes are deleted (see ``store``).

The matching rule (``match``)
-----------------------------
The *distance* between a before code and an after code is the number of elements that
differ; an element that is missing (``None``) on either side counts as differing, so a
skipped question never makes two codes agree. A before and an after response are
*candidates* for each other when their distance is at most 1: one element may differ, for
a typo or an answer given differently the second time.

1. Duplicates: two responses of the same phase with identical, complete codes cannot be
   told apart. They are *ambiguous* and never paired.
2. Exact pairs: a before and an after at distance 0 are paired when each is the other's
   only distance-0 candidate.
3. Near pairs: among the responses still unpaired, a before and an after are paired when
   each is the other's only remaining candidate (distance 0 or 1).
4. Every response left over is *ambiguous* if it still has a candidate (it had two or more,
   or its only candidate had two or more: pairing would be a guess), and *unmatched* if it
   has none (the participant did one survey only, or gave a code too different to trust).

Every step is symmetric in before and after and does not depend on input order, so
swapping the two sides mirrors the result, and no response is ever paired twice.
"""

from __future__ import annotations

import hmac
import unicodedata
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

__all__ = [
    "HASH_LENGTH",
    "MATCH_ELEMENTS",
    "MatchElement",
    "MatchResult",
    "distance",
    "hash_code",
    "match",
    "normalise",
    "to_ascii_digits",
]

#: Hex characters kept from each HMAC: 64 bits, far more than a workshop needs to tell
#: codes apart, and short enough to keep files small.
HASH_LENGTH = 16
SKIP = "skip"


@dataclass(frozen=True)
class MatchElement:
    """One question of the match code: a letter, or a whole number in ``low..high``."""

    id: str
    kind: str  # "letter" | "number"
    low: int | None = None
    high: int | None = None


MATCH_ELEMENTS: tuple[MatchElement, ...] = (
    MatchElement("mother_initial", "letter"),
    MatchElement("birth_day", "number", 1, 31),
    MatchElement("older_siblings", "number", 0, 20),
    MatchElement("birthplace_initial", "letter"),
    MatchElement("younger_siblings", "number", 0, 20),
)
_BY_ID = {element.id: element for element in MATCH_ELEMENTS}

# Arabic-Indic (٠-٩, used in Arabic) and Extended Arabic-Indic (۰-۹, Persian and Urdu).
_DIGITS = str.maketrans(
    "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹",
    "01234567890123456789",
)
_TATWEEL = "\u0640"
# Letters written more than one way. The hamza forms of alef also lose their hamza when
# marks are dropped; they are listed so the rule reads in one place.
_ARABIC_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ة": "ه",
        "ى": "ي",
        "ی": "ي",  # Persian/Urdu keyboards type yeh and kaf as these
        "ک": "ك",
    }
)
_MAX_DIGITS = 6


def to_ascii_digits(text: str) -> str:
    """``text`` with Arabic-Indic and Extended Arabic-Indic digits made ASCII."""
    return text.translate(_DIGITS)


def _first_letter(text: str) -> str | None:
    if text.isascii():  # the common case, and no marks or folding to consider
        return next((ch.lower() for ch in text if ch.isalpha()), None)
    # Drop combining marks (Arabic tashkeel and the hamza on alef, Latin accents) and
    # tatweel, so "أَحمد" and "احمد", or "Émile" and "emile", start with the same letter.
    bare = "".join(
        ch
        for ch in unicodedata.normalize("NFD", text)
        if ch != _TATWEEL and not unicodedata.category(ch).startswith("M")
    )
    for ch in unicodedata.normalize("NFC", bare).casefold():
        if ch.isalpha():
            return ch.translate(_ARABIC_FOLD)
    return None


def normalise(element: MatchElement, raw: str) -> str | None:
    """The canonical form of one answer, or ``None`` when it cannot be used.

    Letters: NFKC, trimmed, the first letter only, without marks, case-folded, with the
    Arabic letters that are written several ways folded to one. Numbers: ASCII,
    Arabic-Indic or Extended Arabic-Indic digits, inside the element's range, written
    without leading zeros. Empty, out of range, not a letter or number, or "skip": None.
    """
    if not isinstance(raw, str):
        return None
    text = unicodedata.normalize("NFKC", raw).strip()
    if not text or text.casefold() == SKIP:
        return None
    if element.kind == "letter":
        return _first_letter(text)
    if element.kind == "number":
        digits = to_ascii_digits(text)
        if not (digits.isascii() and digits.isdigit()) or len(digits) > _MAX_DIGITS:
            return None
        value = int(digits)
        low = element.low if element.low is not None else 0
        if value < low or (element.high is not None and value > element.high):
            return None
        return str(value)
    raise ValueError(f"unknown match element kind {element.kind!r}")


def hash_code(secret: bytes, answers: Mapping[str, str]) -> tuple[str | None, ...]:
    """One keyed hash per element of ``MATCH_ELEMENTS``; ``None`` where unusable.

    The element id goes into the hashed text so the same answer to two questions (a
    birth day of 3 and 3 older siblings) gives two different hashes.
    """
    if not isinstance(secret, bytes) or len(secret) < 16:
        raise ValueError("the match-code secret must be at least 16 random bytes")
    unknown = set(answers) - set(_BY_ID)
    if unknown:
        raise ValueError(f"unknown match-code elements: {', '.join(sorted(unknown))}")
    hashes: list[str | None] = []
    for element in MATCH_ELEMENTS:
        raw = answers.get(element.id)
        value = normalise(element, raw) if raw is not None else None
        if value is None:
            hashes.append(None)
            continue
        message = f"{element.id}:{value}".encode()
        hashes.append(hmac.digest(secret, message, "sha256").hex()[:HASH_LENGTH])
    return tuple(hashes)


# ----------------------------------------------------------------------------- matching


@dataclass(frozen=True)
class MatchResult:
    """How the before and after responses of one workshop were matched."""

    pairs: tuple[tuple[str, str], ...]  # (pre response id, post response id)
    unmatched_pre: tuple[str, ...]
    unmatched_post: tuple[str, ...]
    ambiguous_pre: tuple[str, ...]  # had more than one candidate: never paired
    ambiguous_post: tuple[str, ...]
    # the pairs (of ``pairs``) whose codes differed in one element: matched tolerantly
    tolerant: tuple[tuple[str, str], ...] = ()

    def counts(self) -> dict[str, int]:
        """The numbers a facilitator sees: matched, unmatched and ambiguous."""
        return {
            "pairs": len(self.pairs),
            "unmatched_pre": len(self.unmatched_pre),
            "unmatched_post": len(self.unmatched_post),
            "ambiguous_pre": len(self.ambiguous_pre),
            "ambiguous_post": len(self.ambiguous_post),
        }


Code = tuple[str | None, ...]


def distance(a: Code, b: Code) -> int:
    """Elements that differ; a missing element (``None``) differs from everything."""
    return sum(1 for x, y in zip(a, b, strict=True) if x is None or x != y)


def _masked_keys(code: Code) -> list[tuple[int, Code]]:
    # A code is within distance 1 of another only if they agree, completely, on all
    # elements but one: bucketing by "the code without element i" finds every candidate
    # without comparing all pairs (a workshop may have 500 participants).
    keys = []
    for i in range(len(code)):
        rest = code[:i] + code[i + 1 :]
        if None not in rest:
            keys.append((i, rest))
    return keys


def _check_side(name: str, side: Sequence[tuple[str, Code | None]]) -> dict[str, Code | None]:
    codes: dict[str, Code | None] = {}
    for response_id, code in side:
        if response_id in codes:
            raise ValueError(f"{name} lists response {response_id} twice")
        codes[response_id] = tuple(code) if code is not None else None
    return codes


def match(
    pre: Sequence[tuple[str, Code | None]], post: Sequence[tuple[str, Code | None]]
) -> MatchResult:
    """Pair before and after responses by their match codes (rule: module docstring).

    Each side is a sequence of ``(response id, code)``; a code of ``None`` (no code given)
    never matches. Results keep the input order.
    """
    pre_codes = _check_side("pre", pre)
    post_codes = _check_side("post", post)
    lengths = {len(c) for c in (*pre_codes.values(), *post_codes.values()) if c is not None}
    if len(lengths) > 1:
        raise ValueError(f"match codes of different lengths: {sorted(lengths)}")

    post_given = {q: code for q, code in post_codes.items() if code is not None}
    buckets: dict[tuple[int, Code], list[str]] = defaultdict(list)
    for q, given in post_given.items():
        for key in _masked_keys(given):
            buckets[key].append(q)
    cand_pre: dict[str, dict[str, int]] = {p: {} for p in pre_codes}
    cand_post: dict[str, dict[str, int]] = {q: {} for q in post_codes}
    for p, code in pre_codes.items():
        if code is None:
            continue
        for key in _masked_keys(code):
            for q in buckets.get(key, ()):
                if q not in cand_pre[p]:
                    d = distance(code, post_given[q])
                    cand_pre[p][q] = d
                    cand_post[q][p] = d

    dup_pre, dup_post = _duplicates(pre_codes), _duplicates(post_codes)
    pre_to_post: dict[str, str] = {}
    post_to_pre: dict[str, str] = {}

    def only(candidates: dict[str, int], taken: dict[str, str], exact: bool) -> str | None:
        left = [o for o, d in candidates.items() if o not in taken and (d == 0 or not exact)]
        return left[0] if len(left) == 1 else None

    for exact in (True, False):
        found: list[tuple[str, str]] = []
        for p in pre_codes:
            if p in pre_to_post or p in dup_pre:
                continue
            partner = only(cand_pre[p], post_to_pre, exact)
            if (
                partner is not None
                and partner not in dup_post
                and only(cand_post[partner], pre_to_post, exact) == p
            ):
                found.append((p, partner))
        # Pairs found in one step never compete (each was the other's only candidate),
        # so they are applied together: the step does not depend on input order.
        for p, q in found:
            pre_to_post[p] = q
            post_to_pre[q] = p

    def leftovers(
        cands: dict[str, dict[str, int]], mine: dict[str, str], theirs: dict[str, str], dups
    ) -> tuple[tuple[str, ...], tuple[str, ...]]:
        unmatched, ambiguous = [], []
        for r, candidates in cands.items():
            if r in mine:
                continue
            if r in dups or any(other not in theirs for other in candidates):
                ambiguous.append(r)
            else:
                unmatched.append(r)
        return tuple(unmatched), tuple(ambiguous)

    unmatched_pre, ambiguous_pre = leftovers(cand_pre, pre_to_post, post_to_pre, dup_pre)
    unmatched_post, ambiguous_post = leftovers(cand_post, post_to_pre, pre_to_post, dup_post)
    pairs = tuple((p, pre_to_post[p]) for p in pre_codes if p in pre_to_post)
    return MatchResult(
        pairs=pairs,
        unmatched_pre=unmatched_pre,
        unmatched_post=unmatched_post,
        ambiguous_pre=ambiguous_pre,
        ambiguous_post=ambiguous_post,
        tolerant=tuple((p, q) for p, q in pairs if cand_pre[p][q] > 0),
    )


def _duplicates(codes: dict[str, Code | None]) -> set[str]:
    seen: dict[Code, list[str]] = defaultdict(list)
    for response_id, code in codes.items():
        if code is not None and None not in code:
            seen[code].append(response_id)
    return {r for ids in seen.values() if len(ids) > 1 for r in ids}
