"""The clocks of a mock interview, without Qt and without sleeping.

A ``Countdown`` measures how long someone has been speaking against a limit. It never cuts the
speaker off: past the limit it keeps counting into overtime, the way a panel lets an answer finish.
It reads the time only through the ``now`` function it is given (a monotonic clock in seconds),
so tests drive it with a fake clock and the Qt view simply polls it on a timer.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from enum import Enum

WARNING_SECONDS = 30.0
"""The countdown turns to its warning colour when this much time (or less) is left."""


class Phase(Enum):
    NORMAL = "normal"
    WARNING = "warning"  # 30 s or less left
    OVERTIME = "overtime"  # past the limit, still counting


def format_clock(seconds: float) -> str:
    """``m:ss`` for a non-negative number of whole seconds (minutes are not capped at 59)."""
    whole = max(0, int(seconds))
    return f"{whole // 60}:{whole % 60:02d}"


class Countdown:
    """Time used against an optional limit, with pause and resume.

    ``limit`` None makes it a plain stopwatch (no warning, no overtime): that is the session clock
    when the session has no overall limit. ``elapsed`` seeds the time already used, so returning
    to a question carries on from where the speaker stopped.
    """

    def __init__(
        self,
        limit: float | None,
        now: Callable[[], float] = time.monotonic,
        *,
        elapsed: float = 0.0,
        warning_at: float = WARNING_SECONDS,
    ):
        if limit is not None and limit <= 0:
            raise ValueError("a countdown limit must be positive")
        self.limit = limit
        self.warning_at = warning_at
        self._now = now
        self._banked = float(elapsed)  # time used in earlier running stretches
        self._started: float | None = None  # when the current running stretch began

    # -- running ----------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._started is not None

    def start(self) -> None:
        """Start or resume; does nothing when already running."""
        if self._started is None:
            self._started = self._now()

    resume = start

    def pause(self) -> None:
        """Stop counting and keep the time used; does nothing when already paused."""
        if self._started is not None:
            self._banked += max(0.0, self._now() - self._started)
            self._started = None

    def toggle(self) -> bool:
        """Pause if running, else resume; returns whether it now runs."""
        if self.running:
            self.pause()
        else:
            self.start()
        return self.running

    # -- reading ----------------------------------------------------------------------------
    @property
    def elapsed(self) -> float:
        """Seconds counted so far (running stretches only)."""
        if self._started is None:
            return self._banked
        return self._banked + max(0.0, self._now() - self._started)

    @property
    def remaining(self) -> float | None:
        """Seconds left before the limit; negative in overtime; None without a limit."""
        return None if self.limit is None else self.limit - self.elapsed

    @property
    def overtime(self) -> float:
        """Seconds beyond the limit (0 while within it)."""
        remaining = self.remaining
        return 0.0 if remaining is None or remaining >= 0 else -remaining

    @property
    def phase(self) -> Phase:
        remaining = self.remaining
        if remaining is None:
            return Phase.NORMAL
        if remaining < 0:
            return Phase.OVERTIME
        if remaining <= self.warning_at:
            return Phase.WARNING
        return Phase.NORMAL

    def text(self) -> str:
        """What the clock face shows: time left (``1:05``), ``+m:ss`` in overtime, or time used
        when there is no limit. Time left rounds up, so ``0:00`` appears only at the limit."""
        remaining = self.remaining
        if remaining is None:
            return format_clock(self.elapsed)
        if remaining < 0:
            return "+" + format_clock(math.floor(-remaining))
        return format_clock(math.ceil(remaining - 1e-9))
