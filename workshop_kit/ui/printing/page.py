"""The Print page: choose a document, see a live preview, print it or save it as PDF.

Documents are built by the core (workshop_kit.pdf) on a worker thread; the preview shows
the very PDF that is printed or saved.
"""

from __future__ import annotations

import itertools
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QColor, QImage, QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workshop_kit import paths
from workshop_kit.content.library import Library
from workshop_kit.pdf.requests import PAPERS, PrintRequest
from workshop_kit.settings import Settings
from workshop_kit.ui.jobs import Job
from workshop_kit.ui.problems import worded
from workshop_kit.ui.text import LANGUAGES, local

__all__ = ["PrintPage"]

_serial = itertools.count(1)


class PrintPage(QWidget):
    def __init__(self, library: Library, store, settings: Settings, parent=None):
        super().__init__(parent)
        self.library = library
        self.store = store
        self.settings = settings
        self.job: Job | None = None
        self.pdf_path: Path | None = None
        self.pages = 0
        self._folder = Path(tempfile.mkdtemp(prefix="preview-", dir=self._cache()))
        self._build()
        self._debounce = QTimer(self, singleShot=True, interval=300)
        self._debounce.timeout.connect(self.rebuild)
        self._fill_choices()

    @staticmethod
    def _cache() -> Path:
        folder = paths.writable_cache_dir()  # a read-only data folder still gets previews
        for stale in folder.glob("preview-*"):  # previews of earlier runs of the app
            shutil.rmtree(stale, ignore_errors=True)
        return folder

    # -- building --------------------------------------------------------------------
    def _build(self) -> None:
        self.kind = QComboBox(self)
        for kind, name in (
            ("handout", self.tr("Participant handout")),
            ("guide", self.tr("Facilitator guide")),
            ("form", self.tr("Paper survey form")),
            ("pack", self.tr("Print pack for a workshop")),
        ):
            self.kind.addItem(name, kind)
        self.curriculum = QComboBox(self)
        self.session = QComboBox(self)
        self.workshop = QComboBox(self)
        self._offered: tuple[tuple[str, str], ...] | None = None
        self.phase = QComboBox(self)
        self.phase.addItem(self.tr("Before (first session)"), "pre")
        self.phase.addItem(self.tr("After (last session)"), "post")
        self.language = QComboBox(self)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.paper = QComboBox(self)
        for paper in PAPERS:
            self.paper.addItem(paper, paper)
        self.large_print = QCheckBox(self.tr("Large print (16 pt or more)"), self)
        self.copies = QSpinBox(self)
        self.copies.setRange(1, 200)
        form = QFormLayout()
        form.addRow(self.tr("Document:"), self.kind)
        form.addRow(self.tr("Curriculum:"), self.curriculum)
        form.addRow(self.tr("Session:"), self.session)
        form.addRow(self.tr("Workshop:"), self.workshop)
        form.addRow(self.tr("Survey:"), self.phase)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Paper:"), self.paper)
        form.addRow(self.large_print)  # the whole row: its label is long in some languages
        self.copies_label = QLabel(self.tr("Copies:"), self)
        self.copies_label.setBuddy(self.copies)  # a label widget in a form is no buddy by itself
        form.addRow(self.copies_label, self.copies)
        self.form = form

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.print_button = QPushButton(self.tr("Print… (Ctrl+P)"), self)
        self.save_button = QPushButton(self.tr("Save as PDF… (Ctrl+Shift+S)"), self)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_pdf)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_document)
        QShortcut(QKeySequence("Ctrl+Shift+S"), self, self.save_pdf)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_pdf)

        controls = QVBoxLayout()
        controls.addLayout(form)
        controls.addWidget(self.status)
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        controls.addLayout(row)
        controls.addStretch(1)
        controls.addWidget(self.print_button)
        controls.addWidget(self.save_button)
        side = QWidget(self)
        side.setLayout(controls)
        side.setFixedWidth(340)

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(self.tr("Print preview"))
        layout = QHBoxLayout(self)
        layout.addWidget(side)
        layout.addWidget(self.view, 1)

        for combo in (
            self.kind,
            self.curriculum,
            self.session,
            self.workshop,
            self.phase,
            self.language,
            self.paper,
        ):
            combo.currentIndexChanged.connect(self._on_choice_changed)
        self.large_print.toggled.connect(self._on_choice_changed)
        self.copies.valueChanged.connect(self._on_choice_changed)
        self.curriculum.currentIndexChanged.connect(self._fill_sessions)

    def _fill_choices(self) -> None:
        self.curriculum.blockSignals(True)
        self.curriculum.clear()
        lang = self.settings.get("content_language")
        for curriculum in self.library.curricula:
            self.curriculum.addItem(local(curriculum.title, lang), curriculum.id)
        self.curriculum.blockSignals(False)
        self._fill_sessions()
        self.refresh_workshops()
        self.language.setCurrentIndex(max(0, self.language.findData(lang)))
        self._update_visible()

    def _fill_sessions(self, *_args) -> None:
        self.session.blockSignals(True)
        self.session.clear()
        cid = self.curriculum.currentData()
        if cid is not None:
            lang = self.settings.get("content_language")
            for session in self.library.curriculum(cid).sessions:
                self.session.addItem(f"{session.number}. {local(session.title, lang)}", session.id)
        self.session.blockSignals(False)

    def refresh_workshops(self, workshops=None) -> None:
        """Offer the workshops that exist (nothing redone when they are on offer already);
        ``workshops``: a listing the caller has just made."""
        if workshops is None:
            workshops = self.store.list_workshops() if self.store else []
        entries = tuple((f"{w.day} · {w.site}", w.id) for w in workshops)
        if entries == self._offered:
            return
        self._offered = entries
        current = self.workshop.currentData()
        self.workshop.blockSignals(True)
        self.workshop.clear()
        self.workshop.addItem(self.tr("(none: blank code boxes)"), None)
        for text, workshop_id in entries:
            self.workshop.addItem(text, workshop_id)
        self.workshop.setCurrentIndex(max(0, self.workshop.findData(current)))
        self.workshop.blockSignals(False)

    def _update_visible(self) -> None:
        kind = self.kind.currentData()
        shows = {
            self.curriculum: kind in ("handout", "guide", "form"),
            self.session: kind in ("handout", "guide"),
            self.workshop: kind in ("form", "pack"),
            self.phase: kind == "form",
        }
        for widget, visible in shows.items():
            widget.setVisible(visible)
            self.form.labelForField(widget).setVisible(visible)
        pack = kind == "pack"
        self.copies_label.setText(self.tr("Participants:") if pack else self.tr("Copies:"))

    # -- presets ---------------------------------------------------------------------
    def preset_session(self, curriculum_id: str, session_id: str, lang: str) -> None:
        """From the Library: "Print handouts" for a session."""
        self._set(self.curriculum, curriculum_id)
        self._set(self.session, session_id)
        self._set(self.language, lang)
        self._set(self.kind, "handout")
        self.rebuild()

    def preset_workshop(self, workshop_id: str) -> None:
        """From the Workshops page: the print pack of a workshop."""
        self.refresh_workshops()
        self._set(self.workshop, workshop_id)
        workshop = self.store.get_workshop(workshop_id)
        self._set(self.language, workshop.language)
        self.copies.setValue(workshop.expected_participants)
        self._set(self.kind, "pack")
        self.rebuild()

    @staticmethod
    def _set(combo: QComboBox, data) -> None:
        combo.blockSignals(True)
        combo.setCurrentIndex(max(0, combo.findData(data)))
        combo.blockSignals(False)

    # -- building the PDF ------------------------------------------------------------
    def request(self) -> PrintRequest:
        kind = self.kind.currentData()
        return PrintRequest(
            kind=kind,
            lang=self.language.currentData(),
            curriculum_id=self.curriculum.currentData() if kind != "pack" else None,
            session_id=self.session.currentData(),
            phase=self.phase.currentData(),
            workshop_id=self.workshop.currentData() if kind in ("form", "pack") else None,
            copies=self.copies.value(),
            paper=self.paper.currentData(),
            large_print=self.large_print.isChecked(),
        )

    def _on_choice_changed(self, *_args) -> None:
        self._update_visible()
        self._debounce.start()

    def rebuild(self) -> Job | None:
        """Build the chosen document on a worker thread; the preview follows."""
        self._debounce.stop()
        self.stop_build()
        request = self.request()
        if request.kind == "pack" and request.workshop_id is None:
            self.status.setText(self.tr("Choose a workshop for its print pack."))
            return None
        from workshop_kit.pdf.render import render
        from workshop_kit.pdf.requests import documents_for
        from workshop_kit.site import load_site

        library, store, site = self.library, self.store, load_site()

        out = self._folder / f"document-{next(_serial)}.pdf"

        def build(progress, cancelled) -> tuple[str, int]:
            documents = documents_for(request, library, site, store)
            pages = render(
                documents,
                out,
                paper=request.paper,
                large_print=request.large_print,
                progress=progress,
                cancelled=cancelled,
            )
            return str(out), pages

        if self.job is not None:
            self.job.retire()
        self.job = Job(worded(build), self)
        self.job.progress.connect(self._on_job_progress)
        self.job.done.connect(self._on_job_done)
        self.job.failed.connect(self._on_job_failed)
        self.job.cancelled.connect(self._on_job_cancelled)
        self.status.setText(self.tr("Building…"))
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.print_button.setEnabled(False)
        self.save_button.setEnabled(False)
        self.job.start()
        return self.job

    def _finish_job(self) -> None:
        self.progress.hide()
        self.cancel_button.hide()

    def _on_job_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _on_job_done(self, built: tuple[str, int]) -> None:
        path, pages = built
        self._finish_job()
        old = self.pdf_path
        self.pdf_path, self.pages = Path(path), pages
        self.document.close()
        self.document.load(path)
        self.status.setText(self.tr("%n page(s), ready to print or save.", "", pages))
        self.print_button.setEnabled(True)
        self.save_button.setEnabled(True)
        if old is not None and old != self.pdf_path:
            old.unlink(missing_ok=True)

    def _on_job_failed(self, message: str) -> None:
        self._finish_job()
        self.status.setText(self.tr("Cannot build this document: {reason}").format(reason=message))

    def _on_job_cancelled(self) -> None:
        self._finish_job()
        self.status.setText(self.tr("Cancelled."))
        self.print_button.setEnabled(self.pdf_path is not None)
        self.save_button.setEnabled(self.pdf_path is not None)

    def _on_cancel_button_clicked(self) -> None:
        if self.job is not None:
            self.job.cancel()

    # -- output ----------------------------------------------------------------------
    def save_pdf(self) -> Path | None:
        if self.pdf_path is None:
            return None
        request = self.request()
        suggested = f"{request.kind}-{request.session_id or 'workshop'}-{request.lang}.pdf"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), suggested, self.tr("PDF files (*.pdf)")
        )
        if not name:
            return None
        target = Path(name)
        try:
            shutil.copyfile(self.pdf_path, target)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), str(exc))
            return None
        self.status.setText(self.tr("Saved {name}.").format(name=target.name))
        return target

    def print_document(self) -> bool:
        if self.pdf_path is None or self.document.pageCount() == 0:
            return False
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.pdf_path.stem)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
        self.paint_pages(printer)
        return True

    def paint_pages(self, printer) -> None:
        """Draw every page on white at the printer's resolution (QtPdf renders onto a
        transparent image)."""
        painter = QPainter(printer)
        try:
            for index in range(self.document.pageCount()):
                if index:
                    printer.newPage()
                area = painter.viewport()
                page = self.document.pagePointSize(index)
                scale = min(area.width() / page.width(), area.height() / page.height())
                size = QSize(int(page.width() * scale), int(page.height() * scale))
                image = QImage(size, QImage.Format.Format_ARGB32)
                image.fill(QColor("white"))
                rendered = self.document.render(index, size)
                with_background = QPainter(image)
                with_background.drawImage(0, 0, rendered)
                with_background.end()
                painter.drawImage(0, 0, image)
        finally:
            painter.end()

    def stop_build(self) -> None:
        """Cancel a build in progress and wait for its thread (the app is closing)."""
        if self.job is not None and self.job.running:
            self.job.cancel()
            self.job.wait()
