"""The flowable used for every piece of text: body, headings, list items, cells.

:class:`ThaiParagraph` replaces ReportLab's ``Paragraph`` for text that may
contain Thai.  It takes the rich-text model of :mod:`rich_text`, breaks lines
only at word boundaries (:mod:`sealprep.core.thai.breaks`), draws HarfBuzz-shaped glyphs
that extract as the source text (:mod:`pdf_text`), and splits across frames
by whole lines, so splitting cannot fail the way shaped ReportLab paragraphs
do ("Splitting error(n==2)").
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus.flowables import Flowable

from sealprep.printing.fonts import FontFamily, glyph_font, register_fonts
from sealprep.printing.line_breaking import Line, Spread, fit_lines, justify
from sealprep.printing.pdf_text import TextWriter, drawings_for, write_code
from sealprep.printing.rich_text import Alignment, Run, TextStyle
from sealprep.printing.text_layout import Chunk, Piece, StyledText, build_chunks, split_wide_chunk

_EPSILON = 1e-6


@lru_cache(maxsize=8192)
def _prepared(
    runs: tuple[Run, ...], style: TextStyle, family: FontFamily
) -> tuple[StyledText, list[Chunk], StyledText | None, float, float]:
    """Segmented and shaped text of a paragraph, shared by equal paragraphs.

    Documents repeat paragraphs (a booklet prints the same question for several people, every
    page has the same header and footer); what is made here is never changed afterwards (the
    layout copies the chunk list before splitting wide words), so equal paragraphs can share it.
    """
    styled = StyledText.from_runs(list(runs), style, family)
    bullet = StyledText.from_runs([Run(style.bullet)], style, family) if style.bullet else None
    metrics = glyph_font(family.regular).face
    return styled, build_chunks(styled), bullet, metrics.ascent / 1000, -metrics.descent / 1000


_SHARED_LAYOUTS = 20_000
_layouts: dict[tuple[int, float, bool], tuple[list[Chunk], _Layout]] = {}
"""Layouts shared by equal paragraphs set at the same width: keyed by the identity of their
(shared, never changed) chunk list, which the entry keeps, so that no other list takes its id."""


@dataclass(frozen=True, slots=True)
class _Layout:
    """Lines set at one width: the chunks they index and each line's height."""

    width: float
    chunks: list[Chunk]
    lines: list[Line]
    heights: list[float]
    baselines: list[float]  # distance from the top of each line to its baseline
    smallest_sizes: list[float]  # of the type on each line: the unit for justification caps


