"""The small rich-text model the typesetter takes as input.

A paragraph is a sequence of :class:`Run` (text with bold/italic/link/size)
plus one :class:`TextStyle`.  The Markdown layer produces these; nothing here
knows about Markdown, ReportLab or Qt.

Whitespace follows HTML: runs of spaces, tabs and carriage returns collapse to
one space and leading/trailing space is dropped.  A ``"\\n"`` inside a run is a
hard line break (two make an empty line); at the very start or end of a
paragraph it is dropped.  U+200B (zero-width space) marks an extra break opportunity
and is not drawn.
"""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

#: An RGB colour, each component from 0 to 1.
Color = tuple[float, float, float]

BLACK: Color = (0.0, 0.0, 0.0)
LINK_BLUE: Color = (0.05, 0.32, 0.68)


class Alignment(StrEnum):
    """Horizontal alignment of a paragraph's lines."""

    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"
    JUSTIFY = "justify"


@dataclass(frozen=True, slots=True)
class Run:
    """A stretch of text in one style.

    ``bold`` and ``italic`` add to the paragraph style's; ``size`` overrides
    the paragraph's font size; ``link`` makes the run a clickable URL.
    """

    text: str
    bold: bool = False
    italic: bool = False
    link: str | None = None
    size: float | None = None


@dataclass(frozen=True, slots=True)
class TextStyle:
    """How a paragraph is set.  Lengths are in PDF points.

    ``line_height`` is the leading as a multiple of the font size; Thai
    needs more than Latin (marks stack above and below), hence 1.6.
    ``bullet`` is drawn in the hanging space left of ``left_indent``,
    starting at ``bullet_indent``.  ``min_lines_at_split`` is the fewest
    lines left at the foot of a page or carried to the next one (orphan and
    widow control) when a paragraph splits, if the paragraph is long enough.
    """

    size: float = 14.0
    line_height: float = 1.6
    alignment: Alignment = Alignment.LEFT
    bold: bool = False
    italic: bool = False
    color: Color = BLACK
    link_color: Color = LINK_BLUE
    underline_links: bool = True
    first_line_indent: float = 0.0
    left_indent: float = 0.0
    right_indent: float = 0.0
    bullet: str | None = None
    bullet_indent: float = 0.0
    space_before: float = 0.0
    space_after: float = 0.0
    keep_with_next: bool = False
    min_lines_at_split: int = 2

    @property
    def leading(self) -> float:
        """Distance between baselines, in points."""
        return self.size * self.line_height


def restyle(style: TextStyle, **changes: Any) -> TextStyle:
    """``style`` with ``changes`` (``dataclasses.replace``), remembered: documents ask for the
    same few variations of the same styles over and over (a booklet, twenty thousand times)."""
    return _restyled(style, tuple(changes.items()))


@functools.lru_cache(maxsize=4096)
def _restyled(style: TextStyle, changes: tuple[tuple[str, Any], ...]) -> TextStyle:
    return dataclasses.replace(style, **dict(changes))
