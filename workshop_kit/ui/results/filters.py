"""The filter bar of the results page: curriculum, survey, site, dates, language, workshop,
and (for a survey with "about you" items) respondent group."""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QGridLayout, QLabel, QWidget

from workshop_kit.analysis.dataset import Filters
from workshop_kit.ui.results.group_filter import GroupFilter
from workshop_kit.ui.text import LANGUAGES, local

__all__ = ["FilterBar"]


class FilterBar(QWidget):
    """Emits ``changed`` whenever a filter changes; ``filters()`` reads them all."""

    changed = Signal()

    def __init__(self, library, lang: str, parent=None):
        super().__init__(parent)
        self.library = library
        self.lang = lang
        self._offered: tuple[tuple[str, ...], tuple[tuple[str, str], ...]] | None = None
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.curriculum = self._combo(self.tr("Curriculum"))
        for curriculum in library.curricula:
            self.curriculum.addItem(local(curriculum.title, lang), curriculum.id)
        self.instrument = QComboBox(self)
        self.instrument.setAccessibleName(self.tr("Survey"))
        for instrument in library.instruments:
            self.instrument.addItem(local(instrument.title, lang), instrument.id)
        self.site = self._combo(self.tr("Site"))
        self.language = self._combo(self.tr("Workshop language"))
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.workshop = self._combo(self.tr("Workshop"))
        self.use_dates = QCheckBox(self.tr("&Dates"), self)
        self.day_from = self._date(self.tr("From"))
        self.day_to = self._date(self.tr("To"))
        self.day_from.setDate(QDate.currentDate().addYears(-1))
        self.day_to.setDate(QDate.currentDate())
        cells = (
            (self.tr("&Survey"), self.instrument),
            (self.tr("&Curriculum"), self.curriculum),
            (self.tr("S&ite"), self.site),
            (self.tr("&Language"), self.language),
            (self.tr("&Workshop"), self.workshop),
        )
        for index, (text, widget) in enumerate(cells):
            label = QLabel(text, self)
            label.setBuddy(widget)
            # two pairs a row: translated labels need the width at the minimum window size
            grid.addWidget(label, index // 2, 2 * (index % 2))
            grid.addWidget(widget, index // 2, 2 * (index % 2) + 1)
        grid.addWidget(self.use_dates, 2, 2)
        dates = QWidget(self)
        row = QGridLayout(dates)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.day_from, 0, 0)
        row.addWidget(QLabel("–", dates), 0, 1)
        row.addWidget(self.day_to, 0, 2)
        grid.addWidget(dates, 2, 3)
        self._on_use_dates_toggled(False)
        for combo in (self.curriculum, self.instrument, self.site, self.language, self.workshop):
            combo.currentIndexChanged.connect(self.changed)
            # Long titles are elided, so the labels keep their width at the minimum size.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(6)
        self.group = GroupFilter(lang, self)  # respondent groups: shown for about-you items
        grid.addWidget(self.group, 3, 0, 1, 2)
        self.group.changed.connect(self.changed)
        self.instrument.currentIndexChanged.connect(self._on_instrument_changed)
        self._on_instrument_changed()
        self.use_dates.toggled.connect(self._on_use_dates_toggled)
        self.day_from.dateChanged.connect(self.changed)
        self.day_to.dateChanged.connect(self.changed)

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.addItem(self.tr("Any"), None)
        return combo

    def _date(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setAccessibleName(name)
        return edit

    def _on_instrument_changed(self, _index: int = 0) -> None:
        chosen = self.instrument.currentData()
        found = [i for i in self.library.instruments if i.id == chosen]
        self.group.set_instrument(found[0] if found else None)

    def _on_use_dates_toggled(self, on: bool) -> None:
        self.day_from.setEnabled(on)
        self.day_to.setEnabled(on)
        self.changed.emit()

    def set_workshops(self, workshops) -> None:
        """Offer the sites and workshops that exist, keeping the current choices. Nothing
        is redone when they are the ones on offer already (a listing of thousands of
        workshops is asked for after every save)."""
        sites = sorted({w.site for w in workshops})
        entries = [
            (f"{w.code} · {w.day} · {w.site}", w.id)
            for w in sorted(workshops, key=lambda w: (w.day, w.site, w.id), reverse=True)
        ]
        offered = (tuple(sites), tuple(entries))
        if offered == self._offered:
            return
        self._offered = offered
        site, workshop = self.site.currentData(), self.workshop.currentData()
        for combo, items in (
            (self.site, [(name, name) for name in sites]),
            (self.workshop, entries),
        ):
            combo.blockSignals(True)
            first = (combo.itemText(0), combo.itemData(0))
            combo.clear()  # at once: removing items one by one is quadratic
            combo.addItem(*first)
            for text, data in items:
                combo.addItem(text, data)
        for combo, value in ((self.site, site), (self.workshop, workshop)):
            index = combo.findData(value)
            combo.setCurrentIndex(max(0, index))
            combo.blockSignals(False)

    def filters(self) -> Filters:
        dates = self.use_dates.isChecked()
        return Filters(
            curriculum_id=self.curriculum.currentData(),
            instrument_id=self.instrument.currentData(),
            site=self.site.currentData(),
            day_from=self.day_from.date().toString("yyyy-MM-dd") if dates else None,
            day_to=self.day_to.date().toString("yyyy-MM-dd") if dates else None,
            language=self.language.currentData(),
            workshop_id=self.workshop.currentData(),
            group=self.group.value(),
        )
