"""Numbers of the results page as words: shares, p-values, changes, suppressed cells."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workshop_kit.analysis.disclosure import Cell
from workshop_kit.analysis.results import PairedResult
from workshop_kit.analysis.stats import TestResult, p_band
from workshop_kit.ui.i18n import locale_number, locale_percent

__all__ = ["change", "interval_note", "method_name", "p_value", "share", "test_name"]


def share(cell: Cell | None, k: int) -> str:
    if cell is None:
        return "–"
    if not cell.shown:
        return QCoreApplication.translate("results", "fewer than {k}").format(k=locale_number(k))
    return locale_percent(cell.value)


def p_value(p: float) -> str:
    """Only the band of a p-value (``stats.p_band``): an exact p can give counts away."""
    band = p_band(p)
    if band == "below-0.01":
        return "p < " + locale_number(0.01, 2)
    if band == "0.01-0.05":
        return locale_number(0.01, 2) + " ≤ p < " + locale_number(0.05, 2)
    return "p ≥ " + locale_number(0.05, 2)


def test_name(name: str) -> str:
    names = {
        "wilcoxon": QCoreApplication.translate("results", "Wilcoxon signed-rank"),
        "sign": QCoreApplication.translate("results", "sign test"),
        "mcnemar": QCoreApplication.translate("results", "McNemar"),
        "t": QCoreApplication.translate("results", "paired t"),
    }
    return names.get(name, name)


def method_name(method: str) -> str:
    """How a p-value was found (``TestResult.method``), in words."""
    names = {
        "exact": QCoreApplication.translate("results", "exact"),
        "normal-cc": QCoreApplication.translate(
            "results", "normal approximation with continuity correction"
        ),
        "chi2-cc": QCoreApplication.translate(
            "results", "chi-square approximation with continuity correction"
        ),
    }
    return names.get(method, "")


def interval_note(ci_method: str) -> str:
    """Said after an interval that was cut at the scale's range or widened."""
    notes = {
        "t-clipped": QCoreApplication.translate("results", "cut at the possible range"),
        "bound": QCoreApplication.translate(
            "results", "every pair changed by the same amount: a cautious, wide interval"
        ),
    }
    return notes.get(ci_method, "")


def change(
    paired: PairedResult | None, k: int, *, unit: str = "", digits: int = 2, factor: float = 1.0
) -> str:
    """'Change −0.40 (95% CI −0.62 to −0.18); Wilcoxon p = 0.001; 24 pairs'. ``factor``
    scales the change (100 turns a change in share into percentage points)."""
    if paired is None:
        return ""
    if not paired.shown:
        return QCoreApplication.translate(
            "results", "Paired change: not shown (fewer than {k} pairs)"
        ).format(k=locale_number(k))
    mean = paired.mean_change.value * factor
    text = locale_number(mean, digits, signed=True) + unit
    if paired.ci_low is not None and paired.ci_high is not None:
        text += QCoreApplication.translate("results", " (95% CI {low} to {high})").format(
            low=locale_number(paired.ci_low * factor, digits, signed=True) + unit,
            high=locale_number(paired.ci_high * factor, digits, signed=True) + unit,
        )
        if note := interval_note(paired.ci_method):
            text += QCoreApplication.translate("results", " [{note}]").format(note=note)
    tests = ", ".join(_test(t) for t in paired.tests)
    return QCoreApplication.translate("results", "Change {change}; {tests}; {n} pairs").format(
        change=text, tests=tests, n=locale_number(paired.n_pairs)
    )


def _test(test: TestResult) -> str:
    """'Wilcoxon signed-rank p = 0.070 (exact)'."""
    text = f"{test_name(test.name)} {p_value(test.p_value)}"
    method = method_name(test.method)
    if not method:
        return text
    return QCoreApplication.translate("results", "{test} ({method})").format(
        test=text, method=method
    )
