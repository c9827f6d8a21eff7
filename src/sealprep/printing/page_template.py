"""The A4 page every document shares: header, footer with "page X of Y", bookmarks and page
references, and people starting on right-hand pages.

Page numbers a page cannot know while it is drawn (the total in "page 3 of 41", the pages a table
of contents points to) are drawn *late*: where the number goes, the page keeps a marker, and once the pass has ended and
:class:`PageLedger` knows every anchor's page and the page count, the number's operators replace
the marker in the finished page (:meth:`PageLedger.late`). Such a number must not change the
layout (it is drawn in a box of fixed width), and then one pass builds the whole document.

A flowable whose *layout* depends on a page number (a cross reference inside running text)
declares it when it is made (:meth:`PageLedger.needs_two_passes`); the document is then built
in two passes, the first only learning page numbers (nothing is drawn), the second reading them
(:meth:`PageLedger.page_of`) through ReportLab's ``multiBuild``.

Everything drawn here, header and footer included, is a :class:`ThaiParagraph`.
"""

from __future__ import annotations

import copy
import gc
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from reportlab import rl_config
from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFStream, PDFZCompress
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import ActionFlowable, BaseDocTemplate, Flowable, Frame, PageTemplate
from reportlab.platypus.doctemplate import PageBegin

from sealprep.printing.fonts import register_fonts
from sealprep.printing.labels import Labels, Numbers
from sealprep.printing.pdf_text import draw_shapes, line_path
from sealprep.printing.rich_text import Alignment, TextStyle, restyle
from sealprep.printing.styles import (
    BOTTOM_MARGIN,
    FRAME_WIDTH,
    LEFT_MARGIN,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RIGHT_MARGIN,
    RULE,
    STYLES,
    TOP_MARGIN,
)
from sealprep.printing.thai_paragraph import ThaiParagraph


class PrintCancelled(Exception):
    """The user cancelled a print job; nothing was written."""


@dataclass
class _Pass:
    """What one build pass learnt."""

    total_pages: int = 0
    anchors: dict[str, int] = field(default_factory=dict)
    blank_pages: list[int] = field(default_factory=list)
    part_starts: list[int] = field(default_factory=list)
    """The first pages of the parts (the sections the page header names), in order."""


class PageLedger(Flowable):
    """Page numbers learnt in a pass: drawn late in the same pass, or read in the next one (an
    "indexing" flowable).

    Put it first in the story. ``current`` is what the pass records as it goes; ``previous`` what
    the last complete pass recorded. :meth:`late` draws a number once the pass has ended (one
    pass is enough); :meth:`page_of` reads the previous pass, for a layout that depends on a
    page number (two passes, declared with :meth:`needs_two_passes`).
    """

    def __init__(self) -> None:
        super().__init__()
        self.previous = _Pass()
        self.current = _Pass()
        self.passes = 0
        self.two_passes = False
        self._settled = False
        self._late: list[tuple[int, str, Callable[[Canvas], None]]] = []

    def needs_two_passes(self) -> None:
        """Something's layout depends on a page number (:meth:`page_of`): build twice."""
        self.two_passes = True

    # ReportLab's multiBuild protocol
    def isIndexing(self) -> int:
        return 1

    def beforeBuild(self) -> None:
        self.current = _Pass()
        self.passes += 1
        self._late = []

    def afterBuild(self) -> None:
        self._settled = self.current == self.previous or not self.two_passes
        self.previous = self.current

    def isSatisfied(self) -> int:
        return int(self._settled)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:
        pass

    def page_of(self, key: str) -> int | None:
        """The page an anchor fell on in the last complete pass (None in the first pass), for a
        layout that depends on it; only in a document that :meth:`needs_two_passes`."""
        if not self.two_passes:
            raise RuntimeError(
                f"page_of({key!r}) in a one-pass document: declare needs_two_passes() when the "
                "flowable is made, or draw the number with late()"
            )
        return self.previous.anchors.get(key)

    def late(self, canvas: Canvas, draw: Callable[[Canvas], None]) -> None:
        """Draw ``draw(canvas)`` here, but only once this pass has ended, when ``current`` holds
        every anchor's page and the page count (:meth:`final_page`). The page keeps a marker (a
        PDF comment) where the drawing goes; :meth:`draw_late` puts the operators in its place,
        in the coordinates in force here, before the document is written."""
        marker = f"%sealprep-late {len(self._late)}"
        canvas._code.append(marker)
        self._late.append((canvas.getPageNumber(), marker, draw))

    def final_page(self, key: str) -> int | None:
        """In a :meth:`late` drawing: the page ``key``'s anchor fell on in this pass."""
        return self.current.anchors.get(key)

    def draw_late(self, canvas: Canvas) -> None:
        """Draw every :meth:`late` drawing into its page (the pass has ended, every page is
        finished but none is written yet)."""
        pages = canvas._doc.Pages.pages
        code, forms = canvas._code, canvas._formsinuse
        try:
            for page_number, marker, draw in self._late:
                canvas._code, canvas._formsinuse = [], []
                draw(canvas)
                page = pages[page_number - 1]
                at = page.stream.find(marker + "\n")
                if at < 0:  # drawn into a form or a page that was not kept: a bug, never a silent gap
                    raise RuntimeError(f"page {page_number} lost the place of a late page number")
                rest = at + len(marker) + 1
                page.stream = page.stream[:at] + "\n".join([*canvas._code, ""]) + page.stream[rest:]
                if canvas._formsinuse:  # outline forms (a decomposed sara am) join the page's resources
                    used = dict(page.XObjects.dict) if page.XObjects is not None else {}
                    used.update(canvas._doc.xobjDict(canvas._formsinuse).dict)
                    page.XObjects = PDFDictionary(used)
        finally:
            canvas._code, canvas._formsinuse = code, forms
        self._late = []


