"""Filters that cannot match are refused before any work, naming what was probably meant.

An export or a report for a site, curriculum, survey, language or workshop the data folder
does not hold would otherwise come out empty (a ten-page report of nothing) and look like a
real result. :func:`check_filters` raises :class:`FilterProblem` (a ``ValueError``) with an
English sentence naming the closest known values (``difflib``); the command line exits 2.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from datetime import date

from workshop_kit.analysis.dataset import Filters
from workshop_kit.content.library import Library
from workshop_kit.records.model import Workshop, workshop_code

__all__ = ["FilterProblem", "check_day", "check_filters", "closest"]

_LISTED = 8  # known values named when none is close


class FilterProblem(ValueError):
    """A filter names something the data does not hold; the message says what is known."""


def closest(wanted: str, known: Iterable[str], *, what: str) -> str:
    """``"did you mean: a, b?"`` for the known values nearest ``wanted``, else a short list
    of what is known (``what`` names them: "sites"), or that there are none."""
    choices = sorted(set(known))
    if not choices:
        return f"there are no {what} in this data folder"
    by_case = {c.casefold(): c for c in choices}
    near = difflib.get_close_matches(wanted.casefold(), list(by_case), n=3, cutoff=0.5)
    if near:
        return "did you mean: " + ", ".join(f"'{by_case[n]}'" for n in near) + "?"
    shown = ", ".join(f"'{c}'" for c in choices[:_LISTED])
    more = f" and {len(choices) - _LISTED} more" if len(choices) > _LISTED else ""
    return f"{what}: {shown}{more}"


def check_day(value: str, option: str) -> date:
    """``value`` as a day written ``YYYY-MM-DD``; FilterProblem otherwise."""
    try:
        if len(value) != 10:
            raise ValueError
        return date.fromisoformat(value)
    except ValueError:
        raise FilterProblem(
            f"{option} '{value}' is not a day written YYYY-MM-DD (e.g. 2024-03-02)"
        ) from None


def check_filters(filters: Filters, workshops: Sequence[Workshop], library: Library) -> None:
    """Raise FilterProblem when a filter is malformed or names nothing the data holds."""
    first = check_day(filters.day_from, "--from") if filters.day_from else None
    last = check_day(filters.day_to, "--to") if filters.day_to else None
    if first and last and first > last:
        raise FilterProblem(f"--from {first} is after --to {last}: no day is in between")
    if filters.curriculum_id:
        known = {c.id for c in library.curricula} | {w.curriculum_id for w in workshops}
        if filters.curriculum_id not in known:
            hint = closest(filters.curriculum_id, known, what="curricula")
            raise FilterProblem(f"no curriculum '{filters.curriculum_id}'; {hint}")
    if filters.instrument_id:
        known = {i.id for i in library.instruments}
        if filters.instrument_id not in known:
            hint = closest(filters.instrument_id, known, what="surveys")
            raise FilterProblem(f"no survey '{filters.instrument_id}'; {hint}")
    if filters.site is not None and filters.site not in {w.site for w in workshops}:
        hint = closest(filters.site, (w.site for w in workshops), what="sites")
        raise FilterProblem(f"no workshop at the site '{filters.site}'; {hint}")
    if filters.language is not None and filters.language not in {w.language for w in workshops}:
        hint = closest(filters.language, (w.language for w in workshops), what="languages")
        raise FilterProblem(f"no workshop held in the language '{filters.language}'; {hint}")
    if filters.workshop_id is not None and filters.workshop_id not in {w.id for w in workshops}:
        hint = closest(
            workshop_code(filters.workshop_id),
            (w.code for w in workshops),
            what="workshop codes",
        )
        code = workshop_code(filters.workshop_id)
        raise FilterProblem(f"no workshop {code} in this data folder (deleted?); {hint}")
