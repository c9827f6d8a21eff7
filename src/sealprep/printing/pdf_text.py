"""Write shaped text into a PDF content stream.

Glyphs are written in the order HarfBuzz returns them (logical order for
Thai) inside ``TJ`` arrays; the numbers between them carry HarfBuzz's kerning
and mark offsets, vertical offsets use text rise (``Ts``).

Poppler (pdftotext, Evince, Okular) rebuilds words from glyph positions, and
Thai defeats it: stacked marks look like overlapping duplicates, marks moved
left look like text going backwards, and a justified word whose clusters are
spaced apart by as little as 0.03 em gets spaces inside it.  So the caller
wraps such text in a ``/Span <</ActualText …>> BDC … EMC`` marked-content
sequence (:meth:`TextWriter.begin_actual_text`) and poppler reads it from
there.  Readers that ignore ActualText (pypdf) read the glyphs' ToUnicode
texts in drawing order, which :mod:`shaping` makes equal to the source.

Glyphs that stand for no text (the nikhahit of a decomposed ำ) are not text
at all: each is drawn as its outline, a form XObject made once per document,
after the text object.  No reader can then extract anything for them.

The glyph codes of a word depend on the document (ReportLab assigns subset
codes in order of first use), so each word is turned into operator text once
per document and size, and cached for the document's lifetime.  The text is
kept in *parts* split where justification may add space, so drawing a word is
a string join whatever the spacing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from weakref import WeakKeyDictionary

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfdoc import PDFDocument
from reportlab.pdfgen.canvas import Canvas

from sealprep.printing.fonts import glyph_font
from sealprep.printing.rich_text import Color
from sealprep.printing.shaping import ShapedText
from sealprep.printing.text_layout import Piece


@dataclass(frozen=True, slots=True)
class _EncodedWord:
    """A word's operators for one document and size.

    ``parts`` joined by spaces are elements of a ``TJ`` array (hex glyph
    strings and numbers); the joins are where justification may put a number
    instead.  Where the word needs other operators (a font subset switch,
    text rise for a mark), a part closes the array, has them, and opens a new
    one, so a word always starts and ends inside an open array and words can
    share arrays.  ``font`` must be selected before the word; ``last_font``
    is selected after it.  ``plain`` is the unjustified text, with adjacent
    hex strings merged.
    """

    font: str
    last_font: str
    parts: tuple[str, ...]
    plain: str


def number(value: float, decimals: int = 1) -> str:
    """Format a PDF number compactly.

    One decimal suffices for ``TJ`` numbers (1/1000 em: 0.1 is 0.0014 pt at
    14 pt) and line positions; text rise, in points, moves marks by fractions
    of a point and gets three.
    """
    text = f"{value:.{decimals}f}".rstrip("0").removesuffix(".")
    return "0" if text in ("-0", "") else text


def _encode(shaped: ShapedText, size: float, doc: PDFDocument) -> _EncodedWord:
    font = glyph_font(shaped.font_name)
    glyph_codes = [(subset, byte) for subset, data in font.splitString(shaped.codes, doc) for byte in data]
    size_text = number(size)
    tokens: list[str] = []
    parts = [tokens]
    stretch_points = set(shaped.stretch_points)
    fonts = [f"{font.getSubsetInternalName(glyph_codes[0][0], doc)} {size_text} Tf"]
    hex_run: list[str] = []
    rise_now = 0.0

    def flush_hex() -> None:
        if hex_run:
            tokens.append(f"<{''.join(hex_run)}>")
            hex_run.clear()

    for index, (subset, byte) in enumerate(glyph_codes):
        font_operator = f"{font.getSubsetInternalName(subset, doc)} {size_text} Tf"
        rise = shaped.rises[index] if shaped.rises else 0.0
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
    if rise_now:
        tokens += ["] TJ", "0 Ts", "["]
    joined = tuple(" ".join(part) for part in parts)
    return _EncodedWord(fonts[0], fonts[-1], joined, " ".join(joined).replace("> <", ""))


_encodings: WeakKeyDictionary[PDFDocument, dict[tuple[ShapedText, float], _EncodedWord]] = WeakKeyDictionary()


def _encodings_for(doc: PDFDocument) -> dict[tuple[ShapedText, float], _EncodedWord]:
    cache = _encodings.get(doc)
    if cache is None:
        cache = _encodings[doc] = {}
    return cache


_drawings: WeakKeyDictionary[PDFDocument, dict[Any, Any]] = WeakKeyDictionary()


def drawings_for(doc: PDFDocument) -> dict[Any, Any]:
    """A document's cache of drawn paragraphs: glyph codes are the document's own, so the
    operators that draw a paragraph can be written again in the same document only."""
    cache = _drawings.get(doc)
    if cache is None:
        cache = _drawings[doc] = {}
    return cache


class _OutlinePen:
    """Collects a glyph's outline as PDF path operators (quadratic curves made cubic)."""

    def __init__(self) -> None:
        self.operators: list[str] = []
        self._x = self._y = 0.0

    def moveTo(self, point: tuple[float, float]) -> None:
        self._x, self._y = point
        self.operators.append(f"{number(self._x)} {number(self._y)} m")

    def lineTo(self, point: tuple[float, float]) -> None:
        self._x, self._y = point
        self.operators.append(f"{number(self._x)} {number(self._y)} l")

    def curveTo(self, *points: tuple[float, float]) -> None:
        (x1, y1), (x2, y2), (x3, y3) = points
        self._x, self._y = x3, y3
        self.operators.append(" ".join(number(v) for v in (x1, y1, x2, y2, x3, y3)) + " c")

    def qCurveTo(self, *points: tuple[float, float]) -> None:
        (qx, qy), (x, y) = points
        x0, y0 = self._x, self._y
        self.curveTo(
            (x0 + 2 / 3 * (qx - x0), y0 + 2 / 3 * (qy - y0)),
            (x + 2 / 3 * (qx - x), y + 2 / 3 * (qy - y)),
            (x, y),
        )

    def closePath(self) -> None:
        self.operators.append("h")


