<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>AnswersView</name>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/widgets.py" line="225" />
        <source>This question has no suggested answer yet.</source>
        <translation>คำถามนี้ยังไม่มีแนวคำตอบ</translation>
    </message>
</context>
<context>
    <name>AssessorWindow</name>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/assessor_window.py" line="135" />
        <source>Assessor — sealprep panel mode</source>
        <translation>ผู้ประเมิน — sealprep โหมดคณะกรรมการ</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/assessor_window.py" line="136" />
        <source>ASSESSOR</source>
        <translation>ผู้ประเมิน</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/assessor_window.py" line="137" />
        <source>Suggested answers</source>
        <translation>แนวคำตอบ</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/assessor_window.py" line="138" />
        <source>Key points: tick each one you hear</source>
        <translation>ประเด็นสำคัญ: ติ๊กเมื่อได้ยินแต่ละประเด็น</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/assessor_window.py" line="139" />
        <source>Rating</source>
        <translation>คะแนน</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/assessor_window.py" line="140" />
        <source>Feedback notes</source>
        <translation>ข้อเสนอแนะ</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/assessor_window.py" line="141" />
        <source>What was missing, what to say differently…
N: type here.  Esc: back to the keys.</source>
        <translation>สิ่งที่ขาดไป สิ่งที่ควรพูดให้ต่างออกไป…
N: พิมพ์ที่นี่  Esc: กลับไปใช้ปุ่มลัด</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/assessor_window.py" line="142" />
        <source>◀ Previous</source>
        <translation>◀ ก่อนหน้า</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/assessor_window.py" line="142" />
        <location filename="../../src/sealprep/ui/rehearsal/assessor_window.py" line="172" />
        <source>Pause</source>
        <translation>หยุดพัก</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/assessor_window.py" line="142" />
        <source>Skip</source>
        <translation>ข้าม</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/assessor_window.py" line="142" />
        <location filename="../../src/sealprep/ui/rehearsal/assessor_window.py" line="171" />
        <source>Next ▶</source>
        <translation>ถัดไป ▶</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/assessor_window.py" line="145" />
        <source>1–4 rate  ·  Ctrl+1–9 key points  ·  ← → previous / next  ·  S skip  ·  P pause  ·  N notes  ·  F11 full screen  ·  Esc Esc end</source>
        <translation>1–4 ให้คะแนน  ·  Ctrl+1–9 ประเด็นสำคัญ  ·  ← → ก่อนหน้า / ถัดไป  ·  S ข้าม  ·  P หยุดพัก  ·  N บันทึก  ·  F11 เต็มจอ  ·  Esc Esc จบ</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/assessor_window.py" line="162" />
        <source>Question %1 of %2</source>
        <translation>คำถามที่ %1 จาก %2</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/assessor_window.py" line="171" />
        <source>Finish ▶</source>
        <translation>เสร็จสิ้น ▶</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/assessor_window.py" line="172" />
        <source>Resume</source>
        <translation>ทำต่อ</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/assessor_window.py" line="190" />
        <source>Press Esc again to end the session</source>
        <translation>กด Esc อีกครั้งเพื่อจบการซ้อม</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/assessor_window.py" line="192" />
        <source>Paused</source>
        <translation>หยุดพัก</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/history_page.py" line="396" />
        <source>History &amp;&amp; readiness</source>
        <translation>ประวัติและความพร้อม</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/history_page.py" line="397" />
        <source>History</source>
        <translation>ประวัติการซ้อม</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/history_page.py" line="398" />
        <source>Readiness</source>
        <translation>ความพร้อม</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/history_page.py" line="87" />
        <source>Person</source>
        <translation>ผู้ซ้อม</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/history_page.py" line="88" />
        <source>Search notes and questions…</source>
        <translation>ค้นหาในบันทึกและคำถาม…</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/history_page.py" line="89" />
        <source>Session / question</source>
        <translation>รอบการซ้อม / คำถาม</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/history_page.py" line="89" />
        <source>Rating</source>
        <translation>คะแนน</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/history_page.py" line="89" />
        <source>Time / limit</source>
        <translation>เวลา / ที่กำหนด</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/history_page.py" line="89" />
        <location filename="../../src/sealprep/ui/rehearsal/history_page.py" line="197" />
        <source>Key points</source>
        <translation>ประเด็นสำคัญ</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/history_page.py" line="129" />
        <source>(not finished)</source>
        <translation>(ยังไม่จบ)</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/history_page.py" line="132" />
        <source>%1 rated</source>
        <translation>ให้คะแนนแล้ว %1</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/history_page.py" line="134" />
        <source>%1 questions</source>
        <translation>%1 คำถาม</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/history_page.py" line="143" />
        <source>Skipped</source>
        <translation>ข้าม</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/history_page.py" line="156" />
        <source>%1 attempts found</source>
        <translation>พบ %1 ครั้ง</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/history_page.py" line="157" />
        <source>%1 sessions</source>
        <translation>%1 รอบ</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/history_page.py" line="160" />
        <source>No rehearsal yet.</source>
        <translation>ยังไม่มีการซ้อม</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/history_page.py" line="160" />
        <source>Nothing matches the search.</source>
        <translation>ไม่พบรายการที่ตรงกับคำค้น</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/history_page.py" line="186" />
        <source>Time: %1 of %2</source>
        <translation>เวลา: %1 จาก %2</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/history_page.py" line="187" />
        <source>Rating: %1</source>
        <translation>คะแนน: %1</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/history_page.py" line="195" />
        <source>Key point %1</source>
        <translation>ประเด็นที่ %1</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/history_page.py" line="199" />
        <source>Notes</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/history_page.py" line="201" />
        <source>(none)</source>
        <translation>(ไม่มี)</translation>
    </message>
