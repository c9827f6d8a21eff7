"""Notes that are never lost, saved without ever making the interface wait for the store.

A rehearser's notes go through two steps:

1. ``NotesJournal``: the text is appended, with the attempt it belongs to, to a small file beside
   the store (``<store>.notes-journal``, one JSON line per save) and ``fsync``'d. This takes a
   few milliseconds and never waits for anyone, so what was typed is on this laptop's disk at
   once, whatever the store is doing.
2. ``NotesSaver``: a worker thread with its own store connection writes the newest text of each
   attempt into the store (``write_notes``, one short transaction). When another process holds
   the store's write lock (a CLI import, a long roster import) it waits at most ``BUSY_MS`` per
   try, reports "delayed", and tries again every ``RETRY_SECONDS`` until it succeeds. Once
   everything journalled is in the store, the journal is emptied.

After a crash or a kill the journal still holds what had not reached the store:
``replay_journal`` (called when the app starts, and by a new ``NotesSaver``) writes it in and
empties the journal. The journal only ever holds text newer than the store's, so replaying it
can only bring the store forward.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from sealprep.core.store.database import connect
from sealprep.core.store.rehearsal_store import RehearsalStore

log = logging.getLogger(__name__)

JOURNAL_SUFFIX = ".notes-journal"
BUSY_MS = 150
"""How long one try waits for another process's write lock before saying "delayed"."""
RETRY_SECONDS = 0.4
STARTUP_BUSY_MS = 1000
"""At start-up, how long replaying the journal waits for a lock before leaving it to the saver."""


@dataclass(frozen=True)
class NotesEntry:
    attempt_id: int
    notes: str
    seconds_used: float | None
    at: str
    """When the text was typed (ISO 8601, UTC): what the store records as ``updated_at``."""

    @classmethod
    def now(cls, attempt_id: int, notes: str, seconds_used: float | None, at: datetime | None = None) -> NotesEntry:
        moment = (at or datetime.now(UTC)).astimezone(UTC)
        return cls(attempt_id, notes, seconds_used, moment.isoformat(timespec="seconds"))


def journal_path(store_path: str | Path) -> Path:
    return Path(f"{store_path}{JOURNAL_SUFFIX}")


class NotesJournal:
    """The append-only file of notes not yet known to be in the store."""

    def __init__(self, path: str | Path):
        self.path = Path(path)

    def append(self, entry: NotesEntry) -> None:
        line = json.dumps(asdict(entry), ensure_ascii=False) + "\n"
        with open(self.path, "a", encoding="utf-8") as stream:
            stream.write(line)
            stream.flush()
            os.fsync(stream.fileno())

    def latest(self) -> dict[int, NotesEntry]:
        """The newest entry of each attempt; a line torn by a crash mid-write is skipped."""
        found: dict[int, NotesEntry] = {}
        try:
            lines = self.path.read_text(encoding="utf-8", errors="replace").splitlines()
        except FileNotFoundError:
            return found
        for line in lines:
            try:
                data = json.loads(line)
                entry = NotesEntry(int(data["attempt_id"]), str(data["notes"]), data["seconds_used"], str(data["at"]))
            except (ValueError, KeyError, TypeError):
                continue
            found[entry.attempt_id] = entry
        return found

    def clear(self) -> None:
        self.path.unlink(missing_ok=True)


def write_notes(db: sqlite_utils.Database, entries: Iterable[NotesEntry]) -> int:
    """Write notes (and the time used) into the store in one transaction; returns how many
    attempts were written. An attempt no longer in the store is skipped."""
    return RehearsalStore(db).save_many_notes((e.attempt_id, e.notes, e.seconds_used, e.at) for e in entries)


def replay_journal(db: sqlite_utils.Database, store_path: str | Path) -> int:
    """Write what the journal beside the store still holds into it and empty the journal;
    returns how many attempts' notes were written. Raises ``sqlite3.Error`` (the journal stays)
    when the store cannot be written now."""
    journal = NotesJournal(journal_path(store_path))
    entries = journal.latest()
    if not entries:
        journal.clear()
        return 0
    written = write_notes(db, entries.values())
    journal.clear()
    log.info("replayed the notes of %d attempt(s) from %s", written, journal.path)
    return written


