"""What an operation changed, so the views that show it refresh."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Changes:
    """Which kinds of data an operation changed (all False: nothing)."""

    bank: bool = False
    people: bool = False
    assignments: bool = False
    schedule: bool = False
    rehearsal: bool = False
    preferences: bool = False
    display: bool = False
    """A preference that changes how numbers and dates are shown (the digit style)."""

    def __or__(self, other: Changes) -> Changes:
        return Changes(**{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)})

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))


NOTHING = Changes()


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """An operation's result (``value``) and what it changed."""

    value: T
    changes: Changes
