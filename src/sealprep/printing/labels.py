"""Every word the printed documents say, in Thai and in English, and how numbers and dates read.

The documents never spell a label themselves: they ask :func:`labels_for` for the language the
preferences choose (``th`` by default) and a :class:`Numbers` for the digit style. Keeping the
strings here, in one place, keeps the two languages in step and lets a translator read them
side by side.

What follows the digit style (``thai`` ๑๒๓ or ``arabic`` 123): page numbers, dates, times,
question numbers and counts, i.e. the document's own furniture. Text from the bank (questions,
answers, list numbering inside answers) is printed exactly as written.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from datetime import time

from sealprep.core.thai.dates import display_date, display_number, display_span, display_time


@dataclass(frozen=True)
class Labels:
    """The printed words of one language. Templates use ``{name}`` placeholders."""

    language: str
    # document titles (also the page header)
    briefing_title: str
    booklet_title: str
    bank_title: str
    seal_name: str
    # page furniture
    page_of: str  # "{page}", "{total}"
    part_page_of: str  # "{page}", "{total}": the page within one person's part of a booklet
    blank_page: str
    printed_on: str  # "{date}"
    # cover
    position: str
    agency: str
    assigned_summary: str  # "{primary}", "{backup}"
    sessions: str
    your_questions: str
    no_sessions: str
    session_date: str
    session_time: str
    session_room: str
    session_panel: str
    booklet_people: str  # "{count}"
    booklet_without_questions: str
    bank_summary: str  # "{questions}", "{dimensions}"
    # framework page
    framework_title: str
    framework_intro: str  # "{total}", "{dimensions}"
    level: str
    level_share: str
    level_benchmarks: str
    level_requirement: str  # "{count}", "{total}"
    dimension: str  # "{number}"
    dimension_benchmarks: str
    no_numbered_benchmarks: str
    # questions
    assigned_questions: str
    no_questions: str
    question_number: str  # "{number}"
    primary: str
    backup: str
    benchmark: str
    suggested_answer: str
    no_answer: str
    key_points: str
    evidence: str
    rehearsal_notes: str
    notes: str
    missing_questions: str
    # table of contents, bank book
    contents: str
    contents_questions: str  # "{count}"
    unbenchmarked: str
    see_question: str  # "{number}", "{page}"
    seconds: str  # "{count}"
    time_limit: str
    minutes: str  # "{count}"
    # warnings after a job (what was not printed as written)
    table_as_text: str  # "{columns}"
    answer_as_text: str  # "{agency}"


THAI = Labels(
    language="th",
    briefing_title="เอกสารเตรียมการสัมภาษณ์",
    booklet_title="เอกสารเตรียมการสัมภาษณ์ฉบับรวมเล่ม",
    bank_title="คลังคำถามฉบับอ้างอิง",
    seal_name="การประเมินตราสัญลักษณ์ความเท่าเทียมทางเพศ (UNDP Gender Equality Seal)",
    page_of="หน้า {page} จาก {total}",
    part_page_of="ชุดนี้ หน้า {page} จาก {total}",
    blank_page="หน้านี้เว้นว่างไว้โดยเจตนา",
    printed_on="พิมพ์เมื่อ {date}",
    position="ตำแหน่ง",
    agency="หน่วยงาน",
    assigned_summary="คำถามที่ได้รับมอบหมาย: คำถามหลัก {primary} ข้อ · ผู้ตอบสำรอง {backup} ข้อ",
    sessions="กำหนดการสัมภาษณ์",
    your_questions="คำถามของท่าน",
    no_sessions="ยังไม่มีกำหนดการสัมภาษณ์",
    session_date="วันที่",
    session_time="เวลา",
    session_room="ห้อง",
    session_panel="คณะผู้ประเมิน",
    booklet_people="ผู้เข้ารับการสัมภาษณ์ {count} คน",
    booklet_without_questions="ยังไม่ได้รับมอบหมายคำถาม (ไม่มีเอกสารในเล่มนี้ พิมพ์ใหม่เมื่อได้รับมอบหมายแล้ว)",
    bank_summary="{questions} คำถาม ใน {dimensions} มิติ",
    framework_title="กรอบการประเมิน",
    framework_intro=(
        "ตราสัญลักษณ์ความเท่าเทียมทางเพศประเมินหน่วยงานด้วยเกณฑ์ {total} ข้อใน {dimensions} มิติ "
        "ระดับของตราสัญลักษณ์ขึ้นอยู่กับจำนวนเกณฑ์ที่หน่วยงานผ่าน"
    ),
    level="ระดับ",
    level_share="สัดส่วน",
    level_benchmarks="เกณฑ์ที่ต้องผ่าน",
    level_requirement="{count} จาก {total} เกณฑ์",
    dimension="มิติที่ {number}",
    dimension_benchmarks="เกณฑ์",
    no_numbered_benchmarks="ยังไม่มีเกณฑ์ย่อยในคลังคำถาม",
    assigned_questions="คำถามที่ได้รับมอบหมาย",
    no_questions=("ยังไม่ได้รับมอบหมายคำถาม เมื่อฝ่ายเลขานุการมอบหมายคำถามแล้ว กรุณาพิมพ์เอกสารนี้ใหม่อีกครั้ง"),
    question_number="ข้อ {number}",
    primary="คำถามหลัก",
    backup="ผู้ตอบสำรอง",
    benchmark="เกณฑ์ที่เกี่ยวข้อง",
    suggested_answer="แนวคำตอบ",
    no_answer="ยังไม่มีแนวคำตอบ",
    key_points="ประเด็นสำคัญ",
    evidence="หลักฐาน",
    rehearsal_notes="บันทึกการซ้อม",
    notes="บันทึก",
    missing_questions="คำถามที่ได้รับมอบหมายแต่ไม่อยู่ในคลังคำถามแล้ว",
    contents="สารบัญ",
    contents_questions="{count} ข้อ",
    unbenchmarked="คำถามที่ไม่ได้ผูกกับเกณฑ์",
    see_question="ดูข้อ {number} หน้า {page}",
    seconds="{count} วินาที",
    time_limit="เวลาตอบ",
    minutes="{count} นาที",
    table_as_text="ตาราง {columns} คอลัมน์กว้างเกินหน้ากระดาษ จึงพิมพ์เป็นข้อความแถวละย่อหน้า",
    answer_as_text="จัดหน้าแนวคำตอบของ {agency} ไม่ได้ จึงพิมพ์เป็นข้อความธรรมดา",
)

ENGLISH = Labels(
    language="en",
    briefing_title="Interview briefing sheet",
    booklet_title="Interview briefing booklet",
    bank_title="Question bank reference book",
    seal_name="UNDP Gender Equality Seal assessment",
    page_of="page {page} of {total}",
    part_page_of="page {page} of {total} of this sheet",
    blank_page="This page is intentionally left blank",
    printed_on="Printed {date}",
    position="Position",
    agency="Agency",
    assigned_summary="Assigned questions: {primary} primary · {backup} backup",
    sessions="Interview sessions",
    your_questions="Your questions",
    no_sessions="No interview session scheduled yet",
    session_date="Date",
    session_time="Time",
    session_room="Room",
    session_panel="Assessor panel",
    booklet_people="{count} interviewees",
    booklet_without_questions="No questions assigned yet (no sheet in this booklet; print again once assigned)",
    bank_summary="{questions} questions in {dimensions} dimensions",
    framework_title="The assessment framework",
    framework_intro=(
        "The Gender Equality Seal assesses an institution against {total} benchmarks in "
        "{dimensions} dimensions. The seal level depends on how many benchmarks it meets."
    ),
    level="Level",
    level_share="Share",
    level_benchmarks="Benchmarks to meet",
    level_requirement="{count} of {total} benchmarks",
    dimension="Dimension {number}",
    dimension_benchmarks="Benchmarks",
    no_numbered_benchmarks="No numbered benchmarks in the bank yet",
    assigned_questions="Assigned questions",
    no_questions=(
        "No questions have been assigned yet. Once the secretariat assigns questions, please print this sheet again."
    ),
    question_number="Question {number}",
    primary="Primary",
    backup="Backup",
    benchmark="Benchmark",
    suggested_answer="Suggested answer",
    no_answer="No suggested answer yet",
    key_points="Key points",
    evidence="Evidence",
    rehearsal_notes="Rehearsal notes",
    notes="Notes",
    missing_questions="Assigned questions that are no longer in the bank",
    contents="Contents",
    contents_questions="{count} questions",
    unbenchmarked="Questions serving no benchmark",
    see_question="see question {number}, page {page}",
    seconds="{count} seconds",
    time_limit="Time to answer",
    minutes="{count} min",
    table_as_text="a table with {columns} columns is too wide for the page: printed as text, a paragraph a row",
    answer_as_text="the answer of {agency} could not be typeset: printed as plain text",
)

_BY_LANGUAGE = {"th": THAI, "en": ENGLISH}


def labels_for(language: str) -> Labels:
    """The labels of ``language`` (``th`` or ``en``); anything else gets Thai, the default."""
    return _BY_LANGUAGE.get(language, THAI)


@dataclass(frozen=True)
class Numbers:
    """Numbers, dates and times as the document prints them (language and digit style)."""

    language: str = "th"
    digits: str = "thai"

    def number(self, value: int | str) -> str:
        return display_number(value, self.language, self.digits)

    def date(self, day: datetime.date, long: bool = True, weekday: bool = False) -> str:
        """Thai: Buddhist era (``๙ กุมภาพันธ์ ๒๕๖๙``); English: ``Mon 9 Feb 2026``."""
        return display_date(day, self.language, self.digits, long=long, weekday=weekday)

    def time(self, moment: time) -> str:
        return display_time(moment, self.language, self.digits)

    def span(self, start: datetime.time, end: datetime.time) -> str:
        """``09.00–10.30 น.`` / ``09:00–10:30``."""
        return display_span(start, end, self.language, self.digits, dash="–")