</context>
<context>
    <name>KeyPointsChecklist</name>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/widgets.py" line="279" />
        <source>No key points are listed for this question.</source>
        <translation>คำถามนี้ยังไม่มีประเด็นสำคัญ</translation>
    </message>
</context>
<context>
    <name>ReadinessView</name>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/history_page.py" line="274" />
        <source>Ready: the latest rated attempt was Good or Easy and covered at least 70 % of the key points. Not ready: rated Again, or under 40 % covered. Questions never rehearsed count as not ready. Shares are over each person's assigned questions, or the whole bank when they have none.</source>
        <translation>พร้อม: การซ้อมครั้งล่าสุดที่ให้คะแนนได้ "ดี" หรือ "คล่องมาก" และครอบคลุมประเด็นสำคัญอย่างน้อย 70 %  ·  ยังไม่พร้อม: ได้ "ต้องซ้อมใหม่" หรือครอบคลุมไม่ถึง 40 %  ·  คำถามที่ยังไม่เคยซ้อมนับเป็นยังไม่พร้อม
สัดส่วนคิดจากคำถามที่มอบหมายให้แต่ละคน หรือทั้งคลังคำถามหากยังไม่มีการมอบหมาย</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/history_page.py" line="279" />
        <source>Question</source>
        <translation>คำถาม</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/history_page.py" line="279" />
        <source>Dimension</source>
        <translation>มิติ</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/history_page.py" line="279" />
        <source>State</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/history_page.py" line="279" />
        <source>Last rating</source>
        <translation>คะแนนล่าสุด</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/history_page.py" line="279" />
        <source>Key points</source>
        <translation>ประเด็นสำคัญ</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/history_page.py" line="279" />
        <source>Last rehearsed</source>
        <translation>ซ้อมล่าสุด</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/history_page.py" line="298" />
        <source>Person</source>
        <translation>ผู้ซ้อม</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/history_page.py" line="298" />
        <source>Overall</source>
        <translation>ภาพรวม</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/history_page.py" line="298" />
        <source>Dimension %1</source>
        <translation>มิติที่ %1</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/history_page.py" line="303" />
        <source>(assigned)</source>
        <translation>(ตามที่มอบหมาย)</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/history_page.py" line="310" />
        <source>%1 ready, %2 partly, %3 not ready, %4 not rehearsed</source>
        <translation>พร้อม %1 พร้อมบางส่วน %2 ยังไม่พร้อม %3 ยังไม่ได้ซ้อม %4</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/history_page.py" line="341" />
        <source>Questions of %1</source>
        <translation>คำถามของ %1</translation>
    </message>
