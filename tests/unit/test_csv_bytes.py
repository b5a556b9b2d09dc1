"""The CSV export writes exactly the bytes of the earlier writer (``csv_reference``: every
row through ``csv.writer``), on the bundled surveys and on generated awkward data: sites
that need quoting or start like a formula, prefer-not and not-asked answers, unknown codes,
open workshops (no pair), other instruments in the data set, about-you items."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests import survey_data
from tests.about_you_data import gbv_with_about_you
from tests.unit import csv_reference
from workshop_kit.analysis.dataset import Filters, make_dataset
from workshop_kit.content.about_you import as_item
from workshop_kit.content.library import load_library
from workshop_kit.exports.csv_export import write_csv
from workshop_kit.exports.tables import Cancelled
from workshop_kit.records.model import Response, Workshop, new_id

LIBRARY = load_library()


def both(dataset, instrument, folder: Path, **options) -> tuple[bytes, bytes]:
    old, new = folder / "old.csv", folder / "new.csv"
    n_old = csv_reference.write_csv(dataset, instrument, old, **options)
    n_new = write_csv(dataset, instrument, new, **options)
    assert n_new == n_old
    return old.read_bytes(), new.read_bytes()


@pytest.mark.parametrize("instrument_id", sorted(i.id for i in LIBRARY.instruments))
def test_every_bundled_survey_is_written_as_before(instrument_id, tmp_path) -> None:
    instrument = LIBRARY.instrument(instrument_id)
    made = list(survey_data.many_workshops(instrument, workshops=12, responses=400, seed=3))
    dataset = make_dataset(Filters(), made)
    old, new = both(dataset, instrument, tmp_path)
    assert new == old and new.count(b"\r\n") > 100


def test_about_you_columns_are_written_as_before(tmp_path) -> None:
    instrument = gbv_with_about_you(tmp_path / "content")
    made = list(survey_data.many_workshops(instrument, workshops=5, responses=120, seed=4))
    rng = random.Random(5)
    with_groups = []
    for workshop, responses in made:
        changed = []
        for r in responses:
            answers = dict(r.answers)
            for about in instrument.about_you:
                if r.phase == "pre" and rng.random() < 0.8:
                    answers[about.id] = rng.choice([*as_item(about).scale.values, None])
            changed.append(Response(**{**vars(r), "answers": answers}))
        with_groups.append((workshop, changed))
    old, new = both(make_dataset(Filters(), with_groups), instrument, tmp_path)
    assert new == old


sites = st.text(st.sampled_from(list("ab ,\"'=+-@\t;é\u0639")), min_size=1, max_size=12).filter(
    lambda s: " ".join(s.split()) and all(ch.isprintable() for ch in " ".join(s.split()))
)


@st.composite
def datasets(draw: st.DrawFn):
    instrument = LIBRARY.instrument("gbv-attitudes")
    items = instrument.items
    workshops = []
    for _ in range(draw(st.integers(1, 3))):
        is_open = draw(st.booleans())
        workshop = Workshop(
            id=new_id(), curriculum_id="equal-voices", session_ids=("gender-and-power",),
            site=draw(sites), day="2025-02-03", language=draw(st.sampled_from(["en", "ar"])),
            expected_participants=10, instrument_id=instrument.id, instrument_version=1,
            status="open" if is_open else "closed", closed_day=None if is_open else "2025-02-04",
        )  # fmt: skip
        responses = []
        for _ in range(draw(st.integers(0, 6))):
            answers = {}
            for item in items:
                how = draw(st.sampled_from(["value", "value", "none", "skip", "odd"]))
                if how == "value":
                    answers[item.id] = draw(st.sampled_from(item.scale.values))
                elif how == "none":
                    answers[item.id] = None
                elif how == "odd":
                    answers[item.id] = draw(st.integers(-1000, 1000))
            responses.append(
                Response(
                    id=new_id(),
                    workshop_id=workshop.id,
                    phase=draw(st.sampled_from(["pre", "post"])),
                    instrument_id=draw(st.sampled_from([instrument.id, instrument.id, "other"])),
                    instrument_version=draw(st.integers(1, 3)),
                    answers=answers,
                    entry_mode=draw(st.sampled_from(["kiosk", "paper"])),
                    day="2025-02-03",
                )
            )
        workshops.append((workshop, responses))
    return instrument, make_dataset(Filters(), workshops)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(datasets())
def test_generated_data_is_written_as_before(tmp_path, case) -> None:
    instrument, dataset = case
    old, new = both(dataset, instrument, tmp_path)
    assert new == old


def test_progress_and_cancelling_are_as_before(tmp_path) -> None:
    instrument = LIBRARY.instrument("gbv-attitudes")
    dataset = make_dataset(
        Filters(), survey_data.many_workshops(instrument, workshops=20, responses=2600)
    )
    calls: dict[str, list] = {"old": [], "new": []}
    for name, write in (("old", csv_reference.write_csv), ("new", write_csv)):
        write(
            dataset,
            instrument,
            tmp_path / f"{name}.csv",
            progress=lambda *a, n=name: calls[n].append(a),
        )
        assert calls[name] and calls[name][-1] == (len(dataset.rows), len(dataset.rows))
    assert calls["new"] == calls["old"]
    asked = []

    def cancel() -> bool:
        asked.append(1)
        return len(asked) > 1

    with pytest.raises(Cancelled):
        write_csv(dataset, instrument, tmp_path / "cancelled.csv", cancelled=cancel)
    assert not (tmp_path / "cancelled.csv").exists()
