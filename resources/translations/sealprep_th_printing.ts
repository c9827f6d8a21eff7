<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
    <context>
        <name>PrintDialog</name>
        <message>
            <source>Printed with changes</source>
            <translation>พิมพ์แล้ว แต่มีบางส่วนที่ปรับรูปแบบ</translation>
        </message>
        <message>
            <source>The PDF was written, but some content did not fit and was printed as text:</source>
            <translation>บันทึกไฟล์ PDF แล้ว แต่มีเนื้อหาบางส่วนที่ไม่พอดีหน้ากระดาษ จึงพิมพ์เป็นข้อความ:</translation>
        </message>
        <message>
            <source>Choose a folder for the sheets</source>
            <translation>เลือกโฟลเดอร์สำหรับเก็บเอกสาร</translation>
        </message>
        <message>
            <source>Save the PDF as</source>
            <translation>บันทึกไฟล์ PDF เป็น</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>ไฟล์ PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Choose where to save the PDF.</source>
            <translation>กรุณาเลือกตำแหน่งที่จะบันทึกไฟล์ PDF</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>กำลังพิมพ์…</translation>
        </message>
        <message>
            <source>Preparing the PDF…</source>
            <translation>กำลังเตรียมไฟล์ PDF…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ยกเลิก</translation>
        </message>
        <message>
            <source>Printing</source>
            <translation>กำลังพิมพ์</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>กำลังยกเลิก…</translation>
        </message>
        <message>
            <source>Typesetting… %1 of %2</source>
            <translation>กำลังจัดหน้า… %1 จาก %2</translation>
        </message>
        <message>
            <source>Saved to %1</source>
            <translation>บันทึกไว้ที่ %1</translation>
        </message>
        <message>
            <source>Saved %2 PDF files in %1</source>
            <translation>บันทึกไฟล์ PDF %2 ไฟล์ไว้ใน %1</translation>
        </message>
        <message>
            <source>(no PDF viewer opened it: use Open or Open folder)</source>
            <translation>(ไม่มีโปรแกรมอ่าน PDF เปิดไฟล์ให้ กดเปิด หรือเปิดโฟลเดอร์)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>ปิด</translation>
        </message>
        <message>
            <source>Could not print: %1</source>
            <translation>พิมพ์ไม่สำเร็จ: %1</translation>
        </message>
        <message>
            <source>Printing was cancelled; no PDF was written.</source>
            <translation>ยกเลิกการพิมพ์แล้ว ไม่มีการบันทึกไฟล์ PDF</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>พิมพ์</translation>
        </message>
        <message>
            <source>What to print</source>
            <translation>สิ่งที่จะพิมพ์</translation>
        </message>
        <message>
            <source>Briefing sheets (one PDF per person)</source>
            <translation>เอกสารเตรียมการสัมภาษณ์ (แยกไฟล์ PDF รายคน)</translation>
        </message>
        <message>
            <source>Booklet of briefing sheets (one PDF)</source>
            <translation>เอกสารเตรียมการสัมภาษณ์ฉบับรวมเล่ม (PDF ไฟล์เดียว)</translation>
        </message>
        <message>
            <source>Bank reference book</source>
            <translation>คลังคำถามฉบับอ้างอิง</translation>
        </message>
        <message>
            <source>People</source>
            <translation>บุคคล</translation>
        </message>
        <message>
            <source>Everyone to interview</source>
            <translation>ผู้เข้ารับการสัมภาษณ์ทุกคน</translation>
        </message>
        <message>
            <source>Filter by name or agency…</source>
            <translation>กรองตามชื่อหรือหน่วยงาน…</translation>
        </message>
        <message>
            <source>Select all</source>
            <translation>เลือกทั้งหมด</translation>
        </message>
        <message>
            <source>Select none</source>
            <translation>ไม่เลือกเลย</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>ตัวเลือก</translation>
        </message>
        <message>
            <source>Include the person's rehearsal notes</source>
            <translation>รวมบันทึกการซ้อมของผู้เข้ารับการสัมภาษณ์</translation>
        </message>
        <message>
            <source>Page marking:</source>
            <translation>ข้อความท้ายหน้า:</translation>
        </message>
        <message>
            <source>Printed in the footer of every page, e.g. เอกสารใช้ภายใน</source>
            <translation>พิมพ์ไว้ที่ท้ายทุกหน้า เช่น เอกสารใช้ภายใน</translation>
        </message>
        <message>
            <source>Binding gutter:</source>
            <translation>ระยะเว้นขอบเย็บเล่ม:</translation>
        </message>
        <message>
            <source> mm</source>
            <translation> มม.</translation>
        </message>
        <message>
            <source>None</source>
            <translation>ไม่เว้น</translation>
        </message>
        <message>
            <source>For double-sided printing that is bound or stapled: extra margin on the inner edge (left of odd pages, right of even pages); the text moves toward the outer edge</source>
            <translation>สำหรับพิมพ์สองหน้าแล้วเย็บเล่มหรือเย็บมุม: เว้นขอบด้านในเพิ่ม (ด้านซ้ายของหน้าคี่ ด้านขวาของหน้าคู่) เนื้อความจะขยับไปทางขอบด้านนอก</translation>
        </message>
        <message>
            <source>Save in folder:</source>
            <translation>บันทึกในโฟลเดอร์:</translation>
        </message>
        <message>
            <source>Save as:</source>
            <translation>บันทึกเป็น:</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>เลือก…</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>เปิด</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>เปิดโฟลเดอร์</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;พิมพ์…</translation>
        </message>
        <message>
            <source>Print briefing sheets, a booklet or the bank reference book as PDF</source>
            <translation>พิมพ์เอกสารเตรียมการสัมภาษณ์ ฉบับรวมเล่ม หรือคลังคำถามฉบับอ้างอิงเป็น PDF</translation>
        </message>
        <message>
            <source>Print briefing sheet…</source>
            <translation>พิมพ์เอกสารเตรียมการสัมภาษณ์…</translation>
        </message>
    </context>
</TS>
