"""Building a PDF off the GUI thread, with progress and Cancel.

The core offers building as plain functions with a progress callback; this runs them on a
QThread and reports through signals, so the window never freezes on a 30-person pack.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

__all__ = ["BuildJob"]


class _Worker(QObject):
    progress = Signal(int, int)
    done = Signal(str, int)  # path, pages
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, build: Callable, out: Path, stop: threading.Event):
        super().__init__()
        self.build, self.out, self.stop = build, out, stop

    def run(self) -> None:
        from workshop_kit.pdf.render import Cancelled
        from workshop_kit.pdf.requests import RequestError

        try:
            pages = self.build(self.out, self.progress.emit, self.stop.is_set)
        except Cancelled:
            self.cancelled.emit()
        except (RequestError, OSError, ValueError) as exc:
            self.failed.emit(str(exc))
        else:
            self.done.emit(str(self.out), pages)
        finally:
            # Quit from inside: a queued quit() would wait for the GUI thread, which may be
            # blocked in wait() for this very thread (cancelling one build to start another).
            QThread.currentThread().quit()


class BuildJob(QObject):
    """One build: ``build(out, progress, cancelled) -> pages`` runs on its own thread."""

    progress = Signal(int, int)
    done = Signal(str, int)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, build: Callable, out: Path, parent=None):
        super().__init__(parent)
        self._stop = threading.Event()
        self._thread = QThread(self)
        self._worker = _Worker(build, out, self._stop)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        for name in ("progress", "done", "failed", "cancelled"):
            getattr(self._worker, name).connect(getattr(self, name))

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self._stop.set()

    def wait(self, ms: int = 30_000) -> bool:
        return self._thread.wait(ms)

    @property
    def running(self) -> bool:
        return self._thread.isRunning()
