"""The report's section comparing respondent groups ("about you" items) per construct.

For each about-you item, one table: per construct and group, the mean score before and
after (``analysis.groups_breakdown``: the same ``summarise`` and disclosure control as the
rest of the report). A group's score with fewer than ``k`` people says "fewer than k"; a
number of people is printed only when it is ``k`` or more, as everywhere in the report.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from workshop_kit.analysis.groups_breakdown import GroupResult
from workshop_kit.pdf.blocks import Block, Heading, Para, Table
from workshop_kit.pdf.doc_text import line

__all__ = ["group_section"]


def group_section(
    groups: Sequence[GroupResult],
    say,
    construct_name: Callable[[str], str],
    score: Callable[[float], str],
) -> list[Block]:
    """Nothing without groups. ``say`` is the report's words (``report._Words``)."""
    if not groups:
        return []
    blocks: list[Block] = [
        Heading(say("report.groups_heading"), 2),
        Para(say("report.groups_intro", k=say.k)),
    ]
    header = (say("report.score"), say("report.group"), say("report.before"), say("report.after"))
    items: dict[str, list[GroupResult]] = {}
    for group in groups:
        items.setdefault(group.about.id, []).append(group)
    for found in items.values():
        name = line(found[0].about.name, say.lang)
        rows = []
        constructs = [c.construct for c in found[0].constructs]
        for index, construct in enumerate(constructs):
            for group in found:
                result = group.constructs[index]
                before = say.with_n(say.cell(result.pre.mean, score), result.pre.n)
                after = say.with_n(say.cell(result.post.mean, score), result.post.n)
                rows.append(
                    (construct_name(construct), line(group.option.label, say.lang), before, after)
                )
        blocks += [Heading(name, 3), Table(header, tuple(rows), (0.34, 0.24, 0.21, 0.21))]
    return blocks
