"""Schema migrations, one function per version, applied in order inside a transaction each.

Never edit a migration that has shipped: add the next one. Bank tables are replaced wholesale on
every import; user tables (people, assignments, schedule, rehearsal history and its notes) are keyed by question id
*text* with no foreign key to the bank, so no import can ever delete them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

import sqlite_utils


def run_script(db: sqlite_utils.Database, script: str) -> None:
    """Run SQL statements one by one (``executescript`` would COMMIT the migration's transaction)."""
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            db.execute(statement)
            statement = ""
    if statement.strip():
        raise ValueError(f"incomplete SQL statement in migration: {statement.strip()[:80]}")


def _v1_bank_and_notes(db: sqlite_utils.Database) -> None:
    run_script(
        db,
        """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

        -- the bank (replaced wholesale by every import)
        CREATE TABLE levels (
            id TEXT PRIMARY KEY, position INTEGER NOT NULL, th TEXT NOT NULL, en TEXT NOT NULL,
            percent INTEGER NOT NULL, benchmarks INTEGER NOT NULL);
        CREATE TABLE dimensions (number INTEGER PRIMARY KEY, th TEXT NOT NULL, en TEXT NOT NULL);
        CREATE TABLE goals (
            id TEXT PRIMARY KEY, dimension INTEGER NOT NULL REFERENCES dimensions(number),
            position INTEGER NOT NULL, th TEXT NOT NULL, en TEXT NOT NULL);
        CREATE TABLE benchmarks (
            id TEXT PRIMARY KEY, goal_id TEXT NOT NULL REFERENCES goals(id),
            dimension INTEGER NOT NULL REFERENCES dimensions(number), position INTEGER NOT NULL,
            th TEXT NOT NULL, en TEXT NOT NULL, evidence_th TEXT NOT NULL, evidence_en TEXT NOT NULL,
            undp_comment TEXT NOT NULL);
        CREATE TABLE agencies (code TEXT PRIMARY KEY, position INTEGER NOT NULL, th TEXT NOT NULL, en TEXT NOT NULL);
        CREATE TABLE questions (
            rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,
            dimension INTEGER NOT NULL REFERENCES dimensions(number),
            question_th TEXT NOT NULL, question_en TEXT NOT NULL, tags TEXT NOT NULL,
            time_limit INTEGER, source_path TEXT NOT NULL);
        CREATE TABLE question_benchmarks (
            question_id TEXT NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
            benchmark_id TEXT NOT NULL REFERENCES benchmarks(id), position INTEGER NOT NULL,
            PRIMARY KEY (question_id, benchmark_id));
        CREATE INDEX question_benchmarks_by_benchmark ON question_benchmarks(benchmark_id);
        CREATE TABLE answers (
            question_id TEXT NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
            agency TEXT NOT NULL REFERENCES agencies(code), position INTEGER NOT NULL, body TEXT NOT NULL,
            PRIMARY KEY (question_id, agency));
        CREATE INDEX answers_by_agency ON answers(agency);
        CREATE TABLE key_points (
            question_id TEXT NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
            position INTEGER NOT NULL, text TEXT NOT NULL, PRIMARY KEY (question_id, position));
        CREATE TABLE evidence (
            question_id TEXT NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
            position INTEGER NOT NULL, title TEXT NOT NULL, url TEXT NOT NULL,
            PRIMARY KEY (question_id, position));

        -- search: text in its search form (core.thai_text.search_form), trigram-indexed
        CREATE TABLE search_documents (
            rowid INTEGER PRIMARY KEY, question_id TEXT NOT NULL UNIQUE,
            question TEXT NOT NULL, answers TEXT NOT NULL, key_points TEXT NOT NULL, evidence TEXT NOT NULL);
        CREATE VIRTUAL TABLE search_index USING fts5(
            question, answers, key_points, evidence,
            content='search_documents', content_rowid='rowid', tokenize='trigram');

        -- user data (never touched by an import)
        CREATE TABLE question_notes (
            question_id TEXT PRIMARY KEY, body TEXT NOT NULL, updated_at TEXT NOT NULL);
        """,
    )


def _v2_people(db: sqlite_utils.Database) -> None:
    run_script(
        db,
        """
        CREATE TABLE people (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (name <> ''),
            position TEXT NOT NULL DEFAULT '',
            agency TEXT NOT NULL DEFAULT '',  -- a code from agencies.yaml; no FK, the bank is replaced on import
            email TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            role TEXT NOT NULL DEFAULT 'interviewee' CHECK (role IN ('interviewee', 'secretariat')),
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL);
        CREATE INDEX people_by_agency ON people(agency);
        """,
    )


def _v3_rehearsal(db: sqlite_utils.Database) -> None:
    """Mock-interview history: sessions, one attempt per question shown, and FSRS review cards.

    ``person_id`` NULL means the laptop's own user. It refers to ``people(id)`` ON DELETE
    RESTRICT: a person who has rehearsed cannot be deleted while their history exists, so no
    history is ever lost silently (the roster must say so, or the history be moved first).
    """
    run_script(
        db,
        """
        CREATE TABLE rehearsal_sessions (
            id INTEGER PRIMARY KEY,
            person_id INTEGER REFERENCES people(id) ON DELETE RESTRICT,  -- NULL: the laptop's own user
            started_at TEXT NOT NULL,          -- ISO 8601, UTC
            ended_at TEXT,                     -- NULL while running (or after a crash)
            settings TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(settings)));
        CREATE INDEX rehearsal_sessions_by_person ON rehearsal_sessions(person_id, started_at);

        CREATE TABLE attempts (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES rehearsal_sessions(id) ON DELETE CASCADE,
            person_id INTEGER REFERENCES people(id) ON DELETE RESTRICT,
            question_id TEXT NOT NULL,         -- no FK: the bank is replaced on each import
            question_th TEXT NOT NULL DEFAULT '',  -- the wording as it was asked
            question_en TEXT NOT NULL DEFAULT '',
            dimension INTEGER,
            position INTEGER NOT NULL,         -- 0-based place in the session's plan
            started_at TEXT NOT NULL,
            seconds_used REAL NOT NULL DEFAULT 0 CHECK (seconds_used >= 0),
            time_limit INTEGER NOT NULL CHECK (time_limit > 0),
            rating INTEGER CHECK (rating BETWEEN 1 AND 4),  -- 1 Again, 2 Hard, 3 Good, 4 Easy
            rated_at TEXT,
            skipped INTEGER NOT NULL DEFAULT 0 CHECK (skipped IN (0, 1)),
            key_points_total INTEGER NOT NULL DEFAULT 0 CHECK (key_points_total >= 0),
            key_points_covered TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(key_points_covered)),
            notes TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL,
            UNIQUE (session_id, position));
        CREATE INDEX attempts_by_person ON attempts(person_id, question_id, rated_at);

        -- FSRS memory state per (person, question), rebuilt from the rated attempts on each rating
        CREATE TABLE review_cards (
            person_key TEXT NOT NULL,          -- 'me' (the laptop's own user) or 'person:<id>'
            question_id TEXT NOT NULL,
            card TEXT NOT NULL CHECK (json_valid(card)),  -- fsrs.Card.to_json()
            due TEXT NOT NULL,                 -- ISO 8601, UTC, copied from the card for ordering
            PRIMARY KEY (person_key, question_id));
        """,
    )


def _v4_assignments_and_schedule(db: sqlite_utils.Database) -> None:
    """The secretariat's data: who prepares which question, and the interview schedule."""
    run_script(
        db,
        """
        CREATE TABLE assignments (
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            question_id TEXT NOT NULL,  -- no FK: the bank is replaced on import
            role TEXT NOT NULL CHECK (role IN ('primary', 'backup')),
            updated_at TEXT NOT NULL,
            PRIMARY KEY (person_id, question_id));
        CREATE INDEX assignments_by_question ON assignments(question_id);

        CREATE TABLE assessors (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (name <> ''),
            organisation TEXT NOT NULL DEFAULT '',
            expertise TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '');
        CREATE TABLE sessions (
            id INTEGER PRIMARY KEY,
            day TEXT NOT NULL,    -- ISO date, 2026-02-09
            start TEXT NOT NULL,  -- HH:MM, 24-hour
            end TEXT NOT NULL,    -- HH:MM, 24-hour
            room TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '');
        CREATE INDEX sessions_by_day ON sessions(day, start);
        CREATE TABLE session_assessors (
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            assessor_id INTEGER NOT NULL REFERENCES assessors(id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (session_id, assessor_id));
        CREATE TABLE session_interviewees (
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (session_id, person_id));
        CREATE INDEX session_interviewees_by_person ON session_interviewees(person_id);
        """,
    )


def _v5_seal_structure(db: sqlite_utils.Database) -> None:
    """Issue 15: which framework texts are the bank's own wording, evidence owners and dates, and
    facts to confirm. Bank tables only (an import refills them); user tables are untouched."""
    run_script(
        db,
        """
        ALTER TABLE dimensions ADD COLUMN bank_wording TEXT NOT NULL DEFAULT '';  -- 'th', 'en' or 'th en'
        ALTER TABLE goals ADD COLUMN bank_wording TEXT NOT NULL DEFAULT '';
        ALTER TABLE benchmarks ADD COLUMN bank_wording TEXT NOT NULL DEFAULT '';
        ALTER TABLE evidence ADD COLUMN owner TEXT NOT NULL DEFAULT '';  -- an agency code, '' when not given
        ALTER TABLE evidence ADD COLUMN as_of TEXT;  -- ISO date, NULL when not given
        CREATE TABLE facts_to_confirm (
            question_id TEXT NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
            position INTEGER NOT NULL, fact TEXT NOT NULL, reason TEXT NOT NULL,
            agency TEXT NOT NULL,  -- the agency code to ask
            PRIMARY KEY (question_id, position));
        """,
    )


_NEW_UUID = "lower(hex(randomblob(16)))"
_NOW = "strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now')"
_SHARED_TABLES = ("people", "rehearsal_sessions", "attempts", "assessors", "sessions")
"""Rows that travel between machines in packs, so each needs an identity that is the same on
every machine (a random 128-bit id, hex) rather than its local integer id."""
_TIMESTAMPED_TABLES = ("rehearsal_sessions", "assessors", "sessions")
"""Shared rows that had no ``updated_at`` before version 6."""


def _v6_pack_identities(db: sqlite_utils.Database) -> None:
    """Stable identities and change times for packs (see docs/packs.md).

    sqlite-utils turns ``recursive_triggers`` on, so each trigger's own UPDATE is written so that
    it cannot fire a trigger again. Every shared row gets a ``uuid`` (filled for existing rows, and by a trigger for every new
    one, so no existing writer has to change). Sessions and assessors get ``updated_at``, kept
    current by a trigger on every update. ``record_history`` keeps the older version of a record
    that a pack import replaced, and ``pack_imports`` remembers every pack that was imported.
    """
    script = []
    for table in _SHARED_TABLES:
        script.append(
            f"""
            ALTER TABLE {table} ADD COLUMN uuid TEXT;
            UPDATE {table} SET uuid = {_NEW_UUID};
            CREATE UNIQUE INDEX {table}_by_uuid ON {table}(uuid);
            CREATE TRIGGER {table}_uuid AFTER INSERT ON {table} WHEN NEW.uuid IS NULL
            BEGIN UPDATE {table} SET uuid = {_NEW_UUID} WHERE rowid = NEW.rowid; END;
            """
        )
    for table in _TIMESTAMPED_TABLES:
        script.append(
            f"""
            ALTER TABLE {table} ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
            UPDATE {table} SET updated_at = {_NOW};
            CREATE TRIGGER {table}_created AFTER INSERT ON {table} WHEN NEW.updated_at = ''
            BEGIN UPDATE {table} SET updated_at = {_NOW} WHERE rowid = NEW.rowid; END;
            CREATE TRIGGER {table}_updated AFTER UPDATE ON {table}
                WHEN NEW.updated_at IS OLD.updated_at AND NEW.uuid IS OLD.uuid
            BEGIN UPDATE {table} SET updated_at = {_NOW} WHERE rowid = NEW.rowid AND updated_at IS NOT {_NOW}; END;
            """
        )
    script.append(
        """
        CREATE TABLE record_history (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,           -- person, assignment, assessor, session, rehearsal_session, attempt
            record TEXT NOT NULL,         -- the record's uuid (an assignment: '<person uuid>/<question id>')
            data TEXT NOT NULL CHECK (json_valid(data)),  -- the version that lost
            replaced_at TEXT NOT NULL,
            pack TEXT NOT NULL DEFAULT '');  -- the pack file that brought the other version
        CREATE INDEX record_history_by_record ON record_history(kind, record);
        CREATE TABLE pack_imports (
            sha256 TEXT PRIMARY KEY,      -- of the whole pack file
            kind TEXT NOT NULL CHECK (kind IN ('preparation', 'progress')),
            made_by TEXT NOT NULL DEFAULT '',
            made_at TEXT NOT NULL,
            person_uuid TEXT,             -- a personal preparation pack's or a progress pack's person
            imported_at TEXT NOT NULL,
            summary TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(summary)));
        CREATE INDEX pack_imports_by_person ON pack_imports(person_uuid, kind, made_at);
        """
    )
    run_script(db, "\n".join(script))


def _v7_drop_question_notes(db: sqlite_utils.Database) -> None:
    """``question_notes`` (version 1) was never written by any part of sealprep: notes live with
    rehearsal attempts. The file was copied to ``<file>.v6.bak`` before this runs, as always."""
    db.execute("DROP TABLE IF EXISTS question_notes")


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [
    _v1_bank_and_notes,
    _v2_people,
    _v3_rehearsal,
    _v4_assignments_and_schedule,
    _v5_seal_structure,
    _v6_pack_identities,
    _v7_drop_question_notes,
]
