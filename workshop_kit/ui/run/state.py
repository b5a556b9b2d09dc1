"""The facilitator's place in a running session: which activity, and its countdown.

Plain Python with an injectable clock, so the timing logic is tested without waiting
and without Qt; the run window only redraws from it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from enum import Enum

__all__ = ["RunState", "TimerPhase", "format_seconds"]


class TimerPhase(Enum):
    NORMAL = "normal"
    WARNING = "warning"  # close to the end: time to wrap up
    OVERTIME = "overtime"


class RunState:
    """Countdown per activity with start, pause, next and back.

    Each activity keeps its own elapsed time, so going back and forth never loses
    what was already spent on an activity.
    """

    def __init__(
        self,
        minutes: Sequence[int],
        *,
        warning_seconds: int = 120,
        clock: Callable[[], float] = time.monotonic,
    ):
        if not minutes:
            raise ValueError("a session needs at least one activity")
        self._planned = [m * 60 for m in minutes]
        self._elapsed = [0.0] * len(minutes)
        self._index = 0
        self._started_at: float | None = None
        self._clock = clock
        self.warning_seconds = warning_seconds

    # -- where we are ----------------------------------------------------------------
    @property
    def index(self) -> int:
        return self._index

    @property
    def count(self) -> int:
        return len(self._planned)

    @property
    def running(self) -> bool:
        return self._started_at is not None

    @property
    def is_first(self) -> bool:
        return self._index == 0

    @property
    def is_last(self) -> bool:
        return self._index == self.count - 1

    # -- time ------------------------------------------------------------------------
    def elapsed(self, index: int | None = None) -> float:
        i = self._index if index is None else index
        extra = self._clock() - self._started_at if self.running and i == self._index else 0.0
        return self._elapsed[i] + extra

    def remaining(self) -> float:
        """Seconds left in the current activity; negative when over time."""
        return self._planned[self._index] - self.elapsed()

    def phase(self) -> TimerPhase:
        left = self.remaining()
        if left < 0:
            return TimerPhase.OVERTIME
        if left <= min(self.warning_seconds, self._planned[self._index] / 2):
            return TimerPhase.WARNING
        return TimerPhase.NORMAL

    def session_elapsed(self) -> float:
        return sum(self.elapsed(i) for i in range(self.count))

    # -- actions ---------------------------------------------------------------------
    def start(self) -> None:
        if not self.running:
            self._started_at = self._clock()

    def pause(self) -> None:
        if self.running:
            self._elapsed[self._index] += self._clock() - self._started_at
            self._started_at = None

    def toggle(self) -> None:
        self.pause() if self.running else self.start()

    def go_to(self, index: int) -> bool:
        """Move to activity ``index``; the timer keeps running if it was.
        Returns False (and does nothing) when ``index`` is out of range."""
        if not 0 <= index < self.count or index == self._index:
            return False
        was_running = self.running
        self.pause()
        self._index = index
        if was_running:
            self.start()
        return True

    def next(self) -> bool:
        return self.go_to(self._index + 1)

    def back(self) -> bool:
        return self.go_to(self._index - 1)

    def reset_current(self) -> None:
        was_running = self.running
        self.pause()
        self._elapsed[self._index] = 0.0
        if was_running:
            self.start()


def format_seconds(seconds: float) -> str:
    """``mm:ss`` for a countdown, with a leading ``+`` when over time."""
    sign = "+" if seconds < 0 else ""
    whole = int(abs(seconds) + (0.999 if seconds > 0 else 0))  # 59.2 s left shows 01:00
    return f"{sign}{whole // 60:02d}:{whole % 60:02d}"
