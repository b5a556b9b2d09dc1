"""Pseudo-localised layout: with every string about 40 % longer and the layout mirrored, no
page at the main window's minimum size (and no main dialog at the size it opens with) clips
a text or stacks widgets on top of each other. The same check runs in Arabic and French,
whose real strings are sometimes longer than the pseudo ones.

A text fits when its widget is at least as wide as the text needs (``sizeHint`` for
buttons, ``minimumSizeHint`` for labels), or when a label wraps and is tall enough for its
wrapped lines. Siblings fit when their rectangles do not overlap and each lies inside its
parent. Widgets inside scroll areas may be larger than the page: they scroll, they are
not clipped. Splitter handles are left out (Qt places them), and one pixel of slack
allows for Qt's rounding when it mirrors a splitter.
"""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QLabel,
    QPushButton,
    QSplitterHandle,
    QWidget,
)

from tests import survey_data
from workshop_kit.records.store import WorkshopStore
from workshop_kit.ui.app import create_main_window
from workshop_kit.ui.i18n import PSEUDO_ENV, install_language, pseudo_text

PAGES = ("library_page", "workshops_page", "results_page", "print_page", "settings_page")


@pytest.fixture(params=["pseudo", "ar", "fr"])
def pseudo(request, qapp):
    """The interface pseudo-localised (or in a real translation)."""
    if request.param == "pseudo":
        install_language(qapp, "en", pseudo=True)
    else:
        assert install_language(qapp, request.param, pseudo=False)
    yield request.param
    install_language(qapp, "en", pseudo=False)


@pytest.fixture
def store(user_data, instrument):
    rng = random.Random(7)
    data = [
        survey_data.workshop_responses(instrument, rng=rng, participants=20, site="East Amman")
        for _ in range(2)
    ]
    survey_data.write_store(user_data / "workshops", data)
    return WorkshopStore()


@pytest.fixture
def window(qtbot, pseudo, bundled_library, settings, window_state, store, pins):
    window = create_main_window(bundled_library, settings, window_state, store=store, pins=pins)
    qtbot.addWidget(window)
    window.build_pages()
    window.show()
    window.resize(window.minimumSize())
    qtbot.waitExposed(window)
    yield window
    window.results_page.stop()


def _text(widget: QWidget) -> str:
    return widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""


def _in_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _clipped_text(widget: QWidget) -> str | None:
    text = _text(widget)
    if not text.strip():
        return None
    if isinstance(widget, QLabel):
        if widget.wordWrap():
            need = widget.heightForWidth(widget.width())
            if need > widget.height() + 1 and not _in_scroll_area(widget):
                return f"wrapped text needs {need}px of height, has {widget.height()}"
            return None
        need = widget.minimumSizeHint().width()
    else:
        need = widget.sizeHint().width()
    if need > widget.width() + 1:
        return f"needs {need}px of width, has {widget.width()}"
    return None


def _managed_children(parent: QWidget) -> list[QWidget]:
    """Visible child widgets laid out side by side (no windows, no scroll-area internals)."""
    if isinstance(parent, QAbstractScrollArea):
        return []  # viewport, scroll bars and headers: Qt places them, content scrolls
    return [
        child
        for child in parent.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if child.isVisible() and not child.isWindow() and not isinstance(child, QSplitterHandle)
    ]


def layout_problems(root: QWidget) -> list[str]:
    """Every clipped text and every pair of overlapping siblings under ``root``."""
    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        reason = _clipped_text(widget)
        if reason:
            problems.append(f"{type(widget).__name__} {_text(widget)!r}: {reason}")
        children = _managed_children(widget)
        inside = QRect(-1, -1, widget.width() + 2, widget.height() + 2)  # 1 px of slack
        for index, child in enumerate(children):
            if not _in_scroll_area(child) and not inside.contains(child.geometry()):
                problems.append(
                    f"{type(child).__name__} {_text(child)!r} sticks out of "
                    f"{type(widget).__name__}: {child.geometry()} in {inside}"
                )
            for other in children[index + 1 :]:
                if child.geometry().intersects(other.geometry()):
                    problems.append(
                        f"{type(child).__name__} {_text(child)!r} overlaps "
                        f"{type(other).__name__} {_text(other)!r}"
                    )
    return problems


