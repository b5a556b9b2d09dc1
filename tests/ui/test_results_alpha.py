"""The Results page's scores table shows each construct's Cronbach's alpha small under it
(ui/results/cards.py), with a tooltip; below the threshold words only."""

from __future__ import annotations

import re

from tests.reliability_data import trait_workshop
from workshop_kit.analysis.dataset import Filters, make_dataset
from workshop_kit.analysis.summary import summarise
from workshop_kit.ui.results.cards import scores_table


def _table(qtbot, library, people: int):
    instrument = library.instrument("gbv-attitudes")
    dataset = make_dataset(Filters(), [trait_workshop(instrument, people, seed=people)])
    results = summarise(dataset, instrument, k=5)
    table = scores_table(results, "en")
    qtbot.addWidget(table)
    return results, table


def _alpha_rows(table) -> list[int]:
    return [r for r in range(table.rowCount()) if "Cronbach" in table.item(r, 0).text()]


def test_each_construct_has_its_alpha_row_under_it(qtbot, bundled_library):
    results, table = _table(qtbot, bundled_library, 40)
    rows = _alpha_rows(table)
    assert len(rows) == len(results.constructs)
    for row, construct in zip(rows, results.constructs, strict=True):
        assert "score 0–100" in table.item(row - 1, 0).text()  # right under its construct
        before = table.item(row, 1)
        assert "consistently" in before.toolTip()
        if not construct.alpha_pre.shown:  # a score of fewer than 3 questions
            assert before.text() == "too few questions" and len(construct.items) < 3
            continue
        assert before.text() == f"alpha {construct.alpha_pre.value:.2f} (n {construct.alpha_pre.n})"
        assert before.font().pointSizeF() < table.item(row - 1, 1).font().pointSizeF()


def test_with_eight_people_the_alpha_row_has_no_digits(qtbot, bundled_library):
    _, table = _table(qtbot, bundled_library, 8)
    rows = _alpha_rows(table)
    assert rows
    for row in rows:
        for column in (1, 2):
            text = table.item(row, column).text()
            assert text in {"too few responses", "fewer than 5", "too few questions"}
            assert not re.search(r"\d", text.replace("fewer than 5", ""))
