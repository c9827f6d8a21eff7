"""Killing a bank import while large banks are parsed in worker processes leaves no orphans."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import psutil
import pytest

from bank_factory import PADS, write_bank
from sealprep.core.bank.folder import PARALLEL_FROM


def _wait_for(condition, seconds: float):
    """Poll ``condition`` until it returns something true (or the time runs out)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    return condition()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX (Windows uses the handle watchdog)")
@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="workers are used with two or more cores")
def test_workers_end_when_the_import_is_killed(tmp_path):
    count = PARALLEL_FROM * 3
    questions = {
        f"d1/q{i:05}.md": PADS.replace("id: d1-pads", f"id: q{i:05}").replace("How is", f"({i}) How is")
        for i in range(count)
    }
    folder = write_bank(tmp_path / "big", questions)
    env = {**os.environ, "SEALPREP_DB": str(tmp_path / "store.db")}
    importer = subprocess.Popen(
        [sys.executable, "-m", "sealprep", "bank", "import", str(folder)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    parent = psutil.Process(importer.pid)
    workers = _wait_for(lambda: parent.children(recursive=True), 120)
    assert workers, "the import never started its worker processes"
    assert importer.poll() is None, "the import ended before it could be killed during parsing"
    importer.send_signal(signal.SIGKILL)
    importer.wait()

    def survivors() -> list[psutil.Process]:
        return [w for w in workers if w.is_running() and w.status() != psutil.STATUS_ZOMBIE]

    try:
        assert _wait_for(lambda: not survivors(), 30), f"orphaned workers: {survivors()}"
    finally:
        for worker in survivors():  # never leave them behind, even when the test fails
            worker.kill()
