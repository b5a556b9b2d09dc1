"""When something fails in the app, the user is told in words and the log gets the details:
worker jobs, the last-resort error box, the log folder button, a second start, a smoke run
and a data folder that cannot be written to."""

from __future__ import annotations

import errno
import logging
import sys
import threading

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from workshop_kit import logs, paths
from workshop_kit.cancel import Cancelled
from workshop_kit.instance import request_raise
from workshop_kit.ui.errors import ErrorReporter, describe_error
from workshop_kit.ui.jobs import Job


@pytest.fixture
def log_file(user_data):
    path = logs.setup_logging(logging.DEBUG)
    yield path
    logs.stop_logging()


def run_job(qtbot, work):
    job = Job(work)
    seen: dict = {}
    job.failed.connect(lambda message: seen.setdefault("failed", message))
    job.failure.connect(lambda failure: seen.setdefault("failure", failure))
    job.cancelled.connect(lambda: seen.setdefault("cancelled", True))
    job.done.connect(lambda result: seen.setdefault("done", result))
    with qtbot.waitSignal(job.finished, timeout=10_000):
        job.start()
    qtbot.waitUntil(lambda: bool(seen), timeout=5_000)
    return seen


def test_a_bug_in_a_job_reaches_the_user_and_the_log(qtbot, log_file):
    def work(progress, cancelled):
        raise RuntimeError("boom in the export")

    seen = run_job(qtbot, work)
    assert "Something went wrong" in seen["failed"]
    assert "Help → About → Open log folder" in seen["failed"]
    assert seen["failure"].kind == "RuntimeError" and not seen["failure"].expected
    text = log_file.read_text(encoding="utf-8")
    assert "RuntimeError: boom in the export" in text and "Traceback" in text


def test_a_bare_key_error_is_a_bug_not_a_message(qtbot, log_file):
    def work(progress, cancelled):
        return {}["missing"]

    seen = run_job(qtbot, work)
    assert "Something went wrong" in seen["failed"]


def test_a_full_disk_is_said_in_plain_words(qtbot):
    def work(progress, cancelled):
        raise OSError(errno.ENOSPC, "No space left on device", "/data/x.csv")

    seen = run_job(qtbot, work)
    assert seen["failed"] == "The disk is full: free some space and try again."
    assert seen["failure"].expected


def test_the_cores_explanation_is_passed_on(qtbot):
    def work(progress, cancelled):
        raise ValueError("no responses match these filters; choose a survey to export")

    assert run_job(qtbot, work)["failed"].startswith("no responses match")


def test_a_cancelled_csv_export_is_a_cancel_not_an_error(qtbot):
    from workshop_kit.exports import Cancelled as ExportCancelled

    assert issubclass(ExportCancelled, Cancelled)

    def work(progress, cancelled):
        raise ExportCancelled()

    assert run_job(qtbot, work) == {"cancelled": True}


def test_a_read_only_folder_is_named():
    error = PermissionError(errno.EACCES, "Permission denied", "/data/site.json")
    assert describe_error(error) == "Workshop Kit is not allowed to write here: /data/site.json"


def test_every_job_user_handles_failed():
    """Each page that starts a Job connects ``failed`` to a slot that shows the message."""
    import inspect

    from workshop_kit.ui.printing import page as print_page
    from workshop_kit.ui.results import page as results_page

    for module in (print_page, results_page):
        source = inspect.getsource(module)
        assert source.count("Job(") == source.count(".failed.connect("), module.__name__


# -- the last-resort reporter ------------------------------------------------------------


def raise_and_report(reporter, exc):
    try:
        raise exc
    except type(exc) as caught:
        reporter.handle(type(caught), caught, caught.__traceback__)


def test_uncaught_errors_show_one_box_not_a_cascade(qtbot, log_file):
    parent = QWidget()
    qtbot.addWidget(parent)
    reporter = ErrorReporter(lambda: parent)
    for _ in range(3):
        raise_and_report(reporter, RuntimeError("paint failed"))
    assert reporter.count == 3
    assert isinstance(reporter.box, QMessageBox)
    assert reporter.box.windowTitle() == "Something went wrong"
    assert "Open log folder" in reporter.box.informativeText()
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    assert len([b for b in boxes if b.isVisible()]) == 1
    reporter.box.accept()
    assert reporter.box is None
    raise_and_report(reporter, RuntimeError("paint failed"))  # the same failure again
    assert reporter.box is None
    assert log_file.read_text(encoding="utf-8").count("RuntimeError: paint failed") == 4


def test_an_error_on_another_thread_is_reported_on_the_gui_thread(qtbot, log_file):
    parent = QWidget()
    qtbot.addWidget(parent)
    reporter = ErrorReporter(lambda: parent)
    before = threading.excepthook
    reporter.install()
    try:
        thread = threading.Thread(target=lambda: 1 / 0)
        thread.start()
        thread.join()
        qtbot.waitUntil(lambda: reporter.box is not None, timeout=5_000)
    finally:
        reporter.uninstall()
    assert threading.excepthook is before
    assert "ZeroDivisionError" in log_file.read_text(encoding="utf-8")
    reporter.box.accept()


