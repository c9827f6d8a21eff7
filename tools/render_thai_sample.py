"""Render the Thai typesetting sample page (PDF, and PNG if pdftoppm is installed).

Usage: ``python tools/render_thai_sample.py OUT_DIR``.  The PNG at 110 dpi is
the one kept, after review, as ``docs/screenshots/print-thai-sample.png``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

from sealprep.printing.rich_text import Alignment, Run, TextStyle
from sealprep.printing.thai_paragraph import ThaiParagraph

REPO = Path(__file__).resolve().parent.parent
TEXT = REPO / "tests" / "printing" / "data" / "thai_paragraphs.txt"


def sample_story() -> list:
    paragraphs = [block.strip() for block in TEXT.read_text(encoding="utf-8").split("\n\n") if block.strip()]
    heading = TextStyle(size=20, bold=True, keep_with_next=True, space_after=4)
    subheading = TextStyle(size=16, bold=True, keep_with_next=True, space_before=8, space_after=2)
    body = TextStyle(alignment=Alignment.JUSTIFY, first_line_indent=28, space_after=6)
    bullet = TextStyle(bullet="•", left_indent=28, bullet_indent=12, space_after=2)
    cell = TextStyle(size=12, line_height=1.5)
    table = Table(
        [
            [ThaiParagraph("คำ", TextStyle(size=12, bold=True)), ThaiParagraph("ทดสอบ", TextStyle(size=12, bold=True))],
            [ThaiParagraph("ซึ่ง ยั่งยืน ที่นี่ ญี่ปุ่น", cell), ThaiParagraph("วรรณยุกต์ซ้อนสระบนและสระล่าง", cell)],
            [ThaiParagraph("น้ำ ย้ำ สำนัก ปั้น", cell), ThaiParagraph("สระอำกับวรรณยุกต์ (decomposed sara am)", cell)],
        ],
        colWidths=[5.5 * cm, 10.5 * cm],
    )
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, (0.6, 0.6, 0.6)), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return [
        ThaiParagraph("การเตรียมตัวสัมภาษณ์ Gender Equality Seal", heading),
        ThaiParagraph(paragraphs[0], body),
        ThaiParagraph(
            [Run("ประเด็นที่ผู้ประเมิน"), Run("มักถาม", bold=True), Run(" (Key questions)", italic=True)], subheading
        ),
        ThaiParagraph([Run("ตัวอย่างการปรับปรุงที่"), Run("วัดผลได้", bold=True), Run(" เช่น ห้องให้นมบุตรใกล้จุดบริการ")], bullet),
        ThaiParagraph([Run("เอกสารหลักฐานที่"), Run("หาง่ายและเป็นปัจจุบัน", italic=True), Run(" พร้อมผู้ดูแลที่ชัดเจน")], bullet),
        ThaiParagraph(
            [Run("รายละเอียดเกณฑ์: "), Run("undp.org/gender-equality-seal", link="https://www.undp.org"), Run(" ค่ะ")],
            bullet,
        ),
        ThaiParagraph(paragraphs[3], body),
        table,
    ]


def main(out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    pdf = out_dir / "print-thai-sample.pdf"
    margin = 2 * cm
    SimpleDocTemplate(
        str(pdf), pagesize=A4, leftMargin=margin, rightMargin=margin, topMargin=margin, bottomMargin=margin
    ).build(sample_story())
    if shutil.which("pdftoppm"):
        subprocess.run(
            [
                "pdftoppm",
                "-r",
                "110",
                "-png",
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
                str(pdf),
                str(out_dir / "print-thai-sample"),
            ],
            check=True,
        )
    print(pdf)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("."))
