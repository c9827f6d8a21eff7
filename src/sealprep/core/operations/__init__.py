"""Operations: every write a user starts, as one core function that owns its transaction.

An operation takes the store (and plain values), makes the whole change or none of it, and
returns an :class:`Outcome`: its result plus a :class:`Changes` value saying which kinds of data
changed. The desktop app runs operations through ``AppContext.run`` (or, for long ones, on a
worker thread, ``ui/secretariat/background.py``), and ``AppContext`` turns the ``Changes`` into
its signals in one place, so no view opens a transaction or tells other views what changed.

One module per domain: ``bank`` (save, delete, undo/redo of question edits), ``people`` (save,
remove, roster import), ``assignments`` (replace, import), ``schedule`` (sessions, assessors,
assessment days), ``preferences``.
"""

from __future__ import annotations

from sealprep.core.operations.changes import NOTHING, Changes, Outcome

__all__ = ["NOTHING", "Changes", "Outcome"]
