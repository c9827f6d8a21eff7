"""The interview schedule of the external assessment: assessors, sessions and their conflicts.

The assessment is a block of days (in 2026 the BMA's was 9-13 February, 2569 in the Buddhist
era). Each session has a date, a start and end time, a room, the assessor panel and the
interviewees. Dates are kept as ISO dates and times as 24-hour ``HH:MM``; only their display
changes with the interface language and the digit style (``core/thai/dates.py``).

What counts as a conflict (``find_conflicts``):

- a person (or an assessor) in two sessions that overlap in time on the same day;
- two overlapping sessions in the same room;
- a session with no interviewee;
- a session that ends at or before its start.

Two sessions that merely touch (one ends at 10.00, the next starts at 10.00) do not overlap.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import TYPE_CHECKING

from sealprep.core.secretariat.model import Assessor as Assessor  # re-exported: the types live in model
from sealprep.core.secretariat.model import Session as Session
from sealprep.core.secretariat.people import clean_text
from sealprep.core.thai import dates
from sealprep.core.thai.dates import parse_date as parse_date  # re-exported: the schedule reads dates people type
from sealprep.core.thai.text import to_ascii_digits

if TYPE_CHECKING:
    from sealprep.core.store import Store


PERSON_OVERLAP = "person_overlap"
ASSESSOR_OVERLAP = "assessor_overlap"
ROOM_OVERLAP = "room_overlap"
NO_INTERVIEWEE = "no_interviewee"
BAD_TIME = "bad_time"

CONFLICT_TEMPLATES = {
    PERSON_OVERLAP: "{subject} is in two sessions at the same time",
    ASSESSOR_OVERLAP: "assessor {subject} is in two sessions at the same time",
    ROOM_OVERLAP: "room {subject} holds two sessions at the same time",
    NO_INTERVIEWEE: "a session with no interviewee",
    BAD_TIME: "the session ends at or before its start",
}


@dataclass(frozen=True)
class Conflict:
    kind: str
    session_ids: tuple[int | None, ...]
    """The sessions concerned (None: a session being drafted, not saved yet)."""
    subject_id: int | None = None
    """The person or assessor concerned, if any."""
    subject: str = ""
    """Their name, or the room."""

    @property
    def message(self) -> str:
        return CONFLICT_TEMPLATES[self.kind].format(subject=self.subject)


def find_conflicts(
    sessions: Iterable[Session],
    person_names: Mapping[int, str] | None = None,
    assessor_names: Mapping[int, str] | None = None,
) -> list[Conflict]:
    """Every conflict in a list of sessions (pure: the store is not needed)."""
    person_names = person_names or {}
    assessor_names = assessor_names or {}
    sessions = sorted(sessions, key=lambda s: (s.day, s.start, s.end, s.id or 0))
    conflicts: list[Conflict] = []
    for session in sessions:
        if session.end <= session.start:
            conflicts.append(Conflict(BAD_TIME, (session.id,)))
        if not session.interviewee_ids:
            conflicts.append(Conflict(NO_INTERVIEWEE, (session.id,)))
    valid = [s for s in sessions if s.end > s.start]
    for index, first in enumerate(valid):
        for second in valid[index + 1 :]:
            if second.day != first.day or second.start >= first.end:
                break  # sorted by (day, start): no later session can overlap `first` either
            pair = (first.id, second.id)
            for person_id in sorted(set(first.interviewee_ids) & set(second.interviewee_ids)):
                conflicts.append(
                    Conflict(PERSON_OVERLAP, pair, person_id, person_names.get(person_id, f"#{person_id}"))
                )
            for assessor_id in sorted(set(first.assessor_ids) & set(second.assessor_ids)):
                conflicts.append(
                    Conflict(ASSESSOR_OVERLAP, pair, assessor_id, assessor_names.get(assessor_id, f"#{assessor_id}"))
                )
            if first.room.strip() and clean_text(first.room).casefold() == clean_text(second.room).casefold():
                conflicts.append(Conflict(ROOM_OVERLAP, pair, None, clean_text(first.room)))
    return conflicts


def schedule_conflicts(store: Store) -> list[Conflict]:
    people = {p.id: p.name for p in store.people.list() if p.id is not None}
    assessors = {a.id: a.name for a in store.schedule.assessors() if a.id is not None}
    return find_conflicts(store.schedule.sessions(), people, assessors)


def sessions_for_person(store: Store, person_id: int) -> list[Session]:
    """The person's sessions in time order (the profile and the briefing sheet use this)."""
    return store.schedule.sessions(person_id=person_id)


def assessment_days(store: Store) -> list[date]:
    """The days the schedule shows: the assessment block, plus any day that has a session."""
    days = {s.day for s in store.schedule.sessions()}
    block = store.schedule.block()
    if block:
        first, last = block
        days |= {first + timedelta(days=n) for n in range((last - first).days + 1)}
    return sorted(days)


# -- reading what people type -------------------------------------------------------------------
_TIME = re.compile(r"^(\d{1,2})(?:\s*[:.]\s*(\d{2}))?$")
_COMPACT_TIME = re.compile(r"^(\d{1,2})(\d{2})$")


def parse_time(text: str) -> time:
    """``9:30``, ``09.30``, ``๙.๓๐ น.``, ``0930``, ``9`` -> 09:30 (24-hour). ValueError otherwise."""
    cleaned = clean_text(to_ascii_digits(text)).casefold()
    for suffix in ("น.", "นาฬิกา", "น", "hrs", "h"):
        if cleaned.endswith(suffix):
            cleaned = cleaned[: -len(suffix)].strip()
            break
    match = _TIME.match(cleaned) or _COMPACT_TIME.match(cleaned)
    if not match:
        raise ValueError(f"'{text}' is not a time (write it as 09:30 or 9.30)")
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if hour > 23 or minute > 59:
        raise ValueError(f"'{text}' is not a time of day")
    return time(hour, minute)


# -- showing a session's times --------------------------------------------------------------------


def display_span(session: Session, language: str = "th", digits: str = "thai") -> str:
    """``09.00-10.30 น.`` / ``09:00-10:30`` (see ``core/thai/dates.py``)."""
    return dates.display_span(session.start, session.end, language, digits)
