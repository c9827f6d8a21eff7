"""Shape a word with HarfBuzz into glyph codes that draw right and extract right.

The unit of shaping is a *word*: the text between two line-break
opportunities, in one font.  Thai shaping never looks across a word boundary
(marks attach to the consonant of their own cluster), so shaping words
separately gives the same glyphs as shaping the paragraph, and lets the result
be cached: the same few thousand words make up most Thai documents.

Every glyph HarfBuzz returns is given the text it stands for, so that the
concatenated texts of the glyphs, in drawing order, are the word itself:

* a glyph that is one character (the usual case, including alternate tone
  mark forms) gets that character;
* when a cluster has fewer glyphs than characters (a ligature such as the
  nikhahit+tone glyph of น้ำ, or "fi"), the last glyph takes what is left;
* when it has more glyphs than characters (ำ decomposed into nikhahit and sara
  aa), the extra glyphs at the front stand for no text at all.  They are not
  written as text: they become *outlines*, drawn as shapes beside the text
  (:mod:`pdf_text`).  A glyph whose ToUnicode entry is empty reads back as
  its raw code in PDFium, MuPDF and pdf.js (``ส\x0eำ``), and inside an
  ActualText span it makes MuPDF repeat the rest of the phrase
  (``คำถามหลักำถามหลัก``): measured, see ``docs/printing-thai.md``.

HarfBuzz keeps glyphs in logical order for Thai apart from inside such
clusters, so the text glyphs read in drawing order restore the source exactly.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import uharfbuzz

from sealprep.core.thai.breaks import cluster_boundaries
from sealprep.core.thai.text import contains_thai
from sealprep.printing.glyph_font import GlyphFont, declared_advance

_FEATURES = {"kern": True, "liga": True}


@dataclass(frozen=True, slots=True, eq=False)
class ShapedText:
    """A word in one font, shaped.  Lengths are in 1/1000 em (PDF text units).

    ``codes`` holds one drawn character per glyph (see :class:`GlyphFont`),
    ``adjustments`` the TJ adjustment before each glyph and one after the last
    (positive moves left), ``rises`` each glyph's vertical offset or ``None``
    when all are zero.  ``stretch_points`` are glyph indices before which
    justification may add space: boundaries between Thai character clusters.
    ``needs_actual_text`` is set unless every glyph is the plain glyph of its
    character at its default place: only then can a reader that works from
    glyph positions (poppler) be trusted to get the word right by itself.
    ``outlines`` are the glyphs that stand for no text, drawn as shapes: each
    is ``(glyph id, x, y, gaps)``, its origin from the word's start in 1/1000
    em, and ``gaps`` the number of stretch points before it (justification
    moves it with its cluster).
    """

    font_name: str
    text: str
    codes: str
    adjustments: tuple[float, ...]
    rises: tuple[float, ...] | None
    advance: float
    stretch_points: tuple[int, ...]
    starts_thai: bool
    ends_thai: bool
    needs_actual_text: bool
    outlines: tuple[tuple[int, float, float, int], ...] = ()


def _is_thai(character: str) -> bool:
    return "\u0e01" <= character <= "\u0e5b"


def _script_runs(text: str) -> list[tuple[int, int, bool]]:
    """Split ``text`` into ``(start, end, is_thai)`` runs for HarfBuzz.

    Digits, punctuation and spaces join the run they are in, so "(๑)" is
    shaped as one Thai run.
    """
    runs: list[tuple[int, int, bool]] = []
    start = 0
    current: bool | None = None
    for index, character in enumerate(text):
        if _is_thai(character):
            script = True
        elif character.isalpha():
            script = False
        else:
            continue
        if current is None:
            current = script
        elif script != current:
            runs.append((start, index, current))
            start, current = index, script
    runs.append((start, len(text), bool(current)))
    return runs


def _split_cluster_text(text: str, glyph_count: int) -> list[str]:
    """Give each of ``glyph_count`` glyphs its share of a cluster's text (``""``: an outline)."""
    if glyph_count <= len(text):
        return [*text[: glyph_count - 1], text[glyph_count - 1 :]]
    return [""] * (glyph_count - len(text)) + list(text)


