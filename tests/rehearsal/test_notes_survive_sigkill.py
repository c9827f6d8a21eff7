"""Killing the app mid-sentence loses at most about the last second of typing."""

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

from sealprep.core.store import Store

DRIVER = Path(__file__).with_name("notes_driver.py")
SRC = Path(__file__).resolve().parents[2] / "src"


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="this system has no SIGKILL")
def test_notes_typed_more_than_a_second_before_a_kill_are_in_the_store(tmp_path):
    store_path = tmp_path / "store.db"
    env = dict(os.environ, PYTHONPATH=str(SRC), QT_QPA_PLATFORM="offscreen")
    errors = (tmp_path / "driver-stderr.txt").open("w+", encoding="utf-8")  # a file: a full pipe would block the driver
    process = subprocess.Popen(
        [sys.executable, str(DRIVER), str(store_path), str(tmp_path / "bank")],
        stdout=subprocess.PIPE,
        stderr=errors,
        text=True,
        encoding="utf-8",
        env=env,
    )
    lines: list[str] = []
    marked = threading.Event()
    typed_at_kill = []

    def read() -> None:
        for line in process.stdout:
            lines.append(line)
            if line.startswith("TYPED"):
                marked.set()

    threading.Thread(target=read, daemon=True).start()
    try:
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
        errors.close()
    assert process.returncode == -signal.SIGKILL

    attempt_id = int(next(line for line in lines if line.startswith("TYPED")).split()[1])
    with Store.open(store_path) as store:
        notes = store.rehearsal.attempt(attempt_id).notes
    typed = FIRST_PART + REST_PART * 20
    assert notes.startswith(FIRST_PART)  # everything typed more than a second before the kill
    assert typed.startswith(notes)  # nothing garbled, nothing out of order
    assert len(notes) > len(FIRST_PART)  # saving went on while typing never paused
    lost = typed_at_kill[0] - len(notes)
    rate = 1000 / TICK_MS * CHARS_PER_TICK  # characters typed per second
    print(f"lost {lost} characters = {lost / rate:.2f} s of typing at {rate:.0f} characters/s")
    assert lost / rate < 2.0  # a second by design (the saver's longest wait), with room for a loaded machine
