"""Screenshots of mock-interview mode, for looking at and for docs/screenshots/.

    python tools/rehearsal_screenshots.py [--bank DIR] [--out docs/screenshots] [--lang th|en]

Builds a throw-away store with the bank (the repository's questions/ by default), a small
roster and a few past sessions, then drives the real windows on a fake clock and saves
rehearsal-*.png at 1280x800: the setup page; the rehearsal screen in its normal, warning,
overtime, paused and revealed states; panel mode (both windows); the summary; the history
and the readiness overview.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from PySide6.QtCore import QCoreApplication, QTranslator  # noqa: E402
from PySide6.QtWidgets import QWidget  # noqa: E402

from sealprep.core.bank.service import import_folder  # noqa: E402
from sealprep.core.rehearsal.session import SessionSettings  # noqa: E402
from sealprep.core.secretariat.people import Person  # noqa: E402
from sealprep.core.store import Store  # noqa: E402
from sealprep.paths import translations_dir  # noqa: E402
from sealprep.ui.app import create_application  # noqa: E402
from sealprep.ui.app_context import AppContext  # noqa: E402
from sealprep.ui.rehearsal import HistoryPage, RehearsePage  # noqa: E402

SIZE = (1280, 800)


class Clock:
    def __init__(self):
        self.mono = 1000.0
        self.wall = datetime(2025, 6, 2, 2, 0, tzinfo=UTC)

    def now(self) -> float:
        return self.mono

    def clock(self) -> datetime:
        return self.wall

    def advance(self, seconds: float) -> None:
        self.mono += seconds
        self.wall += timedelta(seconds=seconds)


def settle(app, *widgets: QWidget) -> None:
    for _ in range(5):
        app.processEvents()


def save(widget: QWidget, out: Path, name: str) -> None:
    path = out / f"rehearsal-{name}.png"
    widget.grab().save(str(path))
    print(f"{path} ({path.stat().st_size // 1024} KB)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bank", type=Path, default=ROOT / "questions")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", choices=("th", "en"), default="th")
    args = parser.parse_args()
    if not (args.bank / "framework.yaml").exists():
        parser.error(f"{args.bank}: no bank there (give --bank DIR)")
    args.out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="sealprep-shots-"))
    os.environ["XDG_CONFIG_HOME"] = str(work / "config")

    app = create_application()
    if args.lang == "th":
        translator = QTranslator(app)
        qm = translations_dir() / "sealprep_th_rehearsal.qm"
        if translator.load(str(qm)):
            QCoreApplication.installTranslator(translator)
        from PySide6.QtCore import QLocale

        QLocale.setDefault(QLocale(QLocale.Language.Thai, QLocale.Country.Thailand))
    store = Store.open(work / "store.db")
    result = import_folder(store, args.bank)
    if not result.ok:
        print("\n".join(map(str, result.problems)), file=sys.stderr)
        return 1
    somchai = store.people.save(Person("สมชาย ใจดี", position="ผู้อำนวยการกองยุทธศาสตร์", agency="สยป."))
    store.people.save(Person("มาลี รักเรียน", position="นักวิเคราะห์นโยบายและแผน", agency="สนศ."))
    store.people.save(Person("วิภาวรรณ ศรีสุข", position="นักทรัพยากรบุคคล", agency="สำนักงาน ก.ก."))

    clock = Clock()
    context = AppContext(store)
    page = RehearsePage(context, now=clock.now, clock=clock.clock)
    page.resize(*SIZE)
    page.show()

    # some history first: two earlier sessions for Somchai
    for ratings in ([3, 2, 4, 1, 3, 3], [4, 3, 4, 2, 3, 4]):
        controller = page.start(SessionSettings(person_id=somchai.id, order="bank", count=len(ratings)), False)
        for rating in ratings:
            question = controller.session.item.question
            for position in range(max(0, len(question.key_points) - (4 - rating))):
                controller.set_key_point(position, True)
            clock.advance(150)
            controller.rate(rating)
            controller.next()
        clock.advance(86400)

    page.show_setup()
    page.setup.apply(SessionSettings(person_id=somchai.id), False)
    settle(app)
    save(page, args.out, "setup")

    controller = page.start(SessionSettings(person_id=somchai.id, order="weakest", count=6), False)
    screen = page.rehearsal_screen
    clock.advance(37)
    controller.tick()
    settle(app)
    save(page, args.out, "normal")
    clock.advance(controller.session.countdown.remaining - 24)
    controller.tick()
    settle(app)
    save(page, args.out, "warning")
    clock.advance(24 + 41)
    controller.tick()
    settle(app)
    save(page, args.out, "overtime")
    controller.toggle_pause()
    settle(app)
    save(page, args.out, "paused")
    controller.toggle_pause()
    screen.notes.setPlainText("ยกตัวอย่างโครงการผ้าอนามัยฟรี: ขาดเรียน 3-5 วัน/เดือน\nลืมพูดถึงงบประมาณ และใครอนุมัติแผน")
    controller.reveal()
    for position in range(min(2, len(controller.session.item.question.key_points))):
        controller.set_key_point(position, True)
    controller.rate(2)
    controller.flush_notes()
    settle(app)
    save(page, args.out, "revealed")

    controller.next()
    clock.advance(64)
    page.open_panel()
    assessor = page.assessor
    assessor.resize(*SIZE)
    controller.set_key_point(0, True)
    controller.tick()
    settle(app)
    save(page, args.out, "panel-rehearser")
    save(assessor, args.out, "panel-assessor")
    page.close_panel()

    while not controller.session.finished:
        clock.advance(95 if controller.session.index % 2 else 170)
        controller.rate(3 if controller.session.index % 3 else 4)
        controller.next()
    settle(app)
    save(page, args.out, "summary")

    history = HistoryPage(context)
    history.resize(*SIZE)
    history.show()
    history.history.reload_people(somchai.id)
    history.history.refresh()
    settle(app)
    history.tabs.setCurrentIndex(0)
    settle(app)
    save(history, args.out, "history")
    history.tabs.setCurrentIndex(1)
    history.readiness.refresh(somchai.id)
    settle(app)
    save(history, args.out, "readiness")
    page.shutdown()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
