"""What an operation changed, so the views that show it refresh."""

from __future__ import annotations

from collections.abc import Iterable
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

    @classmethod
    def of(cls, areas: Iterable[str]) -> Changes:
        """From area names (``"bank"``, ``"people"`` ...), as a pack import reports them; ``"me"``
        (who this laptop rehearses as) is shown with the people."""
        names = {f.name for f in fields(cls)}
        wanted = {("people" if area == "me" else area) for area in areas}
        return cls(**{name: True for name in wanted if name in names})

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
