"""Operations on the interview schedule: sessions, the assessor panel, the assessment days."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sealprep.core.operations.changes import Changes, Outcome
from sealprep.core.secretariat.model import Assessor, Session
from sealprep.core.store import Store

SCHEDULE = Changes(schedule=True)


def save_session(store: Store, session: Session) -> Outcome[Session]:
    """Add (id None) or update a session; ValueError (nothing saved) when it is not valid."""
    with store.transaction():
        saved = store.schedule.save_session(session)
    return Outcome(saved, SCHEDULE)


def remove_session(store: Store, session_id: int) -> Outcome[None]:
    with store.transaction():
        store.schedule.remove_session(session_id)
    return Outcome(None, SCHEDULE)


def save_assessors(store: Store, assessors: Iterable[Assessor], removed_ids: Iterable[int] = ()) -> Outcome[None]:
    """Remove the assessors ``removed_ids`` and save ``assessors``, all or nothing."""
    with store.transaction():
        for assessor_id in removed_ids:
            store.schedule.remove_assessor(assessor_id)
        for assessor in assessors:
            store.schedule.save_assessor(assessor)
    return Outcome(None, SCHEDULE)


def set_assessment_days(store: Store, first: date, last: date) -> Outcome[None]:
    """The first and last day of the assessment; ValueError when they are not in order."""
    with store.transaction():
        store.schedule.set_block(first, last)
    return Outcome(None, SCHEDULE)
