"""Flowables the documents are made of: Markdown blocks, check boxes, ruled writing lines,
tables of Thai cells, table-of-contents lines, and a whole question as it prints.

The briefing sheet and the bank book both print questions with :func:`question_flowables`, so a
question looks the same wherever it appears.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, HRFlowable, Spacer, Table, TableStyle

from sealprep.core.bank.display import criterion_text, evidence_details
from sealprep.core.bank.model import Agency, Benchmark, EvidenceItem, Question
from sealprep.core.thai.breaks import shorten
from sealprep.printing.fonts import register_fonts
from sealprep.printing.labels import Labels, Numbers
from sealprep.printing.markdown_blocks import Block, BlockKind, markdown_blocks
from sealprep.printing.page_template import PageLedger
from sealprep.printing.pdf_text import draw_shapes, line_path, rect_path
from sealprep.printing.qr import QrCode
from sealprep.printing.rich_text import Alignment, Run, TextStyle, restyle
from sealprep.printing.styles import (
    ACCENT,
    ACCENT_LIGHT,
    BACKUP_TINT,
    FRAME_WIDTH,
    INK,
    MUTED,
    PRIMARY_TINT,
    RULE,
    STYLES,
    WRITING_LINE,
    Styles,
)
from sealprep.printing.thai_paragraph import ThaiParagraph

log = logging.getLogger(__name__)

QR_SIZE = 62.0
MIN_COLUMN_WIDTH = 40.0
"""A Markdown table whose columns would be narrower than this is printed as text instead."""
MAX_LIST_DEPTH = 8
"""Lists nested deeper than this print at this depth (the page has no room for more indents)."""

WideTable = Callable[[int], None]
WRITING_LINES = 6
WRITING_LINE_SPACING = 24.0
TOC_NUMBER_WIDTH = 40.0


@dataclass(frozen=True)
class DocumentContext:
    """What every part of a document needs to know: language, digits, agencies, the ledger."""

    labels: Labels
    numbers: Numbers
    agencies: dict[str, Agency]
    ledger: PageLedger
    styles: Styles = STYLES
    warnings: list[str] = field(default_factory=list, compare=False)
    """What could not be printed as written, one line each, naming the question."""

    def warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)


# -- Markdown ------------------------------------------------------------------------------------


def _table_style(commands: list[Any]) -> TableStyle:
    """A table style whose cells name Sarabun: a Table sets its cells' font even when every cell
    is a flowable, and ReportLab's default (Helvetica) would be referenced but never used nor
    embedded."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), register_fonts().regular), *commands])


def block_flowables(
    blocks: Sequence[Block], base: TextStyle, styles: Styles = STYLES, on_wide_table: WideTable | None = None
) -> list[Flowable]:
    """Flowables for the blocks of an answer, set in ``base`` (lists indented by depth).

    A table too wide for the page is set as text, and ``on_wide_table(columns)`` is told."""
    out: list[Flowable] = []
    previous: BlockKind | None = None
    for block in blocks:
        if block.depth > MAX_LIST_DEPTH:
            block = replace(block, depth=MAX_LIST_DEPTH)
        kind = block.kind
        if kind is BlockKind.PARAGRAPH:
            style = styles.indented(base, block.depth)
            if previous is BlockKind.ITEM:
                style = restyle(style, space_before=style.space_before + 5)  # a list ends: a little air
            out.append(ThaiParagraph(list(block.runs), style))
        elif kind is BlockKind.HEADING:
            # A heading inside an answer is the answer's own: dark, a step above the text, so it
            # never looks like the sheet's blue section headings (แนวคำตอบ, ประเด็นสำคัญ).
            grow = {1: 1.5, 2: 1.0, 3: 0.5}.get(block.level, 0.0)
            style = restyle(
                styles.indented(base, block.depth),
                size=base.size + grow,
                bold=True,
                italic=block.level > 2,
                color=INK,
                space_before=6,
                space_after=1,
                keep_with_next=True,
            )
            out.append(ThaiParagraph(list(block.runs), style))
        elif kind is BlockKind.ITEM:
            runs = list(block.runs) or [Run("\u200b")]
            if block.marker:
                out.append(ThaiParagraph(runs, styles.item(block.depth, block.marker, base)))
            else:
                out.append(ThaiParagraph(runs, restyle(styles.indented(base, block.depth), space_after=1.5)))
        elif kind is BlockKind.CODE:
            style = restyle(styles.indented(base, block.depth), size=base.size - 1, color=MUTED, line_height=1.45)
            out.append(ThaiParagraph(list(block.runs), restyle(style, left_indent=style.left_indent + 10)))
        elif kind is BlockKind.QUOTE:
            style = restyle(styles.indented(base, block.depth), color=MUTED, italic=True)
            out.append(ThaiParagraph(list(block.runs), restyle(style, left_indent=style.left_indent + 14)))
        elif kind is BlockKind.RULE:
            out.append(HRFlowable(width="100%", thickness=0.5, color=_rgb(RULE), spaceBefore=3, spaceAfter=3))
        elif kind is BlockKind.TABLE:
            out += _markdown_table(block, base, styles, on_wide_table)
        previous = kind
    return out


