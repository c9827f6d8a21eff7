"""The guard against PySide6 6.12.0's lost reference to True on every signal emit."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

from sealprep.ui.qt_workarounds import emit_leaks_bool_references, install_bool_reference_guard


class Emitter(QObject):
    ping = Signal()


def test_the_leak_is_detected_exactly_when_it_happens(qapp):
    emitter = Emitter()
    before = sys.getrefcount(True)
    results = [emitter.ping.emit() for _ in range(50)]  # held: a correct binding adds 50 references
    leaking = sys.getrefcount(True) < before + len(results)
    del results
    assert emit_leaks_bool_references() == leaking
    assert install_bool_reference_guard().active == leaking


def test_many_emits_never_drain_the_true_singleton(qapp):
    guard = install_bool_reference_guard()
    emitter = Emitter()
    for _ in range(5):
        for _ in range(800):
            emitter.ping.emit()
        guard.top_up()
        if guard.active:
            assert sys.getrefcount(True) >= guard._floor_true - 5  # (references held while measuring)
