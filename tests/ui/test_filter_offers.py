"""The Results filters offer sites and workshops again only when they changed: the window
lists every workshop after each save, and a data folder may hold thousands."""

from __future__ import annotations

from workshop_kit.records.model import Workshop
from workshop_kit.ui.results.filters import FilterBar


def _workshop(n: int, site: str) -> Workshop:
    return Workshop.from_doc(
        {
            "id": f"{n:032x}",
            "curriculum_id": "equal-voices",
            "session_ids": ["gender-and-power"],
            "site": site,
            "day": f"2026-11-{n % 28 + 1:02d}",
            "language": "en",
            "status": "open",
            "expected_participants": 12,
        }
    )


def test_the_same_workshops_are_not_offered_again_and_new_ones_are(qtbot, bundled_library):
    bar = FilterBar(bundled_library, "en")
    qtbot.addWidget(bar)
    workshops = [_workshop(n, f"Centre {n % 7}") for n in range(300)]
    bar.set_workshops(workshops)
    assert bar.workshop.count() == 301 and bar.site.count() == 8
    bar.workshop.setCurrentIndex(bar.workshop.findData(workshops[5].id))
    inserted = []
    bar.workshop.model().rowsInserted.connect(lambda *_: inserted.append(1))
    bar.set_workshops(list(reversed(workshops)))  # the same workshops: nothing redone
    assert inserted == [] and bar.workshop.currentData() == workshops[5].id
    bar.set_workshops([*workshops, _workshop(999, "New centre")])
    assert bar.workshop.count() == 302 and bar.site.findData("New centre") > 0
    assert bar.workshop.currentData() == workshops[5].id  # the choice is kept
    assert bar.workshop.itemText(0) == bar.site.itemText(0) == "Any"
    bar.set_workshops([])  # the data locked: nothing of them stays on offer
    assert bar.workshop.count() == 1 and bar.site.count() == 1
