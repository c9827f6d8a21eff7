"""Glyphs land where HarfBuzz puts them, and are the glyphs HarfBuzz chose.

Each hard word is set on its own line; the page is read back with a small
content-stream interpreter (conftest) and compared, glyph by glyph, with an
independent HarfBuzz run on the TTF: same outlines (glyf fingerprint), same
origins, and concatenated ToUnicode texts equal to the word.
"""

from __future__ import annotations

from collections import defaultdict

import pytest
import uharfbuzz

from sealprep.printing.fonts import font_dir
from sealprep.printing.rich_text import TextStyle
from sealprep.printing.thai_paragraph import ThaiParagraph

SIZE = 24.0
TOLERANCE = 0.01  # points


class _OnCurvePoints:
    """A HarfBuzz pen that keeps a glyph's on-curve points."""

    def __init__(self) -> None:
        self.points: list[tuple[int, int]] = []

    def moveTo(self, point):
        self.points.append((round(point[0]), round(point[1])))

    lineTo = moveTo

    def qCurveTo(self, *points):
        self.moveTo(points[-1])

    curveTo = qCurveTo

    def closePath(self):
        pass


def outline_points(font_name: str, glyph: int) -> tuple[tuple[int, int], ...]:
    font = uharfbuzz.Font(uharfbuzz.Face(uharfbuzz.Blob.from_file_path(str(font_dir() / f"{font_name}.ttf"))))
    pen = _OnCurvePoints()
    font.draw_glyph_with_pen(glyph, pen)
    return tuple(pen.points)


def harfbuzz_reference(font_name: str, text: str) -> list[tuple[int, float, float]]:
    """``(glyph, x, y)`` per glyph, in points from the word's origin."""
    blob = uharfbuzz.Blob.from_file_path(str(font_dir() / f"{font_name}.ttf"))
    face = uharfbuzz.Face(blob)
    font = uharfbuzz.Font(face)
    buffer = uharfbuzz.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    uharfbuzz.shape(font, buffer, {"kern": True, "liga": True})
    scale = SIZE / face.upem
    result = []
    pen = 0
    for info, position in zip(buffer.glyph_infos, buffer.glyph_positions):
        result.append((info.codepoint, (pen + position.x_offset) * scale, position.y_offset * scale))
        pen += position.x_advance
    return result


@pytest.mark.parametrize("bold", [False, True])
def test_glyphs_match_harfbuzz(
    make_pdf, drawn_glyphs, original_font_program, glyph_fingerprint, family, hard_words, bold
):
    font_name = family.font_name(bold=bold)
    pdf = make_pdf([ThaiParagraph(word, TextStyle(size=SIZE, bold=bold)) for word in hard_words])
    glyphs = drawn_glyphs(pdf)
    lines: dict[tuple[int, float], list] = defaultdict(list)
    for glyph in glyphs:
        if not glyph.outline:
            lines[glyph.page, -round(glyph.y - glyph.rise, 2)].append(glyph)
    # Glyphs that stand for no text are drawn as shapes after the line's
    # text: each joins the line whose baseline is nearest.
    for glyph in glyphs:
        if glyph.outline:
            key = min((key for key in lines if key[0] == glyph.page), key=lambda key: abs(key[1] + glyph.y))
            lines[key].append(glyph)
    drawn_lines = [lines[key] for key in sorted(lines)]
    assert len(drawn_lines) == len(hard_words)

    program = original_font_program(font_name)
    for word, drawn in zip(hard_words, drawn_lines):
        reference = harfbuzz_reference(font_name, word)
        assert "".join(glyph.text for glyph in drawn) == word
        assert len(drawn) == len(reference), word
        origin_x = drawn[0].x - reference[0][1]
        baseline = drawn[0].y - reference[0][2]
        unmatched = list(drawn)
        for glyph_id, x, y in reference:
            assert glyph_id != 0, f"{word}: HarfBuzz found no glyph"
            header, points = glyph_fingerprint(program, glyph_id), outline_points(font_name, glyph_id)
            match = next(
                (
                    glyph
                    for glyph in unmatched
                    if (glyph.outline == points if glyph.outline else glyph.glyph_header == header)
                    and glyph.x - origin_x == pytest.approx(x, abs=TOLERANCE)
                    and glyph.y - baseline == pytest.approx(y, abs=TOLERANCE)
                ),
                None,
            )
            assert match is not None, f"{word}: glyph {glyph_id} not drawn at ({x:.2f}, {y:.2f})"
            unmatched.remove(match)


def test_no_dotted_circle_or_missing_glyph(family, hard_words, thai_paragraphs):
    """Shaping never needs a dotted circle (a mark without a base) or .notdef."""
    for style in ("Regular", "Bold", "Italic", "BoldItalic"):
        blob = uharfbuzz.Blob.from_file_path(str(font_dir() / f"Sarabun-{style}.ttf"))
        font = uharfbuzz.Font(uharfbuzz.Face(blob))
        dotted_circle = font.get_nominal_glyph(0x25CC)
        for text in (*hard_words, *thai_paragraphs):
            buffer = uharfbuzz.Buffer()
            buffer.add_str(text)
            buffer.guess_segment_properties()
            uharfbuzz.shape(font, buffer, {})
            glyphs = {info.codepoint for info in buffer.glyph_infos}
            assert 0 not in glyphs
            assert dotted_circle is None or dotted_circle not in glyphs
