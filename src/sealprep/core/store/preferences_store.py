"""Preferences kept in the store's meta table under ``pref.<name>``."""

from __future__ import annotations

from dataclasses import asdict, fields

import sqlite_utils

from sealprep.core.preferences import Preferences
from sealprep.core.store.database import transaction


class PreferencesStore:
    def __init__(self, db: sqlite_utils.Database):
        self.db = db

    def load(self) -> Preferences:
        stored = dict(self.db.execute("SELECT substr(key, 6), value FROM meta WHERE key LIKE 'pref.%'").fetchall())
        prefs = Preferences()
        for field in fields(Preferences):
            if field.name in stored:
                default = getattr(prefs, field.name)
                text = stored[field.name]
                value = text in ("True", "1") if isinstance(default, bool) else type(default)(text)
                setattr(prefs, field.name, value)
        return prefs

    def save(self, prefs: Preferences) -> None:
        prefs.validate()
        with transaction(self.db):
            self.db.conn.executemany(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                [(f"pref.{k}", str(v)) for k, v in asdict(prefs).items()],
            )
