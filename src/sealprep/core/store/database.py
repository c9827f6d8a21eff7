"""Opening a store file: pragmas, schema version, migrations, and transactions."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from sealprep.core.store.migrations import MIGRATIONS

LATEST_VERSION = len(MIGRATIONS)


class StoreError(Exception):
    """A store that cannot be used as it is; the message says why and what to do."""


class StoreTooNewError(StoreError):
    pass


def schema_version(db: sqlite_utils.Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def connect(path: str | Path) -> sqlite_utils.Database:
    """A connection with the pragmas every part of sealprep relies on (no migrations)."""
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=10)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 10000")
    if str(path) != ":memory:":
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    return sqlite_utils.Database(conn)


@contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[None]:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any exception: all or nothing."""
    conn = db.conn
    if conn.in_transaction:  # nested: the outer transaction decides
        yield
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def open_database(path: str | Path) -> sqlite_utils.Database:
    """Open (or create) a store and bring its schema up to date.

    A file from an older sealprep is copied to ``<name>.v<N>.bak`` before it is migrated, so an
    upgrade can never lose data. A file from a newer sealprep is refused and left untouched.
    """
    path = Path(path) if str(path) != ":memory:" else path
    if isinstance(path, Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        existed = path.exists() and path.stat().st_size > 0
    else:
        existed = False
    try:
        db = connect(path)
        version = schema_version(db)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: not a sealprep store ({exc})") from exc
    if version > LATEST_VERSION:
        db.conn.close()
        raise StoreTooNewError(
            f"{path}: this store was written by a newer sealprep (schema version {version}); "
            f"this sealprep understands versions up to {LATEST_VERSION}. Install the newer sealprep to open it."
        )
    if version < LATEST_VERSION:
        if existed and version > 0:
            db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            shutil.copy2(path, Path(f"{path}.v{version}.bak"))
        for number in range(version, LATEST_VERSION):
            with transaction(db):
                MIGRATIONS[number](db)
                db.execute(f"PRAGMA user_version = {number + 1}")
    return db
