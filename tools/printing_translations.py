"""Fill the Thai translations of the Print… dialog and compile them.

    python tools/printing_translations.py

Runs pyside6-lupdate over src/sealprep/ui/printing/*.py into
resources/translations/sealprep_th_printing.ts, writes the Thai text below into every message
(a source without Thai here is an error, so nothing ships untranslated) and compiles the .qm
with pyside6-lrelease. Placeholders (%1) must survive translation: checked too. The printed
documents' own words are not here: they live in src/sealprep/printing/labels.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

from thai_translations import fill_and_compile

REPO = Path(__file__).resolve().parents[1]
TS = REPO / "resources" / "translations" / "sealprep_th_printing.ts"

THAI: dict[str, str] = {
    "Print": "พิมพ์",
    "Saved to %1": "บันทึกไว้ที่ %1",
    "Saved %2 PDF files in %1": "บันทึกไฟล์ PDF %2 ไฟล์ไว้ใน %1",
    "(no PDF viewer opened it: use Open or Open folder)": "(ไม่มีโปรแกรมอ่าน PDF เปิดไฟล์ให้ กดเปิด หรือเปิดโฟลเดอร์)",
    "Close": "ปิด",
    "Open": "เปิด",
    "Open folder": "เปิดโฟลเดอร์",
    "&Print…": "&พิมพ์…",
    "Print briefing sheets, a booklet or the bank reference book as PDF": "พิมพ์เอกสารเตรียมการสัมภาษณ์ ฉบับรวมเล่ม หรือคลังคำถามฉบับอ้างอิงเป็น PDF",
    "Print briefing sheet…": "พิมพ์เอกสารเตรียมการสัมภาษณ์…",
    "What to print": "สิ่งที่จะพิมพ์",
    "Briefing sheets (one PDF per person)": "เอกสารเตรียมการสัมภาษณ์ (แยกไฟล์ PDF รายคน)",
    "Booklet of briefing sheets (one PDF)": "เอกสารเตรียมการสัมภาษณ์ฉบับรวมเล่ม (PDF ไฟล์เดียว)",
    "Bank reference book": "คลังคำถามฉบับอ้างอิง",
    "People": "บุคคล",
    "Everyone to interview": "ผู้เข้ารับการสัมภาษณ์ทุกคน",
    "Filter by name or agency…": "กรองตามชื่อหรือหน่วยงาน…",
    "Select all": "เลือกทั้งหมด",
    "Select none": "ไม่เลือกเลย",
    "Options": "ตัวเลือก",
    "Include the person's rehearsal notes": "รวมบันทึกการซ้อมของผู้เข้ารับการสัมภาษณ์",
    "Page marking:": "ข้อความท้ายหน้า:",
    "Printed in the footer of every page, e.g. เอกสารใช้ภายใน": "พิมพ์ไว้ที่ท้ายทุกหน้า เช่น เอกสารใช้ภายใน",
    "Binding gutter:": "ระยะเว้นขอบเย็บเล่ม:",
    " mm": " มม.",
    "None": "ไม่เว้น",
    "For double-sided printing that is bound or stapled: extra margin on the inner edge "
    "(left of odd pages, right of even pages); the text moves toward the outer edge": "สำหรับพิมพ์สองหน้าแล้วเย็บเล่มหรือเย็บมุม: "
    "เว้นขอบด้านในเพิ่ม (ด้านซ้ายของหน้าคี่ ด้านขวาของหน้าคู่) เนื้อความจะขยับไปทางขอบด้านนอก",
    "Save in folder:": "บันทึกในโฟลเดอร์:",
    "Save as:": "บันทึกเป็น:",
    "Browse…": "เลือก…",
    "Cancel": "ยกเลิก",
    "Choose a folder for the sheets": "เลือกโฟลเดอร์สำหรับเก็บเอกสาร",
    "Save the PDF as": "บันทึกไฟล์ PDF เป็น",
    "PDF files (*.pdf)": "ไฟล์ PDF (*.pdf)",
    "Choose where to save the PDF.": "กรุณาเลือกตำแหน่งที่จะบันทึกไฟล์ PDF",
    "Printing…": "กำลังพิมพ์…",
    "Preparing the PDF…": "กำลังเตรียมไฟล์ PDF…",
    "Printing": "กำลังพิมพ์",
    "Cancelling…": "กำลังยกเลิก…",
    "Typesetting… %1 of %2": "กำลังจัดหน้า… %1 จาก %2",
    "Written: %1": "บันทึกแล้ว: %1",
    "Printed with changes": "พิมพ์แล้ว แต่มีบางส่วนที่ปรับรูปแบบ",
    "The PDF was written, but some content did not fit and was printed as text:": "บันทึกไฟล์ PDF แล้ว แต่มีเนื้อหาบางส่วนที่ไม่พอดีหน้ากระดาษ จึงพิมพ์เป็นข้อความ:",
    "Could not print: %1": "พิมพ์ไม่สำเร็จ: %1",
    "Printing was cancelled; no PDF was written.": "ยกเลิกการพิมพ์แล้ว ไม่มีการบันทึกไฟล์ PDF",
}


def main() -> int:
    sources = sorted((REPO / "src" / "sealprep" / "ui" / "printing").glob("*.py"))
    return fill_and_compile(sources, TS, THAI)


if __name__ == "__main__":
    sys.exit(main())