class ThaiParagraph(Flowable):
    """A paragraph of Thai, English or mixed text.

    ``content`` is plain text or a sequence of :class:`Run`.  The paragraph
    is segmented and shaped when created; wrapping to a width only fits
    lines, so it is cheap to wrap again (tables do).
    """

    def __init__(
        self,
        content: str | Sequence[Run],
        style: TextStyle | None = None,
        family: FontFamily | None = None,
    ) -> None:
        super().__init__()
        self.text_style = style or TextStyle()
        self.keepWithNext = self.text_style.keep_with_next
        family = family or register_fonts()
        runs = (Run(content),) if isinstance(content, str) else tuple(content)
        self._styled, self._chunks, self._bullet, self._ascent, self._descent = _prepared(runs, self.text_style, family)
        self._continuation = False  # a later part of a split paragraph
        self._has_tail = False  # an earlier part: the paragraph goes on
        self._layout: _Layout | None = None

    def __deepcopy__(self, memo: dict[int, object]) -> ThaiParagraph:
        """Copies share the shaped text: it is immutable, and its glyph codes
        belong to the registered fonts, which must not be cloned.  (ReportLab's
        KeepInFrame, ListFlowable and PTOContainer deep-copy their content.)"""
        return copy.copy(self)

    # -- the text -------------------------------------------------------

    @property
    def plain_text(self) -> str:
        """The paragraph's text after whitespace normalisation."""
        return self._styled.text

    def content_widths(self) -> tuple[float, float]:
        """``(narrowest, widest)``: the width of the widest unbreakable word, and of the
        whole text on one line (hard breaks respected), indents included; for sizing table
        columns so that words are not split."""
        style = self.text_style
        indents = style.left_indent + style.right_indent + style.first_line_indent
        narrowest = max((chunk.width for chunk in self._chunks), default=0.0)
        widest = line = 0.0
        for chunk in self._chunks:
            line += chunk.width
            if chunk.forced_break:
                widest, line = max(widest, line), 0.0
            else:
                line += chunk.glue_width
        return narrowest + indents, max(widest, line) + indents

    # -- geometry -------------------------------------------------------

    def _first_line_inset(self) -> float:
        return 0.0 if self._continuation else self.text_style.first_line_indent

    def _set(self, width: float) -> _Layout:
        """Fit lines to ``width`` (cached for the last width asked)."""
        if self._layout is not None and abs(self._layout.width - width) < _EPSILON:
            return self._layout
        key = (id(self._chunks), width, self._continuation)
        shared = _layouts.get(key)
        if shared is not None and shared[0] is self._chunks:
            self._layout = shared[1]
            return self._layout
        style = self.text_style
        text_width = width - style.left_indent - style.right_indent
        first_width = text_width - self._first_line_inset()
        narrowest = min(first_width, text_width)
        chunks: list[Chunk] = []
        for chunk in self._chunks:
            if chunk.width > narrowest + _EPSILON and narrowest > 0:
                chunks += split_wide_chunk(chunk, self._styled, narrowest)
            else:
                chunks.append(chunk)
        lines = fit_lines(chunks, first_width, text_width) if chunks else []
        heights = []
        baselines = []
        smallest_sizes = []
        for line in lines:
            sizes = {piece.style.size for chunk in chunks[line.start : line.end] for piece in chunk.pieces}
            size = max(sizes, default=style.size)
            leading = size * style.line_height
            heights.append(leading)
            baselines.append((leading - size * (self._ascent + self._descent)) / 2 + size * self._ascent)
            smallest_sizes.append(min(sizes, default=style.size))
        self._layout = _Layout(width, chunks, lines, heights, baselines, smallest_sizes)
        if len(_layouts) >= _SHARED_LAYOUTS:
            _layouts.clear()
        _layouts[key] = (self._chunks, self._layout)
        return self._layout

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        layout = self._set(availWidth)
        self.width = availWidth
        self.height = sum(layout.heights)
        return availWidth, self.height

    def line_positions(self, width: float) -> list[tuple[float, float, float]]:
        """``(left, right, baseline)`` of each line when set at ``width``, with the baseline
        measured down from the paragraph's top: for things drawn beside the text (check
        boxes, dotted leaders)."""
        layout = self._set(width)
        style = self.text_style
        text_width = width - style.left_indent - style.right_indent
        positions = []
        top = 0.0
        for index, line in enumerate(layout.lines):
            inset = self._first_line_inset() if index == 0 else 0.0
            slack = text_width - inset - line.width
            left = style.left_indent + inset
            if style.alignment is Alignment.CENTER:
                left += slack / 2
            elif style.alignment is Alignment.RIGHT:
                left += slack
            full = style.alignment is Alignment.JUSTIFY and not line.ends_paragraph_or_forced
            right = left + (text_width - inset if full else line.width)
            positions.append((left, right, top + layout.baselines[index]))
            top += layout.heights[index]
        return positions

    def minWidth(self) -> float:
        """Width of the widest word plus indents (tables size columns with it)."""
        style = self.text_style
        widest = max((chunk.width for chunk in self._chunks), default=0.0)
        return widest + style.left_indent + style.right_indent + self._first_line_inset()

    def getSpaceBefore(self) -> float:
        return 0.0 if self._continuation else self.text_style.space_before

    def getSpaceAfter(self) -> float:
        return 0.0 if self._has_tail else self.text_style.space_after

    # -- splitting ------------------------------------------------------

    def _lines_that_fit(self, layout: _Layout, height: float) -> int:
        fitting = 0
        used = 0.0
        for line_height in layout.heights:
            used += line_height
            if used > height + _EPSILON:
                break
            fitting += 1
        return fitting

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """Split into the lines that fit and the rest; never raises.

        Keeps at least ``min_lines_at_split`` lines on each side when the
        paragraph is long enough, unless the frame is empty (then as many
        lines as fit go, so a paragraph taller than a page still flows).
        """
        layout = self._set(availWidth)
        count = len(layout.lines)
        fitting = self._lines_that_fit(layout, availHeight)
        if fitting >= count:
            return [self]
        frame = getattr(self, "_frame", None)
        at_top = bool(getattr(frame, "_atTop", False))
        keep = self.text_style.min_lines_at_split
        if not at_top and keep > 1:
            fitting = min(fitting, count - keep) if count >= 2 * keep else 0
            if fitting < keep:
                fitting = 0
        if fitting == 0:
            return []
        return [self._part(layout, 0, fitting), self._part(layout, fitting, count)]

    def _part(self, layout: _Layout, first_line: int, end_line: int) -> ThaiParagraph:
        """A paragraph made of lines ``first_line:end_line`` of ``layout``.

        Built field by field: ReportLab keeps its own bookkeeping on flowables
        (``_postponed``, ``_frame``, ``canv``), which a part must not inherit.
        """
        lines = layout.lines[first_line:end_line]
        offset = lines[0].start
        chunks = layout.chunks[offset : lines[-1].end]
        part = object.__new__(type(self))  # a subclass (a table cell) keeps its own split
        Flowable.__init__(part)
        part.text_style = self.text_style
        part.keepWithNext = self.keepWithNext and end_line == len(layout.lines)
        part._styled = self._styled
        part._chunks = chunks
        part._bullet = self._bullet if first_line == 0 else None
        part._ascent = self._ascent
        part._descent = self._descent
        part._continuation = self._continuation or first_line > 0
        part._has_tail = self._has_tail or end_line < len(layout.lines)
        part._layout = _Layout(
            layout.width,
            chunks,
            [Line(ln.start - offset, ln.end - offset, ln.width, ln.ends_paragraph_or_forced) for ln in lines],
            layout.heights[first_line:end_line],
            layout.baselines[first_line:end_line],
            layout.smallest_sizes[first_line:end_line],
        )
        return part

    # -- drawing --------------------------------------------------------

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        """Draw at ``(x, y)``: the same operators as ReportLab's ``Flowable.drawOn`` (``q``, a
        translation, the paragraph, ``Q``), written straight into the page. ReportLab's way also
        saves and restores the canvas's own record of the graphics state, which nothing in a
        paragraph changes (its text operators set colour and font inside their own ``q``/``Q``);
        a booklet draws 27,000 paragraphs. Link annotations are placed through the canvas's
        record of the translation, so a paragraph with links is drawn ReportLab's way."""
        if self._styled.has_links:
            super().drawOn(canvas, x, y, _sW)
            return
        x = self._hAlignAdjust(x, _sW)
        code = canvas._code
        code.append("q")
        code.append(f"1 0 0 1 {fp_str(x, y)} cm")
        self.canv = canvas
        try:
            self.draw()
        finally:
            del self.canv
        code.append("Q")

    def draw(self) -> None:
        """Draw the lines; a paragraph drawn before in this document, with the same text set
        the same way, writes the operators made then (they are in the paragraph's own
        coordinates: only the link annotations are made again)."""
        layout = self._set(self.width)
        # Equal paragraphs share their layout object (``_layouts``), so its identity stands for
        # its chunks and lines (hashing those again on each of a booklet's 30,000 draws cost more
        # than drawing some of them); the drawing keeps the layout alive, so the id stays its own.
        key = (id(self._styled), self._bullet is not None, self._continuation, self.width, self.height, id(layout))
        drawings = drawings_for(self.canv._doc)
        drawn = drawings.get(key)
        if drawn is None:
            drawn = drawings[key] = self._drawing(layout)
        else:
            write_code(self.canv, drawn.code, drawn.forms)
        if drawn.links:
            self._draw_links(drawn.links)

    def _drawing(self, layout: _Layout) -> _Drawing:
        style = self.text_style
        writer = TextWriter(self.canv)
        links: list[_LinkBox] | None = [] if self._styled.has_links else None
        text_width = self.width - style.left_indent - style.right_indent
        top = self.height
        for index, line in enumerate(layout.lines):
            baseline = top - layout.baselines[index]
            top -= layout.heights[index]
            inset = self._first_line_inset() if index == 0 else 0.0
            slack = text_width - inset - line.width
            spread = Spread()
            x = style.left_indent + inset
            if style.alignment is Alignment.JUSTIFY and not line.ends_paragraph_or_forced:
                spread = justify(layout.chunks, line, slack, layout.smallest_sizes[index])
            elif style.alignment is Alignment.CENTER:
                x += slack / 2
            elif style.alignment is Alignment.RIGHT:
                x += slack
            if index == 0 and self._bullet is not None:
                self._draw_bullet(writer, baseline)
            writer.start_line(x, baseline)
            self._draw_line(writer, layout.chunks, line, spread, x, baseline, links)
        code = writer.finish()
        return _Drawing(code, tuple(writer.forms), tuple(links or ()), self._styled, layout)

    def _draw_bullet(self, writer: TextWriter, baseline: float) -> None:
        writer.start_line(self.text_style.bullet_indent, baseline)
        if self._bullet is None:
            return
        for chunk in build_chunks(self._bullet):
            for piece in chunk.pieces:
                writer.draw(piece)
            if chunk.glue is not None:
                writer.draw(chunk.glue)

    def _draw_line(
        self,
        writer: TextWriter,
        chunks: list[Chunk],
        line: Line,
        spread: Spread,
        x: float,
        baseline: float,
        links: list[_LinkBox] | None,
    ) -> None:
        """Draw one line's pieces; collect link boxes when ``links`` is a list.

        The pieces between two spaces form a *phrase*, drawn inside one
        ActualText span when poppler could misread it (see :mod:`pdf_text`):
        when a piece's glyphs are not plain, or when justification spaces out
        Thai clusters.
        """
        cluster = spread.cluster
        phrase: list[tuple[Piece, float]] = []  # pieces and the space owed before each
        lead = 0.0
        previous_thai = False
        for index in range(line.start, line.end):
            chunk = chunks[index]
            for piece in chunk.pieces:
                shaped = piece.shaped
                if previous_thai and shaped.starts_thai:
                    lead += cluster
                phrase.append((piece, lead))
                if links is not None:
                    x += lead
                    width = piece.width + cluster * len(shaped.stretch_points)
                    self._add_link_box(links, piece, x, x + width, baseline)
                    x += width
                lead = 0.0
                previous_thai = shaped.ends_thai
            if chunk.glue is not None and index + 1 < line.end:
                self._draw_phrase(writer, phrase, cluster, chunk.glue)
                phrase = []
                if links is not None:
                    self._add_link_box(links, chunk.glue, x, x + chunk.glue.width + spread.space, baseline)
                    x += chunk.glue.width + spread.space
                lead = spread.space
                previous_thai = False
        self._draw_phrase(writer, phrase, cluster)

    @staticmethod
    def _draw_phrase(
        writer: TextWriter, phrase: list[tuple[Piece, float]], cluster: float, glue: Piece | None = None
    ) -> None:
        """Draw a phrase and the space after it (``glue``).

        The space goes inside the phrase's ActualText span: a space drawn as a text object of
        its own has an empty bounding box, and PDFium drops such objects (``ฎุ ดี`` read as
        ``ฎุดี``). Outside a span it simply joins the phrase's ``TJ`` array.
        """
        if not phrase:
            if glue is not None:
                writer.draw(glue)
            return
        spanned = any(
            shaped.needs_actual_text or (cluster and (shaped.starts_thai or shaped.ends_thai))
            for shaped in (piece.shaped for piece, _ in phrase)
        )
        if spanned:
            text = "".join(piece.shaped.text for piece, _ in phrase)
            writer.begin_actual_text(text + glue.shaped.text if glue is not None else text)
        for piece, lead in phrase:
            writer.draw(piece, lead, cluster)
        if glue is not None:
            writer.draw(glue)
        if spanned:
            writer.end_actual_text()

    def _add_link_box(self, links: list[_LinkBox], piece: Piece, left: float, right: float, baseline: float) -> None:
        """Extend the last link box or start one, if ``piece`` is a link."""
        url = piece.style.link
        if not url:
            return
        size = piece.style.size
        bottom, top = baseline - self._descent * size, baseline + self._ascent * size
        last = links[-1] if links else None
        if last and last.url == url and last.baseline == baseline and abs(last.right - left) < 0.5:
            bottom, top = min(last.bottom, bottom), max(last.top, top)
            links[-1] = _LinkBox(url, last.left, bottom, right, top, baseline)
        else:
            links.append(_LinkBox(url, left, bottom, right, top, baseline))

    def _draw_links(self, links: Sequence[_LinkBox]) -> None:
        canvas = self.canv
        style = self.text_style
        for box in links:
            canvas.linkURL(box.url, (box.left, box.bottom, box.right, box.top), relative=1)
            if style.underline_links:
                canvas.saveState()
                canvas.setStrokeColorRGB(*style.link_color)
                canvas.setLineWidth(style.size / 20)
                underline = box.baseline - style.size * 0.12
                canvas.line(box.left, underline, box.right, underline)
                canvas.restoreState()


@dataclass(frozen=True, slots=True)
class _LinkBox:
    """Where a link's text sits on one line (flowable coordinates)."""

    url: str
    left: float
    bottom: float
    right: float
    top: float
    baseline: float


@dataclass(frozen=True, slots=True)
class _Drawing:
    """A paragraph as drawn once in a document: its operators, the outline forms they use, its
    link boxes, and what the cache key names by identity (kept alive so that no other object
    takes its id)."""

    code: str
    forms: tuple[str, ...]
    links: tuple[_LinkBox, ...]
    styled: StyledText
    layout: _Layout