def _markdown_table(block: Block, base: TextStyle, styles: Styles, on_wide: WideTable | None) -> list[Flowable]:
    cell = restyle(styles.cell, size=base.size - 1)
    head = restyle(cell, bold=True)
    columns = max((len(row) for row in block.rows), default=0)
    if not columns:
        return []
    indent = styles.indented(base, block.depth).left_indent
    width = (FRAME_WIDTH - indent) / columns
    if width < MIN_COLUMN_WIDTH:
        if on_wide is not None:
            on_wide(columns)
        return _table_as_text(block, styles.indented(base, block.depth))
    rows = [
        [_Cell(list(runs) or [Run("")], head if block.header and index == 0 else cell) for runs in row]
        for index, row in enumerate(block.rows)
    ]
    rows = [row + [_Cell("", cell)] * (columns - len(row)) for row in rows]
    table = Table(
        rows, colWidths=[width] * columns, hAlign="LEFT", repeatRows=1 if block.header else 0, splitInRow=1
    )  # a cell taller than a page continues on the next
    commands = [
        ("GRID", (0, 0), (-1, -1), 0.5, _rgb(RULE)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if block.header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), _rgb(ACCENT_LIGHT)))
    table.setStyle(_table_style(commands))
    return [table]


class _Cell(ThaiParagraph):
    """A table cell that can be split when its row continues on the next page (``splitInRow``).

    ReportLab's table asks a cell to split at the column's full width, though it laid the cell
    out at that width less the padding, and it wants either no parts or two: the cell splits at
    the width it was laid out at, and a cell that fits whole answers with itself and an empty rest.
    """

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._cell_width = availWidth
        return super().wrap(availWidth, availHeight)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts = super().split(getattr(self, "_cell_width", availWidth), availHeight)
        return [parts[0], _Cell("", self.text_style)] if len(parts) == 1 else parts


def _table_as_text(block: Block, style: TextStyle) -> list[Flowable]:
    """A table too wide for the page, one paragraph a row: ``heading: value · heading: value``
    when it has a header row, else its cells separated by ``·``."""
    separator = [Run("  ·  ")]
    header = block.rows[0] if block.header else None
    out: list[Flowable] = []
    for row in block.rows[1:] if header else block.rows:
        runs: list[Run] = []
        for index, cell in enumerate(row):
            if runs:
                runs += separator
            if header is not None and index < len(header) and header[index]:
                runs += [replace(run, bold=True) for run in header[index]] + [Run(": ", bold=True)]
            runs += list(cell)
        out.append(ThaiParagraph(runs or [Run("")], restyle(style, space_after=2)))
    return out


# -- small flowables -----------------------------------------------------------------------------


class CheckItem(Flowable):
    """A paragraph with an empty check box in front of its first line (a key point to tick)."""

    BOX = 8.0
    INDENT = 16.0

    def __init__(self, paragraph: ThaiParagraph, first: bool = True) -> None:
        super().__init__()
        self.paragraph = paragraph
        self.first = first

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        _, self.height = self.paragraph.wrap(availWidth - self.INDENT, availHeight)
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts = self.paragraph.split(availWidth - self.INDENT, availHeight)
        if len(parts) < 2:
            return [] if not parts else [self]
        return [CheckItem(parts[0], self.first), CheckItem(parts[1], first=False)]

    def getSpaceBefore(self) -> float:
        return self.paragraph.getSpaceBefore()

    def getSpaceAfter(self) -> float:
        return self.paragraph.getSpaceAfter()

    def draw(self) -> None:
        canvas = self.canv
        self.paragraph.drawOn(canvas, self.INDENT, 0)
        if not self.first:
            return
        positions = self.paragraph.line_positions(self.width - self.INDENT)
        if not positions:
            return
        baseline = self.height - positions[0][2]
        draw_shapes(canvas, [rect_path(1.5, baseline - 0.5, self.BOX, self.BOX)], stroke=INK, width=0.7)


