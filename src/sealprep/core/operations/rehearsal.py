"""Rehearsal writes.

A mock interview is recorded by ``core.rehearsal.session.RehearsalSession`` as it goes (every
attempt, rating and note is in the store the moment it is made, so a crash loses nothing); it is
not one operation. When a session ends, the app announces :data:`SESSION_RECORDED`.
"""

from __future__ import annotations

from collections.abc import Iterable

from sealprep.core.audio.library import RecordingLibrary
from sealprep.core.operations.changes import Changes, Outcome
from sealprep.core.rehearsal import attempts
from sealprep.core.store import AttemptRecord, Store

SESSION_RECORDED = Changes(rehearsal=True)


def set_key_points(store: Store, attempt_id: int, covered: Iterable[int]) -> Outcome[None]:
    """Which key points (0-based) an attempt's answer covered, ticked while listening back."""
    with store.transaction():
        store.rehearsal.set_key_points(attempt_id, covered)
    return Outcome(None, SESSION_RECORDED)


def delete_attempt(store: Store, library: RecordingLibrary, attempt_id: int) -> Outcome[AttemptRecord | None]:
    """Delete one attempt with its recording (``core/rehearsal/attempts.py``)."""
    return Outcome(attempts.delete_attempt(store, library, attempt_id), SESSION_RECORDED)
