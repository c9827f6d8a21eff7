"""Screenshots of the pack dialogs and where they start, in Thai at 1366x768 (docs/screenshots/).

    python tools/packs_screenshots.py [--out DIR] [--language th|en]

A temporary secretariat store (the bundled bank, three people with assignments, interview
sessions with a panel) exports a personal pack to a temporary laptop, which rehearses and sends
its progress back; the secretariat then imports that progress pack together with an older copy
of it and a damaged file, so the import summary shows what came in, what was kept and what was
refused. Runs offscreen. Look at each picture before committing it.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time as clock
from datetime import date, time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from PySide6.QtCore import QEvent  # noqa: E402

from sealprep.core.bank.first_run import ensure_bank  # noqa: E402
from sealprep.core.operations import Changes  # noqa: E402
from sealprep.core.packs import export_preparation, export_progress, import_packs  # noqa: E402
from sealprep.core.secretariat.people import Person  # noqa: E402
from sealprep.core.secretariat.schedule import Assessor, Session  # noqa: E402
from sealprep.core.store import Store  # noqa: E402

_app = None
PEOPLE = (
    ("นางสาวกัลยา ศรีสุข", "นักวิเคราะห์นโยบายและแผนชำนาญการพิเศษ", "สยป."),
    ("นายสมชาย ใจดี", "นักวิชาการสาธารณสุขชำนาญการ", "สนอ."),
    ("ดร.วรรณา ปั้นน้ำ", "ผู้อำนวยการกองสรรหาและเลือกสรร", "สำนักงาน ก.ก."),
)


def seed(store: Store) -> None:
    assert ensure_bank(store).ok
    people = [store.people.save(Person(n, position=p, agency=a)) for n, p, a in PEOPLE]
    for index, question in enumerate(store.bank.questions()):
        store.assignments.set(people[index % 3].id, question.id, "primary" if index % 2 == 0 else "backup")
    panel = store.schedule.save_assessor(Assessor("Ms. Damaris Rosabal", "UNDP"))
    store.schedule.save_session(
        Session(
            date(2026, 2, 9),
            time(9, 0),
            time(10, 30),
            "ห้อง 301",
            "มิติที่ 1",
            assessor_ids=[panel.id],
            interviewee_ids=[people[0].id],
        )
    )
    store.schedule.set_block(date(2026, 2, 9), date(2026, 2, 13))


def laptop_round(secretariat: Store, folder: Path) -> list[Path]:
    """A laptop imports กัลยา's pack and rehearses; returns [older progress, newer progress]."""
    person = next(p for p in secretariat.people.list() if p.name.startswith("นางสาวกัลยา"))
    pack = export_preparation(secretariat, folder / "kanlaya.sealpack", person.id).path
    with Store.open(folder / "laptop" / "sealprep.db") as laptop:
        import_packs(laptop, [pack])
        me = laptop.packs.me_person_id()
        questions = laptop.assignments.question_ids_for(me)
        session = laptop.rehearsal.create_session(me, {})
        attempts = []
        for position, qid in enumerate(questions[:6]):
            attempt = laptop.rehearsal.open_attempt(session, me, qid, position, 120, key_points_total=3)
            laptop.rehearsal.set_key_points(attempt, [0, 1, 2])
            laptop.rehearsal.rate(attempt, 3)
            attempts.append(attempt)
        older = export_progress(laptop, folder / "กัลยา ความคืบหน้า (ฉบับเก่า).sealpack", me).path
        clock.sleep(1.1)
        laptop.rehearsal.rate(attempts[0], 4)
        newer = export_progress(laptop, folder / "กัลยา ความคืบหน้า.sealpack", me).path
    return [older, newer]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--language", choices=("th", "en"), default="th")
    args = parser.parse_args()

    from sealprep.ui import i18n
    from sealprep.ui.app import create_application
    from sealprep.ui.app_context import AppContext
    from sealprep.ui.main_window import MainWindow
    from sealprep.ui.packs import ExportPackDialog, ImportSummaryDialog

    global _app  # the QApplication must outlive every widget, also while Python tears down
    app = _app = create_application()
    i18n.set_language(args.language)
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = "" if args.language == "th" else "-en"
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        store = Store.open(work / "secretariat" / "sealprep.db")
        prefs = store.preferences.load()
        prefs.language = args.language
        store.preferences.save(prefs)
        seed(store)
        older, newer = laptop_round(store, work)
        import_packs(store, [newer])
        junk = work / "ส่งต่อจากไลน์.sealpack"
        data = newer.read_bytes()
        junk.write_bytes(data[: len(data) // 2])  # cut short on the way
        context = AppContext(store)
        window = MainWindow(context)
        shown = [window]

        def shoot(widget, name: str, size=(1366, 768)) -> None:
            widget.resize(*size)
            widget.show()
            for _ in range(5):
                app.processEvents()
            path = args.out / f"packs-{name}{suffix}.png"
            widget.grab().save(str(path))
            print(path)

        report = import_packs(store, [older, junk])
        context.apply(Changes.of(report.changes))
        for tab in ("coverage", "people"):
            window.tabs.setCurrentWidget(window.pages[tab])
            window.resize(1366, 768)
            window.show()
            app.processEvents()
            if tab == "coverage":  # the matrix's last columns: readiness and the latest progress
                bar = window.pages[tab].matrix.horizontalScrollBar()
                bar.setValue(bar.maximum())
            shoot(window, f"window-{tab}")
        summary = ImportSummaryDialog(report, window.packs.show_date, window, window.packs.show_number)
        shown.append(summary)
        shoot(summary, "import-summary", (900, 560))
        kanlaya = next(p for p in store.people.list() if p.name.startswith("นางสาวกัลยา"))
        for kind in ("preparation", "progress"):
            dialog = ExportPackDialog(context, window, kind, kanlaya.id)
            shown.append(dialog)
            shoot(dialog, f"export-{kind}", (900, 400))
        # a laptop: the person "me" first in the rehearsal setup, and Send my progress
        laptop = Store.open(work / "laptop" / "sealprep.db")
        laptop_window = MainWindow(AppContext(laptop))
        shown.append(laptop_window)
        laptop_window.tabs.setCurrentWidget(laptop_window.pages["rehearse"])
        shoot(laptop_window, "window-rehearse")
        for widget in shown:  # close the windows before the stores they show are closed
            widget.close()
            widget.deleteLater()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        app.processEvents()
        laptop.close()
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
