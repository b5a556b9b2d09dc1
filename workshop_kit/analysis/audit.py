"""The match audit: how well before and after responses were paired, and whether the people
who were paired differed, before the workshop, from those who were not.

Paired tests use matched pairs only, so a reader needs to know how many were matched and
whether those were typical. What is hidden is decided here on the true counts (``disclosure``);
every number shown is then replaced by its cell-key perturbed value (``published.audit``:
the counts, the rates, the tolerant and ambiguous counts and the means before):

- Before responses split into matched and unmatched, after responses likewise: each split
  is a line with a published total (``protect_line``). The number of pairs is in both
  lines, so if either line hides it, both lines are hidden whole. A line whose total is
  below ``k`` is hidden.
- The match rates (pairs / before responses, pairs / after responses) are shares
  (``share_cell``): shown only when the pairs and the unmatched are each 0 or at least ``k``.
- Pairs matched with one differing element ("tolerant") split the pairs into a line of
  two; ambiguous responses split the unmatched likewise. Both come from the workshops still
  open when the analysis ran: closing a workshop deletes its match codes and keeps only the
  pairs, so how a closed workshop's pairs were found is no longer known; the audit says
  from how many workshops these numbers come.
- Matched vs unmatched *before*: the mean construct score (0-100) of each group, each
  shown from ``k`` responses on (rule 4), and their difference only when both are shown.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from workshop_kit.analysis import disclosure as dc

__all__ = ["BeforeGap", "MatchAudit", "match_audit"]


@dataclass(frozen=True)
class BeforeGap:
    """One construct's mean score before, matched vs unmatched responses."""

    construct: str
    n_matched: int
    n_unmatched: int
    matched: dc.Cell
    unmatched: dc.Cell
    difference: dc.Cell  # unmatched minus matched, in score points


@dataclass(frozen=True)
class MatchAudit:
    responses_pre: dc.Cell
    responses_post: dc.Cell
    pairs: dc.Cell
    unmatched_pre: dc.Cell
    unmatched_post: dc.Cell
    rate_pre: dc.Cell  # pairs / before responses
    rate_post: dc.Cell  # pairs / after responses
    tolerant: dc.Cell  # pairs matched with one differing element (open workshops)
    ambiguous_pre: dc.Cell
    ambiguous_post: dc.Cell
    detail_workshops: int  # workshops the tolerant and ambiguous counts come from
    workshops: int
    gaps: tuple[BeforeGap, ...]


def _hide(reason: str = dc.COMPLEMENTARY) -> dc.Cell:
    return dc.Cell(None, suppressed=True, reason=reason)


def _split(part: int, total: int, whole: dc.Cell, k: int) -> dc.Cell:
    """``part`` of a shown ``whole`` (the rest published by subtraction)."""
    if whole.suppressed:
        return _hide()
    part = min(part, total)
    if total == 0:
        return dc.Cell(0)  # none of none: the shown whole already says so
    return dc.protect_line([part, total - part], k)[0]


def match_audit(
    *,
    responses_pre: int,
    responses_post: int,
    pairs: int,
    tolerant: int,
    ambiguous_pre: int,
    ambiguous_post: int,
    detail_workshops: int,
    workshops: int,
    before_scores: Mapping[str, tuple[Sequence[float], Sequence[float]]],
    k: int,
) -> MatchAudit:
    """The audit; ``before_scores`` maps a construct to (matched, unmatched) scores before."""
    dc.check_k(k)
    pre = dc.protect_line([pairs, responses_pre - pairs], k)
    post = dc.protect_line([pairs, responses_post - pairs], k)
    if pre[0].suppressed or post[0].suppressed:
        reason = dc.TOTAL if min(responses_pre, responses_post) < k else dc.COMPLEMENTARY
        pre = post = (_hide(reason), _hide(reason))
    pairs_cell = pre[0]
    rate_pre = _hide() if pairs_cell.suppressed else dc.share_cell(pairs, responses_pre, k)
    rate_post = _hide() if pairs_cell.suppressed else dc.share_cell(pairs, responses_post, k)
    gaps = []
    for construct, (matched, unmatched) in before_scores.items():
        m_mean = math.fsum(matched) / len(matched) if matched else 0.0
        u_mean = math.fsum(unmatched) / len(unmatched) if unmatched else 0.0
        m_cell = dc.mean_cell(m_mean, len(matched), k)
        u_cell = dc.mean_cell(u_mean, len(unmatched), k)
        both = m_cell.shown and u_cell.shown
        gaps.append(
            BeforeGap(
                construct=construct,
                n_matched=len(matched),
                n_unmatched=len(unmatched),
                matched=m_cell,
                unmatched=u_cell,
                difference=dc.Cell(u_mean - m_mean) if both else _hide(dc.TOTAL),
            )
        )
    return MatchAudit(
        responses_pre=dc.count_cell(responses_pre, k),
        responses_post=dc.count_cell(responses_post, k),
        pairs=pairs_cell,
        unmatched_pre=pre[1],
        unmatched_post=post[1],
        rate_pre=rate_pre,
        rate_post=rate_post,
        tolerant=_split(tolerant, pairs, pairs_cell, k),
        ambiguous_pre=_split(ambiguous_pre, responses_pre - pairs, pre[1], k),
        ambiguous_post=_split(ambiguous_post, responses_post - pairs, post[1], k),
        detail_workshops=detail_workshops,
        workshops=workshops,
        gaps=tuple(gaps),
    )
