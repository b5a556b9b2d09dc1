"""Long work off the GUI thread: analysis, exports, imports.

``Job(work)`` runs ``work(progress, cancelled)`` on its own QThread and reports through
signals, so the window never freezes. ``cancel()`` asks the work to stop; core functions
then raise :class:`workshop_kit.cancel.Cancelled` and leave nothing half-written.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal

from workshop_kit.cancel import Cancelled

__all__ = ["Job"]

#: errors a job turns into a message for the user; anything else is a bug and is raised
EXPECTED = (ValueError, OSError, LookupError)


class _Worker(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, work: Callable, stop: threading.Event):
        super().__init__()
        self.work, self.stop = work, stop

    def run(self) -> None:
        try:
            result = self.work(self.progress.emit, self.stop.is_set)
        except Cancelled:
            self.cancelled.emit()
        except EXPECTED as exc:
            self.failed.emit(str(exc))
        else:
            self.done.emit(result)
        finally:
            # Quit from inside: a queued quit() would wait for the GUI thread, which may
            # be blocked in wait() for this very thread.
            QThread.currentThread().quit()


class Job(QObject):
    """One piece of work on its own thread: ``work(progress, cancelled) -> result``."""

    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    finished = Signal()  # after done, failed or cancelled

    def __init__(self, work: Callable, parent=None):
        super().__init__(parent)
        self._stop = threading.Event()
        self._thread = QThread(self)
        self._worker = _Worker(work, self._stop)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        for name in ("progress", "done", "failed", "cancelled"):
            getattr(self._worker, name).connect(getattr(self, name))
        self._thread.finished.connect(self.finished)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self._stop.set()

    def wait(self, ms: int = 30_000) -> bool:
        return self._thread.wait(ms)

    @property
    def running(self) -> bool:
        return self._thread.isRunning()
