"""What the user is told when something fails: plain words in their language, and the
details in the log file.

- :func:`describe_error` turns an exception into one translated sentence (a full disk, a
  folder that cannot be written, a file that is missing; or, for a bug, "something went
  wrong, the details are in the log").
- :class:`ErrorReporter` is the last resort for exceptions nothing caught, on the GUI
  thread (``sys.excepthook``) or any other (``threading.excepthook``): it logs the
  traceback and shows one message box, never a cascade of them. The app keeps running;
  Qt has already returned from the failed slot. With ``smoke`` (checking an
  installation) it prints one line and ends the app with status 1 instead.

The reporter is installed by the real app start only; under pytest-qt the test runner's
own hook stays in place, so ``qt_default_raising`` still fails the test.
"""

from __future__ import annotations

import errno
import logging
import sys
import threading
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:  # made by PySide6 when first imported: after the first paint
    from PySide6.QtWidgets import QMessageBox, QWidget

__all__ = ["ErrorReporter", "describe_error", "log_folder_hint"]

log = logging.getLogger("workshop_kit.ui")

_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_DENIED = {errno.EACCES, errno.EPERM, errno.EROFS}


def log_folder_hint() -> str:
    return QCoreApplication.translate(
        "errors", "The details were written to the log (Help → About → Open log folder)."
    )


def unexpected_text() -> str:
    return (
        QCoreApplication.translate("errors", "Something went wrong and this could not be finished.")
        + " "
        + log_folder_hint()
    )


def describe_error(exc: BaseException) -> str:
    """One sentence for the user, in the interface language."""
    from workshop_kit.ui.problems import error_text, has_words  # words for coded errors

    if has_words(exc):
        return error_text(exc)
    if isinstance(exc, OSError):
        where = exc.filename if isinstance(exc.filename, str) else ""
        if exc.errno in _FULL:
            return QCoreApplication.translate(
                "errors", "The disk is full: free some space and try again."
            )
        if exc.errno in _DENIED or isinstance(exc, PermissionError):
            return QCoreApplication.translate(
                "errors", "Workshop Kit is not allowed to write here: {path}"
            ).format(path=where or "?")
        if isinstance(exc, FileNotFoundError):
            return QCoreApplication.translate(
                "errors", "This file or folder is missing: {path}"
            ).format(path=where or "?")
        return QCoreApplication.translate(
            "errors", "A file could not be read or written: {reason}"
        ).format(reason=exc.strerror or str(exc) or type(exc).__name__)
    if isinstance(exc, ValueError | LookupError) and type(exc) not in (KeyError, IndexError):
        return str(exc)  # the core's own explanation of what was asked
    return unexpected_text()


class ErrorReporter(QObject):
    """Logs uncaught exceptions and tells the user once; see the module docstring."""

    _report = Signal(str)  # carries a fingerprint to the GUI thread

    def __init__(self, parent_window: Callable[[], QWidget | None], *, smoke: bool = False):
        super().__init__()
        self._parent_window = parent_window
        self.smoke = smoke
        self.box: QMessageBox | None = None
        self.shown: set[str] = set()
        self.count = 0
        self._previous: tuple | None = None
        self._report.connect(self._on_report)

    def install(self) -> None:
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous
            self._previous = None

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        self.handle(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)

    def handle(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            app = QApplication.instance()
            if app is not None:
                app.exit(130)
            return
        self.count += 1
        log.error("uncaught exception", exc_info=(exc_type, exc, tb))
        frames = traceback.extract_tb(tb)[-1:] if tb is not None else []
        where = f"{frames[0].filename}:{frames[0].lineno}" if frames else ""
        self._report.emit(f"{exc_type.__name__}@{where}")  # queued from other threads

    def _on_report(self, fingerprint: str) -> None:
        if self.smoke:
            print("workshop-kit gui: unexpected error; details in the log file", file=sys.stderr)
            app = QApplication.instance()
            if app is not None:
                app.exit(1)
            return
        if self.box is not None or fingerprint in self.shown:
            return  # one box at a time, and the same failure only once a session
        self.shown.add(fingerprint)
        from PySide6.QtWidgets import QMessageBox

        self.box = QMessageBox(
            QMessageBox.Icon.Critical,
            self.tr("Something went wrong"),
            self.tr(
                "Workshop Kit met a problem it did not expect. What was already saved is "
                "safe, and you can carry on."
            ),
            QMessageBox.StandardButton.Ok,
            self._parent_window(),
        )
        self.box.setInformativeText(log_folder_hint())
        self.box.finished.connect(self._on_box_finished)
        self.box.open()

    def _on_box_finished(self, _result: int) -> None:
        self.box = None
