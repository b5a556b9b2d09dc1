"""One card per survey item, and the tables of construct scores and indicators."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop_kit.analysis import reliability
from workshop_kit.analysis.chart import item_bars
from workshop_kit.analysis.group import group_item
from workshop_kit.analysis.results import AlphaResult, ItemResult, Results
from workshop_kit.content.labels import label
from workshop_kit.ui.i18n import locale_number
from workshop_kit.ui.results import format as fmt
from workshop_kit.ui.results.bars import BarsWidget, tone_colour
from workshop_kit.ui.text import local

__all__ = ["ItemCard", "Legend", "scores_table"]


class Legend(QWidget):
    """Colour swatches with the scale's option labels, in chart order."""

    def __init__(self, bar, item, lang: str, *, scale: float = 1.0, parent=None):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        size = int(12 * scale)
        for segment in bar.segments if bar else ():
            swatch = QLabel(self)
            swatch.setFixedSize(size, size)
            swatch.setStyleSheet(f"background: {tone_colour(segment.tone).name()};")
            text = QLabel(_legend_text(bar, segment, item, lang), self)
            if scale != 1.0:
                font = text.font()
                font.setPointSizeF(font.pointSizeF() * scale)
                text.setFont(font)
            row.addWidget(swatch)
            row.addWidget(text)
            row.addSpacing(int(10 * scale))
        row.addStretch(1)


def _legend_text(bar, segment, item, lang: str) -> str:
    if not bar.collapsed:
        return local(item.scale.option(segment.value).label, lang)
    yes_no = item.scale.type == "yes-no-dk"
    if segment.side == "agree":
        return label("group.yes" if yes_no else "group.agree", lang)
    return label("group.not_yes" if yes_no else "group.not_agree", lang)


class ItemCard(QFrame):
    """An item's wording, its before/after bars and the paired result."""

    def __init__(self, result: ItemResult, results: Results, lang: str, parent=None):
        super().__init__(parent)
        self.result = result
        k = results.k
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        item = result.item
        stem = f"{local(item.block.stem, lang)} " if item.block else ""
        title = QLabel(f"<b>{html.escape(stem + local(item.text, lang))}</b>", self)
        title.setWordWrap(True)
        title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(title)
        before, after = item_bars(result)
        self.bars = BarsWidget(
            [(self.tr("Before"), before), (self.tr("After"), after)], k=k, parent=self
        )
        layout.addWidget(self.bars)
        layout.addWidget(Legend(before or after, item, lang, parent=self))
        lines = [
            self.tr("Responses: {pre} before, {post} after").format(
                pre=_count(result.pre.n, k), post=_count(result.post.n, k)
            )
        ]
        if result.pre.agree is not None:
            lines.append(
                self.tr("Agreeing (of those who answered): {pre} before, {post} after").format(
                    pre=fmt.share(result.pre.agree, k), post=fmt.share(result.post.agree, k)
                )
            )
        lines.append(
            self.tr("Prefer not to answer: {pre} before, {post} after").format(
                pre=fmt.share(result.pre.prefer_not, k), post=fmt.share(result.post.prefer_not, k)
            )
        )
        if result.ordinal is not None:
            lines.append(self.tr("Scale position: ") + fmt.change(result.ordinal, k))
        if result.binary is not None:
            lines.append(
                self.tr("Share agreeing, in points: ")
                + fmt.change(result.binary, k, digits=0, factor=100)
            )
        details = QLabel("<br>".join(html.escape(line) for line in lines), self)
        details.setWordWrap(True)
        details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(details)
        self.show_to_group = QCheckBox(self.tr("Show to the group"), self)
        self.show_to_group.setAccessibleName(
            self.tr("Show to the group: {item}").format(item=local(item.text, lang))
        )
        shown = group_item(result, k)
        self.show_to_group.setEnabled(shown.showable)
        if not shown.showable:
            self.show_to_group.setToolTip(
                self.tr("Too few people to show this question to the group safely")
            )
        elif shown.collapsed:
            self.show_to_group.setToolTip(
                self.tr(
                    "Shown to the group as agree / not agree only: too few people to show "
                    "each answer safely"
                )
            )
        layout.addWidget(self.show_to_group)


