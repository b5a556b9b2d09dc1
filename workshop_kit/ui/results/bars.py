"""Diverging stacked bars for one item, before and after, drawn from ``analysis.chart``.

The same chart data feeds the PDF report, so screen and paper agree. The axis runs from
disagree (left) to agree (right) in every language, like a number line; in right-to-left
layouts only the row labels move to the right. A bar that did not pass disclosure control
is not drawn: its row says "fewer than k" instead.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from workshop_kit.analysis.chart import Bar
from workshop_kit.palette import tone_hex
from workshop_kit.ui.i18n import locale_number, locale_percent

__all__ = ["BarsWidget", "segment_rects", "tone_colour"]


def tone_colour(tone: str) -> QColor:
    """The shared chart palette (``workshop_kit.palette``), as on paper."""
    return QColor(tone_hex(tone))


def segment_rects(bar: Bar, area: QRectF) -> list[tuple[str, QRectF]]:
    """(tone, rectangle) per segment: the -1..1 axis mapped onto ``area``."""
    half = area.width() / 2
    centre = area.left() + half
    return [
        (s.tone, QRectF(centre + s.start * half, area.top(), s.width * half, area.height()))
        for s in bar.segments
    ]


class BarsWidget(QWidget):
    """Rows of (label, bar or None), e.g. "Before" and "After" of one item."""

    def __init__(
        self, rows, *, k: int, scale: float = 1.0, hidden_text: str | None = None, parent=None
    ):
        super().__init__(parent)
        self.rows: list[tuple[str, Bar | None]] = list(rows)
        self.k = k
        self.scale = scale
        # what a row without a bar says (the group view says it in the group's language)
        self.hidden_text = hidden_text
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(self.sizeHint().height())
        described = "; ".join(self._describe(label, bar) for label, bar in self.rows)
        self.setAccessibleName(self.tr("Chart"))
        self.setAccessibleDescription(described)
        self.setToolTip(described)

    def _describe(self, label: str, bar: Bar | None) -> str:
        if bar is None and self.hidden_text is not None:
            return f"{label}: {self.hidden_text}"
        if bar is None:
            return self.tr("{label}: not shown, fewer than {k}").format(
                label=label, k=locale_number(self.k)
            )
        return self.tr("{label}: {disagree}% disagree, {agree}% agree").format(
            label=label,
            disagree=locale_number(round(100 * bar.disagree)),
            agree=locale_number(round(100 * bar.agree)),
        )

    def row_height(self) -> int:
        return int(26 * self.scale)

    def sizeHint(self) -> QSize:
        return QSize(int(420 * self.scale), len(self.rows) * (self.row_height() + 6) + 4)

    @staticmethod
    def _draw_fitted(painter: QPainter, area: QRectF, text: str) -> None:
        """``text`` centred in ``area``, in a smaller font when it would not fit (a narrow
        window or a long translation): never clipped."""
        before = QFont(painter.font())
        font = QFont(before)
        flags = int(Qt.AlignmentFlag.AlignCenter)
        while font.pointSizeF() > 6:
            painter.setFont(font)
            if painter.fontMetrics().horizontalAdvance(text) <= area.width():
                break
            font.setPointSizeF(font.pointSizeF() * 0.9)
        painter.drawText(area, flags, text)
        painter.setFont(before)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * self.scale)
        painter.setFont(font)
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        label_width = int(90 * self.scale)
        height = self.row_height()
        width = self.width() - label_width - 8
        bar_left = 4 if rtl else label_width + 4
        label_rect_x = width + 8 if rtl else 0
        for index, (label, bar) in enumerate(self.rows):
            top = 2 + index * (height + 6)
            label_rect = QRectF(label_rect_x, top, label_width - 4, height)
            align = Qt.AlignmentFlag.AlignVCenter | (
                Qt.AlignmentFlag.AlignRight if not rtl else Qt.AlignmentFlag.AlignLeft
            )
            painter.setPen(self.palette().text().color())
            painter.drawText(label_rect, int(align), label)
            area = QRectF(bar_left, top, width, height)
            if bar is None:
                painter.setPen(QPen(QColor("#777777"), 1, Qt.PenStyle.DashLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(area.adjusted(0, 0, -1, -1))
                painter.setPen(self.palette().text().color())
                text = self.hidden_text
                if text is None:
                    text = self.tr("not shown: fewer than {k}").format(k=locale_number(self.k))
                self._draw_fitted(painter, area.adjusted(6, 0, -6, 0), text)
                continue
            for tone, rect in segment_rects(bar, area):
                painter.fillRect(rect, tone_colour(tone))
                share = rect.width() / (width / 2)
                if share >= 0.09:  # label segments wide enough to hold "45%"
                    painter.setPen(QColor("white" if tone.endswith("strong") else "black"))
                    painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), locale_percent(share))
            painter.setPen(QPen(QColor("#333333"), max(1, int(self.scale))))
            centre = area.left() + area.width() / 2
            painter.drawLine(int(centre), int(top - 2), int(centre), int(top + height + 2))
        painter.end()
