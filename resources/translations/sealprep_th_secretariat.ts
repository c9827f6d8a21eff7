<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
    <context>
        <name>AssessmentDaysDialog</name>
        <message>
            <source>Assessment days</source>
            <translation>วันตรวจประเมิน</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>วันแรก</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>วันสุดท้าย</translation>
        </message>
        <message>
            <source>%1 to %2: %3 days</source>
            <translation>%1 ถึง %2: %3 วัน</translation>
        </message>
        <message>
            <source>The last day must come after the first, within a month.</source>
            <translation>วันสุดท้ายต้องอยู่หลังวันแรก และห่างกันไม่เกินหนึ่งเดือน</translation>
        </message>
        <message>
            <source>Write the dates as 9/2/2569, ๙ ก.พ. ๒๕๖๙ or 2026-02-09.</source>
            <translation>พิมพ์วันที่เช่น 9/2/2569, ๙ ก.พ. ๒๕๖๙ หรือ 2026-02-09</translation>
        </message>
    </context>
    <context>
        <name>AssessorsDialog</name>
        <message>
            <source>Assessor panel</source>
            <translation>คณะผู้ประเมิน</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>ชื่อ-นามสกุล</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>หน่วยงาน/องค์กร</translation>
        </message>
        <message>
            <source>Expertise</source>
            <translation>ความเชี่ยวชาญ</translation>
        </message>
        <message>
            <source>Add assessor</source>
            <translation>เพิ่มผู้ประเมิน</translation>
        </message>
        <message>
            <source>Remove selected</source>
            <translation>ลบแถวที่เลือก</translation>
        </message>
        <message>
            <source>The people who assess (they are not on the roster). Removing one takes them off every session.</source>
            <translation>ผู้ทำหน้าที่ประเมิน (ไม่อยู่ในรายชื่อบุคคล) การลบผู้ประเมินจะนำออกจากทุกรอบสัมภาษณ์</translation>
        </message>
        <message>
            <source>Every assessor needs a name (or remove the row).</source>
            <translation>ผู้ประเมินทุกคนต้องมีชื่อ (หรือลบแถวนั้นออก)</translation>
        </message>
    </context>
    <context>
        <name>AssignPeopleDialog</name>
        <message>
            <source>(no longer in the bank)</source>
            <translation>(ไม่มีในคลังคำถามแล้ว)</translation>
        </message>
        <message>
            <source>People for %1</source>
            <translation>ผู้รับผิดชอบข้อ %1</translation>
        </message>
        <message>
            <source>Filter people by name, position or agency...</source>
            <translation>กรองตามชื่อ ตำแหน่ง หรือหน่วยงาน...</translation>
        </message>
        <message>
            <source>This person's agency has a suggested answer to the question</source>
            <translation>หน่วยงานของบุคคลนี้มีแนวคำตอบของข้อคำถามนี้</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>ชื่อ-นามสกุล</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>ตำแหน่ง</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>หน่วยงาน</translation>
        </message>
        <message>
            <source>On the roster as</source>
            <translation>บทบาทในรายชื่อ</translation>
        </message>
        <message>
            <source>Add everyone from the answering agencies (%1)</source>
            <translation>เพิ่มทุกคนจากหน่วยงานที่มีแนวคำตอบ (%1)</translation>
        </message>
        <message>
            <source>People in bold work in an agency that has a suggested answer to this question.</source>
            <translation>ตัวหนา: บุคคลจากหน่วยงานที่มีแนวคำตอบของข้อคำถามนี้</translation>
        </message>
    </context>
    <context>
        <name>AssignQuestionsDialog</name>
        <message>
            <source>Questions for %1</source>
            <translation>ข้อคำถามของ %1</translation>
        </message>
        <message>
            <source>Filter questions by id, text or agency...</source>
            <translation>กรองตามรหัส ข้อความ หรือหน่วยงาน...</translation>
        </message>
        <message>
            <source>All dimensions</source>
            <translation>ทุกมิติ</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>รหัส</translation>
        </message>
        <message>
            <source>Dim.</source>
            <translation>มิติ</translation>
        </message>
        <message>
            <source>Answers by</source>
            <translation>แนวคำตอบจาก</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>ข้อคำถาม</translation>
        </message>
        <message>
            <source>Add the dimension</source>
            <translation>เพิ่มทั้งมิติ</translation>
        </message>
        <message>
            <source>Add the benchmark</source>
            <translation>เพิ่มทั้งตัวชี้วัด</translation>
        </message>
        <message>
            <source>Add every question %1 answers</source>
            <translation>เพิ่มทุกข้อที่ %1 มีแนวคำตอบ</translation>
        </message>
        <message>
            <source>Every question that has a suggested answer from the person's own agency</source>
            <translation>ทุกข้อคำถามที่หน่วยงานของบุคคลนี้มีแนวคำตอบ</translation>
        </message>
        <message>
            <source>Questions in bold have a suggested answer from %1.</source>
            <translation>ตัวหนา: ข้อคำถามที่ %1 มีแนวคำตอบ</translation>
        </message>
    </context>
    <context>
        <name>BenchmarkMatrixModel</name>
        <message>
            <source>Person</source>
            <translation>บุคคล</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>หน่วยงาน</translation>
        </message>
        <message>
            <source>ready %1</source>
            <translation>พร้อม %1</translation>
        </message>
        <message>
            <source>%1 — %2: %3 primary, %4 backup</source>
            <translation>%1 — %2: หลัก %3 สำรอง %4</translation>
        </message>
        <message>
            <source>People assigned (ready)</source>
            <translation>ผู้ได้รับมอบหมาย (ผู้พร้อม)</translation>
        </message>
    </context>
    <context>
        <name>BenchmarksPage</name>
        <message>
            <source>UNDP's text is in the bank for %1 of %2 benchmarks. %3 benchmarks or goals lack a question, an assigned person or evidence (coloured).</source>
            <translation>คลังคำถามมีข้อความเกณฑ์ของ UNDP แล้ว %1 จาก %2 ตัวชี้วัด มีตัวชี้วัดหรือเป้าหมาย %3 รายการที่ยังขาดข้อคำถาม ผู้รับผิดชอบ หรือหลักฐาน (แสดงด้วยสี)</translation>
        </message>
        <message>
            <source>Evidence to review: %1</source>
            <translation>หลักฐานที่ต้องทบทวน: %1</translation>
        </message>
        <message>
            <source>Facts to confirm: %1</source>
            <translation>ข้อเท็จจริงที่ต้องยืนยัน: %1</translation>
        </message>
        <message>
            <source>Facts the questions flag for the secretariat to confirm before the interviews. They are never printed for interviewees.</source>
            <translation>ข้อเท็จจริงที่ข้อคำถามระบุให้ฝ่ายเลขานุการยืนยันก่อนการสัมภาษณ์ รายการนี้ไม่พิมพ์ในเอกสารของผู้เข้ารับการสัมภาษณ์</translation>
        </message>
        <message>
            <source>Select a dimension, goal or benchmark to see what stands behind it.</source>
            <translation>เลือกมิติ เป้าหมาย หรือตัวชี้วัด เพื่อดูข้อคำถาม ผู้รับผิดชอบ และหลักฐานที่รองรับ</translation>
        </message>
        <message>
            <source>Questions linked to no benchmark: %1</source>
            <translation>ข้อคำถามที่ยังไม่ผูกกับตัวชี้วัด: %1</translation>
        </message>
        <message>
            <source>Evidence UNDP asks for:</source>
            <translation>หลักฐานที่ UNDP ขอ:</translation>
        </message>
        <message>
            <source>UNDP comment:</source>
            <translation>ข้อคิดเห็นของ UNDP:</translation>
        </message>
        <message>
            <source>No benchmarks under this goal yet: its questions are those of the dimension that link to no benchmark.</source>
            <translation>เป้าหมายนี้ยังไม่มีตัวชี้วัด ข้อคำถามของเป้าหมายนี้คือข้อคำถามในมิติเดียวกันที่ยังไม่ผูกกับตัวชี้วัดใด</translation>
        </message>
        <message>
            <source>Questions: %1</source>
            <translation>ข้อคำถาม: %1</translation>
        </message>
        <message>
            <source>Assigned people: %1</source>
            <translation>ผู้ได้รับมอบหมาย: %1</translation>
        </message>
        <message>
            <source>%1 primary, %2 backup</source>
            <translation>หลัก %1 สำรอง %2</translation>
        </message>
        <message>
            <source>ready</source>
            <translation>พร้อม</translation>
        </message>
        <message>
            <source>not ready yet</source>
            <translation>ยังไม่พร้อม</translation>
        </message>
        <message>
            <source>Evidence: %1</source>
            <translation>หลักฐาน: %1</translation>
        </message>
        <message>
            <source>UNDP's benchmark text for this dimension is not in the bank yet; add it in framework.yaml.</source>
            <translation>คลังคำถามยังไม่มีข้อความตัวชี้วัดของ UNDP สำหรับมิตินี้ ให้เพิ่มไว้ใน framework.yaml</translation>
        </message>
        <message>
            <source>UNDP's text not in the bank yet</source>
            <translation>ยังไม่มีข้อความเกณฑ์ของ UNDP</translation>
        </message>
        <message>
            <source>no question</source>
            <translation>ไม่มีข้อคำถาม</translation>
        </message>
        <message>
            <source>nobody assigned</source>
            <translation>ไม่มีผู้รับผิดชอบ</translation>
        </message>
        <message>
            <source>nobody ready yet</source>
            <translation>ยังไม่มีผู้พร้อม</translation>
        </message>
        <message>
            <source>no evidence</source>
            <translation>ไม่มีหลักฐาน</translation>
        </message>
        <message>
            <source>older than the threshold</source>
            <translation>เก่ากว่าเกณฑ์</translation>
        </message>
        <message>
            <source>no owner</source>
            <translation>ไม่ระบุเจ้าของ</translation>
        </message>
        <message>
            <source>Benchmarks</source>
            <translation>ตัวชี้วัด</translation>
        </message>
        <message>
            <source>Evidence is stale after (months):</source>
            <translation>หลักฐานถือว่าเก่าเมื่อเกิน (เดือน):</translation>
        </message>
        <message>
            <source>Evidence dated longer ago than this is listed under Evidence to review</source>
            <translation>หลักฐานที่ลงวันที่นานกว่านี้จะแสดงในแท็บหลักฐานที่ต้องทบทวน</translation>
        </message>
        <message>
            <source>Dimension, goal, benchmark</source>
            <translation>มิติ เป้าหมาย ตัวชี้วัด</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>ข้อคำถาม</translation>
        </message>
        <message>
            <source>Assigned</source>
            <translation>ผู้รับผิดชอบ</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>ความพร้อม</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>หลักฐาน</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>รายละเอียด</translation>
        </message>
        <message>
            <source>Question and evidence</source>
            <translation>ข้อคำถามและหลักฐาน</translation>
        </message>
        <message>
            <source>Owner and date</source>
            <translation>เจ้าของและวันที่</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>เหตุผล</translation>
        </message>
        <message>
            <source>Why it needs confirming</source>
            <translation>เหตุที่ต้องยืนยัน</translation>
        </message>
        <message>
            <source>Ask</source>
            <translation>สอบถาม</translation>
        </message>
    </context>
    <context>
        <name>CoverageMatrixModel</name>
        <message>
            <source>Person</source>
            <translation>บุคคล</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>หน่วยงาน</translation>
        </message>
        <message>
            <source>D%1</source>
            <translation>มิติ %1</translation>
        </message>
        <message>
            <source>Latest progress</source>
            <translation>ความคืบหน้าล่าสุด</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>รวม</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>ความพร้อม</translation>
        </message>
        <message>
            <source>Cells: primary + backup assignments</source>
            <translation>ในตาราง: จำนวนข้อที่เป็นผู้ตอบหลัก + สำรอง</translation>
        </message>
        <message>
            <source>When the person's newest progress pack was made (File → Import pack…)</source>
            <translation>วันที่จัดทำแพ็กความคืบหน้าฉบับล่าสุดของบุคคลนี้ (แฟ้ม → นำเข้าแพ็ก…)</translation>
        </message>
        <message>
            <source>Questions the person is ready on, of those assigned (from mock interviews); 'no data yet' until someone rehearses</source>
            <translation>จำนวนข้อที่พร้อมจากข้อที่ได้รับมอบหมาย (จากการซ้อมสัมภาษณ์) แสดง 'ยังไม่มีข้อมูล' จนกว่าจะมีการซ้อม</translation>
        </message>
        <message>
            <source>rehearsed %1, ready %2</source>
            <translation>ซ้อมแล้ว %1 ข้อ พร้อม %2 ข้อ</translation>
        </message>
        <message>
            <source>Assigned people (need %1)</source>
            <translation>ผู้ได้รับมอบหมาย (ต้องการ %1)</translation>
        </message>
        <message>
            <source>… of them rehearsed</source>
            <translation>… ในจำนวนนี้ ซ้อมแล้ว</translation>
        </message>
        <message>
            <source>… of them ready</source>
            <translation>… ในจำนวนนี้ พร้อมแล้ว</translation>
        </message>
        <message>
            <source>People who hold at least one assignment (primary or backup) in the dimension</source>
            <translation>ผู้ที่ได้รับมอบหมายอย่างน้อยหนึ่งข้อ (หลักหรือสำรอง) ในมิตินี้</translation>
        </message>
        <message>
            <source>Of the assigned people, those who rehearsed at least one of their questions in the dimension</source>
            <translation>ในผู้ได้รับมอบหมาย คนที่ซ้อมข้อของตนในมิตินี้แล้วอย่างน้อยหนึ่งข้อ</translation>
        </message>
        <message>
            <source>Of the assigned people, those ready on at least one of their questions in the dimension</source>
            <translation>ในผู้ได้รับมอบหมาย คนที่พร้อมอย่างน้อยหนึ่งข้อของตนในมิตินี้</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>ยังไม่ได้รับ</translation>
        </message>
        <message>
            <source>no data yet</source>
            <translation>ยังไม่มีข้อมูล</translation>
        </message>
        <message>
            <source>%1 — %2: %3 primary, %4 backup</source>
            <translation>%1 — %2: หลัก %3 สำรอง %4</translation>
        </message>
    </context>
    <context>
        <name>CoveragePage</name>
        <message>
            <source>Coverage</source>
            <translation>ความครอบคลุม</translation>
        </message>
        <message>
            <source>Export table...</source>
            <translation>ส่งออกตาราง...</translation>
        </message>
        <message>
            <source>By dimension</source>
            <translation>รายมิติ</translation>
        </message>
        <message>
            <source>By benchmark</source>
            <translation>รายตัวชี้วัด</translation>
        </message>
        <message>
            <source>Questions without a primary owner: %1</source>
            <translation>ข้อคำถามที่ยังไม่มีผู้ตอบหลัก: %1</translation>
        </message>
        <message>
            <source>Assigned people needed per dimension:</source>
            <translation>จำนวนผู้ได้รับมอบหมายที่ต้องการต่อมิติ:</translation>
        </message>
        <message>
            <source>A dimension is short when fewer people than this are assigned to it</source>
            <translation>มิติที่มีผู้ได้รับมอบหมายน้อยกว่าจำนวนนี้ถือว่ายังขาดคน</translation>
        </message>
        <message>
            <source>The threshold counts assigned people. Below the table: how many of them rehearsed, and how many are ready (hover for the rule).</source>
            <translation>จำนวนที่ต้องการนับจากผู้ได้รับมอบหมาย ใต้ตารางแสดงว่าในจำนวนนี้ซ้อมแล้วกี่คนและพร้อมแล้วกี่คน (ชี้เมาส์เพื่อดูเกณฑ์)</translation>
        </message>
        <message>
            <source>No rehearsal data yet. The threshold counts assigned people; how many of them rehearsed and are ready appears after mock interviews.</source>
            <translation>ยังไม่มีข้อมูลการซ้อม จำนวนที่ต้องการนับจากผู้ได้รับมอบหมาย ส่วนจำนวนผู้ที่ซ้อมแล้วและพร้อมแล้วจะแสดงหลังการซ้อมสัมภาษณ์</translation>
        </message>
        <message>
            <source>Dimensions with fewer than %1 assigned: %2</source>
            <translation>มิติที่มีผู้ได้รับมอบหมายไม่ถึง %1 คน: %2</translation>
        </message>
        <message>
            <source>%1: %2 of %3 assigned</source>
            <translation>%1: ได้รับมอบหมาย %2 จาก %3 คน</translation>
        </message>
        <message>
            <source>Interviewees without assignments: %1</source>
            <translation>ผู้เข้ารับการสัมภาษณ์ที่ยังไม่ได้รับมอบหมาย: %1</translation>
        </message>
        <message>
            <source>%1 has %2 primary owners: %3</source>
            <translation>%1 มีผู้ตอบหลัก %2 คน: %3</translation>
        </message>
        <message>
            <source>%1 is assigned %2, which is no longer in the bank</source>
            <translation>%1 ได้รับมอบหมายข้อ %2 ซึ่งไม่มีในคลังคำถามแล้ว</translation>
        </message>
        <message>
            <source>To check: %1</source>
            <translation>ควรตรวจสอบ: %1</translation>
        </message>
        <message>
            <source>No one is on the roster yet. Import a roster on the People page (Import → People from CSV or Excel…), then assign questions there or here: coverage fills in as you go.</source>
            <translation>ยังไม่มีรายชื่อบุคคล นำเข้ารายชื่อที่หน้ารายชื่อบุคคล (นำเข้า → รายชื่อบุคคลจาก CSV หรือ Excel…) แล้วมอบหมายข้อคำถามที่นั่นหรือที่นี่ ความครอบคลุมจะแสดงขึ้นตามลำดับ</translation>
        </message>
        <message>
            <source>Click a cell of the matrix, a dimension or a list entry to see the questions behind it.</source>
            <translation>คลิกช่องในตาราง ชื่อมิติ หรือรายการ เพื่อดูข้อคำถามที่เกี่ยวข้อง</translation>
        </message>
        <message>
            <source>Readiness</source>
            <translation>ความพร้อม</translation>
        </message>
        <message>
            <source>no data</source>
            <translation>ไม่มีข้อมูล</translation>
        </message>
        <message>
            <source>ready</source>
            <translation>พร้อม</translation>
        </message>
        <message>
            <source>not ready yet</source>
            <translation>ยังไม่พร้อม</translation>
        </message>
        <message>
            <source>not rehearsed</source>
            <translation>ยังไม่ได้ซ้อม</translation>
        </message>
        <message>
            <source>No assignment in this dimension.</source>
            <translation>ไม่มีข้อที่ได้รับมอบหมายในมิตินี้</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>บทบาท</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>รหัส</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>ข้อคำถาม</translation>
        </message>
        <message>
            <source>Assign questions...</source>
            <translation>มอบหมายข้อคำถาม...</translation>
        </message>
        <message>
            <source>%1 questions, %2 without a primary owner; %3 people assigned (need %4)</source>
            <translation>%1 ข้อ ยังไม่มีผู้ตอบหลัก %2 ข้อ ผู้ได้รับมอบหมาย %3 คน (ต้องการ %4)</translation>
        </message>
        <message>
            <source>· %1 rehearsed, %2 ready</source>
            <translation>· ซ้อมแล้ว %1 คน พร้อมแล้ว %2 คน</translation>
        </message>
        <message>
            <source>Assign people...</source>
            <translation>มอบหมายผู้รับผิดชอบ...</translation>
        </message>
        <message>
            <source>Primary</source>
            <translation>หลัก</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>สำรอง</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>บุคคล</translation>
        </message>
        <message>
            <source>No assignment on this benchmark.</source>
            <translation>ไม่มีข้อคำถามที่ได้รับมอบหมายในตัวชี้วัดนี้</translation>
        </message>
        <message>
            <source>Export the coverage table</source>
            <translation>ส่งออกตารางความครอบคลุม</translation>
        </message>
        <message>
            <source>coverage.xlsx</source>
            <translation>ความครอบคลุม.xlsx</translation>
        </message>
        <message>
            <source>Wrote the coverage table to %1.</source>
            <translation>บันทึกตารางความครอบคลุมที่ %1 แล้ว</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message>
            <source>Row</source>
            <translation>แถว</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>ผลการตรวจ</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s): fix them in the file and open it again. Nothing is imported until the file is clean.</source>
            <translation>
                <numerusform>พบปัญหา %n รายการ: แก้ไขในไฟล์แล้วเปิดใหม่ ระบบจะไม่นำเข้าข้อมูลใดจนกว่าไฟล์จะถูกต้องทั้งหมด</numerusform>
            </translation>
        </message>
        <message>
            <source>No problems: every row can be imported.</source>
            <translation>ไม่พบปัญหา: นำเข้าได้ทุกแถว</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>นำเข้า</translation>
        </message>
        <message>
            <source>Read as Thai Windows text (cp874/TIS-620): read as UTF-8 it had no Thai letters, only symbols such as á ´. If the names below look wrong, save the file again as 'CSV UTF-8'.</source>
            <translation>อ่านเป็นข้อความภาษาไทยแบบ Windows (cp874/TIS-620) เพราะเมื่ออ่านเป็น UTF-8 แล้วไม่มีอักษรไทยเลย มีแต่สัญลักษณ์อย่าง á ´ หากชื่อด้านล่างดูผิด ให้บันทึกไฟล์ใหม่เป็น 'CSV UTF-8'</translation>
        </message>
        <message>
            <source>Read the sheet '%1' (the one open when the workbook was saved); not read: %2. To import another sheet, open it in Excel, save, and import again.</source>
            <translation>อ่านแผ่นงาน '%1' (แผ่นที่เปิดอยู่ตอนบันทึกไฟล์) ไม่ได้อ่าน: %2 หากต้องการนำเข้าแผ่นงานอื่น ให้เปิดแผ่นนั้นใน Excel บันทึก แล้วนำเข้าอีกครั้ง</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>ชื่อ-นามสกุล</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>ตำแหน่ง</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>หน่วยงาน</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>อีเมล</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>โทรศัพท์</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>บทบาท</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>หมายเหตุ</translation>
        </message>
        <message>
            <source>new person</source>
            <translation>บุคคลใหม่</translation>
        </message>
        <message>
            <source>already on the roster, unchanged</source>
            <translation>มีในรายชื่อแล้ว ไม่เปลี่ยนแปลง</translation>
        </message>
        <message>
            <source>not importable</source>
            <translation>นำเข้าไม่ได้</translation>
        </message>
        <message>
            <source>update: %1</source>
            <translation>ปรับปรุง: %1</translation>
        </message>
        <message>
            <source>%1 — %2. %3 new, %4 to update, %5 unchanged.</source>
            <translation>%1 — %2 ใหม่ %3 คน ปรับปรุง %4 คน ไม่เปลี่ยนแปลง %5 คน</translation>
        </message>
        <message>
            <source>Columns not used: %1.</source>
            <translation>คอลัมน์ที่ไม่ได้ใช้: %1</translation>
        </message>
        <message>
            <source>Import people</source>
            <translation>นำเข้ารายชื่อบุคคล</translation>
        </message>
        <message>
            <source>new assignment</source>
            <translation>มอบหมายใหม่</translation>
        </message>
        <message>
            <source>role changes</source>
            <translation>เปลี่ยนบทบาท</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>ไม่เปลี่ยนแปลง</translation>
        </message>
        <message>
            <source>%1 — %2. %3 new, %4 with another role, %5 unchanged.</source>
            <translation>%1 — %2 ใหม่ %3 รายการ เปลี่ยนบทบาท %4 รายการ ไม่เปลี่ยนแปลง %5 รายการ</translation>
        </message>
        <message>
            <source>Person (as written)</source>
            <translation>บุคคล (ตามที่เขียนในไฟล์)</translation>
        </message>
        <message>
            <source>On the roster</source>
            <translation>ตรงกับรายชื่อ</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>ข้อคำถาม</translation>
        </message>
        <message>
            <source>Import assignments</source>
            <translation>นำเข้าการมอบหมาย</translation>
        </message>
        <message>
            <source>Replace all assignments: remove those this file does not name</source>
            <translation>แทนที่การมอบหมายทั้งหมด: ลบรายการที่ไม่มีในไฟล์นี้</translation>
        </message>
    </context>
    <context>
        <name>PeoplePage</name>
        <message>
            <source>People</source>
            <translation>รายชื่อบุคคล</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>ลบ</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>นำเข้า</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>ส่งออก</translation>
        </message>
        <message>
            <source>Add person...</source>
            <translation>เพิ่มบุคคล...</translation>
        </message>
        <message>
            <source>Edit...</source>
            <translation>แก้ไข...</translation>
        </message>
        <message>
            <source>People from CSV or Excel...</source>
            <translation>รายชื่อบุคคลจาก CSV หรือ Excel...</translation>
        </message>
        <message>
            <source>Assignments from CSV or Excel...</source>
            <translation>การมอบหมายจาก CSV หรือ Excel...</translation>
        </message>
        <message>
            <source>Roster...</source>
            <translation>รายชื่อบุคคล...</translation>
        </message>
        <message>
            <source>Assignments...</source>
            <translation>การมอบหมาย...</translation>
        </message>
        <message>
            <source>Filter by name, position, agency, e-mail...</source>
            <translation>กรองตามชื่อ ตำแหน่ง หน่วยงาน อีเมล...</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>ทุกคน</translation>
        </message>
        <message>
            <source>Interviewees</source>
            <translation>ผู้เข้ารับการสัมภาษณ์</translation>
        </message>
        <message>
            <source>Secretariat</source>
            <translation>ฝ่ายเลขานุการ</translation>
        </message>
        <message>
            <source>No one is on the roster yet. Start with Import → People from CSV or Excel… (columns: name, position, agency, e-mail, phone), or add people one by one.</source>
            <translation>ยังไม่มีรายชื่อบุคคล เริ่มจาก นำเข้า → รายชื่อบุคคลจาก CSV หรือ Excel… (คอลัมน์: ชื่อ-นามสกุล ตำแหน่ง หน่วยงาน อีเมล โทรศัพท์) หรือเพิ่มทีละคน</translation>
        </message>
        <message>
            <source>Try the import with the example roster</source>
            <translation>ลองนำเข้าด้วยรายชื่อตัวอย่าง</translation>
        </message>
        <message>
            <source>open the examples folder</source>
            <translation>เปิดโฟลเดอร์ตัวอย่าง</translation>
        </message>
        <message>
            <source>%1 people</source>
            <translation>%1 คน</translation>
        </message>
        <message>
            <source>%1 of %2 people</source>
            <translation>%1 จาก %2 คน</translation>
        </message>
        <message>
            <source>Added %1.</source>
            <translation>เพิ่ม %1 แล้ว</translation>
        </message>
        <message>
            <source>Saved %1.</source>
            <translation>บันทึก %1 แล้ว</translation>
        </message>
        <message>
            <source>Remove %1 from the roster? Their %2 assignment(s) are removed too, and they leave %3 interview session(s).</source>
            <translation>ลบ %1 ออกจากรายชื่อหรือไม่? การมอบหมาย %2 รายการจะถูกลบด้วย และจะถูกนำออกจากรอบสัมภาษณ์ %3 รอบ</translation>
        </message>
        <message>
            <source>Remove person</source>
            <translation>ลบบุคคล</translation>
        </message>
        <message>
            <source>%1 has rehearsal history, which must be kept, so they stay on the roster.</source>
            <translation>%1 มีประวัติการซ้อมสัมภาษณ์ที่ต้องเก็บไว้ จึงยังคงอยู่ในรายชื่อ</translation>
        </message>
        <message>
            <source>Removed %1.</source>
            <translation>ลบ %1 แล้ว</translation>
        </message>
        <message>
            <source>Import people</source>
            <translation>นำเข้ารายชื่อบุคคล</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>กำลังอ่าน %1…</translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>ไม่ได้นำเข้าข้อมูล</translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>กำลังนำเข้า %1…</translation>
        </message>
        <message>
            <source>Imported %1: %2 new, %3 updated, %4 unchanged.</source>
            <translation>นำเข้า %1 แล้ว: ใหม่ %2 คน ปรับปรุง %3 คน ไม่เปลี่ยนแปลง %4 คน</translation>
        </message>
        <message>
            <source>Import assignments</source>
            <translation>นำเข้าการมอบหมาย</translation>
        </message>
        <message>
            <source>Imported %1: %2 new, %3 changed, %4 unchanged, %5 removed.</source>
            <translation>นำเข้า %1 แล้ว: ใหม่ %2 เปลี่ยน %3 ไม่เปลี่ยนแปลง %4 ลบ %5 รายการ</translation>
        </message>
        <message>
            <source>Export the roster</source>
            <translation>ส่งออกรายชื่อบุคคล</translation>
        </message>
        <message>
            <source>roster.xlsx</source>
            <translation>รายชื่อ.xlsx</translation>
        </message>
        <message>
            <source>Export the assignments</source>
            <translation>ส่งออกการมอบหมาย</translation>
        </message>
        <message>
            <source>assignments.xlsx</source>
            <translation>การมอบหมาย.xlsx</translation>
        </message>
        <message>
            <source>Wrote %1 rows to %2.</source>
            <translation>บันทึก %1 แถวที่ %2 แล้ว</translation>
        </message>
    </context>
    <context>
        <name>PeopleTableModel</name>
        <message>
            <source>Name</source>
            <translation>ชื่อ-นามสกุล</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>ตำแหน่ง</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>หน่วยงาน</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>บทบาท</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>ข้อคำถาม</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>รอบสัมภาษณ์</translation>
        </message>
        <message>
            <source>Assigned questions: primary + backup</source>
            <translation>ข้อคำถามที่ได้รับมอบหมาย: หลัก + สำรอง</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <source>Edit person</source>
            <translation>แก้ไขข้อมูลบุคคล</translation>
        </message>
        <message>
            <source>Add person</source>
            <translation>เพิ่มบุคคล</translation>
        </message>
        <message>
            <source>Title and full name as written, e.g. นางสาวสมหญิง รักเรียน</source>
            <translation>คำนำหน้าและชื่อ-นามสกุลตามที่เขียน เช่น นางสาวสมหญิง รักเรียน</translation>
        </message>
        <message>
            <source>— none —</source>
            <translation>— ไม่ระบุ —</translation>
        </message>
        <message>
            <source>%1 (not in the bank)</source>
            <translation>%1 (ไม่มีในคลังคำถาม)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>ชื่อ-นามสกุล</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>ตำแหน่ง</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>หน่วยงาน</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>อีเมล</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>โทรศัพท์</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>บทบาท</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>หมายเหตุ</translation>
        </message>
        <message>
            <source>A person needs a name.</source>
            <translation>ต้องระบุชื่อ</translation>
        </message>
        <message>
            <source>'%1' is not an e-mail address.</source>
            <translation>'%1' ไม่ใช่ที่อยู่อีเมล</translation>
        </message>
        <message>
            <source>%1 is already on the roster (same e-mail, or same name and agency).</source>
            <translation>%1 มีอยู่ในรายชื่อแล้ว (อีเมลเดียวกัน หรือชื่อและหน่วยงานเดียวกัน)</translation>
        </message>
    </context>
    <context>
        <name>PersonProfile</name>
        <message>
            <source>Assign questions...</source>
            <translation>มอบหมายข้อคำถาม...</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>บทบาท</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>รหัส</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>ข้อคำถาม</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>วันที่</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>เวลา</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>รอบสัมภาษณ์</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>ห้อง</translation>
        </message>
        <message>
            <source>Choose a person to see their questions and interview sessions.</source>
            <translation>เลือกบุคคลเพื่อดูข้อคำถามและรอบสัมภาษณ์</translation>
        </message>
        <message>
            <source>Assigned questions</source>
            <translation>ข้อคำถามที่ได้รับมอบหมาย</translation>
        </message>
        <message>
            <source>Interview sessions</source>
            <translation>รอบสัมภาษณ์</translation>
        </message>
        <message>
            <source>(no longer in the bank)</source>
            <translation>(ไม่มีในคลังคำถามแล้ว)</translation>
        </message>
        <message>
            <source>Assigned questions: %1 primary, %2 backup</source>
            <translation>ข้อคำถามที่ได้รับมอบหมาย: หลัก %1 สำรอง %2</translation>
        </message>
        <message>
            <source>Assessors: %1</source>
            <translation>ผู้ประเมิน: %1</translation>
        </message>
        <message>
            <source>Interview sessions: %1</source>
            <translation>รอบสัมภาษณ์: %1</translation>
        </message>
        <message>
            <source>Interview sessions: none scheduled</source>
            <translation>รอบสัมภาษณ์: ยังไม่มีในตาราง</translation>
        </message>
    </context>
    <context>
        <name>RoleChoiceModel</name>
        <message>
            <source>Role</source>
            <translation>บทบาท</translation>
        </message>
    </context>
    <context>
        <name>SchedulePage</name>
        <message>
            <source>Schedule</source>
            <translation>ตารางสัมภาษณ์</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>ลบ</translation>
        </message>
        <message>
            <source>New session...</source>
            <translation>เพิ่มรอบสัมภาษณ์...</translation>
        </message>
        <message>
            <source>Edit...</source>
            <translation>แก้ไข...</translation>
        </message>
        <message>
            <source>Assessor panel...</source>
            <translation>คณะผู้ประเมิน...</translation>
        </message>
        <message>
            <source>Assessment days...</source>
            <translation>วันตรวจประเมิน...</translation>
        </message>
        <message>
            <source>Thai digits (๑๒๓)</source>
            <translation>ตัวเลขไทย (๑๒๓)</translation>
        </message>
        <message>
            <source>Show dates and times with Thai digits on a Thai interface</source>
            <translation>แสดงวันที่และเวลาด้วยตัวเลขไทยเมื่อใช้ภาษาไทย</translation>
        </message>
        <message>
            <source>(no room)</source>
            <translation>(ไม่ระบุห้อง)</translation>
        </message>
        <message>
            <source>No assessment days yet. Set the assessment days, or add a session.</source>
            <translation>ยังไม่มีวันตรวจประเมิน กำหนดวันตรวจประเมิน หรือเพิ่มรอบสัมภาษณ์</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>รอบสัมภาษณ์</translation>
        </message>
        <message>
            <source>Conflicts: %1</source>
            <translation>ตารางชนกัน: %1</translation>
        </message>
        <message>
            <source>No conflicts</source>
            <translation>ไม่มีตารางชนกัน</translation>
        </message>
        <message>
            <source>Click a session to see it; double-click to edit it, or double-click an empty place to add one there.</source>
            <translation>คลิกรอบสัมภาษณ์เพื่อดูรายละเอียด ดับเบิลคลิกเพื่อแก้ไข หรือดับเบิลคลิกที่ว่างเพื่อเพิ่มรอบใหม่ ณ เวลานั้น</translation>
        </message>
        <message>
            <source>Assessors</source>
            <translation>ผู้ประเมิน</translation>
        </message>
        <message>
            <source>Interviewees</source>
            <translation>ผู้เข้ารับการสัมภาษณ์</translation>
        </message>
        <message>
            <source>Session added.</source>
            <translation>เพิ่มรอบสัมภาษณ์แล้ว</translation>
        </message>
        <message>
            <source>Session saved.</source>
            <translation>บันทึกรอบสัมภาษณ์แล้ว</translation>
        </message>
        <message>
            <source>Delete the session of %1, %2?</source>
            <translation>ลบรอบสัมภาษณ์วันที่ %1 เวลา %2 หรือไม่?</translation>
        </message>
        <message>
            <source>Delete session</source>
            <translation>ลบรอบสัมภาษณ์</translation>
        </message>
        <message>
            <source>Session deleted.</source>
            <translation>ลบรอบสัมภาษณ์แล้ว</translation>
        </message>
    </context>
    <context>
        <name>Secretariat</name>
        <message>
            <source>Yes</source>
            <translation>ใช่</translation>
        </message>
        <message>
            <source>No</source>
            <translation>ไม่ใช่</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>ตกลง</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>บันทึก</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ยกเลิก</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.csv);;Excel workbook (*.xlsx);;CSV (*.csv)</source>
            <translation>ตารางข้อมูล (*.xlsx *.csv);;สมุดงาน Excel (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV for Excel, UTF-8 (*.csv)</source>
            <translation>สมุดงาน Excel (*.xlsx);;CSV สำหรับ Excel แบบ UTF-8 (*.csv)</translation>
        </message>
        <message>
            <source>Interviewee</source>
            <translation>ผู้เข้ารับการสัมภาษณ์</translation>
        </message>
        <message>
            <source>Secretariat</source>
            <translation>ฝ่ายเลขานุการ</translation>
        </message>
        <message>
            <source>Primary</source>
            <translation>หลัก</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>สำรอง</translation>
        </message>
        <message>
            <source>Dimension %1</source>
            <translation>มิติที่ %1</translation>
        </message>
        <message>
            <source>the file has no rows below its header</source>
            <translation>ไฟล์ไม่มีข้อมูลใต้แถวหัวตาราง</translation>
        </message>
        <message>
            <source>no header row: the first rows must name the columns ({expected})</source>
            <translation>ไม่พบแถวหัวตาราง: แถวแรก ๆ ต้องระบุชื่อคอลัมน์ ({expected})</translation>
        </message>
        <message>
            <source>no '{column}' column (write one of: {expected})</source>
            <translation>ไม่มีคอลัมน์ '{column}' (ใช้ชื่อใดชื่อหนึ่ง: {expected})</translation>
        </message>
        <message>
            <source>text that is neither UTF-8 nor Thai Windows (cp874/TIS-620) in column '{column}'; save the file again as 'CSV UTF-8'</source>
            <translation>คอลัมน์ '{column}' มีข้อความที่อ่านไม่ได้ทั้งแบบ UTF-8 และแบบ Windows ภาษาไทย (cp874/TIS-620) กรุณาบันทึกไฟล์ใหม่เป็น 'CSV UTF-8'</translation>
        </message>
        <message>
            <source>the same {what} as row {other}</source>
            <translation>{what}ซ้ำกับแถว {other}</translation>
        </message>
        <message>
            <source>column '{column}' holds a formula whose result the file never stored; open the file in Excel and save it again, or type the value</source>
            <translation>คอลัมน์ '{column}' เป็นสูตรที่ไฟล์ไม่ได้เก็บผลลัพธ์ไว้ กรุณาเปิดไฟล์ใน Excel แล้วบันทึกอีกครั้ง หรือพิมพ์ค่าลงไปแทนสูตร</translation>
        </message>
        <message>
            <source>no name</source>
            <translation>ไม่มีชื่อ</translation>
        </message>
        <message>
            <source>unknown agency '{agency}' (write a code from agencies.yaml such as {example}, or the agency's full name)</source>
            <translation>ไม่รู้จักหน่วยงาน '{agency}' (ใช้อักษรย่อใน agencies.yaml เช่น {example} หรือชื่อเต็มของหน่วยงาน)</translation>
        </message>
        <message>
            <source>unknown agency '{agency}': there is no question bank (and so no agencies) yet; import the bank first</source>
            <translation>ไม่รู้จักหน่วยงาน '{agency}': ยังไม่มีคลังคำถาม (จึงยังไม่มีรายชื่อหน่วยงาน) กรุณานำเข้าคลังคำถามก่อน</translation>
        </message>
        <message>
            <source>role '{value}' is neither interviewee nor secretariat</source>
            <translation>บทบาท '{value}' ไม่ใช่ผู้เข้ารับการสัมภาษณ์หรือฝ่ายเลขานุการ</translation>
        </message>
        <message>
            <source>'{value}' is not an e-mail address</source>
            <translation>'{value}' ไม่ใช่ที่อยู่อีเมล</translation>
        </message>
        <message>
            <source>no person</source>
            <translation>ไม่ระบุบุคคล</translation>
        </message>
        <message>
            <source>no one on the roster is '{person}'</source>
            <translation>ไม่มี '{person}' ในรายชื่อ</translation>
        </message>
        <message>
            <source>'{person}' could be any of {count} people on the roster; write their e-mail instead</source>
            <translation>'{person}' ตรงกับบุคคลในรายชื่อ {count} คน กรุณาระบุอีเมลแทน</translation>
        </message>
        <message>
            <source>no question id</source>
            <translation>ไม่ระบุรหัสข้อคำถาม</translation>
        </message>
        <message>
            <source>no question '{question}' in the bank</source>
            <translation>ไม่มีข้อคำถาม '{question}' ในคลังคำถาม</translation>
        </message>
        <message>
            <source>role '{value}' is neither primary nor backup</source>
            <translation>บทบาท '{value}' ไม่ใช่หลักหรือสำรอง</translation>
        </message>
        <message>
            <source>person and question</source>
            <translation>บุคคลและข้อคำถาม</translation>
        </message>
        <message>
            <source>person</source>
            <translation>บุคคล</translation>
        </message>
        <message>
            <source>row %1: %2</source>
            <translation>แถว %1: %2</translation>
        </message>
        <message>
            <source>{subject} is in two sessions at the same time</source>
            <translation>{subject} อยู่ในสองรอบสัมภาษณ์ในเวลาเดียวกัน</translation>
        </message>
        <message>
            <source>assessor {subject} is in two sessions at the same time</source>
            <translation>ผู้ประเมิน {subject} อยู่ในสองรอบสัมภาษณ์ในเวลาเดียวกัน</translation>
        </message>
        <message>
            <source>room {subject} holds two sessions at the same time</source>
            <translation>ห้อง {subject} มีสองรอบสัมภาษณ์ในเวลาเดียวกัน</translation>
        </message>
        <message>
            <source>a session with no interviewee</source>
            <translation>รอบสัมภาษณ์ที่ไม่มีผู้เข้ารับการสัมภาษณ์</translation>
        </message>
        <message>
            <source>the session ends at or before its start</source>
            <translation>เวลาสิ้นสุดไม่อยู่หลังเวลาเริ่ม</translation>
        </message>
    </context>
    <context>
        <name>SessionDialog</name>
        <message>
            <source>Edit session</source>
            <translation>แก้ไขรอบสัมภาษณ์</translation>
        </message>
        <message>
            <source>New session</source>
            <translation>รอบสัมภาษณ์ใหม่</translation>
        </message>
        <message>
            <source>e.g. ห้องประชุม 1 ศาลาว่าการ กทม. 2</source>
            <translation>เช่น ห้องประชุม 1 ศาลาว่าการ กทม. 2</translation>
        </message>
        <message>
            <source>e.g. มิติ 1 การวางแผนและการจัดการ</source>
            <translation>เช่น มิติ 1 การวางแผนและการจัดการ</translation>
        </message>
        <message>
            <source>Filter people...</source>
            <translation>กรองรายชื่อ...</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>วันที่</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>เวลา</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>ห้อง</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>หัวข้อ</translation>
        </message>
        <message>
            <source>Assessor panel</source>
            <translation>คณะผู้ประเมิน</translation>
        </message>
        <message>
            <source>Interviewees</source>
            <translation>ผู้เข้ารับการสัมภาษณ์</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>หมายเหตุ</translation>
        </message>
        <message>
            <source>Not a date: write it as 9/2/2569, ๙ ก.พ. ๒๕๖๙ or 2026-02-09.</source>
            <translation>ไม่ใช่วันที่: พิมพ์เช่น 9/2/2569, ๙ ก.พ. ๒๕๖๙ หรือ 2026-02-09</translation>
        </message>
        <message>
            <source>The session must end after it starts.</source>
            <translation>เวลาสิ้นสุดต้องอยู่หลังเวลาเริ่ม</translation>
        </message>
        <message>
            <source>%1 minutes</source>
            <translation>%1 นาที</translation>
        </message>
        <message>
            <source>Not a time: write it as 09:30 or ๙.๓๐.</source>
            <translation>ไม่ใช่เวลา: พิมพ์เช่น 09:30 หรือ ๙.๓๐</translation>
        </message>
        <message>
            <source>Warning:</source>
            <translation>คำเตือน:</translation>
        </message>
    </context>
    <context>
        <name>_ChoiceDialog</name>
        <message>
            <source>Assigned only</source>
            <translation>เฉพาะที่มอบหมายแล้ว</translation>
        </message>
        <message>
            <source>Primary</source>
            <translation>หลัก</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>สำรอง</translation>
        </message>
        <message>
            <source>Unassign</source>
            <translation>ยกเลิกการมอบหมาย</translation>
        </message>
        <message>
            <source>Add many at once</source>
            <translation>เพิ่มหลายข้อพร้อมกัน</translation>
        </message>
        <message>
            <source>as</source>
            <translation>เป็น</translation>
        </message>
        <message>
            <source>Selected rows:</source>
            <translation>แถวที่เลือก:</translation>
        </message>
        <message>
            <source>Added %1; %2 already assigned kept their role.</source>
            <translation>เพิ่ม %1 รายการ; %2 รายการที่มอบหมายไว้แล้วคงบทบาทเดิม</translation>
        </message>
        <message>
            <source>%1 primary, %2 backup</source>
            <translation>หลัก %1 สำรอง %2</translation>
        </message>
    </context>
</TS>