class RuledLines(Flowable):
    """Light ruled lines to write on by hand."""

    def __init__(self, count: int = WRITING_LINES, spacing: float = WRITING_LINE_SPACING) -> None:
        super().__init__()
        self.count = count
        self.spacing = spacing

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self.count * self.spacing
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """As many lines as fit here (at least three), the rest dropped: lines to write on are
        not worth a page of their own."""
        fitting = int(availHeight // self.spacing)
        if fitting < 3:
            return []
        return [RuledLines(fitting, self.spacing)]

    def draw(self) -> None:
        ys = [self.height - (index + 1) * self.spacing + 2 for index in range(self.count)]
        draw_shapes(self.canv, [line_path(0, y, self.width, y) for y in ys], stroke=WRITING_LINE, width=0.6)


class TocLine(Flowable):
    """One line of a table of contents: the entry, a dotted leader, and the page its anchor
    fell on (drawn when the pass has ended: ``PageLedger.late``). The whole line links to the
    anchor.

    ``columns`` are set in front of the entry, each in its own width (a question's number and
    role, so that the entries of a list line up); the entry starts after them."""

    def __init__(
        self,
        runs: Sequence[Run],
        key: str,
        context: DocumentContext,
        style: TextStyle,
        indent: float = 0.0,
        columns: Sequence[tuple[Sequence[Run], float]] = (),
    ) -> None:
        super().__init__()
        self.key = key
        self.context = context
        self.style = style
        self.indent = indent
        self.columns = [
            (
                ThaiParagraph(list(column), restyle(style, space_before=0, space_after=0)),
                indent + sum(w for _, w in columns[:i]),
                width,
            )
            for i, (column, width) in enumerate(columns)
        ]
        start = indent + sum(width for _, width in columns)
        self.paragraph = ThaiParagraph(
            list(runs), restyle(style, left_indent=start, right_indent=TOC_NUMBER_WIDTH + 12)
        )

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self._paragraph_height = self.paragraph.wrap(availWidth, availHeight)[1]
        self._column_heights = [column.wrap(width, availHeight)[1] for column, _, width in self.columns]
        self.height = max([self._paragraph_height, *self._column_heights])
        return availWidth, self.height

    def getSpaceAfter(self) -> float:
        return 2.0

    def draw(self) -> None:
        canvas = self.canv
        for (column, left, _), height in zip(self.columns, self._column_heights, strict=True):
            column.drawOn(canvas, left, self.height - height)
        self.paragraph.drawOn(canvas, 0, self.height - self._paragraph_height)
        positions = self.paragraph.line_positions(self.width)
        if not positions:
            return
        _, right, baseline_from_top = positions[-1]
        baseline = self.height - baseline_from_top
        leader_end = self.width - TOC_NUMBER_WIDTH - 4
        if right + 8 < leader_end:
            canvas.saveState()
            canvas.setStrokeColorRGB(*MUTED)
            canvas.setLineWidth(0.9)
            canvas.setLineCap(1)
            canvas.setDash([0.01, 3.6])
            canvas.line(right + 5, baseline + 1.2, leader_end, baseline + 1.2)
            canvas.restoreState()
        ledger, numbers, style, left = (
            self.context.ledger,
            self.context.numbers,
            self.style,
            self.width - TOC_NUMBER_WIDTH,
        )

        def page_number(form: Canvas) -> None:  # drawn when the pass has ended (``late``)
            page = ledger.final_page(self.key)
            if page is None:
                return
            number = ThaiParagraph(numbers.number(page), restyle(style, alignment=Alignment.RIGHT))
            _, height = number.wrap(TOC_NUMBER_WIDTH, 100)
            first_baseline = number.line_positions(TOC_NUMBER_WIDTH)[0][2]
            number.drawOn(form, left, baseline - (height - first_baseline))

        ledger.late(canvas, page_number)
        canvas.linkRect("", self.key, (0, 0, self.width, self.height), relative=1)

    @staticmethod
    def entry_width(total: float, columns: Sequence[tuple[Sequence[Run], float]] = (), indent: float = 0.0) -> float:
        """How wide an entry may be and still leave room for a leader and the page number."""
        return total - indent - sum(width for _, width in columns) - TOC_NUMBER_WIDTH - 12 - MIN_LEADER


#: The shortest dotted leader a one-line entry keeps (see :func:`one_line`).
MIN_LEADER = 24.0


@lru_cache(maxsize=4096)
def one_line(text: str, style: TextStyle, width: float) -> str:
    """``text`` on one line of ``width`` points in ``style``: whole if it fits, else cut at a
    word boundary with an ellipsis (:func:`sealprep.core.thai.breaks.shorten`). Its whitespace
    is made single spaces first (a line break in it would start a second line). Cached: a
    booklet lists the same questions for many people."""
    text = " ".join(text.split())

    def fits(candidate: str) -> bool:
        return ThaiParagraph(candidate, style).content_widths()[1] <= width

    return shorten(text, limit=None, fits=fits)


def section_label(text: str, styles: Styles = STYLES) -> ThaiParagraph:
    return ThaiParagraph(text, styles.section)


def balanced_widths(
    rows: Sequence[Sequence[Flowable | Sequence[Flowable]]], total: float, padding: float = 10
) -> list[float]:
    """Column widths that add up to ``total`` and split no word where that can be helped.

    Each column gets at least its widest unbreakable word; what is left is shared evenly
    among the columns that can use it, each up to its longest cell on one line (so a date
    column that is half empty gives way to a room name such as ``กรุงเทพมหานคร``).
    """
    columns = max(len(row) for row in rows)
    narrow = [0.0] * columns
    wide = [0.0] * columns
    for row in rows:
        for index, cell in enumerate(row):
            for flowable in cell if isinstance(cell, (list, tuple)) else [cell]:
                if isinstance(flowable, ThaiParagraph):
                    low, high = flowable.content_widths()
                    narrow[index] = max(narrow[index], low + padding)
                    wide[index] = max(wide[index], high + padding)
    wide = [max(w, n) for w, n in zip(wide, narrow)]
    if sum(wide) <= total:
        spare = total - sum(wide)
        return [w + spare * w / sum(wide) for w in wide] if sum(wide) else [total / columns] * columns
    if sum(narrow) >= total:
        return [total * n / sum(narrow) for n in narrow] if sum(narrow) else [total / columns] * columns
    # Share what is left evenly, but never more than a column can use: short cells (a time,
    # a room) get all they want, and the long ones share the rest.
    widths = list(narrow)
    spare = total - sum(narrow)
    hungry = [index for index in range(columns) if wide[index] > widths[index]]
    while spare > 1e-6 and hungry:
        share = spare / len(hungry)
        for index in list(hungry):
            given = min(share, wide[index] - widths[index])
            widths[index] += given
            spare -= given
            if wide[index] - widths[index] <= 1e-6:
                hungry.remove(index)
    return widths


def thai_table(rows: list[list[Flowable]], widths: list[float], header: bool = True) -> Table:
    """A table of ThaiParagraph cells, light grid, tinted header row."""
    table = Table(rows, colWidths=widths, hAlign="LEFT", repeatRows=1 if header else 0)
    commands = [
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, _rgb(RULE)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
    ]
    if header:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), _rgb(ACCENT_LIGHT)),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, _rgb(ACCENT)),
        ]
    table.setStyle(_table_style(commands))
    return table


