"""Screenshots of very long content in the app, in Thai at 1366x768, for review and the docs.

    QT_QPA_PLATFORM=offscreen python tools/large_content_screenshots.py [OUT_DIR]

The bundled bank is copied, a 3,000-row table is put into the first answer of the first question
of dimension 1, and the reading pane is shot at its "Show all" link (browser-show-all-th.png);
then the message the Print dialog shows when content was printed differently
(print-warnings-th.png). A throw-away store and settings folder are used.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def with_long_table(path: Path) -> str:
    """Put a 3,000-row table at the start of the file's first answer; returns the question id."""
    text = path.read_text(encoding="utf-8")
    rows = "| เขต | โครงการ | งบประมาณ |\n|---|---|---|\n"
    rows += "".join(f"| เขต {i} | โครงการที่ {i} | {i * 1000:,} บาท |\n" for i in range(3000))
    text = re.sub(r"^(## (?:Answer|คำตอบ):[^\n]*\n)", lambda m: m.group(1) + rows + "\n", text, count=1, flags=re.M)
    path.write_text(text, encoding="utf-8")
    return re.search(r"^id: (.*)$", text, re.M).group(1).strip()


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="sealprep-large-shots-"))
    os.environ["XDG_CONFIG_HOME"] = str(work / "config")

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QMessageBox

    from sealprep.core.bank.service import import_folder
    from sealprep.core.store import Store
    from sealprep.ui import i18n
    from sealprep.ui.app import create_application
    from sealprep.ui.app_context import AppContext
    from sealprep.ui.main_window import MainWindow
    from sealprep.ui.printing import print_dialog

    app = create_application()
    copy = work / "bank"
    shutil.copytree(ROOT / "questions", copy)
    question_id = with_long_table(sorted((copy / "d1").glob("*.md"))[0])
    store = Store.open(work / "store.db")
    result = import_folder(store, copy)
    if not result.ok:
        print("\n".join(map(str, result.problems)), file=sys.stderr)
        return 1

    def settle(ms: int = 400) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    i18n.set_language("th", app)
    window = MainWindow(AppContext(store))
    window.resize(1366, 768)
    window.show()
    window.browser.select_question(question_id)
    settle()
    view = window.browser.detail
    cursor = view.document().find("แสดงทั้งหมด")
    view.setTextCursor(cursor)
    view.ensureCursorVisible()
    cursor.clearSelection()
    view.setTextCursor(cursor)
    view.verticalScrollBar().setValue(view.verticalScrollBar().value() + 200)
    settle()
    window.grab().save(str(out / "browser-show-all-th.png"), "PNG", 0)
    print(out / "browser-show-all-th.png")

    def shoot_box(parent, title: str, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent)
        box.show()
        settle()
        box.grab().save(str(out / "print-warnings-th.png"), "PNG", 0)
        box.close()
        print(out / "print-warnings-th.png")

    QMessageBox.warning = staticmethod(shoot_box)  # type: ignore[method-assign, assignment]
    print_dialog.show_warnings(
        window,
        [
            "d1-pads: ตาราง 41 คอลัมน์กว้างเกินหน้ากระดาษ จึงพิมพ์เป็นข้อความแถวละย่อหน้า",
            "d3-harassment: จัดหน้าแนวคำตอบของ สนศ. ไม่ได้ จึงพิมพ์เป็นข้อความธรรมดา",
        ],
    )
    window.shutdown()
    window.close()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