def _count(n: int, k: int) -> str:
    """A count of responses; a small one is not shown (it is a small group)."""
    if 0 < n < k:
        return QCoreApplication.translate("results", "fewer than {k}").format(k=locale_number(k))
    return locale_number(n)


def _cell(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


def scores_table(results: Results, lang: str, parent=None) -> QTableWidget:
    """Construct scores (0-100), each with a small row of its Cronbach's alpha under it,
    and yes-to-at-least-one indicators, before and after."""
    k = results.k
    header = [
        QCoreApplication.translate("ScoresTable", "Score or indicator"),
        QCoreApplication.translate("ScoresTable", "Before"),
        QCoreApplication.translate("ScoresTable", "After"),
        QCoreApplication.translate("ScoresTable", "Paired change"),
    ]
    rows = []
    small: set[int] = set()  # the alpha rows, drawn small under their construct
    for c in results.constructs:
        name = c.construct.replace("_", " ").capitalize()
        rows.append(
            (
                QCoreApplication.translate("ScoresTable", "{name} (score 0–100)").format(name=name),
                _mean(c.pre.mean, c.pre.n, k),
                _mean(c.post.mean, c.post.n, k),
                fmt.change(c.paired, k, digits=1),
            )
        )
        if c.alpha_pre is not None or c.alpha_post is not None:
            small.add(len(rows))
            rows.append(
                (
                    QCoreApplication.translate("ScoresTable", "Reliability (Cronbach's alpha)"),
                    _alpha(c.alpha_pre, k),
                    _alpha(c.alpha_post, k),
                    "",
                )
            )
    for indicator in results.indicators:
        rows.append(
            (
                QCoreApplication.translate("ScoresTable", "Yes to at least one: {stem}").format(
                    stem=local(indicator.block.stem, lang)
                ),
                fmt.share(indicator.pre, k),
                fmt.share(indicator.post, k),
                fmt.change(indicator.paired, k, digits=0, factor=100),
            )
        )
    table = QTableWidget(len(rows), len(header), parent)
    table.setAccessibleName(QCoreApplication.translate("ScoresTable", "Scores and indicators"))
    table.setHorizontalHeaderLabels(header)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            cell = _cell(value)
            if r in small:
                _make_small(cell)
            table.setItem(r, c, cell)
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)
    table.setWordWrap(True)
    table.resizeRowsToContents()
    return table


def _mean(cell, n: int, k: int) -> str:
    if not cell.shown:
        return QCoreApplication.translate("ScoresTable", "fewer than {k}").format(
            k=locale_number(k)
        )
    return QCoreApplication.translate("ScoresTable", "{mean} (n = {n})").format(
        mean=locale_number(cell.value, 1), n=locale_number(n)
    )


def _alpha(alpha: AlphaResult | None, k: int) -> str:
    """Like "alpha 0.78 (n 34)"; below the threshold words only (``analysis.reliability``)."""
    if alpha is None:
        return ""
    if alpha.shown and alpha.value is not None:
        return QCoreApplication.translate("ScoresTable", "alpha {alpha} (n {n})").format(
            alpha=locale_number(alpha.value, 2), n=locale_number(alpha.n)
        )
    if alpha.status == reliability.FEWER:
        return QCoreApplication.translate("ScoresTable", "fewer than {k}").format(
            k=locale_number(k)
        )
    if alpha.status == reliability.TOO_FEW:
        return QCoreApplication.translate("ScoresTable", "too few responses")
    if alpha.status == reliability.ONE_ITEM:
        return QCoreApplication.translate("ScoresTable", "too few questions")
    return QCoreApplication.translate("ScoresTable", "not defined (the totals do not vary)")


def _make_small(cell: QTableWidgetItem) -> None:
    """An alpha cell: a smaller font, and a tooltip saying what alpha is."""
    font = cell.font()
    font.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
    cell.setFont(font)
    cell.setToolTip(
        QCoreApplication.translate(
            "ScoresTable",
            "Cronbach's alpha: how consistently people answered this score's questions, "
            "from those who answered all of them (the nearer to 1, the more consistent). "
            "Shown from {n} such people; n is adjusted like every count.",
        ).format(n=locale_number(reliability.MIN_N))
    )
