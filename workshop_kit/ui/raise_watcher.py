"""A second start of the app brings the first window to the front: the second start
writes a request file (:func:`workshop_kit.instance.request_raise`), which the first one
watches for. No socket: the app never opens one. Made before the first paint, so a
request made meanwhile is not missed; the rest of the start-up's checks are in
:mod:`workshop_kit.ui.startup`."""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, Signal

from workshop_kit.instance import raise_request_file

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

__all__ = ["RaiseWatcher"]

log = logging.getLogger("workshop_kit.ui")


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
