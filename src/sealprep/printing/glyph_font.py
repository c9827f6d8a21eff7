"""A ReportLab TrueType font whose embedded subsets map any glyph to any text.

Stock ReportLab gives every glyph in a subset exactly one Unicode code point:
the character it was reached from in the font's ``cmap``.  Shaped Thai text
uses glyphs that no character reaches (lowered or narrow tone marks, the
nikhahit+tone ligature of น้ำ, the decomposed halves of sara am), so ReportLab
maps them to private-use code points and extractors return broken words.

:class:`GlyphFont` fixes that at the source.  Each glyph is drawn through a
*code* that stands for a triple ``(glyph id, extracted text, x offset)``:

* the extracted text may be several characters (a ligature) or empty (the
  second glyph of a decomposed vowel), and goes into the subset's ToUnicode
  CMap;
* the x offset HarfBuzz gives a mark is folded into the width the PDF declares
  for the code, so that after drawing the mark the pen is back where HarfBuzz
  wants it.  Without this the pen has to jump right after a mark that is
  shifted left, and pypdf reads such a jump as a word space ("ปั้ น").

Codes for the plain case (the glyph the ``cmap`` gives for a single character,
drawn without offset) are the character itself, so Latin text and most Thai
text cost nothing extra.  All other triples get code points from the
Supplementary Private Use Area-A, which no real text uses; ReportLab's own
subset machinery then assigns them to 256-code subsets like any character.
"""

from __future__ import annotations

import threading
from pathlib import Path

import uharfbuzz
from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

#: First code point handed out for glyph/text triples (Supplementary PUA-A).
_FIRST_PRIVATE_CODE = 0xF0000
_LAST_PRIVATE_CODE = 0xFFFFD


def declared_advance(advance: int, x_offset: int) -> int:
    """The width a code declares for a glyph drawn ``x_offset`` from its origin (font units).

    ``advance - x_offset`` puts the pen back where HarfBuzz wants it after a mark moved left.
    Never negative: PDFium reads a negative width as a huge one (a mark moved right of its
    origin made its text object 1,000 pt wide, and PDFium then read the page as columns); the
    caller moves the pen back with a ``TJ`` number instead, which moves left and so reads as no
    space in any reader.
    """
    return max(0, advance - x_offset)


class GlyphFont(TTFont):
    """A TrueType font that HarfBuzz shapes and whose glyphs extract as text.

    ReportLab's own shaping is switched off (``shapable=False``): the printing
    package shapes with :attr:`hb_font` itself and draws through
    :meth:`code_for`.
    """

    def __init__(self, name: str, path: Path) -> None:
        super().__init__(name, str(path), shapable=False)
        face = uharfbuzz.Face(uharfbuzz.Blob(self.face._ttf_data))
        self.hb_font = uharfbuzz.Font(face)
        self.units_per_em: int = face.upem
        self._codes: dict[tuple[int, str, int], str] = {}
        self._private_text: dict[int, str] = {}
        self._next_private = _FIRST_PRIVATE_CODE
        self._lock = threading.Lock()

    def code_for(self, glyph: int, text: str, x_offset: int = 0) -> str:
        """Return the character to draw ``glyph`` with, extracting as ``text``.

        ``x_offset`` is HarfBuzz's offset for the glyph in font units; the
        returned code declares a width of the glyph's advance minus that
        offset (see the module docstring).
        """
        key = (glyph, text, x_offset)
        code = self._codes.get(key)
        if code is None:
            with self._lock:
                code = self._codes.get(key) or self._new_code(glyph, text, x_offset)
                self._codes[key] = code
        return code

    def _new_code(self, glyph: int, text: str, x_offset: int) -> str:
        face = self.face
        if x_offset == 0 and len(text) == 1 and face.charToGlyph.get(ord(text)) == glyph:
            return text
        code = self._next_private
        if code > _LAST_PRIVATE_CODE:
            raise RuntimeError(f"{self.fontName}: out of private codes for glyph variants")
        self._next_private += 1
        advance = face.hmetrics[glyph][0]
        face.charToGlyph[code] = glyph
        face.charWidths[code] = face._pdfScale(declared_advance(advance, x_offset))
        self._private_text[code] = text
        return chr(code)

    def extracted_text(self, code: int) -> str:
        """The text a reader should get for ``code`` (a drawn character)."""
        return self._private_text.get(code, chr(code))

    def addObjects(self, doc: pdfdoc.PDFDocument) -> None:
        """Write the font subsets used in ``doc``, with complete ToUnicode maps.

        This mirrors :meth:`TTFont.addObjects`; the only change is the CMap.
        """
        state = self.state[doc]
        state.frozen = 1
        basic_fonts = doc.idToObject["BasicFonts"].dict
        for number, subset in enumerate(state.subsets):
            internal_name = self.getSubsetInternalName(number, doc)[1:]
            base_font_name = b"".join((SUBSETN(number), b"+", self.face.name, self.face.subfontNameX)).decode("pdfdoc")

            pdf_font = pdfdoc.PDFTrueTypeFont()
            pdf_font.__Comment__ = f"Font {self.fontName} subset {number}"
            pdf_font.Name = internal_name
            pdf_font.BaseFont = base_font_name
            pdf_font.FirstChar = 0
            pdf_font.LastChar = len(subset) - 1
            pdf_font.Widths = pdfdoc.PDFArray([self.face.getCharWidth(c) for c in subset])

            cmap_stream = pdfdoc.PDFStream()
            cmap_stream.content = to_unicode_cmap(base_font_name, [self.extracted_text(c) for c in subset])
            if doc.compression:
                cmap_stream.filters = [pdfdoc.PDFZCompress]
            pdf_font.ToUnicode = doc.Reference(cmap_stream, "toUnicodeCMap:" + base_font_name)
            pdf_font.FontDescriptor = self.face.addSubsetObjects(doc, base_font_name, subset)

            doc.Reference(pdf_font, internal_name)
            basic_fonts[internal_name] = pdf_font
        del self.state[doc]


def to_unicode_cmap(name: str, texts: list[str]) -> str:
    """A ToUnicode CMap mapping one-byte code ``i`` to ``texts[i]``.

    Texts may be longer than one character or empty; both pypdf and poppler
    accept ``<>`` as "this glyph adds no text".
    """
    entries = [f"<{code:02X}> <{text.encode('utf-16-be').hex().upper()}>" for code, text in enumerate(texts)]
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        f"/CIDSystemInfo << /Registry ({name}) /Ordering ({name}) /Supplement 0 >> def",
        f"/CMapName /{name} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        "<00> <FF>",
        "endcodespacerange",
    ]
    # A bfchar block may hold at most 100 entries (PDF 32000-1, 9.10.3).
    for start in range(0, len(entries), 100):
        block = entries[start : start + 100]
        lines += [f"{len(block)} beginbfchar", *block, "endbfchar"]
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines)
