"""Paragraphs split across frames and pages by whole lines, and never raise.

Stock ReportLab raises ``LayoutError: Splitting error(n==2)`` for a shaped
321-character Thai paragraph that starts 630-645 pt down an A4 page; these
tests push such paragraphs through every vertical offset.
"""

from __future__ import annotations

import pypdf
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

from sealprep.printing.rich_text import Alignment, Run, TextStyle
from sealprep.printing.thai_paragraph import ThaiParagraph

FRAME_HEIGHT = A4[1] - 2 * 72 - 12  # SimpleDocTemplate frames have 6 pt padding
OFFSETS = range(0, int(FRAME_HEIGHT), 5)


@pytest.fixture(scope="module")
def medium_paragraphs(thai_paragraphs, request) -> list[str]:
    """About 321 characters each: our own text, and the seed paragraph if present."""
    own = thai_paragraphs[1]
    cut = own.rfind(" ", 0, 321)
    paragraphs = [own[:cut]]
    try:
        seeds = request.getfixturevalue("seed_paragraphs")
    except pytest.skip.Exception:
        return paragraphs
    return paragraphs + [text for text in seeds if text.startswith("และ UNDP ได้ให้ข้อคิดเห็น")]


@pytest.mark.parametrize("alignment", [Alignment.LEFT, Alignment.JUSTIFY])
def test_split_at_every_offset_never_raises(make_pdf, medium_paragraphs, squeeze, alignment):
    style = TextStyle(alignment=alignment, space_before=6, space_after=6)
    for text in medium_paragraphs:
        for offset in OFFSETS:
            pdf = make_pdf([Spacer(1, offset), ThaiParagraph(text, style)], name=f"split-{offset}.pdf")
            if offset % 50 == 0:
                extracted = "".join(page.extract_text() for page in pypdf.PdfReader(pdf).pages)
                assert squeeze(extracted) == squeeze(text)


def test_split_parts_fit_and_add_up(thai_paragraphs):
    width = 300.0
    paragraph = ThaiParagraph(thai_paragraphs[0], TextStyle(first_line_indent=20, space_after=10))
    _, full_height = paragraph.wrap(width, 10_000)
    line_count = len(paragraph._set(width).lines)
    assert line_count > 6
    for available in range(0, int(full_height) + 40, 3):
        parts = paragraph.split(width, available)
        if not parts:
            continue
        if parts == [paragraph]:
            assert available >= full_height - 1e-6
            continue
        head, tail = parts
        head_height = head.wrap(width, available)[1]
        tail_height = tail.wrap(width, 10_000)[1]
        assert head_height <= available + 1e-6
        assert head_height + tail_height == pytest.approx(full_height)
        head_lines, tail_lines = len(head._set(width).lines), len(tail._set(width).lines)
        assert head_lines >= 2 and tail_lines >= 2, "orphan or widow"
        assert head.getSpaceAfter() == 0 and tail.getSpaceBefore() == 0
        assert head.plain_text == tail.plain_text == paragraph.plain_text


def test_paragraph_longer_than_a_page_flows(make_pdf, thai_paragraphs, squeeze):
    text = " ".join(thai_paragraphs * 3)
    pdf = make_pdf([ThaiParagraph(text, TextStyle(size=16, alignment=Alignment.JUSTIFY))])
    pages = pypdf.PdfReader(pdf).pages
    assert len(pages) >= 3
    assert squeeze("".join(page.extract_text() for page in pages)) == squeeze(text)


def test_headings_keep_with_next_and_keep_together(make_pdf, thai_paragraphs, squeeze):
    heading = TextStyle(size=20, bold=True, keep_with_next=True, space_before=12)
    body = TextStyle(alignment=Alignment.JUSTIFY)
    story = []
    for offset in (600, 640, 660):
        story += [Spacer(1, offset), ThaiParagraph("หัวข้อที่ต้องอยู่กับย่อหน้าถัดไป", heading)]
        story.append(ThaiParagraph(thai_paragraphs[0], body))
        story.append(KeepTogether([ThaiParagraph(text, body) for text in thai_paragraphs[:3]]))
    pdf = make_pdf(story)
    reader = pypdf.PdfReader(pdf)
    for page in reader.pages:
        lines = [line for line in page.extract_text().splitlines() if line.strip()]
        assert not lines or lines[-1] != "หัวข้อที่ต้องอยู่กับย่อหน้าถัดไป", "heading left alone at a page foot"
    expected = "".join(["หัวข้อที่ต้องอยู่กับย่อหน้าถัดไป", thai_paragraphs[0], *thai_paragraphs[:3]] * 3)
    assert squeeze("".join(page.extract_text() for page in reader.pages)) == squeeze(expected)


def test_table_cells(make_pdf, thai_paragraphs, squeeze):
    cell = TextStyle(size=11, alignment=Alignment.JUSTIFY)
    rows = [
        [ThaiParagraph([Run("มิติที่ ", bold=True), Run(str(number))], cell), ThaiParagraph(text, cell)]
        for number, text in enumerate(thai_paragraphs * 3, 1)
    ]
    table = Table(rows, colWidths=[70, 380], repeatRows=0)
    grid = ("GRID", (0, 0), (-1, -1), 0.5, (0.5, 0.5, 0.5))
    table.setStyle(TableStyle([grid, ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    pdf = make_pdf([table])
    pages = pypdf.PdfReader(pdf).pages
    assert len(pages) >= 2
    expected = "".join(f"มิติที่ {number}{text}" for number, text in enumerate(thai_paragraphs * 3, 1))
    assert squeeze("".join(page.extract_text() for page in pages)) == squeeze(expected)


def test_reportlab_containers_that_copy_their_content(make_pdf, thai_paragraphs, squeeze):
    """KeepInFrame, ListFlowable and PTOContainer deep-copy flowables."""
    from reportlab.platypus import KeepInFrame, ListFlowable, PTOContainer

    body = TextStyle(alignment=Alignment.JUSTIFY)
    story = [
        KeepInFrame(300, 200, [ThaiParagraph(thai_paragraphs[0], body)], mode="shrink"),
        ListFlowable([ThaiParagraph(text, body) for text in thai_paragraphs[:2]], bulletType="bullet"),
        PTOContainer([ThaiParagraph(text, body) for text in thai_paragraphs], [ThaiParagraph("(มีต่อ)")]),
    ]
    text = squeeze("".join(page.extract_text() for page in pypdf.PdfReader(make_pdf(story)).pages))
    for paragraph in thai_paragraphs:
        assert squeeze(paragraph) in text


def test_deep_copies_share_the_registered_fonts():
    """A deep copy must not clone the fonts: new glyph codes (e.g. when a
    wide word is split) would go to the clone, not the font that is drawn."""
    import copy

    from sealprep.printing.fonts import glyph_font

    paragraph = ThaiParagraph([Run("ซึ่ง"), Run("ยั่งยืน", bold=True)])
    clone = copy.deepcopy(paragraph)
    fonts = clone._styled.span_fonts
    assert [font is glyph_font(font.fontName) for font in fonts] == [True, True]
