"""A paragraph drawn again in the same document writes the operators of its first drawing
(``ThaiParagraph.draw`` keeps them per document): every copy must read back as the source, in
every reader, with its own link, wherever on the page it lands."""

from __future__ import annotations

import pypdf
from reportlab.platypus import PageBreak, Spacer

from sealprep.printing.rich_text import Alignment, Run, TextStyle
from sealprep.printing.thai_paragraph import ThaiParagraph

URL = "https://example.org/seal"


def _runs(text: str) -> list[Run]:
    return [Run(text + " "), Run("สำนักงานเขต ดูที่นี่", link=URL)]


def test_equal_paragraphs_on_several_pages_read_back_whole(make_pdf, extract, squeeze, thai_paragraphs, hard_words):
    text = " ".join(hard_words) + " " + thai_paragraphs[0][:300]
    style = TextStyle(alignment=Alignment.JUSTIFY, space_after=6)
    story = []
    for offset in (0, 120, 333):  # three copies, each at another height, each on its own page
        story += [Spacer(1, offset), ThaiParagraph(_runs(text), style), PageBreak()]
    pdf = make_pdf(story, name="repeated.pdf")
    reader = pypdf.PdfReader(pdf)
    assert len(reader.pages) == 3
    expected = squeeze(text + " สำนักงานเขต ดูที่นี่")
    for number in range(3):
        single = pypdf.PdfWriter()
        single.add_page(reader.pages[number])
        page_pdf = pdf.with_name(f"page-{number}.pdf")
        single.write(page_pdf)
        assert squeeze(extract(page_pdf)) == expected
        links = [a.get_object() for a in reader.pages[number].get("/Annots", [])]
        assert [a["/A"]["/URI"] for a in links] == [URL]
    tops = [float(reader.pages[n]["/Annots"][0].get_object()["/Rect"][3]) for n in range(3)]
    assert tops[0] > tops[1] > tops[2]  # each link sits where its copy was drawn
