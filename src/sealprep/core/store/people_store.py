"""The roster inside the store."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime

import sqlite_utils

from sealprep.core.secretariat.model import ROLES, Person
from sealprep.core.secretariat.people import sort_people
from sealprep.core.store.database import transaction

_COLUMNS = ("name", "position", "agency", "email", "phone", "role", "notes")


_MANY = 1000
"""From this many people on, ``save_many`` gives SQLite a larger page cache while it writes."""


@contextmanager
def _large_cache(conn: sqlite3.Connection, wanted: bool) -> Iterator[None]:
    """A 64 MB page cache for the connection meanwhile: a large import updates the table and its
    indexes (the uuid one at random places) faster when their pages stay in memory."""
    if not wanted:
        yield
        return
    (before,) = conn.execute("PRAGMA cache_size").fetchone()
    conn.execute("PRAGMA cache_size = -65536")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {int(before)}")


class PersonInUseError(ValueError):
    """The person cannot be removed: other records (rehearsal history) must keep them."""


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class PeopleStore:
    def __init__(self, db: sqlite_utils.Database):
        self.db = db

    def list(self) -> list[Person]:
        """Everyone, in roster order: by name, titles ignored, Thai dictionary order
        (``people.sort_people``)."""
        rows = self.db.execute(f"SELECT {', '.join(_COLUMNS)}, id FROM people")
        return sort_people(Person(*row) for row in rows)

    def get(self, person_id: int) -> Person | None:
        row = self.db.execute(f"SELECT {', '.join(_COLUMNS)}, id FROM people WHERE id = ?", [person_id]).fetchone()
        return Person(*row) if row else None

    def save(self, person: Person) -> Person:
        """Insert (id None) or update a person; returns it with its id."""
        self.save_many([person])
        return person

    def save_many(self, people: Sequence[Person]) -> None:
        """Insert (id None) or update every person in one transaction; each gets its id."""
        for person in people:
            if not person.name.strip():
                raise ValueError("a person needs a name")
            if person.role not in ROLES:
                raise ValueError(f"role must be one of {', '.join(ROLES)}")
        now = _now()
        # the uuid (see migrations: 32 random hex digits) is given here rather than left to the
        # insert trigger, which would update every new row once more
        insert = (
            f"INSERT INTO people ({', '.join(_COLUMNS)}, created_at, updated_at, uuid) "
            f"VALUES ({', '.join('?' * (len(_COLUMNS) + 3))})"
        )
        update = f"UPDATE people SET {', '.join(c + ' = ?' for c in _COLUMNS)}, updated_at = ? WHERE id = ?"

        def values(p: Person) -> list[str]:
            return [p.name, p.position, p.agency, p.email, p.phone, p.role, p.notes]

        conn = self.db.conn
        with _large_cache(conn, len(people) >= _MANY), transaction(self.db):
            conn.executemany(update, [[*values(p), now, p.id] for p in people if p.id is not None])
            new = [p for p in people if p.id is None]
            if new:
                # one executemany for the new people; holding the write lock, SQLite numbers the rows
                # one after another from the highest id, so the ids are read back in order
                (highest,) = conn.execute("SELECT COALESCE(MAX(id), 0) FROM people").fetchone()
                conn.executemany(insert, [[*values(p), now, now, os.urandom(16).hex()] for p in new])
                ids = [row[0] for row in conn.execute("SELECT id FROM people WHERE id > ? ORDER BY id", [highest])]
                if len(ids) != len(new):
                    raise RuntimeError(
                        "people were added by someone else during an import"
                    )  # cannot happen under the lock
                for person, person_id in zip(new, ids, strict=True):
                    person.id = person_id

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
