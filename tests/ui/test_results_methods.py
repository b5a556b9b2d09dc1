"""The Results page states how each p-value and interval was found (ui/results/format.py)."""

from __future__ import annotations

from workshop_kit.analysis import intervals, stats
from workshop_kit.analysis.disclosure import Cell
from workshop_kit.analysis.results import PairedResult
from workshop_kit.ui.results import format as fmt


def _paired(diffs, interval):
    return PairedResult(
        n_pairs=len(diffs),
        shown=True,
        tests=(stats.wilcoxon_signed_rank(diffs), stats.sign_test(diffs)),
        mean_change=Cell(interval.estimate),
        ci_low=interval.low,
        ci_high=interval.high,
        ci_method=interval.method,
    )


def test_each_test_names_its_method(qapp):
    diffs = [1] * 7 + [-1]
    text = fmt.change(_paired(diffs, intervals.bounded_mean(diffs, -2, 2)), 5)
    # p = 0.070 exactly, shown only as its band (disclosure control)
    assert "Wilcoxon signed-rank p ≥ 0.05 (exact)" in text
    assert "sign test p ≥ 0.05 (exact)" in text
    assert "0.070" not in text
    big = [1] * 40 + [-1] * 20 + [2] * 5
    text = fmt.change(_paired(big, intervals.bounded_mean(big, -2, 2)), 5)
    assert "(normal approximation with continuity correction)" in text


def test_a_cut_or_widened_interval_says_so(qapp):
    same = [1] * 5
    text = fmt.change(_paired(same, intervals.bounded_mean(same, -2, 2)), 5)
    assert "every pair changed by the same amount" in text
    scores = [-100.0, -100.0, -100.0, -100.0, -40.0]
    text = fmt.change(_paired(scores, intervals.bounded_mean(scores, -100, 100)), 5, digits=1)
    assert "−100.0" in text or "-100.0" in text
    assert "cut at the possible range" in text
    varied = [0, 1, 1, -1, 2, 1]
    assert "[" not in fmt.change(_paired(varied, intervals.bounded_mean(varied, -2, 2)), 5)
