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
    "Include my recordings (they are personal)": "รวมเสียงบันทึกของฉัน (เป็นข้อมูลส่วนตัว)",
    "Recordings received: %1": "ได้รับเสียงบันทึก: %1",
    "the pack holds recordings that its progress.json does not list": "แพ็กมีเสียงบันทึกที่ progress.json ไม่ได้ระบุไว้",
    "the list of recordings in progress.json is not valid": "รายการเสียงบันทึกใน progress.json ไม่ถูกต้อง",
    "its recording '%1' is not a sealprep recording (%2)": "เสียงบันทึก '%1' ไม่ใช่ไฟล์เสียงของ sealprep (%2)",
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
    "the file does not exist": "ไม่พบไฟล์นี้",
    "it is a folder, not a pack file": "เป็นโฟลเดอร์ ไม่ใช่ไฟล์แพ็ก",
    "it is not a complete zip file (%1)": "ไม่ใช่ไฟล์ zip ที่สมบูรณ์ (%1)",
    "it uses a zip feature sealprep does not read (%1)": "ใช้รูปแบบ zip ที่ sealprep อ่านไม่ได้ (%1)",
    "it cannot be read (%1)": "อ่านไฟล์ไม่ได้ (%1)",
    "it has more than %1 members": "มีไฟล์ภายในเกิน %1 ไฟล์",
    "it has two members with the same name": "มีไฟล์ภายในสองไฟล์ที่ชื่อซ้ำกัน",
    "it has no manifest.json, so it is not a sealprep pack": "ไม่มี manifest.json จึงไม่ใช่แพ็กของ sealprep",
    "it would unpack to more than %1 MB": "เมื่อแตกไฟล์แล้วจะมีขนาดเกิน %1 MB",
    "its member '%1' has an absolute path": "ไฟล์ภายใน '%1' ระบุตำแหน่งแบบเต็ม (absolute path)",
    "its member '%1' has a backslash in its path": "ไฟล์ภายใน '%1' มีเครื่องหมาย \\ ในชื่อ",
    "its member '%1' points outside the pack (..)": "ไฟล์ภายใน '%1' ชี้ออกไปนอกแพ็ก (..)",
    "its member '%1' is a link": "ไฟล์ภายใน '%1' เป็นลิงก์",
    "its member '%1' is a folder": "ไฟล์ภายใน '%1' เป็นโฟลเดอร์",
    "its member '%1' is not listed in the manifest": "ไฟล์ภายใน '%1' ไม่อยู่ในรายการของ manifest",
    "its member '%1' does not match its checksum (the file was changed or damaged)": "ไฟล์ภายใน '%1' ไม่ตรงกับค่าตรวจสอบ (ไฟล์ถูกแก้ไขหรือเสียหาย)",
    "its member '%1' is listed in the manifest but missing": "ไฟล์ภายใน '%1' อยู่ในรายการของ manifest แต่ไม่มีอยู่จริง",
    "its manifest.json is not valid JSON": "manifest.json ไม่ใช่ JSON ที่ถูกต้อง",
    "its manifest.json is not a JSON object": "manifest.json ไม่ใช่ออบเจกต์ JSON",
    "its manifest.json has no valid format number": "manifest.json ไม่มีหมายเลขรูปแบบที่ถูกต้อง",
    "it was made by sealprep %1 in pack format %2, and this sealprep %3 reads formats up to %4: install sealprep %1 or newer to import it": "แพ็กนี้จัดทำโดย sealprep %1 ในรูปแบบที่ %2 แต่ sealprep %3 ในเครื่องนี้อ่านได้ถึงรูปแบบที่ %4 เท่านั้น กรุณาติดตั้ง sealprep %1 หรือใหม่กว่าเพื่อนำเข้า",
    "its manifest.json names an unknown kind of pack (%1)": "manifest.json ระบุประเภทแพ็กที่ไม่รู้จัก (%1)",
    "its manifest.json has no valid made_at time": "manifest.json ไม่มีเวลาที่จัดทำ (made_at) ที่ถูกต้อง",
    "its manifest.json has no list of members with checksums": "manifest.json ไม่มีรายการไฟล์ภายในพร้อมค่าตรวจสอบ",
    "its pack format %1 is too old for this sealprep": "แพ็กรูปแบบที่ %1 เก่าเกินกว่าที่ sealprep นี้จะอ่านได้",
    "the pack has no %1": "แพ็กไม่มี %1",
    "%1 in the pack is not valid JSON (%2)": "%1 ในแพ็กไม่ใช่ JSON ที่ถูกต้อง (%2)",
    "%1 in the pack is not a JSON object": "%1 ในแพ็กไม่ใช่ออบเจกต์ JSON",
    "a %1 in the pack has no valid change time": "ข้อมูล%1ในแพ็กไม่มีเวลาแก้ไขที่ถูกต้อง",
    "a %1 in the pack has no valid change time (%2)": "ข้อมูล%1ในแพ็กไม่มีเวลาแก้ไขที่ถูกต้อง (%2)",
    "a %1 in the pack has a change time without a time zone (%2)": "ข้อมูล%1ในแพ็กมีเวลาแก้ไขที่ไม่ระบุเขตเวลา (%2)",
    "'%1' in the pack is not a list": "'%1' ในแพ็กไม่ใช่รายการ",
    "a %1 in the pack has no valid id": "ข้อมูล%1ในแพ็กไม่มีรหัสที่ถูกต้อง",
    "a %1 in the pack has unknown fields: %2": "ข้อมูล%1ในแพ็กมีช่องข้อมูลที่ไม่รู้จัก: %2",
    "a %1 in the pack has an invalid %2 list": "ข้อมูล%1ในแพ็กมีรายการ %2 ที่ไม่ถูกต้อง",
    "a %1 in the pack has an invalid %2": "ข้อมูล%1ในแพ็กมี %2 ที่ไม่ถูกต้อง",
    "a %1 in the pack refers to a record the pack does not hold": "ข้อมูล%1ในแพ็กอ้างถึงข้อมูลที่ไม่มีอยู่ในแพ็ก",
    "the pack names its person with an invalid id": "แพ็กระบุบุคคลด้วยรหัสที่ไม่ถูกต้อง",
    "an assignment in the pack is not valid or names a person the pack does not hold": "การมอบหมายในแพ็กไม่ถูกต้อง หรืออ้างถึงบุคคลที่ไม่มีอยู่ในแพ็ก",
    "its question bank has %1 problems, the first: %2": "คลังคำถามในแพ็กมีปัญหา %1 จุด จุดแรก: %2",
    "the progress pack names no person": "แพ็กความคืบหน้าไม่ได้ระบุบุคคล",
    "the progress pack's manifest and content name different people": "manifest และเนื้อหาของแพ็กความคืบหน้าระบุบุคคลไม่ตรงกัน",
    "the progress pack holds rehearsals of someone other than its person": "แพ็กความคืบหน้ามีการซ้อมของบุคคลอื่นปนอยู่",
    "its data does not fit this sealprep's store (%1)": "ข้อมูลในแพ็กไม่เข้ากับฐานข้อมูลของ sealprep นี้ (%1)",
    "it cannot be read or its bank cannot be written (%1)": "อ่านแพ็กไม่ได้ หรือเขียนคลังคำถามลงเครื่องไม่ได้ (%1)",
    "Latest progress": "ความคืบหน้าล่าสุด",
    "none yet": "ยังไม่ได้รับ",
    "person": "บุคคล",
    "assessor": "ผู้ประเมิน",
    "interview session": "รอบสัมภาษณ์",
    "rehearsal": "รอบการซ้อม",
    "question rehearsed": "ข้อที่ซ้อม",
    "assignment": "การมอบหมาย",
}


def main() -> int:
    sources = sorted((REPO / "src" / "sealprep" / "ui" / "packs").glob("*.py"))
    return fill_and_compile(sources, TS, THAI)


if __name__ == "__main__":
    sys.exit(main())
