"""Respondent groups: which responses belong to a group of an "about you" item.

An about-you item is asked in the before survey (``docs/respondent-groups.md``). A matched
pair belongs to the group given by its before answer, so its after response goes with it;
an unmatched response belongs to the group of its own answer, if it has one (an unmatched
after response was not asked, so it is in no group). "Prefer not to say" (``None``) and
"not asked" are in no group.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from workshop_kit.records import Response

if TYPE_CHECKING:
    from workshop_kit.analysis.dataset import Dataset

__all__ = ["group_of", "in_group", "subset"]


def group_of(
    responses: Sequence[Response], pair_of: Mapping[str, int], item_id: str
) -> dict[str, int | None]:
    """Response id -> the group value (option value of ``item_id``) it belongs to."""
    before: dict[int, int | None] = {}
    for response in responses:
        pair = pair_of.get(response.id)
        if pair is not None and response.phase == "pre":
            before[pair] = response.answers.get(item_id)
    found: dict[str, int | None] = {}
    for response in responses:
        pair = pair_of.get(response.id)
        found[response.id] = before.get(pair) if pair is not None else response.answers.get(item_id)
    return found


def in_group(
    responses: Sequence[Response], pair_of: Mapping[str, int], group: tuple[str, int]
) -> list[Response]:
    """The responses of one workshop that belong to ``group`` (item id, value)."""
    item_id, value = group
    of = group_of(responses, pair_of, item_id)
    return [r for r in responses if of[r.id] is not None and of[r.id] == value]


def subset(dataset: Dataset, group: tuple[str, int]) -> Dataset:
    """The rows of ``dataset`` in ``group``, pairs kept as they are: the same responses a
    load with ``Filters(group=group)`` gives, without reading or matching again."""
    from dataclasses import replace

    from workshop_kit.analysis.dataset import Dataset

    by_workshop: dict[str, list] = {}
    for row in dataset.rows:
        by_workshop.setdefault(row.workshop.id, []).append(row)
    kept = []
    for rows in by_workshop.values():
        pair_of = {row.response.id: row.pair for row in rows if row.pair is not None}
        members = {r.id for r in in_group([row.response for row in rows], pair_of, group)}
        kept += [row for row in rows if row.response.id in members]
    unmatched = {
        phase: sum(1 for row in kept if row.pair is None and row.response.phase == phase)
        for phase in ("pre", "post")
    }
    return Dataset(
        filters=replace(dataset.filters, group=group),
        workshops=dataset.workshops,
        rows=tuple(kept),
        unmatched_pre=unmatched["pre"],
        unmatched_post=unmatched["post"],
        skipped_other_instruments=dataset.skipped_other_instruments,
    )
