"""Rehearsal history inside the store: sessions, attempts (with notes that are never lost) and
the FSRS review cards that order "weakest first".

Every write is its own short transaction, so whatever was written before a crash is on disk:
the store runs in WAL mode with ``synchronous = NORMAL``, which survives the process being
killed (only a power cut can lose the last commits). Notes reach ``save_many_notes`` within a
second of the last keystroke, through the journal and worker thread of
``core/rehearsal/notes_saving.py``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import sqlite_utils
from fsrs import Card

from sealprep.core.rehearsal.review_schedule import Review, card_from_json, person_key, replay
from sealprep.core.store.database import transaction
from sealprep.core.thai.text import search_form


def utc_now() -> datetime:
    return datetime.now(UTC)


def _iso(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def _parse(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _row_id(rowid: int | None) -> int:
    assert rowid is not None, "an INSERT always gives a row id"
    return rowid


def _moment(text: str) -> datetime:
    """A timestamp column that is never NULL."""
    return datetime.fromisoformat(text)


@dataclass(frozen=True)
class AttemptRecord:
    """One question as it was shown in one session, and what the rehearser made of it."""

    id: int
    session_id: int
    person_id: int | None
    question_id: str
    question_th: str
    question_en: str
    dimension: int | None
    position: int
    started_at: datetime
    seconds_used: float
    time_limit: int
    rating: int | None
    rated_at: datetime | None
    skipped: bool
    key_points_total: int
    key_points_covered: tuple[int, ...]
    notes: str
    updated_at: datetime

    @property
    def coverage(self) -> float | None:
        """Share of the key points covered (0-1); None when the question has no key points."""
        if self.key_points_total <= 0:
            return None
        return len(self.key_points_covered) / self.key_points_total

    @property
    def over_time(self) -> bool:
        return self.seconds_used > self.time_limit


@dataclass(frozen=True)
class SessionRecord:
    id: int
    person_id: int | None
    started_at: datetime
    ended_at: datetime | None
    settings: dict[str, Any] = field(default_factory=dict)
    attempts: int = 0
    rated: int = 0
    seconds_used: float = 0.0


_ATTEMPT_COLUMNS = (
    "id, session_id, person_id, question_id, question_th, question_en, dimension, position, started_at, "
    "seconds_used, time_limit, rating, rated_at, skipped, key_points_total, key_points_covered, notes, updated_at"
)


def _attempt(row: Sequence[Any]) -> AttemptRecord:
    (
        aid,
        sid,
        pid,
        qid,
        th,
        en,
        dim,
        pos,
        started,
        used,
        limit,
        rating,
        rated,
        skipped,
        total,
        covered,
        notes,
        updated,
    ) = row
    return AttemptRecord(
        aid,
        sid,
        pid,
        qid,
        th,
        en,
        dim,
        pos,
        _moment(started),
        float(used),
        int(limit),
        rating,
        _parse(rated),
        bool(skipped),
        int(total),
        tuple(json.loads(covered)),
        notes,
        _moment(updated),
    )


class RehearsalStore:
    def __init__(self, db: sqlite_utils.Database):
        self.db = db

    # -- sessions ---------------------------------------------------------------------------
    def create_session(self, person_id: int | None, settings: dict[str, Any], at: datetime | None = None) -> int:
        with transaction(self.db):
            cursor = self.db.execute(
                "INSERT INTO rehearsal_sessions (person_id, started_at, settings) VALUES (?, ?, ?)",
                [person_id, _iso(at or utc_now()), json.dumps(settings, ensure_ascii=False, sort_keys=True)],
            )
        return _row_id(cursor.lastrowid)

    def end_session(self, session_id: int, at: datetime | None = None) -> None:
        with transaction(self.db):
            self.db.execute(
                "UPDATE rehearsal_sessions SET ended_at = ? WHERE id = ? AND ended_at IS NULL",
                [_iso(at or utc_now()), session_id],
            )

    def session(self, session_id: int) -> SessionRecord | None:
        found = self._sessions("WHERE s.id = ?", [session_id])
        return found[0] if found else None

    def sessions(self, person_id: int | None) -> list[SessionRecord]:
        """One person's sessions (None: the laptop's own user), newest first."""
        return self._sessions("WHERE s.person_id IS ?", [person_id])

    def _sessions(self, where: str, params: list[object]) -> list[SessionRecord]:
        rows = self.db.execute(
            f"""SELECT s.id, s.person_id, s.started_at, s.ended_at, s.settings,
                       COUNT(a.id), COUNT(a.rating), COALESCE(SUM(a.seconds_used), 0)
                FROM rehearsal_sessions s LEFT JOIN attempts a ON a.session_id = s.id
                {where} GROUP BY s.id ORDER BY s.started_at DESC, s.id DESC""",
            params,
        ).fetchall()
        return [
            SessionRecord(sid, pid, _moment(started), _parse(ended), json.loads(settings), n, rated, float(used))
            for sid, pid, started, ended, settings, n, rated, used in rows
        ]

    def rehearsed_person_ids(self) -> list[int | None]:
        """Everyone with at least one session (None: the laptop's own user)."""
        return [
            row[0] for row in self.db.execute("SELECT DISTINCT person_id FROM rehearsal_sessions ORDER BY person_id")
        ]

    def has_history(self, person_id: int) -> bool:
        """True if removing this person from the roster would be refused (ON DELETE RESTRICT)."""
        row = self.db.execute("SELECT 1 FROM rehearsal_sessions WHERE person_id = ? LIMIT 1", [person_id]).fetchone()
        return row is not None

    # -- attempts ---------------------------------------------------------------------------
    def open_attempt(
        self,
        session_id: int,
        person_id: int | None,
        question_id: str,
        position: int,
        time_limit: int,
        *,
        question_th: str = "",
        question_en: str = "",
        dimension: int | None = None,
        key_points_total: int = 0,
        at: datetime | None = None,
    ) -> int:
        """Create the attempt row for a question as soon as it is shown, so that notes typed in
        the first second already have somewhere to go."""
        now = _iso(at or utc_now())
        with transaction(self.db):
            cursor = self.db.execute(
                """INSERT INTO attempts (session_id, person_id, question_id, question_th, question_en, dimension,
                       position, started_at, time_limit, key_points_total, updated_at)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                [
                    session_id,
                    person_id,
                    question_id,
                    question_th,
                    question_en,
                    dimension,
                    position,
                    now,
                    time_limit,
                    key_points_total,
                    now,
                ],
            )
        return _row_id(cursor.lastrowid)

    def save_notes(
        self, attempt_id: int, notes: str, seconds_used: float | None = None, at: datetime | None = None
    ) -> None:
        """Write the notes (and the time used so far) in one short transaction."""
        self.save_many_notes([(attempt_id, notes, seconds_used, _iso(at or utc_now()))])

    def save_many_notes(self, entries: Iterable[tuple[int, str, float | None, str]]) -> int:
        """Write several attempts' (id, notes, seconds used or None, ISO time) in one transaction;
        returns how many attempts were written (one no longer in the store is skipped)."""
        written = 0
        with transaction(self.db):
            for attempt_id, notes, seconds_used, at in entries:
                if seconds_used is None:
                    cursor = self.db.execute(
                        "UPDATE attempts SET notes = ?, updated_at = ? WHERE id = ?", [notes, at, attempt_id]
                    )
                else:
                    cursor = self.db.execute(
                        "UPDATE attempts SET notes = ?, seconds_used = ?, updated_at = ? WHERE id = ?",
                        [notes, max(0.0, seconds_used), at, attempt_id],
                    )
                written += cursor.rowcount
        return written

    def save_time(self, attempt_id: int, seconds_used: float, at: datetime | None = None) -> None:
        with transaction(self.db):
            self.db.execute(
                "UPDATE attempts SET seconds_used = ?, updated_at = ? WHERE id = ?",
                [max(0.0, seconds_used), _iso(at or utc_now()), attempt_id],
            )

    def set_skipped(self, attempt_id: int, skipped: bool = True, at: datetime | None = None) -> None:
        with transaction(self.db):
            self.db.execute(
                "UPDATE attempts SET skipped = ?, updated_at = ? WHERE id = ?",
                [int(skipped), _iso(at or utc_now()), attempt_id],
            )

    def set_key_points(self, attempt_id: int, covered: Iterable[int], at: datetime | None = None) -> None:
        """Which key points (0-based positions) the answer covered."""
        row = self.db.execute("SELECT key_points_total FROM attempts WHERE id = ?", [attempt_id]).fetchone()
        if row is None:
            raise KeyError(f"no attempt {attempt_id}")
        points = sorted(set(covered))
        if any(p < 0 or p >= row[0] for p in points):
            raise ValueError(f"key point positions must be 0-{row[0] - 1}, not {points}")
        with transaction(self.db):
            self.db.execute(
                "UPDATE attempts SET key_points_covered = ?, updated_at = ? WHERE id = ?",
                [json.dumps(points), _iso(at or utc_now()), attempt_id],
            )

    def rate(self, attempt_id: int, rating: int | None, at: datetime | None = None) -> None:
        """Rate an attempt 1-4 (Again, Hard, Good, Easy), or clear the rating with None, and
        rebuild the person's FSRS card for the question, all in one transaction. A rated
        attempt is no longer a skipped one."""
        if rating is not None and rating not in (1, 2, 3, 4):
            raise ValueError(f"a rating must be 1-4, not {rating!r}")
        row = self.db.execute("SELECT person_id, question_id FROM attempts WHERE id = ?", [attempt_id]).fetchone()
        if row is None:
            raise KeyError(f"no attempt {attempt_id}")
        moment = _iso(at or utc_now())
        with transaction(self.db):
            self.db.execute(
                "UPDATE attempts SET rating = ?, rated_at = ?, skipped = skipped AND ? IS NULL, updated_at = ? WHERE id = ?",
                [rating, moment if rating is not None else None, rating, moment, attempt_id],
            )
            self.rebuild_card(row[0], row[1])

    def delete_attempt(self, attempt_id: int) -> AttemptRecord | None:
        """Delete one attempt (notes, rating, ticks) and rebuild the person's card for its question
        in one transaction; returns the attempt as it was, or None if there was none."""
        record = self.attempt(attempt_id)
        if record is None:
            return None
        with transaction(self.db):
            self.db.execute("DELETE FROM attempts WHERE id = ?", [attempt_id])
            self.rebuild_card(record.person_id, record.question_id)
        return record

    def attempt(self, attempt_id: int) -> AttemptRecord | None:
        row = self.db.execute(f"SELECT {_ATTEMPT_COLUMNS} FROM attempts WHERE id = ?", [attempt_id]).fetchone()
        return _attempt(row) if row else None

    def attempts(self, session_id: int) -> list[AttemptRecord]:
        """A session's attempts in the order they were planned."""
        rows = self.db.execute(
            f"SELECT {_ATTEMPT_COLUMNS} FROM attempts WHERE session_id = ? ORDER BY position", [session_id]
        )
        return [_attempt(row) for row in rows]

    def person_attempts(self, person_id: int | None, query: str = "") -> list[AttemptRecord]:
        """Every attempt of one person, newest first; with a query, only those whose notes or
        question wording contain it (a substring, as Thai has no spaces: case, Thai/ASCII
        digits and the two spellings of sara am do not matter)."""
        rows = self.db.execute(
            f"SELECT {_ATTEMPT_COLUMNS} FROM attempts WHERE person_id IS ? ORDER BY started_at DESC, id DESC",
            [person_id],
        )
        attempts = [_attempt(row) for row in rows]
        needle = search_form(query).strip()
        if not needle:
            return attempts
        return [
            a
            for a in attempts
            if needle in search_form(f"{a.notes}\n{a.question_th}\n{a.question_en}\n{a.question_id}")
        ]

    def latest_rated(self, person_id: int | None) -> dict[str, AttemptRecord]:
        """Each question's latest attempt (by when it was asked) that this person rated."""
        rows = self.db.execute(
            f"""SELECT {_ATTEMPT_COLUMNS} FROM attempts WHERE person_id IS ? AND rating IS NOT NULL
                ORDER BY started_at, id""",
            [person_id],
        )
        latest: dict[str, AttemptRecord] = {}
        for row in rows:
            record = _attempt(row)
            latest[record.question_id] = record  # later rows overwrite earlier ones
        return latest

    # -- FSRS cards -------------------------------------------------------------------------
    def rebuild_card(self, person_id: int | None, question_id: str) -> Card | None:
        """Replay this person's rated attempts of the question into its card (or drop the card
        when none is left)."""
        reviews = [
            Review(_moment(at), rating)
            for at, rating in self.db.execute(
                "SELECT rated_at, rating FROM attempts WHERE person_id IS ? AND question_id = ? AND rating IS NOT NULL",
                [person_id, question_id],
            )
        ]
        card = replay(reviews)
        key = person_key(person_id)
        with transaction(self.db):
            if card is None:
                self.db.execute("DELETE FROM review_cards WHERE person_key = ? AND question_id = ?", [key, question_id])
            else:
                self.db.execute(
                    "INSERT OR REPLACE INTO review_cards (person_key, question_id, card, due) VALUES (?, ?, ?, ?)",
                    [key, question_id, card.to_json(), _iso(card.due)],
                )
        return card

    def cards(self, person_id: int | None) -> dict[str, Card]:
        rows = self.db.execute(
            "SELECT question_id, card FROM review_cards WHERE person_key = ?", [person_key(person_id)]
        )
        return {qid: card_from_json(text) for qid, text in rows}

    # -- assignments (owned by the secretariat) ----------------------------------------------
