"""Real file systems that fail as users' disks do (a full one, a read-only one), and a store file
damaged in the middle.

A small tmpfs is mounted for each test (this needs root, which CI and the dev machines run as;
``chmod`` cannot make a file read-only for root, a read-only mount can). Where mounting is not
allowed the tests that need it skip, saying why.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


@contextmanager
def tmpfs(folder: Path, size: str) -> Iterator[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True, text=True
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here (needs root): {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def make_read_only(folder: Path) -> None:
    """Remount the tmpfs at ``folder`` read-only: nobody, root included, can write there now."""
    subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)


def damage_middle(store_path: Path) -> None:
    """Overwrite every page of a (checkpointed, closed) store but the first two and the last."""
    import sqlite3

    conn = sqlite3.connect(store_path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    assert pages > 8, "too small a store to damage in the middle"
    data = bytearray(store_path.read_bytes())
    middle = range(page_size * 2, page_size * (pages - 1))
    data[middle.start : middle.stop] = bytes((i * 37 + 11) % 256 for i in range(len(middle)))
    store_path.write_bytes(bytes(data))
