"""Screenshots of how awkward files and a busy store look to the user (issue 13).

    python tools/hostile_input_screenshots.py [--out docs/screenshots]

Writes, in Thai at 1366x768:
- secretariat-import-preview-cp874.png: the roster preview of a Thai Windows (cp874) CSV whose
  bytes are also valid UTF-8, read as cp874 and saying so;
- secretariat-import-preview-sheets.png: the preview of a workbook with two visible sheets,
  naming the sheet it read and the one it did not;
- secretariat-import-preview-formula.png: a workbook with a merged agency cell (filled into both
  rows) and a formula whose result was never stored (reported with its row and column);
- rehearsal-notes-delayed.png: the rehearsal screen while another process holds the store's
  write lock: the notes are typed, and the screen says saving is delayed and the text is safe.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator  # noqa: E402

from sealprep.core.bank.service import import_folder  # noqa: E402
from sealprep.core.rehearsal.session import SessionSettings  # noqa: E402
from sealprep.core.secretariat.people import Person  # noqa: E402
from sealprep.core.secretariat.roster_import import preview_roster  # noqa: E402
from sealprep.core.secretariat.table_files import write_table  # noqa: E402
from sealprep.core.store import Store  # noqa: E402
from sealprep.ui.app import create_application  # noqa: E402
from sealprep.ui.app_context import AppContext  # noqa: E402

SIZE = (1366, 768)
TRANSLATIONS = ROOT / "resources" / "translations"
# Thai words whose cp874 bytes happen to be valid UTF-8 as well (the whole file must be, for the trap)
CP874_AS_UTF8 = (
    "name,position,agency,email,notes\r\n"
    "Somchai Jaidee,Policy analyst,Strategy and Evaluation Department,somchai.j@example.org,สนับสนุน\r\n"
    "Malee Rakrian,Supervisor,Education Department,malee.r@example.org,แจกแจง\r\n"
    "Wipawan Srisuk,HR officer,Office of the Bangkok Metropolitan Civil Service Commission,wipawan.s@example.org,อนุญาต\r\n"
)

HOLD_LOCK = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=30)
conn.execute("BEGIN IMMEDIATE")
print("LOCKED", flush=True)
sys.stdin.readline()
conn.execute("COMMIT")
"""


def settle(app, seconds: float = 0.0) -> None:
    end = time.monotonic() + seconds
    while True:
        for _ in range(5):
            app.processEvents()
        if time.monotonic() >= end:
            return
        time.sleep(0.05)


def shoot(app, widget, path: Path) -> None:
    widget.resize(*SIZE)
    widget.show()
    settle(app)
    widget.grab().save(str(path))
    print(path)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    for name in ("secretariat", "rehearsal"):
        translator = QTranslator(app)
        if translator.load(str(TRANSLATIONS / f"sealprep_th_{name}.qm")):
            QCoreApplication.installTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Thai, QLocale.Country.Thailand))

    from sealprep.ui.rehearsal import RehearsePage
    from sealprep.ui.secretariat.import_dialog import roster_preview_dialog

    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        store = Store.open(work / "store.db")
        import_folder(store, ROOT / "questions")
        store.people.save(Person("สมชาย ใจดี", position="ผู้อำนวยการกองยุทธศาสตร์", agency="สยป."))

        csv_path = work / "รายชื่อจากระบบบุคลากร.csv"
        csv_path.write_bytes(CP874_AS_UTF8.encode("cp874"))
        dialog = roster_preview_dialog(preview_roster(store, csv_path))
        shoot(app, dialog, args.out / "secretariat-import-preview-cp874.png")
        dialog.close()

        xlsx_path = work / "รายชื่อผู้เข้ารับการสัมภาษณ์.xlsx"
        write_table(
            xlsx_path,
            ["ชื่อ-นามสกุล", "ตำแหน่ง", "หน่วยงาน", "อีเมล"],
            [["นางสาวกนกพร ศรีสุข", "นักวิเคราะห์นโยบายและแผน", "สยป.", "kanokporn.s@example.org"]],
        )
        import openpyxl

        workbook = openpyxl.load_workbook(xlsx_path)
        workbook.active.title = "รอบแรก"
        current = workbook.create_sheet("รอบสอง")
        for row in (
            ["ชื่อ-นามสกุล", "ตำแหน่ง", "หน่วยงาน", "อีเมล"],
            ["นายธนากร บุญมา", "ผู้อำนวยการกอง", "สนศ.", "thanakorn.b@example.org"],
            ["นางพิมพ์ชนก แก้วใส", "นักทรัพยากรบุคคล", "สำนักงาน ก.ก.", "pimchanok.k@example.org"],
        ):
            current.append(row)
        workbook.active = 1
        workbook.save(xlsx_path)
        dialog = roster_preview_dialog(preview_roster(store, xlsx_path))
        shoot(app, dialog, args.out / "secretariat-import-preview-sheets.png")
        dialog.close()

        merged_path = work / "รายชื่อจากโปรแกรม.xlsx"
        workbook = openpyxl.Workbook()
        sheet = workbook.active
        for row in (
            ["ชื่อ-นามสกุล", "ตำแหน่ง", "หน่วยงาน", "อีเมล"],
            ["นายสมชาย ใจดี", "นักวิเคราะห์นโยบายและแผน", "สยป.", "somchai.j@example.org"],
            ["นางสาวสมหญิง รักเรียน", "ศึกษานิเทศก์", None, "somying.r@example.org"],
            ["ดร.วิชัย มั่นคง", "ผู้อำนวยการกอง", "=C2", "wichai.m@example.org"],
        ):
            sheet.append(row)
        sheet.merge_cells("C2:C3")
        workbook.save(merged_path)
        dialog = roster_preview_dialog(preview_roster(store, merged_path))
        shoot(app, dialog, args.out / "secretariat-import-preview-formula.png")
        dialog.close()

        page = RehearsePage(AppContext(store))
        page.resize(*SIZE)
        page.show()
        controller = page.start(SessionSettings(order="bank", count=3), False)
        screen = page.rehearsal_screen
        holder = subprocess.Popen(
            [sys.executable, "-c", HOLD_LOCK, str(store.path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        try:
            assert holder.stdout.readline().strip() == "LOCKED"
            screen.notes.setFocus()
            screen.notes.setPlainText("ยกตัวอย่างโครงการผ้าอนามัยฟรี: ขาดเรียน 3-5 วัน/เดือน\nพูดถึงงบประมาณและผู้อนุมัติแผน")
            controller.flush_notes()
            settle(app, 1.5)  # the saver has tried the locked store and said so
            shoot(app, page, args.out / "rehearsal-notes-delayed.png")
        finally:
            holder.communicate("go\n", timeout=10)
        controller.wait_for_notes(5)
        page.shutdown()
        page.close()
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
