"""A job whose owner is deleted while its thread runs: the program must go on (Qt aborts the
whole process when a running QThread is destroyed). Run in a child process, so that a
regression fails this test instead of killing the test run."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

CHILD = textwrap.dedent(
    """
    import sys, threading, time
    from PySide6.QtCore import QCoreApplication, QObject, QTimer
    from shiboken6 import Shiboken
    from workshop_kit.ui.jobs import Job

    app = QCoreApplication([])
    started, seen = threading.Event(), {}

    def work(_progress, cancelled):
        started.set()
        for _ in range(200):  # up to 2 s, or until asked to stop
            if cancelled():
                seen["stopped"] = True
                return None
            time.sleep(0.01)
        return None

    owner = QObject()
    job = Job(work, owner)
    job.start()
    started.wait(5)
    Shiboken.delete(owner)  # the dialog closes: its children go with it, mid-run
    del job
    QTimer.singleShot(300, app.quit)
    app.exec()
    print("alive", seen.get("stopped", False), flush=True)
    """
)


def test_deleting_the_owner_of_a_running_job_neither_aborts_nor_leaves_it_running():
    done = subprocess.run(
        [sys.executable, "-c", CHILD],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["alive", "True"]  # asked to stop when its owner went