def _rgb(color: tuple[float, float, float]) -> Color:
    return Color(*color)


# -- a question ----------------------------------------------------------------------------------


def agency_credit(code: str, context: DocumentContext) -> str:
    """``สยป. — สำนักยุทธศาสตร์และประเมินผล`` (the English name on English documents)."""
    agency = context.agencies.get(code)
    if agency is None:
        return code
    name = agency.en if context.labels.language == "en" and agency.en else agency.th
    return f"{code} — {name}" if name and name != code else code


#: Space a question needs at the foot of a page to start there (its band, wording and a few lines).
QUESTION_START_SPACE = 150


def question_flowables(
    question: Question,
    context: DocumentContext,
    number: str,
    benchmarks: Sequence[Benchmark],
    role: str | None = None,
    rehearsal_notes: Sequence[tuple[str, str]] = (),
    writing_space: bool = True,
    anchor: Flowable | None = None,
) -> list[Flowable]:
    """A whole question: the band (number, role, id), the wording in Thai and English, the
    benchmarks it serves, every agency's suggested answer, the key points to tick, the
    evidence (with QR codes for links), rehearsal notes, and lines to write on.

    ``anchor`` (a page mark) goes after the conditional page break, so it records the page the
    question really starts on: before it, a question pushed to the next page left its anchor
    (and every cross reference and link to it) on the page before."""
    labels, styles = context.labels, context.styles
    out: list[Flowable] = [CondPageBreak(QUESTION_START_SPACE)]
    if anchor is not None:
        out.append(anchor)
    out.append(_band(question, context, number, role))
    out.append(ThaiParagraph(question.question_th, styles.question))
    if question.question_en:
        out.append(ThaiParagraph(question.question_en, styles.question_en))
    if question.time_limit:
        minutes, seconds = divmod(question.time_limit, 60)
        duration = " ".join(
            text
            for text in (
                labels.minutes.format(count=context.numbers.number(minutes)) if minutes else "",
                labels.seconds.format(count=context.numbers.number(seconds)) if seconds else "",
            )
            if text
        )
        out.append(ThaiParagraph(f"{labels.time_limit} {duration}", restyle(styles.small, space_after=4)))
    if benchmarks:
        out.append(ThaiParagraph(labels.benchmark, restyle(styles.label, keep_with_next=True, space_before=4)))
        for benchmark in benchmarks:
            out.append(ThaiParagraph(criterion_runs(benchmark, context.numbers), restyle(styles.small, space_after=2)))
    if question.answers:
        for answer in question.answers:
            out.append(section_label(f"{labels.suggested_answer}: {agency_credit(answer.agency, context)}", styles))
            out += _answer_flowables(question, answer.body, answer.agency, context)
    else:
        out.append(section_label(labels.suggested_answer, styles))
        out.append(ThaiParagraph(labels.no_answer, restyle(styles.body, color=MUTED, italic=True)))
    if question.key_points:
        out.append(section_label(labels.key_points, styles))
        out += [CheckItem(ThaiParagraph(point, restyle(styles.body, space_after=2))) for point in question.key_points]
    if question.evidence:
        out.append(section_label(labels.evidence, styles))
        out += [_evidence(item, styles, context) for item in question.evidence]
    if rehearsal_notes:
        out.append(section_label(labels.rehearsal_notes, styles))
        for written_on, text in rehearsal_notes:
            out.append(
                ThaiParagraph([Run(written_on + "  ", bold=True), Run(text)], restyle(styles.body, space_after=3))
            )
    if writing_space:
        # Labelled with its question: the lines may start a page, and then say whose they are.
        label = f"{labels.notes} — {labels.question_number.format(number=number)}"
        out.append(ThaiParagraph(label, restyle(styles.section, keep_with_next=True)))
        out.append(RuledLines())
    out.append(Spacer(1, 16))
    return out