def _shape_run(font: GlyphFont, text: str, thai: bool) -> list[list[Any]]:
    """HarfBuzz-shape one script run into ``[glyph, text, advance, x_offset, y_offset]`` lists.

    ``text`` is the glyph's share of its cluster (``""``: it stands for none); lengths are in
    font units.
    """
    buffer = uharfbuzz.Buffer()
    buffer.cluster_level = uharfbuzz.BufferClusterLevel.MONOTONE_CHARACTERS
    buffer.add_str(text)
    buffer.direction = "ltr"
    buffer.script = "Thai" if thai else "Latn"
    buffer.language = "th" if thai else "en"
    uharfbuzz.shape(font.hb_font, buffer, _FEATURES)
    infos = buffer.glyph_infos
    positions = buffer.glyph_positions
    glyphs = []
    count = len(infos)
    first = 0
    while first < count:
        cluster = infos[first].cluster
        last = first + 1
        while last < count and infos[last].cluster == cluster:
            last += 1
        end = infos[last].cluster if last < count else len(text)
        pieces = _split_cluster_text(text[cluster:end], last - first)
        for info, position, piece in zip(infos[first:last], positions[first:last], pieces):
            glyphs.append([info.codepoint, piece, position.x_advance, position.x_offset, position.y_offset])
        first = last
    return glyphs


@lru_cache(maxsize=200_000)
def shape(font: GlyphFont, text: str) -> ShapedText:
    """Shape ``text`` (one word, no line break inside) in ``font``.  Cached."""
    glyphs: list[list[Any]] = []
    for start, end, thai in _script_runs(text):
        glyphs += _shape_run(font, text[start:end], thai)

    scale = 1000 / font.units_per_em
    hmetrics = font.face.hmetrics
    codes: list[Any] = []
    text_lengths: list[Any] = []
    adjustments = []
    rises = []
    outlines: list[tuple[int, float, float, int]] = []  # glyph, x, y, index of the next text glyph
    pdf_pen = 0  # where the PDF pen is, in font units
    pen = 0  # where HarfBuzz's pen is
    for glyph, piece, advance, x_offset, y_offset in glyphs:
        origin = pen + x_offset
        pen += advance
        if not piece:
            outlines.append((glyph, origin * scale, y_offset * scale, len(codes)))
            continue
        codes.append(font.code_for(glyph, piece, x_offset))
        text_lengths.append(len(piece))
        adjustments.append((pdf_pen - origin) * scale)
        rises.append(y_offset * scale)
        pdf_pen = origin + declared_advance(hmetrics[glyph][0], x_offset)
    adjustments.append((pdf_pen - pen) * scale)

    joined = "".join(codes)
    thai = contains_thai(text)
    plain_geometry = joined == text and not any(adjustments) and not any(rises) and not outlines
    stretch_points = _stretch_points(text, text_lengths) if thai else ()
    return ShapedText(
        font_name=font.fontName,
        text=text,
        codes=joined,
        adjustments=tuple(adjustments),
        rises=tuple(rises) if any(rises) else None,
        advance=pen * scale,
        stretch_points=stretch_points,
        starts_thai=thai and _is_thai(text[0]),
        ends_thai=thai and _is_thai(text[-1]),
        needs_actual_text=not plain_geometry,
        outlines=tuple(
            (glyph, x, y, sum(1 for point in stretch_points if point <= following))
            for glyph, x, y, following in outlines
        ),
    )


def _stretch_points(text: str, text_lengths: list[int]) -> tuple[int, ...]:
    """Glyph indices that start a Thai character cluster (not the first).

    Cluster boundaries are text offsets; ``text_lengths`` (characters per
    glyph) maps them to the first glyph drawn at that offset.
    """
    glyph_at: dict[int, int] = {}
    offset = 0
    for index, length in enumerate(text_lengths):
        glyph_at.setdefault(offset, index)
        offset += length
    return tuple(
        glyph_at[i] for i in cluster_boundaries(text) if i in glyph_at and _is_thai(text[i - 1]) and _is_thai(text[i])
    )
