"""Made-up survey data for tests and benchmarks: closed workshops with paired responses.

Answers drift towards the "after" side by ``shift`` scale steps on average, some answers are
"prefer not to answer", some participants answer only before or only after. Files are
written straight in the storage format (one fsync each would make 3,000 workshops slow).
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

from workshop_kit.content.model import Instrument
from workshop_kit.records.model import RECORD_KEY_LIMIT, Response, Workshop, new_id
from workshop_kit.records.storage import META, RESPONSES, SCHEMA_VERSION, dumps

# Which way a workshop should move each construct: less acceptance of violence and blame,
# more knowledge of help and confidence to act (made-up data that looks like success).
HOPED = {
    "violence_acceptance": -1,
    "dhs_justification": -1,
    "harassment_blame": -1,
    "gender_norms": -1,
    "help_knowledge": 1,
    "bystander_confidence": 1,
}


def _direction(item) -> int:
    """+1 moves answers up the option list, -1 down (yes-no-dk lists yes first)."""
    sign = HOPED.get(item.construct, 1) * (-1 if item.reverse else 1)
    return -sign if item.scale.type == "yes-no-dk" else sign


SITES = ("East Amman centre", "Zarqa women's hub", "Irbid youth club", "Mafraq outreach")


def _answer(rng: random.Random, values: tuple[int, ...], base: float, prefer_not: float):
    if rng.random() < prefer_not:
        return None
    position = min(len(values) - 1, max(0, round(base + rng.gauss(0, 0.8))))
    return values[position]


def workshop_responses(
    instrument: Instrument,
    *,
    rng: random.Random,
    participants: int,
    shift: float = 0.6,
    prefer_not: float = 0.05,
    unmatched: float = 0.1,
    day: str = "2026-10-05",
    site: str | None = None,
    language: str = "en",
    curriculum_id: str = "equal-voices",
    record_keys: bool = False,
) -> tuple[Workshop, list[Response]]:
    """One closed workshop; each participant answers before and (mostly) after. With
    ``record_keys`` each response carries a stored record key, as the app saves them
    (without, the analysis derives one from the id, as for data saved before keys)."""
    workshop = Workshop(
        id=new_id(),
        curriculum_id=curriculum_id,
        session_ids=("gender-and-power", "help-rights-law"),
        site=site or rng.choice(SITES),
        day=day,
        language=language,
        expected_participants=max(1, participants),
        instrument_id=instrument.id,
        instrument_version=instrument.version,
        status="closed",
        closed_day=day,
    )
    responses: list[Response] = []
    pair = 0
    for _ in range(participants):
        bases = {i.id: rng.uniform(0, len(i.scale.values) - 1) for i in instrument.items}
        phases = ["pre", "post"]
        if rng.random() < unmatched:
            phases = [rng.choice(phases)]
        else:
            pair += 1
        for phase in phases:
            answers = {
                item.id: _answer(
                    rng,
                    item.scale.values,
                    bases[item.id] + (shift * _direction(item) if phase == "post" else 0.0),
                    prefer_not,
                )
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
                    entry_mode="paper" if rng.random() < 0.3 else "kiosk",
                    day=day,
                    pair=pair if len(phases) == 2 else None,
                    record_key=rng.randrange(RECORD_KEY_LIMIT) if record_keys else None,
                )
            )
    return workshop, responses


def many_workshops(
    instrument: Instrument,
    *,
    workshops: int,
    responses: int,
    seed: int = 1,
    record_keys: bool = False,
) -> Iterator[tuple[Workshop, list[Response]]]:
    """About ``responses`` responses spread over ``workshops`` workshops (``record_keys``:
    see :func:`workshop_responses`)."""
    rng = random.Random(seed)
    per = max(1, round(responses / workshops / 1.9))  # ~1.9 responses per participant
    for index in range(workshops):
        month = 1 + index % 12
        yield workshop_responses(
            instrument,
            rng=rng,
            participants=per,
            day=f"2025-{month:02d}-{1 + index % 28:02d}",  # past days: an import checks them
            language="ar" if index % 3 == 0 else "en",
            record_keys=record_keys,
        )


def document(workshop: Workshop, responses: list[Response]) -> dict:
    """The stored form of a closed workshop (storage.validate_document accepts it)."""
    return {
        META: {
            "1": {
                "schema": SCHEMA_VERSION,
                "workshop": workshop.to_doc(),
                "final_match": {"ambiguous_pre": [], "ambiguous_post": []},
            }
        },
        RESPONSES: {str(n): r.to_doc() for n, r in enumerate(responses, start=1)},
    }


def write_store(folder: Path, data: list[tuple[Workshop, list[Response]]]) -> None:
    """Write closed workshops as store files (no fsync: test data)."""
    folder.mkdir(parents=True, exist_ok=True)
    for workshop, responses in data:
        (folder / f"{workshop.id}.json").write_text(dumps(document(workshop, responses)))
