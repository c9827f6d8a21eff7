"""Lines end only at word boundaries, never inside a Thai word or cluster."""

from __future__ import annotations

import itertools
import re
import unicodedata
from pathlib import Path

import pytest
from pythainlp.tokenize import word_tokenize

from sealprep.core.bank.folder import load_bank
from sealprep.core.thai.breaks import BOUND_PREFIXES, COMPOUNDS, break_opportunities
from sealprep.core.thai.text import contains_thai
from sealprep.printing.line_breaking import MAX_CLUSTER_STRETCH_EM, MAX_SPACE_STRETCH_EM, justify
from sealprep.printing.rich_text import Alignment, TextStyle
from sealprep.printing.thai_paragraph import ThaiParagraph

WIDTHS = (120.0, 180.0, 260.0, 451.0)
THAI_MARKS = {chr(c) for c in (0x0E31, *range(0x0E34, 0x0E3B), *range(0x0E47, 0x0E4F))}


def newmm_boundaries(text: str) -> set[int]:
    """Word boundaries of ``text`` according to newmm run on the whole text, and the edges of
    the compounds the engine keeps whole (a documented list: a compound may start where newmm
    alone would not cut, ``เป็น|ตัวชี้วัด``)."""
    tokens = word_tokenize(text, engine="newmm", keep_whitespace=True)
    assert "".join(tokens) == text
    edges = {
        edge for compound in COMPOUNDS for match in re.finditer(re.escape(compound), text) for edge in match.span()
    }
    return set(itertools.accumulate(len(token) for token in tokens)) | edges


def is_mark(character: str) -> bool:
    return character in THAI_MARKS or unicodedata.category(character).startswith("M")


def assert_good_break(text: str, offset: int, boundaries: set[int]) -> None:
    context = f"{text[max(0, offset - 12) : offset]}|{text[offset : offset + 12]}"
    assert not is_mark(text[offset]), f"line starts with a mark: {context}"
    assert text[offset - 1].isspace() or text[offset - 1] == "\u200b" or offset in boundaries, (
        f"line break inside a word: {context}"
    )


def line_starts(paragraph: ThaiParagraph, width: float) -> list[int]:
    """Text offsets where the second and later lines begin."""
    layout = paragraph._set(width)
    return [layout.chunks[line.start].start for line in layout.lines[1:]]


@pytest.fixture(scope="module")
def long_texts(thai_paragraphs, hard_words) -> list[str]:
    return [*thai_paragraphs, " ".join(hard_words) * 3, "".join(hard_words) * 2]


@pytest.mark.parametrize("width", WIDTHS)
def test_lines_break_at_newmm_boundaries(long_texts, width):
    for text in long_texts:
        paragraph = ThaiParagraph(text, TextStyle(alignment=Alignment.JUSTIFY))
        assert paragraph.plain_text == text
        boundaries = newmm_boundaries(text)
        starts = line_starts(paragraph, width)
        assert len(starts) >= 1
        for offset in starts:
            assert_good_break(text, offset, boundaries)


@pytest.mark.parametrize("width", WIDTHS)
def test_seed_lines_break_at_newmm_boundaries(seed_paragraphs, width):
    for text in seed_paragraphs:
        paragraph = ThaiParagraph(text)
        boundaries = newmm_boundaries(paragraph.plain_text)
        for offset in line_starts(paragraph, width):
            assert_good_break(paragraph.plain_text, offset, boundaries)


def test_line_ends_in_the_pdf_are_word_boundaries(make_pdf, thai_paragraphs):
    """Black-box: read the lines back from the PDF and locate them in the source."""
    import pypdf

    text = thai_paragraphs[0]
    pdf = make_pdf([ThaiParagraph(text, TextStyle(alignment=Alignment.JUSTIFY))])
    lines = [line for line in pypdf.PdfReader(pdf).pages[0].extract_text().splitlines() if line.strip()]
    assert len(lines) > 5
    boundaries = newmm_boundaries(text)
    position = 0
    for line in lines[:-1]:
        for character in line:
            if character.isspace():
                continue
            while text[position].isspace():
                position += 1
            assert text[position] == character
            position += 1
        assert_good_break(text, position if not text[position].isspace() else position + 1, boundaries)


@pytest.mark.parametrize("width", WIDTHS)
def test_no_line_is_wider_than_the_column(long_texts, width):
    style = TextStyle(first_line_indent=20)
    for text in long_texts:
        paragraph = ThaiParagraph(text, style)
        layout = paragraph._set(width)
        for index, line in enumerate(layout.lines):
            available = width - (style.first_line_indent if index == 0 else 0)
            assert line.width <= available + 1e-6


def test_words_wider_than_the_column_break_between_clusters():
    text = "กรุงเทพมหานครสมัครเข้าร่วมโครงการ"
    paragraph = ThaiParagraph(text)
    starts = line_starts(paragraph, 30.0)
    assert len(starts) > 3
    for offset in starts:
        assert not is_mark(text[offset]), f"{text[:offset]}|{text[offset:]}"
    layout = paragraph._set(30.0)
    assert "".join(paragraph.plain_text[c.start : c.end] for c in layout.chunks) == text


