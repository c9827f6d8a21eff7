"""Page numbers drawn late: a document whose layout does not depend on page numbers (contents
lines, "page 3 of 41") is built in one pass, the numbers written into the finished pages once
the pass has ended; a layout that does depend on one (a cross reference in running text) still
takes two passes. Read back from real PDFs."""

from __future__ import annotations

import re

import pypdf
import pytest
from reportlab.platypus import PageBreak

from sealprep.printing.document_parts import DocumentContext, TocLine
from sealprep.printing.labels import Numbers, labels_for
from sealprep.printing.page_template import Anchor, Furniture, PageLedger, SealDocTemplate
from sealprep.printing.rich_text import Run
from sealprep.printing.styles import STYLES
from sealprep.printing.thai_paragraph import ThaiParagraph


def _document(path, ledger: PageLedger, language: str = "en", digits: str = "arabic") -> SealDocTemplate:
    labels = labels_for(language)
    furniture = Furniture("Late numbers", "", labels, Numbers(language, digits))
    return SealDocTemplate(path, furniture, ledger, title="late")


def _contents_and_chapters(context: DocumentContext, names: list[str], pages_each: list[int]) -> list:
    """A contents page listing chapters, then the chapters, each ``pages_each`` pages long."""
    story: list = [ThaiParagraph("Contents", STYLES.title)]
    story += [TocLine([Run(name)], f"chapter-{i}", context, STYLES.toc_entry) for i, name in enumerate(names)]
    for i, (name, pages) in enumerate(zip(names, pages_each, strict=True)):
        story += [PageBreak(), Anchor(context.ledger, f"chapter-{i}"), ThaiParagraph(name, STYLES.title)]
        for _ in range(pages - 1):
            story += [PageBreak(), ThaiParagraph(f"{name}, more", STYLES.body)]
    return story


def _texts(path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in pypdf.PdfReader(path).pages]


def test_contents_and_page_totals_are_right_in_one_pass(tmp_path):
    ledger = PageLedger()
    context = DocumentContext(labels_for("en"), Numbers("en", "arabic"), {}, ledger)
    names = ["Alpha chapter", "Beta chapter", "Gamma chapter"]
    path = tmp_path / "one-pass.pdf"
    pages = _document(path, ledger).build_document(_contents_and_chapters(context, names, [2, 5, 1]))
    assert ledger.passes == 1
    texts = _texts(path)
    assert pages == len(texts) == 1 + 2 + 5 + 1
    for number, text in enumerate(texts, 1):
        assert f"page {number} of {pages}" in text
    starts = {name: next(n for n, t in enumerate(texts, 1) if t.count(name) and n > 1) for name in names}
    assert starts == {"Alpha chapter": 2, "Beta chapter": 4, "Gamma chapter": 9}
    for name, page in starts.items():  # the contents line: the title, then its page
        assert re.search(rf"{name} {page}\b", texts[0]), texts[0]
    assert "%sealprep-late" not in path.read_bytes().decode("latin-1")  # every marker was replaced


def test_thai_digits_in_late_numbers(tmp_path):
    ledger = PageLedger()
    context = DocumentContext(labels_for("th"), Numbers("th", "thai"), {}, ledger)
    path = tmp_path / "thai.pdf"
    pages = _document(path, ledger, "th", "thai").build_document(
        _contents_and_chapters(context, ["บทที่หนึ่ง", "บทที่สอง"], [11, 2])
    )
    texts = _texts(path)
    assert pages == 14 and "หน้า ๑๔ จาก ๑๔" in texts[-1].replace("\u200b", "")
    assert re.search(r"บทที่สอง ๑๓", texts[0]), texts[0]


def test_a_late_number_may_need_a_glyph_outline(tmp_path):
    """A late drawing that needs an outline form (the decomposed ring of sara am) lists it among
    its page's resources, so every reader can draw it."""
    ledger = PageLedger()
    path = tmp_path / "outline.pdf"

    class LateWord(ThaiParagraph):
        def draw(self) -> None:
            ledger.late(self.canv, lambda canvas: ThaiParagraph("คำนำ", STYLES.body).drawOn(canvas, 0, 0))

    _document(path, ledger).build_document([LateWord("x", STYLES.body)])
    page = pypdf.PdfReader(path).pages[0]
    content = page.get_contents().get_data().decode("latin-1")
    used = set(re.findall(r"/(FormXob\.\w+) Do", content))
    assert used, content
    assert used <= {name.lstrip("/") for name in page["/Resources"]["/XObject"]}


def test_a_layout_that_reads_page_numbers_takes_two_passes(tmp_path):
    ledger = PageLedger()

    class PageInText(ThaiParagraph):
        """Running text that names a page: its wrapping depends on the number."""

        def __init__(self) -> None:
            ledger.needs_two_passes()
            super().__init__("see", STYLES.body)

        def wrap(self, availWidth, availHeight):
            page = ledger.page_of("target")  # remade with the page, as CrossReference does
            ThaiParagraph.__init__(self, f"see page {page or '…'}", STYLES.body)
            return super().wrap(availWidth, availHeight)

    path = tmp_path / "two-pass.pdf"
    story = [PageInText(), PageBreak(), PageBreak(), Anchor(ledger, "target"), ThaiParagraph("here", STYLES.body)]
    _document(path, ledger).build_document(story)
    assert ledger.passes == 2
    assert "see page 3" in _texts(path)[0]


def test_reading_the_previous_pass_in_a_one_pass_document_is_refused():
    ledger = PageLedger()
    with pytest.raises(RuntimeError, match="needs_two_passes"):
        ledger.page_of("anything")


def test_a_late_number_that_lost_its_place_stops_the_job(tmp_path):
    """A late drawing asked for inside a form XObject has no place in the page: the job fails
    loudly instead of printing a page with a number missing."""
    ledger = PageLedger()

    class InAForm(ThaiParagraph):
        def draw(self) -> None:
            canvas = self.canv
            canvas.beginForm("stray")
            ledger.late(canvas, lambda form: None)
            canvas.endForm()
            canvas.doForm("stray")

    with pytest.raises(RuntimeError, match="lost the place of a late page number"):
        _document(tmp_path / "lost.pdf", ledger).build_document([InAForm("x", STYLES.body)])
