"""Notes while another process holds the store's write lock (issue 13): the window never
waits for the store, the text is journalled beside the store at once, the screen says saving is
delayed, and the notes reach the store as soon as the lock is released."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from rehearsal_typing import type_text

from sealprep.core.rehearsal.notes_saving import NotesJournal, NotesSaver, journal_path, recover_notes
from sealprep.core.rehearsal.session import SessionSettings
from sealprep.core.store import Store

LOCK_HOLDER = Path(__file__).with_name("lock_holder.py")


class LockHolder:
    """A real second process holding BEGIN IMMEDIATE on the store until released."""

    def __init__(self, store_path: Path):
        self.process = subprocess.Popen(
            [sys.executable, str(LOCK_HOLDER), str(store_path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=dict(os.environ),
        )
        assert self.process.stdout.readline().strip() == "LOCKED"

    def release(self) -> None:
        if self.process.poll() is None:
            self.process.stdin.write("go\n")
            self.process.stdin.flush()
            self.process.wait(10)


@pytest.fixture
def locked(bank_store):
    holders: list[LockHolder] = []

    def hold() -> LockHolder:
        holders.append(LockHolder(Path(bank_store.path)))
        return holders[-1]

    yield hold
    for holder in holders:
        holder.release()


class Heartbeat:
    """The longest gap between ticks of a 20 ms timer: how long the event loop was not served."""

    def __init__(self):
        self.last = time.monotonic()
        self.longest = 0.0
        self.timer = QTimer(interval=20)
        self.timer.timeout.connect(self._beat)
        self.timer.start()

    def _beat(self) -> None:
        now = time.monotonic()
        self.longest = max(self.longest, now - self.last)
        self.last = now


def test_typing_while_another_process_holds_the_lock(page, qtbot, bank_store, locked):
    controller = page.start(SessionSettings(order="bank"), False)
    screen = page.rehearsal_screen
    attempt_id = controller.session.item.attempt_id
    holder = locked()
    heartbeat = Heartbeat()
    screen.notes.setFocus()
    typed = ""
    for part in ("budget ", "3-5 days ", "per month"):
        qtbot.keyClicks(screen.notes, part)
        typed += part
        qtbot.wait(400)  # the saver's timers run between the bursts
    type_text(screen.notes, " งบประมาณ")
    typed += " งบประมาณ"
    qtbot.wait(1500)  # more than the longest wait: the saver has tried the store at least once

    assert heartbeat.longest < 0.5, f"the window stopped answering for {heartbeat.longest:.2f} s"
    assert screen._notes_state.text() == "Saving delayed — your text is safe on this laptop"
    assert NotesJournal(journal_path(bank_store.path)).latest()[attempt_id].notes == typed  # on disk already
    assert bank_store.rehearsal.attempt(attempt_id).notes == ""  # the store could not take it yet

    type_text(screen.notes, " ต่อ")  # typing on keeps the "delayed" message
    assert screen._notes_state.text() == "Saving delayed — your text is safe on this laptop"
    typed += " ต่อ"

    holder.release()
    qtbot.waitUntil(lambda: bank_store.rehearsal.attempt(attempt_id).notes == typed, timeout=5000)
    qtbot.waitUntil(lambda: screen._notes_state.text() == "Saved", timeout=2000)
    assert heartbeat.longest < 0.5
    assert not journal_path(bank_store.path).exists()  # emptied once everything is in the store
    heartbeat.timer.stop()


def test_moving_on_and_ending_while_locked_keep_every_note(page, qtbot, bank_store, locked):
    controller = page.start(SessionSettings(order="bank"), False)
    first = controller.session.item.attempt_id
    type_text(page.rehearsal_screen.notes, "ข้อแรก")
    holder = locked()
    started = time.monotonic()
    controller.flush_notes()  # the Escape / focus-out path: hands over, never waits
    assert time.monotonic() - started < 0.5
    holder.release()
    assert controller.wait_for_notes(5.0)
    assert bank_store.rehearsal.attempt(first).notes == "ข้อแรก"


def test_a_journal_left_by_a_crash_is_written_in_at_the_next_start(bank_store, locked, somchai):
    session_id = bank_store.rehearsal.create_session(somchai.id, {})
    attempt_id = bank_store.rehearsal.open_attempt(session_id, somchai.id, "d1-pads", 0, 180)
    holder = locked()
    saver = NotesSaver(bank_store.path)
    saver.submit_notes(attempt_id, "พิมพ์ไว้ก่อนเครื่องดับ", 12.0, None)
    assert not saver.close(0.5)  # the store stayed locked: the text is only in the journal
    assert recover_notes(bank_store.db, bank_store.path) is None  # still locked: the journal stays
    assert journal_path(bank_store.path).exists()
    holder.release()
    with Store.open(bank_store.path) as restarted:  # as the app does when it starts
        assert recover_notes(restarted.db, restarted.path) == 1
        attempt = restarted.rehearsal.attempt(attempt_id)
    assert (attempt.notes, attempt.seconds_used) == ("พิมพ์ไว้ก่อนเครื่องดับ", 12.0)
    assert not journal_path(bank_store.path).exists()


def test_a_torn_last_journal_line_is_skipped(tmp_path):
    journal = NotesJournal(tmp_path / "store.db.notes-journal")
    from sealprep.core.rehearsal.notes_saving import NotesEntry

    journal.append(NotesEntry.now(7, "ครบ", None))
    with open(journal.path, "a", encoding="utf-8") as stream:
        stream.write('{"attempt_id": 7, "notes": "ขาดกลา')  # killed mid-write
    assert journal.latest()[7].notes == "ครบ"