def outline_form(canvas: Canvas, font_name: str, glyph: int) -> str:
    """The name of a form XObject that fills ``glyph`` of ``font_name`` in font units.

    Made once per document; it sets no colour, so it fills in the caller's.
    """
    name = f"GlyphOutline{font_name.replace('-', '')}{glyph}"
    if not canvas.hasForm(name):
        font = glyph_font(font_name)
        pen = _OutlinePen()
        font.hb_font.draw_glyph_with_pen(glyph, pen)
        extents = font.hb_font.get_glyph_extents(glyph)
        left, top = extents.x_bearing, extents.y_bearing
        canvas.beginForm(name, left - 1, top + extents.height - 1, left + extents.width + 1, top + 1)
        canvas._code.append(" ".join([*pen.operators, "f"]))
        canvas.endForm()
    return name


class TextWriter:
    """Collects the text operators for one flowable's lines, then emits them.

    Positions are in the canvas's current user space (a flowable draws in its
    own translated coordinates).  :meth:`start_line` begins a line at an
    absolute position; pieces then follow one another, sharing ``TJ`` arrays
    until a state change needs an operator outside one.
    """

    def __init__(self, canvas: Canvas) -> None:
        self._canvas = canvas
        self._doc = canvas._doc
        self._encodings = _encodings_for(self._doc)
        self._operators: list[str] = ["q BT"]
        self._in_array = False
        self._font: str | None = None
        self._color: Color | None = None
        self._numbers: dict[tuple[float, float], str] = {}
        self._x = self._y = 0.0  # where the pen is, for outlines
        self._outlines: list[str] = []
        self.forms: list[str] = []  # outline forms drawn, for the page's resources

    def _operator(self, operator: str) -> None:
        """Add an operator that cannot go inside a ``TJ`` array."""
        if self._in_array:
            self._operators.append("] TJ")
            self._in_array = False
        self._operators.append(operator)

    def start_line(self, x: float, y: float) -> None:
        x_text, y_text = number(x), number(y)
        self._operator(f"1 0 0 1 {x_text} {y_text} Tm")
        self._x, self._y = float(x_text), float(y_text)  # where the text really starts

    def begin_actual_text(self, text: str) -> None:
        """Have poppler read the pieces drawn until :meth:`end_actual_text` as ``text``."""
        self._operator(f"/Span <</ActualText <FEFF{text.encode('utf-16-be').hex().upper()}>>> BDC")

    def end_actual_text(self) -> None:
        self._operator("EMC")

    def _tj_number(self, points: float, size: float) -> str:
        """``points`` of extra space as a ``TJ`` number at font ``size`` (cached)."""
        text = self._numbers.get((points, size))
        if text is None:
            text = self._numbers[points, size] = number(-points * 1000 / size)
        return text

    def draw(self, piece: Piece, lead: float = 0.0, cluster_gap: float = 0.0) -> None:
        """Draw ``piece`` ``lead`` points right of the pen.

        ``cluster_gap`` points are added before each Thai cluster inside the
        piece (justification).
        """
        style = piece.style
        key = (piece.shaped, style.size)
        encoded = self._encodings.get(key)
        if encoded is None:
            encoded = self._encodings[key] = _encode(piece.shaped, style.size, self._doc)
        if style.color != self._color:
            self._operator("{} {} {} rg".format(*map(number, style.color)))
            self._color = style.color
        if encoded.font != self._font:
            self._operator(encoded.font)
        self._font = encoded.last_font
        operators = self._operators
        if not self._in_array:
            operators.append("[")
            self._in_array = True
        if lead:
            operators.append(self._tj_number(lead, style.size))
        if cluster_gap:
            operators.append(f" {self._tj_number(cluster_gap, style.size)} ".join(encoded.parts))
        else:
            operators.append(encoded.plain)
        shaped = piece.shaped
        self._x += lead
        if shaped.outlines:
            self._add_outlines(shaped, style.size, cluster_gap)
        self._x += piece.width + cluster_gap * len(shaped.stretch_points)

    def _add_outlines(self, shaped: ShapedText, size: float, cluster_gap: float) -> None:
        font = glyph_font(shaped.font_name)
        scale = size / font.units_per_em
        em = size / 1000
        color = "{} {} {} rg".format(*map(number, self._color or (0, 0, 0)))
        for glyph, x, y, gaps in shaped.outlines:
            form = outline_form(self._canvas, shaped.font_name, glyph)
            self._canvas._formsinuse.append(form)
            self.forms.append(form)
            left = self._x + x * em + gaps * cluster_gap
            bottom = self._y + y * em
            self._outlines.append(
                f"q {color} {number(scale, 5)} 0 0 {number(scale, 5)} {number(left, 2)} {number(bottom, 2)} cm"
                f" /{self._canvas._doc.getXObjectName(form)} Do Q"
            )

    def finish(self) -> str:
        """Write the collected operators to the canvas; returns them, so that a caller can
        write them again (:func:`write_code`) where the same text is drawn the same way."""
        self._operator("ET")
        self._operators += self._outlines
        self._operators.append("Q")
        code = "\n".join(self._operators)
        # ReportLab has no public call for raw content; PDFTextObject and
        # canvas.drawText write to the same list.
        self._canvas._code.append(code)
        return code


