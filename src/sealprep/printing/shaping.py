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
  aa), the extra glyphs at the front get no text and the last carries it.

HarfBuzz keeps glyphs in logical order for Thai apart from inside such
clusters, so this mapping restores the source text exactly.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import uharfbuzz

from sealprep.printing.glyph_font import GlyphFont
from sealprep.printing.thai_segmenter import cluster_boundaries, contains_thai

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
    """Give each of ``glyph_count`` glyphs its share of a cluster's text."""
    if glyph_count <= len(text):
        return [*text[: glyph_count - 1], text[glyph_count - 1 :]]
    return [""] * (glyph_count - len(text)) + list(text)


def _shape_run(font: GlyphFont, text: str, thai: bool) -> list[tuple[str, int, int, int, int, int]]:
    """HarfBuzz-shape one script run into glyph tuples.

    Each is ``(code, width, advance, x_offset, y_offset, text_length)``:
    ``width`` is the width the PDF declares for ``code`` and ``text_length``
    the number of characters the glyph extracts as; lengths are in font units.
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
    hmetrics = font.face.hmetrics
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
            glyph = info.codepoint
            x_offset = position.x_offset
            glyphs.append(
                (
                    font.code_for(glyph, piece, x_offset),
                    hmetrics[glyph][0] - x_offset,
                    position.x_advance,
                    x_offset,
                    position.y_offset,
                    len(piece),
                )
            )
        first = last
    return glyphs


@lru_cache(maxsize=200_000)
def shape(font: GlyphFont, text: str) -> ShapedText:
    """Shape ``text`` (one word, no line break inside) in ``font``.  Cached."""
    glyphs: list[tuple[str, int, int, int, int, int]] = []
    for start, end, thai in _script_runs(text):
        glyphs += _shape_run(font, text[start:end], thai)

    scale = 1000 / font.units_per_em
    adjustments = []
    rises = []
    pdf_pen = 0  # where the PDF pen is, in font units
    pen = 0  # where HarfBuzz's pen is
    for _, width, advance, x_offset, y_offset, _ in glyphs:
        origin = pen + x_offset
        adjustments.append((pdf_pen - origin) * scale)
        rises.append(y_offset * scale)
        pdf_pen = origin + width
        pen += advance
    adjustments.append((pdf_pen - pen) * scale)

    codes = "".join(glyph[0] for glyph in glyphs)
    thai = contains_thai(text)
    plain_geometry = codes == text and not any(adjustments) and not any(rises)
    return ShapedText(
        font_name=font.fontName,
        text=text,
        codes=codes,
        adjustments=tuple(adjustments),
        rises=tuple(rises) if any(rises) else None,
        advance=pen * scale,
        stretch_points=_stretch_points(text, [glyph[5] for glyph in glyphs]) if thai else (),
        starts_thai=thai and _is_thai(text[0]),
        ends_thai=thai and _is_thai(text[-1]),
        needs_actual_text=not plain_geometry,
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
