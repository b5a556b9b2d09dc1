"""The Results page: filters, per-item before/after bars with paired tests, scores,
"Show to the group", exports and bundle import.

Reading and analysing run on a worker thread (``ui.jobs.Job``) with a progress bar, so a
lead's laptop holding thousands of workshops stays responsive. Everything shown comes
from ``analysis`` results, which have passed disclosure control already.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from workshop_kit import foreground
from workshop_kit.analysis.dataset import load_dataset
from workshop_kit.analysis.results import Results
from workshop_kit.analysis.results_cache import cached_results
from workshop_kit.analysis.summary import summarise
from workshop_kit.exports.run import ExportError, ExportRequest, needs_pin, pick_instrument
from workshop_kit.records.model import workshop_code
from workshop_kit.ui.i18n import locale_number
from workshop_kit.ui.jobs import Job
from workshop_kit.ui.pin_guard import require_pin
from workshop_kit.ui.problems import error_text, has_words, worded
from workshop_kit.ui.results.audit_view import audit_label
from workshop_kit.ui.results.cards import ItemCard, scores_table
from workshop_kit.ui.results.export_dialog import ExportDialog
from workshop_kit.ui.results.filters import FilterBar
from workshop_kit.ui.text import direction_for

__all__ = ["ResultsPage"]


def _end_held(held: list[Callable[[], None] | None]) -> None:
    end, held[0] = held[0], None
    if end is not None:
        end()


class ResultsPage(QWidget):
    #: workshops were added by an import (the Workshops page refreshes)
    data_changed = Signal()

    def __init__(self, store, library, pins, settings, parent=None, *, site_source=None):
        super().__init__(parent)
        self.store, self.library, self.pins, self.settings = store, library, pins, settings
        self.site_source = site_source
        self.results: Results | None = None
        self.job: Job | None = None
        self.cards: list[ItemCard] = []
        # foreground.begin()'s end, held where the page's ``destroyed`` can reach it: a
        # page deleted while it reads must not leave background passes waiting
        self._foreground: list[Callable[[], None] | None] = [None]
        held = self._foreground
        self.destroyed.connect(lambda *_: _end_held(held))
        self.group_view = None
        self._pending = False
        self._analysed: tuple | None = None  # _state() when the results on show were made
        lang = self.lang
        layout = QVBoxLayout(self)
        title = self.tr("Results")  # a plain call: lupdate cannot see into f-strings
        heading = QLabel(f"<h2>{title}</h2>", self)
        layout.addWidget(heading)
        self.filters = FilterBar(library, lang, self)
        layout.addWidget(self.filters)
        buttons = QHBoxLayout()
        self.group_button = QPushButton(self.tr("Show to the &group…"), self)
        self.group_button.setToolTip(self.tr("Chosen items' bars, large, for a projector (F5)"))
        self.export_button = QPushButton(self.tr("&Export…"), self)
        self.export_button.setToolTip(self.tr("Report, spreadsheet, SPSS or data bundle (Ctrl+E)"))
        self.import_button = QPushButton(self.tr("&Import bundle…"), self)
        self.import_button.setToolTip(self.tr("Merge data from another laptop (Ctrl+I)"))
        for button in (self.group_button, self.export_button, self.import_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.hide()
        buttons.addWidget(self.progress)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        self.by_item = QScrollArea(self)
        self.by_item.setWidgetResizable(True)
        self.by_item.setAccessibleName(self.tr("Results by item"))
        layout.addWidget(self.by_item, 1)

        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self._on_filters_settled)
        self.filters.changed.connect(self._timer.start)
        self.group_button.clicked.connect(self.show_to_group)
        self.export_button.clicked.connect(self.export)
        self.import_button.clicked.connect(self.import_bundle)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        for keys, slot in (("F5", self.show_to_group), ("Ctrl+E", self.export)):
            QShortcut(QKeySequence(keys), self, activated=slot)
        QShortcut(QKeySequence("Ctrl+I"), self, activated=self.import_bundle)
        self._update_buttons()

    @property
    def lang(self) -> str:
        return self.settings.get("content_language")

    @property
    def k(self) -> int:
        return self.settings.get("disclosure_k")

    def _on_filters_settled(self) -> None:
        # Hidden, the page reads nothing (a listing that changed the filter choices would
        # start a full read nobody waits for): showEvent reads when it is shown.
        if self.isVisible():
            self.refresh()

    def refresh_unlocked(self) -> None:
        """The data were unlocked: read them now if the page is on show; hidden, it reads
        when it is shown (an unlock on another page started a full read nobody waited
        for, beside the start-up check and the listing)."""
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._analysed != self._state():  # new data, or a setting changed meanwhile
            self.refresh()

    def _state(self) -> tuple:
        """What the results on show depend on besides the filters."""
        return (self.store.state(), self.k, self.lang, self.filters.filters())

    # ------------------------------------------------------------------ analysis

    def refresh(self) -> Job | None:
        """Read and analyse the data under the current filters (on a worker thread)."""
        if self.job is not None and self.job.running:
            self._pending = True  # run again when this one ends
            self.job.cancel()
            return None
        # Someone waits for this (the page is on show): background passes (the start-up
        # check) step aside from now until the results are on the page (_on_job_finished).
        self._end_foreground()
        if self.isVisible():
            self._foreground[0] = foreground.begin()
        try:
            self.filters.set_workshops(self.store.list_workshops())
            filters, k, library = self.filters.filters(), self.k, self.library
            self._analysed = self._state()

            def work(progress, cancelled) -> Results:
                def compute() -> Results:
                    dataset = load_dataset(
                        self.store, filters, progress=progress, cancelled=cancelled
                    )
                    instrument = pick_instrument(
                        library, dataset.instrument_ids, filters.instrument_id
                    )
                    return summarise(dataset, instrument, k=k)

                # unchanged data, filters and surveys: the Results kept from last time
                return cached_results(self.store, filters, k, library, compute)

            self.job = self._start(work, self._show_results)
        except BaseException:
            self._end_foreground()
            raise
        return self.job

    def _end_foreground(self) -> None:
        _end_held(self._foreground)

    def _start(self, work, on_done) -> Job:
        if self.job is not None:
            self.job.retire()
        job = Job(worded(work), self)
        job.progress.connect(self._on_job_progress)
        job.done.connect(on_done)
        job.failed.connect(self._on_job_failed)
        job.cancelled.connect(self._on_job_cancelled)
        job.finished.connect(self._on_job_finished)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.job = job
        job.start()
        return job

    def _on_job_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_job_failed(self, message: str) -> None:
        self.status.setText(message)

    def _on_job_cancelled(self) -> None:
        if not self._pending:
            self.status.setText(self.tr("Cancelled."))

    def _on_job_finished(self) -> None:
        self._end_foreground()  # after done: the results are on the page
        self.progress.hide()
        self.cancel_button.hide()
        self._update_buttons()
        if self._pending:
            self._pending = False
            QTimer.singleShot(0, self.refresh)

    def _on_cancel_button_clicked(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _show_results(self, results: Results) -> None:
        self.results = results
        lang = self.lang
        self.status.setText(
            self.tr(
                "{workshops} workshops · {pre} responses before, {post} after · "
                "{pairs} matched pairs · unmatched: {upre} before, {upost} after · "
                "numbers based on fewer than {k} responses are hidden, and every count is "
                "adjusted a little so that no one can be singled out"
            ).format(
                workshops=locale_number(results.workshops),
                pre=locale_number(results.responses_pre),
                post=locale_number(results.responses_post),
                pairs=locale_number(results.pairs),
                upre=locale_number(results.unmatched_pre),
                upost=locale_number(results.unmatched_post),
                k=locale_number(results.k),
            )
        )
        body = QWidget()
        body.setLayoutDirection(direction_for(lang))
        column = QVBoxLayout(body)
        self.cards = [ItemCard(item, results, lang, body) for item in results.items]
        for card in self.cards:
            column.addWidget(card)
            card.show_to_group.toggled.connect(self._update_buttons)
        if results.constructs or results.indicators:
            subtitle = self.tr("Scores and indicators")
            column.addWidget(QLabel(f"<h3>{subtitle}</h3>", body))
            table = scores_table(results, lang, body)
            table.setMinimumHeight(min(400, 40 + 34 * table.rowCount()))
            column.addWidget(table)
        if results.audit is not None:
            self.audit_label = audit_label(results.audit, results.k, body)
            column.addWidget(self.audit_label)
        column.addStretch(1)
        self.by_item.setWidget(body)
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self.job is not None and self.job.running
        chosen = any(card.show_to_group.isChecked() for card in self.cards)
        self.group_button.setEnabled(chosen and not busy)
        self.export_button.setEnabled(not busy)
        self.import_button.setEnabled(not busy)

    def stop(self) -> None:
        """Cancel the running job and wait for it (the window is closing)."""
        self._pending = False
        self._end_foreground()  # the start-up check must not wait for what never ends
        if self.job is not None and self.job.running:
            self.job.cancel()
            self.job.wait()
        if self.group_view is not None:
            self.group_view.close()

    def forget(self) -> None:
        """The data were locked (after ``stop``): drop every figure on show."""
        self.results = None
        self.cards = []
        self._analysed = None
        self.status.clear()
        self.by_item.setWidget(QWidget())
        self.filters.set_workshops([])
        self._update_buttons()

    # ------------------------------------------------------------------ group view

    def show_to_group(self):
        from workshop_kit.ui.results.group_view import GroupView

        chosen = [card.result for card in self.cards if card.show_to_group.isChecked()]
        if not chosen or self.results is None:
            return None
        self.group_view = GroupView(chosen, self.lang, self.results.k)
        self.group_view.show()
        return self.group_view

    # ------------------------------------------------------------------ export / import

    def ask_export(self) -> ExportRequest | None:
        """The export dialog (tests replace this)."""
        vault = getattr(self.store.backend, "vault", None)  # sealed: bundles sealed to the lead
        dialog = ExportDialog(self.filters.filters(), self.k, self.lang, self, vault=vault)
        if dialog.exec() != ExportDialog.DialogCode.Accepted:
            return None
        return dialog.request()

    def confirm_raw(self) -> bool:
        """PIN and a warning before individual-level data leaves the app."""
        reason = self.tr(
            "This export holds every response, one row each. It has no names and no match "
            "codes, but it is individual-level data: keep the file safe and delete it when "
            "it is no longer needed. Enter the facilitator PIN to continue."
        )
        return require_pin(self, self.pins, reason)

    def confirm_import(self, path: Path) -> bool:
        """The PIN before a bundle changes the data on this laptop."""
        reason = self.tr(
            "Importing {file} adds its workshops and responses to this laptop. Enter the "
            "facilitator PIN to continue."
        )
        return require_pin(self, self.pins, reason.format(file=path.name))

    def export(self) -> Job | None:
        if self.job is not None and self.job.running:
            return None
        request = self.ask_export()
        if request is None:
            return None
        if needs_pin(request.format) and not self.confirm_raw():
            return None
        return self.start_export(request)

    def start_export(self, request: ExportRequest) -> Job:
        from workshop_kit.exports.run import run_export

        store, library = self.store, self.library
        site = self.site_source() if self.site_source else None

        def work(progress, cancelled):
            try:
                return run_export(
                    request, store, library, site=site, progress=progress, cancelled=cancelled
                )
            except ExportError as error:
                raise ValueError(str(error)) from None

        def done(outcome) -> None:
            text = self.tr("Saved {path}: {summary}")
            self.status.setText(text.format(path=outcome.path, summary=outcome.summary))

        return self._start(work, done)

    def ask_bundle(self) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a data bundle"), "", self.tr("Workshop Kit bundles (*.wkbundle)")
        )
        return Path(path) if path else None

    def import_bundle(self) -> Job | None:
        """Choose a bundle and import it. On a sealed store (``records.bundle_trust``): a
        sealed bundle is opened with the lead's key and its signature checked first; a new
        laptop is trusted only with the PIN, a replay imports nothing, an old-format
        bundle needs the PIN after a warning."""
        if self.job is not None and self.job.running:
            return None
        path = self.ask_bundle()
        if path is None:
            return None
        from workshop_kit.records.bundle_trust import is_sealed_file, store_vault

        vault = store_vault(self.store)
        if vault is None or not is_sealed_file(path):  # plaintext store, or old format
            unsigned = vault is not None
            confirmed = self.confirm_unsigned(path) if unsigned else self.confirm_import(path)
            return self._start_import(path, accept_unsigned=unsigned) if confirmed else None
        key = self.ask_lead_key(path)
        if key is None:
            return None
        from workshop_kit.ui.results.sealed_import import known_path, open_and_check

        self.settings.set("lead_private_key_path", str(key[0]))  # the path, never the passphrase
        known = known_path(vault)

        def work(progress, cancelled):
            return open_and_check(key[0], key[1], path, known)

        def checked(result) -> None:  # once this job has finished: the next one may start
            QTimer.singleShot(0, lambda: self._on_checked(path, result))

        return self._start(work, checked)

    def ask_lead_key(self, path: Path) -> tuple[Path, str] | None:
        """The lead's private key file and passphrase (tests replace this)."""
        from workshop_kit.ui.results.sealed_import import LeadKeyDialog

        dialog = LeadKeyDialog(path, self.settings.get("lead_private_key_path"), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.answer()

    def confirm_unsigned(self, path: Path) -> bool:
        from workshop_kit.ui.results.sealed_import import unsigned_reason

        return require_pin(self, self.pins, unsigned_reason(path))

    def _on_checked(self, path: Path, checked) -> Job | None:
        """The bundle opened and its signature checked: replay, new laptop or known."""
        from workshop_kit.ui.results.sealed_import import new_laptop_reason, replay_text

        check = checked.check
        if check.replay:
            self.status.setText(replay_text(path, check))
            QMessageBox.information(self, self.tr("Already imported"), replay_text(path, check))
            return None
        if check.known:
            accepted = self.confirm_import(path)
        else:
            accepted = require_pin(self, self.pins, new_laptop_reason(path, check))
        if not accepted:
            return None
        accept = None if check.known else check.fingerprint
        return self._start_import(path, lead=checked.lead, accept_laptop=accept)

    def _start_import(self, path: Path, **trust) -> Job:
        """Import on a worker; ``trust`` (lead key, accepted laptop, old format) is for a
        sealed store (``sealed_import.run_import``)."""
        from workshop_kit.records.bundle import BundleError
        from workshop_kit.ui.results.sealed_import import run_import

        store, library = self.store, self.library
        failed = self.tr("{file} was not imported and nothing changed: {reason}")

        def work(progress, cancelled):
            try:
                return run_import(store, library, path, progress, cancelled, **trust)
            except BundleError as error:  # impossible data has a code: in our words
                reason = error_text(error) if has_words(error) else error
                raise ValueError(failed.format(file=path.name, reason=reason)) from None

        return self._start(work, self._on_imported)

    def _on_imported(self, report) -> None:
        text = self.tr(
            "{added} workshops added, {merged} merged, {present} already here, "
            "{rejected} rejected; {responses} responses added."
        ).format(
            added=locale_number(len(report.added)),
            merged=locale_number(len(report.merged)),
            present=locale_number(len(report.already_present)),
            rejected=locale_number(len(report.rejected)),
            responses=locale_number(report.responses_added),
        )
        self.status.setText(text)
        if report.rejected:
            reasons = "\n".join(f"{workshop_code(wid)}: {why}" for wid, why in report.rejected)
            QMessageBox.warning(self, self.tr("Some workshops were not imported"), reasons)
        self.data_changed.emit()
        QTimer.singleShot(0, self.refresh)