def recover_notes(db: sqlite_utils.Database, store_path: str | Path) -> int | None:
    """``replay_journal`` for start-up: the number of attempts recovered, or None when the store
    cannot be written now (the journal stays, and the next notes saver writes it in)."""
    if not journal_path(store_path).exists():
        return 0
    (waited,) = db.execute("PRAGMA busy_timeout").fetchone()
    db.execute(f"PRAGMA busy_timeout = {STARTUP_BUSY_MS}")
    try:
        return replay_journal(db, store_path)
    except (sqlite3.Error, OSError) as exc:
        log.warning("could not replay the notes journal beside %s yet: %s", store_path, exc)
        return None
    finally:
        db.execute(f"PRAGMA busy_timeout = {int(waited)}")


def _is_busy(exc: sqlite3.Error) -> bool:
    return isinstance(exc, sqlite3.OperationalError) and ("locked" in str(exc) or "busy" in str(exc))


class NotesSaver:
    """Saves notes off the caller's thread: ``submit`` journals and returns at once.

    ``on_state`` is called from the worker thread with ``"saved"`` when everything submitted is
    in the store, and ``"delayed"`` when a try found the store locked (or failed otherwise; the
    text is in the journal meanwhile and the worker keeps trying).
    """

    def __init__(self, store_path: str | Path, on_state: Callable[[str], None] | None = None):
        self.store_path = Path(store_path)
        self.journal = NotesJournal(journal_path(store_path))
        self.on_state = on_state
        self._pending: dict[int, NotesEntry] = dict(self.journal.latest())  # a crash's leftovers first
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._idle = threading.Event()
        self._closing = False
        self.delayed = False
        if self._pending:
            self._wake.set()
        else:
            self._idle.set()
        self._thread = threading.Thread(target=self._run, name="sealprep-notes", daemon=True)
        self._thread.start()

    def submit(self, entry: NotesEntry) -> None:
        """Journal the text (on disk when this returns) and queue it for the store."""
        with self._lock:
            self.journal.append(entry)
            self._pending[entry.attempt_id] = entry
            self._idle.clear()
            self._wake.set()

    def submit_notes(self, attempt_id: int, notes: str, seconds_used: float | None, at: datetime | None) -> None:
        self.submit(NotesEntry.now(attempt_id, notes, seconds_used, at))

    @property
    def pending(self) -> bool:
        return not self._idle.is_set()

    def wait(self, timeout: float) -> bool:
        """Wait at most ``timeout`` seconds for everything submitted to reach the store."""
        return self._idle.wait(timeout)

    def close(self, timeout: float = 2.0) -> bool:
        """Stop after one last try within ``timeout``; True if nothing is left unsaved (whatever
        is left stays in the journal for the next start)."""
        saved = self._idle.wait(timeout)
        self._closing = True
        self._wake.set()
        self._thread.join(max(0.1, timeout))
        return saved

    def _tell(self, state: str) -> None:
        if self.on_state is not None:
            try:
                self.on_state(state)
            except RuntimeError:  # the receiver is gone (the window closed)
                pass

    def _run(self) -> None:
        db: sqlite_utils.Database | None = None
        try:
            while True:
                self._wake.wait()
                if self._closing:
                    return
                with self._lock:
                    batch = dict(self._pending)
                    self._wake.clear()
                if not batch:
                    continue
                try:
                    if db is None:
                        db = connect(self.store_path)
                        db.execute(f"PRAGMA busy_timeout = {BUSY_MS}")
                    write_notes(db, batch.values())
                except sqlite3.Error as exc:
                    if not _is_busy(exc):
                        log.warning("saving notes failed, will retry (the text is in %s): %s", self.journal.path, exc)
                    if not self.delayed:
                        self.delayed = True
                        self._tell("delayed")
                    self._wake.set()
                    time.sleep(RETRY_SECONDS)
                    continue
                with self._lock:
                    for attempt_id, entry in batch.items():
                        if self._pending.get(attempt_id) is entry:
                            del self._pending[attempt_id]
                    done = not self._pending
                    if done:
                        self.journal.clear()
                        self._idle.set()
                if done:
                    self.delayed = False
                    self._tell("saved")
        finally:
            if db is not None:
                db.conn.close()
