<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
    <context>
        <name>AnswersView</name>
        <message>
            <source>This question has no suggested answer yet.</source>
            <translation>คำถามนี้ยังไม่มีแนวคำตอบ</translation>
        </message>
    </context>
    <context>
        <name>AssessorWindow</name>
        <message>
            <source>Assessor — sealprep panel mode</source>
            <translation>ผู้ประเมิน — sealprep โหมดคณะกรรมการ</translation>
        </message>
        <message>
            <source>ASSESSOR</source>
            <translation>ผู้ประเมิน</translation>
        </message>
        <message>
            <source>Suggested answers</source>
            <translation>แนวคำตอบ</translation>
        </message>
        <message>
            <source>Key points: tick each one you hear</source>
            <translation>ประเด็นสำคัญ: ติ๊กเมื่อได้ยินแต่ละประเด็น</translation>
        </message>
        <message>
            <source>Rating</source>
            <translation>คะแนน</translation>
        </message>
        <message>
            <source>Feedback notes</source>
            <translation>ข้อเสนอแนะ</translation>
        </message>
        <message>
            <source>What was missing, what to say differently…
N: type here.  Esc: back to the keys.</source>
            <translation>สิ่งที่ขาดไป สิ่งที่ควรพูดให้ต่างออกไป…
N: พิมพ์ที่นี่  Esc: กลับไปใช้ปุ่มลัด</translation>
        </message>
        <message>
            <source>◀ Previous</source>
            <translation>◀ ก่อนหน้า</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>หยุดพัก</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>ข้าม</translation>
        </message>
        <message>
            <source>Next ▶</source>
            <translation>ถัดไป ▶</translation>
        </message>
        <message>
            <source>1–4 rate  ·  Ctrl+1–9 key points  ·  ← → previous / next  ·  S skip  ·  P pause  ·  N notes  ·  R record the session  ·  F11 full screen  ·  Esc Esc end</source>
            <translation>1–4 ให้คะแนน  ·  Ctrl+1–9 ประเด็นสำคัญ  ·  ← → ข้อก่อน / ข้อถัดไป  ·  S ข้าม  ·  P หยุดชั่วคราว  ·  N บันทึก  ·  R บันทึกเสียงทั้งรอบ  ·  F11 เต็มจอ  ·  Esc Esc จบ</translation>
        </message>
        <message>
            <source>■ Stop recording the session</source>
            <translation>■ หยุดบันทึกเสียงทั้งรอบ</translation>
        </message>
        <message>
            <source>● Record the session</source>
            <translation>● บันทึกเสียงทั้งรอบ</translation>
        </message>
        <message>
            <source>Record the whole session on this laptop; each question's stretch is marked for replay.</source>
            <translation>บันทึกเสียงทั้งรอบไว้ในเครื่องนี้ แต่ละข้อมีจุดกำกับไว้เพื่อฟังย้อนทีละข้อ</translation>
        </message>
    </context>
    <context>
        <name>HistoryPage</name>
        <message>
            <source>History &amp;&amp; readiness</source>
            <translation>ประวัติและความพร้อม</translation>
        </message>
        <message>
            <source>History</source>
            <translation>ประวัติการซ้อม</translation>
        </message>
        <message>
            <source>Readiness</source>
            <translation>ความพร้อม</translation>
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message>
            <source>Person</source>
            <translation>ผู้ซ้อม</translation>
        </message>
        <message>
            <source>Search notes and questions…</source>
            <translation>ค้นหาในบันทึกและคำถาม…</translation>
        </message>
        <message>
            <source>Session / question</source>
            <translation>รอบการซ้อม / คำถาม</translation>
        </message>
        <message>
            <source>Rating</source>
            <translation>คะแนน</translation>
        </message>
        <message>
            <source>Time / limit</source>
            <translation>เวลา / ที่กำหนด</translation>
        </message>
        <message>
            <source>Key points</source>
            <translation>ประเด็นสำคัญ</translation>
        </message>
        <message>
            <source>(not finished)</source>
            <translation>(ยังไม่จบ)</translation>
        </message>
        <message>
            <source>%1 rated</source>
            <translation>ให้คะแนนแล้ว %1</translation>
        </message>
        <message>
            <source>%1 questions</source>
            <translation>%1 คำถาม</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>ข้าม</translation>
        </message>
        <message>
            <source>%1 attempts found</source>
            <translation>พบ %1 ครั้ง</translation>
        </message>
        <message>
            <source>%1 sessions</source>
            <translation>%1 รอบ</translation>
        </message>
        <message>
            <source>No rehearsal yet. Open the Rehearse tab, choose who is rehearsing and press Start rehearsal: every session, rating and note then appears here.</source>
            <translation>ยังไม่มีการซ้อม เปิดแท็บซ้อมสัมภาษณ์ เลือกผู้ซ้อม แล้วกดเริ่มซ้อม ทุกรอบที่ซ้อม คะแนน และบันทึกจะปรากฏที่นี่</translation>
        </message>
        <message>
            <source>Nothing matches the search.</source>
            <translation>ไม่พบรายการที่ตรงกับคำค้น</translation>
        </message>
        <message>
            <source>Time: %1 of %2</source>
            <translation>เวลา: %1 จาก %2</translation>
        </message>
        <message>
            <source>Rating: %1</source>
            <translation>คะแนน: %1</translation>
        </message>
        <message>
            <source>Key point %1</source>
            <translation>ประเด็นที่ %1</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>บันทึก</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ไม่มี)</translation>
        </message>
    </context>
    <context>
        <name>KeyPointsChecklist</name>
        <message>
            <source>No key points are listed for this question.</source>
            <translation>คำถามนี้ยังไม่มีประเด็นสำคัญ</translation>
        </message>
    </context>
    <context>
        <name>ListeningPanel</name>
        <message>
            <source>Hear it back</source>
            <translation>ฟังย้อนหลัง</translation>
        </message>
        <message>
            <source>Tick the key points you hear:</source>
            <translation>ติ๊กประเด็นสำคัญที่ได้ยิน:</translation>
        </message>
        <message>
            <source>Play the previous attempt, then this one</source>
            <translation>เล่นครั้งก่อน แล้วต่อด้วยครั้งนี้</translation>
        </message>
        <message>
            <source>Delete this attempt…</source>
            <translation>ลบการซ้อมครั้งนี้…</translation>
        </message>
        <message>
            <source>No recording for this attempt. Press R while rehearsing to record your answer.</source>
            <translation>ครั้งนี้ไม่มีเสียงบันทึก ระหว่างซ้อมกด R เพื่อบันทึกเสียงคำตอบ</translation>
        </message>
        <message>
            <source>Recorded answer: %1 (time limit %2).</source>
            <translation>เสียงคำตอบ: %1 (เวลาที่กำหนด %2)</translation>
        </message>
        <message>
            <source>Delete attempt</source>
            <translation>ลบการซ้อม</translation>
        </message>
        <message>
            <source>Delete this attempt, its notes and its recording? This cannot be undone.</source>
            <translation>ลบการซ้อมครั้งนี้ พร้อมบันทึกและเสียงบันทึกหรือไม่ ลบแล้วเรียกคืนไม่ได้</translation>
        </message>
    </context>
    <context>
        <name>ReadinessView</name>
        <message>
            <source>Shares are over each person's assigned questions, or the whole bank when they have none.</source>
            <translation>สัดส่วนคิดจากข้อคำถามที่แต่ละคนได้รับมอบหมาย หรือทั้งคลังถ้ายังไม่ได้รับมอบหมาย</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>คำถาม</translation>
        </message>
        <message>
            <source>Dimension</source>
            <translation>มิติ</translation>
        </message>
        <message>
            <source>State</source>
            <translation>สถานะ</translation>
        </message>
        <message>
            <source>Last rating</source>
            <translation>คะแนนล่าสุด</translation>
        </message>
        <message>
            <source>Key points</source>
            <translation>ประเด็นสำคัญ</translation>
        </message>
        <message>
            <source>Last rehearsed</source>
            <translation>ซ้อมล่าสุด</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>ผู้ซ้อม</translation>
        </message>
        <message>
            <source>Overall</source>
            <translation>ภาพรวม</translation>
        </message>
        <message>
            <source>Dimension %1</source>
            <translation>มิติที่ %1</translation>
        </message>
        <message>
            <source>(assigned)</source>
            <translation>(ตามที่มอบหมาย)</translation>
        </message>
        <message>
            <source>%1 ready, %2 partly, %3 not ready, %4 not rehearsed</source>
            <translation>พร้อม %1 พร้อมบางส่วน %2 ยังไม่พร้อม %3 ยังไม่ได้ซ้อม %4</translation>
        </message>
        <message>
            <source>Questions of %1</source>
            <translation>คำถามของ %1</translation>
        </message>
    </context>
    <context>
        <name>RecordingPlayer</name>
        <message>
            <source>Playback speed (the voice keeps its pitch)</source>
            <translation>ความเร็วในการเล่น (ระดับเสียงคงเดิม)</translation>
        </message>
        <message>
            <source>(limit %1)</source>
            <translation>(กำหนด %1)</translation>
        </message>
        <message>
            <source>❚❚ Pause</source>
            <translation>❚❚ หยุดชั่วคราว</translation>
        </message>
        <message>
            <source>▶ Play</source>
            <translation>▶ เล่น</translation>
        </message>
    </context>
    <context>
        <name>RecordingSettingsDialog</name>
        <message>
            <source>Recording settings</source>
            <translation>ตั้งค่าการบันทึกเสียง</translation>
        </message>
        <message>
            <source>Let me record my answers (kept on this laptop only)</source>
            <translation>ให้บันทึกเสียงคำตอบได้ (เก็บไว้ในเครื่องนี้เท่านั้น)</translation>
        </message>
        <message>
            <source>The system's default microphone</source>
            <translation>ไมโครโฟนหลักของเครื่อง</translation>
        </message>
        <message>
            <source>Audio system: %1</source>
            <translation>ระบบเสียง: %1</translation>
        </message>
        <message>
            <source>Recording is not available: %1.</source>
            <translation>บันทึกเสียงไม่ได้: %1</translation>
        </message>
        <message>
            <source> newest per question</source>
            <translation> ไฟล์ล่าสุดต่อข้อ</translation>
        </message>
        <message>
            <source>Delete all recordings…</source>
            <translation>ลบเสียงบันทึกทั้งหมด…</translation>
        </message>
        <message>
            <source>Microphone</source>
            <translation>ไมโครโฟน</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>เก็บไว้</translation>
        </message>
        <message>
            <source>Disk use</source>
            <translation>พื้นที่ที่ใช้</translation>
        </message>
        <message>
            <source>Recordings stay on this laptop. They go into a progress pack only if you tick “Include my recordings” when you send your progress.</source>
            <translation>เสียงบันทึกอยู่ในเครื่องนี้เท่านั้น จะรวมไปในแพ็กความคืบหน้าก็ต่อเมื่อติ๊ก “รวมเสียงบันทึกของฉัน” ตอนส่งความคืบหน้า</translation>
        </message>
        <message>
            <source>%1 recordings, %2</source>
            <translation>เสียงบันทึก %1 ไฟล์ %2</translation>
        </message>
        <message>
            <source>Delete all recordings</source>
            <translation>ลบเสียงบันทึกทั้งหมด</translation>
        </message>
        <message>
            <source>Delete every recording on this laptop? This cannot be undone.</source>
            <translation>ลบเสียงบันทึกทั้งหมดในเครื่องนี้หรือไม่ ลบแล้วเรียกคืนไม่ได้</translation>
        </message>
    </context>
    <context>
        <name>RehearsalLabels</name>
        <message>
            <source>Again</source>
            <translation>ต้องซ้อมใหม่</translation>
        </message>
        <message>
            <source>Hard</source>
            <translation>ติดขัด</translation>
        </message>
        <message>
            <source>Good</source>
            <translation>ดี</translation>
        </message>
        <message>
            <source>Easy</source>
            <translation>คล่องมาก</translation>
        </message>
        <message>
            <source>Not rated</source>
            <translation>ยังไม่ให้คะแนน</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>พร้อม</translation>
        </message>
        <message>
            <source>Partly ready</source>
            <translation>พร้อมบางส่วน</translation>
        </message>
        <message>
            <source>Not ready</source>
            <translation>ยังไม่พร้อม</translation>
        </message>
        <message>
            <source>Not rehearsed</source>
            <translation>ยังไม่ได้ซ้อม</translation>
        </message>
        <message>
            <source>Me (this laptop's user)</source>
            <translation>ตัวฉัน (ผู้ใช้เครื่องนี้)</translation>
        </message>
        <message>
            <source>Dimension %1</source>
            <translation>มิติที่ %1</translation>
        </message>
    </context>
    <context>
        <name>RehearsalScreen</name>
        <message>
            <source>Saving…</source>
            <translation>กำลังบันทึก…</translation>
        </message>
        <message>
            <source>Saving delayed — your text is safe on this laptop</source>
            <translation>บันทึกล่าช้า — ข้อความของคุณปลอดภัยอยู่ในเครื่องนี้</translation>
        </message>
        <message>
            <source>◀ Previous</source>
            <translation>◀ ก่อนหน้า</translation>
        </message>
        <message>
            <source>● Record my answer</source>
            <translation>● บันทึกเสียงคำตอบ</translation>
        </message>
        <message>
            <source>Reveal</source>
            <translation>ดูคำตอบ</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>ข้าม</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>หยุดพัก</translation>
        </message>
        <message>
            <source>Next ▶</source>
            <translation>ถัดไป ▶</translation>
        </message>
        <message>
            <source>Panel mode</source>
            <translation>โหมดคณะกรรมการ</translation>
        </message>
        <message>
            <source>Full screen</source>
            <translation>เต็มจอ</translation>
        </message>
        <message>
            <source>End session</source>
            <translation>จบการซ้อม</translation>
        </message>
        <message>
            <source>Your notes (saved as you type)</source>
            <translation>บันทึกของคุณ (บันทึกอัตโนมัติขณะพิมพ์)</translation>
        </message>
        <message>
            <source>Figures, examples, what you forgot…
N: type here.  Esc: back to the keys.</source>
            <translation>ตัวเลข ตัวอย่าง สิ่งที่ลืมพูด…
N: พิมพ์ที่นี่  Esc: กลับไปใช้ปุ่มลัด</translation>
        </message>
        <message>
            <source>Answer out loud first.
Press Space to see the suggested answers and the key points.</source>
            <translation>ตอบออกเสียงก่อน
แล้วกด Space เพื่อดูแนวคำตอบและประเด็นสำคัญ</translation>
        </message>
        <message>
            <source>Suggested answers</source>
            <translation>แนวคำตอบ</translation>
        </message>
        <message>
            <source>Key points: tick what you covered</source>
            <translation>ประเด็นสำคัญ: ติ๊กประเด็นที่ตอบได้</translation>
        </message>
        <message>
            <source>How did it go?</source>
            <translation>ตอบได้ดีแค่ไหน</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>รอบการซ้อม</translation>
        </message>
        <message>
            <source>Panel mode: the assessor's window shows the answers and the checklist.</source>
            <translation>โหมดคณะกรรมการ: หน้าต่างผู้ประเมินแสดงแนวคำตอบและรายการประเด็น</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>ให้คะแนน</translation>
        </message>
        <message>
            <source>Previous / Next</source>
            <translation>ก่อนหน้า / ถัดไป</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>บันทึกเสียง</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>บันทึก</translation>
        </message>
        <message>
            <source>Close panel</source>
            <translation>ปิดโหมดคณะกรรมการ</translation>
        </message>
        <message>
            <source>End</source>
            <translation>จบ</translation>
        </message>
        <message>
            <source>Key points</source>
            <translation>ประเด็นสำคัญ</translation>
        </message>
        <message>
            <source>■ Stop recording</source>
            <translation>■ หยุดบันทึกเสียง</translation>
        </message>
        <message>
            <source>Recording is not available.</source>
            <translation>บันทึกเสียงไม่ได้</translation>
        </message>
        <message>
            <source>Resume the session to record.</source>
            <translation>เล่นต่อก่อนจึงจะบันทึกเสียงได้</translation>
        </message>
        <message>
            <source>Record your answer on this laptop (R). It stops when you move on.</source>
            <translation>บันทึกเสียงคำตอบไว้ในเครื่องนี้ (R) หยุดเองเมื่อไปข้อถัดไป</translation>
        </message>
        <message>
            <source>Recording did not start: %1</source>
            <translation>เริ่มบันทึกเสียงไม่ได้: %1</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>บันทึกแล้ว</translation>
        </message>
    </context>
    <context>
        <name>RehearsalSetupPage</name>
        <message>
            <source>Rehearse the interview</source>
            <translation>ซ้อมการสัมภาษณ์</translation>
        </message>
        <message>
            <source>Answer out loud, against the clock, the questions the assessors are likely to ask. Notes are saved as you type; your ratings decide which questions come back first.</source>
            <translation>ฝึกตอบออกเสียงภายในเวลาที่กำหนด กับคำถามที่ผู้ประเมินน่าจะถาม บันทึกจะถูกเก็บไว้ทันทีขณะพิมพ์ และคะแนนที่ให้จะกำหนดว่าคำถามใดควรกลับมาซ้อมก่อน</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>รอบการซ้อม</translation>
        </message>
        <message>
            <source>Who is rehearsing</source>
            <translation>ผู้ซ้อม</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>คำถาม</translation>
        </message>
        <message>
            <source>Dimension</source>
            <translation>มิติ</translation>
        </message>
        <message>
            <source>Benchmarks</source>
            <translation>ตัวชี้วัด</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>ลำดับ</translation>
        </message>
        <message>
            <source>How many</source>
            <translation>จำนวนคำถาม</translation>
        </message>
        <message>
            <source>Time per question</source>
            <translation>เวลาต่อคำถาม</translation>
        </message>
        <message>
            <source>Whole session</source>
            <translation>เวลาทั้งรอบ</translation>
        </message>
        <message>
            <source>Prompt language</source>
            <translation>ภาษาของคำถาม</translation>
        </message>
        <message>
            <source>Their assigned questions (else the whole bank)</source>
            <translation>คำถามที่ได้รับมอบหมาย (ถ้าไม่มี ใช้ทั้งคลัง)</translation>
        </message>
        <message>
            <source>One dimension</source>
            <translation>มิติเดียว</translation>
        </message>
        <message>
            <source>Chosen benchmarks</source>
            <translation>ตัวชี้วัดที่เลือก</translation>
        </message>
        <message>
            <source>The whole bank</source>
            <translation>ทั้งคลังคำถาม</translation>
        </message>
        <message>
            <source>Weakest first (spaced repetition)</source>
            <translation>ข้อที่อ่อนที่สุดก่อน (ทบทวนแบบเว้นระยะ)</translation>
        </message>
        <message>
            <source>In order</source>
            <translation>เรียงตามลำดับ</translation>
        </message>
        <message>
            <source>Shuffled</source>
            <translation>สุ่มลำดับ</translation>
        </message>
        <message>
            <source>Thai and English</source>
            <translation>ไทยและอังกฤษ</translation>
        </message>
        <message>
            <source>Thai</source>
            <translation>ไทย</translation>
        </message>
        <message>
            <source>English</source>
            <translation>อังกฤษ</translation>
        </message>
        <message>
            <source>All</source>
            <translation>ทั้งหมด</translation>
        </message>
        <message>
            <source>Each question's own (else 2:00)</source>
            <translation>ตามที่กำหนดในแต่ละคำถาม (ถ้าไม่มี 2:00)</translation>
        </message>
        <message>
            <source>No limit</source>
            <translation>ไม่จำกัด</translation>
        </message>
        <message>
            <source> min</source>
            <translation> นาที</translation>
        </message>
        <message>
            <source>Panel mode: a colleague plays the assessor in a second window</source>
            <translation>โหมดคณะกรรมการ: เพื่อนร่วมงานสวมบทผู้ประเมินในหน้าต่างที่สอง</translation>
        </message>
        <message>
            <source>Start rehearsal</source>
            <translation>เริ่มซ้อม</translation>
        </message>
        <message>
            <source>Recording settings…</source>
            <translation>ตั้งค่าการบันทึกเสียง…</translation>
        </message>
        <message>
            <source>This session will ask</source>
            <translation>คำถามในรอบนี้</translation>
        </message>
        <message>
            <source>assigned to them</source>
            <translation>ตามที่ได้รับมอบหมาย</translation>
        </message>
        <message>
            <source>%1 questions, about %2 minutes of answering</source>
            <translation>%1 คำถาม ใช้เวลาตอบประมาณ %2 นาที</translation>
        </message>
        <message>
            <source>No questions are assigned to this person.</source>
            <translation>ยังไม่มีคำถามที่มอบหมายให้บุคคลนี้</translation>
        </message>
        <message>
            <source>Tick at least one benchmark that has questions.</source>
            <translation>เลือกตัวชี้วัดที่มีคำถามอย่างน้อยหนึ่งข้อ</translation>
        </message>
        <message>
            <source>This dimension has no questions yet.</source>
            <translation>มิตินี้ยังไม่มีคำถาม</translation>
        </message>
        <message>
            <source>The bank has no questions yet: import a bank first.</source>
            <translation>คลังคำถามยังว่าง: นำเข้าคลังคำถามก่อน</translation>
        </message>
    </context>
    <context>
        <name>RehearsePage</name>
        <message>
            <source>Rehearse</source>
            <translation>ซ้อมสัมภาษณ์</translation>
        </message>
        <message>
            <source>Recording is switched off (Rehearse → Recording settings…).</source>
            <translation>ปิดการบันทึกเสียงไว้ (ซ้อมสัมภาษณ์ → ตั้งค่าการบันทึกเสียง…)</translation>
        </message>
        <message>
            <source>Recording is not available: %1.</source>
            <translation>บันทึกเสียงไม่ได้: %1</translation>
        </message>
        <message>
            <source>sealprep — rehearsal</source>
            <translation>sealprep — ซ้อมสัมภาษณ์</translation>
        </message>
    </context>
    <context>
        <name>SessionPresenter</name>
        <message>
            <source>Question %1 of %2</source>
            <translation>คำถามที่ %1 จาก %2</translation>
        </message>
        <message>
            <source>Finish ▶</source>
            <translation>เสร็จสิ้น ▶</translation>
        </message>
        <message>
            <source>Next ▶</source>
            <translation>ถัดไป ▶</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>ทำต่อ</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>หยุดพัก</translation>
        </message>
        <message>
            <source>Press Esc again to end the session</source>
            <translation>กด Esc อีกครั้งเพื่อจบการซ้อม</translation>
        </message>
        <message>
            <source>Paused: press P to go on</source>
            <translation>หยุดพักอยู่: กด P เพื่อทำต่อ</translation>
        </message>
        <message>
            <source>Over time: finish your point</source>
            <translation>เกินเวลา: สรุปประเด็นให้จบ</translation>
        </message>
        <message>
            <source>30 seconds or less</source>
            <translation>เหลือไม่เกิน 30 วินาที</translation>
        </message>
        <message>
            <source>The session's time is up</source>
            <translation>หมดเวลาของรอบการซ้อมแล้ว</translation>
        </message>
    </context>
    <context>
        <name>SummaryView</name>
        <message>
            <source>Question</source>
            <translation>คำถาม</translation>
        </message>
        <message>
            <source>Time used / limit</source>
            <translation>เวลาที่ใช้ / ที่กำหนด</translation>
        </message>
        <message>
            <source>Rating</source>
            <translation>คะแนน</translation>
        </message>
        <message>
            <source>Key points</source>
            <translation>ประเด็นสำคัญ</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>บันทึก</translation>
        </message>
        <message>
            <source>Rehearse again</source>
            <translation>ซ้อมอีกรอบ</translation>
        </message>
        <message>
            <source>New session</source>
            <translation>เริ่มรอบใหม่</translation>
        </message>
        <message>
            <source>Kept in History &amp; readiness.</source>
            <translation>เก็บไว้ในหน้า ประวัติและความพร้อม แล้ว</translation>
        </message>
        <message>
            <source>Session finished: %1</source>
            <translation>จบการซ้อม: %1</translation>
        </message>
        <message>
            <source>%1 questions in %2 of answering; %3 over time.</source>
            <translation>%1 คำถาม ใช้เวลาตอบ %2 เกินเวลา %3 ข้อ</translation>
        </message>
        <message>
            <source>Key points covered: %1 of %2.</source>
            <translation>ครอบคลุมประเด็นสำคัญ %1 จาก %2 ประเด็น</translation>
        </message>
        <message>
            <source>Ratings: %1</source>
            <translation>คะแนน: %1</translation>
        </message>
        <message>
            <source>Over the time limit</source>
            <translation>เกินเวลาที่กำหนด</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>ข้าม</translation>
        </message>
    </context>
</TS>
