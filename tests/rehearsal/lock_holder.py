"""Holds a store's write lock from another process, as a CLI import or a long roster import does.

    python lock_holder.py STORE

Begins an immediate transaction (the write lock), prints ``LOCKED`` and keeps the lock until a
line arrives on standard input (or standard input closes), then commits and exits.
"""

from __future__ import annotations

import sqlite3
import sys


def main(path: str) -> int:
    conn = sqlite3.connect(path, isolation_level=None, timeout=30)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE meta SET value = value WHERE 0")  # a real write transaction
    print("LOCKED", flush=True)
    sys.stdin.readline()
    conn.execute("COMMIT")
    conn.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
