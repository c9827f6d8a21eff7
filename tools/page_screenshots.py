"""Screenshots of every page of the real main window at a laptop's size, in Thai (or English),
on the secretariat's sample store, plus the user guide; for review and for docs/screenshots/.

    python tools/page_screenshots.py [--out DIR] [--language th|en] [--size 1366x768]

Runs offscreen. Files: page-<name>[-en][-<width>].png (the width only when not 1366).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "tools"))

from PySide6.QtCore import QEvent  # noqa: E402
from secretariat_screenshots import seed  # noqa: E402

from sealprep.core.store import Store  # noqa: E402

_app = None


def rehearse(store: Store) -> None:
    """One interviewee has rehearsed three of their questions (Easy with nothing ticked, Good
    with the key points, Again), so Coverage and History show rehearsal figures."""
    from sealprep.core.rehearsal.session import RehearsalSession, SessionSettings

    person = next(p for p in store.people.list() if p.name == "นายสมมติ ตัวอย่าง")
    session = RehearsalSession.start(store, SessionSettings(person_id=person.id, order="bank", count=3))
    for rating, ticked in ((4, 0), (3, 9), (1, 0)):
        for index in range(ticked):
            if index < len(session.item.question.key_points):
                session.set_key_point(index, True)
        session.set_notes("ยกตัวอย่างงบประมาณที่คำนึงถึงมิติทางเพศให้ชัดขึ้น" if rating == 1 else "")
        session.rate(rating)
        session.next()
    if not session.finished:
        session.end()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--language", choices=("th", "en"), default="th")
    parser.add_argument("--size", default="1366x768")
    parser.add_argument("--empty", action="store_true", help="a fresh store: the empty states")
    args = parser.parse_args()
    width, height = map(int, args.size.split("x"))

    from sealprep.ui import i18n
    from sealprep.ui.app import create_application
    from sealprep.ui.app_context import AppContext
    from sealprep.ui.main_window import MainWindow

    global _app
    app = _app = create_application()
    i18n.set_language(args.language, app)
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = ("" if args.language == "th" else "-en") + ("" if width == 1366 else f"-{width}")
    suffix += "-empty" if args.empty else ""
    with tempfile.TemporaryDirectory() as folder, Store.open(Path(folder) / "screens.db") as store:
        prefs = store.preferences.load()
        prefs.language = args.language
        store.preferences.save(prefs)
        if args.empty:
            from sealprep.core.bank.service import import_folder

            import_folder(store, REPO / "questions")
        else:
            seed(store, REPO / "questions")
            rehearse(store)
        window = MainWindow(AppContext(store))
        window.resize(width, height)
        window.show()
        for _ in range(3):
            app.processEvents()
        for name, page in window.pages.items():
            window.tabs.setCurrentWidget(page)
            if name == "people" and not args.empty:
                page.select_person(next(p for p in store.people.list() if p.name == "นายสมมติ ตัวอย่าง").id)
            if name == "history" and not args.empty:
                rehearsed = next(p for p in store.people.list() if p.name == "นายสมมติ ตัวอย่าง")
                page.history.person.setCurrentIndex(page.history.person.findData(rehearsed.id))
            if name == "bank":
                page.select_question(store.bank.summaries()[0].id)
            for _ in range(3):
                app.processEvents()
            path = args.out / f"page-{name}{suffix}.png"
            window.grab().save(str(path))
            print(path)
        guide = getattr(window, "show_guide", None)
        if guide is not None and not args.empty:
            help_window = guide()
            help_window.resize(1000, 700)
            for _ in range(3):
                app.processEvents()
            path = args.out / f"page-guide{suffix}.png"
            help_window.grab().save(str(path))
            print(path)
            help_window.close()
        window.shutdown()
        window.close()
        window.deleteLater()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