</context>
<context>
    <name>RehearsalLabels</name>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/labels.py" line="22" />
        <source>Again</source>
        <translation>ต้องซ้อมใหม่</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/labels.py" line="23" />
        <source>Hard</source>
        <translation>ติดขัด</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/labels.py" line="24" />
        <source>Good</source>
        <translation>ดี</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/labels.py" line="25" />
        <source>Easy</source>
        <translation>คล่องมาก</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/labels.py" line="27" />
        <source>Not rated</source>
        <translation>ยังไม่ให้คะแนน</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/labels.py" line="32" />
        <source>Ready</source>
        <translation>พร้อม</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/labels.py" line="33" />
        <source>Partly ready</source>
        <translation>พร้อมบางส่วน</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/labels.py" line="34" />
        <source>Not ready</source>
        <translation>ยังไม่พร้อม</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/labels.py" line="35" />
        <source>Not rehearsed</source>
        <translation>ยังไม่ได้ซ้อม</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/labels.py" line="40" />
        <source>Me (this laptop's user)</source>
        <translation>ตัวฉัน (ผู้ใช้เครื่องนี้)</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/labels.py" line="77" />
        <source>Dimension %1</source>
        <translation>มิติที่ %1</translation>
    </message>
</context>
<context>
    <name>RehearsalScreen</name>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/rehearsal_screen.py" line="149" />
        <source>Saving…</source>
        <translation>กำลังบันทึก…</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/rehearsal_screen.py" line="461" />
        <source>Saving delayed — your text is safe on this laptop</source>
        <translation>บันทึกล่าช้า — ข้อความของคุณปลอดภัยอยู่ในเครื่องนี้</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/rehearsal_screen.py" line="296" />
        <source>◀ Previous</source>
        <translation>◀ ก่อนหน้า</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/rehearsal_screen.py" line="296" />
        <location filename="../../src/sealprep/ui/rehearsal/rehearsal_screen.py" line="316" />
        <source>Reveal</source>
        <translation>ดูคำตอบ</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/rehearsal_screen.py" line="296" />
        <location filename="../../src/sealprep/ui/rehearsal/rehearsal_screen.py" line="317" />
        <source>Skip</source>
        <translation>ข้าม</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/rehearsal_screen.py" line="297" />
        <location filename="../../src/sealprep/ui/rehearsal/rehearsal_screen.py" line="317" />
        <location filename="../../src/sealprep/ui/rehearsal/rehearsal_screen.py" line="371" />
        <source>Pause</source>
        <translation>หยุดพัก</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/rehearsal_screen.py" line="297" />
        <location filename="../../src/sealprep/ui/rehearsal/rehearsal_screen.py" line="370" />
        <source>Next ▶</source>
        <translation>ถัดไป ▶</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/rehearsal_screen.py" line="297" />
        <location filename="../../src/sealprep/ui/rehearsal/rehearsal_screen.py" line="318" />
        <location filename="../../src/sealprep/ui/rehearsal/rehearsal_screen.py" line="341" />
        <source>Panel mode</source>
        <translation>โหมดคณะกรรมการ</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/rehearsal_screen.py" line="298" />
        <location filename="../../src/sealprep/ui/rehearsal/rehearsal_screen.py" line="319" />
        <source>Full screen</source>
        <translation>เต็มจอ</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/rehearsal_screen.py" line="298" />
        <source>End session</source>
        <translation>จบการซ้อม</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/rehearsal_screen.py" line="302" />
        <source>Your notes (saved as you type)</source>
        <translation>บันทึกของคุณ (บันทึกอัตโนมัติขณะพิมพ์)</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/rehearsal_screen.py" line="303" />
        <source>Figures, examples, what you forgot…
N: type here.  Esc: back to the keys.</source>
        <translation>ตัวเลข ตัวอย่าง สิ่งที่ลืมพูด…
N: พิมพ์ที่นี่  Esc: กลับไปใช้ปุ่มลัด</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/rehearsal_screen.py" line="304" />
        <source>Answer out loud first.
Press Space to see the suggested answers and the key points.</source>
        <translation>ตอบออกเสียงก่อน
แล้วกด Space เพื่อดูแนวคำตอบและประเด็นสำคัญ</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/rehearsal_screen.py" line="305" />
        <source>Suggested answers</source>
        <translation>แนวคำตอบ</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/rehearsal_screen.py" line="306" />
        <source>Key points: tick what you covered</source>
        <translation>ประเด็นสำคัญ: ติ๊กประเด็นที่ตอบได้</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/rehearsal_screen.py" line="307" />
        <source>How did it go?</source>
        <translation>ตอบได้ดีแค่ไหน</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/rehearsal_screen.py" line="308" />
        <source>Session</source>
        <translation>รอบการซ้อม</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/rehearsal_screen.py" line="309" />
        <source>Panel mode: the assessor's window shows the answers and the checklist.</source>
        <translation>โหมดคณะกรรมการ: หน้าต่างผู้ประเมินแสดงแนวคำตอบและรายการประเด็น</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/rehearsal_screen.py" line="316" />
        <source>Rate</source>
        <translation>ให้คะแนน</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/rehearsal_screen.py" line="316" />
        <source>Previous / Next</source>
        <translation>ก่อนหน้า / ถัดไป</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/rehearsal_screen.py" line="317" />
        <source>Notes</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/rehearsal_screen.py" line="318" />
        <location filename="../../src/sealprep/ui/rehearsal/rehearsal_screen.py" line="341" />
        <source>Close panel</source>
        <translation>ปิดโหมดคณะกรรมการ</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/rehearsal_screen.py" line="319" />
        <source>End</source>
        <translation>จบ</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/rehearsal_screen.py" line="324" />
        <source>Key points</source>
        <translation>ประเด็นสำคัญ</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/rehearsal_screen.py" line="354" />
        <source>Question %1 of %2</source>
        <translation>คำถามที่ %1 จาก %2</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/rehearsal_screen.py" line="370" />
        <source>Finish ▶</source>
        <translation>เสร็จสิ้น ▶</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/rehearsal_screen.py" line="371" />
        <source>Resume</source>
        <translation>ทำต่อ</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/rehearsal_screen.py" line="393" />
        <source>Press Esc again to end the session</source>
        <translation>กด Esc อีกครั้งเพื่อจบการซ้อม</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/rehearsal_screen.py" line="395" />
        <source>Paused: press P to go on</source>
        <translation>หยุดพักอยู่: กด P เพื่อทำต่อ</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/rehearsal_screen.py" line="397" />
        <source>Over time: finish your point</source>
        <translation>เกินเวลา: สรุปประเด็นให้จบ</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/rehearsal_screen.py" line="399" />
        <source>30 seconds or less</source>
        <translation>เหลือไม่เกิน 30 วินาที</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/rehearsal_screen.py" line="401" />
        <source>The session's time is up</source>
        <translation>หมดเวลาของรอบการซ้อมแล้ว</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/rehearsal_screen.py" line="411" />
        <source>Saved</source>
        <translation>บันทึกแล้ว</translation>
    </message>
</context>
<context>
    <name>RehearsalSetupPage</name>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/setup_page.py" line="149" />
        <source>Rehearse the interview</source>
        <translation>ซ้อมการสัมภาษณ์</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/setup_page.py" line="151" />
        <source>Answer out loud, against the clock, the questions the assessors are likely to ask. Notes are saved as you type; your ratings decide which questions come back first.</source>
        <translation>ฝึกตอบออกเสียงภายในเวลาที่กำหนด กับคำถามที่ผู้ประเมินน่าจะถาม บันทึกจะถูกเก็บไว้ทันทีขณะพิมพ์ และคะแนนที่ให้จะกำหนดว่าคำถามใดควรกลับมาซ้อมก่อน</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/setup_page.py" line="154" />
        <source>Session</source>
        <translation>รอบการซ้อม</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/setup_page.py" line="156" />
        <source>Who is rehearsing</source>
        <translation>ผู้ซ้อม</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/setup_page.py" line="156" />
        <source>Questions</source>
        <translation>คำถาม</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/setup_page.py" line="156" />
        <source>Dimension</source>
        <translation>มิติ</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/setup_page.py" line="157" />
        <source>Benchmarks</source>
        <translation>ตัวชี้วัด</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/setup_page.py" line="157" />
        <source>Order</source>
        <translation>ลำดับ</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/setup_page.py" line="157" />
        <source>How many</source>
        <translation>จำนวนคำถาม</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/setup_page.py" line="158" />
        <source>Time per question</source>
        <translation>เวลาต่อคำถาม</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/setup_page.py" line="158" />
        <source>Whole session</source>
        <translation>เวลาทั้งรอบ</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/setup_page.py" line="158" />
        <source>Prompt language</source>
        <translation>ภาษาของคำถาม</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/setup_page.py" line="163" />
        <source>Their assigned questions (else the whole bank)</source>
        <translation>คำถามที่ได้รับมอบหมาย (ถ้าไม่มี ใช้ทั้งคลัง)</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/setup_page.py" line="164" />
        <source>One dimension</source>
        <translation>มิติเดียว</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/setup_page.py" line="165" />
        <source>Chosen benchmarks</source>
        <translation>ตัวชี้วัดที่เลือก</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/setup_page.py" line="166" />
        <source>The whole bank</source>
        <translation>ทั้งคลังคำถาม</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/setup_page.py" line="169" />
        <source>Weakest first (spaced repetition)</source>
        <translation>ข้อที่อ่อนที่สุดก่อน (ทบทวนแบบเว้นระยะ)</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/setup_page.py" line="170" />
        <source>In order</source>
        <translation>เรียงตามลำดับ</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/setup_page.py" line="171" />
        <source>Shuffled</source>
        <translation>สุ่มลำดับ</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/setup_page.py" line="174" />
        <source>Thai and English</source>
        <translation>ไทยและอังกฤษ</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/setup_page.py" line="174" />
        <source>Thai</source>
        <translation>ไทย</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/setup_page.py" line="174" />
        <source>English</source>
        <translation>อังกฤษ</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/setup_page.py" line="176" />
        <source>All</source>
        <translation>ทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/setup_page.py" line="177" />
        <source>Each question's own (else 2:00)</source>
        <translation>ตามที่กำหนดในแต่ละคำถาม (ถ้าไม่มี 2:00)</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/setup_page.py" line="178" />
        <source>No limit</source>
        <translation>ไม่จำกัด</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/setup_page.py" line="179" />
        <source> min</source>
        <translation> นาที</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/setup_page.py" line="180" />
        <source>Panel mode: a colleague plays the assessor in a second window</source>
        <translation>โหมดคณะกรรมการ: เพื่อนร่วมงานสวมบทผู้ประเมินในหน้าต่างที่สอง</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/setup_page.py" line="181" />
        <source>Start rehearsal</source>
        <translation>เริ่มซ้อม</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/setup_page.py" line="182" />
        <source>This session will ask</source>
        <translation>คำถามในรอบนี้</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/setup_page.py" line="299" />
        <source>assigned to them</source>
        <translation>ตามที่ได้รับมอบหมาย</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/setup_page.py" line="300" />
        <source>%1 questions, about %2 minutes of answering</source>
        <translation>%1 คำถาม ใช้เวลาตอบประมาณ %2 นาที</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/setup_page.py" line="318" />
        <source>No questions are assigned to this person.</source>
        <translation>ยังไม่มีคำถามที่มอบหมายให้บุคคลนี้</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/setup_page.py" line="320" />
        <source>Tick at least one benchmark that has questions.</source>
        <translation>เลือกตัวชี้วัดที่มีคำถามอย่างน้อยหนึ่งข้อ</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/setup_page.py" line="322" />
        <source>This dimension has no questions yet.</source>
        <translation>มิตินี้ยังไม่มีคำถาม</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/setup_page.py" line="324" />
        <source>The bank has no questions yet: import a bank first.</source>
        <translation>คลังคำถามยังว่าง: นำเข้าคลังคำถามก่อน</translation>
    </message>
</context>
<context>
    <name>RehearsePage</name>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/rehearse_page.py" line="86" />
        <source>Rehearse</source>
        <translation>ซ้อมสัมภาษณ์</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/rehearse_page.py" line="192" />
        <source>sealprep — rehearsal</source>
        <translation>sealprep — ซ้อมสัมภาษณ์</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/summary_view.py" line="70" />
        <source>Question</source>
        <translation>คำถาม</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/summary_view.py" line="70" />
        <source>Time used / limit</source>
        <translation>เวลาที่ใช้ / ที่กำหนด</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/summary_view.py" line="70" />
        <source>Rating</source>
        <translation>คะแนน</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/summary_view.py" line="70" />
        <source>Key points</source>
        <translation>ประเด็นสำคัญ</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/summary_view.py" line="70" />
        <source>Notes</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/summary_view.py" line="72" />
        <source>Rehearse again</source>
        <translation>ซ้อมอีกรอบ</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/summary_view.py" line="73" />
        <source>New session</source>
        <translation>เริ่มรอบใหม่</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/summary_view.py" line="74" />
        <source>Kept in History &amp; readiness.</source>
        <translation>เก็บไว้ในหน้า ประวัติและความพร้อม แล้ว</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/summary_view.py" line="86" />
        <source>Session finished: %1</source>
        <translation>จบการซ้อม: %1</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/summary_view.py" line="92" />
        <source>%1 questions in %2 of answering; %3 over time.</source>
        <translation>%1 คำถาม ใช้เวลาตอบ %2 เกินเวลา %3 ข้อ</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/summary_view.py" line="96" />
        <source>Key points covered: %1 of %2.</source>
        <translation>ครอบคลุมประเด็นสำคัญ %1 จาก %2 ประเด็น</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/summary_view.py" line="99" />
        <source>Ratings: %1</source>
        <translation>คะแนน: %1</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/summary_view.py" line="107" />
        <source>Over the time limit</source>
        <translation>เกินเวลาที่กำหนด</translation>
    </message>
    <message>
        <location filename="../../src/sealprep/ui/rehearsal/summary_view.py" line="108" />
        <source>Skipped</source>
        <translation>ข้าม</translation>
    </message>
</context>
</TS>
