"""Killing the app mid-sentence loses at most about the last second of typing, also while
another process holds the store's write lock (the text then waits in the journal beside the
store, and the next start writes it in)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from notes_driver import CHARS_PER_TICK, FIRST_PART, REST_PART, TICK_MS
from test_notes_under_lock import LockHolder

from bank_factory import write_bank
from sealprep.core.bank.service import import_folder
from sealprep.core.rehearsal.notes_saving import journal_path, recover_notes
from sealprep.core.store import Store

DRIVER = Path(__file__).with_name("notes_driver.py")
SRC = Path(__file__).resolve().parents[2] / "src"


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="this system has no SIGKILL")
@pytest.mark.parametrize("lock", [False, True], ids=["store-free", "store-locked-by-another-process"])
def test_notes_typed_more_than_a_second_before_a_kill_are_kept(tmp_path, lock):
    store_path = tmp_path / "store.db"
    with Store.open(store_path) as store:
        import_folder(store, write_bank(tmp_path / "bank"))
    env = dict(os.environ, PYTHONPATH=str(SRC), QT_QPA_PLATFORM="offscreen")
    errors = (tmp_path / "driver-stderr.txt").open("w+", encoding="utf-8")  # a file: a full pipe would block the driver
    process = subprocess.Popen(
        [sys.executable, str(DRIVER), str(store_path), str(tmp_path / "bank"), "--wait"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=errors,
        text=True,
        encoding="utf-8",
        env=env,
    )
    lines: list[str] = []
    started, marked = threading.Event(), threading.Event()
    typed_at_kill = []
    holder = None

    def read() -> None:
        for line in process.stdout:
            lines.append(line)
            if line.startswith("STARTED"):
                started.set()
            if line.startswith("TYPED"):
                marked.set()

    threading.Thread(target=read, daemon=True).start()
    try:
        if not started.wait(60):
            errors.seek(0)
            pytest.fail(f"the driver never started:\n{errors.read()}")
        if lock:
            holder = LockHolder(store_path)  # a real second process holds the write lock from now on
        process.stdin.write("type\n")
        process.stdin.flush()
        if not marked.wait(60):
            errors.seek(0)
            pytest.fail(f"the driver never finished typing:\n{errors.read()}")
        time.sleep(1.5)  # keeps typing meanwhile; the first part was typed >= 1.5 s before the kill
        assert process.poll() is None, "the driver stopped on its own"
        os.kill(process.pid, signal.SIGKILL)
        typed_at_kill.append(max(int(line.split()[1]) for line in lines if line.startswith("LEN")))
        process.wait(10)
    finally:
        if process.poll() is None:
            process.kill()
        if holder is not None:
            holder.release()
        errors.close()
    assert process.returncode == -signal.SIGKILL

    attempt_id = int(next(line for line in lines if line.startswith("TYPED")).split()[1])
    with Store.open(store_path) as store:
        before_replay = store.rehearsal.attempt(attempt_id).notes
        if lock:
            assert before_replay == ""  # nothing reached the store while it was locked...
            assert journal_path(store_path).exists()  # ...but the journal beside it has the text
        assert recover_notes(store.db, store.path) is not None  # what the app does when it starts
        notes = store.rehearsal.attempt(attempt_id).notes
    typed = FIRST_PART + REST_PART * 20
    assert notes.startswith(FIRST_PART)  # everything typed more than a second before the kill
    assert typed.startswith(notes)  # nothing garbled, nothing out of order
    assert len(notes) > len(FIRST_PART)  # saving went on while typing never paused
    lost = typed_at_kill[0] - len(notes)
    rate = 1000 / TICK_MS * CHARS_PER_TICK  # characters typed per second
    print(f"lock={lock}: lost {lost} characters = {lost / rate:.2f} s of typing at {rate:.0f} characters/s")
    assert lost / rate < 2.0  # a second by design (the saver's longest wait), with room for a loaded machine