def _answer_flowables(question: Question, body: str, agency: str, context: DocumentContext) -> list[Flowable]:
    """An answer's Markdown; if it cannot be set at all, its plain lines: one bad answer must
    never sink a whole print job. Either way the job's warnings name the question."""
    labels, styles = context.labels, context.styles

    def wide_table(columns: int) -> None:
        context.warn(f"{question.id}: {labels.table_as_text.format(columns=columns)}")

    try:
        return block_flowables(markdown_blocks(body), styles.body, styles, wide_table)
    except Exception:  # anything a hostile answer triggers in the Markdown reader or typesetter
        log.exception("cannot typeset the answer of %s to %s", agency, question.id)
        context.warn(f"{question.id}: {labels.answer_as_text.format(agency=agency)}")
        return [ThaiParagraph(line, styles.body) for line in body.splitlines() if line.strip()]


def _band(question: Question, context: DocumentContext, number: str, role: str | None) -> SideBySide:
    """The coloured strip above a question: ``ข้อ ๓ · คำถามหลัก`` and the question's id."""
    labels, styles = context.labels, context.styles
    title = labels.question_number.format(number=number)
    if role:
        title += " · " + (labels.primary if role == "primary" else labels.backup)
    left = ThaiParagraph(title, styles.badge)
    right = ThaiParagraph(question.id, restyle(styles.furniture, alignment=Alignment.RIGHT))
    tint = PRIMARY_TINT if role == "primary" else BACKUP_TINT if role == "backup" else ACCENT_LIGHT
    band = SideBySide([[left], [right]], [FRAME_WIDTH * 0.45, FRAME_WIDTH * 0.55], padding=(6, 2), tint=tint)
    band.keepWithNext = True
    return band


