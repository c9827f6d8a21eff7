"""Roster import speed on large cp874 CSV and XLSX files (not a test: a measurement).

    python benchmarks/bench_roster.py [--rows 4000 100000] [--formats csv xlsx] [--keep DIR]

With ``--keep DIR`` the generated files stay in DIR and are reused by the next run (writing a
100,000-row XLSX takes longer than reading it).

Writes a store with the bundled bank (for its agencies) and a roster file of N people in the
shape a BMA office sends (Thai title, name and surname columns, position, agency name, e-mail,
phone; cp874 CSV as Thai Excel saves it, or XLSX), then times ``preview_roster`` (read, check,
match) and ``import_roster`` into an empty roster, then the preview of the same file again
against the now-full roster (every row an unchanged match: the re-import case), and the longest
time the write lock was held. Target (docs/performance.md): 100,000 rows previewed and imported
in under 10 s.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import sealprep.core.store as store_module
from sealprep.core.bank.service import import_folder
from sealprep.core.secretariat.roster_import import import_roster, preview_roster
from sealprep.core.secretariat.table_files import write_table
from sealprep.core.store import Store

REPO = Path(__file__).resolve().parents[1]
TITLES = ["นาย", "นาง", "นางสาว", "ดร.", "ว่าที่ร้อยตรี"]
FIRST = ["สมชาย", "สมหญิง", "วิชัย", "ประภา", "อรุณ", "กนกพร", "ธนากร", "พิมพ์ชนก", "ณัฐวุฒิ", "ศิริพร"]
LAST = ["ใจดี", "รักเรียน", "มั่นคง", "ทองคำ", "ศรีสุข", "บุญมา", "แก้วใส", "สายทอง", "พรหมมา", "วงศ์ใหญ่"]
POSITIONS = ["นักวิเคราะห์นโยบายและแผน", "ผู้อำนวยการกอง", "นักทรัพยากรบุคคล", "เจ้าพนักงานธุรการ"]


def roster_rows(count: int, agencies: list[str]) -> list[list[str]]:
    rng = random.Random(13)
    rows = []
    for n in range(count):
        rows.append(
            [
                rng.choice(TITLES),
                f"{rng.choice(FIRST)}{n}",
                rng.choice(LAST),
                rng.choice(POSITIONS),
                rng.choice(agencies),
                f"person{n}@bangkok.go.th" if n % 5 else "",  # some have no e-mail: matched by name
                f"08{rng.randrange(10**8):08d}",
            ]
        )
    return rows


def write_roster(path: Path, rows: list[list[str]]) -> None:
    header = ["คำนำหน้า", "ชื่อ", "นามสกุล", "ตำแหน่ง", "หน่วยงาน", "อีเมล", "โทรศัพท์"]
    if path.suffix == ".csv":
        lines = [",".join(header)] + [",".join(r) for r in rows]
        path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp874"))
    else:
        write_table(path, header, rows)


CPU: dict[str, float] = {}


def timed(action):
    """(result, wall seconds); the process's CPU seconds go to CPU[action name] (on a shared,
    loaded machine CPU time says more about the code than wall time does)."""
    started, cpu = time.perf_counter(), time.process_time()
    result = action()
    CPU["last"] = time.process_time() - cpu
    return result, time.perf_counter() - started


_ORIGINAL_TRANSACTION = store_module.transaction


class LockWatch:
    """The longest time a write transaction was held: from ``BEGIN IMMEDIATE`` to ``COMMIT``,
    timed around the store's ``transaction()``, which every write of the import goes through.
    (A statement trace callback would run once per row of an ``executemany`` and itself add
    seconds to a 100,000-row import.)"""

    def __init__(self) -> None:
        self.longest = 0.0
        original = _ORIGINAL_TRANSACTION

        @contextmanager
        def timed_transaction(db):
            outermost = not db.conn.in_transaction
            started = time.perf_counter()
            with original(db):
                yield
            if outermost:
                self.longest = max(self.longest, time.perf_counter() - started)

        store_module.transaction = timed_transaction


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[4000, 100000])
    parser.add_argument("--formats", nargs="+", default=["csv", "xlsx"])
    parser.add_argument("--keep", type=Path)
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="sealprep-bench-roster-"))
    folder.mkdir(parents=True, exist_ok=True)
    for count in args.rows:
        for fmt in args.formats:
            store_path = folder / f"store-{count}-{fmt}.db"
            store_path.unlink(missing_ok=True)
            with Store.open(store_path) as store:
                import_folder(store, REPO / "questions")
                agencies = [a.th for a in store.bank.agencies().values() if a.th]
                path = folder / f"roster-{count}.{fmt}"
                write_s = 0.0
                if not (args.keep and path.exists()):
                    _, write_s = timed(lambda: write_roster(path, roster_rows(count, agencies)))  # noqa: B023
                watch = LockWatch()
                preview, preview_s = timed(lambda: preview_roster(store, path))  # noqa: B023
                preview_cpu = CPU["last"]
                assert preview.ok, preview.problems[:3]
                summary, import_s = timed(lambda: import_roster(store, preview))  # noqa: B023
                import_cpu = CPU["last"]
                again, again_s = timed(lambda: preview_roster(store, path))  # noqa: B023
                assert again.count("same") == count
                print(
                    f"{count:>7} rows {fmt:<4} ({path.stat().st_size / 1e6:.1f} MB, {preview.encoding}): "
                    f"preview {preview_s:.2f} s, import {import_s:.2f} s (write lock {watch.longest:.2f} s), "
                    f"total {preview_s + import_s:.2f} s (CPU {preview_cpu:.2f} + {import_cpu:.2f} s, "
                    f"load average {os.getloadavg()[0]:.1f}); re-import preview {again_s:.2f} s "
                    f"[file written in {write_s:.1f} s; {summary.added} added]",
                    flush=True,
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
