<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>AnswerTab</name>
    <message>
        <location filename="../../src/sealprep/ui/browser/question_editor.py" line="115"/>
        <source>&amp;Agency:</source>
        <translation>หน่วยงาน(&amp;A):</translation>
    </message>
</context>
<context>
    <name>BrowserPage</name>
    <message>
        <location filename="../../src/sealprep/ui/browser/page.py" line="216"/>
        <location filename="../../src/sealprep/ui/browser/page.py" line="547"/>
        <source>All tags</source>
        <translation>ทุกแท็ก</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/page.py" line="218"/>
        <location filename="../../src/sealprep/ui/browser/page.py" line="547"/>
        <source>All agencies</source>
        <translation>ทุกหน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/page.py" line="242"/>
        <location filename="../../src/sealprep/ui/browser/page.py" line="548"/>
        <source>Everyone</source>
        <translation>ทุกคน</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/sealprep/ui/browser/page.py" line="292"/>
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n คำถาม</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/page.py" line="294"/>
        <location filename="../../src/sealprep/ui/browser/page.py" line="305"/>
        <source>No question matches “{0}”.</source>
        <translation>ไม่พบคำถามที่ตรงกับ “{0}”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/sealprep/ui/browser/page.py" line="296"/>
        <source>%n match(es) shown</source>
        <translation>
            <numerusform>แสดง %n รายการที่ตรงกัน</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/page.py" line="297"/>
        <source>{0} more hidden by the filters. &lt;a href=&quot;#all&quot;&gt;Search the whole bank&lt;/a&gt;</source>
        <translation>อีก {0} รายการถูกซ่อนด้วยตัวกรอง &lt;a href=&quot;#all&quot;&gt;ค้นหาทั้งคลัง&lt;/a&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/sealprep/ui/browser/page.py" line="300"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>พบ %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/page.py" line="307"/>
        <source>The bank has no questions yet. Use New question to write the first one.</source>
        <translation>คลังยังไม่มีคำถาม กด “คำถามใหม่” เพื่อเขียนคำถามแรก</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/page.py" line="309"/>
        <source>No question here. Choose another dimension, goal or benchmark, or clear the filters.</source>
        <translation>ไม่มีคำถามในหมวดนี้ เลือกมิติ เป้าหมาย หรือเกณฑ์อื่น หรือล้างตัวกรอง</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/page.py" line="384"/>
        <source>Search failed: {0}</source>
        <translation>ค้นหาไม่สำเร็จ: {0}</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/page.py" line="454"/>
        <source>New question {0}</source>
        <translation>คำถามใหม่ {0}</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/page.py" line="456"/>
        <source>Edit question {0}</source>
        <translation>แก้ไขคำถาม {0}</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/page.py" line="473"/>
        <source>Could not delete {0}: {1}</source>
        <translation>ลบ {0} ไม่สำเร็จ: {1}</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/page.py" line="475"/>
        <source>Delete question {0}</source>
        <translation>ลบคำถาม {0}</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/page.py" line="484"/>
        <source>Delete question</source>
        <translation>ลบคำถาม</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/page.py" line="485"/>
        <source>Delete the question “{0}” ({1}) and its file? You can undo this with Edit → Undo.</source>
        <translation>ลบคำถาม “{0}” ({1}) และไฟล์ของคำถามนี้หรือไม่ ย้อนกลับได้ด้วย แก้ไข → เลิกทำ</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/page.py" line="493"/>
        <source>The change could not be made: {0}</source>
        <translation>ไม่สามารถบันทึกการเปลี่ยนแปลงได้: {0}</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/page.py" line="503"/>
        <source>… and {0} more.</source>
        <translation>… และอีก {0} รายการ</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/page.py" line="541"/>
        <source>Question bank</source>
        <translation>คลังคำถาม</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/page.py" line="542"/>
        <source>Search the whole bank: Thai or English, any part of a word (Ctrl+F)</source>
        <translation>ค้นหาทั้งคลัง: ไทยหรืออังกฤษ พิมพ์ส่วนใดของคำก็ได้ (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/page.py" line="543"/>
        <source>Search</source>
        <translation>ค้นหา</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/page.py" line="544"/>
        <source>&amp;Tag:</source>
        <translation>แท็ก(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/page.py" line="545"/>
        <source>A&amp;gency:</source>
        <translation>หน่วยงาน(&amp;G):</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/page.py" line="546"/>
        <source>&amp;Person:</source>
        <translation>ผู้รับผิดชอบ(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/page.py" line="551"/>
        <source>&amp;New question…</source>
        <translation>คำถามใหม่(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/page.py" line="552"/>
        <source>Write a new question (Ctrl+N)</source>
        <translation>เขียนคำถามใหม่ (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/page.py" line="553"/>
        <source>&amp;Edit question…</source>
        <translation>แก้ไขคำถาม(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/page.py" line="554"/>
        <source>Edit the selected question (Ctrl+E)</source>
        <translation>แก้ไขคำถามที่เลือก (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/page.py" line="555"/>
        <source>&amp;Delete question…</source>
        <translation>ลบคำถาม(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/page.py" line="556"/>
        <source>Delete the selected question (Del); Undo brings it back</source>
        <translation>ลบคำถามที่เลือก (Del) กู้คืนได้ด้วยเลิกทำ</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/page.py" line="557"/>
        <source>&amp;Assign people…</source>
        <translation>&amp;มอบหมายผู้ตอบ…</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/page.py" line="558"/>
        <source>Choose who answers the selected question (primary) and who stands by (backup)</source>
        <translation>เลือกผู้ตอบหลักและผู้ตอบสำรองของคำถามที่เลือก</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/page.py" line="559"/>
        <source>Clear search</source>
        <translation>ล้างการค้นหา</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/page.py" line="560"/>
        <source>Hide</source>
        <translation>ซ่อน</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/page.py" line="561"/>
        <source>Questions</source>
        <translation>รายการคำถาม</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/page.py" line="562"/>
        <source>Question and answers</source>
        <translation>คำถามและคำตอบ</translation>
    </message>
</context>
<context>
    <name>EditableTable</name>
    <message>
        <location filename="../../src/sealprep/ui/browser/editable_table.py" line="121"/>
        <source>Add a row</source>
        <translation>เพิ่มแถว</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/editable_table.py" line="122"/>
        <source>Remove the selected row</source>
        <translation>ลบแถวที่เลือก</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/editable_table.py" line="123"/>
        <source>Move up</source>
        <translation>เลื่อนขึ้น</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/editable_table.py" line="124"/>
        <source>Move down</source>
        <translation>เลื่อนลง</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/sealprep/ui/main_window.py" line="163"/>
        <source>&amp;Undo {0}</source>
        <translation>เลิกทำ(&amp;U) {0}</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/main_window.py" line="163"/>
        <source>&amp;Undo</source>
        <translation>เลิกทำ(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/main_window.py" line="164"/>
        <source>&amp;Redo {0}</source>
        <translation>ทำซ้ำ(&amp;R) {0}</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/main_window.py" line="164"/>
        <source>&amp;Redo</source>
        <translation>ทำซ้ำ(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/sealprep/ui/main_window.py" line="184"/>
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n คำถาม</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/main_window.py" line="185"/>
        <source>Edits are written to the question files in this folder.</source>
        <translation>การแก้ไขจะบันทึกลงไฟล์คำถามในโฟลเดอร์นี้</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/main_window.py" line="189"/>
        <source>About sealprep</source>
        <translation>เกี่ยวกับ sealprep</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/main_window.py" line="190"/>
        <source>&lt;p&gt;&lt;b&gt;sealprep&lt;/b&gt; {0}&lt;/p&gt;&lt;p&gt;Prepares officials for the UNDP Gender Equality Seal external-assessment interviews: the question bank with every agency&apos;s suggested answers, mock interviews and briefing sheets.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;sealprep&lt;/b&gt; {0}&lt;/p&gt;&lt;p&gt;เครื่องมือเตรียมบุคลากรสำหรับการสัมภาษณ์ของผู้ประเมินภายนอก ตราสัญลักษณ์ความเท่าเทียมทางเพศ (Gender Equality Seal) ของ UNDP: คลังคำถามพร้อมคำตอบแนะนำของทุกหน่วยงาน การซ้อมสัมภาษณ์ และเอกสารสรุปสำหรับพิมพ์&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/main_window.py" line="207"/>
        <source>Text size {0}%</source>
        <translation>ขนาดตัวอักษร {0}%</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/main_window.py" line="307"/>
        <source>sealprep — Gender Equality Seal interview preparation</source>
        <translation>sealprep — เตรียมความพร้อมสัมภาษณ์ Gender Equality Seal</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/main_window.py" line="308"/>
        <source>&amp;File</source>
        <translation>แฟ้ม(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/main_window.py" line="309"/>
        <source>&amp;Quit</source>
        <translation>ออก(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/main_window.py" line="310"/>
        <source>&amp;Edit</source>
        <translation>แก้ไข(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/main_window.py" line="311"/>
        <source>&amp;Find…</source>
        <translation>ค้นหา(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/main_window.py" line="312"/>
        <source>&amp;View</source>
        <translation>มุมมอง(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/main_window.py" line="313"/>
        <source>Zoom &amp;In</source>
        <translation>ขยายตัวอักษร(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/main_window.py" line="314"/>
        <source>Zoom &amp;Out</source>
        <translation>ย่อตัวอักษร(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/main_window.py" line="315"/>
        <source>&amp;Actual Size</source>
        <translation>ขนาดปกติ(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/main_window.py" line="316"/>
        <source>Show &amp;English Names</source>
        <translation>แสดงชื่อภาษาอังกฤษ(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/main_window.py" line="317"/>
        <source>Show the framework and questions by their English names</source>
        <translation>แสดงกรอบการประเมินและคำถามเป็นภาษาอังกฤษ</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/main_window.py" line="318"/>
        <source>&amp;Language</source>
        <translation>ภาษา(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/main_window.py" line="319"/>
        <source>&amp;Help</source>
        <translation>ช่วยเหลือ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/main_window.py" line="320"/>
        <source>&amp;About sealprep</source>
        <translation>เกี่ยวกับ sealprep(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <location filename="../../src/sealprep/ui/browser/markdown_editor.py" line="74"/>
        <source>&amp;Markdown</source>
        <translation>Markdown(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/markdown_editor.py" line="75"/>
        <source>Preview</source>
        <translation>ตัวอย่างการแสดงผล</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/markdown_editor.py" line="75"/>
        <source>The preview shows the start only: {0} more lines are not shown.</source>
        <translation>ตัวอย่างแสดงเฉพาะช่วงต้น ยังมีอีก {0} บรรทัดที่ไม่ได้แสดง</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/markdown_editor.py" line="77"/>
        <source>Write the answer in Markdown: **bold**, - bullets, ### headings, [title](https://...)</source>
        <translation>เขียนคำตอบแบบ Markdown: **ตัวหนา**, - หัวข้อย่อย, ### หัวเรื่อง, [ชื่อ](https://...)</translation>
    </message>
</context>
<context>
    <name>NavigationTree</name>
    <message>
        <location filename="../../src/sealprep/ui/browser/navigation.py" line="57"/>
        <location filename="../../src/sealprep/ui/browser/navigation.py" line="117"/>
        <source>Dimensions, goals and benchmarks</source>
        <translation>มิติ เป้าหมาย และเกณฑ์</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/navigation.py" line="144"/>
        <source>Dimension {0}</source>
        <translation>มิติที่ {0}</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/navigation.py" line="152"/>
        <source>All questions</source>
        <translation>คำถามทั้งหมด</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/sealprep/ui/browser/navigation.py" line="163"/>
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n คำถาม</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionDetailView</name>
    <message>
        <location filename="../../src/sealprep/ui/browser/detail_view.py" line="64"/>
        <source>Select a question on the left to read its suggested answers.</source>
        <translation>เลือกคำถามทางซ้ายเพื่ออ่านคำตอบที่แนะนำ</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/detail_view.py" line="128"/>
        <source>Suggested answers</source>
        <translation>คำตอบที่แนะนำ</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/detail_view.py" line="129"/>
        <source>No agency has written an answer yet.</source>
        <translation>ยังไม่มีหน่วยงานใดเขียนคำตอบ</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/detail_view.py" line="130"/>
        <source>Key points</source>
        <translation>ประเด็นสำคัญ</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/detail_view.py" line="131"/>
        <source>Benchmark criteria this question serves</source>
        <translation>เกณฑ์ที่คำถามนี้เกี่ยวข้อง</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/detail_view.py" line="132"/>
        <source>Evidence UNDP asks for:</source>
        <translation>หลักฐานที่ UNDP ต้องการ:</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/detail_view.py" line="133"/>
        <source>UNDP comment:</source>
        <translation>ความเห็นของ UNDP:</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/detail_view.py" line="134"/>
        <source>Evidence</source>
        <translation>หลักฐาน</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/detail_view.py" line="135"/>
        <source>Dimension {0}</source>
        <translation>มิติที่ {0}</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/detail_view.py" line="136"/>
        <source>Benchmarks {0}</source>
        <translation>เกณฑ์ {0}</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/detail_view.py" line="137"/>
        <source>Tags: {0}</source>
        <translation>แท็ก: {0}</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/detail_view.py" line="138"/>
        <source>Time to answer {0}:{1:02d} min</source>
        <translation>เวลาตอบ {0}:{1:02d} นาที</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/detail_view.py" line="163"/>
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
        <location filename="../../src/sealprep/ui/browser/question_editor.py" line="402"/>
        <source>Question details: give the question an id (letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;), e.g. d1-planning.</source>
        <translation>ข้อมูลคำถาม: ตั้งรหัสคำถาม (ตัวอักษรอังกฤษ ตัวเลข &apos;.&apos;, &apos;_&apos; หรือ &apos;-&apos;) เช่น d1-planning</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/question_editor.py" line="404"/>
        <source>Question details: write the question in Thai.</source>
        <translation>ข้อมูลคำถาม: เขียนคำถามภาษาไทย</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/question_editor.py" line="407"/>
        <source>Answer from {0}: the answer is empty.</source>
        <translation>คำตอบของ {0}: ยังไม่มีเนื้อหา</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/question_editor.py" line="419"/>
        <source>Question details</source>
        <translation>ข้อมูลคำถาม</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/question_editor.py" line="420"/>
        <source>Thai wording</source>
        <translation>คำถามภาษาไทย</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/question_editor.py" line="421"/>
        <source>English wording</source>
        <translation>คำถามภาษาอังกฤษ</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/question_editor.py" line="422"/>
        <source>Answer from {0}</source>
        <translation>คำตอบของ {0}</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/question_editor.py" line="423"/>
        <source>Key points</source>
        <translation>ประเด็นสำคัญ</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/question_editor.py" line="424"/>
        <source>Evidence</source>
        <translation>หลักฐาน</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/question_editor.py" line="428"/>
        <source>a line starting with &apos;#&apos; or &apos;##&apos; would end this part; use &apos;###&apos; for a heading inside an answer</source>
        <translation>บรรทัดที่ขึ้นต้นด้วย &apos;#&apos; หรือ &apos;##&apos; จะตัดส่วนนี้ ใช้ &apos;###&apos; สำหรับหัวข้อในคำตอบ</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/question_editor.py" line="430"/>
        <source>another question already uses the id &apos;{0}&apos;</source>
        <translation>มีคำถามอื่นใช้รหัส &apos;{0}&apos; แล้ว</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/question_editor.py" line="443"/>
        <source>Fix these before saving:</source>
        <translation>แก้ไขรายการต่อไปนี้ก่อนบันทึก:</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/question_editor.py" line="443"/>
        <source>✓ The question is valid and can be saved.</source>
        <translation>✓ คำถามถูกต้อง บันทึกได้</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/question_editor.py" line="469"/>
        <source>Could not save: {0}</source>
        <translation>บันทึกไม่สำเร็จ: {0}</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/question_editor.py" line="481"/>
        <source>Discard the changes to this question?</source>
        <translation>ทิ้งการแก้ไขคำถามนี้หรือไม่</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/question_editor.py" line="511"/>
        <source>Edit question — {0}</source>
        <translation>แก้ไขคำถาม — {0}</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/question_editor.py" line="513"/>
        <source>New question</source>
        <translation>คำถามใหม่</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/question_editor.py" line="514"/>
        <source>&amp;Id:</source>
        <translation>รหัส(&amp;I):</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/question_editor.py" line="515"/>
        <source>&amp;Dimension:</source>
        <translation>มิติ(&amp;D):</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/question_editor.py" line="516"/>
        <source>&amp;Benchmarks:</source>
        <translation>เกณฑ์(&amp;B):</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/question_editor.py" line="517"/>
        <source>&amp;Tags:</source>
        <translation>แท็ก(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/question_editor.py" line="518"/>
        <source>Time to &amp;answer:</source>
        <translation>เวลาตอบ(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/question_editor.py" line="519"/>
        <source>Question in &amp;Thai:</source>
        <translation>คำถามภาษาไทย(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/question_editor.py" line="520"/>
        <source>Question in &amp;English:</source>
        <translation>คำถามภาษาอังกฤษ(&amp;E):</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/question_editor.py" line="521"/>
        <source>e.g. d1-gender-analysis (never reuse an id)</source>
        <translation>เช่น d1-gender-analysis (ห้ามนำรหัสเดิมกลับมาใช้ซ้ำ)</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/question_editor.py" line="522"/>
        <source>comma-separated, e.g. planning, data</source>
        <translation>คั่นด้วยจุลภาค เช่น planning, data</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/question_editor.py" line="523"/>
        <source>no limit</source>
        <translation>ไม่จำกัด</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/question_editor.py" line="524"/>
        <source> s</source>
        <translation> วินาที</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/question_editor.py" line="525"/>
        <source>This dimension has no benchmarks in the framework.</source>
        <translation>มิตินี้ไม่มีเกณฑ์ในกรอบการประเมิน</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/question_editor.py" line="526"/>
        <source>Question</source>
        <translation>คำถาม</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/question_editor.py" line="527"/>
        <source>Answers</source>
        <translation>คำตอบ</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/question_editor.py" line="528"/>
        <source>Key points and evidence</source>
        <translation>ประเด็นสำคัญและหลักฐาน</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/question_editor.py" line="529"/>
        <source>Add an answer from another agency</source>
        <translation>เพิ่มคำตอบของหน่วยงานอื่น</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/question_editor.py" line="531"/>
        <source>No answers yet. Press + to add one agency&apos;s answer.</source>
        <translation>ยังไม่มีคำตอบ กด + เพื่อเพิ่มคำตอบของหน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/question_editor.py" line="532"/>
        <source>Key points (what a good answer must cover, one per row):</source>
        <translation>ประเด็นสำคัญ (สิ่งที่คำตอบที่ดีต้องครอบคลุม แถวละหนึ่งประเด็น):</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/question_editor.py" line="533"/>
        <source>Evidence (a title, a web link if there is one, the agency that holds it, the date it is current as of):</source>
        <translation>หลักฐาน (ชื่อเอกสาร ลิงก์เว็บถ้ามี หน่วยงานที่ถือเอกสาร และวันที่ของข้อมูล):</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/question_editor.py" line="534"/>
        <source>Key point</source>
        <translation>ประเด็น</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/question_editor.py" line="535"/>
        <source>Title</source>
        <translation>ชื่อเอกสาร</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/question_editor.py" line="535"/>
        <source>Link (https://...)</source>
        <translation>ลิงก์ (https://...)</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/question_editor.py" line="536"/>
        <source>&amp;Save</source>
        <translation>บันทึก(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/browser/question_editor.py" line="537"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../src/sealprep/ui/app.py" line="50"/>
        <source>The starter question bank could not be set up: {0}</source>
        <translation>ไม่สามารถตั้งค่าคลังคำถามเริ่มต้นได้: {0}</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/app.py" line="52"/>
        <source>The starter question bank has problems and was not loaded:</source>
        <translation>คลังคำถามเริ่มต้นมีข้อผิดพลาด จึงไม่ได้โหลด:</translation>
    </message>
</context>
</TS>
