"""Numbers of the results page as words: shares, p-values, changes, suppressed cells."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workshop_kit.analysis.disclosure import Cell
from workshop_kit.analysis.results import PairedResult

__all__ = ["change", "p_value", "share", "test_name"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("results", text)


def share(cell: Cell | None, k: int) -> str:
    if cell is None:
        return "–"
    if not cell.shown:
        return _tr("fewer than {k}").format(k=k)
    return f"{100 * cell.value:.0f}%"


def p_value(p: float) -> str:
    if p < 0.001:
        return "p < 0.001"
    return f"p = {p:.3f}"


def test_name(name: str) -> str:
    names = {
        "wilcoxon": _tr("Wilcoxon signed-rank"),
        "sign": _tr("sign test"),
        "mcnemar": _tr("McNemar"),
        "t": _tr("paired t"),
    }
    return names.get(name, name)


def change(
    paired: PairedResult | None, k: int, *, unit: str = "", digits: int = 2, factor: float = 1.0
) -> str:
    """'Change −0.40 (95% CI −0.62 to −0.18); Wilcoxon p = 0.001; 24 pairs'. ``factor``
    scales the change (100 turns a change in share into percentage points)."""
    if paired is None:
        return ""
    if not paired.shown:
        return _tr("Paired change: not shown ({n} pairs, fewer than {k})").format(
            n=paired.n_pairs, k=k
        )
    mean = paired.mean_change.value * factor
    text = f"{mean:+.{digits}f}{unit}"
    if paired.ci_low is not None and paired.ci_high is not None:
        text += _tr(" (95% CI {low} to {high})").format(
            low=f"{paired.ci_low * factor:+.{digits}f}{unit}",
            high=f"{paired.ci_high * factor:+.{digits}f}{unit}",
        )
    tests = ", ".join(f"{test_name(t.name)} {p_value(t.p_value)}" for t in paired.tests)
    return _tr("Change {change}; {tests}; {n} pairs").format(
        change=text, tests=tests, n=paired.n_pairs
    )
