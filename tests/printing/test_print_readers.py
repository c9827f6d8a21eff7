"""The printed documents read the same in the PDF readers people use.

PDFium (Edge and Chrome, the default PDF viewer on most Windows laptops) and MuPDF (SumatraPDF)
read every page of the booklet, the bank book and a briefing sheet. Each page must give exactly
the characters pypdf reads from the glyphs' ToUnicode maps in drawing order (which
test_print_extraction and the document tests hold equal to the source): nothing doubled,
dropped or changed, no stray control or private-use characters, and every phrase in order.

Before the fix (measured on these documents): MuPDF repeated the rest of a phrase after every
ำ on 45 of 45 bank-book pages, PDFium duplicated and reordered lines on 3 of them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pypdf
import pytest
from print_documents import in_order, squeeze


def _pdfium_pages(path: Path) -> list[str]:
    pypdfium2 = pytest.importorskip("pypdfium2")
    document = pypdfium2.PdfDocument(path)
    try:
        return [page.get_textpage().get_text_range() for page in document]
    finally:
        document.close()


def _mupdf_pages(path: Path) -> list[str]:
    pymupdf = pytest.importorskip("pymupdf")
    with pymupdf.open(path) as document:
        return [page.get_text() for page in document]


READERS: dict[str, Callable[[Path], list[str]]] = {"pdfium": _pdfium_pages, "mupdf": _mupdf_pages}
_STRAY = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ue000-\uf8ff\ufffe\uffff\U000f0000-\U0010ffff]")


@pytest.fixture(scope="module", params=["booklet", "bank", "sheet"])
def document(request, printed) -> tuple[str, Path, list[str]]:
    path = {"booklet": printed.booklet, "bank": printed.bank, "sheet": printed.sheet_with_notes}[request.param]
    assert path is not None
    return request.param, path, [page.extract_text() for page in pypdf.PdfReader(path).pages]


@pytest.mark.parametrize("reader", sorted(READERS))
def test_every_page_reads_exactly_the_printed_characters(document, reader):
    name, path, reference = document
    pages = READERS[reader](path)
    assert len(pages) == len(reference)
    problems = []
    for number, (expected, got) in enumerate(zip(reference, pages), start=1):
        stray = _STRAY.findall(got)
        want, have = Counter(squeeze(expected)), Counter(squeeze(got))
        if stray or want != have:
            doubled = "".join(sorted((have - want).elements()))[:40]
            dropped = "".join(sorted((want - have).elements()))[:40]
            problems.append(f"{name} p.{number}: extra {doubled!r}, missing {dropped!r}, stray {stray[:5]!r}")
    assert problems == []


@pytest.mark.parametrize("reader", sorted(READERS))
def test_every_phrase_reads_in_order(document, reader):
    name, path, reference = document
    pages = READERS[reader](path)
    problems = []
    for number, (expected, got) in enumerate(zip(reference, pages), start=1):
        phrases = [squeeze(phrase) for phrase in expected.split() if len(squeeze(phrase)) >= 6]
        missing = in_order(squeeze(got), phrases)
        if missing:
            problems.append(f"{name} p.{number}: {missing[:3]}")
    assert problems == []


def test_the_reference_is_the_source_text(document):
    """pypdf's page text is the yardstick above: make sure it has no stray characters itself and
    reads the Thai of the bank as written (sara am whole, not as nikhahit + sara aa)."""
    _, _, reference = document
    text = "".join(reference)
    assert not _STRAY.findall(text)
    assert "ำ" in text and "\u0e4d\u0e32" not in text
