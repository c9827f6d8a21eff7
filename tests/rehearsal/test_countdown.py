from __future__ import annotations

import pytest

from sealprep.core.rehearsal.countdown import Countdown, Phase, format_clock


def test_counts_down_against_the_limit(monotonic):
    clock = Countdown(120, monotonic)
    assert clock.text() == "2:00" and not clock.running
    clock.start()
    monotonic.advance(0.4)
    assert clock.text() == "2:00"  # time left rounds up
    monotonic.advance(0.6)
    assert clock.text() == "1:59"
    assert clock.remaining == pytest.approx(119)
    assert clock.phase is Phase.NORMAL


def test_warning_begins_with_thirty_seconds_left(monotonic):
    clock = Countdown(120, monotonic)
    clock.start()
    monotonic.advance(89.5)
    assert clock.phase is Phase.NORMAL and clock.text() == "0:31"
    monotonic.advance(0.5)
    assert clock.phase is Phase.WARNING and clock.text() == "0:30"
    monotonic.advance(30)
    assert clock.phase is Phase.WARNING and clock.text() == "0:00"


def test_keeps_counting_into_overtime(monotonic):
    clock = Countdown(60, monotonic)
    clock.start()
    monotonic.advance(60.2)
    assert clock.phase is Phase.OVERTIME
    assert clock.text() == "+0:00"
    monotonic.advance(64.8)
    assert clock.text() == "+1:05"
    assert clock.overtime == pytest.approx(65)
    assert clock.remaining == pytest.approx(-65)


def test_pause_and_resume_leave_out_the_paused_time(monotonic):
    clock = Countdown(90, monotonic)
    clock.start()
    monotonic.advance(10)
    clock.pause()
    monotonic.advance(500)
    assert clock.elapsed == pytest.approx(10) and clock.text() == "1:20"
    assert clock.toggle() is True
    monotonic.advance(5)
    assert clock.elapsed == pytest.approx(15)
    clock.pause()
    clock.pause()  # twice is harmless
    assert clock.elapsed == pytest.approx(15)


def test_carries_on_from_time_already_used(monotonic):
    clock = Countdown(120, monotonic, elapsed=100)
    assert clock.phase is Phase.WARNING and clock.text() == "0:20"


def test_without_a_limit_it_is_a_stopwatch(monotonic):
    clock = Countdown(None, monotonic)
    clock.start()
    monotonic.advance(3725)
    assert clock.text() == "62:05"
    assert clock.remaining is None and clock.overtime == 0 and clock.phase is Phase.NORMAL


def test_a_backwards_clock_never_gives_negative_time(monotonic):
    clock = Countdown(60, monotonic)
    clock.start()
    monotonic.advance(-5)
    assert clock.elapsed == 0


@pytest.mark.parametrize("limit", [0, -1])
def test_rejects_a_limit_that_is_not_positive(monotonic, limit):
    with pytest.raises(ValueError):
        Countdown(limit, monotonic)


def test_format_clock():
    assert format_clock(0) == "0:00"
    assert format_clock(59.9) == "0:59"
    assert format_clock(600) == "10:00"
    assert format_clock(-3) == "0:00"