class Anchor(Flowable):
    """An invisible mark: records its page, adds a bookmark and an outline entry, names the
    section shown in the page header, and reports progress.

    ``on_reached(pass_number)`` is called when the anchor is drawn (the job's progress and
    cancel check). It keeps with the flowable after it, so a heading never leaves its anchor
    at the foot of the page before.
    """

    def __init__(
        self,
        ledger: PageLedger,
        key: str,
        outline: tuple[str, int] | None = None,
        section: str | None = None,
        on_reached: Callable[[int], None] | None = None,
    ) -> None:
        super().__init__()
        self.ledger = ledger
        self.key = key
        self.outline = outline
        self.section = section
        self.on_reached = on_reached
        self.keepWithNext = True

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:
        canvas = self.canv
        page = canvas.getPageNumber()
        self.ledger.current.anchors[self.key] = page
        canvas.bookmarkHorizontal(self.key, 0, 4)
        if self.outline is not None:
            title, level = self.outline
            canvas.addOutlineEntry(title, self.key, level=level, closed=level > 0)
        document = getattr(canvas, "_doctemplate", None)
        if self.section is not None and isinstance(document, SealDocTemplate):
            document.section = self.section
            document.section_page = page
            self.ledger.current.part_starts.append(page)
        if self.on_reached is not None:
            self.on_reached(self.ledger.passes)


class RightHandStart(ActionFlowable):
    """Start what follows on a new right-hand (odd) page, leaving a blank left page if needed.

    For duplex printing: a person's sheet then begins on the front of a leaf. Pages are numbered
    from 1, so odd pages are right-hand pages.
    """

    def __init__(self) -> None:
        super().__init__()

    def apply(self, document: BaseDocTemplate) -> None:
        page_begun = not (document._hanging and document._hanging[-1] is PageBegin)
        if page_begun and (document._curPageFlowableCount > 0 or not document.frame._atTop):
            document.handle_pageBreak()
        document.clean_hanging()  # begin the next page now: its number decides
        if document.page % 2 == 0:
            document.handle_pageBreak()  # this left-hand page stays blank
            document.clean_hanging()


@contextmanager
def without_cyclic_gc() -> Iterator[None]:
    """Keep the cyclic garbage collector off while a document is composed and built: it would
    walk the growing story and PDF again and again (a tenth of a booklet's time); what the job
    leaves is collected as usual afterwards."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def _skip_drawing(*_args: object, **_kwargs: object) -> None:
    pass


class _BodyFrame(Frame):
    """The page's one frame. In a layout-only pass it places flowables without drawing them;
    anchors still draw, because they record their pages."""

    def _add(self, flowable: Flowable, canv: Canvas, trySplit: int = 0) -> int:
        document = getattr(canv, "_doctemplate", None)
        if not getattr(document, "layout_only", False) or isinstance(flowable, Anchor):
            return int(super()._add(flowable, canv, trySplit))
        flowable.drawOn = _skip_drawing  # an instance attribute shadows the method for this call
        try:
            return int(super()._add(flowable, canv, trySplit))
        finally:
            del flowable.drawOn

    add = _add  # ReportLab calls ``add``, an alias made in Frame's class body

    def __deepcopy__(self, memo: dict[int, object]) -> _BodyFrame:
        """ReportLab deep-copies the frame whenever it measures a group of flowables (a
        heading kept with what follows); its state is numbers, so copy only what is not."""
        twin = copy.copy(self)
        for name, value in self.__dict__.items():
            if not isinstance(value, (int, float, str, type(None))):
                twin.__dict__[name] = copy.deepcopy(value, memo)
        return twin


@dataclass(frozen=True)
class Furniture:
    """What every page's header and footer say."""

    title: str
    marking: str
    labels: Labels
    numbers: Numbers
    part_numbers: bool = False
    """Also number each part's pages on its own ("page 1 of 6 of this sheet"), so that a
    person's leaves taken out of a booklet are numbered in themselves."""


