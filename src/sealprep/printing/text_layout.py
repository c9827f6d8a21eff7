"""Turn rich text into shaped, unbreakable chunks ready for line fitting.

A :class:`Chunk` is the text between two break opportunities: a word (one or
more :class:`Piece`, one per style it spans) and the glue after it (a space,
a zero-width space or a hard break), which disappears at the end of a line.
The paragraph text is segmented once and each word is shaped once (and the
shaping is cached across paragraphs), so fitting lines to any width is only
arithmetic on widths.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sealprep.core.thai.breaks import (
    GLUE_CHARACTERS,
    break_opportunities,
    cluster_boundaries,
    digit_safe,
    fallback_breaks,
    is_mark,
)
from sealprep.printing.fonts import FontFamily, glyph_font
from sealprep.printing.glyph_font import GlyphFont
from sealprep.printing.rich_text import Color, Run, TextStyle
from sealprep.printing.shaping import ShapedText, shape

_COLLAPSIBLE_SPACE = re.compile(r"[ \t\r\f\v]+")
_SPACE_AROUND_NEWLINE = re.compile(" ?\n ?")


@dataclass(frozen=True, slots=True)
class PieceStyle:
    """Everything needed to draw a piece of text."""

    font_name: str
    size: float
    color: Color
    link: str | None


# Piece and Chunk are made by the hundred thousand per booklet; plain slotted
# dataclasses build several times faster than frozen ones.  Treat them as
# immutable all the same.


@dataclass(slots=True)
class Piece:
    """Shaped text in one style; ``width`` in points."""

    shaped: ShapedText
    style: PieceStyle
    width: float


@dataclass(slots=True)
class Chunk:
    """A word that must not be broken, and the glue that follows it.

    ``start``/``end`` delimit the word in the paragraph text.  ``glue`` is the
    space drawn after the word when the line goes on (``None`` for a
    zero-width space, a hard break or the paragraph end).  ``stretch_count``
    is the number of Thai cluster boundaries inside the word, where
    justification may add space.
    """

    pieces: tuple[Piece, ...]
    width: float
    glue: Piece | None
    glue_width: float
    forced_break: bool
    start: int
    end: int
    stretch_count: int
    starts_thai: bool
    ends_thai: bool

    @classmethod
    def of(cls, pieces: tuple[Piece, ...], glue: Piece | None, forced_break: bool, start: int, end: int) -> Chunk:
        glue_width = glue.width if glue else 0.0
        if len(pieces) == 1:
            piece = pieces[0]
            shaped = piece.shaped
            return cls(
                pieces,
                piece.width,
                glue,
                glue_width,
                forced_break,
                start,
                end,
                len(shaped.stretch_points),
                shaped.starts_thai,
                shaped.ends_thai,
            )
        width = 0.0
        stretch_count = 0
        previous_thai = False
        for piece in pieces:
            width += piece.width
            stretch_count += len(piece.shaped.stretch_points) + (previous_thai and piece.shaped.starts_thai)
            previous_thai = piece.shaped.ends_thai
        starts_thai = bool(pieces) and pieces[0].shaped.starts_thai
        return cls(
            pieces,
            width,
            glue,
            glue_width,
            forced_break,
            start,
            end,
            stretch_count,
            starts_thai,
            previous_thai,
        )


@dataclass(frozen=True, slots=True)
class StyledText:
    """A paragraph's text with whitespace normalised, and its style spans.

    ``span_starts[i]`` is where ``span_styles[i]`` begins; each span runs to
    the next span's start.
    """

    text: str
    span_starts: tuple[int, ...]
    span_styles: tuple[PieceStyle, ...]
    span_fonts: tuple[GlyphFont, ...]
    has_links: bool = False
    """Some span is a link (set once: a paragraph asks on every draw)."""

    @classmethod
    def from_runs(cls, runs: Sequence[Run], style: TextStyle, family: FontFamily) -> StyledText:
        """Join ``runs``, collapsing whitespace as described in :mod:`rich_text`."""
        parts: list[list[Any]] = []  # [text, PieceStyle]
        previous = "\n"  # the paragraph start behaves like a line start
        for run in runs:
            text = _SPACE_AROUND_NEWLINE.sub("\n", _COLLAPSIBLE_SPACE.sub(" ", run.text))
            if previous in " \n":
                text = text.lstrip(" " if parts else " \n")
            if text.startswith("\n") and parts and parts[-1][0].endswith(" "):
                parts[-1][0] = parts[-1][0][:-1]
            marks = _leading_marks(text)
            if marks and parts:
                # A mark belongs to the cluster of its consonant: it takes the
                # consonant's style, so shaping never sees an orphan mark.
                parts[-1][0] += text[:marks]
                text = text[marks:]
            if text:
                parts.append([text, _piece_style(run, style, family)])
                previous = text[-1]
        while parts and not parts[-1][0].rstrip(" \n"):
            parts.pop()
        if parts:
            parts[-1][0] = parts[-1][0].rstrip(" \n")
        starts = []
        position = 0
        for text, _ in parts:
            starts.append(position)
            position += len(text)
        return cls(
            text="".join(text for text, _ in parts),
            span_starts=tuple(starts),
            span_styles=tuple(piece_style for _, piece_style in parts),
            span_fonts=tuple(glyph_font(piece_style.font_name) for _, piece_style in parts),
            has_links=any(piece_style.link for _, piece_style in parts),
        )

    def span_at(self, offset: int) -> int:
        """Index of the style span holding ``text[offset]``."""
        return bisect_right(self.span_starts, offset) - 1

    def pieces(self, start: int, end: int) -> tuple[Piece, ...]:
        """The shaped pieces of ``text[start:end]``, one per style span."""
        starts = self.span_starts
        pieces = []
        for index in range(self.span_at(start), len(starts)):
            span_start = starts[index]
            if span_start >= end:
                break
            span_end = starts[index + 1] if index + 1 < len(starts) else end
            text = self.text[max(start, span_start) : min(end, span_end)]
            pieces.append(_piece(self.span_fonts[index], self.span_styles[index], text))
        return tuple(pieces)


def _leading_marks(text: str) -> int:
    """How many combining marks ``text`` starts with."""
    count = 0
    while count < len(text) and is_mark(text[count]):
        count += 1
    return count


def _piece_style(run: Run, style: TextStyle, family: FontFamily) -> PieceStyle:
    return PieceStyle(
        font_name=family.font_name(bold=style.bold or run.bold, italic=style.italic or run.italic),
        size=run.size or style.size,
        color=style.link_color if run.link else style.color,
        link=run.link,
    )


def _piece(font: GlyphFont, piece_style: PieceStyle, text: str) -> Piece:
    shaped = shape(font, text)
    return Piece(shaped, piece_style, shaped.advance * piece_style.size / 1000)


def build_chunks(styled: StyledText) -> list[Chunk]:
    """Cut the paragraph at every break opportunity and shape the words."""
    text = styled.text
    bounds = [0, *break_opportunities(text), len(text)]
    single_span = len(styled.span_starts) == 1
    spaces = [_piece(font, style, " ") for font, style in zip(styled.span_fonts, styled.span_styles)]
    chunks = []
    for start, stop in zip(bounds, bounds[1:]):
        word = text[start:stop].rstrip(GLUE_CHARACTERS)
        end = start + len(word)
        glue_text = text[end:stop]
        if not word:
            pieces: tuple[Piece, ...] = ()
        elif single_span:
            pieces = (_piece(styled.span_fonts[0], styled.span_styles[0], word),)
        else:
            pieces = styled.pieces(start, end)
        glue = (spaces[0] if single_span else spaces[styled.span_at(end)]) if " " in glue_text else None
        chunks.append(Chunk.of(pieces, glue, "\n" in glue_text, start, end))
    return chunks


def split_wide_chunk(chunk: Chunk, styled: StyledText, max_width: float) -> list[Chunk]:
    """Break a word wider than ``max_width`` into parts that fit.

    Only for words that fit on no line at all (a long URL, a table cell too
    narrow for one word).  Breaks before a hyphen or a dot or after a slash if
    that is enough (:func:`fallback_breaks`), else also between character
    clusters: a consonant is never parted from its marks.
    """
    text = styled.text[chunk.start : chunk.end]
    spans = _fit_spans(styled, chunk.start, chunk.end, fallback_breaks(text), max_width)
    parts: list[tuple[int, int]] = []
    for start, end in spans:
        if _width(styled, start, end) <= max_width:
            parts.append((start, end))
            continue
        # Between clusters, but not inside a number (``20|25``) unless nothing else fits.
        text = styled.text[start:end]
        clusters = cluster_boundaries(text)
        for part_start, part_end in _fit_spans(styled, start, end, digit_safe(text, clusters), max_width):
            if _width(styled, part_start, part_end) > max_width:
                inner = [cut - (part_start - start) for cut in clusters if part_start - start < cut < part_end - start]
                parts += _fit_spans(styled, part_start, part_end, inner, max_width)
            else:
                parts.append((part_start, part_end))
    return [
        Chunk.of(
            styled.pieces(start, end),
            chunk.glue if end == chunk.end else None,
            chunk.forced_break and end == chunk.end,
            start,
            end,
        )
        for start, end in parts
    ]


def _width(styled: StyledText, start: int, end: int) -> float:
    return sum(piece.width for piece in styled.pieces(start, end))


def _fit_spans(styled: StyledText, start: int, end: int, cuts: list[int], max_width: float) -> list[tuple[int, int]]:
    """Greedily cut ``text[start:end]`` at ``cuts`` (offsets relative to
    ``start``) into spans no wider than ``max_width``, where possible."""
    candidates = [start + cut for cut in cuts] + [end]
    spans = []
    index = 0
    while start < end:
        stop = candidates[index]  # at least one candidate, even if too wide
        while index + 1 < len(candidates) and _width(styled, start, candidates[index + 1]) <= max_width:
            index += 1
            stop = candidates[index]
        spans.append((start, stop))
        start = stop
        index += 1
    return spans
