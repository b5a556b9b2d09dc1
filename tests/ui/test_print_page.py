"""The Print page builds the chosen document off the GUI thread, previews it, saves it as
PDF and prints it; a pack shows progress and can be cancelled."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog

from tests.tools import require
from workshop_kit.ui.printing.page import PrintPage


@pytest.fixture
def page(qtbot, bundled_library, memory_store, settings):
    widget = PrintPage(bundled_library, memory_store, settings)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    widget.stop_build()


def pdf_pages(path) -> int:
    require("pdfinfo")
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(
        next(line.split()[-1] for line in info.stdout.splitlines() if line.startswith("Pages:"))
    )


def test_preset_from_the_library_previews_a_handout(qtbot, page):
    with qtbot.waitSignal(page.document.statusChanged, timeout=60_000):
        page.preset_session("equal-voices", "naming-violence", "ar")
    qtbot.waitUntil(lambda: page.pdf_path is not None, timeout=60_000)
    assert page.request().kind == "handout" and page.request().lang == "ar"
    assert page.document.pageCount() == page.pages == pdf_pages(page.pdf_path) >= 1
    assert page.print_button.isEnabled() and page.save_button.isEnabled()
    assert "ready to print" in page.status.text()


def test_pack_of_a_workshop_shows_progress_and_can_be_cancelled(qtbot, page, workshop):
    page.refresh_workshops()
    job = None
    page.kind.setCurrentIndex(page.kind.findData("pack"))
    page.workshop.setCurrentIndex(page.workshop.findData(workshop.id))
    page.copies.setValue(30)
    job = page.rebuild()
    assert page.progress.isVisible() and page.cancel_button.isVisible()
    page.cancel_button.click()
    # The outcome reaches the page through a queued signal once the thread has ended.
    qtbot.waitUntil(lambda: not page.progress.isVisible(), timeout=60_000)
    assert not job.running
    assert page.status.text() == "Cancelled." or "ready" in page.status.text()
    # And built to the end: one guide, 30 handouts and 30 forms in one PDF.
    page.copies.setValue(3)
    with qtbot.waitSignal(page.rebuild().done, timeout=120_000) as done:
        pass
    path, pages = done.args[0]
    assert pages == pdf_pages(path)


def test_save_as_pdf_copies_the_previewed_file(qtbot, page, tmp_path, monkeypatch):
    page.preset_session("equal-voices", "men-as-allies", "en")
    qtbot.waitUntil(lambda: page.pdf_path is not None, timeout=60_000)
    target = tmp_path / "handout.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert page.save_pdf() == target
    assert target.read_bytes() == page.pdf_path.read_bytes()


def test_printing_draws_every_page(qtbot, page, tmp_path):
    page.preset_session("equal-voices", "gender-and-power", "en")
    qtbot.waitUntil(lambda: page.pdf_path is not None, timeout=60_000)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    page.paint_pages(printer)
    assert pdf_pages(tmp_path / "printed.pdf") == page.pages


def test_a_pack_needs_a_workshop(qtbot, page):
    page.kind.setCurrentIndex(page.kind.findData("pack"))
    assert page.rebuild() is None
    assert "Choose a workshop" in page.status.text()


def test_a_cancelled_build_ends_without_the_gui_thread_turning(qtbot, page, workshop):
    """Changing an option during a build cancels it and waits for its thread, from the GUI
    thread; the worker must not need the GUI thread's event loop to finish."""
    page.refresh_workshops()
    page.kind.setCurrentIndex(page.kind.findData("pack"))
    page.workshop.setCurrentIndex(page.workshop.findData(workshop.id))
    page.copies.setValue(60)
    job = page.rebuild()
    job.cancel()
    assert job.wait(20_000), "the build thread did not end on its own"
