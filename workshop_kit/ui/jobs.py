"""Long work off the GUI thread: analysis, exports, imports.

``Job(work)`` runs ``work(progress, cancelled)`` on its own QThread and reports through
signals, so the window never freezes. ``cancel()`` asks the work to stop; core functions
then raise :class:`workshop_kit.cancel.Cancelled` and leave nothing half-written.

Every other exception ends in ``failed(message)``, the message already in the user's
language (``ui.errors.describe_error``): the core's own explanation for a request that
cannot be met (``ValueError``, ``LookupError``), plain words for a file problem
(``OSError``), and for anything else, a bug, "something went wrong; the details are in
the log". ``failure(JobFailure)`` carries the same message with the exception's type and
whether it was expected; the traceback of an unexpected one is written to the log.

A job's thread and worker belong to no Qt parent and are kept in ``_LIVE`` until they have
ended: a dialog or page deleted while its job runs (an unlock dialog accepted a moment before
its thread returned) must not destroy a running QThread, which aborts the whole program
("QThread: Destroyed while thread is still running"). A job whose owner is gone is asked to
stop, its signals go nowhere, and its thread is freed at the next job's start. At exit the
program waits for the threads still running (after asking them to stop).
"""

from __future__ import annotations

import atexit
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QThread, Signal

from workshop_kit.cancel import Cancelled
from workshop_kit.ui.errors import describe_error

__all__ = ["EXPECTED", "Job", "JobFailure"]

log = logging.getLogger("workshop_kit.jobs")

#: errors whose message explains themselves; anything else is a bug (logged in full)
EXPECTED = (ValueError, OSError, LookupError)


def is_expected(exc: BaseException) -> bool:
    # A bare KeyError or IndexError says only "'x'": a bug, not an explanation.
    return isinstance(exc, EXPECTED) and type(exc) not in (KeyError, IndexError)


@dataclass(frozen=True)
class JobFailure:
    """Why a job failed: the user's message and what the log needs."""

    message: str  # in the interface language
    kind: str  # the exception's class name
    expected: bool


class _Worker(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)  # the exception, turned into words on the GUI thread
    cancelled = Signal()

    def __init__(self, work: Callable, stop: threading.Event):
        super().__init__()
        self.work, self.stop = work, stop

    def run(self) -> None:
        try:
            result = self.work(self.progress.emit, self.stop.is_set)
        except Cancelled:
            self.cancelled.emit()
        except Exception as exc:
            if is_expected(exc):
                log.info("job stopped: %s", type(exc).__name__)
            else:
                log.error("job failed with an unexpected error", exc_info=True)
            self.failed.emit(exc)
        else:
            self.done.emit(result)
        finally:
            # Quit from inside: a queued quit() would wait for the GUI thread, which may
            # be blocked in wait() for this very thread.
            QThread.currentThread().quit()


#: (thread, worker, stop) of every job started and not yet seen finished
_LIVE: set[tuple[QThread, _Worker, threading.Event]] = set()


def _forget_finished() -> None:
    for entry in [entry for entry in _LIVE if entry[0].isFinished()]:
        _LIVE.discard(entry)


@atexit.register
def _wait_for_running_jobs(ms: int = 30_000) -> None:
    for _thread, _worker, stop in _LIVE:
        stop.set()
    for thread, _worker, _stop in list(_LIVE):
        thread.wait(ms)
    _LIVE.clear()


class Job(QObject):
    """One piece of work on its own thread: ``work(progress, cancelled) -> result``."""

    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(str)  # the message for the user, in their language
    failure = Signal(object)  # JobFailure, emitted just before ``failed``
    cancelled = Signal()
    finished = Signal()  # after done, failed or cancelled

    def __init__(self, work: Callable, parent=None):
        super().__init__(parent)
        self._stop = threading.Event()
        self._thread = QThread()  # no parent: see the module's docstring
        self._worker = _Worker(work, self._stop)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        for name in ("progress", "done", "cancelled"):
            getattr(self._worker, name).connect(getattr(self, name))
        self._worker.failed.connect(self._on_worker_failed)
        self._thread.finished.connect(self.finished)
        stop = self._stop  # not ``self``: the job is being destroyed when this runs
        self.destroyed.connect(lambda *_: stop.set())  # nobody waits for its result now

    def _on_worker_failed(self, exc: BaseException) -> None:
        failure = JobFailure(describe_error(exc), type(exc).__name__, is_expected(exc))
        self.failure.emit(failure)
        self.failed.emit(failure.message)

    def start(self) -> None:
        _forget_finished()
        _LIVE.add((self._thread, self._worker, self._stop))
        self._thread.start()

    def cancel(self) -> None:
        self._stop.set()

    def wait(self, ms: int = 30_000) -> bool:
        return self._thread.wait(ms)

    def retire(self) -> None:
        """Free this finished job (its thread and worker) once the event loop is idle.

        A page keeps its last job to ask whether it still runs; when it starts the next one
        it retires the old, so jobs do not pile up over a day of refreshes."""
        if not self.running:
            self.deleteLater()

    @property
    def running(self) -> bool:
        return self._thread.isRunning()
