"""The results page's respondent-group filter: "Everyone", then each option of each "about
you" item of the chosen survey ("Sex: A woman"). Shown only when the survey has about-you
items. The results for a group are made like any other filter's (``Filters.group``), so the
same disclosure control applies; the combo itself shows no counts."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from workshop_kit.content.model import Instrument
from workshop_kit.ui.text import local

__all__ = ["GroupFilter"]


class GroupFilter(QWidget):
    """A labelled combo; ``value()`` is ``(item id, option value)`` or ``None``."""

    changed = Signal()

    def __init__(self, lang: str, parent=None):
        super().__init__(parent)
        self.lang = lang
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self.tr("Gr&oup"), self)
        self.combo = QComboBox(self)
        self.combo.setAccessibleName(self.tr("Respondent group"))
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(6)
        self.label.setBuddy(self.combo)
        layout.addWidget(self.label)
        layout.addWidget(self.combo, 1)
        self.combo.currentIndexChanged.connect(self.changed)
        self.set_instrument(None)

    def set_instrument(self, instrument: Instrument | None) -> None:
        """Offer the groups of ``instrument``, keeping the choice if it still exists."""
        current = self.combo.currentData()
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("Everyone"), None)
        about_you = instrument.about_you if instrument is not None else ()
        for about in about_you:
            name = local(about.name, self.lang)
            for option in about.options:
                text = self.tr("{item}: {option}").format(
                    item=name, option=local(option.label, self.lang)
                )
                self.combo.addItem(text, f"{about.id}\t{option.value}")
        self.combo.setCurrentIndex(max(0, self.combo.findData(current)))
        self.combo.blockSignals(False)
        self.setVisible(bool(about_you))
        if self.combo.currentData() != current:
            self.changed.emit()

    def value(self) -> tuple[str, int] | None:
        data = self.combo.currentData()
        if not data or self.isHidden():
            return None
        item, value = str(data).split("\t")
        return item, int(value)
