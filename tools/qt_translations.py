"""Thai for Qt's own words: standard dialog buttons, message boxes, the (non-native) file
dialog and the text-field context menu. Qt ships no qtbase_th, so sealprep carries these.

    python tools/qt_translations.py

Writes resources/translations/sealprep_th_qt.ts and compiles the .qm; ``ui.i18n`` installs it
with every other ``sealprep_th_*.qm``. The contexts and source texts are Qt's own (recorded by
tests/ui_browser/test_qt_thai.py, which fails when Qt shows a word that is missing here).
"""

from __future__ import annotations

import sys
from pathlib import Path

from thai_translations import write_and_compile

REPO = Path(__file__).resolve().parents[1]
TS = REPO / "resources" / "translations" / "sealprep_th_qt.ts"

EDITING = {
    "&Undo": "เลิกทำ(&U)",
    "&Redo": "ทำซ้ำ(&R)",
    "Cu&t": "ตัด(&T)",
    "&Copy": "คัดลอก(&C)",
    "&Paste": "วาง(&P)",
    "Delete": "ลบ",
    "Select All": "เลือกทั้งหมด",
}

QT_THAI: dict[str, dict[str, str]] = {
    "QPlatformTheme": {
        "OK": "ตกลง",
        "Save": "บันทึก",
        "Save All": "บันทึกทั้งหมด",
        "Open": "เปิด",
        "&Yes": "ใช่(&Y)",
        "Yes to &All": "ใช่ทั้งหมด(&A)",
        "&No": "ไม่(&N)",
        "N&o to All": "ไม่ทั้งหมด(&O)",
        "Abort": "ยุติ",
        "Retry": "ลองใหม่",
        "Ignore": "ข้าม",
        "Close": "ปิด",
        "Cancel": "ยกเลิก",
        "Discard": "ทิ้งการแก้ไข",
        "Help": "วิธีใช้",
        "Apply": "ใช้",
        "Reset": "ตั้งค่าใหม่",
        "Restore Defaults": "คืนค่าเริ่มต้น",
    },
    "QGnomeTheme": {
        "&OK": "ตกลง(&O)",
        "&Save": "บันทึก(&S)",
        "&Cancel": "ยกเลิก(&C)",
        "&Close": "ปิด(&C)",
        "Close without Saving": "ปิดโดยไม่บันทึก",
    },
    "QMessageBox": {
        "Show Details...": "แสดงรายละเอียด...",
        "Hide Details...": "ซ่อนรายละเอียด...",
    },
    "QFileDialog": {
        "&Look in:": "ค้นใน(&L):",
        "File &name:": "ชื่อไฟล์(&N):",
        "Files of &type:": "ชนิดไฟล์(&T):",
        "&Open": "เปิด(&O)",
        "&Save": "บันทึก(&S)",
        "&Delete": "ลบ(&D)",
        "&Rename": "เปลี่ยนชื่อ(&R)",
        "&New Folder": "โฟลเดอร์ใหม่(&N)",
        "New Folder": "โฟลเดอร์ใหม่",
        "Show &hidden files": "แสดงไฟล์ที่ซ่อน(&H)",
        "Show ": "แสดง ",
        "All Files (*)": "ทุกไฟล์ (*)",
        "Back": "ย้อนกลับ",
        "Forward": "ไปข้างหน้า",
        "Go back": "ย้อนกลับ",
        "Go forward": "ไปข้างหน้า",
        "Parent Directory": "โฟลเดอร์แม่",
        "Go to the parent directory": "ไปที่โฟลเดอร์แม่",
        "Create New Folder": "สร้างโฟลเดอร์ใหม่",
        "Create a New Folder": "สร้างโฟลเดอร์ใหม่",
        "List View": "มุมมองรายการ",
        "Detail View": "มุมมองรายละเอียด",
        "Change to list view mode": "เปลี่ยนเป็นมุมมองรายการ",
        "Change to detail view mode": "เปลี่ยนเป็นมุมมองรายละเอียด",
        "Sidebar": "แถบข้าง",
        "List of places and bookmarks": "รายการที่ตั้งและที่คั่นไว้",
        "Files": "ไฟล์",
        "My Computer": "คอมพิวเตอร์ของฉัน",
        "Recent Places": "ที่ตั้งล่าสุด",
        "%1 already exists.\nDo you want to replace it?": "%1 มีอยู่แล้ว\nต้องการเขียนทับหรือไม่",
        "Are you sure you want to delete '%1'?": "ต้องการลบ '%1' ใช่หรือไม่",
        "%1\nFile not found.\nPlease verify the correct file name was given.": "%1\nไม่พบไฟล์\nโปรดตรวจสอบชื่อไฟล์",
        "%1\nDirectory not found.\nPlease verify the correct directory name was given.": "%1\nไม่พบโฟลเดอร์\nโปรดตรวจสอบชื่อโฟลเดอร์",
    },
    "QFileSystemModel": {
        "Name": "ชื่อ",
        "Size": "ขนาด",
        "Type": "ชนิด",
        "Date Modified": "วันที่แก้ไข",
        "Computer": "คอมพิวเตอร์",
    },
    "QAbstractFileIconProvider": {"Drive": "ไดรฟ์", "Folder": "โฟลเดอร์"},
    "QLineEdit": EDITING,
    "QWidgetTextControl": EDITING,
}


if __name__ == "__main__":
    sys.exit(write_and_compile(TS, QT_THAI))
