"""One window per store: a second start on the same store brings the first window to the front
and quits; another store opens its own window."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from sealprep.ui.single_instance import InstanceServer, ask_running_instance, bring_to_front, server_name

REPO = Path(__file__).resolve().parents[2]


def test_the_name_is_the_stores_whatever_way_its_path_is_written(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert server_name(tmp_path / "a.db") == server_name("a.db") == server_name(tmp_path / "x" / ".." / "a.db")
    assert server_name(tmp_path / "a.db") != server_name(tmp_path / "b.db")


def test_a_second_start_raises_the_running_window(qapp, qtbot, tmp_path):
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    window.showMinimized()
    server = InstanceServer(tmp_path / "store.db")
    server.raise_requested.connect(lambda: bring_to_front(window))
    try:
        assert server.is_listening()
        assert not ask_running_instance(tmp_path / "other.db")  # another store: no one there
        with qtbot.waitSignal(server.raise_requested, timeout=10_000):
            assert ask_running_instance(tmp_path / "store.db")
        assert not window.isMinimized() and window.isVisible()
    finally:
        server.close()
    assert not ask_running_instance(tmp_path / "store.db")  # closed: the next start opens a window


def test_two_real_starts_on_one_store_open_one_window(qapp, tmp_path):
    from bank_factory import write_bank

    write_bank(tmp_path / "store-bank")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "PYTHONPATH": str(REPO / "src"),
    }
    command = [sys.executable, "-m", "sealprep", "--db", str(tmp_path / "store.db")]
    first = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120  # a generous wait for a busy machine, not a speed check
        while not ask_running_instance(tmp_path / "store.db"):
            assert first.poll() is None, first.communicate()
            assert time.monotonic() < deadline, "the first app never started listening"
            time.sleep(0.2)
        second = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
        assert second.returncode == 0, second.stderr
        assert "already open" in second.stdout
        assert first.poll() is None  # the first window is still there
    finally:
        first.terminate()
        first.communicate(timeout=60)
