"""``SideBySide`` replaced one-row ReportLab tables (a question's band, an evidence QR code beside
its title and address) to save their work; it must put every mark where the table did. Both are
printed on a page and rendered, and the pictures must be the same pixel for pixel."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PIL import Image, ImageChops
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

from needed_tools import require
from sealprep.printing.document_parts import SideBySide
from sealprep.printing.qr import QrCode
from sealprep.printing.rich_text import Alignment, Run, restyle
from sealprep.printing.styles import FRAME_WIDTH, PRIMARY_TINT, STYLES
from sealprep.printing.thai_paragraph import ThaiParagraph

URL = "https://drive.google.com/drive/u/1/folders/1K9-G4kJ2sM8jP"


def _rows() -> list[tuple[list[list], list[float], tuple[float, float], tuple[float, float, float] | None]]:
    """(columns, widths, padding, tint) of a question band and of an evidence row."""
    band = (
        [
            [ThaiParagraph("ข้อ ๒ · คำถามหลัก", STYLES.badge)],
            [ThaiParagraph("d1-gender-analysis", restyle(STYLES.furniture, alignment=Alignment.RIGHT))],
        ],
        [FRAME_WIDTH * 0.45, FRAME_WIDTH * 0.55],
        (6.0, 2.0),
        PRIMARY_TINT,
    )
    evidence = (
        [
            [QrCode(URL, 52)],
            [
                ThaiParagraph(
                    [Run("เอกสารหลักฐานเกณฑ์ ๑.๑.๑ แผนของหน่วยงาน", link=URL)], restyle(STYLES.body, space_after=1)
                ),
                ThaiParagraph([Run(URL, link=URL)], restyle(STYLES.small, underline_links=False, space_before=3)),
            ],
        ],
        [62.0, FRAME_WIDTH - 62.0],
        (0.0, 2.0),
        None,
    )
    return [band, evidence]


def _table(columns, widths, padding, tint) -> Table:
    table = Table([columns], colWidths=widths, hAlign="LEFT")
    style = [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), padding[0]),
        ("RIGHTPADDING", (0, 0), (-1, -1), padding[0]),
        ("TOPPADDING", (0, 0), (-1, -1), padding[1]),
        ("BOTTOMPADDING", (0, 0), (-1, -1), padding[1]),
    ]
    if tint is not None:
        from reportlab.lib.colors import Color

        style.append(("BACKGROUND", (0, 0), (-1, -1), Color(*tint)))
    table.setStyle(TableStyle(style))
    return table


def _render(path: Path) -> Image.Image:
    require("pdftoppm")
    target = path.with_suffix("")
    subprocess.run(["pdftoppm", "-r", "150", "-singlefile", "-png", str(path), str(target)], check=True)
    return Image.open(target.with_suffix(".png")).convert("RGB")


def test_side_by_side_draws_what_the_one_row_table_drew(tmp_path):
    pictures = []
    for name, make in (("table", _table), ("side", SideBySide)):
        path = tmp_path / f"{name}.pdf"
        story = [make(*row) for row in _rows()]
        SimpleDocTemplate(str(path), leftMargin=56, rightMargin=56).build(story)
        pictures.append(_render(path))
    table, side = pictures
    assert ImageChops.difference(table, side).getbbox() is None  # not one pixel differs
    assert ImageChops.difference(table, Image.new("RGB", table.size, "white")).getbbox() is not None  # not blank
