"""Counting references to ``None`` in a child process, so that a leaking Qt fails a test
instead of killing the test run.

PySide6 6.12.0 on Python 3.11 drops one reference to ``None`` on every Qt call that
returns nothing (``setText``, ``setEnabled``, ``setRowCount``, ...). A fresh Python with
Qt loaded holds only about 5,000 references to ``None``; when the count reaches 0 the
process aborts with ``Fatal Python error: none_dealloc``. Measured inside the pytest
process, a leak would therefore kill the whole run (or every later test), so each
measurement runs in a fresh interpreter:

* the child first takes a *ballast* of extra references to ``None`` (a long list of
  them), so a leaking Qt can be measured to the end instead of aborting half-way; the
  same for ``True`` and ``False``, which 6.12.0 leaks too (``bool_dealloc``) on calls
  returning a bool, such as a signal's ``emit``;
* it reports what it measured as one JSON line on stdout, then leaves with
  ``os._exit`` (a normal interpreter shutdown would release the ballast and then
  deallocate ``None`` if references leaked);
* exceptions raised in Qt slots and virtual methods (which Qt only prints) are collected
  through ``sys.excepthook`` and reported, so "no exception" can be asserted.

From Python 3.12 on, ``None`` is immortal: ``sys.getrefcount(None)`` is a constant and a
dropped reference can no longer free it, so there is nothing to count. The counting tests
skip there (:data:`needs_mortal_none`) and :data:`KNOWN_LEAKING_QT` is checked instead, on
every Python, because one constraints file serves 3.11 too.
"""

from __future__ import annotations

import gc
import importlib
import json
import os
import subprocess
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
MARKER = "NONE-REFS "

#: PySide6 releases known to leak references to None (version -> what goes wrong).
KNOWN_LEAKING_QT = {
    "6.12.0": "drops a reference to None on every Qt call returning nothing; "
    "on Python 3.11 a running session aborts with 'Fatal Python error: none_dealloc'",
}

NONE_IS_IMMORTAL = sys.version_info >= (3, 12)
needs_mortal_none = pytest.mark.skipif(
    NONE_IS_IMMORTAL,
    reason="None is immortal on Python >= 3.12: sys.getrefcount(None) is constant and a "
    "dropped reference cannot free it; test_installed_qt_is_not_a_known_leaking_release "
    "guards the version instead",
)

#: extra references to None, True and False that the child holds (8 bytes each: 48 MB)
BALLAST = 2_000_000


def none_refs() -> int:
    """References to None now, after a collection (so garbage does not count)."""
    gc.collect()
    return sys.getrefcount(None)


def bool_refs() -> int:
    """References to True and False together, after a collection."""
    gc.collect()
    return sys.getrefcount(True) + sys.getrefcount(False)


def run_child(target: str, timeout: float = 300) -> dict[str, Any]:
    """Run ``target`` ("package.module:function") in a fresh Python, Qt offscreen, and
    return the dict it returned. Fails the test (with the child's output) if the child
    died, e.g. of ``none_dealloc``, or reported no result."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONFAULTHANDLER="1")
    code = f"from tests.ui.none_refs import child_main; child_main({target!r})"
    try:
        done = subprocess.run(
            [sys.executable, "-c", code],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired as exc:
        raise AssertionError(f"{target} did not finish in {timeout:.0f} s") from exc
    lines = [line for line in done.stdout.splitlines() if line.startswith(MARKER)]
    if done.returncode != 0 or not lines:
        tail = "\n".join(done.stderr.splitlines()[-30:])
        raise AssertionError(
            f"{target} died (exit code {done.returncode}) before reporting:\n{tail}"
        )
    report = json.loads(lines[-1][len(MARKER) :])
    report["stderr"] = done.stderr
    print(f"{target}: " + json.dumps({k: v for k, v in report.items() if k != "stderr"}))
    return report


def child_main(target: str) -> None:
    """Entry point of the child process (see :func:`run_child`)."""
    ballast = [None, True, False] * BALLAST  # noqa: F841 - held until os._exit
    errors: list[str] = []

    def collect(kind, value, tb) -> None:
        errors.append("".join(traceback.format_exception(kind, value, tb)))
        sys.__excepthook__(kind, value, tb)

    sys.excepthook = collect
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    module_name, function_name = target.split(":")
    function: Callable[[], dict[str, Any]] = getattr(
        importlib.import_module(module_name), function_name
    )
    started, cpu_started = time.perf_counter(), time.process_time()
    try:
        report = function()
    except BaseException:
        report = {}
        errors.append(traceback.format_exc())
    report["seconds"] = round(time.perf_counter() - started, 2)
    report["cpu_seconds"] = round(time.process_time() - cpu_started, 2)
    report["errors"] = errors
    import PySide6

    report["pyside"] = PySide6.__version__
    report["python"] = sys.version.split()[0]
    sys.stdout.write(MARKER + json.dumps(report) + "\n")
    sys.stdout.flush()
    sys.stderr.flush()
    del app
    os._exit(0)
