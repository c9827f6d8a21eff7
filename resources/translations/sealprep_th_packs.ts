<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
    <context>
        <name>Packs</name>
        <message>
            <source>Packs</source>
            <translation>แพ็กข้อมูล</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>กำลังนำเข้า…</translation>
        </message>
        <message>
            <source>Writing the pack…</source>
            <translation>กำลังเขียนแพ็ก…</translation>
        </message>
        <message>
            <source>people</source>
            <translation>บุคคล</translation>
        </message>
        <message>
            <source>assignments</source>
            <translation>การมอบหมาย</translation>
        </message>
        <message>
            <source>assessors</source>
            <translation>ผู้ประเมิน</translation>
        </message>
        <message>
            <source>interview sessions</source>
            <translation>รอบสัมภาษณ์</translation>
        </message>
        <message>
            <source>rehearsals</source>
            <translation>รอบการซ้อม</translation>
        </message>
        <message>
            <source>questions rehearsed</source>
            <translation>ข้อที่ซ้อม</translation>
        </message>
        <message>
            <source>Refused, nothing changed: %1.</source>
            <translation>ปฏิเสธแพ็กนี้ ไม่มีข้อมูลใดเปลี่ยนแปลง: %1</translation>
        </message>
        <message>
            <source>Already imported: nothing to do.</source>
            <translation>เคยนำเข้าแพ็กนี้แล้ว ไม่ต้องทำอะไรเพิ่ม</translation>
        </message>
        <message>
            <source>New %1: %2</source>
            <translation>%1 ใหม่: %2</translation>
        </message>
        <message>
            <source>Updated %1: %2</source>
            <translation>%1 ที่ปรับปรุง: %2</translation>
        </message>
        <message>
            <source>Removed %1 (removed at the secretariat): %2</source>
            <translation>%1 ที่นำออก (ฝ่ายเลขานุการนำออกแล้ว): %2</translation>
        </message>
        <message>
            <source>Kept ours, which is newer (the pack's version is in history) — %1: %2</source>
            <translation>คงข้อมูลในเครื่องนี้ซึ่งใหม่กว่า (ฉบับในแพ็กเก็บไว้ในประวัติ) — %1: %2</translation>
        </message>
        <message>
            <source>The question bank was replaced: %1 questions.</source>
            <translation>แทนที่คลังคำถามแล้ว: %1 ข้อ</translation>
        </message>
        <message>
            <source>The question bank was kept: ours is the same or newer.</source>
            <translation>คงคลังคำถามเดิมไว้ เพราะเหมือนกันหรือใหม่กว่า</translation>
        </message>
        <message>
            <source>This laptop now rehearses as %1.</source>
            <translation>เครื่องนี้บันทึกการซ้อมในนามของ %1 แล้ว</translation>
        </message>
        <message>
            <source>Nothing new: everything in the pack was already here.</source>
            <translation>ไม่มีข้อมูลใหม่ ทุกอย่างในแพ็กมีอยู่ในเครื่องนี้แล้ว</translation>
        </message>
        <message>
            <source>%1 packs imported, %2 refused.</source>
            <translation>นำเข้า %1 แพ็ก ปฏิเสธ %2 แพ็ก</translation>
        </message>
        <message>
            <source>Preparation pack</source>
            <translation>แพ็กเตรียมความพร้อม</translation>
        </message>
        <message>
            <source>Progress pack</source>
            <translation>แพ็กความคืบหน้า</translation>
        </message>
        <message>
            <source>File</source>
            <translation>ไฟล์</translation>
        </message>
        <message>
            <source>made %1</source>
            <translation>จัดทำเมื่อ %1</translation>
        </message>
        <message>
            <source>Import summary</source>
            <translation>สรุปการนำเข้า</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>ปิด</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>ทุกคน</translation>
        </message>
        <message>
            <source>The progress pack holds your ratings, the key points you ticked and your rehearsal history. Your notes stay on this laptop unless you tick the box.</source>
            <translation>แพ็กความคืบหน้ามีผลการประเมินตนเอง ประเด็นสำคัญที่ทำเครื่องหมายไว้ และประวัติการซ้อมของคุณ บันทึกของคุณจะอยู่ในเครื่องนี้เท่านั้น เว้นแต่คุณจะเลือกช่องด้านบน</translation>
        </message>
        <message>
            <source>The preparation pack holds the question bank, the people, the assignments and the interview sessions. A pack for one person also tells their laptop who they are.</source>
            <translation>แพ็กเตรียมความพร้อมมีคลังคำถาม รายชื่อบุคคล การมอบหมาย และรอบสัมภาษณ์ แพ็กรายบุคคลจะบอกเครื่องของผู้นั้นด้วยว่าผู้ใช้เป็นใคร</translation>
        </message>
        <message>
            <source>%1 progress %2</source>
            <translation>%1 ความคืบหน้า %2</translation>
        </message>
        <message>
            <source>preparation %1</source>
            <translation>เตรียมความพร้อม %1</translation>
        </message>
        <message>
            <source>No one is on this laptop's roster yet: import your preparation pack first, then send your progress.</source>
            <translation>เครื่องนี้ยังไม่มีรายชื่อบุคคล กรุณานำเข้าแพ็กเตรียมความพร้อมของคุณก่อน แล้วจึงส่งความคืบหน้า</translation>
        </message>
        <message>
            <source>sealprep packs (*.sealpack)</source>
            <translation>แพ็ก sealprep (*.sealpack)</translation>
        </message>
        <message>
            <source>Save the pack as</source>
            <translation>บันทึกแพ็กเป็น</translation>
        </message>
        <message>
            <source>The pack could not be written: %1</source>
            <translation>เขียนแพ็กไม่สำเร็จ: %1</translation>
        </message>
        <message>
            <source>Export pack</source>
            <translation>ส่งออกแพ็ก</translation>
        </message>
        <message>
            <source>Kind of pack:</source>
            <translation>ประเภทแพ็ก:</translation>
        </message>
        <message>
            <source>Preparation pack (secretariat → laptop)</source>
            <translation>แพ็กเตรียมความพร้อม (ฝ่ายเลขานุการ → เครื่องผู้ซ้อม)</translation>
        </message>
        <message>
            <source>Progress pack (laptop → secretariat)</source>
            <translation>แพ็กความคืบหน้า (เครื่องผู้ซ้อม → ฝ่ายเลขานุการ)</translation>
        </message>
        <message>
            <source>For:</source>
            <translation>สำหรับ:</translation>
        </message>
        <message>
            <source>Include my rehearsal notes (they are personal)</source>
            <translation>รวมบันทึกการซ้อมของฉัน (เป็นข้อมูลส่วนตัว)</translation>
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
            <source>Export</source>
            <translation>ส่งออก</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ยกเลิก</translation>
        </message>
        <message>
            <source>&amp;Import pack…</source>
            <translation>&amp;นำเข้าแพ็ก…</translation>
        </message>
        <message>
            <source>Import preparation or progress packs (select several at once)</source>
            <translation>นำเข้าแพ็กเตรียมความพร้อมหรือแพ็กความคืบหน้า (เลือกได้หลายไฟล์พร้อมกัน)</translation>
        </message>
        <message>
            <source>E&amp;xport pack…</source>
            <translation>&amp;ส่งออกแพ็ก…</translation>
        </message>
        <message>
            <source>Write a preparation pack or a progress pack</source>
            <translation>เขียนแพ็กเตรียมความพร้อมหรือแพ็กความคืบหน้า</translation>
        </message>
        <message>
            <source>Import packs</source>
            <translation>นำเข้าแพ็ก</translation>
        </message>
        <message>
            <source>sealprep packs (*.sealpack);;All files (*)</source>
            <translation>แพ็ก sealprep (*.sealpack);;ทุกไฟล์ (*)</translation>
        </message>
        <message>
            <source>Choose a folder for the preparation packs</source>
            <translation>เลือกโฟลเดอร์สำหรับเก็บแพ็กเตรียมความพร้อม</translation>
        </message>
        <message>
            <source>The packs could not be imported: %1</source>
            <translation>นำเข้าแพ็กไม่สำเร็จ: %1</translation>
        </message>
        <message>
            <source>Pack written: %1</source>
            <translation>บันทึกแพ็กแล้ว: %1</translation>
        </message>
        <message>
            <source>%1 preparation packs written to %2</source>
            <translation>บันทึกแพ็กเตรียมความพร้อม %1 แพ็กไว้ที่ %2</translation>
        </message>
        <message>
            <source>Send my progress…</source>
            <translation>ส่งความคืบหน้าของฉัน…</translation>
        </message>
        <message>
            <source>Export preparation packs for everyone…</source>
            <translation>ส่งออกแพ็กเตรียมความพร้อมให้ทุกคน…</translation>
        </message>
    </context>
</TS>
