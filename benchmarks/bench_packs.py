"""Pack export and import speed (not a test: a measurement; targets in docs/performance.md).

    python benchmarks/bench_packs.py [--people 50] [--questions 15] [--big 10000] [--keep DIR]

1. The starter bank with 50 people x 15 assignments (the bank's questions in turn, primary and
   backup alternating) and one interview session per person with a panel: export of the
   preparation pack for everyone, its import into a fresh laptop store, and the 50 personal
   packs of "Export preparation packs for everyone". Goal: export and import each <= 2 s.
2. A synthetic bank of ``--big`` questions (as benchmarks/bench_bank.py writes it): ``bank
   import`` of the folder, then export and import of a preparation pack holding it. Goal: the
   pack's import no slower than ``bank import`` of the same bank. ``--big 0`` skips it.
3. 50 progress packs, one per person, each with a rehearsal of their 15 questions (rated, key
   points ticked, notes), imported at once into the secretariat's store. Goal: <= 5 s.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_bank import write_synthetic_bank

from sealprep.core.bank.service import import_folder
from sealprep.core.packs import (
    export_preparation,
    export_preparation_for_everyone,
    export_progress,
    import_packs,
)
from sealprep.core.secretariat.people import Person
from sealprep.core.secretariat.schedule import Assessor, Session
from sealprep.core.store import Store

REPO = Path(__file__).resolve().parents[1]


def timed(label: str, action):
    started = time.perf_counter()
    result = action()
    seconds = time.perf_counter() - started
    print(f"{label}: {seconds:.2f} s")
    return result, seconds


def secretariat_store(path: Path, bank: Path, people: int, per_person: int) -> Store:
    store = Store.open(path)
    assert import_folder(store, bank).ok
    questions = [q.id for q in store.bank.questions()]
    panel = [store.schedule.save_assessor(Assessor(f"ผู้ประเมิน {n}", "UNDP")).id for n in range(3)]
    day = date(2026, 2, 9)
    rows = []
    for number in range(people):
        person = store.people.save(Person(f"นางสาวทดสอบ ลำดับที่{number + 1:02d}", agency="สยป."))
        for k in range(per_person):
            rows.append(
                (person.id, questions[(number * per_person + k) % len(questions)], "primary" if k % 2 else "backup")
            )
        start = clock_time(9 + number % 8, 0)
        store.schedule.save_session(
            Session(
                day + timedelta(days=number // 8),
                start,
                clock_time(start.hour, 45),
                "ห้อง 1",
                f"รอบ {number + 1}",
                assessor_ids=panel,
                interviewee_ids=[person.id],
            )
        )
    with store.transaction():
        for person_id, question_id, role in rows:
            store.assignments.set(person_id, question_id, role)
    return store


def rehearse_everyone(laptop: Store, moment: datetime) -> None:
    """One rehearsal per person of all their questions: rated Good, key points ticked, notes."""
    for person in laptop.people.list():
        session = laptop.rehearsal.create_session(person.id, {}, moment)
        for position, qid in enumerate(laptop.assignments.question_ids_for(person.id)):
            attempt = laptop.rehearsal.open_attempt(
                session, person.id, qid, position, 120, key_points_total=3, at=moment
            )
            laptop.rehearsal.save_notes(attempt, "ตอบครบทุกประเด็น อ้างอิงแผนปฏิบัติราชการ", 95.0, moment)
            laptop.rehearsal.set_key_points(attempt, [0, 1, 2], moment)
            laptop.rehearsal.rate(attempt, 3, moment)
        laptop.rehearsal.end_session(session, moment)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=50)
    parser.add_argument("--questions", type=int, default=15, help="assignments per person")
    parser.add_argument("--big", type=int, default=10_000, help="questions in the large bank (0: skip)")
    parser.add_argument("--keep", type=Path)
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="sealprep-bench-packs-"))
    work.mkdir(parents=True, exist_ok=True)

    print(f"== starter bank, {args.people} people x {args.questions} assignments")
    secretariat = secretariat_store(work / "secretariat" / "s.db", REPO / "questions", args.people, args.questions)
    result, _ = timed(
        "export preparation pack (everyone)", lambda: export_preparation(secretariat, work / "all.sealpack")
    )
    print(
        f"  {result.path.stat().st_size / 1e6:.2f} MB, {result.questions} questions, {result.people} people, "
        f"{result.assignments} assignments, {result.sessions} sessions"
    )
    laptop = Store.open(work / "laptop" / "l.db")
    report, _ = timed("import preparation pack (fresh laptop)", lambda: import_packs(laptop, [result.path]))
    assert report.results[0].ok, report.results[0].refused
    report, _ = timed("re-import of the same file", lambda: import_packs(laptop, [result.path]))
    time.sleep(1.1)  # a later made_at, so a different file (not skipped by its checksum)
    again = export_preparation(secretariat, work / "again.sealpack")
    timed("import of a new file with the same content", lambda: import_packs(laptop, [again.path]))
    timed(
        f"export {args.people} personal packs into a folder",
        lambda: export_preparation_for_everyone(secretariat, work / "everyone"),
    )
    one = next((work / "everyone").iterdir())
    timed("import one personal pack (fresh laptop)", lambda: import_packs(Store.open(work / "one" / "o.db"), [one]))

    print(f"== {args.people} progress packs")
    rehearse_everyone(laptop, datetime(2026, 1, 20, 9, 0, tzinfo=UTC))
    folder = work / "progress"
    started = time.perf_counter()
    for person in laptop.people.list():
        export_progress(laptop, folder / f"{person.id}.sealpack", person.id)
    print(f"export {args.people} progress packs: {time.perf_counter() - started:.2f} s")
    report, _ = timed(f"import {args.people} progress packs at once", lambda: import_packs(secretariat, [folder]))
    assert all(r.ok for r in report.results)
    attempts = sum(r.tallies["attempt"].added for r in report.results)
    print(f"  {attempts} attempts came in")
    laptop.close()
    secretariat.close()

    if args.big:
        print(f"== synthetic bank of {args.big} questions")
        bank = work / "big-bank"
        bank.mkdir(exist_ok=True)
        write_synthetic_bank(bank, args.big)
        big = Store.open(work / "big" / "b.db")
        _, bank_import = timed("bank import of the folder", lambda: import_folder(big, bank))
        result, _ = timed("export preparation pack", lambda: export_preparation(big, work / "big.sealpack"))
        print(f"  {result.path.stat().st_size / 1e6:.1f} MB")
        fresh = Store.open(work / "big-laptop" / "b.db")
        report, pack_import = timed(
            "import preparation pack (fresh laptop)", lambda: import_packs(fresh, [result.path])
        )
        assert report.results[0].ok, report.results[0].refused
        print(f"  pack import / bank import = {pack_import / bank_import:.2f}")
        big.close()
        fresh.close()
    if not args.keep:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
