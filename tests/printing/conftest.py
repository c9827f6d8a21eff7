"""Shared fixtures for the printing tests: fonts, sample text, PDF building and reading."""

from __future__ import annotations

import re
import struct
import subprocess
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

import pypdf
import pytest
from pypdf.generic import ContentStream
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.ttfonts import TTFontFile
from reportlab.platypus import Flowable, SimpleDocTemplate

from needed_tools import require
from sealprep.printing.fonts import FontFamily, register_fonts

DATA = Path(__file__).parent / "data"

HARD_WORDS = ("ซึ่ง ยั่งยืน ที่นี่ เป้าหมาย เป็น สำนัก น้ำ ย้ำ ก็ ปู่ ฟ้า ญี่ปุ่น กรุงเทพมหานคร ปั้น ฐู ญุ ฎุ ดำเนินการ ต่างๆ กรุงเทพฯ").split()

MARGIN = 72.0


@pytest.fixture(scope="session")
def hard_words() -> tuple[str, ...]:
    """Words whose marks stack, shift, ligate or decompose when shaped."""
    return tuple(HARD_WORDS)


@pytest.fixture(scope="session")
def family() -> FontFamily:
    return register_fonts()


@pytest.fixture(scope="session")
def thai_paragraphs() -> list[str]:
    """Long paragraphs of Thai (and some English) written for these tests."""
    text = (DATA / "thai_paragraphs.txt").read_text(encoding="utf-8")
    return [block.strip() for block in text.split("\n\n") if block.strip()]


@pytest.fixture(scope="session")
def seed_paragraphs() -> list[str]:
    """Long Thai paragraphs of the BMA's interview-question document (the 18 lines of the shared
    seed file longer than 200 characters, kept in data/ so the tests need nothing outside the
    repository)."""
    text = (DATA / "seed_paragraphs.txt").read_text(encoding="utf-8")
    return [block.strip() for block in text.split("\n\n") if block.strip()]


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", text))