def draw_shapes(
    canvas: Canvas, paths: Sequence[str], stroke: Color | None = None, width: float = 1.0, fill: Color | None = None
) -> None:
    """Stroke or fill ``paths`` (from :func:`line_path`, :func:`rect_path`) in their own
    ``q``/``Q``: the operators ReportLab's ``saveState``, colour and width setters, ``line`` or
    ``rect`` and ``restoreState`` write, without updating its Python record of the graphics
    state (which ``q``/``Q`` leaves as it was). Rules, check boxes and tints are drawn thousands
    of times in a booklet."""
    operators = ["q"]
    if stroke is not None:
        operators += [f"{fp_str(*stroke)} RG", f"{fp_str(width)} w"]
    if fill is not None:
        operators.append(f"{fp_str(*fill)} rg")
    canvas._code.append("\n".join([*operators, *paths, "Q"]))


def line_path(x1: float, y1: float, x2: float, y2: float) -> str:
    """A stroked line segment, as ``Canvas.line`` writes it."""
    return f"n {fp_str(x1, y1)} m {fp_str(x2, y2)} l S"


def rect_path(x: float, y: float, width: float, height: float, fill: bool = False) -> str:
    """A stroked (or filled) rectangle, as ``Canvas.rect`` writes it (even-odd fill, its default)."""
    return f"n {fp_str(x, y, width, height)} re {'f*' if fill else 'S'}"


def write_code(canvas: Canvas, code: str, forms: Sequence[str]) -> None:
    """Write operators made by :meth:`TextWriter.finish` for the same document again, with the
    outline forms they draw (the page lists them among its resources)."""
    canvas._code.append(code)
    canvas._formsinuse.extend(forms)
