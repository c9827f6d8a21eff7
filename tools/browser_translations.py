"""Refresh the Thai translation of the bank browser and the main window, and compile it.

    python tools/browser_translations.py

The .ts holds the Thai already written; pyside6-lupdate keeps it, and the Thai below fills
messages that are new since (a new message without Thai here is an error).
"""

from __future__ import annotations

import sys
from pathlib import Path

from thai_translations import update_and_fill

REPO = Path(__file__).resolve().parents[1]
TS = REPO / "resources" / "translations" / "sealprep_th_browser.ts"
UI = REPO / "src" / "sealprep" / "ui"
SOURCES = [UI / "app.py", UI / "main_window.py", UI / "help_window.py", *sorted((UI / "browser").glob("*.py"))]

NEW_THAI: dict[str, str] = {
    "sealprep user guide": "คู่มือการใช้งาน sealprep",
    "&User guide": "คู่มือการใช้งาน(&U)",
    " min": " นาที",
    "Minutes and seconds, e.g. 2:30; step 15 seconds": "นาทีและวินาที เช่น 2:30 ปรับทีละ 15 วินาที",
}

if __name__ == "__main__":
    sys.exit(update_and_fill(SOURCES, TS, NEW_THAI))
