"""Opening a store file: pragmas, schema version, migrations, and transactions."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from sealprep.core.store.migrations import MIGRATIONS

LATEST_VERSION = len(MIGRATIONS)


class StoreError(Exception):
    """A store that cannot be used as it is; the message says why and what to do.

    ``kind`` names the case for a user-facing explanation (:mod:`sealprep.failures` words it in
    the interface language); ``path`` is the store file (or the folder it should be in).
    """

    kind = "unusable"

    def __init__(self, message: str, path: str | Path | None = None):
        super().__init__(message)
        self.path = path


class StoreTooNewError(StoreError):
    kind = "too_new"

    def __init__(self, message: str, path: str | Path | None = None, found: int = 0):
        super().__init__(message, path)
        self.found = found


class NotAStoreError(StoreError):
    kind = "not_a_store"


class StoreDamagedError(StoreError):
    kind = "damaged"


class StoreReadOnlyError(StoreError):
    kind = "read_only"


class StoreFullError(StoreError):
    kind = "disk_full"


class StoreFolderError(StoreError):
    kind = "folder"


class StoreBusyError(StoreError):
    kind = "busy"


# SQLite's primary result codes (the low byte of an extended code), as named by sqlite3.h.
_SQLITE_CODES: dict[int, type[StoreError]] = {
    5: StoreBusyError,  # SQLITE_BUSY
    6: StoreBusyError,  # SQLITE_LOCKED
    8: StoreReadOnlyError,  # SQLITE_READONLY
    11: StoreDamagedError,  # SQLITE_CORRUPT
    13: StoreFullError,  # SQLITE_FULL
    14: StoreFolderError,  # SQLITE_CANTOPEN
    26: NotAStoreError,  # SQLITE_NOTADB
}
_ERRNO_KINDS: dict[int, type[StoreError]] = {
    errno.ENOSPC: StoreFullError,
    errno.EROFS: StoreReadOnlyError,
    errno.EACCES: StoreReadOnlyError,
    errno.EPERM: StoreReadOnlyError,
}


def store_error_from(exc: BaseException, path: str | Path | None) -> StoreError | None:
    """The :class:`StoreError` an SQLite or file-system error on the store at ``path`` amounts to.

    ``None`` for anything else (a bug, not a store problem). A file that cannot be opened is
    reported as read-only when its folder is on a read-only file system or cannot be written.
    """
    if isinstance(exc, StoreError):
        return exc
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        kind = _SQLITE_CODES.get(code & 0xFF) if isinstance(code, int) else None
        if kind is None and "readonly" in str(exc):
            kind = StoreReadOnlyError
        if kind is StoreFolderError and path is not None and not _folder_writable(Path(path)):
            kind = StoreReadOnlyError
        if kind is None:
            return None
        return kind(f"{path}: {_plain(kind)} ({exc})", path)
    if isinstance(exc, OSError) and exc.errno in _ERRNO_KINDS:
        kind = _ERRNO_KINDS[exc.errno]
        where = exc.filename or path
        return kind(f"{where}: {_plain(kind)} ({exc.strerror or exc})", where)
    return None


def _folder_writable(path: Path) -> bool:
    folder = path.parent
    return folder.is_dir() and os.access(folder, os.W_OK)


def _plain(kind: type[StoreError]) -> str:
    return {
        StoreBusyError: "the store is busy (another sealprep is writing to it)",
        StoreReadOnlyError: "the store or its folder cannot be written",
        StoreDamagedError: "the store is damaged",
        StoreFullError: "the disk is full",
        StoreFolderError: "the store cannot be opened or created",
        NotAStoreError: "not a sealprep store",
    }[kind]


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
        conn.execute("COMMIT")
    except BaseException:
        # SQLite may have rolled back already (a full disk, an I/O error): a ROLLBACK then fails
        # with "no transaction is active" and would hide the error that says what happened.
        if conn.in_transaction:
            try:
                conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass
        raise


def _stored_version(path: Path) -> int | None:
    """The schema version in the file at ``path``, read without changing a byte of it.

    ``None`` when there is no file yet (or an empty one). Opened read-only, so a store this
    sealprep is about to refuse is not switched to WAL, migrated or otherwise touched first.
    """
    if not path.is_file() or path.stat().st_size == 0:
        return None
    uri = f"{path.resolve().as_uri()}?mode=ro"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def open_database(path: str | Path) -> sqlite_utils.Database:
    """Open (or create) a store and bring its schema up to date.

    A file from an older sealprep is copied to ``<name>.v<N>.bak`` before it is migrated, so an
    upgrade can never lose data. A file from a newer sealprep is refused before anything writes
    to it. Every SQLite or file-system failure arrives as a :class:`StoreError` naming its case.
    """
    if str(path) == ":memory:":
        return _open_and_migrate(path, existed=False)
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        stored = _stored_version(path)
    except (OSError, sqlite3.Error) as exc:
        raise _store_error(exc, path) from exc
    if stored is not None and stored > LATEST_VERSION:
        raise StoreTooNewError(
            f"{path}: this store was written by a newer sealprep (schema version {stored}); "
            f"this sealprep understands versions up to {LATEST_VERSION}. Install the newer sealprep to open it.",
            path,
            stored,
        )
    try:
        return _open_and_migrate(path, existed=stored is not None)
    except (OSError, sqlite3.Error) as exc:
        raise _store_error(exc, path) from exc


def _store_error(exc: OSError | sqlite3.Error, path: Path) -> StoreError:
    error = store_error_from(exc, path)
    if error is not None:
        return error
    if isinstance(exc, OSError):
        return StoreFolderError(f"{path}: the store cannot be opened or created ({exc.strerror or exc})", path)
    return NotAStoreError(f"{path}: not a sealprep store ({exc})", path)


def _open_and_migrate(path: str | Path, existed: bool) -> sqlite_utils.Database:
    db = connect(path)
    try:
        version = schema_version(db)
        if version > LATEST_VERSION:  # written between the check above and now
            raise StoreTooNewError(f"{path}: this store was written by a newer sealprep", path, version)
        if version < LATEST_VERSION:
            if existed and version > 0:
                db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                shutil.copy2(path, Path(f"{path}.v{version}.bak"))
            for number in range(version, LATEST_VERSION):
                with transaction(db):
                    MIGRATIONS[number](db)
                    db.execute(f"PRAGMA user_version = {number + 1}")
    except BaseException:
        db.conn.close()
        raise
    return db
