"""What the app checks as it starts: is it already open on this data folder, and can it
write there? Each answer that matters to the user becomes a message in their language.

- A second start on the same data folder says so and brings the first window to the
  front (:mod:`workshop_kit.instance`: a lock file, and a request file the first app
  watches with a QFileSystemWatcher; no socket, the app never opens one).
- A data folder that cannot be written to opens the app read-only: it says so once, marks
  the window, and does not offer the first-time setup (which could not be saved).
"""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QWidget

from workshop_kit.instance import raise_request_file

__all__ = [
    "RaiseWatcher",
    "already_open_text",
    "read_only_text",
    "show_already_open",
    "show_read_only",
]

log = logging.getLogger("workshop_kit.ui")


def already_open_text(folder: Path) -> str:
    return QCoreApplication.translate(
        "startup",
        "Workshop Kit is already open for this data folder:\n{folder}\n\n"
        "Its window has been brought to the front. Only one copy can use a data folder "
        "at a time, so that neither undoes the other's changes.",
    ).format(folder=folder)


def read_only_text(folder: Path) -> str:
    return QCoreApplication.translate(
        "startup",
        "Workshop Kit cannot save anything in its data folder:\n{folder}\n\n"
        "You can read the guides, print documents and look at results, but new "
        "workshops, survey answers and settings cannot be saved. Ask whoever looks after "
        "this computer to let Workshop Kit write to this folder, then start it again.",
    ).format(folder=folder)


def show_already_open(folder: Path) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("startup", "Workshop Kit is already open"),
        already_open_text(folder),
        QMessageBox.StandardButton.Ok,
    )
    box.exec()


def show_read_only(window: QMainWindow, folder: Path) -> QMessageBox:
    """Mark the window read-only and say why (a box that does not block)."""
    mark = QLabel(QCoreApplication.translate("startup", "Read-only: nothing can be saved"), window)
    mark.setAccessibleName(mark.text())
    window.statusBar().addPermanentWidget(mark)
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("startup", "Read-only data folder"),
        read_only_text(folder),
        QMessageBox.StandardButton.Ok,
        window,
    )
    box.open()
    return box


class RaiseWatcher(QObject):
    """Emits ``raise_requested`` when a second start of the app writes its request file."""

    raise_requested = Signal()

    def __init__(self, data_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.request = raise_request_file(data_dir)
        with contextlib.suppress(OSError):
            self.request.parent.mkdir(parents=True, exist_ok=True)
            self.request.unlink(missing_ok=True)  # left by an earlier run
        self.watcher = QFileSystemWatcher([str(self.request.parent)], self)
        self.watcher.directoryChanged.connect(self._on_watcher_directory_changed)

    def _on_watcher_directory_changed(self, _folder: str) -> None:
        if not self.request.exists():
            return  # our own removal of the request, or something else in the folder
        with contextlib.suppress(OSError):
            self.request.unlink()
        log.info("a second start asked this window to come to the front")
        self.raise_requested.emit()
