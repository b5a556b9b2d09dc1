"""A workshop's listing line (``WorkshopSummary``) from its stored document: counts by
phase and the before/after match counts (tentative while open, final once closed), as the
store keeps them for the listing after each read or write of its own."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any, NamedTuple

from workshop_kit.records.listing_index import WorkshopSummary
from workshop_kit.records.matchcode import MatchResult, match
from workshop_kit.records.model import Response, Workshop
from workshop_kit.records.storage import META, RESPONSES, count_phases


class _Doc(NamedTuple):
    """What matching needs of a stored response document."""

    id: str
    phase: str
    match_hashes: tuple[str | None, ...] | None
    pair: int | None


def _parsed_summary(
    workshop: Workshop, responses: Sequence[Response], data: Mapping[str, Any]
) -> WorkshopSummary:
    """``_summary`` of a checked document from its responses already built."""
    counts: dict[str, int] = {}
    for response in responses:
        counts[response.phase] = counts.get(response.phase, 0) + 1
    if workshop.is_open:
        result = _match(responses)
    else:
        result = _final_result(responses, data[META]["1"].get("final_match") or {})
    return WorkshopSummary(workshop, MappingProxyType(counts), MappingProxyType(result.counts()))


def _summary(workshop: Workshop, data: Mapping[str, Any]) -> WorkshopSummary:
    """The listing line of a checked document: counts by phase and match counts."""
    docs = []
    for doc in data.get(RESPONSES, {}).values():
        hashes = doc.get("match_hashes")
        docs.append(
            _Doc(
                doc["id"],
                doc["phase"],
                None if hashes is None else tuple(hashes),
                doc.get("pair"),
            )
        )
    if workshop.is_open:
        result = _match(docs)
    else:
        result = _final_result(docs, data[META]["1"].get("final_match") or {})
    return WorkshopSummary(
        workshop, MappingProxyType(count_phases(data)), MappingProxyType(result.counts())
    )


class _Pending:
    """The listing line of a document the store has just written, worked out when a
    listing (or the listing index) first asks for it: a save does not match every
    response of the workshop again for a listing nobody may look at before the next
    save. The document is never changed after the write (the store writes new objects);
    a listing uses a line only while its signature is the file's, so a line is never
    shown for a version other than the one it was made from."""

    __slots__ = ("_data", "_summary", "_workshop")

    def __init__(self, workshop: Workshop | None, data: Mapping[str, Any]) -> None:
        self._workshop = workshop
        self._data = data
        self._summary: WorkshopSummary | None = None

    def get(self) -> WorkshopSummary:
        summary = self._summary
        if summary is None:  # two threads may both work it out: the same line
            workshop = self._workshop
            if workshop is None:
                workshop = Workshop.from_doc(self._data[META]["1"]["workshop"])
            summary = self._summary = _summary(workshop, self._data)
        return summary


def _line(summary: WorkshopSummary | _Pending) -> WorkshopSummary:
    return summary.get() if isinstance(summary, _Pending) else summary


def _match(responses: Sequence[Response | _Doc]) -> MatchResult:
    return match(
        [(r.id, r.match_hashes) for r in responses if r.phase == "pre"],
        [(r.id, r.match_hashes) for r in responses if r.phase == "post"],
    )


def _final_result(
    responses: Sequence[Response | _Doc], final: Mapping[str, list[str]]
) -> MatchResult:
    """The closed workshop's matching, rebuilt from pair numbers and the stored lists."""
    by_pair: dict[int, dict[str, str]] = {}
    for r in responses:
        if r.pair is not None:
            by_pair.setdefault(r.pair, {})[r.phase] = r.id
    pairs = tuple((ids["pre"], ids["post"]) for _, ids in sorted(by_pair.items()))
    paired = {rid for pair in pairs for rid in pair}
    ambiguous_pre = set(final.get("ambiguous_pre", ()))
    ambiguous_post = set(final.get("ambiguous_post", ()))

    def left(phase: str, ambiguous: set[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
        ids = [r.id for r in responses if r.phase == phase and r.id not in paired]
        return (
            tuple(i for i in ids if i not in ambiguous),
            tuple(i for i in ids if i in ambiguous),
        )

    unmatched_pre, amb_pre = left("pre", ambiguous_pre)
    unmatched_post, amb_post = left("post", ambiguous_post)
    return MatchResult(pairs, unmatched_pre, unmatched_post, amb_pre, amb_post)
