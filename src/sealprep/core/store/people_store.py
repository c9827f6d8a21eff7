"""The roster inside the store."""

from __future__ import annotations

import sqlite3
from dataclasses import astuple
from datetime import UTC, datetime

import sqlite_utils

from sealprep.core.secretariat.model import ROLES, Person
from sealprep.core.store.database import transaction

_COLUMNS = ("name", "position", "agency", "email", "phone", "role", "notes")


class PersonInUseError(ValueError):
    """The person cannot be removed: other records (rehearsal history) must keep them."""


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class PeopleStore:
    def __init__(self, db: sqlite_utils.Database):
        self.db = db

    def list(self) -> list[Person]:
        """Everyone, sorted by name (Thai collation is close enough to code-point order here)."""
        rows = self.db.execute(f"SELECT {', '.join(_COLUMNS)}, id FROM people ORDER BY name, id")
        return [Person(*row) for row in rows]

    def get(self, person_id: int) -> Person | None:
        row = self.db.execute(f"SELECT {', '.join(_COLUMNS)}, id FROM people WHERE id = ?", [person_id]).fetchone()
        return Person(*row) if row else None

    def save(self, person: Person) -> Person:
        """Insert (id None) or update a person; returns it with its id."""
        if not person.name.strip():
            raise ValueError("a person needs a name")
        if person.role not in ROLES:
            raise ValueError(f"role must be one of {', '.join(ROLES)}")
        values = astuple(person)[: len(_COLUMNS)]
        with transaction(self.db):
            if person.id is None:
                cursor = self.db.execute(
                    f"INSERT INTO people ({', '.join(_COLUMNS)}, created_at, updated_at) VALUES ({', '.join('?' * (len(_COLUMNS) + 2))})",
                    [*values, _now(), _now()],
                )
                person.id = cursor.lastrowid
            else:
                self.db.execute(
                    f"UPDATE people SET {', '.join(c + ' = ?' for c in _COLUMNS)}, updated_at = ? WHERE id = ?",
                    [*values, _now(), person.id],
                )
        return person

    def remove(self, person_id: int) -> None:
        """Remove a person with their assignments and session places (ON DELETE CASCADE).

        Raises ``PersonInUseError`` when a table that must keep the person (ON DELETE RESTRICT,
        such as rehearsal history) still refers to them; nothing is removed then.
        """
        try:
            with transaction(self.db):
                self.db.execute("DELETE FROM people WHERE id = ?", [person_id])
        except sqlite3.IntegrityError as exc:
            raise PersonInUseError(
                "this person has records that must be kept (such as rehearsal history), so they stay on the roster"
            ) from exc