def _collapse(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


@pytest.fixture(scope="session")
def squeeze() -> Callable[[str], str]:
    """Text with all whitespace removed, NFC: what must survive extraction."""
    return _squeeze


@pytest.fixture(scope="session")
def collapse() -> Callable[[str], str]:
    """Text with whitespace runs made one space, NFC."""
    return _collapse


@pytest.fixture
def make_pdf(tmp_path: Path) -> Callable[..., Path]:
    """Build a story into a PDF in ``tmp_path`` (A4, 1-inch margins); return its path."""

    def build(story: Sequence[Flowable], name: str = "out.pdf", pagesize=A4) -> Path:
        path = tmp_path / name
        margins = {"leftMargin": MARGIN, "rightMargin": MARGIN, "topMargin": MARGIN, "bottomMargin": MARGIN}
        SimpleDocTemplate(str(path), pagesize=pagesize, **margins).build(list(story))
        return path

    return build


def pypdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


def pdftotext_text(path: Path) -> str:
    require("pdftotext")
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def pdfium_text(path: Path) -> str:
    import pypdfium2

    document = pypdfium2.PdfDocument(path)
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


def mupdf_text(path: Path) -> str:
    import pymupdf

    with pymupdf.open(path) as document:
        return "\n".join(page.get_text() for page in document)


EXTRACTORS: dict[str, Callable[[Path], str]] = {
    "pypdf": pypdf_text,
    "pdftotext": pdftotext_text,
    "pdfium": pdfium_text,
    "mupdf": mupdf_text,
}


@pytest.fixture(params=sorted(EXTRACTORS))
def extract(request) -> Callable[[Path], str]:
    """Each text extractor in turn: pypdf (ToUnicode in drawing order), poppler (ActualText),
    PDFium (Edge, Chrome) and MuPDF (SumatraPDF)."""
    return EXTRACTORS[request.param]


# -- reading glyphs back from a content stream ------------------------------


@dataclass(frozen=True)
class DrawnGlyph:
    """A glyph as a PDF viewer would place it: origin in page points."""

    page: int
    x: float
    y: float
    rise: float
    size: float
    glyph_header: bytes  # numberOfContours and bounding box from the embedded glyf
    text: str  # its ToUnicode mapping
    outline: tuple[tuple[int, int], ...] = ()  # a glyph drawn as a shape: its on-curve points, font units


class _EmbeddedFont:
    """Widths, ToUnicode and glyph outlines of one embedded subset font."""

    def __init__(self, font: pypdf.generic.DictionaryObject) -> None:
        self.first_char = int(font["/FirstChar"])
        self.widths = [float(w) for w in font["/Widths"]]
        cmap = font["/ToUnicode"].get_data().decode("latin-1")
        self.to_unicode = {
            int(code, 16): bytes.fromhex(text).decode("utf-16-be")
            for block in re.findall(r"beginbfchar(.*?)endbfchar", cmap, re.DOTALL)
            for code, text in re.findall(r"<([0-9A-Fa-f]{2})> <([0-9A-Fa-f]*)>", block)
        }
        program = TTFontFile(BytesIO(font["/FontDescriptor"]["/FontFile2"].get_data()), validate=0)
        self.code_to_glyph = _trimmed_table_mapping(program.get_table("cmap"))
        self.program = program

    def glyph_header(self, code: int) -> bytes:
        return glyf_header(self.program, self.code_to_glyph.get(code, 0))


def _trimmed_table_mapping(cmap: bytes) -> dict[int, int]:
    """Code-to-glyph map of a subset font's single format-6 cmap subtable."""
    offset = struct.unpack(">L", cmap[8:12])[0]
    table_format, _, _, first_code, count = struct.unpack(">5H", cmap[offset : offset + 10])
    assert table_format == 6
    glyphs = struct.unpack(f">{count}H", cmap[offset + 10 : offset + 10 + 2 * count])
    return {first_code + index: glyph for index, glyph in enumerate(glyphs)}


def glyf_header(program: TTFontFile, glyph: int) -> bytes:
    """The first 10 bytes of a glyph's ``glyf`` entry: a fingerprint of its outline."""
    start = program.get_table_pos("glyf")[0] + program.glyphPos[glyph]
    empty = program.glyphPos[glyph + 1] == program.glyphPos[glyph]
    return b"" if empty else program._ttf_data[start : start + 10]


def _multiply(m: list[float], n: list[float]) -> list[float]:
    a, b, c, d, e, f = m
    p, q, r, s, t, u = n
    return [a * p + b * r, a * q + b * s, c * p + d * r, c * q + d * s, e * p + f * r + t, e * q + f * s + u]


def _drawn_glyphs(path: Path) -> list[DrawnGlyph]:
    """Every glyph drawn in a PDF, in drawing order, with its page and position."""
    reader = pypdf.PdfReader(path)
    return [glyph for number in range(len(reader.pages)) for glyph in _page_glyphs(reader, number)]


def _page_glyphs(reader: pypdf.PdfReader, page_number: int) -> list[DrawnGlyph]:
    """A minimal interpreter for the operators the engine writes (q Q cm BT
    ET Tf Tm Td Ts TJ Tj); enough to check positions independently of it."""
    page = reader.pages[page_number]
    font_dicts = page["/Resources"]["/Font"]
    fonts: dict[str, _EmbeddedFont] = {}
    operations = ContentStream(page.get_contents(), reader).operations
    ctm = [1.0, 0, 0, 1.0, 0, 0]
    stack: list[list[float]] = []
    tm = [1.0, 0, 0, 1.0, 0, 0]
    font_name = ""
    size = rise = 0.0
    glyphs = []

    def show(data: bytes) -> None:
        nonlocal tm
        if font_name not in fonts:
            fonts[font_name] = _EmbeddedFont(font_dicts[font_name].get_object())
        font = fonts[font_name]
        for code in data:
            x, y = _multiply([1, 0, 0, 1, 0, rise], _multiply(tm, ctm))[4:]
            text = font.to_unicode.get(code, "?")
            glyphs.append(DrawnGlyph(page_number, x, y, rise, size, font.glyph_header(code), text))
            advance = font.widths[code - font.first_char] / 1000 * size
            tm = _multiply([1, 0, 0, 1, advance, 0], tm)

    for operands, operator in operations:
        if operator == b"q":
            stack.append(ctm)
        elif operator == b"Q":
            ctm = stack.pop()
        elif operator == b"cm":
            ctm = _multiply([float(v) for v in operands], ctm)
        elif operator == b"BT":
            tm = [1.0, 0, 0, 1.0, 0, 0]
        elif operator == b"Tm":
            tm = [float(v) for v in operands]
        elif operator == b"Td":
            tm = _multiply([1, 0, 0, 1, float(operands[0]), float(operands[1])], tm)
        elif operator == b"Tf":
            font_name, size = str(operands[0]), float(operands[1])
        elif operator == b"Ts":
            rise = float(operands[0])
        elif operator == b"Tj":
            show(bytes(operands[0].original_bytes))
        elif operator == b"TJ":
            for element in operands[0]:
                if isinstance(element, (int, float)) or hasattr(element, "as_numeric"):
                    tm = _multiply([1, 0, 0, 1, -float(element) / 1000 * size, 0], tm)
                else:
                    show(bytes(element.original_bytes))
        elif operator == b"Do":
            form = page["/Resources"]["/XObject"][str(operands[0])].get_object()
            points = _outline_points(ContentStream(form, reader).operations)
            if points:
                glyphs.append(DrawnGlyph(page_number, ctm[4], ctm[5], 0.0, ctm[0] * 1000, b"", "", points))
    return glyphs


def _outline_points(operations: list) -> tuple[tuple[int, int], ...]:
    """The on-curve points of a form that only fills a path (a glyph drawn as a shape)."""
    points = []
    for operands, operator in operations:
        if operator in (b"m", b"l", b"c"):
            points.append((round(float(operands[-2])), round(float(operands[-1]))))
        elif operator not in (b"h", b"f", b"cm", b"BT", b"Tf", b"TL", b"ET"):  # ReportLab's form preamble
            return ()
    return tuple(points)


@pytest.fixture(scope="session")
def drawn_glyphs() -> Callable[..., list[DrawnGlyph]]:
    """Read back every glyph drawn in a PDF (``drawn_glyphs(path)``)."""
    return _drawn_glyphs


@pytest.fixture(scope="session")
def glyph_fingerprint() -> Callable[[TTFontFile, int], bytes]:
    """``glyph_fingerprint(program, glyph)``: a glyph's contour count and bounding box."""
    return glyf_header


@pytest.fixture(scope="session")
def original_font_program(family: FontFamily) -> Callable[[str], TTFontFile]:
    """The full TTF of a registered style, parsed, for glyph fingerprints."""
    from sealprep.printing.fonts import font_dir

    cache: dict[str, TTFontFile] = {}

    def load(font_name: str) -> TTFontFile:
        if font_name not in cache:
            cache[font_name] = TTFontFile(str(font_dir() / f"{font_name}.ttf"), validate=0)
        return cache[font_name]

    return load


# -- documents built from the starter bank (briefing sheets, booklet, bank book) -------------------

from print_documents import PrintedDocuments, build_documents, make_starter_store  # noqa: E402


@pytest.fixture(scope="session")
def starter_store_path(tmp_path_factory) -> Path:
    """A store file with the starter bank, people whose assignments cover every question,
    sessions with assessors, one person without assignments and rehearsal notes."""
    return make_starter_store(tmp_path_factory.mktemp("print-store") / "store.db")


@pytest.fixture(scope="session")
def printed(starter_store_path, tmp_path_factory) -> PrintedDocuments:
    """Every document built once for the whole session: sheets, the booklet, the bank book."""
    return build_documents(starter_store_path, tmp_path_factory.mktemp("printed"))