class SealDocTemplate(BaseDocTemplate):
    """A4, one frame, header and footer on every page, built in as many passes as page
    references need (see :class:`PageLedger`)."""

    def __init__(
        self,
        path: str | os.PathLike[str],
        furniture: Furniture,
        ledger: PageLedger,
        gutter: float = 0.0,
        **metadata: str,
    ) -> None:
        super().__init__(
            str(path),
            pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
            leftMargin=LEFT_MARGIN,
            rightMargin=RIGHT_MARGIN,
            topMargin=TOP_MARGIN,
            bottomMargin=BOTTOM_MARGIN,
            creator="sealprep",
            # A TrueType initial font keeps ReportLab from naming Helvetica in every page's and
            # form's preamble: a font referenced but never used, and never embedded.
            initialFontName=register_fonts().regular,
            **metadata,
        )
        self.furniture = furniture
        self.ledger = ledger
        self.gutter = gutter
        self.section = ""
        self.section_page = 0
        frame = _BodyFrame(
            LEFT_MARGIN,
            BOTTOM_MARGIN,
            FRAME_WIDTH,
            PAGE_HEIGHT - TOP_MARGIN - BOTTOM_MARGIN,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        self.addPageTemplates([PageTemplate("page", [frame], onPage=self._place_frame, onPageEnd=self._draw_furniture)])

    def left_edge(self, page: int) -> float:
        """Where the text block (and the header and footer) starts on ``page``: the binding
        gutter moves it right on odd (right-hand) pages and left on even ones, keeping its width,
        so the inner margin grows by the gutter and the outer one gives it up."""
        return LEFT_MARGIN + (self.gutter if page % 2 else -self.gutter)

    def _place_frame(self, canvas: Canvas, document: BaseDocTemplate) -> None:
        # Called as a page begins, before ReportLab resets the frame for it.
        frame = self.pageTemplate.frames[0]
        frame.__dict__["_x1"] = self.left_edge(self.page)
        frame._geom()

    @property
    def layout_only(self) -> bool:
        """The first of two passes only learns page numbers: nothing is drawn but anchors (its
        canvas is never saved), which halves the drawing work of a two-pass build."""
        return self.ledger.two_passes and self.ledger.passes <= 1

    def _endBuild(self) -> None:
        super()._endBuild()  # the last page is finished (multiBuild saves the canvas later)
        if not self.layout_only:
            self.ledger.draw_late(self.canv)
            compress_pages_meanwhile(self.canv)

    def beforeDocument(self) -> None:
        self.section = ""
        self.section_page = 0
        self._furniture_lines: dict[tuple[str, TextStyle, float, Alignment], tuple[ThaiParagraph, float]] = {}
        self.canv.setTitle(self.title)
        self.canv.showOutline()

    def build_document(self, story: Sequence[Flowable]) -> int:
        """Build ``story`` (which must start with the ledger) in one pass, or until page
        references settle if a layout depends on them; returns the page count."""
        story = list(story)
        if not story or story[0] is not self.ledger:
            story.insert(0, self.ledger)
        with without_cyclic_gc():
            self.multiBuild(story, maxPasses=4)
        return self.ledger.previous.total_pages

    # -- furniture -------------------------------------------------------------------------------
    def _draw_furniture(self, canvas: Canvas, document: BaseDocTemplate) -> None:
        page = canvas.getPageNumber()
        ledger = self.ledger
        ledger.current.total_pages = page
        blank = self._curPageFlowableCount == 0
        if blank:
            ledger.current.blank_pages.append(page)
        if self.layout_only:
            return
        furniture = self.furniture
        styles = STYLES
        top = PAGE_HEIGHT - 40
        left = self.left_edge(page)
        right = left + FRAME_WIDTH
        draw_shapes(canvas, [line_path(left, top - 15, right, top - 15), line_path(left, 44, right, 44)], RULE, 0.5)
        half = FRAME_WIDTH / 2 - 6
        section = self.section if not blank else ""
        made = self._furniture_lines
        _draw_line(canvas, furniture.title, styles.furniture, left, top, half, Alignment.LEFT, made)
        if section:
            _draw_line(canvas, section, styles.furniture, right - half, top, half, Alignment.RIGHT, made)
        # The page number sits on the outer edge: right on odd pages, left on even ones, so it
        # shows at the edge of a duplex-printed booklet. Drawn left to right, so that readers
        # that keep drawing order and readers that sort by position read the same. It is drawn
        # late: the page count, and the part's, are known when the pass ends.
        marking_style = restyle(styles.furniture, bold=True)
        marking = furniture.marking if furniture.marking.strip() else ""
        right_x = right - half
        number_x, alignment = (right_x, Alignment.RIGHT) if page % 2 else (left, Alignment.LEFT)
        part_start = self.section_page if furniture.part_numbers else 0

        def page_number(form: Canvas) -> None:
            _draw_line(form, self._page_text(page, part_start), styles.furniture, number_x, 40, half, alignment)

        if page % 2 and marking:
            _draw_line(canvas, marking, marking_style, left, 40, half, Alignment.LEFT, made)
        ledger.late(canvas, page_number)
        if not page % 2 and marking:
            _draw_line(canvas, marking, marking_style, right_x, 40, half, Alignment.RIGHT, made)
        if blank:
            _draw_line(
                canvas,
                furniture.labels.blank_page,
                styles.small,
                left,
                PAGE_HEIGHT / 2,
                FRAME_WIDTH,
                Alignment.CENTER,
                made,
            )

    def _page_text(self, page: int, part_start: int) -> str:
        """The footer's "page 3 of 41", and with the part's first page "· page 1 of 6 of this
        sheet" (the pass has ended: ``ledger.current`` is complete)."""
        furniture, numbers = self.furniture, self.furniture.numbers
        total = self.ledger.current.total_pages
        text = furniture.labels.page_of.format(page=numbers.number(page), total=numbers.number(total))
        if part_start:
            number, count = self._part_of(page, part_start)
            part_text = furniture.labels.part_page_of.format(page=numbers.number(number), total=numbers.number(count))
            text = f"{text} · {part_text}"
        return text

    def _part_of(self, page: int, start: int) -> tuple[int, int]:
        """``page``'s number within the part that starts on page ``start`` and the part's page
        count (a blank left page before the next part is the back of this part's last leaf)."""
        done = self.ledger.current
        after = [first for first in done.part_starts if first > start]
        end = after[0] - 1 if after else max(done.total_pages, page)
        return page - start + 1, max(end, page) - start + 1


class _Compressed:
    """A Flate "filter" whose work (ReportLab's own ``PDFZCompress``) was done by another thread:
    ReportLab's stream asks it to encode and gets the bytes compressed meanwhile."""

    pdfname = "FlateDecode"

    def __init__(self, done: Future[bytes]) -> None:
        self._done = done

    def encode(self, content: str | bytes) -> bytes:
        return self._done.result()


def compress_pages_meanwhile(canvas: Canvas) -> None:
    """Start compressing the finished pages' content on another thread, as ReportLab would when
    it writes them: zlib lets go of Python's lock, so the second core compresses while this
    one writes out the document's other objects (a tenth of a booklet's time, overlapped)."""
    if rl_config.useA85:
        return  # ReportLab's ASCII85 wrapping: leave it all to ReportLab
    pages = [page for page in canvas._doc.Pages.pages if page.compression and page.stream and not page.Contents]
    if not pages:
        return
    compressor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sealprep-compress")
    for page in pages:
        text = page.stream
        stream = PDFStream(content=text)
        stream.filters = [_Compressed(compressor.submit(PDFZCompress.encode, text))]
        stream.__Comment__ = "page stream"
        page.Contents = stream
    compressor.shutdown(wait=False)  # the thread ends when the last page is compressed


def _draw_line(
    canvas: Canvas,
    text: str,
    style: TextStyle,
    x: float,
    top: float,
    width: float,
    alignment: Alignment,
    made: dict[tuple[str, TextStyle, float, Alignment], tuple[ThaiParagraph, float]] | None = None,
) -> None:
    """Draw ``text`` as a ThaiParagraph whose top edge is at ``top``. With ``made``, a line
    drawn on page after page (a header, the marking) is made and wrapped once."""
    key = (text, style, width, alignment)
    found = made.get(key) if made is not None else None
    if found is None:
        paragraph = ThaiParagraph(text, restyle(style, alignment=alignment))
        found = (paragraph, paragraph.wrapOn(canvas, width, 1000)[1])
        if made is not None:
            made[key] = found
    paragraph, height = found
    paragraph.drawOn(canvas, x, top - height)


def replace_atomically(build: Callable[[Path], int], path: Path) -> int:
    """Build into ``path``'s ``.part`` sibling and move it into place only on success, so a
    cancelled or failed job never leaves a half-written PDF (nor destroys the old one)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".part")
    try:
        pages = build(partial)
        os.replace(partial, path)
        return pages
    finally:
        if partial.exists():
            partial.unlink()
