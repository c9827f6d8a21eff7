"""Refresh the Thai translations whose Thai is kept in the .ts itself, and compile them: the
bank browser with the main window and the help window (sealprep_th_browser), and the rehearsal
views (sealprep_th_rehearsal).

    python tools/ui_translations.py

pyside6-lupdate keeps the Thai already written; messages that are new since take their Thai
from the tables below (a new message without Thai here is an error, so nothing ships
untranslated).
"""

from __future__ import annotations

import sys
from pathlib import Path

from thai_translations import update_and_fill

REPO = Path(__file__).resolve().parents[1]
TRANSLATIONS = REPO / "resources" / "translations"
UI = REPO / "src" / "sealprep" / "ui"

BROWSER_SOURCES = [UI / "app.py", UI / "main_window.py", UI / "help_window.py", *sorted((UI / "browser").glob("*.py"))]
BROWSER_THAI: dict[str, str] = {
    "sealprep user guide": "คู่มือการใช้งาน sealprep",
    "&User guide": "คู่มือการใช้งาน(&U)",
    " min": " นาที",
    "Minutes and seconds, e.g. 2:30; step 15 seconds": "นาทีและวินาที เช่น 2:30 ปรับทีละ 15 วินาที",
}

REHEARSAL_SOURCES = sorted((UI / "rehearsal").glob("*.py"))
REHEARSAL_THAI: dict[str, str] = {
    "No rehearsal yet. Open the Rehearse tab, choose who is rehearsing and press Start rehearsal: every session, rating and note then appears here.": "ยังไม่มีการซ้อม เปิดแท็บซ้อมสัมภาษณ์ เลือกผู้ซ้อม แล้วกดเริ่มซ้อม ทุกรอบที่ซ้อม คะแนน และบันทึกจะปรากฏที่นี่",
    "Shares are over each person's assigned questions, or the whole bank when they have none.": "สัดส่วนคิดจากข้อคำถามที่แต่ละคนได้รับมอบหมาย หรือทั้งคลังถ้ายังไม่ได้รับมอบหมาย",
}

AREAS = (
    (BROWSER_SOURCES, TRANSLATIONS / "sealprep_th_browser.ts", BROWSER_THAI),
    (REHEARSAL_SOURCES, TRANSLATIONS / "sealprep_th_rehearsal.ts", REHEARSAL_THAI),
)

if __name__ == "__main__":
    sys.exit(max(update_and_fill(sources, ts, thai) for sources, ts, thai in AREAS))
