"""Benchmark: a 50-person booklet of Thai text, this engine vs. stock ReportLab.

Typesets 50 people x 15 paragraphs (about 525,000 characters, 14 pt,
justified, A4) twice: with :class:`ThaiParagraph` (segmentation, shaping,
ToUnicode/ActualText) and with plain unshaped ReportLab ``Paragraph`` objects
in the same font, and prints seconds, pages per second and the ratio.

The engine is timed three ways:

* ``cold``: first booklet in a fresh process, including loading the newmm
  dictionary (about 0.7 s, paid once per process);
* ``warm``: another, different booklet in the same process (the realistic
  case in the app, where the dictionary is loaded and common words are
  already shaped);
* ``uncached``: like warm, but with the segmentation and shaping caches
  emptied first, so every word is segmented and shaped again.

Warm, uncached and stock timings are the best of ``--repeat`` runs (other
work on the machine only ever adds time), interleaved so that drifting load
hits all three alike.  Everything is measured twice: with ReportLab's default
ASCII85-wrapped streams, and with binary streams
(:func:`~sealprep.printing.reportlab_setup.use_binary_streams`), which the
app uses.

Text comes from ``/work/shared/seeds`` when present, else from the test
fixture.  Usage: ``python benchmarks/bench_thai_typesetting.py [--repeat N] [--profile]``.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import re
import time
from io import BytesIO
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, PageBreak, Paragraph, SimpleDocTemplate

from sealprep.core.thai import breaks as thai_segmenter
from sealprep.printing import shaping
from sealprep.printing.fonts import font_dir, register_fonts
from sealprep.printing.rich_text import Alignment, TextStyle
from sealprep.printing.thai_paragraph import ThaiParagraph

PEOPLE = 50
PARAGRAPHS_PER_PERSON = 15
PARAGRAPH_LENGTH = 700  # characters: 50 x 15 x 700 = 525,000
SIZE = 14.0
REPO = Path(__file__).resolve().parent.parent
SEEDS = Path("/work/shared/seeds")
FIXTURE = REPO / "tests" / "printing" / "data" / "thai_paragraphs.txt"


def source_paragraphs() -> list[str]:
    """Paragraphs of about PARAGRAPH_LENGTH characters cut from real Thai text."""
    files = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else [FIXTURE]
    text = " ".join(
        line.strip(" -#*")
        for path in files
        for line in path.read_text(encoding="utf-8").splitlines()
        if re.search("[\u0e01-\u0e5b]", line) and "<" not in line
    )
    words = text.split()
    paragraphs, current = [], []
    length = 0
    for word in words:
        current.append(word)
        length += len(word) + 1
        if length >= PARAGRAPH_LENGTH:
            paragraphs.append(" ".join(current)[:PARAGRAPH_LENGTH].rstrip())
            current, length = [], 0
    return paragraphs


def booklet_texts(paragraphs: list[str], offset: int) -> list[list[str]]:
    """Per person, 15 paragraphs; ``offset`` makes a different booklet."""
    count = len(paragraphs)
    return [
        [paragraphs[(offset + person * 7 + index * 11) % count] for index in range(PARAGRAPHS_PER_PERSON)]
        for person in range(PEOPLE)
    ]


def build(story: list[Flowable]) -> int:
    """Write ``story`` to an in-memory A4 PDF; return the page count."""
    document = SimpleDocTemplate(
        BytesIO(), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm
    )
    document.build(story)
    return document.page


def engine_story(people: list[list[str]]) -> list[Flowable]:
    heading = TextStyle(size=20, bold=True, keep_with_next=True, space_after=8)
    body = TextStyle(size=SIZE, alignment=Alignment.JUSTIFY, first_line_indent=28, space_after=6)
    story: list[Flowable] = []
    for number, paragraphs in enumerate(people, 1):
        story.append(ThaiParagraph(f"ผู้เข้ารับการสัมภาษณ์คนที่ {number}", heading))
        story += [ThaiParagraph(text, body) for text in paragraphs]
        story.append(PageBreak())
    return story


def reportlab_story(people: list[list[str]]) -> list[Flowable]:
    if "SarabunPlain" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("SarabunPlain", str(font_dir() / "Sarabun-Regular.ttf")))
        pdfmetrics.registerFont(TTFont("SarabunPlainBold", str(font_dir() / "Sarabun-Bold.ttf")))
    heading = ParagraphStyle("h", fontName="SarabunPlainBold", fontSize=20, leading=32, spaceAfter=8)
    body = ParagraphStyle(
        "b",
        fontName="SarabunPlain",
        fontSize=SIZE,
        leading=SIZE * 1.6,
        alignment=TA_JUSTIFY,
        firstLineIndent=28,
        spaceAfter=6,
    )
    story: list[Flowable] = []
    for number, paragraphs in enumerate(people, 1):
        story.append(Paragraph(f"ผู้เข้ารับการสัมภาษณ์คนที่ {number}", heading))
        story += [Paragraph(text, body) for text in paragraphs]
        story.append(PageBreak())
    return story


def timed(make_story, people: list[list[str]]) -> tuple[float, int]:
    """Seconds to create the flowables and build the PDF, and pages."""
    start = time.perf_counter()
    pages = build(make_story(people))
    return time.perf_counter() - start, pages


def clear_caches() -> None:
    shaping.shape.cache_clear()
    thai_segmenter._thai_word_boundaries.cache_clear()


def report(label: str, seconds: float, pages: int, baseline: float | None = None) -> None:
    ratio = f"  {seconds / baseline:4.2f}x stock" if baseline else ""
    print(f"  {label:<28} {seconds:6.2f} s  {pages:4d} pages  {pages / seconds:6.0f} pages/s{ratio}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement (best is kept)")
    parser.add_argument("--profile", action="store_true", help="cProfile a warm engine run")
    args = parser.parse_args()

    paragraphs = source_paragraphs()
    first = booklet_texts(paragraphs, 0)
    characters = sum(len(text) for person in first for text in person)
    print(f"{PEOPLE} people x {PARAGRAPHS_PER_PERSON} paragraphs, {characters:,} characters, {SIZE:g} pt")

    register_fonts()
    cold = timed(engine_story, first)
    timed(reportlab_story, first)  # let ReportLab warm up too
    for ascii85 in (True, False):
        rl_config.useA85 = int(ascii85)
        warm_runs, uncached_runs, stock_runs = [], [], []
        for run in range(1, args.repeat + 1):
            booklet = booklet_texts(paragraphs, run)
            stock_runs.append(timed(reportlab_story, booklet))
            warm_runs.append(timed(engine_story, booklet))
            clear_caches()
            uncached_runs.append(timed(engine_story, booklet))
        stock, warm, uncached = min(stock_runs), min(warm_runs), min(uncached_runs)

        print("ASCII85 streams (ReportLab default):" if ascii85 else "binary streams (use_binary_streams()):")
        report("stock ReportLab (unshaped)", *stock)
        if ascii85:
            report("engine, cold process", *cold, baseline=stock[0])
        report("engine, warm", *warm, baseline=stock[0])
        report("engine, caches emptied", *uncached, baseline=stock[0])

    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        timed(engine_story, booklet_texts(paragraphs, args.repeat + 1))
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)


if __name__ == "__main__":
    main()
