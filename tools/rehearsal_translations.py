"""Refresh the Thai translation of the bank rehearsal, and compile it.

    python tools/rehearsal_translations.py

The .ts holds the Thai already written; pyside6-lupdate keeps it, and the Thai below fills
messages that are new since (a new message without Thai here is an error).
"""

from __future__ import annotations

import sys
from pathlib import Path

from thai_translations import update_and_fill

REPO = Path(__file__).resolve().parents[1]
TS = REPO / "resources" / "translations" / "sealprep_th_rehearsal.ts"
UI = REPO / "src" / "sealprep" / "ui"
SOURCES = sorted((UI / "rehearsal").glob("*.py"))

NEW_THAI: dict[str, str] = {
    "No rehearsal yet. Open the Rehearse tab, choose who is rehearsing and press Start rehearsal: every session, rating and note then appears here.": "ยังไม่มีการซ้อม เปิดแท็บซ้อมสัมภาษณ์ เลือกผู้ซ้อม แล้วกดเริ่มซ้อม ทุกรอบที่ซ้อม คะแนน และบันทึกจะปรากฏที่นี่",
    "Shares are over each person's assigned questions, or the whole bank when they have none.": "สัดส่วนคิดจากข้อคำถามที่แต่ละคนได้รับมอบหมาย หรือทั้งคลังถ้ายังไม่ได้รับมอบหมาย",
}

if __name__ == "__main__":
    sys.exit(update_and_fill(SOURCES, TS, NEW_THAI))
