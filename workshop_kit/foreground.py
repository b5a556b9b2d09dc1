"""Work a person is waiting for goes first: background passes step aside for it.

The start-up check of the issue "Survey data a thief can't read" reads every workshop
file on a worker, for seconds on a programme lead's 3,000 workshops. Python runs one
thread at a time, so a Results read started meanwhile (Ctrl+3 a few seconds after the
window opened) shared the interpreter with it: it took twice as long, and the window's
own thread waited behind both (pauses of 100 ms and more). Work someone waits for runs
inside :func:`foreground`; a background pass calls :func:`step_aside` between its units
(one file), which waits while any foreground work runs. Nothing here knows about Qt.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

__all__ = ["begin", "busy", "foreground", "step_aside"]

_state = threading.Condition()
_running = 0


@contextmanager
def foreground() -> Iterator[None]:
    """Mark the work inside as waited for: :func:`step_aside` waits until it ends."""
    end = begin()
    try:
        yield
    finally:
        end()


def begin() -> Callable[[], None]:
    """Foreground work that ends elsewhere (a read on a worker whose results the window
    then shows): returns the call that ends it (later calls do nothing)."""
    global _running
    with _state:
        _running += 1
    ended = [False]

    def end() -> None:
        global _running
        with _state:
            if ended[0]:
                return
            ended[0] = True
            _running -= 1
            _state.notify_all()

    return end


def busy() -> bool:
    """Whether foreground work is running now."""
    return _running > 0


def step_aside(timeout: float = 10.0) -> bool:
    """Wait while foreground work runs (at most ``timeout`` seconds at a time, so a
    background pass is delayed, never stopped, even by foreground work that never said
    it ended). True if it had to wait."""
    if not _running:
        return False
    with _state:
        _state.wait_for(lambda: _running == 0, timeout)
    return True
