"""Work-arounds for bugs in the Qt binding that sealprep cannot avoid by writing code differently.

PySide6 6.12.0 on Python 3.11: ``SignalInstance.emit()`` returns ``True`` without taking a
reference to it. Every ``signal.emit(...)`` made from Python therefore drops one reference from
the ``True`` singleton, and after a few thousand emits the interpreter aborts ("bool_dealloc:
deallocating True or False"), usually at exit, sometimes in the middle of work. (Python 3.12 and
later make ``True`` immortal, so there it is harmless.)

``BoolReferenceGuard`` detects the leak once at start-up and, only if present, keeps ``True``'s
reference count above where it started by holding spare references, topped up from a timer and
whenever ``top_up()`` is called (the tests call it after each test). Each spare costs 8 bytes.
Remove this module when the project requires a PySide6 without the bug.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QTimer, Signal

TOP_UP_INTERVAL_MS = 250
_MARGIN = 1000


class _Probe(QObject):
    ping = Signal()


def emit_leaks_bool_references() -> bool:
    """True if emitting a signal from Python loses a reference to ``True`` (see module doc)."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(20):
        probe.ping.emit()
    leaked = sys.getrefcount(True) < before - 10
    _spares.extend([True] * max(0, before - sys.getrefcount(True)))  # give back what the probe took
    return leaked


_spares: list[bool] = []


class BoolReferenceGuard(QObject):
    """Keeps ``True`` and ``False`` from being freed while a leaking binding is in use."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.active = emit_leaks_bool_references()
        self._floor_true = sys.getrefcount(True) + _MARGIN
        self._floor_false = sys.getrefcount(False) + _MARGIN
        self.top_up()
        self._timer = QTimer(self)
        self._timer.setInterval(TOP_UP_INTERVAL_MS)
        self._timer.timeout.connect(self.top_up)
        if self.active:
            self._timer.start()

    def top_up(self) -> None:
        if not self.active:
            return
        for value, floor in ((True, self._floor_true), (False, self._floor_false)):
            deficit = floor - sys.getrefcount(value)
            if deficit > 0:
                _spares.extend([value] * deficit)


_guard: BoolReferenceGuard | None = None


def install_bool_reference_guard(parent: QObject | None = None) -> BoolReferenceGuard:
    """Install the guard once per process (idempotent); returns it."""
    global _guard
    if _guard is None:
        _guard = BoolReferenceGuard(parent)
    return _guard
