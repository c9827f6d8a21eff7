<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
    <context>
        <name>AnswerTab</name>
        <message>
            <source>&amp;Agency:</source>
            <translation>หน่วยงาน(&amp;A):</translation>
        </message>
    </context>
    <context>
        <name>BrowserPage</name>
        <message>
            <source>All tags</source>
            <translation>ทุกแท็ก</translation>
        </message>
        <message>
            <source>All agencies</source>
            <translation>ทุกหน่วยงาน</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>ทุกคน</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s)</source>
            <translation>
                <numerusform>%n คำถาม</numerusform>
            </translation>
        </message>
        <message>
            <source>No question matches “{0}”.</source>
            <translation>ไม่พบคำถามที่ตรงกับ “{0}”</translation>
        </message>
        <message numerus="yes">
            <source>%n match(es) shown</source>
            <translation>
                <numerusform>แสดง %n รายการที่ตรงกัน</numerusform>
            </translation>
        </message>
        <message>
            <source>{0} more hidden by the filters. &lt;a href="#all"&gt;Search the whole bank&lt;/a&gt;</source>
            <translation>อีก {0} รายการถูกซ่อนด้วยตัวกรอง &lt;a href="#all"&gt;ค้นหาทั้งคลัง&lt;/a&gt;</translation>
        </message>
        <message numerus="yes">
            <source>%n match(es)</source>
            <translation>
                <numerusform>พบ %n รายการ</numerusform>
            </translation>
        </message>
        <message>
            <source>The bank has no questions yet. Use New question to write the first one.</source>
            <translation>คลังยังไม่มีคำถาม กด “คำถามใหม่” เพื่อเขียนคำถามแรก</translation>
        </message>
        <message>
            <source>No question here. Choose another dimension, goal or benchmark, or clear the filters.</source>
            <translation>ไม่มีคำถามในหมวดนี้ เลือกมิติ เป้าหมาย หรือเกณฑ์อื่น หรือล้างตัวกรอง</translation>
        </message>
        <message>
            <source>Search failed: {0}</source>
            <translation>ค้นหาไม่สำเร็จ: {0}</translation>
        </message>
        <message>
            <source>New question {0}</source>
            <translation>คำถามใหม่ {0}</translation>
        </message>
        <message>
            <source>Edit question {0}</source>
            <translation>แก้ไขคำถาม {0}</translation>
        </message>
        <message>
            <source>Could not delete {0}: {1}</source>
            <translation>ลบ {0} ไม่สำเร็จ: {1}</translation>
        </message>
        <message>
            <source>Delete question {0}</source>
            <translation>ลบคำถาม {0}</translation>
        </message>
        <message>
            <source>Delete question</source>
            <translation>ลบคำถาม</translation>
        </message>
        <message>
            <source>Delete the question “{0}” ({1}) and its file? You can undo this with Edit → Undo.</source>
            <translation>ลบคำถาม “{0}” ({1}) และไฟล์ของคำถามนี้หรือไม่ ย้อนกลับได้ด้วย แก้ไข → เลิกทำ</translation>
        </message>
        <message>
            <source>The change could not be made: {0}</source>
            <translation>ไม่สามารถบันทึกการเปลี่ยนแปลงได้: {0}</translation>
        </message>
        <message>
            <source>… and {0} more.</source>
            <translation>… และอีก {0} รายการ</translation>
        </message>
        <message>
            <source>Question bank</source>
            <translation>คลังคำถาม</translation>
        </message>
        <message>
            <source>Search the whole bank: Thai or English, any part of a word (Ctrl+F)</source>
            <translation>ค้นหาทั้งคลัง: ไทยหรืออังกฤษ พิมพ์ส่วนใดของคำก็ได้ (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>ค้นหา</translation>
        </message>
        <message>
            <source>&amp;Tag:</source>
            <translation>แท็ก(&amp;T):</translation>
        </message>
        <message>
            <source>A&amp;gency:</source>
            <translation>หน่วยงาน(&amp;G):</translation>
        </message>
        <message>
            <source>&amp;Person:</source>
            <translation>ผู้รับผิดชอบ(&amp;P):</translation>
        </message>
        <message>
            <source>&amp;New question…</source>
            <translation>คำถามใหม่(&amp;N)…</translation>
        </message>
        <message>
            <source>Write a new question (Ctrl+N)</source>
            <translation>เขียนคำถามใหม่ (Ctrl+N)</translation>
        </message>
        <message>
            <source>&amp;Edit question…</source>
            <translation>แก้ไขคำถาม(&amp;E)…</translation>
        </message>
        <message>
            <source>Edit the selected question (Ctrl+E)</source>
            <translation>แก้ไขคำถามที่เลือก (Ctrl+E)</translation>
        </message>
        <message>
            <source>&amp;Delete question…</source>
            <translation>ลบคำถาม(&amp;D)…</translation>
        </message>
        <message>
            <source>Delete the selected question (Del); Undo brings it back</source>
            <translation>ลบคำถามที่เลือก (Del) กู้คืนได้ด้วยเลิกทำ</translation>
        </message>
        <message>
            <source>&amp;Assign people…</source>
            <translation>&amp;มอบหมายผู้ตอบ…</translation>
        </message>
        <message>
            <source>Choose who answers the selected question (primary) and who stands by (backup)</source>
            <translation>เลือกผู้ตอบหลักและผู้ตอบสำรองของคำถามที่เลือก</translation>
        </message>
        <message>
            <source>Clear search</source>
            <translation>ล้างการค้นหา</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>ซ่อน</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>รายการคำถาม</translation>
        </message>
        <message>
            <source>Question and answers</source>
            <translation>คำถามและคำตอบ</translation>
        </message>
    </context>
    <context>
        <name>EditableTable</name>
        <message>
            <source>Add a row</source>
            <translation>เพิ่มแถว</translation>
        </message>
        <message>
            <source>Remove the selected row</source>
            <translation>ลบแถวที่เลือก</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>เลื่อนขึ้น</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>เลื่อนลง</translation>
        </message>
    </context>
    <context>
        <name>GuideWindow</name>
        <message>
            <source>sealprep user guide</source>
            <translation>คู่มือการใช้งาน sealprep</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Undo {0}</source>
            <translation>เลิกทำ(&amp;U) {0}</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>เลิกทำ(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo {0}</source>
            <translation>ทำซ้ำ(&amp;R) {0}</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>ทำซ้ำ(&amp;R)</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s)</source>
            <translation>
                <numerusform>%n คำถาม</numerusform>
            </translation>
        </message>
        <message>
            <source>Edits are written to the question files in this folder.</source>
            <translation>การแก้ไขจะบันทึกลงไฟล์คำถามในโฟลเดอร์นี้</translation>
        </message>
        <message>
            <source>About sealprep</source>
            <translation>เกี่ยวกับ sealprep</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;sealprep&lt;/b&gt; {0}&lt;/p&gt;&lt;p&gt;Prepares officials for the UNDP Gender Equality Seal external-assessment interviews: the question bank with every agency's suggested answers, mock interviews and briefing sheets.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;sealprep&lt;/b&gt; {0}&lt;/p&gt;&lt;p&gt;เครื่องมือเตรียมบุคลากรสำหรับการสัมภาษณ์ของผู้ประเมินภายนอก ตราสัญลักษณ์ความเท่าเทียมทางเพศ (Gender Equality Seal) ของ UNDP: คลังคำถามพร้อมคำตอบแนะนำของทุกหน่วยงาน การซ้อมสัมภาษณ์ และเอกสารสรุปสำหรับพิมพ์&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Text size {0}%</source>
            <translation>ขนาดตัวอักษร {0}%</translation>
        </message>
        <message>
            <source>sealprep — Gender Equality Seal interview preparation</source>
            <translation>sealprep — เตรียมความพร้อมสัมภาษณ์ Gender Equality Seal</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>แฟ้ม(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>ออก(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>แก้ไข(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>ค้นหา(&amp;F)…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>มุมมอง(&amp;V)</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>ขยายตัวอักษร(&amp;I)</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>ย่อตัวอักษร(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Actual Size</source>
            <translation>ขนาดปกติ(&amp;A)</translation>
        </message>
        <message>
            <source>Show &amp;English Names</source>
            <translation>แสดงชื่อภาษาอังกฤษ(&amp;E)</translation>
        </message>
        <message>
            <source>Show the framework and questions by their English names</source>
            <translation>แสดงกรอบการประเมินและคำถามเป็นภาษาอังกฤษ</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>ภาษา(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>ช่วยเหลือ(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;About sealprep</source>
            <translation>เกี่ยวกับ sealprep(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;User guide</source>
            <translation>คู่มือการใช้งาน(&amp;U)</translation>
        </message>
    </context>
    <context>
        <name>MarkdownEditor</name>
        <message>
            <source>&amp;Markdown</source>
            <translation>Markdown(&amp;M)</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>ตัวอย่างการแสดงผล</translation>
        </message>
        <message>
            <source>The preview shows the start only: {0} more lines are not shown.</source>
            <translation>ตัวอย่างแสดงเฉพาะช่วงต้น ยังมีอีก {0} บรรทัดที่ไม่ได้แสดง</translation>
        </message>
        <message>
            <source>Write the answer in Markdown: **bold**, - bullets, ### headings, [title](https://...)</source>
            <translation>เขียนคำตอบแบบ Markdown: **ตัวหนา**, - หัวข้อย่อย, ### หัวเรื่อง, [ชื่อ](https://...)</translation>
        </message>
    </context>
    <context>
        <name>NavigationTree</name>
        <message>
            <source>Dimensions, goals and benchmarks</source>
            <translation>มิติ เป้าหมาย และเกณฑ์</translation>
        </message>
        <message>
            <source>Dimension {0}</source>
            <translation>มิติที่ {0}</translation>
        </message>
        <message>
            <source>All questions</source>
            <translation>คำถามทั้งหมด</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s)</source>
            <translation>
                <numerusform>%n คำถาม</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>QuestionDetailView</name>
        <message>
            <source>Select a question on the left to read its suggested answers.</source>
            <translation>เลือกคำถามทางซ้ายเพื่ออ่านคำตอบที่แนะนำ</translation>
        </message>
        <message>
            <source>Suggested answers</source>
            <translation>คำตอบที่แนะนำ</translation>
        </message>
        <message>
            <source>No agency has written an answer yet.</source>
            <translation>ยังไม่มีหน่วยงานใดเขียนคำตอบ</translation>
        </message>
        <message>
            <source>Key points</source>
            <translation>ประเด็นสำคัญ</translation>
        </message>
        <message>
            <source>Benchmark criteria this question serves</source>
            <translation>เกณฑ์ที่คำถามนี้เกี่ยวข้อง</translation>
        </message>
        <message>
            <source>Evidence UNDP asks for:</source>
            <translation>หลักฐานที่ UNDP ต้องการ:</translation>
        </message>
        <message>
            <source>UNDP comment:</source>
            <translation>ความเห็นของ UNDP:</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>หลักฐาน</translation>
        </message>
        <message>
            <source>Dimension {0}</source>
            <translation>มิติที่ {0}</translation>
        </message>
        <message>
            <source>Benchmarks {0}</source>
            <translation>เกณฑ์ {0}</translation>
        </message>
        <message>
            <source>Tags: {0}</source>
            <translation>แท็ก: {0}</translation>
        </message>
        <message>
            <source>Time to answer {0}:{1:02d} min</source>
            <translation>เวลาตอบ {0}:{1:02d} นาที</translation>
        </message>
        <message>
            <source>Show all ({0} more lines)</source>
            <translation>แสดงทั้งหมด (อีก {0} บรรทัด)</translation>
        </message>
    </context>
    <context>
        <name>QuestionEditor</name>
        <message>
            <source>Owner (agency code)</source>
            <translation>เจ้าของ (รหัสหน่วยงาน)</translation>
        </message>
        <message>
            <source>As of</source>
            <translation>ข้อมูล ณ วันที่</translation>
        </message>
        <message>
            <source>Evidence '{0}': '{1}' is not a date (write e.g. 8 ก.ค. 2567 or 2024-07-08).</source>
            <translation>หลักฐาน '{0}': '{1}' ไม่ใช่วันที่ (เขียนเช่น 8 ก.ค. 2567 หรือ 2024-07-08)</translation>
        </message>
        <message>
            <source>Question details: give the question an id (letters, digits, '.', '_' or '-'), e.g. d1-planning.</source>
            <translation>ข้อมูลคำถาม: ตั้งรหัสคำถาม (ตัวอักษรอังกฤษ ตัวเลข '.', '_' หรือ '-') เช่น d1-planning</translation>
        </message>
        <message>
            <source>Question details: write the question in Thai.</source>
            <translation>ข้อมูลคำถาม: เขียนคำถามภาษาไทย</translation>
        </message>
        <message>
            <source>Answer from {0}: the answer is empty.</source>
            <translation>คำตอบของ {0}: ยังไม่มีเนื้อหา</translation>
        </message>
        <message>
            <source>Question details</source>
            <translation>ข้อมูลคำถาม</translation>
        </message>
        <message>
            <source>Thai wording</source>
            <translation>คำถามภาษาไทย</translation>
        </message>
        <message>
            <source>English wording</source>
            <translation>คำถามภาษาอังกฤษ</translation>
        </message>
        <message>
            <source>Answer from {0}</source>
            <translation>คำตอบของ {0}</translation>
        </message>
        <message>
            <source>Key points</source>
            <translation>ประเด็นสำคัญ</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>หลักฐาน</translation>
        </message>
        <message>
            <source>a line starting with '#' or '##' would end this part; use '###' for a heading inside an answer</source>
            <translation>บรรทัดที่ขึ้นต้นด้วย '#' หรือ '##' จะตัดส่วนนี้ ใช้ '###' สำหรับหัวข้อในคำตอบ</translation>
        </message>
        <message>
            <source>another question already uses the id '{0}'</source>
            <translation>มีคำถามอื่นใช้รหัส '{0}' แล้ว</translation>
        </message>
        <message>
            <source>Fix these before saving:</source>
            <translation>แก้ไขรายการต่อไปนี้ก่อนบันทึก:</translation>
        </message>
        <message>
            <source>✓ The question is valid and can be saved.</source>
            <translation>✓ คำถามถูกต้อง บันทึกได้</translation>
        </message>
        <message>
            <source>Could not save: {0}</source>
            <translation>บันทึกไม่สำเร็จ: {0}</translation>
        </message>
        <message>
            <source>Discard the changes to this question?</source>
            <translation>ทิ้งการแก้ไขคำถามนี้หรือไม่</translation>
        </message>
        <message>
            <source>Edit question — {0}</source>
            <translation>แก้ไขคำถาม — {0}</translation>
        </message>
        <message>
            <source>New question</source>
            <translation>คำถามใหม่</translation>
        </message>
        <message>
            <source>&amp;Id:</source>
            <translation>รหัส(&amp;I):</translation>
        </message>
        <message>
            <source>&amp;Dimension:</source>
            <translation>มิติ(&amp;D):</translation>
        </message>
        <message>
            <source>&amp;Benchmarks:</source>
            <translation>เกณฑ์(&amp;B):</translation>
        </message>
        <message>
            <source>&amp;Tags:</source>
            <translation>แท็ก(&amp;T):</translation>
        </message>
        <message>
            <source>Time to &amp;answer:</source>
            <translation>เวลาตอบ(&amp;A):</translation>
        </message>
        <message>
            <source>Question in &amp;Thai:</source>
            <translation>คำถามภาษาไทย(&amp;T):</translation>
        </message>
        <message>
            <source>Question in &amp;English:</source>
            <translation>คำถามภาษาอังกฤษ(&amp;E):</translation>
        </message>
        <message>
            <source>e.g. d1-gender-analysis (never reuse an id)</source>
            <translation>เช่น d1-gender-analysis (ห้ามนำรหัสเดิมกลับมาใช้ซ้ำ)</translation>
        </message>
        <message>
            <source>comma-separated, e.g. planning, data</source>
            <translation>คั่นด้วยจุลภาค เช่น planning, data</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>ไม่จำกัด</translation>
        </message>
        <message>
            <source> min</source>
            <translation> นาที</translation>
        </message>
        <message>
            <source>Minutes and seconds, e.g. 2:30; step 15 seconds</source>
            <translation>นาทีและวินาที เช่น 2:30 ปรับทีละ 15 วินาที</translation>
        </message>
        <message>
            <source>This dimension has no benchmarks in the framework.</source>
            <translation>มิตินี้ไม่มีเกณฑ์ในกรอบการประเมิน</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>คำถาม</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>คำตอบ</translation>
        </message>
        <message>
            <source>Key points and evidence</source>
            <translation>ประเด็นสำคัญและหลักฐาน</translation>
        </message>
        <message>
            <source>Add an answer from another agency</source>
            <translation>เพิ่มคำตอบของหน่วยงานอื่น</translation>
        </message>
        <message>
            <source>No answers yet. Press + to add one agency's answer.</source>
            <translation>ยังไม่มีคำตอบ กด + เพื่อเพิ่มคำตอบของหน่วยงาน</translation>
        </message>
        <message>
            <source>Key points (what a good answer must cover, one per row):</source>
            <translation>ประเด็นสำคัญ (สิ่งที่คำตอบที่ดีต้องครอบคลุม แถวละหนึ่งประเด็น):</translation>
        </message>
        <message>
            <source>Evidence (a title, a web link if there is one, the agency that holds it, the date it is current as of):</source>
            <translation>หลักฐาน (ชื่อเอกสาร ลิงก์เว็บถ้ามี หน่วยงานที่ถือเอกสาร และวันที่ของข้อมูล):</translation>
        </message>
        <message>
            <source>Key point</source>
            <translation>ประเด็น</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>ชื่อเอกสาร</translation>
        </message>
        <message>
            <source>Link (https://...)</source>
            <translation>ลิงก์ (https://...)</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>บันทึก(&amp;S)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ยกเลิก</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>The starter question bank could not be set up: {0}</source>
            <translation>ไม่สามารถตั้งค่าคลังคำถามเริ่มต้นได้: {0}</translation>
        </message>
        <message>
            <source>The starter question bank has problems and was not loaded:</source>
            <translation>คลังคำถามเริ่มต้นมีข้อผิดพลาด จึงไม่ได้โหลด:</translation>
        </message>
    </context>
</TS>
