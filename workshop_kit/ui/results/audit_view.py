"""The match audit on the Results page (``analysis.audit``): match rates, tolerant and
ambiguous matches, and matched vs not matched scores before. Every number was protected by
the analysis; a hidden one reads "fewer than k" only when its whole group was below k, and
"hidden" otherwise (as ``disclosure.suppressed_text`` says)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from workshop_kit.analysis.audit import MatchAudit
from workshop_kit.analysis.disclosure import TOTAL, Cell
from workshop_kit.ui.i18n import locale_number, locale_percent

__all__ = ["audit_label"]


def _cell(cell: Cell, k: int, show) -> str:
    if cell.shown and cell.value is not None:
        return show(cell.value)
    if cell.reason == TOTAL:
        return QCoreApplication.translate("MatchAudit", "fewer than {k}").format(k=locale_number(k))
    return QCoreApplication.translate("MatchAudit", "hidden")


def audit_label(audit: MatchAudit, k: int, parent: QWidget | None = None) -> QLabel:
    """The audit as a few lines of text."""

    def count(cell: Cell) -> str:
        return _cell(cell, k, lambda v: locale_number(int(v)))

    lines = [
        QCoreApplication.translate(
            "MatchAudit", "Matched: {pre} of before responses, {post} of after responses"
        ).format(
            pre=_cell(audit.rate_pre, k, locale_percent),
            post=_cell(audit.rate_post, k, locale_percent),
        )
    ]
    if audit.detail_workshops:
        lines.append(
            QCoreApplication.translate(
                "MatchAudit",
                "In the {open} of {workshops} workshops still open: {tolerant} pairs matched "
                "with one differing code element; ambiguous (never paired): {apre} before, "
                "{apost} after",
            ).format(
                open=locale_number(audit.detail_workshops),
                workshops=locale_number(audit.workshops),
                tolerant=count(audit.tolerant),
                apre=count(audit.ambiguous_pre),
                apost=count(audit.ambiguous_post),
            )
        )
    for gap in audit.gaps:
        name = gap.construct.replace("_", " ").capitalize()
        lines.append(
            QCoreApplication.translate(
                "MatchAudit",
                "{name} before (0–100): matched {matched}, not matched {unmatched}, "
                "difference {difference}",
            ).format(
                name=name,
                matched=_cell(gap.matched, k, lambda v: locale_number(v, 1)),
                unmatched=_cell(gap.unmatched, k, lambda v: locale_number(v, 1)),
                difference=_cell(gap.difference, k, lambda v: locale_number(v, 1, signed=True)),
            )
        )
    title = html.escape(
        QCoreApplication.translate("MatchAudit", "How well before and after were matched")
    )
    body = "<br>".join(html.escape(line) for line in lines)
    label = QLabel(f"<h3>{title}</h3>{body}", parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(QCoreApplication.translate("MatchAudit", "Match audit"))
    return label