@pytest.mark.parametrize("width", WIDTHS)
def test_justified_gaps_stay_small(long_texts, width):
    style = TextStyle(alignment=Alignment.JUSTIFY)
    em = style.size
    for text in long_texts:
        layout = ThaiParagraph(text, style)._set(width)
        for line in layout.lines:
            if line.ends_paragraph_or_forced:
                continue
            slack = width - line.width
            spread = justify(layout.chunks, line, slack, em)
            assert spread.cluster <= MAX_CLUSTER_STRETCH_EM * em + 1e-9
            has_thai = any(c.stretch_count or c.starts_thai for c in layout.chunks[line.start : line.end])
            if has_thai:
                assert spread.space <= MAX_SPACE_STRETCH_EM * em + 1e-9


def test_break_rules():
    def pieces(text: str) -> list[str]:
        bounds = [0, *break_opportunities(text), len(text)]
        return [text[a:b] for a, b in zip(bounds, bounds[1:])]

    assert pieces("ต่างๆนานา") == ["ต่างๆ", "นานา"]
    assert pieces("กรุงเทพฯ ค่ะ") == ["กรุงเทพฯ ", "ค่ะ"]
    assert pieces("ข้อ (๑) ค่ะ") == ["ข้อ ", "(๑) ", "ค่ะ"]
    assert pieces("โดยUNDPได้") == ["โดย", "UNDP", "ได้"]
    assert pieces("ผู้รับบริการ/ประชาชน") == ["ผู้รับบริการ/", "ประชาชน"]  # a compound
    # bound prefixes stay with their word; compounds stay whole
    assert pieces("การวิเคราะห์เชิงคุณภาพ") == ["การวิเคราะห์", "เชิงคุณภาพ"]
    assert pieces("ตัวชี้วัดและค่าเป้าหมายของแผนปฏิบัติการฯ") == ["ตัวชี้วัด", "และ", "ค่าเป้าหมาย", "ของ", "แผนปฏิบัติการฯ"]
    # a page reference and a date keep their number
    assert pieces("(ดูข้อ ๑.๑๐ หน้า ๑๓)") == ["(ดู", "ข้อ ๑.๑๐ ", "หน้า ๑๓)"]
    assert pieces("เมื่อ (8 กรกฎาคม 2567) และ") == ["เมื่อ ", "(8 กรกฎาคม 2567) ", "และ"]
    assert pieces("ปี๒๕๖๖") == ["ปี", "๒๕๖๖"]
    assert pieces("well-known text, here.") == ["well-known ", "text, ", "here."]
    assert pieces("ระบบราชการ-กรุงเทพมหานคร") == ["ระบบ", "ราชการ-กรุงเทพมหานคร"]
    assert pieces("alpha\u200bbeta\ngamma") == ["alpha\u200b", "beta\n", "gamma"]
    assert pieces("ย้ำว่าน้ำสำคัญ") == ["ย้ำ", "ว่า", "น้ำ", "สำคัญ"]


def _split_words(text: str, offset: int, word_before: dict[int, str]) -> list[str]:
    """What a line break at ``offset`` would part that the rules keep together: a bound prefix
    (a whole newmm word) left at a line end, or a known compound cut in two."""
    parted = []
    if word_before.get(offset) in BOUND_PREFIXES and contains_thai(text[offset : offset + 1]):
        parted.append(f"{word_before[offset]}|{text[offset : offset + 8]}")
    for compound in COMPOUNDS:
        for match in re.finditer(re.escape(compound), text):
            if match.start() < offset < match.end():
                parted.append(f"{text[match.start() : offset]}|{text[offset : match.end()]}")
    return parted


def test_the_starter_banks_answers_keep_prefixes_and_compounds_on_one_line():
    """Every answer of the starter bank, set at a narrow and a full column: no line ends with a
    bound prefix (การ | วิเคราะห์) and no known compound (ตัวชี้ | วัด) is cut."""
    bank = load_bank(Path(__file__).resolve().parents[2] / "questions").bank
    texts = [answer.body for question in bank.questions for answer in question.answers]
    assert sum(len(text) for text in texts) > 30_000  # long Thai text
    parted = []
    breaks = 0
    for width in (180.0, 451.0):
        for text in texts:
            paragraph = ThaiParagraph(text, TextStyle())
            starts = line_starts(paragraph, width)
            breaks += len(starts)
            text = paragraph.plain_text
            tokens = word_tokenize(text, engine="newmm", keep_whitespace=True)
            word_before = dict(zip(itertools.accumulate(len(token) for token in tokens), tokens))
            for offset in starts:
                parted += _split_words(text, offset, word_before)
    assert breaks > 1000
    assert parted == []
