"""Rehearsal writes.

A mock interview is recorded by ``core.rehearsal.session.RehearsalSession`` as it goes (every
attempt, rating and note is in the store the moment it is made, so a crash loses nothing); it is
not one operation. When a session ends, the app announces :data:`SESSION_RECORDED`.
"""

from __future__ import annotations

from sealprep.core.operations.changes import Changes

SESSION_RECORDED = Changes(rehearsal=True)
