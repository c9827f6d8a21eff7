"""Fit chunks into lines and work out how a justified line is spread.

Line fitting is greedy (first fit): lines are filled in order and break at the
last opportunity that fits.  That is what readers of Thai expect from word
processors, and it is fast: one pass of additions per paragraph.

Justifying Thai is not justifying English.  A Thai line often has no space at
all, and a space in Thai marks a pause between phrases, so stretching spaces
alone either does nothing or opens gaps that read as phrase breaks.  Thai
word processors ("Thai distributed") instead spread the slack between
character clusters.  Here the slack goes to both: each space takes
:data:`SPACE_WEIGHT` shares, each boundary between Thai clusters one share.
A cluster boundary never gets more than :data:`MAX_CLUSTER_STRETCH_EM` of the
smallest type on the line (pypdf reads a gap of half a Sarabun space, 0.12
em, as a word space; poppler is kept out of it by ActualText), a space never
more than
:data:`MAX_SPACE_STRETCH_EM` on a line that has Thai; what cannot be placed
is left at the line end rather than opening holes.  Lines without any Thai
cluster boundary are justified the ordinary way, on their spaces.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sealprep.printing.text_layout import Chunk

SPACE_WEIGHT = 4.0
MAX_CLUSTER_STRETCH_EM = 0.1
MAX_SPACE_STRETCH_EM = 0.5
_EPSILON = 1e-6


@dataclass(frozen=True, slots=True)
class Line:
    """Chunks ``start:end`` of a paragraph, ``width`` points wide as set."""

    start: int
    end: int
    width: float
    ends_paragraph_or_forced: bool


def fit_lines(chunks: Sequence[Chunk], first_width: float, width: float) -> list[Line]:
    """Break ``chunks`` into lines no wider than the available widths.

    The first line may be narrower (first-line indent, bullet).  A chunk
    wider than its line goes on a line of its own; callers split such chunks
    beforehand (:func:`~sealprep.printing.text_layout.split_wide_chunk`).
    """
    lines: list[Line] = []
    count = len(chunks)
    start = 0
    available = first_width
    while start < count:
        line_width = chunks[start].width
        end = start + 1
        forced = chunks[start].forced_break
        while not forced and end < count:
            chunk = chunks[end]
            wider = line_width + chunks[end - 1].glue_width + chunk.width
            if wider > available + _EPSILON:
                break
            line_width = wider
            end += 1
            forced = chunk.forced_break
        lines.append(Line(start, end, line_width, forced or end == count))
        start = end
        available = width
    return lines


@dataclass(frozen=True, slots=True)
class Spread:
    """Extra points per space and per Thai cluster boundary on a justified line."""

    space: float = 0.0
    cluster: float = 0.0


def thai_joint(previous: Chunk, chunk: Chunk) -> bool:
    """Whether two chunks on a line meet as Thai clusters, with no space between."""
    return previous.glue is None and previous.ends_thai and chunk.starts_thai


def justify(chunks: Sequence[Chunk], line: Line, slack: float, em: float) -> Spread:
    """How to spread ``slack`` points over the spaces and Thai clusters of a line."""
    if slack <= _EPSILON:
        return Spread()
    spaces = 0
    clusters = chunks[line.start].stretch_count
    for index in range(line.start + 1, line.end):
        previous, chunk = chunks[index - 1], chunks[index]
        spaces += previous.glue is not None
        clusters += chunk.stretch_count + thai_joint(previous, chunk)
    if not clusters:
        return Spread(space=slack / spaces) if spaces else Spread()
    share = slack / (SPACE_WEIGHT * spaces + clusters)
    cluster = min(share, MAX_CLUSTER_STRETCH_EM * em)
    if not spaces:
        return Spread(cluster=cluster)
    space = min((slack - cluster * clusters) / spaces, MAX_SPACE_STRETCH_EM * em)
    return Spread(space=space, cluster=cluster)
