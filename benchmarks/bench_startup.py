"""Start-up time of the desktop app: from launch to the first painted main window.

    python benchmarks/bench_startup.py [--runs 15] [--bank FOLDER]

Each run spawns ``python -m sealprep --db STORE --quit-after-paint`` with
QT_QPA_PLATFORM=offscreen (as a fresh process, like a user double-clicking the app) and times
from the spawn until the app prints that its window has painted. The store already holds the
starter bank (a warm-up run does the first-run import and is not counted), and the settings
folder is a throw-away one. Prints median, p95, min and max in seconds.

The budget (docs/performance.md) is a median of at most 1.0 s on a 2-core machine.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MARKER = "sealprep: first paint"


def one_run(store: Path, env: dict) -> float:
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-m", "sealprep", "--db", str(store), "--quit-after-paint"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    elapsed = None
    for line in child.stdout:
        if line.strip() == MARKER:
            elapsed = time.perf_counter() - start
            break
    child.stdout.close()
    if child.wait(timeout=60) != 0 or elapsed is None:
        raise SystemExit(f"the app did not start cleanly (exit {child.returncode})")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--bank", type=Path, default=ROOT / "questions", help="bank folder (default: the starter bank)")
    args = parser.parse_args()
    if not (args.bank / "framework.yaml").is_file():
        raise SystemExit(f"{args.bank}: not a bank folder (pass --bank)")

    work = Path(tempfile.mkdtemp(prefix="sealprep-bench-"))
    try:
        store = work / "store.db"
        shutil.copytree(args.bank, work / "store-bank")  # first run imports the bank from here
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": str(work / "config"),
            "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT / "src"), os.environ.get("PYTHONPATH")])),
        }
        env.pop("SEALPREP_DB", None)
        warm = one_run(store, env)  # first run: imports the bank into the store
        times = sorted(one_run(store, env) for _ in range(args.runs))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    print(f"cpus: {os.cpu_count()}  runs: {len(times)}  bank: {args.bank}")
    print(f"first run (imports the bank): {warm:.3f} s")
    print(f"median {statistics.median(times):.3f} s  p95 {p95:.3f} s  min {times[0]:.3f} s  max {times[-1]:.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
