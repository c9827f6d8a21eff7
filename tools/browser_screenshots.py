"""Screenshots of the bank browser, made offscreen at a laptop's size, for review and the docs.

    QT_QPA_PLATFORM=offscreen python tools/browser_screenshots.py [BANK_FOLDER] [OUT_DIR]

BANK_FOLDER defaults to the bundled starter bank (questions/); OUT_DIR to docs/screenshots.
A throw-away store and settings folder are used, so nothing of the user's is touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def main() -> int:
    bank = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "questions"
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="sealprep-shots-"))
    os.environ["XDG_CONFIG_HOME"] = str(work / "config")

    import shutil

    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    from sealprep.core.bank.service import import_folder
    from sealprep.core.store import Store
    from sealprep.ui import i18n
    from sealprep.ui.app import create_application
    from sealprep.ui.app_context import AppContext
    from sealprep.ui.main_window import MainWindow

    app = create_application()
    copy = work / "bank"
    shutil.copytree(bank, copy)
    store = Store.open(work / "store.db")
    result = import_folder(store, copy)
    if not result.ok:
        print("\n".join(map(str, result.problems)), file=sys.stderr)
        return 1

    def settle(ms: int = 400) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def shoot(widget, name: str) -> None:
        settle()
        path = out / f"browser-{name}.png"
        widget.grab().save(str(path), "PNG", 0)  # smallest file
        print(path)

    for language in ("th", "en"):
        i18n.set_language(language, app)
        window = MainWindow(AppContext(store))
        window.resize(1280, 800)
        window.show()
        page = window.browser
        questions = store.bank.summaries()
        target = next((q for q in questions if len(q.agencies) >= 2), questions[0])
        page.navigation.select_node(f"dimension:{target.dimension}")
        page.select_question(target.id)
        shoot(window, f"main-{language}")
        if language == "th":
            page.search_field.setText("ข้อมูล")
            page.live_search.flush()
            settle(600)
            shoot(window, "search-th")
            page.search_field.clear()
            editor = page.edit_question(target.id)
            editor.resize(1100, 760)
            editor.pages.setCurrentIndex(1)
            shoot(editor, "editor-answers-th")
            tab = editor.answer_tabs()[0]
            tab.body.setText(tab.body.text() + "\n\n## หัวข้อที่ผิดรูปแบบ")
            editor.id_edit.setText(questions[-1].id if questions[-1].id != target.id else questions[0].id)
            editor.validate()
            shoot(editor, "editor-invalid-th")
            editor.confirm_discard = lambda: True
            editor.close()
            window.set_zoom(140)
            shoot(window, "zoom-140-th")
            window.set_zoom(100)
            # evidence with its owner and as-of date, in the reading pane and in the editor (1366x768)
            window.resize(1366, 768)
            page.navigation.select_node("dimension:1")
            page.select_question("d1-gender-embedded-in-plan")
            settle()
            page.detail.verticalScrollBar().setValue(page.detail.verticalScrollBar().maximum())
            shoot(window, "evidence-th")
            editor = page.edit_question("d1-gender-embedded-in-plan")
            editor.resize(1366, 768)
            editor.pages.setCurrentIndex(2)
            shoot(editor, "editor-evidence-th")
            editor.confirm_discard = lambda: True
            editor.close()
            shoot_long_content(store, window, shoot, settle)
        window.shutdown()
        window.close()
        window.deleteLater()
        QCoreApplication.processEvents()
    store.close()
    return 0


def shoot_long_content(store, window, shoot, settle) -> None:
    """A 3,000-row table in an answer: the reading pane at its "Show all" link (1366x768); then
    the message the Print dialog shows when content was printed differently."""
    from PySide6.QtWidgets import QMessageBox

    from sealprep.core.bank.service import save_question
    from sealprep.ui.printing import print_dialog

    page = window.browser
    question = store.bank.summaries()[0]
    full = store.bank.question(question.id)
    rows = "| เขต | โครงการ | งบประมาณ |\n|---|---|---|\n"
    rows += "".join(f"| เขต {i} | โครงการที่ {i} | {i * 1000:,} บาท |\n" for i in range(3000))
    full.answers[0].body = rows + "\n" + full.answers[0].body
    assert save_question(store, full, full.id).ok
    page.select_question(store.bank.summaries()[1].id)
    page.select_question(full.id)
    settle()
    view = page.detail
    cursor = view.document().find("แสดงทั้งหมด")
    view.setTextCursor(cursor)
    view.ensureCursorVisible()
    cursor.clearSelection()
    view.setTextCursor(cursor)
    view.verticalScrollBar().setValue(view.verticalScrollBar().value() + 200)
    shoot(window, "show-all-th")

    def warning_box(parent, title: str, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent)
        box.show()
        shoot(box, "print-warnings-th")
        box.close()

    QMessageBox.warning = staticmethod(warning_box)  # type: ignore[method-assign, assignment]
    print_dialog.show_warnings(
        window,
        [
            "d1-pads: ตาราง 41 คอลัมน์กว้างเกินหน้ากระดาษ จึงพิมพ์เป็นข้อความแถวละย่อหน้า",
            "d3-harassment: จัดหน้าแนวคำตอบของ สนศ. ไม่ได้ จึงพิมพ์เป็นข้อความธรรมดา",
        ],
    )


if __name__ == "__main__":
    sys.exit(main())
