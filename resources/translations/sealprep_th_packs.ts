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
            <source>Latest progress</source>
            <translation>ความคืบหน้าล่าสุด</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>ยังไม่ได้รับ</translation>
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
            <source>Recordings received: %1</source>
            <translation>ได้รับเสียงบันทึก: %1</translation>
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
            <source>Include my recordings (they are personal)</source>
            <translation>รวมเสียงบันทึกของฉัน (เป็นข้อมูลส่วนตัว)</translation>
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
        <message>
            <source>the file does not exist</source>
            <translation>ไม่พบไฟล์นี้</translation>
        </message>
        <message>
            <source>it is a folder, not a pack file</source>
            <translation>เป็นโฟลเดอร์ ไม่ใช่ไฟล์แพ็ก</translation>
        </message>
        <message>
            <source>it is not a complete zip file (%1)</source>
            <translation>ไม่ใช่ไฟล์ zip ที่สมบูรณ์ (%1)</translation>
        </message>
        <message>
            <source>it uses a zip feature sealprep does not read (%1)</source>
            <translation>ใช้รูปแบบ zip ที่ sealprep อ่านไม่ได้ (%1)</translation>
        </message>
        <message>
            <source>it cannot be read (%1)</source>
            <translation>อ่านไฟล์ไม่ได้ (%1)</translation>
        </message>
        <message>
            <source>it has more than %1 members</source>
            <translation>มีไฟล์ภายในเกิน %1 ไฟล์</translation>
        </message>
        <message>
            <source>it has two members with the same name</source>
            <translation>มีไฟล์ภายในสองไฟล์ที่ชื่อซ้ำกัน</translation>
        </message>
        <message>
            <source>it has no manifest.json, so it is not a sealprep pack</source>
            <translation>ไม่มี manifest.json จึงไม่ใช่แพ็กของ sealprep</translation>
        </message>
        <message>
            <source>it would unpack to more than %1 MB</source>
            <translation>เมื่อแตกไฟล์แล้วจะมีขนาดเกิน %1 MB</translation>
        </message>
        <message>
            <source>its member '%1' has an absolute path</source>
            <translation>ไฟล์ภายใน '%1' ระบุตำแหน่งแบบเต็ม (absolute path)</translation>
        </message>
        <message>
            <source>its member '%1' has a backslash in its path</source>
            <translation>ไฟล์ภายใน '%1' มีเครื่องหมาย \ ในชื่อ</translation>
        </message>
        <message>
            <source>its member '%1' points outside the pack (..)</source>
            <translation>ไฟล์ภายใน '%1' ชี้ออกไปนอกแพ็ก (..)</translation>
        </message>
        <message>
            <source>its member '%1' is a link</source>
            <translation>ไฟล์ภายใน '%1' เป็นลิงก์</translation>
        </message>
        <message>
            <source>its member '%1' is a folder</source>
            <translation>ไฟล์ภายใน '%1' เป็นโฟลเดอร์</translation>
        </message>
        <message>
            <source>its member '%1' is not listed in the manifest</source>
            <translation>ไฟล์ภายใน '%1' ไม่อยู่ในรายการของ manifest</translation>
        </message>
        <message>
            <source>its member '%1' does not match its checksum (the file was changed or damaged)</source>
            <translation>ไฟล์ภายใน '%1' ไม่ตรงกับค่าตรวจสอบ (ไฟล์ถูกแก้ไขหรือเสียหาย)</translation>
        </message>
        <message>
            <source>its member '%1' is listed in the manifest but missing</source>
            <translation>ไฟล์ภายใน '%1' อยู่ในรายการของ manifest แต่ไม่มีอยู่จริง</translation>
        </message>
        <message>
            <source>its manifest.json is not valid JSON</source>
            <translation>manifest.json ไม่ใช่ JSON ที่ถูกต้อง</translation>
        </message>
        <message>
            <source>its manifest.json is not a JSON object</source>
            <translation>manifest.json ไม่ใช่ออบเจกต์ JSON</translation>
        </message>
        <message>
            <source>its manifest.json has no valid format number</source>
            <translation>manifest.json ไม่มีหมายเลขรูปแบบที่ถูกต้อง</translation>
        </message>
        <message>
            <source>it was made by sealprep %1 in pack format %2, and this sealprep %3 reads formats up to %4: install sealprep %1 or newer to import it</source>
            <translation>แพ็กนี้จัดทำโดย sealprep %1 ในรูปแบบที่ %2 แต่ sealprep %3 ในเครื่องนี้อ่านได้ถึงรูปแบบที่ %4 เท่านั้น กรุณาติดตั้ง sealprep %1 หรือใหม่กว่าเพื่อนำเข้า</translation>
        </message>
        <message>
            <source>its manifest.json names an unknown kind of pack (%1)</source>
            <translation>manifest.json ระบุประเภทแพ็กที่ไม่รู้จัก (%1)</translation>
        </message>
        <message>
            <source>the pack holds recordings that its progress.json does not list</source>
            <translation>แพ็กมีเสียงบันทึกที่ progress.json ไม่ได้ระบุไว้</translation>
        </message>
        <message>
            <source>the list of recordings in progress.json is not valid</source>
            <translation>รายการเสียงบันทึกใน progress.json ไม่ถูกต้อง</translation>
        </message>
        <message>
            <source>its recording '%1' is not a sealprep recording (%2)</source>
            <translation>เสียงบันทึก '%1' ไม่ใช่ไฟล์เสียงของ sealprep (%2)</translation>
        </message>
        <message>
            <source>its manifest.json has no valid made_at time</source>
            <translation>manifest.json ไม่มีเวลาที่จัดทำ (made_at) ที่ถูกต้อง</translation>
        </message>
        <message>
            <source>its manifest.json has no list of members with checksums</source>
            <translation>manifest.json ไม่มีรายการไฟล์ภายในพร้อมค่าตรวจสอบ</translation>
        </message>
        <message>
            <source>its pack format %1 is too old for this sealprep</source>
            <translation>แพ็กรูปแบบที่ %1 เก่าเกินกว่าที่ sealprep นี้จะอ่านได้</translation>
        </message>
        <message>
            <source>the pack has no %1</source>
            <translation>แพ็กไม่มี %1</translation>
        </message>
        <message>
            <source>%1 in the pack is not valid JSON (%2)</source>
            <translation>%1 ในแพ็กไม่ใช่ JSON ที่ถูกต้อง (%2)</translation>
        </message>
        <message>
            <source>%1 in the pack is not a JSON object</source>
            <translation>%1 ในแพ็กไม่ใช่ออบเจกต์ JSON</translation>
        </message>
        <message>
            <source>a %1 in the pack has no valid change time</source>
            <translation>ข้อมูล%1ในแพ็กไม่มีเวลาแก้ไขที่ถูกต้อง</translation>
        </message>
        <message>
            <source>a %1 in the pack has no valid change time (%2)</source>
            <translation>ข้อมูล%1ในแพ็กไม่มีเวลาแก้ไขที่ถูกต้อง (%2)</translation>
        </message>
        <message>
            <source>a %1 in the pack has a change time without a time zone (%2)</source>
            <translation>ข้อมูล%1ในแพ็กมีเวลาแก้ไขที่ไม่ระบุเขตเวลา (%2)</translation>
        </message>
        <message>
            <source>'%1' in the pack is not a list</source>
            <translation>'%1' ในแพ็กไม่ใช่รายการ</translation>
        </message>
        <message>
            <source>a %1 in the pack has no valid id</source>
            <translation>ข้อมูล%1ในแพ็กไม่มีรหัสที่ถูกต้อง</translation>
        </message>
        <message>
            <source>a %1 in the pack has unknown fields: %2</source>
            <translation>ข้อมูล%1ในแพ็กมีช่องข้อมูลที่ไม่รู้จัก: %2</translation>
        </message>
        <message>
            <source>a %1 in the pack has an invalid %2 list</source>
            <translation>ข้อมูล%1ในแพ็กมีรายการ %2 ที่ไม่ถูกต้อง</translation>
        </message>
        <message>
            <source>a %1 in the pack has an invalid %2</source>
            <translation>ข้อมูล%1ในแพ็กมี %2 ที่ไม่ถูกต้อง</translation>
        </message>
        <message>
            <source>a %1 in the pack refers to a record the pack does not hold</source>
            <translation>ข้อมูล%1ในแพ็กอ้างถึงข้อมูลที่ไม่มีอยู่ในแพ็ก</translation>
        </message>
        <message>
            <source>the pack names its person with an invalid id</source>
            <translation>แพ็กระบุบุคคลด้วยรหัสที่ไม่ถูกต้อง</translation>
        </message>
        <message>
            <source>an assignment in the pack is not valid or names a person the pack does not hold</source>
            <translation>การมอบหมายในแพ็กไม่ถูกต้อง หรืออ้างถึงบุคคลที่ไม่มีอยู่ในแพ็ก</translation>
        </message>
        <message>
            <source>its question bank has %1 problems, the first: %2</source>
            <translation>คลังคำถามในแพ็กมีปัญหา %1 จุด จุดแรก: %2</translation>
        </message>
        <message>
            <source>the progress pack names no person</source>
            <translation>แพ็กความคืบหน้าไม่ได้ระบุบุคคล</translation>
        </message>
        <message>
            <source>the progress pack's manifest and content name different people</source>
            <translation>manifest และเนื้อหาของแพ็กความคืบหน้าระบุบุคคลไม่ตรงกัน</translation>
        </message>
        <message>
            <source>the progress pack holds rehearsals of someone other than its person</source>
            <translation>แพ็กความคืบหน้ามีการซ้อมของบุคคลอื่นปนอยู่</translation>
        </message>
        <message>
            <source>its data does not fit this sealprep's store (%1)</source>
            <translation>ข้อมูลในแพ็กไม่เข้ากับฐานข้อมูลของ sealprep นี้ (%1)</translation>
        </message>
        <message>
            <source>it cannot be read or its bank cannot be written (%1)</source>
            <translation>อ่านแพ็กไม่ได้ หรือเขียนคลังคำถามลงเครื่องไม่ได้ (%1)</translation>
        </message>
        <message>
            <source>person</source>
            <translation>บุคคล</translation>
        </message>
        <message>
            <source>assessor</source>
            <translation>ผู้ประเมิน</translation>
        </message>
        <message>
            <source>interview session</source>
            <translation>รอบสัมภาษณ์</translation>
        </message>
        <message>
            <source>rehearsal</source>
            <translation>รอบการซ้อม</translation>
        </message>
        <message>
            <source>question rehearsed</source>
            <translation>ข้อที่ซ้อม</translation>
        </message>
        <message>
            <source>assignment</source>
            <translation>การมอบหมาย</translation>
        </message>
    </context>
</TS>
