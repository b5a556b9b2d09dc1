"""The session timer, driven by a fake clock."""

from __future__ import annotations

import pytest

from workshop_kit.ui.run.state import RunState, TimerPhase, format_seconds


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


@pytest.fixture
def clock():
    return Clock()


def test_countdown_runs_only_while_started(clock):
    state = RunState([10, 5], clock=clock)
    clock.now += 30
    assert state.remaining() == 600
    state.start()
    clock.now += 90
    assert state.remaining() == 510
    state.pause()
    clock.now += 500
    assert state.remaining() == 510


def test_warning_then_overtime(clock):
    state = RunState([10], warning_seconds=120, clock=clock)
    state.start()
    clock.now += 479
    assert state.phase() is TimerPhase.NORMAL
    clock.now += 2
    assert state.phase() is TimerPhase.WARNING
    clock.now += 120
    assert state.phase() is TimerPhase.OVERTIME
    assert format_seconds(state.remaining()) == "+00:01"


def test_short_activity_warns_at_half_time(clock):
    state = RunState([2], warning_seconds=120, clock=clock)
    state.start()
    clock.now += 10
    assert state.phase() is TimerPhase.NORMAL
    clock.now += 55
    assert state.phase() is TimerPhase.WARNING


def test_next_keeps_running_and_back_keeps_time_spent(clock):
    state = RunState([10, 5], clock=clock)
    state.start()
    clock.now += 100
    assert state.next()
    assert state.running and state.index == 1
    clock.now += 60
    assert state.remaining() == 240
    assert state.back()
    assert state.remaining() == 500  # 100 s already spent on the first activity
    assert state.session_elapsed() == 160


def test_cannot_step_past_either_end(clock):
    state = RunState([10, 5], clock=clock)
    assert not state.back()
    assert state.next() and state.is_last
    assert not state.next()
    assert not state.go_to(7)
    assert state.index == 1


def test_reset_current_activity(clock):
    state = RunState([10], clock=clock)
    state.start()
    clock.now += 200
    state.reset_current()
    assert state.remaining() == 600 and state.running


def test_needs_an_activity():
    with pytest.raises(ValueError):
        RunState([])


@pytest.mark.parametrize(
    ("seconds", "shown"), [(600, "10:00"), (59.2, "01:00"), (0, "00:00"), (-61, "+01:01")]
)
def test_format_seconds(seconds, shown):
    assert format_seconds(seconds) == shown
