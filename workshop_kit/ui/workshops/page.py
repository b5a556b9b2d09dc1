"""The Workshops page: create, edit, close and delete workshops; run their before and
after surveys on the kiosk; key in paper forms; see how many before/after are matched."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop_kit.content.library import Library
from workshop_kit.records.matchcode import MATCH_ELEMENTS
from workshop_kit.records.model import Workshop
from workshop_kit.records.pin import PinStore
from workshop_kit.records.storage import StorageError
from workshop_kit.records.store import WorkshopStore, WorkshopSummary
from workshop_kit.settings import Settings
from workshop_kit.ui.i18n import locale_day, locale_number
from workshop_kit.ui.kiosk.window import Handover, KioskWindow, show_kiosk
from workshop_kit.ui.paper.window import PaperEntryWindow
from workshop_kit.ui.pin_guard import ensure_pin, require_pin
from workshop_kit.ui.problems import error_text
from workshop_kit.ui.text import LANGUAGES, local
from workshop_kit.ui.workshops.dialog import WorkshopDialog
from workshop_kit.ui.workshops.table import WorkshopTable

__all__ = ["WorkshopsPage"]

CODE_ELEMENTS = tuple((element.id, element.kind) for element in MATCH_ELEMENTS)
_PHASES = ("pre", "post")


#: What a store change may raise for reasons outside the program: a full or read-only disk,
#: a file damaged or replaced meanwhile, a workshop deleted by an import.
_STORE_ERRORS = (OSError, ValueError, LookupError, StorageError)


class WorkshopsPage(QWidget):
    #: a workshop id: "Print pack" for it
    print_requested = Signal(str)
    #: a survey kiosk went full screen (the main window locks the data)
    kiosk_started = Signal()

    def __init__(
        self,
        store: WorkshopStore,
        library: Library,
        pins: PinStore,
        settings: Settings,
        parent=None,
    ):
        super().__init__(parent)
        self.store = store
        self.library = library
        self.pins = pins
        self.settings = settings
        self.kiosk: KioskWindow | None = None
        self._kiosk_workshop = ""
        self.paper: PaperEntryWindow | None = None
        self._workshops: list[Workshop] = []
        self._summaries: dict[str, WorkshopSummary] = {}
        self._cells_language = settings.get("content_language")
        self._listing: tuple[int, int] | None = None  # a listing on a worker: (done, total)
        self._build()
        self.refresh()

    # -- building --------------------------------------------------------------------
    def _build(self) -> None:
        self.table = WorkshopTable(
            [
                self.tr("Day"),
                self.tr("Code"),
                self.tr("Site"),
                self.tr("Curriculum"),
                self.tr("Language"),
                self.tr("Before"),
                self.tr("After"),
                self.tr("Status"),
            ],
            self._cells,
            self,
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Workshops"))
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(self._edit_clicked)

        self.new_button = QPushButton(self.tr("New workshop…"), self)
        self.new_button.setShortcut(QKeySequence.StandardKey.New)
        self.new_button.setToolTip(self.tr("Create a workshop (Ctrl+N)"))
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.close_button = QPushButton(self.tr("Close workshop…"), self)
        self.close_button.setToolTip(
            self.tr("Make before/after matching final and delete the match codes")
        )
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.before_button = QPushButton(self.tr("Start “before” survey"), self)
        self.after_button = QPushButton(self.tr("Start “after” survey"), self)
        self.paper_button = QPushButton(self.tr("Key in paper forms…"), self)
        self.print_button = QPushButton(self.tr("Print pack…"), self)
        self.print_button.setToolTip(self.tr("Guide, handouts and paper forms for this workshop"))
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.new_button.clicked.connect(self.new_workshop)
        self.edit_button.clicked.connect(self.edit_workshop)
        self.close_button.clicked.connect(self.close_workshop)
        self.delete_button.clicked.connect(self.delete_workshop)
        self.before_button.clicked.connect(lambda: self.start_kiosk("pre"))
        self.after_button.clicked.connect(lambda: self.start_kiosk("post"))
        self.paper_button.clicked.connect(self.start_paper_entry)
        self.edit_button.setToolTip(self.tr("Edit the chosen workshop (F2)"))
        self.delete_button.setToolTip(self.tr("Delete the chosen workshop and its responses (Del)"))
        QShortcut(QKeySequence("F2"), self, activated=self.edit_workshop)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self._on_print_button_clicked)
        # Delete only while the focus is on this page, never from the sidebar.
        QShortcut(
            QKeySequence.StandardKey.Delete,
            self,
            activated=self.delete_workshop,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)

        manage = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.close_button, self.delete_button):
            manage.addWidget(button)
        manage.addStretch(1)
        survey = QGridLayout()  # two rows: translated labels need the width at 720 pixels
        for index, button in enumerate(
            (self.before_button, self.after_button, self.paper_button, self.print_button)
        ):
            survey.addWidget(button, index // 2, index % 2)
        survey.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(manage)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addLayout(survey)

    # -- state -----------------------------------------------------------------------
    def refresh(self, select: str | None = None, *, summaries=None) -> None:
        """List the workshops again (``summaries``: a listing the caller has just made)."""
        current = select or (self.selected().id if self.selected() else None)
        # Counts and match counts come with the listing (kept by the store's own saves and
        # its index): refreshing after every Submit, or at start, reads no workshop's file.
        if summaries is None:
            summaries = self.store.workshop_summaries()
        self._workshops = [summary.workshop for summary in summaries]
        self._summaries = {summary.workshop.id: summary for summary in summaries}
        self._cells_language = self.settings.get("content_language")
        self.table.set_rows(summaries)
        for row, workshop in enumerate(self._workshops):
            if workshop.id == current:
                self.table.selectRow(row)
                break
        if self.selected() is None and self._workshops:
            self.table.selectRow(0)
        self._update_buttons()

    def _edit_clicked(self, _index=None) -> None:
        self.edit_workshop()

    def _cells(self, summary: WorkshopSummary) -> list[str]:
        """One row's texts (made when the row is first shown)."""
        workshop = summary.workshop
        try:
            title = local(
                self.library.curriculum(workshop.curriculum_id).title, self._cells_language
            )
        except KeyError:
            title = workshop.curriculum_id
        return [
            locale_day(workshop.day),
            workshop.code,
            workshop.site,
            title,
            workshop.language,
            locale_number(summary.count("pre")),
            locale_number(summary.count("post")),
            self.tr("open") if workshop.is_open else self.tr("closed"),
        ]

    def selected(self) -> Workshop | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self._workshops[rows[0].row()] if rows else None

    def _update_buttons(self, *_signal_args) -> None:
        workshop = self.selected()
        chosen = workshop is not None
        open_ = chosen and workshop.is_open
        surveyed = open_ and workshop.instrument_id is not None
        for button, enabled in (
            (self.edit_button, chosen),
            (self.print_button, chosen),
            (self.delete_button, chosen),
            (self.close_button, open_),
            (self.before_button, surveyed),
            (self.after_button, surveyed),
            (self.paper_button, surveyed),
        ):
            button.setEnabled(bool(enabled))
        if chosen:
            text = self._summary_text(workshop)
        elif self._listing is not None:  # a long first listing: not "no workshops" yet
            from workshop_kit.ui.startup import listing_progress_text

            text = listing_progress_text(*self._listing)
        else:
            text = self.tr("Create a workshop to run its surveys.")
        self.summary.setText(text)

    def set_listing_progress(self, progress: tuple[int, int] | None) -> None:
        """A listing reads workshop files on a worker (``(done, total)``), or None."""
        self._listing = progress
        if self.selected() is None:
            self._update_buttons()

    def _summary_text(self, workshop: Workshop) -> str:
        summary = self._summaries.get(workshop.id)
        counts = dict(summary.matching) if summary is not None else {}
        if len(counts) < 5:  # not in the listing: read this one workshop
            counts = self.store.match_summary(workshop.id).counts()
        text = self.tr(
            "Before and after matched by code: <b>{pairs}</b> pairs; unmatched: {up} before, "
            "{uq} after; ambiguous (never paired): {ap} before, {aq} after."
        ).format(
            pairs=locale_number(counts["pairs"]),
            up=locale_number(counts["unmatched_pre"]),
            uq=locale_number(counts["unmatched_post"]),
            ap=locale_number(counts["ambiguous_pre"]),
            aq=locale_number(counts["ambiguous_post"]),
        )
        if workshop.is_open:
            text += " " + self.tr("Matching becomes final when you close the workshop.")
        else:
            text += " " + self.tr("Closed on {day}: the match codes have been deleted.").format(
                day=locale_day(workshop.closed_day)
            )
        if workshop.instrument_id is None:
            text += " " + self.tr("This workshop has no survey.")
        return text

    # -- managing --------------------------------------------------------------------
    def _ui_lang(self) -> str:
        lang = self.settings.get("ui_language")  # curricula exist in content languages only
        return lang if lang in LANGUAGES else self.settings.get("content_language")

    def _store_failed(self, error: Exception) -> None:
        """A change the store refused or could not write: say why, in the interface
        language, and show the workshops as they now are."""
        QMessageBox.warning(
            self,
            self.tr("Not changed"),
            self.tr("The workshop was not changed: {reason}").format(reason=error_text(error)),
        )
        self.refresh()

    def new_workshop(self) -> Workshop | None:
        dialog = WorkshopDialog(self.library, self._ui_lang(), parent=self)
        if dialog.exec() != WorkshopDialog.DialogCode.Accepted:
            return None
        try:
            workshop = self.store.create_workshop(**dialog.values())
        except _STORE_ERRORS as error:
            self._store_failed(error)
            return None
        self.refresh(select=workshop.id)
        return workshop

    def edit_workshop(self) -> None:
        workshop = self.selected()
        if workshop is None:
            return
        dialog = WorkshopDialog(self.library, self._ui_lang(), workshop, parent=self)
        if dialog.exec() == WorkshopDialog.DialogCode.Accepted:
            values = dialog.values()
            try:
                self.store.update_workshop(replace(workshop, **values))
            except _STORE_ERRORS as error:
                self._store_failed(error)
                return
            self.refresh(select=workshop.id)

    def close_workshop(self) -> None:
        workshop = self.selected()
        if workshop is None or not workshop.is_open:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Close this workshop?"),
            self.tr(
                "Closing makes the before/after matching final. Matched surveys keep only "
                "a pair number; the match codes and this workshop's secret key are deleted "
                "for good, so nobody can link answers to a person's code. No more surveys "
                "can be added.\n\nClose the workshop?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        reason = self.tr("Enter the facilitator PIN to close the workshop at {site}.")
        if not require_pin(self, self.pins, reason.format(site=workshop.site)):
            return
        try:
            counts = self.store.close_workshop(workshop.id).counts()
        except _STORE_ERRORS as error:
            self._store_failed(error)
            return
        self.refresh(select=workshop.id)
        QMessageBox.information(
            self,
            self.tr("Workshop closed"),
            self.tr("{pairs} before/after pairs kept. The match codes were deleted.").format(
                pairs=locale_number(counts["pairs"])
            ),
        )

    def delete_workshop(self) -> None:
        workshop = self.selected()
        if workshop is None:
            return
        summary = self._summaries.get(workshop.id)
        count = summary.total if summary is not None else len(self.store.responses(workshop.id))
        answer = QMessageBox.warning(
            self,
            self.tr("Delete this workshop?"),
            self.tr(
                "Delete the workshop at {site} on {day} and its {count} survey responses? "
                "This cannot be undone."
            ).format(site=workshop.site, day=locale_day(workshop.day), count=locale_number(count)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        reason = self.tr("Enter the facilitator PIN to delete the workshop at {site}.")
        if require_pin(self, self.pins, reason.format(site=workshop.site)):
            try:
                self.store.delete_workshop(workshop.id)
            except _STORE_ERRORS as error:
                self._store_failed(error)
                return
            self.refresh()

    # -- surveys ---------------------------------------------------------------------
    def _saver(self, workshop: Workshop, phase: str, mode: str):
        store = self.store  # not the page: the kiosk outlives a page rebuilt meanwhile

        def save(answers, code_answers, *_language) -> None:
            store.add_response(
                workshop.id,
                phase=phase,
                instrument_id=workshop.instrument_id,
                instrument_version=workshop.instrument_version,
                answers=answers,
                entry_mode=mode,
                code_answers=code_answers,
            )

        return save

    def _instrument_for(self, workshop: Workshop):
        try:
            instrument = self.library.instrument(workshop.instrument_id)
        except KeyError:
            QMessageBox.warning(
                self,
                self.tr("Survey not available"),
                self.tr(
                    "The survey '{id}' did not load; see the Library's list of problems."
                ).format(id=workshop.instrument_id),
            )
            return None
        if instrument.version != workshop.instrument_version:
            QMessageBox.warning(
                self,
                self.tr("Survey changed"),
                self.tr(
                    "This workshop uses version {old} of the survey, but version {new} is "
                    "installed. Answers of different versions cannot be compared; create a new "
                    "workshop for the new version."
                ).format(old=workshop.instrument_version, new=instrument.version),
            )
            return None
        return instrument

    def start_kiosk(self, phase: str) -> KioskWindow | None:
        workshop = self.selected()
        if workshop is None or not workshop.is_open:
            return None
        instrument = self._instrument_for(workshop)
        if instrument is None:
            return None
        if not ensure_pin(self, self.pins):  # the kiosk can only be left with a PIN
            return None
        title = self.tr("Survey")
        self.kiosk = KioskWindow(
            instrument,
            language=workshop.language,
            save=self._saver(workshop, phase, "kiosk"),
            pins=self.pins,
            code_elements=CODE_ELEMENTS,
            title=title,
            handover=Handover(
                phase,
                " · ".join((workshop.code, workshop.site, locale_day(workshop.day))),
            ),
            about_you=phase == "pre",
        )
        self.kiosk.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._kiosk_workshop = workshop.id
        self.kiosk.saved.connect(self._on_kiosk_saved)
        self.kiosk.finished.connect(self._on_kiosk_finished)
        self.kiosk = show_kiosk(self.kiosk)  # one kiosk at a time: may be the running one
        self.kiosk_started.emit()
        return self.kiosk

    def _on_kiosk_saved(self) -> None:
        self.refresh(select=self._kiosk_workshop)

    def forget(self) -> None:
        """The data were locked: show nothing of them (the locked store lists nothing)."""
        self.refresh()
        self.summary.clear()

    def _on_print_button_clicked(self) -> None:
        workshop = self.selected()
        if workshop is not None:
            self.print_requested.emit(workshop.id)

    def _on_kiosk_finished(self) -> None:
        self.kiosk = None
        self.refresh()

    def start_paper_entry(self, phase: str | None = None) -> PaperEntryWindow | None:
        workshop = self.selected()
        if workshop is None or not workshop.is_open:
            return None
        instrument = self._instrument_for(workshop)
        if instrument is None:
            return None
        if phase not in _PHASES:
            names = [self.tr("Before (first session)"), self.tr("After (last session)")]
            choice, ok = QInputDialog.getItem(
                self,
                self.tr("Paper forms"),
                self.tr("Which forms are you keying in?"),
                names,
                0,
                False,
            )
            if not ok:
                return None
            phase = _PHASES[names.index(choice)]
        saver = self._saver(workshop, phase, "paper")
        window = PaperEntryWindow(
            instrument,
            title=self.tr("Paper forms — {site}, {day}").format(
                site=workshop.site, day=locale_day(workshop.day)
            ),
            language=workshop.language,
            code_elements=CODE_ELEMENTS,
            save=lambda answers, code: (saver(answers, code), self.refresh(workshop.id)),
            about_you=phase == "pre",
            parent=self,
        )
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show()
        self.paper = window
        return window
