"""Who prepares which question, inside the store.

One row per (person, question) with a role, ``primary`` or ``backup``. Questions are referred to
by id text with no foreign key, so replacing the bank never deletes an assignment; removing a
person removes theirs (ON DELETE CASCADE).
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime

import sqlite_utils

from sealprep.core.secretariat.model import ASSIGNMENT_ROLES, Assignment
from sealprep.core.store.database import transaction


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _check_role(role: str) -> None:
    if role not in ASSIGNMENT_ROLES:
        raise ValueError(f"an assignment's role must be one of {', '.join(ASSIGNMENT_ROLES)}, not {role!r}")


class AssignmentsStore:
    def __init__(self, db: sqlite_utils.Database):
        self.db = db

    # -- read -----------------------------------------------------------------------------
    def list(self, person_id: int | None = None, question_id: str | None = None) -> list[Assignment]:
        """Assignments, optionally of one person and/or one question; by person, then question."""
        clauses: list[str] = []
        params: list[object] = []
        if person_id is not None:
            clauses.append("person_id = ?")
            params.append(person_id)
        if question_id is not None:
            clauses.append("question_id = ?")
            params.append(question_id)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = self.db.execute(
            f"SELECT person_id, question_id, role FROM assignments {where} ORDER BY person_id, question_id", params
        )
        return [Assignment(*row) for row in rows]

    def for_person(self, person_id: int) -> dict[str, str]:
        """question id -> role."""
        return {a.question_id: a.role for a in self.list(person_id=person_id)}

    def assigned_person_ids(self) -> set[int]:
        """Everyone who holds at least one assignment."""
        return {row[0] for row in self.db.execute("SELECT DISTINCT person_id FROM assignments")}

    def question_ids_for(self, person_id: int | None) -> builtins.list[str]:
        """A person's assigned questions, primary before backup, then in bank order.

        ``None`` is the laptop's own user, who has no assignments. Questions that have left the
        bank keep their place after those still in it.
        """
        if person_id is None:
            return []
        rows = self.db.execute(
            """SELECT a.question_id FROM assignments a LEFT JOIN questions q ON q.id = a.question_id
               WHERE a.person_id = ?
               ORDER BY CASE a.role WHEN 'primary' THEN 0 ELSE 1 END, q.rowid IS NULL, q.rowid, a.question_id""",
            [person_id],
        )
        return [row[0] for row in rows]

    def for_question(self, question_id: str) -> dict[int, str]:
        """person id -> role."""
        return {a.person_id: a.role for a in self.list(question_id=question_id)}

    def count(self) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM assignments").fetchone()[0])

    # -- change ---------------------------------------------------------------------------
    def set(self, person_id: int, question_id: str, role: str) -> None:
        self.set_many([Assignment(person_id, question_id, role)])

    def set_many(self, assignments: Iterable[Assignment]) -> None:
        """Add or change the role of each assignment, in one transaction."""
        assignments = list(assignments)
        for assignment in assignments:
            _check_role(assignment.role)
        now = _now()
        with transaction(self.db):
            self.db.conn.executemany(
                "INSERT INTO assignments (person_id, question_id, role, updated_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(person_id, question_id) DO UPDATE SET role = excluded.role, updated_at = excluded.updated_at "
                "WHERE role <> excluded.role",
                [(a.person_id, a.question_id, a.role, now) for a in assignments],
            )

    def remove(self, person_id: int, question_id: str) -> None:
        with transaction(self.db):
            self.db.execute("DELETE FROM assignments WHERE person_id = ? AND question_id = ?", [person_id, question_id])

    def replace_for_person(self, person_id: int, roles: Mapping[str, str]) -> None:
        """Make ``roles`` (question id -> role) exactly the person's assignments."""
        for role in roles.values():
            _check_role(role)
        with transaction(self.db):
            current = self.for_person(person_id)
            for question_id in set(current) - set(roles):
                self.db.execute(
                    "DELETE FROM assignments WHERE person_id = ? AND question_id = ?", [person_id, question_id]
                )
            self.set_many(Assignment(person_id, q, r) for q, r in roles.items() if current.get(q) != r)

    def replace_for_question(self, question_id: str, roles: Mapping[int, str]) -> None:
        """Make ``roles`` (person id -> role) exactly the question's assignments."""
        for role in roles.values():
            _check_role(role)
        with transaction(self.db):
            current = self.for_question(question_id)
            for person_id in set(current) - set(roles):
                self.db.execute(
                    "DELETE FROM assignments WHERE person_id = ? AND question_id = ?", [person_id, question_id]
                )
            self.set_many(Assignment(p, question_id, r) for p, r in roles.items() if current.get(p) != r)

    def replace_all(self, assignments: Iterable[Assignment]) -> None:
        """Make ``assignments`` the whole table (an import with --replace), in one transaction."""
        assignments = list(assignments)
        with transaction(self.db):
            self.db.execute("DELETE FROM assignments")
            self.set_many(assignments)
