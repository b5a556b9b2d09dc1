"""Made-up answers in which each construct's items follow one trait per person, so that
Cronbach's alpha looks like real data (``tests/survey_data`` draws every item on its own,
which gives an alpha near zero). Used by the alpha tests and to render sample reports."""

from __future__ import annotations

import random

from workshop_kit.analysis.scales import DONT_KNOW
from workshop_kit.content.model import Instrument, Item
from workshop_kit.records.model import Response, Workshop, new_id, new_record_key


def _answer(rng: random.Random, item: Item, trait: float) -> int | None:
    if rng.random() < 0.05:
        return None  # prefer not to answer
    level = -trait if item.reverse else trait
    values = item.scale.values
    if item.scale.type == "yes-no-dk":
        if rng.random() < 0.07:
            return DONT_KNOW
        return 1 if level + rng.gauss(0, 0.7) > 0 else 0
    middle = (len(values) - 1) / 2
    position = round(middle + level * middle + rng.gauss(0, 0.6))
    return values[min(len(values) - 1, max(0, position))]


def trait_workshop(
    instrument: Instrument, participants: int, *, seed: int = 1, shift: float = 0.5
) -> tuple[Workshop, list[Response]]:
    """One closed workshop; everyone answers before and after (after: each trait moves by
    ``shift``), each person with one trait per construct."""
    rng = random.Random(seed)
    workshop = Workshop(
        id=new_id(),
        curriculum_id="equal-voices",
        session_ids=("gender-and-power",),
        site="East Amman centre",
        day="2026-03-02",
        language="en",
        expected_participants=participants,
        instrument_id=instrument.id,
        instrument_version=instrument.version,
        status="closed",
        closed_day="2026-03-09",
    )
    constructs = {item.construct for item in instrument.items}
    responses = []
    for person in range(1, participants + 1):
        traits = {c: rng.gauss(0, 0.8) for c in sorted(constructs)}
        for phase in ("pre", "post"):
            moved = shift if phase == "post" else 0.0
            answers = {
                item.id: _answer(rng, item, traits[item.construct] - moved)
                for item in instrument.items
            }
            responses.append(
                Response(
                    id=new_id(),
                    workshop_id=workshop.id,
                    phase=phase,
                    instrument_id=instrument.id,
                    instrument_version=instrument.version,
                    answers=answers,
                    entry_mode="paper",
                    day=workshop.day,
                    pair=person,
                    record_key=new_record_key(),
                )
            )
    return workshop, responses
