"""Create or edit a workshop: one delivery of a curriculum at a site, on a day."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
)

from workshop_kit.content.library import Library
from workshop_kit.records.model import Workshop
from workshop_kit.ui.problems import error_text
from workshop_kit.ui.text import LANGUAGES, local

__all__ = ["WorkshopDialog"]


class WorkshopDialog(QDialog):
    """Fields of a workshop; :meth:`values` gives them for the store."""

    def __init__(
        self, library: Library, ui_lang: str, workshop: Workshop | None = None, parent=None
    ):
        super().__init__(parent)
        self.library = library
        self.lang = ui_lang
        self.setWindowTitle(self.tr("Edit workshop") if workshop else self.tr("New workshop"))
        self.resize(560, 560)
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "A workshop is one delivery of a curriculum. Enter no names: the site is a place, "
                "and facilitator initials are optional."
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        self.curriculum = QComboBox(self)
        for curriculum in library.curricula:
            self.curriculum.addItem(local(curriculum.title, ui_lang), curriculum.id)
        self.curriculum.currentIndexChanged.connect(self._on_curriculum_current_index_changed)
        self.sessions = QListWidget(self)
        self.sessions.setMinimumHeight(130)
        self.site = QLineEdit(self)
        self.site.setMaxLength(80)
        self.site.setPlaceholderText(self.tr("e.g. East Amman community centre"))
        self.day = QDateEdit(QDate.currentDate(), self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.language = QComboBox(self)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.initials = QLineEdit(self)
        self.initials.setMaxLength(4)
        self.initials.setPlaceholderText(self.tr("optional, e.g. RA"))
        self.participants = QSpinBox(self)
        self.participants.setRange(1, 500)
        self.participants.setValue(20)
        self.instrument = QComboBox(self)
        self.instrument.addItem(self.tr("No survey"), None)
        for instrument in library.instruments:
            self.instrument.addItem(
                f"{local(instrument.title, ui_lang)} (v{instrument.version})", instrument.id
            )
        form.addRow(self.tr("Curriculum:"), self.curriculum)
        form.addRow(self.tr("Sessions:"), self.sessions)
        form.addRow(self.tr("Site:"), self.site)
        form.addRow(self.tr("Day:"), self.day)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Facilitator initials:"), self.initials)
        form.addRow(self.tr("Expected participants:"), self.participants)
        form.addRow(self.tr("Before/after survey:"), self.instrument)
        layout.addLayout(form)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
            parent=self,
        )
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._on_curriculum_current_index_changed(0)
        if workshop is not None:
            self._fill(workshop)
        self.site.setFocus()

    def _fill(self, workshop: Workshop) -> None:
        self.curriculum.setCurrentIndex(max(0, self.curriculum.findData(workshop.curriculum_id)))
        for i in range(self.sessions.count()):
            item = self.sessions.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in workshop.session_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.site.setText(workshop.site)
        self.day.setDate(QDate.fromString(workshop.day, "yyyy-MM-dd"))
        self.language.setCurrentIndex(max(0, self.language.findData(workshop.language)))
        self.initials.setText(workshop.facilitator_initials)
        self.participants.setValue(workshop.expected_participants)
        self.instrument.setCurrentIndex(max(0, self.instrument.findData(workshop.instrument_id)))

    def _on_curriculum_current_index_changed(self, _index: int) -> None:
        self.sessions.clear()
        cid = self.curriculum.currentData()
        if cid is None:
            return
        curriculum = self.library.curriculum(cid)
        survey = None
        for session in curriculum.sessions:
            item = QListWidgetItem(f"{session.number}. {local(session.title, self.lang)}")
            item.setData(Qt.ItemDataRole.UserRole, session.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.sessions.addItem(item)
            survey = survey or session.survey_before or session.survey_after
        if survey is not None:
            self.instrument.setCurrentIndex(max(0, self.instrument.findData(survey)))

    def values(self) -> dict:
        sessions = [
            self.sessions.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.sessions.count())
            if self.sessions.item(i).checkState() == Qt.CheckState.Checked
        ]
        instrument_id = self.instrument.currentData()
        version = self.library.instrument(instrument_id).version if instrument_id else None
        return {
            "curriculum_id": self.curriculum.currentData(),
            "session_ids": tuple(sessions),
            "site": self.site.text().strip(),
            "day": self.day.date().toString("yyyy-MM-dd"),
            "language": self.language.currentData(),
            "facilitator_initials": self.initials.text().strip(),
            "expected_participants": self.participants.value(),
            "instrument_id": instrument_id,
            "instrument_version": version,
        }

    def _on_buttons_accepted(self) -> None:
        values = self.values()
        if not values["site"]:
            self.error.setText(self.tr("Enter the site (a place, not a person)."))
        elif not values["session_ids"]:
            self.error.setText(self.tr("Choose at least one session."))
        elif values["curriculum_id"] is None:
            self.error.setText(self.tr("There is no curriculum to choose."))
        else:
            try:
                Workshop(id="0" * 32, **values)  # the same checks the store makes
            except ValueError as exc:
                self.error.setText(error_text(exc))
                return
            self.accept()
