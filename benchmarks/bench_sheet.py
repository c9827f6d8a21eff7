"""Benchmark: one person's briefing sheet, as the app prints it ("Print briefing sheet…").

Uses the store of ``bench_booklet.py`` (the starter bank, synthetic people with 15 assigned
questions each, a session with an assessor panel) and times
:func:`sealprep.printing.jobs.print_briefing` for one person: reading the store, composing,
both layout passes and writing the PDF. The first print of a process (cold: it loads the newmm
dictionary and fills the shaping caches) is reported apart; warm runs print a different person
each time, as a secretariat going down the roster does.

Usage::

    python benchmarks/bench_sheet.py [--questions 15] [--repeat 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "benchmarks"))

from bench_booklet import make_store  # noqa: E402

from sealprep.core.store import Store  # noqa: E402
from sealprep.printing.jobs import PrintOptions, print_briefing  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=15, help="assigned questions of the person")
    parser.add_argument("--repeat", type=int, default=5, help="warm runs (min and median are reported)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        store_path = Path(folder) / "bench.db"
        ids = make_store(store_path, args.repeat + 1, args.questions)
        out = Path(folder) / "sheet.pdf"
        options = PrintOptions(printed_on=date(2026, 2, 2))
        times = []
        with Store.open(store_path) as store:
            for person in ids:
                start = time.perf_counter()
                result = print_briefing(store, person, out, options)
                times.append(time.perf_counter() - start)
        cold, warm = times[0], times[1:]
        print(f"one briefing sheet: {args.questions} questions, starter bank, A4, {result.pages} pages")
        print(f"  cold (first print of the process)  {cold:6.2f} s")
        print(f"  warm, {len(warm)} people: min {min(warm):.2f} s, median {statistics.median(warm):.2f} s")


if __name__ == "__main__":
    main()
