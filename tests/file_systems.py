"""Real file systems that fail as users' disks do: a full one and a read-only one.

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
