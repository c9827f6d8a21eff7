"""Fill the Thai translations of the pack dialogs and compile them.

    python tools/packs_translations.py

Runs pyside6-lupdate over src/sealprep/ui/packs/*.py into
resources/translations/sealprep_th_packs.ts, writes the Thai text below into every message (a
source without Thai here is an error, so nothing ships untranslated) and compiles the .qm with
pyside6-lrelease. Placeholders (%1) must survive translation: checked too. The reasons a pack is
refused come from the core in English and are shown as they are (they name files and formats).
"""

from __future__ import annotations

import sys
from pathlib import Path

from thai_translations import fill_and_compile

REPO = Path(__file__).resolve().parents[1]
TS = REPO / "resources" / "translations" / "sealprep_th_packs.ts"

THAI: dict[str, str] = {
    "Packs": "แพ็กข้อมูล",
    "Importing…": "กำลังนำเข้า…",
    "Writing the pack…": "กำลังเขียนแพ็ก…",
    "people": "บุคคล",
    "assignments": "การมอบหมาย",
    "assessors": "ผู้ประเมิน",
    "interview sessions": "รอบสัมภาษณ์",
    "rehearsals": "รอบการซ้อม",
    "questions rehearsed": "ข้อที่ซ้อม",
    "Refused, nothing changed: %1.": "ปฏิเสธแพ็กนี้ ไม่มีข้อมูลใดเปลี่ยนแปลง: %1",
    "Already imported: nothing to do.": "เคยนำเข้าแพ็กนี้แล้ว ไม่ต้องทำอะไรเพิ่ม",
    "New %1: %2": "%1 ใหม่: %2",
    "Updated %1: %2": "%1 ที่ปรับปรุง: %2",
    "Removed %1 (removed at the secretariat): %2": "%1 ที่นำออก (ฝ่ายเลขานุการนำออกแล้ว): %2",
    "Kept ours, which is newer (the pack's version is in history) — %1: %2": "คงข้อมูลในเครื่องนี้ซึ่งใหม่กว่า (ฉบับในแพ็กเก็บไว้ในประวัติ) — %1: %2",
    "The question bank was replaced: %1 questions.": "แทนที่คลังคำถามแล้ว: %1 ข้อ",
    "The question bank was kept: ours is the same or newer.": "คงคลังคำถามเดิมไว้ เพราะเหมือนกันหรือใหม่กว่า",
    "This laptop now rehearses as %1.": "เครื่องนี้บันทึกการซ้อมในนามของ %1 แล้ว",
    "Nothing new: everything in the pack was already here.": "ไม่มีข้อมูลใหม่ ทุกอย่างในแพ็กมีอยู่ในเครื่องนี้แล้ว",
    "%1 packs imported, %2 refused.": "นำเข้า %1 แพ็ก ปฏิเสธ %2 แพ็ก",
    "Preparation pack": "แพ็กเตรียมความพร้อม",
    "Progress pack": "แพ็กความคืบหน้า",
    "File": "ไฟล์",
    "made %1": "จัดทำเมื่อ %1",
    "Import summary": "สรุปการนำเข้า",
    "Close": "ปิด",
    "Everyone": "ทุกคน",
    "me": "ฉัน",
    "The progress pack holds your ratings, the key points you ticked and your rehearsal history. Your notes stay on this laptop unless you tick the box.": "แพ็กความคืบหน้ามีผลการประเมินตนเอง ประเด็นสำคัญที่ทำเครื่องหมายไว้ และประวัติการซ้อมของคุณ บันทึกของคุณจะอยู่ในเครื่องนี้เท่านั้น เว้นแต่คุณจะเลือกช่องด้านบน",
    "The preparation pack holds the question bank, the people, the assignments and the interview sessions. A pack for one person also tells their laptop who they are.": "แพ็กเตรียมความพร้อมมีคลังคำถาม รายชื่อบุคคล การมอบหมาย และรอบสัมภาษณ์ แพ็กรายบุคคลจะบอกเครื่องของผู้นั้นด้วยว่าผู้ใช้เป็นใคร",
    "%1 progress %2": "%1 ความคืบหน้า %2",
    "preparation %1": "เตรียมความพร้อม %1",
    "No one is on this laptop's roster yet: import your preparation pack first, then send your progress.": "เครื่องนี้ยังไม่มีรายชื่อบุคคล กรุณานำเข้าแพ็กเตรียมความพร้อมของคุณก่อน แล้วจึงส่งความคืบหน้า",
    "sealprep packs (*.sealpack)": "แพ็ก sealprep (*.sealpack)",
    "Save the pack as": "บันทึกแพ็กเป็น",
    "The pack could not be written: %1": "เขียนแพ็กไม่สำเร็จ: %1",
    "Export pack": "ส่งออกแพ็ก",
    "Kind of pack:": "ประเภทแพ็ก:",
    "Preparation pack (secretariat → laptop)": "แพ็กเตรียมความพร้อม (ฝ่ายเลขานุการ → เครื่องผู้ซ้อม)",
    "Progress pack (laptop → secretariat)": "แพ็กความคืบหน้า (เครื่องผู้ซ้อม → ฝ่ายเลขานุการ)",
    "For:": "สำหรับ:",
    "Include my rehearsal notes (they are personal)": "รวมบันทึกการซ้อมของฉัน (เป็นข้อมูลส่วนตัว)",
    "Save as:": "บันทึกเป็น:",
    "Browse…": "เลือก…",
    "Export": "ส่งออก",
    "Cancel": "ยกเลิก",
    "&Import pack…": "&นำเข้าแพ็ก…",
    "Import preparation or progress packs (select several at once)": "นำเข้าแพ็กเตรียมความพร้อมหรือแพ็กความคืบหน้า (เลือกได้หลายไฟล์พร้อมกัน)",
    "E&xport pack…": "&ส่งออกแพ็ก…",
    "Write a preparation pack or a progress pack": "เขียนแพ็กเตรียมความพร้อมหรือแพ็กความคืบหน้า",
    "Import packs": "นำเข้าแพ็ก",
    "sealprep packs (*.sealpack);;All files (*)": "แพ็ก sealprep (*.sealpack);;ทุกไฟล์ (*)",
    "Choose a folder for the preparation packs": "เลือกโฟลเดอร์สำหรับเก็บแพ็กเตรียมความพร้อม",
    "The packs could not be imported: %1": "นำเข้าแพ็กไม่สำเร็จ: %1",
    "Pack written: %1": "บันทึกแพ็กแล้ว: %1",
    "%1 preparation packs written to %2": "บันทึกแพ็กเตรียมความพร้อม %1 แพ็กไว้ที่ %2",
    "Send my progress…": "ส่งความคืบหน้าของฉัน…",
    "Export preparation packs for everyone…": "ส่งออกแพ็กเตรียมความพร้อมให้ทุกคน…",
}


def main() -> int:
    sources = sorted((REPO / "src" / "sealprep" / "ui" / "packs").glob("*.py"))
    return fill_and_compile(sources, TS, THAI)


if __name__ == "__main__":
    sys.exit(main())
