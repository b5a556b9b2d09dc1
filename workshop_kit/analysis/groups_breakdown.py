"""Results broken down by respondent group ("about you" items), for the report.

Each group's results are made by the same :func:`~workshop_kit.analysis.summary.summarise`
as every other output, on the group's responses (``groups.subset``: the same responses as
the Results page's group filter), so suppression and the cell-key method apply unchanged:
a group's mean score is shown only from ``k`` people, from perturbed counts, and the same
people always get the same noise. Nothing here counts or prints anything by itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from workshop_kit.analysis.dataset import Dataset
from workshop_kit.analysis.groups import subset
from workshop_kit.analysis.results import ConstructResult
from workshop_kit.analysis.summary import summarise
from workshop_kit.content.model import AboutYou, Instrument, Option

__all__ = ["GroupResult", "breakdown"]


@dataclass(frozen=True)
class GroupResult:
    """One group (an option of an about-you item) and its construct results."""

    about: AboutYou
    option: Option
    constructs: tuple[ConstructResult, ...]


def breakdown(
    dataset: Dataset, instrument: Instrument, *, k: int, cell_key: bool = True
) -> tuple[GroupResult, ...]:
    """Every group of every about-you item, in instrument and option order (nothing when
    the instrument has none, or when the data set is already one group)."""
    if dataset.filters.group is not None:
        return ()
    found = []
    for about in instrument.about_you:
        for option in about.options:
            part = subset(dataset, (about.id, option.value))
            results = summarise(part, instrument, k=k, cell_key=cell_key)
            found.append(GroupResult(about, option, results.constructs))
    return tuple(found)
