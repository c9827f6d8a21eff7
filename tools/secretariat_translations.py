"""Fill the Thai translations of the secretariat's interface and compile them.

    python tools/secretariat_translations.py

Runs pyside6-lupdate over src/sealprep/ui/secretariat/*.py into
resources/translations/sealprep_th_secretariat.ts, writes the Thai text below into every
message (a source without Thai here is an error, so nothing ships untranslated), and compiles
the .qm with pyside6-lrelease. Placeholders (%1, {name}) must survive translation: checked too.
"""

from __future__ import annotations

import sys
from pathlib import Path

from thai_translations import fill_and_compile

REPO = Path(__file__).resolve().parents[1]
TS = REPO / "resources" / "translations" / "sealprep_th_secretariat.ts"

THAI: dict[str, str] = {
    # pages and common words
    "People": "รายชื่อบุคคล",
    "Coverage": "ความครอบคลุม",
    "Schedule": "ตารางสัมภาษณ์",
    "Interviewee": "ผู้เข้ารับการสัมภาษณ์",
    "Interviewees": "ผู้เข้ารับการสัมภาษณ์",
    "Secretariat": "ฝ่ายเลขานุการ",
    "Everyone": "ทุกคน",
    "Primary": "หลัก",
    "Backup": "สำรอง",
    "Dimension %1": "มิติที่ %1",
    "D%1": "มิติ %1",
    "Name": "ชื่อ-นามสกุล",
    "Position": "ตำแหน่ง",
    "Agency": "หน่วยงาน",
    "E-mail": "อีเมล",
    "Phone": "โทรศัพท์",
    "Role": "บทบาท",
    "Notes": "หมายเหตุ",
    "Id": "รหัส",
    "Question": "ข้อคำถาม",
    "Questions": "ข้อคำถาม",
    "Sessions": "รอบสัมภาษณ์",
    "Session": "รอบสัมภาษณ์",
    "Person": "บุคคล",
    "Date": "วันที่",
    "Time": "เวลา",
    "Room": "ห้อง",
    "Title": "หัวข้อ",
    "Total": "รวม",
    "Ready": "ความพร้อม",
    "Readiness": "ความพร้อม",
    "Import": "นำเข้า",
    "OK": "ตกลง",
    "Save": "บันทึก",
    "Cancel": "ยกเลิก",
    "Yes": "ใช่",
    "No": "ไม่ใช่",
    "Export": "ส่งออก",
    "Remove": "ลบ",
    "Delete": "ลบ",
    "Edit...": "แก้ไข...",
    "(no longer in the bank)": "(ไม่มีในคลังคำถามแล้ว)",
    "Spreadsheets (*.xlsx *.csv);;Excel workbook (*.xlsx);;CSV (*.csv)": "ตารางข้อมูล (*.xlsx *.csv);;สมุดงาน Excel (*.xlsx);;CSV (*.csv)",
    "Excel workbook (*.xlsx);;CSV for Excel, UTF-8 (*.csv)": "สมุดงาน Excel (*.xlsx);;CSV สำหรับ Excel แบบ UTF-8 (*.csv)",
    # import problems
    "the file has no rows below its header": "ไฟล์ไม่มีข้อมูลใต้แถวหัวตาราง",
    "no header row: the first rows must name the columns ({expected})": "ไม่พบแถวหัวตาราง: แถวแรก ๆ ต้องระบุชื่อคอลัมน์ ({expected})",
    "no '{column}' column (write one of: {expected})": "ไม่มีคอลัมน์ '{column}' (ใช้ชื่อใดชื่อหนึ่ง: {expected})",
    "text that is neither UTF-8 nor Thai Windows (cp874/TIS-620) in column '{column}'; save the file again as 'CSV UTF-8'":
        "คอลัมน์ '{column}' มีข้อความที่อ่านไม่ได้ทั้งแบบ UTF-8 และแบบ Windows ภาษาไทย (cp874/TIS-620) กรุณาบันทึกไฟล์ใหม่เป็น 'CSV UTF-8'",
    "the same {what} as row {other}": "{what}ซ้ำกับแถว {other}",
    "person and question": "บุคคลและข้อคำถาม",
    "person": "บุคคล",
    "no name": "ไม่มีชื่อ",
    "unknown agency '{agency}' (write a code from agencies.yaml such as {example}, or the agency's full name)":
        "ไม่รู้จักหน่วยงาน '{agency}' (ใช้อักษรย่อใน agencies.yaml เช่น {example} หรือชื่อเต็มของหน่วยงาน)",
    "unknown agency '{agency}': there is no question bank (and so no agencies) yet; import the bank first":
        "ไม่รู้จักหน่วยงาน '{agency}': ยังไม่มีคลังคำถาม (จึงยังไม่มีรายชื่อหน่วยงาน) กรุณานำเข้าคลังคำถามก่อน",
    "role '{value}' is neither interviewee nor secretariat": "บทบาท '{value}' ไม่ใช่ผู้เข้ารับการสัมภาษณ์หรือฝ่ายเลขานุการ",
    "'{value}' is not an e-mail address": "'{value}' ไม่ใช่ที่อยู่อีเมล",
    "no person": "ไม่ระบุบุคคล",
    "no one on the roster is '{person}'": "ไม่มี '{person}' ในรายชื่อ",
    "'{person}' could be any of {count} people on the roster; write their e-mail instead":
        "'{person}' ตรงกับบุคคลในรายชื่อ {count} คน กรุณาระบุอีเมลแทน",
    "no question id": "ไม่ระบุรหัสข้อคำถาม",
    "no question '{question}' in the bank": "ไม่มีข้อคำถาม '{question}' ในคลังคำถาม",
    "role '{value}' is neither primary nor backup": "บทบาท '{value}' ไม่ใช่หลักหรือสำรอง",
    "row %1: %2": "แถว %1: %2",
    # conflicts
    "{subject} is in two sessions at the same time": "{subject} อยู่ในสองรอบสัมภาษณ์ในเวลาเดียวกัน",
    "assessor {subject} is in two sessions at the same time": "ผู้ประเมิน {subject} อยู่ในสองรอบสัมภาษณ์ในเวลาเดียวกัน",
    "room {subject} holds two sessions at the same time": "ห้อง {subject} มีสองรอบสัมภาษณ์ในเวลาเดียวกัน",
    "a session with no interviewee": "รอบสัมภาษณ์ที่ไม่มีผู้เข้ารับการสัมภาษณ์",
    "the session ends at or before its start": "เวลาสิ้นสุดไม่อยู่หลังเวลาเริ่ม",
    # assessment days
    "Assessment days": "วันตรวจประเมิน",
    "Assessment days...": "วันตรวจประเมิน...",
    "First day": "วันแรก",
    "Last day": "วันสุดท้าย",
    "%1 to %2: %3 days": "%1 ถึง %2: %3 วัน",
    "The last day must come after the first, within a month.": "วันสุดท้ายต้องอยู่หลังวันแรก และห่างกันไม่เกินหนึ่งเดือน",
    "Write the dates as 9/2/2569, ๙ ก.พ. ๒๕๖๙ or 2026-02-09.": "พิมพ์วันที่เช่น 9/2/2569, ๙ ก.พ. ๒๕๖๙ หรือ 2026-02-09",
    # assessors
    "Assessor panel": "คณะผู้ประเมิน",
    "Assessor panel...": "คณะผู้ประเมิน...",
    "Organisation": "หน่วยงาน/องค์กร",
    "Expertise": "ความเชี่ยวชาญ",
    "Add assessor": "เพิ่มผู้ประเมิน",
    "Remove selected": "ลบแถวที่เลือก",
    "The people who assess (they are not on the roster). Removing one takes them off every session.":
        "ผู้ทำหน้าที่ประเมิน (ไม่อยู่ในรายชื่อบุคคล) การลบผู้ประเมินจะนำออกจากทุกรอบสัมภาษณ์",
    "Every assessor needs a name (or remove the row).": "ผู้ประเมินทุกคนต้องมีชื่อ (หรือลบแถวนั้นออก)",
    "Assessors: %1": "ผู้ประเมิน: %1",
    "Warning:": "คำเตือน:",
    # assignment dialogs
    "People for %1": "ผู้รับผิดชอบข้อ %1",
    "Questions for %1": "ข้อคำถามของ %1",
    "Filter people by name, position or agency...": "กรองตามชื่อ ตำแหน่ง หรือหน่วยงาน...",
    "Filter questions by id, text or agency...": "กรองตามรหัส ข้อความ หรือหน่วยงาน...",
    "This person's agency has a suggested answer to the question": "หน่วยงานของบุคคลนี้มีแนวคำตอบของข้อคำถามนี้",
    "On the roster as": "บทบาทในรายชื่อ",
    "Add everyone from the answering agencies (%1)": "เพิ่มทุกคนจากหน่วยงานที่มีแนวคำตอบ (%1)",
    "People in bold work in an agency that has a suggested answer to this question.": "ตัวหนา: บุคคลจากหน่วยงานที่มีแนวคำตอบของข้อคำถามนี้",
    "All dimensions": "ทุกมิติ",
    "Dim.": "มิติ",
    "Answers by": "แนวคำตอบจาก",
    "Add the dimension": "เพิ่มทั้งมิติ",
    "Add the benchmark": "เพิ่มทั้งตัวชี้วัด",
    "Add every question %1 answers": "เพิ่มทุกข้อที่ %1 มีแนวคำตอบ",
    "Every question that has a suggested answer from the person's own agency": "ทุกข้อคำถามที่หน่วยงานของบุคคลนี้มีแนวคำตอบ",
    "Questions in bold have a suggested answer from %1.": "ตัวหนา: ข้อคำถามที่ %1 มีแนวคำตอบ",
    "Assigned only": "เฉพาะที่มอบหมายแล้ว",
    "Unassign": "ยกเลิกการมอบหมาย",
    "Add many at once": "เพิ่มหลายข้อพร้อมกัน",
    "as": "เป็น",
    "Selected rows:": "แถวที่เลือก:",
    "Added %1; %2 already assigned kept their role.": "เพิ่ม %1 รายการ; %2 รายการที่มอบหมายไว้แล้วคงบทบาทเดิม",
    "%1 primary, %2 backup": "หลัก %1 สำรอง %2",
    # coverage
    "Cells: primary + backup assignments": "ในตาราง: จำนวนข้อที่เป็นผู้ตอบหลัก + สำรอง",
    "Questions the person is ready on, of those assigned (from mock interviews); 'no data yet' until someone rehearses":
        "จำนวนข้อที่พร้อมจากข้อที่ได้รับมอบหมาย (จากการซ้อมสัมภาษณ์) แสดง 'ยังไม่มีข้อมูล' จนกว่าจะมีการซ้อม",
    "ready %1": "พร้อม %1",
    "no data yet": "ยังไม่มีข้อมูล",
    "%1 — %2: %3 primary, %4 backup": "%1 — %2: หลัก %3 สำรอง %4",
    "Prepared people (need %1)": "ผู้พร้อม (ต้องการ %1 คน)",
    "%1 people assigned, %2 ready (from mock interviews)": "ได้รับมอบหมาย %1 คน พร้อม %2 คน (จากการซ้อมสัมภาษณ์)",
    "%1 people hold at least one assignment in this dimension": "%1 คนได้รับมอบหมายอย่างน้อยหนึ่งข้อในมิตินี้",
    "A dimension is short when fewer people than this are prepared on it": "มิติที่มีผู้พร้อมน้อยกว่าจำนวนนี้ถือว่ายังไม่เพียงพอ",
    "Export table...": "ส่งออกตาราง...",
    "Prepared people needed per dimension:": "จำนวนผู้พร้อมที่ต้องการต่อมิติ:",
    "Readiness from mock interviews is included: a prepared person is ready on at least one assigned question of the dimension.":
        "รวมความพร้อมจากการซ้อมสัมภาษณ์แล้ว: ผู้พร้อมคือผู้ที่พร้อมอย่างน้อยหนึ่งข้อที่ได้รับมอบหมายในมิตินั้น",
    "No rehearsal data yet: a prepared person holds at least one assignment in the dimension. Readiness appears here after mock interviews.":
        "ยังไม่มีข้อมูลการซ้อม: ผู้พร้อมคือผู้ที่ได้รับมอบหมายอย่างน้อยหนึ่งข้อในมิตินั้น ความพร้อมจะแสดงหลังการซ้อมสัมภาษณ์",
    "Questions without a primary owner: %1": "ข้อคำถามที่ยังไม่มีผู้ตอบหลัก: %1",
    "Dimensions with fewer than %1 prepared: %2": "มิติที่มีผู้พร้อมน้อยกว่า %1 คน: %2",
    "%1: %2 of %3 prepared": "%1: พร้อม %2 จาก %3 คน",
    "Interviewees without assignments: %1": "ผู้เข้ารับการสัมภาษณ์ที่ยังไม่ได้รับมอบหมาย: %1",
    "%1 has %2 primary owners: %3": "%1 มีผู้ตอบหลัก %2 คน: %3",
    "%1 is assigned %2, which is no longer in the bank": "%1 ได้รับมอบหมายข้อ %2 ซึ่งไม่มีในคลังคำถามแล้ว",
    "To check: %1": "ควรตรวจสอบ: %1",
    "Click a cell of the matrix, a dimension or a list entry to see the questions behind it.":
        "คลิกช่องในตาราง ชื่อมิติ หรือรายการ เพื่อดูข้อคำถามที่เกี่ยวข้อง",
    "no data": "ไม่มีข้อมูล",
    "ready": "พร้อม",
    "not ready yet": "ยังไม่พร้อม",
    "not rehearsed": "ยังไม่ได้ซ้อม",
    "No assignment in this dimension.": "ไม่มีข้อที่ได้รับมอบหมายในมิตินี้",
    "Assign questions...": "มอบหมายข้อคำถาม...",
    "Assign people...": "มอบหมายผู้รับผิดชอบ...",
    "%1 questions, %2 without a primary owner; %3 prepared people (need %4)": "%1 ข้อ ยังไม่มีผู้ตอบหลัก %2 ข้อ; ผู้พร้อม %3 คน (ต้องการ %4 คน)",
    "Export the coverage table": "ส่งออกตารางความครอบคลุม",
    "coverage.xlsx": "ความครอบคลุม.xlsx",
    "Wrote the coverage table to %1.": "บันทึกตารางความครอบคลุมที่ %1 แล้ว",
    # import preview
    "Row": "แถว",
    "Result": "ผลการตรวจ",
    "%n problem(s): fix them in the file and open it again. Nothing is imported until the file is clean.":
        "พบปัญหา %n รายการ: แก้ไขในไฟล์แล้วเปิดใหม่ ระบบจะไม่นำเข้าข้อมูลใดจนกว่าไฟล์จะถูกต้องทั้งหมด",
    "No problems: every row can be imported.": "ไม่พบปัญหา: นำเข้าได้ทุกแถว",
    "new person": "บุคคลใหม่",
    "already on the roster, unchanged": "มีในรายชื่อแล้ว ไม่เปลี่ยนแปลง",
    "not importable": "นำเข้าไม่ได้",
    "update: %1": "ปรับปรุง: %1",
    "%1 — %2. %3 new, %4 to update, %5 unchanged.": "%1 — %2 ใหม่ %3 คน ปรับปรุง %4 คน ไม่เปลี่ยนแปลง %5 คน",
    "Columns not used: %1.": "คอลัมน์ที่ไม่ได้ใช้: %1",
    "Import people": "นำเข้ารายชื่อบุคคล",
    "new assignment": "มอบหมายใหม่",
    "role changes": "เปลี่ยนบทบาท",
    "unchanged": "ไม่เปลี่ยนแปลง",
    "%1 — %2. %3 new, %4 with another role, %5 unchanged.": "%1 — %2 ใหม่ %3 รายการ เปลี่ยนบทบาท %4 รายการ ไม่เปลี่ยนแปลง %5 รายการ",
    "Person (as written)": "บุคคล (ตามที่เขียนในไฟล์)",
    "On the roster": "ตรงกับรายชื่อ",
    "Import assignments": "นำเข้าการมอบหมาย",
    "Replace all assignments: remove those this file does not name": "แทนที่การมอบหมายทั้งหมด: ลบรายการที่ไม่มีในไฟล์นี้",
    # people page
    "Add person...": "เพิ่มบุคคล...",
    "People from CSV or Excel...": "รายชื่อบุคคลจาก CSV หรือ Excel...",
    "Assignments from CSV or Excel...": "การมอบหมายจาก CSV หรือ Excel...",
    "Roster...": "รายชื่อบุคคล...",
    "Assignments...": "การมอบหมาย...",
    "Filter by name, position, agency, e-mail...": "กรองตามชื่อ ตำแหน่ง หน่วยงาน อีเมล...",
    "%1 people": "%1 คน",
    "%1 of %2 people": "%1 จาก %2 คน",
    "Added %1.": "เพิ่ม %1 แล้ว",
    "Saved %1.": "บันทึก %1 แล้ว",
    "Remove %1 from the roster? Their %2 assignment(s) are removed too, and they leave %3 interview session(s).":
        "ลบ %1 ออกจากรายชื่อหรือไม่? การมอบหมาย %2 รายการจะถูกลบด้วย และจะถูกนำออกจากรอบสัมภาษณ์ %3 รอบ",
    "Remove person": "ลบบุคคล",
    "%1 has rehearsal history, which must be kept, so they stay on the roster.": "%1 มีประวัติการซ้อมสัมภาษณ์ที่ต้องเก็บไว้ จึงยังคงอยู่ในรายชื่อ",
    "Removed %1.": "ลบ %1 แล้ว",
    "Nothing was imported.": "ไม่ได้นำเข้าข้อมูล",
    "Imported %1: %2 new, %3 updated, %4 unchanged.": "นำเข้า %1 แล้ว: ใหม่ %2 คน ปรับปรุง %3 คน ไม่เปลี่ยนแปลง %4 คน",
    "Imported %1: %2 new, %3 changed, %4 unchanged, %5 removed.": "นำเข้า %1 แล้ว: ใหม่ %2 เปลี่ยน %3 ไม่เปลี่ยนแปลง %4 ลบ %5 รายการ",
    "Export the roster": "ส่งออกรายชื่อบุคคล",
    "roster.xlsx": "รายชื่อ.xlsx",
    "Export the assignments": "ส่งออกการมอบหมาย",
    "assignments.xlsx": "การมอบหมาย.xlsx",
    "Wrote %1 rows to %2.": "บันทึก %1 แถวที่ %2 แล้ว",
    "Assigned questions: primary + backup": "ข้อคำถามที่ได้รับมอบหมาย: หลัก + สำรอง",
    # person dialog
    "Edit person": "แก้ไขข้อมูลบุคคล",
    "Add person": "เพิ่มบุคคล",
    "Title and full name as written, e.g. นางสาวสมหญิง รักเรียน": "คำนำหน้าและชื่อ-นามสกุลตามที่เขียน เช่น นางสาวสมหญิง รักเรียน",
    "— none —": "— ไม่ระบุ —",
    "%1 (not in the bank)": "%1 (ไม่มีในคลังคำถาม)",
    "A person needs a name.": "ต้องระบุชื่อ",
    "'%1' is not an e-mail address.": "'%1' ไม่ใช่ที่อยู่อีเมล",
    "%1 is already on the roster (same e-mail, or same name and agency).": "%1 มีอยู่ในรายชื่อแล้ว (อีเมลเดียวกัน หรือชื่อและหน่วยงานเดียวกัน)",
    # profile
    "Assigned questions": "ข้อคำถามที่ได้รับมอบหมาย",
    "Interview sessions": "รอบสัมภาษณ์",
    "Assigned questions: %1 primary, %2 backup": "ข้อคำถามที่ได้รับมอบหมาย: หลัก %1 สำรอง %2",
    "Interview sessions: %1": "รอบสัมภาษณ์: %1",
    "Interview sessions: none scheduled": "รอบสัมภาษณ์: ยังไม่มีในตาราง",
    "Choose a person to see their questions and interview sessions.": "เลือกบุคคลเพื่อดูข้อคำถามและรอบสัมภาษณ์",
    # schedule
    "New session...": "เพิ่มรอบสัมภาษณ์...",
    "Thai digits (๑๒๓)": "ตัวเลขไทย (๑๒๓)",
    "Show dates and times with Thai digits on a Thai interface": "แสดงวันที่และเวลาด้วยตัวเลขไทยเมื่อใช้ภาษาไทย",
    "(no room)": "(ไม่ระบุห้อง)",
    "No assessment days yet. Set the assessment days, or add a session.": "ยังไม่มีวันตรวจประเมิน กำหนดวันตรวจประเมิน หรือเพิ่มรอบสัมภาษณ์",
    "Conflicts: %1": "ตารางชนกัน: %1",
    "No conflicts": "ไม่มีตารางชนกัน",
    "Session added.": "เพิ่มรอบสัมภาษณ์แล้ว",
    "Session saved.": "บันทึกรอบสัมภาษณ์แล้ว",
    "Delete the session of %1, %2?": "ลบรอบสัมภาษณ์วันที่ %1 เวลา %2 หรือไม่?",
    "Delete session": "ลบรอบสัมภาษณ์",
    "Session deleted.": "ลบรอบสัมภาษณ์แล้ว",
    "Assessors": "ผู้ประเมิน",
    "Click a session to see it; double-click to edit it, or double-click an empty place to add one there.":
        "คลิกรอบสัมภาษณ์เพื่อดูรายละเอียด ดับเบิลคลิกเพื่อแก้ไข หรือดับเบิลคลิกที่ว่างเพื่อเพิ่มรอบใหม่ ณ เวลานั้น",
    # session dialog
    "Edit session": "แก้ไขรอบสัมภาษณ์",
    "New session": "รอบสัมภาษณ์ใหม่",
    "e.g. ห้องประชุม 1 ศาลาว่าการ กทม. 2": "เช่น ห้องประชุม 1 ศาลาว่าการ กทม. 2",
    "e.g. มิติ 1 การวางแผนและการจัดการ": "เช่น มิติ 1 การวางแผนและการจัดการ",
    "Filter people...": "กรองรายชื่อ...",
    "Not a date: write it as 9/2/2569, ๙ ก.พ. ๒๕๖๙ or 2026-02-09.": "ไม่ใช่วันที่: พิมพ์เช่น 9/2/2569, ๙ ก.พ. ๒๕๖๙ หรือ 2026-02-09",
    "The session must end after it starts.": "เวลาสิ้นสุดต้องอยู่หลังเวลาเริ่ม",
    "%1 minutes": "%1 นาที",
    "Not a time: write it as 09:30 or ๙.๓๐.": "ไม่ใช่เวลา: พิมพ์เช่น 09:30 หรือ ๙.๓๐",
}

def main() -> int:
    sources = sorted((REPO / "src" / "sealprep" / "ui" / "secretariat").glob("*.py"))
    return fill_and_compile(sources, TS, THAI)


if __name__ == "__main__":
    sys.exit(main())
