"""The rich-text model: whitespace, styles, links, breaks, bullets, alignment."""

from __future__ import annotations

import pypdf
import pytest

from sealprep.printing.rich_text import Alignment, Run, TextStyle
from sealprep.printing.text_layout import StyledText
from sealprep.printing.thai_paragraph import ThaiParagraph


def test_whitespace_collapses_across_runs(family):
    styled = StyledText.from_runs(
        [Run("  ผลการ\tประเมิน  "), Run("  ตัวหนา ", bold=True), Run("\n ต่อ  ไป \n"), Run("   ")],
        TextStyle(),
        family,
    )
    assert styled.text == "ผลการ ประเมิน ตัวหนา\nต่อ ไป"


def test_a_mark_at_a_run_start_stays_with_its_consonant(family):
    styled = StyledText.from_runs([Run("ที"), Run("่นี่", bold=True)], TextStyle(), family)
    assert styled.text == "ที่นี่"
    assert styled.span_starts == (0, 3)
    assert styled.span_styles[0].font_name == family.regular
    assert styled.span_styles[1].font_name == family.bold


def test_links_become_uri_annotations_over_their_text(make_pdf):
    url = "https://www.undp.org/gender-equality-seal"
    paragraph = ThaiParagraph([Run("อ่านเพิ่มเติมที่ "), Run("เว็บไซต์ UNDP", link=url), Run(" ค่ะ")], TextStyle())
    page = pypdf.PdfReader(make_pdf([paragraph])).pages[0]
    links = [a.get_object() for a in page["/Annots"] if a.get_object()["/Subtype"] == "/Link"]
    assert [link["/A"]["/URI"] for link in links] == [url]
    left, bottom, right, top = (float(v) for v in links[0]["/Rect"])
    space = ThaiParagraph("ก ข")._chunks[0].glue_width
    prefix_width = sum(c.width for c in ThaiParagraph("อ่านเพิ่มเติมที่")._chunks) + space
    link_width = sum(c.width + c.glue_width for c in ThaiParagraph("เว็บไซต์ UNDP")._chunks)
    assert left == pytest.approx(78 + prefix_width, abs=0.01)  # 72 pt margin + 6 pt frame padding
    assert right - left == pytest.approx(link_width, abs=0.01)
    assert top - bottom == pytest.approx(14 * 1.3, abs=0.01)


def test_zero_width_space_breaks_but_is_not_drawn(make_pdf, extract, squeeze):
    text = "\u200b".join(["verylongwordnumber"] * 8)
    paragraph = ThaiParagraph(text, TextStyle())
    assert len(paragraph._set(200).lines) > 1
    extracted = extract(make_pdf([paragraph]))
    assert "\u200b" not in extracted
    assert squeeze(extracted) == squeeze(text.replace("\u200b", ""))


def test_hard_breaks_start_new_lines(make_pdf):
    paragraph = ThaiParagraph([Run("บรรทัดแรก\nบรรทัดที่สอง"), Run("\n\nบรรทัดที่สี่", bold=True)], TextStyle())
    lines = pypdf.PdfReader(make_pdf([paragraph])).pages[0].extract_text().splitlines()
    assert [line for line in lines if line.strip()] == ["บรรทัดแรก", "บรรทัดที่สอง", "บรรทัดที่สี่"]
    assert len(paragraph._set(400).lines) == 4


@pytest.mark.parametrize("alignment", [Alignment.LEFT, Alignment.CENTER, Alignment.RIGHT])
def test_alignment_places_the_line(make_pdf, drawn_glyphs, alignment):
    paragraph = ThaiParagraph("กรุงเทพมหานคร", TextStyle(alignment=alignment))
    glyphs = drawn_glyphs(make_pdf([paragraph]))
    width = paragraph._chunks[0].width
    column = 595.2756 - 2 * 72 - 12  # A4, 1-inch margins, 6 pt frame padding each side
    left = {
        Alignment.LEFT: 78.0,
        Alignment.CENTER: 78 + (column - width) / 2,
        Alignment.RIGHT: 78 + column - width,
    }
    assert glyphs[0].x == pytest.approx(left[alignment], abs=0.1)


def test_bullet_hangs_left_of_the_text(make_pdf, drawn_glyphs):
    style = TextStyle(bullet="•", left_indent=24, bullet_indent=8)
    glyphs = drawn_glyphs(make_pdf([ThaiParagraph("รายการแรกในรายการ " * 8, style)]))
    bullet, first = glyphs[0], glyphs[1]
    assert bullet.text == "•"
    assert bullet.x == pytest.approx(78 + 8, abs=0.1)
    assert first.x == pytest.approx(78 + 24, abs=0.1)
    second_line = [g for g in glyphs if g.y < first.y - 5]
    assert second_line[0].x == pytest.approx(78 + 24, abs=0.1)


def test_first_line_indent_and_keep_with_next():
    paragraph = ThaiParagraph("หัวข้อ", TextStyle(first_line_indent=30, keep_with_next=True, space_before=4))
    assert paragraph.getKeepWithNext()
    assert paragraph.getSpaceBefore() == 4
    assert paragraph.minWidth() == pytest.approx(paragraph._chunks[0].width + 30)
