"""Builds the real Rehearse page on a store file and types notes into it, for the SIGKILL test.

    python notes_driver.py STORE BANK_DIR [--wait]

With ``--wait`` it prints ``STARTED`` once the session has begun and waits for a line on
standard input before typing (so that a test can take the store's write lock in between).

Types FIRST_PART into the notes box, a few characters at a time without pausing, prints
``TYPED <attempt id>`` and flushes, then keeps typing REST_PART the same way until it is killed.
After every few characters it prints ``LEN <characters typed so far>``.
The typing never pauses long enough for the debounce alone to save, so what reaches the store is
what the "at most a second" rule saves.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from rehearsal_typing import press

from bank_factory import write_bank
from sealprep.core.bank.service import import_folder
from sealprep.core.rehearsal.session import SessionSettings
from sealprep.core.store import Store
from sealprep.ui.app import create_application
from sealprep.ui.app_context import AppContext
from sealprep.ui.rehearsal import RehearsePage

FIRST_PART = "ผู้ประเมินถามเรื่องงบประมาณ ตอบว่า 3-5 วันต่อเดือน "
REST_PART = "แล้วต่อด้วยตัวอย่างโครงการ BMA Policy Tracking "
CHARS_PER_TICK = 2
TICK_MS = 40


def main(store_path: str, bank_dir: str, wait: bool = False) -> int:
    app = create_application()
    store = Store.open(store_path)
    if store.bank.is_empty():
        import_folder(store, write_bank(Path(bank_dir)))
    page = RehearsePage(AppContext(store))
    page.resize(1280, 800)
    page.show()
    controller = page.start(SessionSettings(order="bank"), False)
    notes = page.rehearsal_screen.notes
    notes.setFocus()
    if wait:
        print("STARTED", flush=True)
        sys.stdin.readline()
    queue = list(FIRST_PART)
    state = {"marked": False}

    def tick() -> None:
        for _ in range(CHARS_PER_TICK):
            if not queue:
                if not state["marked"]:
                    print(f"TYPED {controller.session.item.attempt_id}", flush=True)
                    state["marked"] = True
                queue.extend(REST_PART)
            press(notes, queue.pop(0))
            state["typed"] = state.get("typed", 0) + 1
        print(f"LEN {state['typed']}", flush=True)

    timer = QTimer(interval=TICK_MS)
    timer.timeout.connect(tick)
    timer.start()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], "--wait" in sys.argv[3:]))
