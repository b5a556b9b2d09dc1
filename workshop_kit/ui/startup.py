"""What the app checks as it starts: is it already open on this data folder, and can it
write there? Each answer that matters to the user becomes a message in their language.

- A second start on the same data folder says so and brings the first window to the
  front (:mod:`workshop_kit.instance`: a lock file, and a request file the first app
  watches with a QFileSystemWatcher; no socket, the app never opens one).
- A data folder that cannot be written to opens the app read-only: it says so once, marks
  the window, and does not offer the first-time setup (which could not be saved).
- The integrity check of the survey data, every read of workshop files for the listing
  and, after each unlock, folding the kiosk's saves (``WorkshopStore.fold_sealed``) run
  on workers (:class:`DataStart`), so opening 3,000 workshops keeps the window as quick
  as opening 30.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from workshop_kit.ui.i18n import locale_number
from workshop_kit.ui.raise_watcher import RaiseWatcher

if TYPE_CHECKING:  # the app imports this module before its first paint; these wait
    from PySide6.QtWidgets import QMainWindow, QMessageBox

    from workshop_kit.ui.jobs import Job

__all__ = [
    "DataStart",
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
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("startup", "Workshop Kit is already open"),
        already_open_text(folder),
        QMessageBox.StandardButton.Ok,
    )
    box.exec()


def show_read_only(window: QMainWindow, folder: Path) -> QMessageBox:
    """Mark the window read-only and say why (a box that does not block)."""
    from PySide6.QtWidgets import QLabel, QMessageBox

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


class DataStart(QObject):
    """The work on the survey data that grows with it, off the window's thread.

    - the start-up check (``WorkshopStore.check``: quarantine damaged files, restore
      backups) runs once on a worker; ``checked(notes, problems)`` when it is done;
    - the listing reads no file on the window's thread
      (``WorkshopStore.keep_listing_reads_off``): a summary that is missing or stale
      (no index yet, a file changed behind the store's back) is read by one listing job
      on a worker, and ``listing_ready`` tells the pages to list again: when it is done,
      and ``listing_partial`` every few seconds meanwhile, so a long first listing (a
      folder sealed by an upgrade, without an index yet) fills in as it goes;
      ``listing_moved(done, total)``
      follows it (``listing_progress`` is the latest, or None when no listing runs);
    - the fold pass after an unlock waits for the check and for the listing (both are
      what the user waits for; the fold only makes later reads quicker).

    The status bar says what runs and when it is done.
    """

    checked = Signal(object, object)  # list[RecoveryNote], tuple[StorageError, ...]
    listing_ready = Signal()
    listing_moved = Signal(int, int)  # workshops read, of how many (a listing runs)
    listing_partial = Signal()  # some read, more to come

    #: seconds between two partial listings while a long listing runs
    PARTIAL_LISTING_S = 2.0

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.check_job: Job | None = None
        self.listing_job: Job | None = None
        self.fold_job: Job | None = None
        self._fold_after_check = False
        self._listing_again = False
        self.check_done = False
        self.listing_progress: tuple[int, int] | None = None
        self._listing_pending = False
        # False from ``wait_for_pages`` until the window's pages have made their first
        # listing (which finds what must be read): a fold started before it would take
        # the cores the first listing needs
        self._pages_listed = True
        self._partial_at = 0.0

    def _status(self, text: str, ms: int = 0) -> None:
        self.window.statusBar().showMessage(text, ms)

    def watch(self, store) -> None:
        """Keep ``store``'s listing reads off this (the GUI) thread from now on."""
        store.keep_listing_reads_off(threading.current_thread(), self._on_listing_stale)
        self.store = store

    # -- the check ----------------------------------------------------------------
    def start_check(self, checked_store, before: Callable[[], object] | None = None) -> Job:
        """Run ``before`` (sealing a folder made before encryption), then the check."""

        from workshop_kit.ui.jobs import Job

        def work(_progress, _cancelled):
            if before is not None:
                before()
            notes = checked_store.check()
            return notes, checked_store.check_problems()

        self._status(QCoreApplication.translate("startup", "Checking the workshop data…"))
        job = Job(work, self)
        job.done.connect(self._on_check_done)
        job.failed.connect(self._on_check_failed)
        self.check_job = job
        job.start()
        return job

    def _on_check_done(self, result) -> None:
        notes, problems = result
        self.check_done = True
        if notes or problems:
            text = QCoreApplication.translate(
                "startup", "Workshop data checked: Workshop Kit found a problem (see the message)."
            )
        else:
            text = QCoreApplication.translate(
                "startup", "Workshop data checked: no problems found."
            )
        self._status(text, 10_000)
        self.checked.emit(notes, problems)
        if notes:  # repaired files have new versions: read their summaries again
            self._on_listing_stale(len(notes))
        self._fold_if_waiting()

    def _on_check_failed(self, message: str) -> None:
        self.check_done = True
        self._status(
            QCoreApplication.translate(
                "startup", "The workshop data could not be checked: {reason}"
            ).format(reason=message)
        )
        self._fold_if_waiting()

    # -- the listing ----------------------------------------------------------------
    def _on_listing_stale(self, _count: int) -> None:
        """A listing on this thread left workshops out: read them on a worker (once)."""
        if self.listing_job is not None and self.listing_job.running:
            self._listing_again = True
            return
        self._listing_pending = True  # a fold asked for meanwhile waits for it
        QTimer.singleShot(0, self._start_listing)

    def _start_listing(self) -> None:
        self._listing_pending = False
        if self.listing_job is not None and self.listing_job.running:
            return
        store = self.store
        self.listing_job = self._worker(
            self.listing_job,
            lambda progress, cancelled: store.refresh_listing(progress, cancelled),
            self._on_listing_progress,
            self._on_listing_done,
        )
        self._status(QCoreApplication.translate("startup", "Reading the list of workshops…"))
        self.listing_progress = (0, 0)
        self.listing_moved.emit(0, 0)
        self._partial_at = time.monotonic()
        self.listing_job.failed.connect(self._on_listing_failed)
        self.listing_job.start()

    def _worker(self, old: Job | None, work, on_progress, on_done) -> Job:
        """A new job for ``work`` (``old``, finished, is retired), reporting its progress
        and result to the given slots and its failure to the status bar; not started."""
        from workshop_kit.ui.jobs import Job

        if old is not None:
            old.retire()
        job = Job(work, self)
        job.progress.connect(on_progress)
        job.done.connect(on_done)
        job.failed.connect(self._status)
        return job

    def _on_listing_progress(self, done: int, total: int) -> None:
        self._status(listing_progress_text(done, total))
        self.listing_progress = (done, total)
        self.listing_moved.emit(done, total)
        now = time.monotonic()
        if now - self._partial_at >= self.PARTIAL_LISTING_S and done < total:
            self._partial_at = now
            self.listing_partial.emit()  # what is read so far, listed now

    def _on_listing_done(self, _read: int) -> None:
        self._status(QCoreApplication.translate("startup", "The list of workshops is ready."), 5000)
        again, self._listing_again = self._listing_again, False
        self.listing_progress = None
        self.listing_ready.emit()  # the pages list again (and may find more stale)
        if again:
            QTimer.singleShot(0, self._start_listing)
        else:
            self._fold_if_waiting()

    def _on_listing_failed(self, _message: str) -> None:
        self.listing_progress = None
        self.listing_ready.emit()
        self._fold_if_waiting()

    def _listing_runs(self) -> bool:
        return (
            not self._pages_listed
            or self._listing_pending
            or (self.listing_job is not None and self.listing_job.running)
        )

    def wait_for_pages(self) -> None:
        """The window's pages are not built yet: no fold until :meth:`pages_listed`."""
        self._pages_listed = False

    def pages_listed(self) -> None:
        """The pages have listed the workshops (a long listing, if one is needed, is
        pending or running now): a fold waiting for that may start when it ends."""
        self._pages_listed = True
        store = getattr(self, "store", None)  # set by ``watch``
        if store is not None:
            # what the pages know (no file read here): workshops it leaves out start the
            # long listing on a worker (``_on_listing_stale``), which the fold waits for
            store.workshop_summaries()
        self._fold_if_waiting()

    # -- folding ----------------------------------------------------------------
    def start_fold(self) -> Job | None:
        """After an unlock: fold the answers the kiosk saved one by one into each sealed
        workshop's folded boxes (``WorkshopStore.fold_sealed``), on a worker, one
        workshop at a time, so the next reads are quick. Nothing to fold: no message.
        While the start-up check runs (it may restore files), the fold waits for it."""
        store = getattr(self, "store", None)  # set by ``watch``
        if store is not None and self._pages_listed:
            # what the pages know now that the data are open (no file read here): the
            # workshops it leaves out start the long listing, which the fold waits for
            store.workshop_summaries()
        if (not self.check_done and self.check_job is not None) or self._listing_runs():
            self._fold_after_check = True  # started when the check and the listing are done
            return None
        if self.fold_job is not None and self.fold_job.running:
            return self.fold_job
        store = self.store
        job = self.fold_job = self._worker(
            self.fold_job,
            lambda progress, cancelled: store.fold_sealed(progress, cancelled),
            self._on_fold_progress,
            self._on_fold_done,
        )
        job.start()
        return job

    def _fold_if_waiting(self) -> None:
        if self._listing_runs() or (not self.check_done and self.check_job is not None):
            return
        if self._fold_after_check:
            self._fold_after_check = False
            self.start_fold()

    def cancel_fold(self) -> None:
        """The data are about to lock: stop folding after the workshop being written."""
        self._fold_after_check = False
        if self.fold_job is not None and self.fold_job.running:
            self.fold_job.cancel()

    def _on_fold_progress(self, done: int, total: int) -> None:
        self._status(
            QCoreApplication.translate(
                "startup", "Preparing the survey answers for quick reading: {done} of {total}…"
            ).format(done=locale_number(done), total=locale_number(total))
        )

    def _on_fold_done(self, folded: int) -> None:
        if folded:
            self._status(
                QCoreApplication.translate(
                    "startup", "The survey answers are ready for quick reading."
                ),
                5000,
            )

    def stop(self) -> None:
        """Stop and wait for every job (the window closes)."""
        for job in (self.fold_job, self.listing_job, self.check_job):
            if job is not None and job.running:
                job.cancel()
                job.wait()


def listing_progress_text(done: int, total: int) -> str:
    """What a running listing says (the status bar, the Workshops page)."""
    if not total:
        return QCoreApplication.translate("startup", "Reading the list of workshops…")
    return QCoreApplication.translate(
        "startup", "Reading the list of workshops: {done} of {total}…"
    ).format(done=locale_number(done), total=locale_number(total))
