"""Build the secretariat pages on a sample store and save screenshots (docs/screenshots/).

    python tools/secretariat_screenshots.py [BANK_FOLDER] [--out DIR] [--language th|en]

The store is a temporary file: the bank from BANK_FOLDER (default: the bundled questions/),
the fictional example roster from examples/, the UNDP assessor panel of the 2026 external
assessment, the assessment week 9-13 February 2026 (2569 BE) with a few sessions (one of them
deliberately in conflict), and some assignments. Runs offscreen.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date, time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from PySide6.QtCore import QEvent, QTranslator  # noqa: E402

from sealprep.core.bank.service import import_folder  # noqa: E402
from sealprep.core.secretariat.assignments import BACKUP, PRIMARY, bulk_assign, own_agency_questions  # noqa: E402
from sealprep.core.secretariat.roster_import import import_roster, preview_roster  # noqa: E402
from sealprep.core.secretariat.schedule import Assessor, Session  # noqa: E402
from sealprep.core.store import Store  # noqa: E402
from sealprep.paths import translations_dir  # noqa: E402

_app = None

PANEL = [
    Assessor("Ms. Damaris Rosabal", "UNDP", "ผู้เชี่ยวชาญด้านเพศภาวะ โครงการจัดทำตรารับรองความเท่าเทียมทางเพศสำหรับหน่วยงานรัฐ"),
    Assessor("Ms. Yenny Widjaja", "UNDP ประจำภูมิภาคเอเชีย-แปซิฟิก", "ผู้เชี่ยวชาญด้านความเท่าเทียมทางเพศ"),
    Assessor("คุณสุปราณี พงษ์เรืองพันธ์", "UNDP ประจำประเทศไทย", "ที่ปรึกษาด้านความเท่าเทียมทางเพศและการมีส่วนร่วมทางสังคม"),
    Assessor("คุณจุฑาธร ประวิติยากร", "", "ผู้เชี่ยวชาญด้านกฎหมายและนโยบายความเท่าเทียมทางเพศ"),
]
ROOM_1 = "ห้องประชุม 1 ศาลาว่าการ กทม. 2"
ROOM_2 = "ห้องประชุม 2 ศาลาว่าการ กทม. 2"


def seed(store: Store, bank: Path) -> None:
    result = import_folder(store, bank)
    if not result.ok:
        raise SystemExit("\n".join(map(str, result.problems[:10])))
    import_roster(store, preview_roster(store, REPO / "examples" / "roster-example-cp874.csv"))
    people = {p.name: p for p in store.people.list()}
    for person in store.people.list():
        if person.role == "interviewee" and person.name != "นายจำลอง ครูดี":
            questions = own_agency_questions(store, person)
            bulk_assign(store, person.id, questions[:3], PRIMARY)
            bulk_assign(store, person.id, questions[3:6], BACKUP)
    panel = [store.schedule.save_assessor(a) for a in PANEL]
    everyone = [a.id for a in panel]
    store.schedule.set_block(date(2026, 2, 9), date(2026, 2, 13))

    def session(day: int, start: str, end: str, room: str, title: str, names: list[str], assessors=everyone) -> None:
        h1, m1 = map(int, start.split(":"))
        h2, m2 = map(int, end.split(":"))
        store.schedule.save_session(
            Session(
                date(2026, 2, day),
                time(h1, m1),
                time(h2, m2),
                room,
                title,
                assessor_ids=list(assessors),
                interviewee_ids=[people[n].id for n in names],
            )
        )

    session(
        9, "09:00", "10:30", ROOM_1, "มิติ 1 การวางแผนและการจัดการ", ["นายสมมติ ตัวอย่าง", "นางสาวทดลอง ใจดี", "ดร.ตัวอย่าง มีสุข"]
    )
    session(9, "10:45", "12:00", ROOM_1, "มิติ 2 โครงสร้างและศักยภาพขององค์กร", ["นางสาวสาธิต เสมอภาค"])
    session(9, "13:30", "15:00", ROOM_1, "มิติ 3 สภาพแวดล้อมการทำงาน", ["นางสาวสาธิต เสมอภาค", "นายทดสอบ ยุติธรรม"])
    session(9, "13:30", "14:30", ROOM_2, "มิติ 4 การให้บริการ: การศึกษา", ["นางสมมุติ เรียนดี", "นายจำลอง ครูดี"], everyone[2:])
    session(10, "09:00", "10:00", ROOM_1, "มิติ 5 ผลลัพธ์และผลกระทบ", ["นายสมมติ ตัวอย่าง"], everyone[:2])
    session(10, "09:30", "10:30", ROOM_2, "มิติ 1 ติดตามผล (ซ้อนเวลา)", ["นายสมมติ ตัวอย่าง", "นางสาวทดลอง ใจดี"], everyone[2:])
    session(13, "14:00", "15:00", ROOM_1, "สรุปผลการประเมินเบื้องต้น", [])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bank", nargs="?", type=Path, default=REPO / "questions")
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--language", choices=("th", "en"), default="th")
    args = parser.parse_args()

    from sealprep.ui.app import create_application
    from sealprep.ui.app_context import AppContext
    from sealprep.ui.secretariat.assignment_dialogs import AssignPeopleDialog, AssignQuestionsDialog
    from sealprep.ui.secretariat.benchmarks_page import BenchmarksPage
    from sealprep.ui.secretariat.coverage_page import CoveragePage
    from sealprep.ui.secretariat.import_dialog import roster_preview_dialog
    from sealprep.ui.secretariat.people_page import PeoplePage
    from sealprep.ui.secretariat.schedule_page import SchedulePage
    from sealprep.ui.secretariat.session_dialog import SessionDialog

    global _app  # the QApplication must outlive every widget, also while Python tears down
    app = _app = create_application()
    if args.language == "th":
        translator = QTranslator(app)
        if translator.load(str(translations_dir() / "sealprep_th_secretariat.qm")):
            app.installTranslator(translator)
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = "" if args.language == "th" else "-en"
    with tempfile.TemporaryDirectory() as folder, Store.open(Path(folder) / "screens.db") as store:
        prefs = store.preferences.load()
        prefs.language = args.language
        store.preferences.save(prefs)
        seed(store, args.bank)
        context = AppContext(store)
        people = {p.name: p for p in store.people.list()}

        shown = []

        def shoot(widget, name: str, size=(1280, 800)) -> None:
            shown.append(widget)
            widget.resize(*size)
            widget.show()
            for _ in range(3):
                app.processEvents()
            path = args.out / f"secretariat-{name}{suffix}.png"
            widget.grab().save(str(path))
            print(path)

        page = PeoplePage(context)
        page.select_person(people["นายสมมติ ตัวอย่าง"].id)
        shoot(page, "people")
        coverage = CoveragePage(context)
        coverage.show_dimension(1)
        shoot(coverage, "coverage")
        wide = (1366, 768)
        benchmarks = BenchmarksPage(context)
        benchmarks.tree.setCurrentItem(benchmarks.item_for("row", "1.1.1"))
        shoot(benchmarks, "benchmarks", wide)
        benchmarks.tree.setCurrentItem(benchmarks.item_for("dimension", "2"))
        shoot(benchmarks, "benchmarks-no-text", wide)
        benchmarks.tabs.setCurrentIndex(1)
        shoot(benchmarks, "benchmarks-evidence", wide)
        benchmarks.tabs.setCurrentIndex(2)
        shoot(benchmarks, "benchmarks-facts", wide)
        by_benchmark = CoveragePage(context)
        by_benchmark.matrix_tabs.setCurrentIndex(1)
        by_benchmark.show_benchmark_cell(people["นายสมมติ ตัวอย่าง"].id, "1.1.1")
        shoot(by_benchmark, "coverage-benchmarks", wide)
        schedule = SchedulePage(context)
        monday = next(s for s in store.schedule.sessions() if s.day == date(2026, 2, 9) and s.room == ROOM_2)
        schedule.show_session(monday.id)
        shoot(schedule, "schedule")
        tuesday = next(s for s in store.schedule.sessions() if s.day == date(2026, 2, 10))
        schedule.show_session(tuesday.id)
        shoot(schedule, "schedule-conflict")
        shoot(SessionDialog(context, store.schedule.session(tuesday.id)), "session-dialog", (820, 700))
        shoot(AssignQuestionsDialog(context, people["นางสาวทดลอง ใจดี"].id), "assign-questions", (1000, 700))
        first_question = store.bank.summaries()[0].id
        shoot(AssignPeopleDialog(context, first_question), "assign-people", (1000, 640))
        bad = Path(folder) / "roster-with-problems.csv"
        bad.write_bytes(
            (
                "ชื่อ-นามสกุล,ตำแหน่ง,หน่วยงาน,อีเมล,เบอร์โทร\r\n"
                "นายสมมติ ตัวอย่าง,นักวิเคราะห์นโยบายและแผนชำนาญการพิเศษ,สยป.,sommut.t@example.org,081-234-5601\r\n"
                ",ครูชำนาญการ,สนศ.,,\r\n"
                "นางสาวตัวอย่าง ใหม่,นักทรัพยากรบุคคล,สำนักที่ไม่มี,new@example.org,๐๘๑-๒๓๔-๕๖๙๙\r\n"
                "นายทดสอบ อีเมลผิด,เจ้าหน้าที่,สำนักงาน ก.ก.,not-an-email,\r\n"
            ).encode("cp874")
        )
        shoot(roster_preview_dialog(preview_roster(store, bad)), "import-preview", (1000, 600))
        for widget in shown:  # close the windows before the store they show is closed
            widget.close()
            widget.deleteLater()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
