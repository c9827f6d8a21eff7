"""Operations on past attempts that reach beyond the store: deleting an attempt deletes its
recording too (recordings are files beside the store, see ``core/audio/library.py``)."""

from __future__ import annotations

from sealprep.core.audio.library import RecordingLibrary
from sealprep.core.store import AttemptRecord, Store


def delete_attempt(store: Store, library: RecordingLibrary, attempt_id: int) -> AttemptRecord | None:
    """Delete an attempt and its own recording; returns the attempt as it was (None: no such)."""
    record = store.rehearsal.delete_attempt(attempt_id)
    if record is not None:
        library.delete_attempt(attempt_id)
    return record
