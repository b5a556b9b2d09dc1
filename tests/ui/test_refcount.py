"""Qt calls that return nothing must not use up references to ``None``.

PySide6 6.12.0 on Python 3.11 drops a reference to ``None`` on every such call; with only
about 5,000 references in a fresh process, the Run window with its timer running aborted
the app (``Fatal Python error: none_dealloc``) after a few minutes. These tests make
20,000 calls of the kinds the app makes and check that ``sys.getrefcount(None)`` stays
flat. The calls run in a child process (:mod:`tests.ui.none_refs`), so a leaking Qt fails
the test with numbers instead of aborting the test run.

On Python >= 3.12 ``None`` is immortal: its reference count is a constant, so there is
nothing to measure and a dropped reference is harmless. The counting test skips there;
:func:`test_installed_qt_is_not_a_known_leaking_release` runs on every Python, because the
same constraints file installs Qt for 3.11 too.
"""

from __future__ import annotations

from collections.abc import Callable

import PySide6

from tests.ui.none_refs import (
    KNOWN_LEAKING_QT,
    bool_refs,
    needs_mortal_none,
    none_refs,
    run_child,
)

CALLS = 20_000
TOLERANCE = 50  # references; a leak of one per call shows as thousands


def _void_calls() -> dict:
    """Child: make CALLS void Qt calls of the app's kinds; references lost per kind."""
    from PySide6.QtCore import QObject, QTimer, Signal
    from PySide6.QtWidgets import (
        QApplication,
        QLabel,
        QLineEdit,
        QListWidget,
        QProgressBar,
        QPushButton,
        QStackedWidget,
        QTableWidget,
        QTableWidgetItem,
        QTextBrowser,
        QVBoxLayout,
        QWidget,
    )

    class Emitter(QObject):
        changed = Signal(int)

    received: list[int] = []

    def slot(value: int) -> None:  # a Python slot returning None
        received.append(value)
        received.clear()

    window = QWidget()
    layout = QVBoxLayout(window)
    label, button, line = QLabel(window), QPushButton(window), QLineEdit(window)
    table, bar, browser = QTableWidget(0, 3, window), QProgressBar(window), QTextBrowser(window)
    steps, stack = QListWidget(window), QStackedWidget(window)
    for text in ("one", "two", "three"):
        steps.addItem(text)
        stack.addWidget(QLabel(text))
    for widget in (label, button, line, table, bar, browser, steps, stack):
        layout.addWidget(widget)
    bar.setRange(0, 100)
    timer = QTimer(window)
    timer.setInterval(250)
    emitter = Emitter()
    emitter.changed.connect(slot)
    clicks: list[bool] = []
    button.clicked.connect(lambda checked=False: clicks.clear())
    window.show()
    app = QApplication.instance()

    def timer_start_stop(i: int) -> None:
        timer.start()
        timer.stop()

    kinds: dict[str, Callable[[int], object]] = {
        "QLabel.setText": lambda i: label.setText(f"{i % 60:02d}:00"),
        "QWidget.setEnabled": lambda i: button.setEnabled(i % 2 == 0),
        "QWidget.setVisible": lambda i: button.setVisible(i % 2 == 0),
        "QWidget.setStyleSheet": lambda i: label.setStyleSheet(f"color: #{i % 9}00;"),
        "QWidget.setToolTip": lambda i: button.setToolTip(str(i)),
        "QWidget.update": lambda i: label.update(),
        "QTableWidget.setRowCount": lambda i: table.setRowCount(10 + i % 2),
        "QTableWidget.setItem": lambda i: table.setItem(i % 10, 1, QTableWidgetItem(str(i))),
        "QProgressBar.setValue": lambda i: bar.setValue(i % 100),
        "QLineEdit.setText": lambda i: line.setText(str(i)),
        "QTextBrowser.setHtml": lambda i: browser.setHtml(f"<p>{i}</p>"),
        "QListWidget.setCurrentRow": lambda i: steps.setCurrentRow(i % 3),
        "QStackedWidget.setCurrentIndex": lambda i: stack.setCurrentIndex(i % 3),
        "QTimer.start+stop": timer_start_stop,
        "Signal.emit to a Python slot": lambda i: emitter.changed.emit(i),
        "QPushButton.click": lambda i: button.click(),
        "QApplication.processEvents": lambda i: app.processEvents(),
    }
    each = CALLS // len(kinds) + 1
    void_calls = each * len(kinds)
    # calls returning a bool, also counted: 6.12.0 leaks True and False there
    kinds["QObject.setProperty"] = lambda i: label.setProperty("phase", "warning")
    kinds["QObject.blockSignals"] = lambda i: steps.blockSignals(i % 2 == 0)
    for call in kinds.values():  # warm up: first calls fill caches
        for i in range(20):
            call(i)
    lost: dict[str, int] = {}
    before_all, bools_before = none_refs(), bool_refs()
    for name, call in kinds.items():
        before = none_refs()
        for i in range(each):
            call(i)
        lost[name] = before - none_refs()
    total, lost_bools = before_all - none_refs(), bools_before - bool_refs()
    window.close()
    return {
        "calls": void_calls,
        "lost": total,
        "lost_by_kind": lost,
        "lost_bools": lost_bools,
    }


@needs_mortal_none
def test_void_qt_calls_do_not_use_up_references_to_none():
    report = run_child("tests.ui.test_refcount:_void_calls")
    assert report["errors"] == []
    assert report["calls"] >= CALLS
    leaking = {name: n for name, n in report["lost_by_kind"].items() if abs(n) >= TOLERANCE}
    assert abs(report["lost"]) < TOLERANCE and not leaking, (
        f"PySide6 {report['pyside']} on Python {report['python']}: sys.getrefcount(None) "
        f"fell by {report['lost']} over {report['calls']} void Qt calls; by kind: {leaking}"
    )
    assert abs(report["lost_bools"]) < TOLERANCE, (
        f"PySide6 {report['pyside']}: references to True and False fell by "
        f"{report['lost_bools']} over {report['calls']} Qt calls"
    )


def test_installed_qt_is_not_a_known_leaking_release():
    """The pin in pyproject.toml and constraints.txt keeps these out (on every Python:
    one constraints file serves 3.11, where None is mortal)."""
    assert PySide6.__version__ not in KNOWN_LEAKING_QT, (
        f"PySide6 {PySide6.__version__} {KNOWN_LEAKING_QT.get(PySide6.__version__)}"
    )
