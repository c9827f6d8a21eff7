"""Text drawn by the engine must come back out of the PDF exactly.

Checked with two unrelated readers: pypdf (reads glyphs' ToUnicode in drawing
order, ignores ActualText) and poppler's pdftotext (honours ActualText, builds
words from glyph positions).  Only whitespace and Unicode normalisation may
differ; each extracted line must also be a stretch of the source, so nothing
is reordered and no space is invented inside a line.
"""

from __future__ import annotations

import pytest

from sealprep.printing.rich_text import Alignment, Run, TextStyle
from sealprep.printing.thai_paragraph import ThaiParagraph


def assert_extracts(pdf, source: str, extract, squeeze, collapse) -> None:
    extracted = extract(pdf)
    assert squeeze(extracted) == squeeze(source)
    flat_source = collapse(source)
    for line in extracted.splitlines():
        if line.strip():
            assert collapse(line) in flat_source, f"line not in source: {line!r}"


@pytest.mark.parametrize("bold", [False, True])
@pytest.mark.parametrize("italic", [False, True])
@pytest.mark.parametrize("size", [10.0, 14.0, 28.0])
def test_hard_words_extract_in_every_style(make_pdf, extract, squeeze, collapse, hard_words, bold, italic, size):
    style = TextStyle(size=size, bold=bold, italic=italic)
    story = [ThaiParagraph(word, style) for word in hard_words]
    story.append(ThaiParagraph(" ".join(hard_words), style))
    source = "\n".join([*hard_words, " ".join(hard_words)])
    assert_extracts(make_pdf(story), source, extract, squeeze, collapse)


@pytest.mark.parametrize("alignment", [Alignment.LEFT, Alignment.JUSTIFY])
def test_long_paragraphs_extract(make_pdf, extract, squeeze, collapse, thai_paragraphs, alignment):
    style = TextStyle(alignment=alignment, first_line_indent=28)
    story = [ThaiParagraph(text, style) for text in thai_paragraphs]
    assert_extracts(make_pdf(story), "\n".join(thai_paragraphs), extract, squeeze, collapse)


def test_seed_paragraphs_extract(make_pdf, extract, squeeze, collapse, seed_paragraphs):
    style = TextStyle(alignment=Alignment.JUSTIFY)
    story = [ThaiParagraph(text, style) for text in seed_paragraphs]
    assert_extracts(make_pdf(story), "\n".join(seed_paragraphs), extract, squeeze, collapse)


def test_mixed_styles_in_one_paragraph_extract(make_pdf, extract, squeeze, collapse):
    runs = [
        Run("ผลการประเมิน "),
        Run("ตัวชี้วัดที่ ๑๒", bold=True),
        Run(" (Gender Architecture) "),
        Run("ซึ่งยั่งยืน", italic=True),
        Run(" and "),
        Run("น้ำหนักคะแนน", bold=True, italic=True),
        Run(" see "),
        Run("undp.org ที่นี่", link="https://www.undp.org"),
        Run(" กรุงเทพ"),
        Run("มหานคร", bold=True),
        Run("ใหญ่", size=20),
    ]
    source = "".join(run.text for run in runs)
    story = [ThaiParagraph(runs, TextStyle(alignment=Alignment.JUSTIFY))] * 3
    assert_extracts(make_pdf(story), "\n".join([source] * 3), extract, squeeze, collapse)


def test_english_only_extracts(make_pdf, extract, squeeze, collapse):
    text = (
        "Office affinity: the official flow of fine, efficient work. "
        "The Seal asks for evidence, not intentions; WAVE, To, AV and Ty kern. " * 6
    )
    story = [ThaiParagraph(text, TextStyle(alignment=Alignment.JUSTIFY))]
    assert_extracts(make_pdf(story), text, extract, squeeze, collapse)


def test_bullets_and_numbers_extract(make_pdf, extract, squeeze, collapse):
    story = [
        ThaiParagraph("การวางแผนและการจัดการ", TextStyle(bullet="•", left_indent=24, bullet_indent=8)),
        ThaiParagraph("โครงสร้างและศักยภาพขององค์กร", TextStyle(bullet="๒.", left_indent=24, bullet_indent=4)),
    ]
    source = "• การวางแผนและการจัดการ ๒. โครงสร้างและศักยภาพขององค์กร"
    assert_extracts(make_pdf(story), source, extract, squeeze, collapse)


def test_justified_text_with_smaller_runs_extracts(make_pdf, extract, squeeze, collapse, thai_paragraphs):
    """Cluster spacing is capped by the smallest type on the line, so a small
    run never gets a gap that pypdf reads as a space."""
    words = thai_paragraphs[0].split(" ")
    runs = [Run(word + " ", size=9.0 if index % 3 == 0 else None) for index, word in enumerate(words)]
    source = "".join(run.text for run in runs)
    story = [ThaiParagraph(runs, TextStyle(size=16, alignment=Alignment.JUSTIFY))]
    assert_extracts(make_pdf(story), source, extract, squeeze, collapse)


def test_text_needing_several_font_subsets_extracts(make_pdf, extract, squeeze, collapse, family):
    """A PDF simple font holds 256 codes; more distinct glyphs spill into more
    subsets, also in the middle of a word."""
    import pypdf

    from sealprep.printing.fonts import glyph_font

    covered = glyph_font(family.regular).face.charToGlyph
    letters = [chr(c) for c in sorted(covered) if 0x100 <= c < 0x2000 and chr(c).isalpha()]
    assert len(letters) > 300
    words = ["".join(letters[i : i + 7]) + "ที่นี่" for i in range(0, len(letters), 7)]
    source = " ".join(words)
    pdf = make_pdf([ThaiParagraph(source, TextStyle(alignment=Alignment.JUSTIFY))])
    fonts = pypdf.PdfReader(pdf).pages[0]["/Resources"]["/Font"]
    assert sum(name.endswith("+1") for name in fonts) == 1, sorted(fonts)
    assert_extracts(pdf, source, extract, squeeze, collapse)
