"""The interview schedule inside the store: assessors, sessions, who sits in each, and the
assessment block (first and last day, kept in the meta table)."""

from __future__ import annotations

from datetime import date, time

import sqlite_utils

from sealprep.core.secretariat.model import Assessor, Session
from sealprep.core.store.database import transaction

_BLOCK_KEYS = ("schedule.first_day", "schedule.last_day")


def _time(text: str) -> time:
    hour, minute = text.split(":")
    return time(int(hour), int(minute))


def _hhmm(moment: time) -> str:
    return f"{moment.hour:02d}:{moment.minute:02d}"


class ScheduleStore:
    def __init__(self, db: sqlite_utils.Database):
        self.db = db

    # -- assessors ------------------------------------------------------------------------
    def assessors(self) -> list[Assessor]:
        """The panel in the order they were added."""
        rows = self.db.execute("SELECT name, organisation, expertise, notes, id FROM assessors ORDER BY id")
        return [Assessor(*row) for row in rows]

    def assessor(self, assessor_id: int) -> Assessor | None:
        row = self.db.execute(
            "SELECT name, organisation, expertise, notes, id FROM assessors WHERE id = ?", [assessor_id]
        ).fetchone()
        return Assessor(*row) if row else None

    def save_assessor(self, assessor: Assessor) -> Assessor:
        if not assessor.name.strip():
            raise ValueError("an assessor needs a name")
        values = [assessor.name.strip(), assessor.organisation.strip(), assessor.expertise.strip(), assessor.notes]
        with transaction(self.db):
            if assessor.id is None:
                assessor.id = self.db.execute(
                    "INSERT INTO assessors (name, organisation, expertise, notes) VALUES (?, ?, ?, ?)", values
                ).lastrowid
            else:
                self.db.execute(
                    "UPDATE assessors SET name = ?, organisation = ?, expertise = ?, notes = ? WHERE id = ?",
                    [*values, assessor.id],
                )
        return assessor

    def remove_assessor(self, assessor_id: int) -> None:
        """Remove an assessor; they leave every session they were on."""
        with transaction(self.db):
            self.db.execute("DELETE FROM assessors WHERE id = ?", [assessor_id])

    # -- sessions -------------------------------------------------------------------------
    def sessions(
        self, day: date | None = None, person_id: int | None = None, assessor_id: int | None = None
    ) -> list[Session]:
        """Sessions in time order, optionally of one day, one interviewee or one assessor."""
        clauses: list[str] = []
        params: list[object] = []
        if day is not None:
            clauses.append("s.day = ?")
            params.append(day.isoformat())
        if person_id is not None:
            clauses.append("s.id IN (SELECT session_id FROM session_interviewees WHERE person_id = ?)")
            params.append(person_id)
        if assessor_id is not None:
            clauses.append("s.id IN (SELECT session_id FROM session_assessors WHERE assessor_id = ?)")
            params.append(assessor_id)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = self.db.execute(
            f"SELECT s.id, s.day, s.start, s.end, s.room, s.title, s.notes FROM sessions s {where} ORDER BY s.day, s.start, s.end, s.id",
            params,
        ).fetchall()
        sessions = {
            sid: Session(date.fromisoformat(day_text), _time(start), _time(end), room, title, notes, id=sid)
            for sid, day_text, start, end, room, title, notes in rows
        }
        if sessions:
            ids = ",".join(str(i) for i in sessions)
            for sid, aid in self.db.execute(
                f"SELECT session_id, assessor_id FROM session_assessors WHERE session_id IN ({ids}) ORDER BY position, assessor_id"
            ):
                sessions[sid].assessor_ids.append(aid)
            for sid, pid in self.db.execute(
                f"SELECT session_id, person_id FROM session_interviewees WHERE session_id IN ({ids}) ORDER BY position, person_id"
            ):
                sessions[sid].interviewee_ids.append(pid)
        return list(sessions.values())

    def session(self, session_id: int) -> Session | None:
        found = [s for s in self.sessions() if s.id == session_id]
        return found[0] if found else None

    def save_session(self, session: Session) -> Session:
        """Insert (id None) or update a session with its panel and interviewees, in one transaction.

        A session ending at or before its start is refused here; overlaps are allowed (and shown
        as conflicts) because a schedule is often drafted in that state.
        """
        if session.end <= session.start:
            raise ValueError("a session must end after it starts")
        values = [
            session.day.isoformat(),
            _hhmm(session.start),
            _hhmm(session.end),
            session.room.strip(),
            session.title.strip(),
            session.notes,
        ]
        with transaction(self.db):
            if session.id is None:
                session.id = self.db.execute(
                    "INSERT INTO sessions (day, start, end, room, title, notes) VALUES (?, ?, ?, ?, ?, ?)", values
                ).lastrowid
            else:
                self.db.execute(
                    "UPDATE sessions SET day = ?, start = ?, end = ?, room = ?, title = ?, notes = ? WHERE id = ?",
                    [*values, session.id],
                )
                self.db.execute("DELETE FROM session_assessors WHERE session_id = ?", [session.id])
                self.db.execute("DELETE FROM session_interviewees WHERE session_id = ?", [session.id])
            self.db.conn.executemany(
                "INSERT INTO session_assessors (session_id, assessor_id, position) VALUES (?, ?, ?)",
                [(session.id, a, i) for i, a in enumerate(dict.fromkeys(session.assessor_ids))],
            )
            self.db.conn.executemany(
                "INSERT INTO session_interviewees (session_id, person_id, position) VALUES (?, ?, ?)",
                [(session.id, p, i) for i, p in enumerate(dict.fromkeys(session.interviewee_ids))],
            )
        return session

    def remove_session(self, session_id: int) -> None:
        with transaction(self.db):
            self.db.execute("DELETE FROM sessions WHERE id = ?", [session_id])

    # -- the assessment block -------------------------------------------------------------
    def block(self) -> tuple[date, date] | None:
        """(first day, last day) of the assessment, if the secretariat has set it."""
        stored = dict(self.db.execute("SELECT key, value FROM meta WHERE key IN (?, ?)", _BLOCK_KEYS).fetchall())
        if not all(k in stored for k in _BLOCK_KEYS):
            return None
        return date.fromisoformat(stored[_BLOCK_KEYS[0]]), date.fromisoformat(stored[_BLOCK_KEYS[1]])

    def set_block(self, first: date, last: date) -> None:
        if last < first:
            raise ValueError("the assessment's last day comes before its first")
        if (last - first).days > 31:
            raise ValueError("an assessment block longer than a month is surely a typing mistake")
        with transaction(self.db):
            self.db.conn.executemany(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                zip(_BLOCK_KEYS, (first.isoformat(), last.isoformat())),
            )
