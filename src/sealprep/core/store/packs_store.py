"""Records that travel in packs, read and written by their machine-independent ``uuid``.

A record is a plain dict[str, Any]: its columns, with every reference to another shared row given as that
row's uuid instead of a local id (``person``, ``session``). ``core.packs`` decides what to do
with them; this module only moves them in and out of the tables.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlite_utils


@dataclass(frozen=True)
class RecordKind:
    name: str
    table: str
    columns: tuple[str, ...]
    refs: tuple[tuple[str, str, str], ...] = ()
    """(record key, local column, referenced table)"""


PERSON = RecordKind(
    "person", "people", ("name", "position", "agency", "email", "phone", "role", "notes", "created_at", "updated_at")
)
ASSESSOR = RecordKind("assessor", "assessors", ("name", "organisation", "expertise", "notes", "updated_at"))
SESSION = RecordKind("session", "sessions", ("day", "start", "end", "room", "title", "notes", "updated_at"))
REHEARSAL_SESSION = RecordKind(
    "rehearsal_session",
    "rehearsal_sessions",
    ("started_at", "ended_at", "settings", "updated_at"),
    (("person", "person_id", "people"),),
)
ATTEMPT = RecordKind(
    "attempt",
    "attempts",
    (
        "question_id",
        "question_th",
        "question_en",
        "dimension",
        "position",
        "started_at",
        "seconds_used",
        "time_limit",
        "rating",
        "rated_at",
        "skipped",
        "key_points_total",
        "key_points_covered",
        "notes",
        "updated_at",
    ),
    (("session", "session_id", "rehearsal_sessions"), ("person", "person_id", "people")),
)
ME_KEY = "me.person_uuid"


def now_text() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class PacksStore:
    def __init__(self, db: sqlite_utils.Database):
        self.db = db

    # -- shared records ---------------------------------------------------------------------
    def records(
        self, kind: RecordKind, where: str = "", params: list[Any] | tuple[Any, ...] = (), me: str | None = None
    ) -> list[dict[str, Any]]:
        """Records of one kind; ``where`` filters the table aliased ``t``. A NULL person (the
        laptop's own user) is given as ``me`` when that is known."""
        selected = [f"t.{column}" for column in kind.columns]
        for key, column, table in kind.refs:
            lookup = f"(SELECT uuid FROM {table} WHERE id = t.{column})"
            selected.append(f"COALESCE({lookup}, ?) AS {key}" if key == "person" else f"{lookup} AS {key}")
        fill = [me for key, _, _ in kind.refs if key == "person"]
        sql = f"SELECT t.uuid, {', '.join(selected)} FROM {kind.table} t {where} ORDER BY t.rowid"
        cursor = self.db.execute(sql, [*fill, *params])
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]

    def record(self, kind: RecordKind, uuid: str, me: str | None = None) -> dict[str, Any] | None:
        found = self.records(kind, "WHERE t.uuid = ?", [uuid], me)
        return found[0] if found else None

    def local_id(self, table: str, uuid: str | None) -> int | None:
        if uuid is None:
            return None
        row = self.db.execute(f"SELECT id FROM {table} WHERE uuid = ?", [uuid]).fetchone()
        return row[0] if row else None

    def local_ids(self, table: str) -> dict[str, int]:
        return dict(self.db.execute(f"SELECT uuid, id FROM {table}"))

    def _values(self, kind: RecordKind, record: dict[str, Any], keep: dict[str, Any] | None) -> dict[str, Any]:
        values = {column: record.get(column, (keep or {}).get(column)) for column in kind.columns}
        for key, column, table in kind.refs:
            values[column] = self.local_id(table, record.get(key))
        return values

    def insert(self, kind: RecordKind, record: dict[str, Any], overrides: dict[str, Any] | None = None) -> int:
        values = {"uuid": record["uuid"], **self._values(kind, record, None), **(overrides or {})}
        values = {column: value for column, value in values.items() if column in record or value is not None}
        columns = ", ".join(values)
        cursor = self.db.execute(
            f"INSERT INTO {kind.table} ({columns}) VALUES ({', '.join('?' * len(values))})", list(values.values())
        )
        return int(cursor.lastrowid or 0)

    def update(self, kind: RecordKind, record: dict[str, Any], local: dict[str, Any], keep_refs: bool = False) -> None:
        """Overwrite a record's columns (those missing from ``record`` keep ``local``'s values)."""
        values = self._values(kind, record, local)
        if keep_refs:
            for _, column, _ in kind.refs:
                values.pop(column)
        assignments = ", ".join(f"{column} = ?" for column in values)
        self.db.execute(f"UPDATE {kind.table} SET {assignments} WHERE uuid = ?", [*values.values(), record["uuid"]])

    def delete(self, kind: RecordKind, uuid: str) -> None:
        self.db.execute(f"DELETE FROM {kind.table} WHERE uuid = ?", [uuid])

    # -- interview sessions' panels and interviewees ----------------------------------------
    def session_members(self, session_uuid: str) -> tuple[list[str], list[str]]:
        """(assessor uuids, interviewee uuids) in their order."""
        assessors = [
            row[0]
            for row in self.db.execute(
                """SELECT a.uuid FROM session_assessors sa JOIN assessors a ON a.id = sa.assessor_id
                   JOIN sessions s ON s.id = sa.session_id WHERE s.uuid = ? ORDER BY sa.position""",
                [session_uuid],
            )
        ]
        people = [
            row[0]
            for row in self.db.execute(
                """SELECT p.uuid FROM session_interviewees si JOIN people p ON p.id = si.person_id
                   JOIN sessions s ON s.id = si.session_id WHERE s.uuid = ? ORDER BY si.position""",
                [session_uuid],
            )
        ]
        return assessors, people

    def set_session_members(self, session_uuid: str, assessors: list[str], people: list[str]) -> None:
        session_id = self.local_id("sessions", session_uuid)
        self.db.execute("DELETE FROM session_assessors WHERE session_id = ?", [session_id])
        self.db.execute("DELETE FROM session_interviewees WHERE session_id = ?", [session_id])
        for table, column, refs, uuids in (
            ("session_assessors", "assessor_id", "assessors", assessors),
            ("session_interviewees", "person_id", "people", people),
        ):
            ids = [i for i in (self.local_id(refs, u) for u in dict.fromkeys(uuids)) if i is not None]
            self.db.conn.executemany(
                f"INSERT INTO {table} (session_id, {column}, position) VALUES (?, ?, ?)",
                [(session_id, local, position) for position, local in enumerate(ids)],
            )

    def session_uuids_of(self, person_uuid: str) -> list[str]:
        return [
            row[0]
            for row in self.db.execute(
                """SELECT DISTINCT s.uuid FROM sessions s JOIN session_interviewees si ON si.session_id = s.id
                   JOIN people p ON p.id = si.person_id WHERE p.uuid = ?""",
                [person_uuid],
            )
        ]

    # -- assignments ------------------------------------------------------------------------
    def assignments(self, person_uuids: list[str] | None = None) -> list[dict[str, Any]]:
        """Assignments as {person, question_id, role, updated_at}; of some people, or everyone's."""
        rows = self.db.execute(
            """SELECT p.uuid, a.question_id, a.role, a.updated_at FROM assignments a
               JOIN people p ON p.id = a.person_id ORDER BY p.uuid, a.question_id"""
        ).fetchall()
        wanted = None if person_uuids is None else set(person_uuids)
        return [
            {"person": person, "question_id": question, "role": role, "updated_at": updated}
            for person, question, role, updated in rows
            if wanted is None or person in wanted
        ]

    def put_assignment(self, person_id: int, record: dict[str, Any]) -> None:
        self.db.execute(
            """INSERT INTO assignments (person_id, question_id, role, updated_at) VALUES (?, ?, ?, ?)
               ON CONFLICT(person_id, question_id) DO UPDATE SET role = excluded.role, updated_at = excluded.updated_at""",
            [person_id, record["question_id"], record["role"], record["updated_at"]],
        )

    def delete_assignment(self, person_id: int, question_id: str) -> None:
        self.db.execute("DELETE FROM assignments WHERE person_id = ? AND question_id = ?", [person_id, question_id])

    # -- history, imports, "me" -------------------------------------------------------------
    def keep_in_history(self, kind: str, record: str, data: dict[str, Any], pack: str) -> bool:
        """Keep a version that lost (once: the same version is never kept twice)."""
        text = json.dumps(data, ensure_ascii=False, sort_keys=True)
        if self.db.execute(
            "SELECT 1 FROM record_history WHERE kind = ? AND record = ? AND data = ?", [kind, record, text]
        ).fetchone():
            return False
        self.db.execute(
            "INSERT INTO record_history (kind, record, data, replaced_at, pack) VALUES (?, ?, ?, ?, ?)",
            [kind, record, text, now_text(), pack],
        )
        return True

    def history(self, kind: str, record: str) -> list[dict[str, Any]]:
        rows = self.db.execute(
            "SELECT data FROM record_history WHERE kind = ? AND record = ? ORDER BY id", [kind, record]
        )
        return [json.loads(row[0]) for row in rows]

    def was_imported(self, sha256: str) -> bool:
        return self.db.execute("SELECT 1 FROM pack_imports WHERE sha256 = ?", [sha256]).fetchone() is not None

    def record_import(
        self, sha256: str, manifest: dict[str, Any], person_uuid: str | None, summary: dict[str, Any]
    ) -> None:
        self.db.execute(
            """INSERT OR IGNORE INTO pack_imports (sha256, kind, made_by, made_at, person_uuid, imported_at, summary)
               VALUES (?, ?, ?, ?, ?, ?, ?)""",
            [
                sha256,
                manifest["kind"],
                str(manifest.get("made_by", "")),
                manifest["made_at"],
                person_uuid,
                now_text(),
                json.dumps(summary, ensure_ascii=False, sort_keys=True),
            ],
        )

    def latest_progress(self) -> dict[int, datetime]:
        """Each person's newest progress pack imported here: person id -> when it was made."""
        rows = self.db.execute(
            """SELECT p.id, MAX(i.made_at) FROM pack_imports i JOIN people p ON p.uuid = i.person_uuid
               WHERE i.kind = 'progress' GROUP BY p.id"""
        )
        return {person: datetime.fromisoformat(made) for person, made in rows}

    def meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [key, value])

    def me_uuid(self) -> str | None:
        return self.meta(ME_KEY)

    def me_person_id(self) -> int | None:
        """The roster id of the person this laptop rehearses as (set by a personal preparation
        pack), or None."""
        return self.local_id("people", self.me_uuid())

    def person_uuid(self, person_id: int) -> str | None:
        row = self.db.execute("SELECT uuid FROM people WHERE id = ?", [person_id]).fetchone()
        return row[0] if row else None
