"""Answers in Markdown keep their meaning on paper: lists (nested, numbered), emphasis, links,
headings, code, tables; raw HTML prints as text."""

from __future__ import annotations

import pypdf

from sealprep.printing.document_parts import block_flowables
from sealprep.printing.markdown_blocks import BlockKind, markdown_blocks, plain_text
from sealprep.printing.rich_text import Run
from sealprep.printing.styles import STYLES
from sealprep.printing.thai_paragraph import ThaiParagraph

NESTED = """แผนนี้แบ่งเป็น 3 ยุทธศาสตร์

1. **ระดับบุคคล** – พัฒนาศักยภาพ
   - เป้าหมาย: ข้าราชการทุกระดับ
     1. หลักสูตรฝึกอบรม
     2. บทเรียน e-Learning
   - แผนงาน: *การสื่อสาร*
2. **กลไกการทำงาน**
"""


def _summary(text: str) -> list[tuple[str, int, str, str]]:
    return [(b.kind.value, b.depth, b.marker, b.text) for b in markdown_blocks(text)]


def test_nested_and_numbered_lists_keep_depth_and_markers():
    assert _summary(NESTED) == [
        ("paragraph", 0, "", "แผนนี้แบ่งเป็น 3 ยุทธศาสตร์"),
        ("item", 1, "1.", "ระดับบุคคล – พัฒนาศักยภาพ"),
        ("item", 2, "•", "เป้าหมาย: ข้าราชการทุกระดับ"),
        ("item", 3, "a.", "หลักสูตรฝึกอบรม"),
        ("item", 3, "b.", "บทเรียน e-Learning"),
        ("item", 2, "•", "แผนงาน: การสื่อสาร"),
        ("item", 1, "2.", "กลไกการทำงาน"),
    ]


def test_bullets_change_with_depth_and_numbering_keeps_its_start():
    assert [b.marker for b in markdown_blocks("- a\n    - b\n        - c\n            - d")] == ["•", "–", "·", "•"]
    assert [b.marker for b in markdown_blocks("3. three\n4. four")] == ["3.", "4."]
    third = markdown_blocks("1. a\n    1. b\n        1. c\n        2. d")
    assert [b.marker for b in third] == ["1.", "a.", "i.", "ii."]


def test_bold_italic_and_links_become_run_styles():
    (block,) = markdown_blocks("ข้อความ **ตัวหนา** และ *เอียง* กับ [ลิงก์](https://example.org/a?b=1)")
    assert block.runs == (
        Run("ข้อความ "),
        Run("ตัวหนา", bold=True),
        Run(" และ "),
        Run("เอียง", italic=True),
        Run(" กับ "),
        Run("ลิงก์", link="https://example.org/a?b=1"),
        # paper cannot be clicked: the address follows, small
        Run(" (https://example.org/a?b=1)", link="https://example.org/a?b=1", size=9.5),
    )
    (nested,) = markdown_blocks("***ทั้งสอง*** [**หนา**](https://x.org)")
    assert nested.runs == (
        Run("ทั้งสอง", bold=True, italic=True),
        Run(" "),
        Run("หนา", bold=True, link="https://x.org"),
        Run(" (https://x.org)", link="https://x.org", size=9.5),
    )
    (bare,) = markdown_blocks("<https://x.org>")
    assert bare.runs == (Run("https://x.org", link="https://x.org"),)  # a bare address is not repeated


def test_unsafe_links_lose_their_target_but_keep_their_text():
    (block,) = markdown_blocks("[คลิก](javascript:alert(1)) และ [ไฟล์](file:///etc/passwd)")
    assert all(run.link is None for run in block.runs)
    assert block.text == "คลิก และ ไฟล์"


def test_headings_keep_their_level():
    blocks = markdown_blocks("# ใหญ่\n\n### หัวข้อย่อย\n\nเนื้อความ")
    assert [(b.kind, b.level, b.text) for b in blocks] == [
        (BlockKind.HEADING, 1, "ใหญ่"),
        (BlockKind.HEADING, 3, "หัวข้อย่อย"),
        (BlockKind.PARAGRAPH, 0, "เนื้อความ"),
    ]


