"""The recovery sheet on screen: the code, and saving or printing it as the PDF sheet.

``SheetPanel`` is the last step of the key setup (without a lead key) and the body of
``SheetDialog`` ("Print a new recovery sheet…" in Settings). The sheet counts as kept
(``kept``) once it was saved as PDF or printed, or the user ticks that the code is
written down; the dialogs close only then, because the code is shown this once.

The PDF is built in memory (``pdf.recovery_sheet``) and written only to the file the
user chooses; printing loads it from memory too (the print spooler is the system's). The
code is never logged and never kept anywhere else.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QLocale, QSize, Signal
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop_kit.fileio import atomic_write_bytes
from workshop_kit.languages import native_name
from workshop_kit.pdf.recovery_sheet import sheet_pdf
from workshop_kit.site import load_site
from workshop_kit.ui.errors import describe_error
from workshop_kit.ui.keys.code_entry import big_code_label

__all__ = ["SheetDialog", "SheetPanel", "ltr"]

_SHEET_LANGUAGES = ("en", "ar")  # the languages the sheet is written in (content labels)
LRI, PDI = "\u2066", "\u2069"


def ltr(text: str) -> str:
    """``text`` kept left to right inside a sentence of any direction (a fingerprint's
    groups would otherwise run right to left in Arabic)."""
    return f"{LRI}{text}{PDI}"


def interface_sheet_language() -> str:
    return "ar" if QLocale().language() == QLocale.Language.Arabic else "en"


class SheetPanel(QWidget):
    kept_changed = Signal(bool)

    def __init__(self, code: str, fingerprint: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._code = code
        self.fingerprint = fingerprint
        self._saved_or_printed = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(
            self.tr(
                "This recovery code opens the survey answers if the unlock code is lost. "
                "Print the recovery sheet or save it as PDF (then print it), and keep the "
                "paper in a locked drawer in the office, never with the laptop. It is shown "
                "only this once."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.code_label = big_code_label(self, 18)
        self.code_label.setAccessibleName(self.tr("Recovery code"))
        self.code_label.setText(code)
        layout.addWidget(self.code_label)
        warning = QLabel(
            self.tr(
                "If you lose both the unlock code and this sheet, the survey answers cannot "
                "be opened by anyone."
            ),
            self,
        )
        warning.setWordWrap(True)
        warning.setStyleSheet("font-weight: bold;")
        layout.addWidget(warning)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Sheet language:"), self))
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Sheet language"))
        for lang in _SHEET_LANGUAGES:
            self.language.addItem(native_name(lang), lang)
        self.language.setCurrentIndex(max(0, self.language.findData(interface_sheet_language())))
        row.addWidget(self.language)
        row.addStretch(1)
        self.save_button = QPushButton(self.tr("&Save as PDF…"), self)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        row.addWidget(self.save_button)
        row.addWidget(self.print_button)
        layout.addLayout(row)
        self.written = QCheckBox(self.tr("I have &written the recovery code down"), self)
        self.written.toggled.connect(self._on_written_toggled)
        layout.addWidget(self.written)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

    @property
    def kept(self) -> bool:
        return self._saved_or_printed or self.written.isChecked()

    def _mark_kept(self) -> None:
        self._saved_or_printed = True
        self.kept_changed.emit(self.kept)

    def _on_written_toggled(self, _checked: bool) -> None:
        self.kept_changed.emit(self.kept)

    def pdf_bytes(self) -> bytes:
        lang = self.language.currentData() or "en"
        return sheet_pdf(self._code, self.fingerprint, lang, load_site())

    # -- saving ----------------------------------------------------------------------
    def ask_save_path(self) -> Path | None:
        """Where to save the PDF (tests replace this)."""
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the recovery sheet as PDF"),
            self.tr("recovery-sheet.pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        return Path(name) if name else None

    def save_pdf(self) -> Path | None:
        target = self.ask_save_path()
        if target is None:
            return None
        try:
            atomic_write_bytes(target, self.pdf_bytes())
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Not saved"),
                self.tr("The recovery sheet was not saved: {error}").format(
                    error=describe_error(exc)
                ),
            )
            return None
        self.status.setText(
            self.tr(
                "Saved as {name}. Print it, then delete the file: anyone who has it can "
                "open the survey answers."
            ).format(name=target.name)
        )
        self._mark_kept()
        return target

    def _on_save_button_clicked(self) -> None:
        self.save_pdf()

    # -- printing --------------------------------------------------------------------
    def ask_printer(self):
        """A printer the user chose, or None (tests replace this)."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.tr("Recovery sheet"))
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return printer

    def print_sheet(self) -> bool:
        printer = self.ask_printer()
        if printer is None:
            return False
        from PySide6.QtPdf import QPdfDocument

        data = QByteArray(self.pdf_bytes())
        buffer = QBuffer(data, self)
        buffer.open(QBuffer.OpenModeFlag.ReadOnly)
        document = QPdfDocument(self)
        document.load(buffer)
        try:
            if document.pageCount() == 0:
                self.status.setText(self.tr("The sheet could not be printed."))
                return False
            _paint(document, printer)
        finally:
            document.close()
            buffer.close()
            document.deleteLater()
            buffer.deleteLater()
        self.status.setText(self.tr("Sent to the printer. Check that the page came out whole."))
        self._mark_kept()
        return True

    def _on_print_button_clicked(self) -> None:
        self.print_sheet()


def _paint(document, printer) -> None:
    """Every page on white at the printer's resolution (QtPdf renders onto a transparent
    image), as the Print page does."""
    painter = QPainter(printer)
    try:
        for index in range(document.pageCount()):
            if index:
                printer.newPage()
            area = painter.viewport()
            page = document.pagePointSize(index)
            scale = min(area.width() / page.width(), area.height() / page.height())
            size = QSize(int(page.width() * scale), int(page.height() * scale))
            image = QImage(size, QImage.Format.Format_ARGB32)
            image.fill(QColor("white"))
            with_background = QPainter(image)
            with_background.drawImage(0, 0, document.render(index, size))
            with_background.end()
            painter.drawImage(0, 0, image)
    finally:
        painter.end()


class SheetDialog(QDialog):
    """A new recovery sheet, shown once: Close only once it is saved, printed or written."""

    def __init__(self, code: str, fingerprint: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New recovery sheet"))
        layout = QVBoxLayout(self)
        self.panel = SheetPanel(code, fingerprint, self)
        layout.addWidget(self.panel)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setEnabled(False)
        self.buttons.rejected.connect(self.reject)
        self.panel.kept_changed.connect(self.close_button.setEnabled)
        layout.addWidget(self.buttons)

    def reject(self) -> None:
        # Esc and the window's close button too: the code is never shown again.
        if self.panel.kept:
            super().reject()