class SideBySide(Flowable):
    """Columns of flowables side by side on one row, each column's stack centred vertically,
    on an optional tint: what a one-row ReportLab ``Table`` (``VALIGN MIDDLE``, even padding, no
    grid) draws, placed the same way, for a small part of its work (a booklet has a question
    band for each of its 750 questions and a row for each evidence QR code). Like that table it
    never splits."""

    def __init__(
        self,
        columns: Sequence[Sequence[Flowable]],
        widths: Sequence[float],
        padding: tuple[float, float] = (0.0, 0.0),
        tint: tuple[float, float, float] | None = None,
    ) -> None:
        super().__init__()
        self.columns = [list(column) for column in columns]
        self.widths = list(widths)
        self.padding_x, self.padding_y = padding
        self.tint = tint
        self._stacks: list[list[float]] = []
        self._column_heights: list[float] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = sum(self.widths)
        canvas = getattr(self, "canv", None)  # set when ReportLab wraps through wrapOn
        self._stacks, self._column_heights = [], []
        for column, width in zip(self.columns, self.widths, strict=True):
            heights = [item.wrapOn(canvas, width - 2 * self.padding_x, availHeight)[1] for item in column]
            self._stacks.append(heights)
            # as a table cell measures a stack: the space between its flowables, not around it
            total = sum(
                h + item.getSpaceBefore() + item.getSpaceAfter() for item, h in zip(column, heights, strict=True)
            )
            if column:
                total -= column[0].getSpaceBefore() + column[-1].getSpaceAfter()
            self._column_heights.append(total)
        self.height = max(self._column_heights, default=0.0) + 2 * self.padding_y
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        if self.tint is not None:
            draw_shapes(canvas, [rect_path(0, 0, self.width, self.height, fill=True)], fill=self.tint)
        x = 0.0
        for column, width, heights, total in zip(
            self.columns, self.widths, self._stacks, self._column_heights, strict=True
        ):
            y = (self.height + total) / 2 + (column[0].getSpaceBefore() if column else 0.0)
            for item, height in zip(column, heights, strict=True):
                y -= item.getSpaceBefore() + height
                item.drawOn(canvas, x + self.padding_x, y)
                y -= item.getSpaceAfter()
            x += width


def criterion_runs(benchmark: Benchmark, numbers: Numbers) -> list[Run]:
    """``1.1.3  text (mark)``: the id (in the document's digits, as everywhere on paper), the
    criterion text, and the bank-wording mark if any."""
    text, mark = criterion_text(benchmark, numbers.language)
    runs = [Run(numbers.number(benchmark.id) + "  ", bold=True), Run(text, italic=not benchmark.text_known)]
    if mark:
        runs.append(Run(f" ({mark})", italic=True))
    return runs


def _evidence(item: EvidenceItem, styles: Styles, context: DocumentContext) -> Flowable:
    if not item.url and re.fullmatch(r"https?://\S+", item.title.strip()):
        item = replace(item, url=item.title.strip(), title="")  # a bare address gets its QR code too
    title = item.title.strip() or item.url
    details = evidence_details(item, context.labels.language, context.numbers.digits)
    if details:
        title += f" — {details}"
    if not item.url:
        return ThaiParagraph(title, styles.item(1, "•", styles.body))
    text = [
        ThaiParagraph([Run(title, link=item.url)], restyle(styles.body, space_after=1)),
        ThaiParagraph([Run(item.url, link=item.url)], restyle(styles.small, underline_links=False)),
    ]
    return SideBySide([[QrCode(item.url, QR_SIZE)], text], [QR_SIZE + 10, FRAME_WIDTH - QR_SIZE - 10], padding=(0, 2))
