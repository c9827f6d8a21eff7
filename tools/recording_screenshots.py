"""Screenshots of recording and replay, for looking at and for docs/screenshots/.

    python tools/recording_screenshots.py [--out docs/screenshots] [--lang th|en]

Uses miniaudio's null backend (no sound card needed) and feeds a generated voice-like signal at
the device boundary, so the level meter moves. Saves recording-*.png at 1366x768: the rehearsal
screen while recording, the assessor's window recording the session, History playing an answer
back, and the recording settings.
"""

from __future__ import annotations

import argparse
import math
import os
import struct
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["SEALPREP_AUDIO_BACKEND"] = "null"
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator  # noqa: E402

from sealprep.core.audio.wav_file import SAMPLE_RATE  # noqa: E402
from sealprep.core.bank.service import import_folder  # noqa: E402
from sealprep.core.rehearsal.session import SessionSettings  # noqa: E402
from sealprep.core.secretariat.people import Person  # noqa: E402
from sealprep.core.store import Store  # noqa: E402
from sealprep.ui.app import create_application  # noqa: E402
from sealprep.ui.app_context import AppContext  # noqa: E402
from sealprep.ui.rehearsal import HistoryPage, RehearsePage  # noqa: E402
from sealprep.ui.rehearsal.recording_settings import RecordingSettingsDialog  # noqa: E402

SIZE = (1366, 768)


def voice(seconds: float) -> bytes:
    """A vowel-like signal whose loudness rises and falls like speech."""
    count = int(seconds * SAMPLE_RATE)
    samples = []
    for i in range(count):
        t = i / SAMPLE_RATE
        envelope = 0.5 + 0.5 * math.sin(2 * math.pi * 3 * t)
        value = sum(math.sin(2 * math.pi * f * t) / k for k, f in enumerate((140, 280, 700, 1200), 1))
        samples.append(int(6000 * envelope * value))
    return struct.pack(f"<{count}h", *samples)


def settle(app) -> None:
    for _ in range(8):
        app.processEvents()
        time.sleep(0.02)


def save(widget, out: Path, name: str) -> None:
    path = out / f"recording-{name}.png"
    widget.grab().save(str(path))
    print(path)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", choices=("th", "en"), default="th")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="sealprep-shots-"))
    os.environ["XDG_CONFIG_HOME"] = str(work / "config")
    app = create_application()
    if args.lang == "th":
        for area in ("rehearsal", "browser"):
            translator = QTranslator(app)
            if translator.load(str(ROOT / "resources" / "translations" / f"sealprep_th_{area}.qm")):
                QCoreApplication.installTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.Thai, QLocale.Country.Thailand))
    store = Store.open(work / "store.db")
    import_folder(store, ROOT / "questions")
    somchai = store.people.save(Person("สมชาย ใจดี", position="ผู้อำนวยการกองยุทธศาสตร์", agency="สยป."))
    context = AppContext(store)
    page = RehearsePage(context)
    page.resize(*SIZE)
    page.show()

    sound = voice(2.0)
    for _ in range(2):  # two attempts at the same first question, each recorded
        controller = page.start(SessionSettings(person_id=somchai.id, order="bank", count=2), False)
        controller.toggle_recording()
        controller.recorder.answer.feed(sound)
        time.sleep(0.3)
        controller.tick()
        settle(app)
        controller.reveal()
        controller.set_key_point(0, True)
        controller.rate(3)
        controller.end()

    controller = page.start(SessionSettings(person_id=somchai.id, order="bank", count=3), False)
    controller.toggle_recording()
    controller.recorder.answer.feed(sound)
    time.sleep(0.4)
    settle(app)
    controller.recorder.answer.feed(sound[:3200])  # the latest buffer sets the level meter
    controller.tick()
    save(page, args.out, "answer")

    controller.toggle_recording()
    page.open_panel()
    assessor = page.assessor
    assessor.resize(*SIZE)
    controller.toggle_panel_recording()
    controller.recorder.panel.feed(sound)
    time.sleep(0.3)
    settle(app)
    controller.recorder.panel.feed(sound[:3200])
    controller.tick()
    save(assessor, args.out, "panel")
    controller.end()

    history = HistoryPage(context)
    history.resize(*SIZE)
    history.show()
    history.history.reload_people(somchai.id)
    history.history.refresh()
    settle(app)
    tree = history.history.tree
    session_item = tree.topLevelItem(1)
    session_item.setExpanded(True)
    tree.setCurrentItem(session_item.child(0))
    player = history.history.listening.player
    player.speed.setCurrentIndex(1)
    player.toggle()
    time.sleep(0.7)
    settle(app)
    save(history, args.out, "replay")
    player.toggle()

    dialog = RecordingSettingsDialog(store)
    dialog.show()
    settle(app)
    save(dialog, args.out, "settings")
    page.shutdown()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
