"""The look of the printed documents: page geometry, colours and paragraph styles.

One place for every size and colour, so the briefing sheet, the booklet and the bank book look
like one family. Sizes are for Sarabun, which sets larger than TH Sarabun New: 11.5 pt Sarabun
reads like the 16 pt of Thai government documents.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.pagesizes import A4

from sealprep.printing.rich_text import Color, TextStyle, restyle

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT_MARGIN = RIGHT_MARGIN = 56.0  # about 2 cm
TOP_MARGIN = 66.0  # leaves room for the header
BOTTOM_MARGIN = 60.0  # and for the footer
FRAME_WIDTH = PAGE_WIDTH - LEFT_MARGIN - RIGHT_MARGIN

INK: Color = (0.11, 0.11, 0.12)
MUTED: Color = (0.36, 0.38, 0.41)
ACCENT: Color = (0.02, 0.33, 0.58)  # a deep UNDP-like blue
ACCENT_LIGHT: Color = (0.90, 0.94, 0.98)
PRIMARY_TINT: Color = (0.86, 0.93, 0.87)
BACKUP_TINT: Color = (0.99, 0.94, 0.80)
RULE: Color = (0.72, 0.74, 0.77)
WRITING_LINE: Color = (0.78, 0.80, 0.83)

BODY_SIZE = 11.5
LIST_INDENT = 18.0  # per nesting level
BULLET_HANG = 14.0  # room for a marker left of the text


@dataclass(frozen=True)
class Styles:
    """Paragraph styles of the documents."""

    body: TextStyle = TextStyle(size=BODY_SIZE, line_height=1.55, color=INK, space_after=3)
    small: TextStyle = TextStyle(size=9.5, line_height=1.5, color=MUTED)
    furniture: TextStyle = TextStyle(size=8.5, line_height=1.3, color=MUTED)
    cover_kicker: TextStyle = TextStyle(size=12, line_height=1.5, color=ACCENT, bold=True)
    cover_title: TextStyle = TextStyle(size=26, line_height=1.35, color=INK, bold=True, space_after=6)
    cover_name: TextStyle = TextStyle(size=21, line_height=1.4, color=ACCENT, bold=True, space_before=20, space_after=4)
    cover_detail: TextStyle = TextStyle(size=12.5, line_height=1.5, color=INK)
    title: TextStyle = TextStyle(size=18, line_height=1.4, color=ACCENT, bold=True, space_after=8, keep_with_next=True)
    dimension: TextStyle = TextStyle(size=16, line_height=1.4, color=ACCENT, bold=True, keep_with_next=True)
    dimension_en: TextStyle = TextStyle(
        size=11, line_height=1.4, color=MUTED, italic=True, space_after=10, keep_with_next=True
    )
    section: TextStyle = TextStyle(
        size=12.5, line_height=1.45, color=ACCENT, bold=True, space_before=8, space_after=2, keep_with_next=True
    )
    question: TextStyle = TextStyle(size=14, line_height=1.5, color=INK, bold=True, space_before=2, keep_with_next=True)
    question_en: TextStyle = TextStyle(
        size=11, line_height=1.45, color=MUTED, italic=True, space_before=1, space_after=2, keep_with_next=True
    )
    badge: TextStyle = TextStyle(size=9.5, line_height=1.3, color=INK, bold=True)
    label: TextStyle = TextStyle(size=9.5, line_height=1.45, color=MUTED, bold=True)
    cell: TextStyle = TextStyle(size=10.5, line_height=1.45, color=INK)
    cell_head: TextStyle = TextStyle(size=10, line_height=1.4, color=ACCENT, bold=True)
    toc_entry: TextStyle = TextStyle(size=12, line_height=1.5, color=INK)
    toc_sub: TextStyle = TextStyle(size=10.5, line_height=1.45, color=MUTED)

    def item(self, depth: int, marker: str, base: TextStyle | None = None) -> TextStyle:
        """A list item at nesting ``depth`` (1 = top level) with ``marker`` hanging left."""
        base = base or self.body
        indent = base.left_indent + LIST_INDENT * (depth - 1) + BULLET_HANG + (6 if len(marker) > 2 else 0)
        return restyle(
            base,
            bullet=marker,
            left_indent=indent,
            bullet_indent=indent - BULLET_HANG - (6 if len(marker) > 2 else 0),
            space_after=1.5,
        )

    def indented(self, style: TextStyle, depth: int) -> TextStyle:
        """``style`` moved right to line up with the text of a list item at ``depth``."""
        if depth <= 0:
            return style
        return restyle(style, left_indent=style.left_indent + LIST_INDENT * (depth - 1) + BULLET_HANG)


STYLES = Styles()
