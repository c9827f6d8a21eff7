"""People on the roster: interviewees and the secretariat."""

from __future__ import annotations

from dataclasses import dataclass

ROLES = ("interviewee", "secretariat")


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