def test_the_reporter_gives_the_test_runners_hook_back():
    before = sys.excepthook
    reporter = ErrorReporter(lambda: None)
    reporter.install()
    assert sys.excepthook == reporter.handle
    reporter.uninstall()
    assert sys.excepthook is before


def test_a_smoke_run_ends_with_status_1_on_an_uncaught_error(qtbot, monkeypatch, capsys):
    codes = []
    monkeypatch.setattr(QApplication.instance(), "exit", lambda code=0: codes.append(code))
    reporter = ErrorReporter(lambda: None, smoke=True)
    raise_and_report(reporter, RuntimeError("x"))
    assert codes == [1]
    assert "unexpected error" in capsys.readouterr().err
    assert reporter.box is None


# -- About: the log folder ---------------------------------------------------------------


def test_about_opens_the_log_folder_in_the_data_folder(qtbot, user_data):
    from workshop_kit.ui.help.about import AboutDialog

    logs.stop_logging()  # no log open yet: the data folder's
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    opened = []
    dialog.open_folder = lambda folder: opened.append(folder) or True
    dialog.log_button.click()
    assert opened == [user_data / "logs"]
    assert (user_data / "logs").is_dir()
    assert dialog.log_button.accessibleName() == "Open log folder"


def test_about_opens_the_log_being_written_when_it_is_elsewhere(qtbot, tmp_path):
    from workshop_kit.ui.help.about import AboutDialog

    logs.setup_logging(folder=tmp_path / "elsewhere")  # a read-only data folder
    try:
        dialog = AboutDialog()
        qtbot.addWidget(dialog)
        opened = []
        dialog.open_folder = lambda folder: opened.append(folder) or True
        assert dialog.open_log_folder()
    finally:
        logs.stop_logging()
    assert opened == [tmp_path / "elsewhere"]


# -- the window ----------------------------------------------------------------------


def test_a_smoke_run_leaves_the_saved_window_size_alone(
    qtbot, bundled_library, settings, user_data
):
    from workshop_kit.ui.app import create_main_window

    ini = str(user_data / "window-state.ini")
    window = create_main_window(
        bundled_library, settings, QSettings(ini, QSettings.Format.IniFormat)
    )
    qtbot.addWidget(window)
    window.remember_geometry = False
    window.show()
    window.close()
    assert QSettings(ini, QSettings.Format.IniFormat).value("main_window/geometry") is None


def test_a_second_start_brings_the_window_to_the_front(qtbot, user_data):
    from workshop_kit.ui.startup import RaiseWatcher

    owner = QWidget()
    qtbot.addWidget(owner)
    watcher = RaiseWatcher(user_data, owner)
    with qtbot.waitSignal(watcher.raise_requested, timeout=5_000):
        assert request_raise(user_data)
    qtbot.waitUntil(lambda: not watcher.request.exists(), timeout=2_000)


def test_a_second_start_never_brings_the_main_window_over_the_kiosk(
    qtbot, bundled_library, settings, window_state, monkeypatch
):
    from workshop_kit.ui.app import create_main_window

    window = create_main_window(bundled_library, settings, window_state)
    qtbot.addWidget(window)
    kiosk = type("KioskWindow", (QWidget,), {})()  # stands in for ui.kiosk's window
    qtbot.addWidget(kiosk)
    kiosk.show()
    raised = []
    monkeypatch.setattr(type(window), "raise_", lambda self: raised.append("main"))
    monkeypatch.setattr(type(kiosk), "raise_", lambda self: raised.append("kiosk"))
    window.bring_to_front()
    assert raised == ["kiosk"]
    kiosk.hide()
    window.bring_to_front()
    assert raised == ["kiosk", "main"]


def test_read_only_data_folder_is_marked_and_explained(qtbot, bundled_library, settings, user_data):
    from workshop_kit.ui.app import create_main_window
    from workshop_kit.ui.startup import show_read_only

    window = create_main_window(bundled_library, settings, QSettings())
    qtbot.addWidget(window)
    box = show_read_only(window, user_data)
    assert box.windowTitle() == "Read-only data folder"
    assert str(user_data) in box.text()
    assert "cannot be saved" in box.text()
    box.accept()


def test_settings_in_a_read_only_folder_say_why_they_were_not_saved(qtbot, settings, monkeypatch):
    from workshop_kit.ui.settings.page import SettingsPage

    page = SettingsPage(settings)
    qtbot.addWidget(page)

    def refuse(path, *args, **kwargs):
        raise PermissionError(errno.EROFS, "Read-only file system", str(path))

    monkeypatch.setattr("workshop_kit.site.atomic_write_text", refuse)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    page.save()
    assert len(warned) == 1
    assert "not allowed to write here" in warned[0] and "site.json" in warned[0]


def test_the_cache_falls_back_to_a_private_temporary_folder(monkeypatch, user_data):
    monkeypatch.setattr(paths, "is_writable", lambda folder: False)
    monkeypatch.setattr(paths, "_fallback_caches", {})
    fallback = paths.writable_cache_dir()
    assert fallback != paths.cache_dir() and fallback.is_dir()
    assert paths.writable_cache_dir() == fallback  # the same one for the whole run
