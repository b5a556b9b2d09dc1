"""The cell-key method: the same records always get the same small noise.

Every count the analysis publishes is the true count plus a small whole-number noise that
is a fixed function of *which records* form the cell (ABS TableBuilder; ONS, census 2021).
Two outputs that count the same people print the same number; two outputs whose cells
differ by one person print numbers whose difference is the person plus two independent
noises, so subtracting "all but one workshop" from "all workshops" gives noise, not
answers. ``docs/disclosure.md`` states the method and its guarantee.

- **Record keys.** Each response carries a random record key from 0 to 2**32 - 1
  (``Response.record_key``, drawn when it is saved; it travels in bundles and survives a
  merge, which is a union by response id). A response saved before record keys existed
  has none: its key is derived from its id, ``HMAC-SHA256(id, "workshop-kit record key
  v1")``, first four bytes. The id is a random UUID that no export prints (it leaves the
  laptop only inside sealed bundles, whose reader holds every answer anyway), so a reader
  of a report or a spreadsheet cannot compute a key.
- **Cell key**: the sum of the cell's record keys modulo 2**32 (a pair's key is the sum of
  its two responses' keys). It depends only on the set of records.
- **Noise** (``perturb``), from the count ``c`` and the cell key: 0 stays 0 (no records,
  no key); any other count becomes ``c + d``, at least 1, where ``d`` is two-sided
  geometric (P(d) proportional to 0.4 ** |d|: 0 for 43% of cells, within 2 for 91%),
  drawn from SHA-256 of the cell key and the count. The noise has no bound, so every
  printed value from 1 up could have come from any true count from 1 up: a printed count,
  or any sum or difference of printed counts, never pins a true one. (A bounded noise, as
  in ABS's tables, is pinned whenever every cell of a line and its total happen to get
  the extreme noise; in small tables the attacker of the tests found that in a few
  percent of lines.) Counts of 1 or 2 are pushed up a little on average by the floor at 1.
- Every statistic (shares, means, intervals, test results) is computed from perturbed
  counts only: the frequency table of the values it uses (answers, changes in scale
  position, scores, the paired 2x2 table), each cell perturbed by its own records. A
  reader who solves the statistic for its inputs gets the perturbed counts, not the true
  ones. The one exception is Cronbach's alpha (``reliability``), made from the true
  answers and published only from 10 people, to 2 decimals (``docs/disclosure.md``).
"""

from __future__ import annotations

import hashlib
import hmac
import math
from collections import Counter
from collections.abc import Hashable, Iterable, Sequence

from workshop_kit.records.model import RECORD_KEY_LIMIT, Response

__all__ = [
    "ALPHA",
    "cell_key",
    "derived_key",
    "noise",
    "noisy_table",
    "perturb",
    "possible_counts",
    "record_key",
    "tally",
]

#: The noise is two-sided geometric with this ratio: P(noise = d) is proportional to
#: ALPHA ** |d|. About 43% of counts are printed as they are, 91% within 2 and 96% within 3.
ALPHA = 0.4
_DERIVE = b"workshop-kit record key v1"


def derived_key(response_id: str) -> int:
    """The record key of a response saved before record keys existed."""
    digest = hmac.digest(response_id.encode("utf-8"), _DERIVE, "sha256")
    return int.from_bytes(digest[:4], "big")


def record_key(response: Response) -> int:
    """The response's stored record key, or the one derived from its id."""
    key = response.record_key
    return derived_key(response.id) if key is None else key


def cell_key(keys: Iterable[int]) -> int:
    """The cell key of a set of records: the sum of their record keys modulo 2**32."""
    return sum(keys) % RECORD_KEY_LIMIT


def _uniform(count: int, key: int) -> float:
    digest = hashlib.sha256(
        b"cell" + (key % RECORD_KEY_LIMIT).to_bytes(4, "big") + count.to_bytes(8, "big")
    ).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def noise(u: float) -> int:
    """The two-sided geometric noise at ``u`` (0 <= u < 1) by its inverse distribution."""
    p0 = (1 - ALPHA) / (1 + ALPHA)
    if u < p0:
        return 0
    u = (u - p0) / (1 - p0)  # uniform again, over the noises other than 0
    sign = 1 if u < 0.5 else -1
    u = (u % 0.5) * 2
    magnitude = 1 + int(math.log1p(-u) / math.log(ALPHA))  # geometric from 1
    return sign * magnitude


def perturb(count: int, key: int, floor: int = 0) -> int:
    """The published value of a cell of ``count`` records whose cell key is ``key``.

    0 stays 0; any other count becomes ``count + noise``, never below 1 (so a published
    0 means an empty cell and nothing else). With ``floor`` (``k`` for a count that is
    shown only from ``k`` on), a count of at least ``floor`` is never published below it.
    """
    if count < 0:
        raise ValueError(f"a count cannot be negative, got {count}")
    if count == 0:
        return 0
    value = max(1, count + noise(_uniform(count, key)))
    return max(floor, value) if floor > 0 and count >= floor else value


def possible_counts(published: int) -> tuple[int, int | None]:
    """Every true count ``perturb`` can turn into ``published``, as (lowest, highest or None
    for no limit): what a reader who knows this module can say. The noise has no bound, so
    a published number from 1 up could come from any count from 1 up."""
    return (0, 0) if published <= 0 else (1, None)


def noisy_table(values: Sequence[Hashable], keys: Sequence[int]) -> dict[Hashable, int]:
    """The perturbed frequency table of ``values`` (one record key each): value -> count.

    Values whose perturbed count is 0 are left out (a count of 1 or more never becomes 0).
    """
    counts, sums = tally(values, keys)
    return {value: perturb(n, sums[value]) for value, n in counts.items()}


def tally(values: Sequence[Hashable], keys: Sequence[int]) -> tuple[Counter, dict[Hashable, int]]:
    """How many records have each value, and the sum of their record keys (not reduced),
    both by value in the order each value first appears: a cell's count and key, one pass."""
    if len(values) != len(keys):
        raise ValueError(f"{len(values)} values but {len(keys)} record keys")
    counts = Counter(values)
    sums = dict.fromkeys(counts, 0)
    for value, key in zip(values, keys, strict=True):
        sums[value] += key
    return counts, sums