def test_script_and_other_raw_html_print_as_text():
    blocks = markdown_blocks('ก่อน <script>alert("x")</script> หลัง\n\n<div onclick="x()">กล่อง</div>')
    assert plain_text(blocks) == 'ก่อน <script>alert("x")</script> หลัง\n<div onclick="x()">กล่อง</div>'


def test_soft_breaks_are_spaces_hard_breaks_stay_and_code_keeps_its_lines():
    (soft,) = markdown_blocks("บรรทัดแรก\nบรรทัดสอง")
    assert soft.text == "บรรทัดแรก บรรทัดสอง"
    (hard,) = markdown_blocks("บรรทัดแรก  \nบรรทัดสอง")
    assert hard.text == "บรรทัดแรก\nบรรทัดสอง"
    (code,) = markdown_blocks("```\nfirst()\nsecond()\n```")
    assert code.kind is BlockKind.CODE and code.text == "first()\nsecond()"


def test_loose_list_items_continue_with_their_second_paragraph():
    blocks = markdown_blocks("- ข้อแรก\n\n    ย่อหน้าที่สองของข้อแรก\n\n- ข้อสอง")
    assert [(b.kind.value, b.depth, b.marker, b.text) for b in blocks] == [
        ("item", 1, "•", "ข้อแรก"),
        ("item", 1, "", "ย่อหน้าที่สองของข้อแรก"),
        ("item", 1, "•", "ข้อสอง"),
    ]


def test_tables_and_quotes():
    (table,) = markdown_blocks("| ปี | จำนวน |\n|---|---|\n| 2567 | **32** |")
    assert table.kind is BlockKind.TABLE and table.header
    assert [["".join(r.text for r in cell) for cell in row] for row in table.rows] == [["ปี", "จำนวน"], ["2567", "32"]]
    (quote,) = markdown_blocks("> คำพูด *สำคัญ*")
    assert quote.kind is BlockKind.QUOTE and quote.text == "คำพูด สำคัญ"


def test_on_paper_markers_hang_left_of_indented_text(make_pdf):
    flowables = block_flowables(markdown_blocks(NESTED), STYLES.body)
    assert all(isinstance(f, ThaiParagraph) for f in flowables)
    indents = [f.text_style.left_indent for f in flowables]
    assert indents[1] < indents[2] < indents[3] == indents[4] and indents[5] == indents[2] and indents[6] == indents[1]
    assert [f.text_style.bullet for f in flowables] == [None, "1.", "•", "a.", "b.", "•", "2."]
    pdf = make_pdf(flowables)
    text = pypdf.PdfReader(pdf).pages[0].extract_text()
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    assert lines[1].startswith("1.") and "ระดับบุคคล" in lines[1]
    assert lines[3].startswith("a.") and "หลักสูตรฝึกอบรม" in lines[3]


def test_table_columns_are_balanced_so_short_cells_keep_their_words():
    from sealprep.printing.document_parts import balanced_widths
    from sealprep.printing.rich_text import TextStyle
    from sealprep.printing.thai_paragraph import ThaiParagraph

    style = TextStyle(size=10.5)
    rows = [
        [
            ThaiParagraph("วันจันทร์ที่ ๙ กุมภาพันธ์ ๒๕๖๙", style),
            ThaiParagraph("๐๙.๐๐–๑๐.๓๐ น.", style),
            ThaiParagraph("กรุงเทพมหานคร", style),
            ThaiParagraph("Ms. Damaris Rosabal (UNDP) ดร.สมศรี ประเมินดี (มหาวิทยาลัยธรรมศาสตร์)", style),
        ]
    ]
    widths = balanced_widths(rows, 480)
    assert abs(sum(widths) - 480) < 1e-6
    for cell, width in zip(rows[0][1:3], widths[1:3]):
        assert cell.content_widths()[1] + 10 <= width + 1e-6  # the short cells (time, room) fit on one line
    assert widths[3] == max(widths)  # the long cell takes what is left
    # too narrow for every cell on one line: still no column narrower than its widest word
    tight = balanced_widths(rows, 400)
    for cell, width in zip(rows[0], tight):
        assert cell.content_widths()[0] + 10 <= width + 1e-6