def test_pseudo_translation_reaches_the_widgets(window, pseudo):
    # the checks below mean nothing if the strings were not stretched (or translated)
    expected = {"pseudo": pseudo_text("&File"), "ar": "&ملف", "fr": "&Fichier"}[pseudo]
    assert window.menuBar().actions()[0].text() == expected
    mirrored = pseudo in ("pseudo", "ar")
    assert (window.layoutDirection() == Qt.LayoutDirection.RightToLeft) == mirrored
    assert window.minimumSize().width() <= 720


@pytest.mark.parametrize("name", PAGES)
def test_no_page_clips_or_overlaps_at_the_minimum_size(qtbot, window, name):
    page = getattr(window, name)
    window.sidebar.setCurrentRow(window.row_of(page))
    if name == "results_page":
        qtbot.waitUntil(lambda: page.results is not None and not page.job.running, timeout=20_000)
    QApplication.processEvents()
    assert window.size() == window.minimumSize()
    problems = layout_problems(window)
    assert not problems, "\n".join(problems)


def _dialog_problems(qtbot, dialog: QDialog) -> list[str]:
    qtbot.addWidget(dialog)
    dialog.show()  # at the size Qt gives it from its layout, as the user first sees it
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    return layout_problems(dialog)


def test_main_dialogs_do_not_clip_or_overlap(qtbot, pseudo, bundled_library, pins):
    from workshop_kit.analysis.dataset import Filters
    from workshop_kit.ui.kiosk.pin_dialog import PinDialog, SetPinDialog
    from workshop_kit.ui.results.export_dialog import ExportDialog
    from workshop_kit.ui.workshops.dialog import WorkshopDialog

    dialogs = [
        WorkshopDialog(bundled_library, "en"),
        ExportDialog(Filters(), 5, "en"),
        PinDialog(pins, "Enter the facilitator PIN to continue."),
        SetPinDialog(pins),
    ]
    problems = []
    for dialog in dialogs:
        problems += [f"{type(dialog).__name__}: {p}" for p in _dialog_problems(qtbot, dialog)]
    assert not problems, "\n".join(problems)


# -- the pseudo-translator and the checker themselves ----------------------------------

_KEPT = re.compile(r"\{[a-z_]*\}|%n|<b>|</b>|Ctrl\+[A-Z]")
_PIECES = st.sampled_from(
    ["Save", "the", "workshop", "answers", "{count}", "{k}", "%n", "<b>", "</b>", "(Ctrl+S)", "?"]
)


@given(st.lists(_PIECES, min_size=1, max_size=12).map(" ".join))
def test_pseudo_text_is_longer_and_keeps_placeholders(source):
    text = pseudo_text(source)
    assert text.startswith("[") and text.endswith("]")
    assert len(text) >= 1.4 * len(source)
    assert _KEPT.findall(text) == _KEPT.findall(source)


def test_pseudo_text_keeps_the_accelerator_and_still_formats():
    text = pseudo_text("&Save {count} forms && close")
    assert text.startswith("[&S") and "&&" in text
    assert "{count}" in text.format(count="{count}")
    assert "12" in text.format(count=12)


def test_pseudo_mode_from_the_environment_mirrors_and_stretches(qapp, monkeypatch):
    monkeypatch.setenv(PSEUDO_ENV, "1")
    try:
        install_language(qapp, "ar")
        assert QCoreApplication.translate("X", "&Quit") == pseudo_text("&Quit")
        three = QCoreApplication.translate("X", "%n file(s)", "", 3)
        assert three == pseudo_text("%n file(s)").replace("%n", "3")
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    finally:
        install_language(qapp, "en", pseudo=False)
    assert QCoreApplication.translate("X", "&Quit") == "&Quit"


def test_layout_check_reports_clipped_text_and_overlaps(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    host.resize(300, 100)
    clipped = QPushButton("A rather long button text that cannot fit", host)
    clipped.setGeometry(0, 0, 40, 30)
    other = QLabel("Short", host)
    other.setGeometry(20, 10, 60, 30)  # on top of the button
    host.show()
    problems = layout_problems(host)
    assert any("needs" in p and "long button" in p for p in problems)
    assert any("overlaps" in p for p in problems)
