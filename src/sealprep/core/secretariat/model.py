"""The secretariat's data types: people, assignments, assessors and interview sessions.

Plain dataclasses and constants that import nothing from sealprep: the store's repositories
(``core/store/``) and the secretariat's rules (``people``, ``assignments``, ``schedule``) both
import them from here, so neither depends on the other to name a type.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time

ROLES = ("interviewee", "secretariat")


def stored_id(row_id: int | None) -> int:
    """The id of something read from the store (only an unsaved value has none)."""
    if row_id is None:
        raise ValueError("this has not been saved yet, so it has no id")
    return row_id


PRIMARY = "primary"
BACKUP = "backup"
ASSIGNMENT_ROLES = (PRIMARY, BACKUP)


@dataclass
class Person:
    name: str
    position: str = ""
    agency: str = ""
    email: str = ""
    phone: str = ""
    role: str = "interviewee"
    notes: str = ""
    id: int | None = None


@dataclass(frozen=True)
class Assignment:
    person_id: int
    question_id: str
    role: str = PRIMARY


@dataclass
class Assessor:
    """A member of the assessment panel (not on the roster: they assess, they are not assessed)."""

    name: str
    organisation: str = ""
    expertise: str = ""
    notes: str = ""
    id: int | None = None


@dataclass
class Session:
    day: date
    start: time
    end: time
    room: str = ""
    title: str = ""
    notes: str = ""
    assessor_ids: list[int] = field(default_factory=list)
    interviewee_ids: list[int] = field(default_factory=list)
    id: int | None = None

    def minutes(self) -> int:
        return (self.end.hour * 60 + self.end.minute) - (self.start.hour * 60 + self.start.minute)
