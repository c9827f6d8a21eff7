"""Write shaped text into a PDF content stream.

Glyphs are written in the order HarfBuzz returns them (logical order for
Thai) inside ``TJ`` arrays; the numbers between them carry HarfBuzz's kerning
and mark offsets, vertical offsets use text rise (``Ts``).

Poppler (pdftotext, Evince, Okular) rebuilds words from glyph positions, and
Thai defeats it: stacked marks look like overlapping duplicates, marks moved
left look like text going backwards, and a justified word whose clusters are
spaced apart by as little as 0.03 em gets spaces inside it.  So a word is
wrapped in a ``/Span <</ActualText …>> BDC … EMC`` marked-content sequence
when its glyphs are not the plain glyphs of its characters at their default
places, or when justification spaces its clusters; poppler then reads the
word from the ActualText.  Readers that ignore ActualText (pypdf) read the
glyphs' ToUnicode texts in drawing order, which :mod:`shaping` makes equal to
the word.  Plain words (most Latin text, some Thai) go without, which keeps
the content stream small.

The glyph codes of a word depend on the document (ReportLab assigns subset
codes in order of first use), so each word is turned into operator text once
per document and size, and cached for the document's lifetime.  The text is
kept in *parts* split where justification may add space, so drawing a word is
a string join whatever the spacing.
"""

from __future__ import annotations

from dataclasses import dataclass
from weakref import WeakKeyDictionary

from reportlab.pdfgen.canvas import Canvas

from sealprep.printing.fonts import glyph_font
from sealprep.printing.rich_text import Color
from sealprep.printing.shaping import ShapedText
from sealprep.printing.text_layout import Piece


@dataclass(frozen=True, slots=True)
class _EncodedWord:
    """A word's operators for one document and size.

    The full operator text is ``head + " " + " ".join(rest)``.  ``head`` ends
    with the ``[`` of the first ``TJ``; the joins are the places where a
    number may go instead of a space: before the word's first glyph (space
    carried over from the glue before it) and before each Thai cluster.
    ``first_font`` must be selected before ``head``; ``last_font`` is the
    font selected afterwards.
    """

    first_font: str
    last_font: str
    head: str
    rest: tuple[str, ...]
    plain_rest: str


def number(value: float, decimals: int = 1) -> str:
    """Format a PDF number compactly.

    One decimal suffices for ``TJ`` numbers (1/1000 em: 0.1 is 0.0014 pt at
    14 pt) and line positions; text rise, in points, moves marks by fractions
    of a point and gets three.
    """
    text = f"{value:.{decimals}f}".rstrip("0").removesuffix(".")
    return "0" if text in ("-0", "") else text


def _encode(shaped: ShapedText, size: float, actual_text: bool, doc) -> _EncodedWord:
    font = glyph_font(shaped.font_name)
    glyph_codes = [
        (subset, byte) for subset, data in font.splitString(shaped.codes, doc) for byte in data
    ]
    size_text = number(size)
    parts: list[list[str]] = [[]]
    tokens = parts[0]
    if actual_text:
        tokens.append(f"/Span <</ActualText <FEFF{shaped.text.encode('utf-16-be').hex().upper()}>>> BDC")
    stretch_points = set(shaped.stretch_points)
    fonts: list[str] = []
    hex_run: list[str] = []
    rise_now = 0.0

    def flush_hex() -> None:
        if hex_run:
            tokens.append(f"<{''.join(hex_run)}>")
            hex_run.clear()

    for index, (subset, byte) in enumerate(glyph_codes):
        font_operator = f"{font.getSubsetInternalName(subset, doc)} {size_text} Tf"
        rise = shaped.rises[index] if shaped.rises else 0.0
        if index == 0:
            fonts.append(font_operator)
            if rise:
                tokens.append(f"{number(rise * size / 1000, 3)} Ts")
                rise_now = rise
            tokens.append("[")
            tokens = []
            parts.append(tokens)
        else:
            if font_operator != fonts[-1] or rise != rise_now:
                flush_hex()
                tokens.append("] TJ")
                if font_operator != fonts[-1]:
                    tokens.append(font_operator)
                    fonts.append(font_operator)
                if rise != rise_now:
                    tokens.append(f"{number(rise * size / 1000, 3)} Ts")
                    rise_now = rise
                tokens.append("[")
            if index in stretch_points:
                flush_hex()
                tokens = []
                parts.append(tokens)
        if shaped.adjustments[index]:
            flush_hex()
            tokens.append(number(shaped.adjustments[index]))
        hex_run.append(f"{byte:02X}")
    flush_hex()
    if shaped.adjustments[-1]:
        tokens.append(number(shaped.adjustments[-1]))
    tokens.append("] TJ")
    if rise_now:
        tokens.append("0 Ts")
    if actual_text:
        tokens.append("EMC")
    rest = tuple(" ".join(part) for part in parts[1:])
    return _EncodedWord(fonts[0], fonts[-1], " ".join(parts[0]), rest, " ".join(rest))


_encodings: WeakKeyDictionary = WeakKeyDictionary()


def _encodings_for(doc) -> dict[tuple[ShapedText, float, bool], _EncodedWord]:
    cache = _encodings.get(doc)
    if cache is None:
        cache = _encodings[doc] = {}
    return cache


class TextWriter:
    """Collects the text operators for one flowable's lines, then emits them.

    Positions are in the canvas's current user space (a flowable draws in its
    own translated coordinates).  :meth:`start_line` begins a line at an
    absolute position; pieces then follow one another.
    """

    def __init__(self, canvas: Canvas) -> None:
        self._canvas = canvas
        self._doc = canvas._doc
        self._encodings = _encodings_for(self._doc)
        self._operators: list[str] = ["q BT"]
        self._font: str | None = None
        self._color: Color | None = None
        self._gaps: dict[tuple[float, float], str] = {}

    def start_line(self, x: float, y: float) -> None:
        self._operators.append(f"1 0 0 1 {number(x)} {number(y)} Tm")

    def draw(self, piece: Piece, lead: float = 0.0, cluster_gap: float = 0.0) -> None:
        """Draw ``piece`` ``lead`` points right of the pen.

        ``cluster_gap`` points are added before each Thai cluster inside the
        piece (justification).
        """
        style = piece.style
        shaped = piece.shaped
        actual_text = shaped.needs_actual_text or bool(
            cluster_gap and (shaped.stretch_points or shaped.starts_thai or shaped.ends_thai)
        )
        key = (shaped, style.size, actual_text)
        encoded = self._encodings.get(key)
        if encoded is None:
            encoded = self._encodings[key] = _encode(shaped, style.size, actual_text, self._doc)
        operators = self._operators
        if style.color != self._color:
            operators.append("{} {} {} rg".format(*map(number, style.color)))
            self._color = style.color
        if encoded.first_font != self._font:
            operators.append(encoded.first_font)
        self._font = encoded.last_font
        if cluster_gap:
            gap = self._gaps.get((cluster_gap, style.size))
            if gap is None:
                gap = self._gaps[cluster_gap, style.size] = f" {number(-cluster_gap * 1000 / style.size)} "
            rest = gap.join(encoded.rest)
        else:
            rest = encoded.plain_rest
        if lead:
            operators.append(f"{encoded.head} {number(-lead * 1000 / style.size)} {rest}")
        else:
            operators.append(f"{encoded.head} {rest}")

    def finish(self) -> None:
        """Write the collected operators to the canvas."""
        self._operators.append("ET Q")
        # ReportLab has no public call for raw content; PDFTextObject and
        # canvas.drawText write to the same list.
        self._canvas._code.append("\n".join(self._operators))
