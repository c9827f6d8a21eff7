"""The local store: one SQLite file (WAL mode, foreign keys on, versioned schema).

``Store`` is the single entry point; each area of data has its own repository object on it
(``store.bank`` ...). The UI never runs SQL: it calls these.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from pathlib import Path

import sqlite_utils

from sealprep.core.bank.search import SearchHit, search_questions
from sealprep.core.store.assignments_store import AssignmentsStore
from sealprep.core.store.bank_store import BankStore, QuestionFilter, QuestionSummary
from sealprep.core.store.database import (
    LATEST_VERSION,
    NotAStoreError,
    StoreBusyError,
    StoreDamagedError,
    StoreError,
    StoreFolderError,
    StoreFullError,
    StoreReadOnlyError,
    StoreTooNewError,
    open_database,
    schema_version,
    store_error_from,
    transaction,
)
from sealprep.core.store.packs_store import PacksStore
from sealprep.core.store.people_store import PeopleStore
from sealprep.core.store.preferences_store import PreferencesStore
from sealprep.core.store.rehearsal_store import AttemptRecord, RehearsalStore, SessionRecord
from sealprep.core.store.schedule_store import ScheduleStore

__all__ = [
    "Store",
    "StoreError",
    "StoreTooNewError",
    "NotAStoreError",
    "StoreBusyError",
    "StoreDamagedError",
    "StoreFolderError",
    "StoreFullError",
    "StoreReadOnlyError",
    "store_error_from",
    "QuestionFilter",
    "QuestionSummary",
    "SearchHit",
    "LATEST_VERSION",
    "AttemptRecord",
    "SessionRecord",
]


class Store:
    def __init__(self, db: sqlite_utils.Database, path: str | Path):
        self.db = db
        self.path = path
        self.bank = BankStore(db)
        self.people = PeopleStore(db)
        self.preferences = PreferencesStore(db)
        self.rehearsal = RehearsalStore(db)
        self.assignments = AssignmentsStore(db)
        self.schedule = ScheduleStore(db)
        self.packs = PacksStore(db)

    @classmethod
    def open(cls, path: str | Path) -> Store:
        return cls(open_database(path), path)

    def search(self, query: str, limit: int = 200) -> list[SearchHit]:
        """Questions matching every term of ``query`` (Thai-aware, see ``core/bank/search.py``), best first."""
        return search_questions(self.db, query, limit)

    def schema_version(self) -> int:
        return schema_version(self.db)

    def transaction(self) -> AbstractContextManager[None]:
        return transaction(self.db)

    def data_version(self) -> int:
        """Changes whenever another connection commits (SQLite's ``PRAGMA data_version``)."""
        return int(self.db.execute("PRAGMA data_version").fetchone()[0])

    def close(self) -> None:
        self.db.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
