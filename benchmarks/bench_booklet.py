"""Benchmark: a briefing booklet for 50 people with 15 assigned questions each.

Builds a store with the starter bank (``questions/``), 50 synthetic interviewees and 15
assignments each (the bank's questions in turn, repeated as needed, primary and backup
alternating), a session per person with an assessor panel, then times the whole
:func:`sealprep.printing.jobs.print_booklet` job: reading the store, composing, both layout
passes and writing the PDF.

``--plain`` also times the same booklet typeset *without* the Thai work: every
``ThaiParagraph`` is swapped for a stock, unshaped ReportLab ``Paragraph`` in the same font,
size, leading, indents, bullets and colours (no segmentation, no shaping, no ToUnicode or
ActualText mapping); everything else (QR codes, tables, ruled lines, page furniture, two
passes) is the same code. The ratio is the cost of the Thai work.

Usage::

    python benchmarks/bench_booklet.py [--people 50] [--questions 15] [--repeat 3] [--plain] [--profile]

Timings are the best of ``--repeat`` runs after one warm-up run (which loads the newmm
dictionary and fills the shaping cache, as the app's first print does); the cold first run is
reported too.
"""

from __future__ import annotations

import argparse
import cProfile
import html
import pstats
import sys
import tempfile
import time
from datetime import date
from datetime import time as clock
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from reportlab.lib.colors import Color  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import Paragraph  # noqa: E402

from sealprep.core.bank.service import import_folder  # noqa: E402
from sealprep.core.secretariat.people import Person  # noqa: E402
from sealprep.core.secretariat.schedule import Assessor, Session  # noqa: E402
from sealprep.core.store import Store  # noqa: E402
from sealprep.printing import bank_book, booklet, briefing_document, document_parts, page_template  # noqa: E402
from sealprep.printing.fonts import font_dir  # noqa: E402
from sealprep.printing.jobs import PrintOptions, print_booklet  # noqa: E402
from sealprep.printing.rich_text import Alignment, Run, TextStyle  # noqa: E402
from sealprep.printing.thai_paragraph import ThaiParagraph  # noqa: E402

FIRST_NAMES = ("กัลยา", "สมชาย", "วรรณา", "ประเสริฐ", "สุนิสา", "ธนพล", "พิมพ์ชนก", "อนุชา", "จิราภรณ์", "วีระ")
LAST_NAMES = ("ศรีสุข", "ใจดี", "ปั้นน้ำ", "มั่นคง", "รักเรียน")
AGENCIES = ("สยป.", "สนอ.", "สำนักงาน ก.ก.", "สนศ.", "สพส.")


def make_store(path: Path, people: int, per_person: int) -> list[int]:
    with Store.open(path) as store:
        import_folder(store, REPO / "questions")
        questions = [q.id for q in store.bank.questions()]
        panel = [
            store.schedule.save_assessor(Assessor(name, "UNDP")).id
            for name in ("Ms. Damaris Rosabal", "Mr. Assessor Two")
        ]
        ids = []
        for number in range(people):
            name = f"นางสาว{FIRST_NAMES[number % 10]} {LAST_NAMES[number // 10 % 5]}{number}"
            person = store.people.save(Person(name, position="นักวิเคราะห์นโยบายและแผน", agency=AGENCIES[number % 5]))
            ids.append(person.id)
            for index in range(per_person):
                question = questions[(number * 7 + index) % len(questions)]
                store.assignments.set(person.id, question, "primary" if index % 2 == 0 else "backup")
            day = date(2026, 2, 9 + number % 5)
            start = clock(9 + number % 8, 0)
            store.schedule.save_session(
                Session(
                    day,
                    start,
                    clock(start.hour, 45),
                    f"ห้อง {300 + number}",
                    assessor_ids=panel,
                    interviewee_ids=[person.id],
                )
            )
        return ids


# -- the plain baseline: stock ReportLab paragraphs, no Thai work ---------------------------------

_ALIGN = {
    Alignment.LEFT: TA_LEFT,
    Alignment.CENTER: TA_CENTER,
    Alignment.RIGHT: TA_RIGHT,
    Alignment.JUSTIFY: TA_JUSTIFY,
}
_PLAIN_FONTS = {
    (False, False): "BenchPlain",
    (True, False): "BenchPlainBold",
    (False, True): "BenchPlainItalic",
    (True, True): "BenchPlainBoldItalic",
}


def _register_plain_fonts() -> None:
    if "BenchPlain" in pdfmetrics.getRegisteredFontNames():
        return
    files = {
        "BenchPlain": "Regular",
        "BenchPlainBold": "Bold",
        "BenchPlainItalic": "Italic",
        "BenchPlainBoldItalic": "BoldItalic",
    }
    for name, style in files.items():
        pdfmetrics.registerFont(TTFont(name, str(font_dir() / f"Sarabun-{style}.ttf")))
    pdfmetrics.registerFontFamily(
        "BenchPlain",
        normal="BenchPlain",
        bold="BenchPlainBold",
        italic="BenchPlainItalic",
        boldItalic="BenchPlainBoldItalic",
    )


class PlainParagraph(Paragraph):
    """A stock ReportLab Paragraph that takes ThaiParagraph's arguments."""

    def __init__(self, content, style: TextStyle | ParagraphStyle | None = None, family=None, **split_args) -> None:
        if isinstance(style, ParagraphStyle):  # ReportLab re-creating split parts
            super().__init__(content, style, **split_args)
            return
        style = style or TextStyle()
        runs = [Run(content)] if isinstance(content, str) else list(content)
        markup = []
        for run in runs:
            text = html.escape(run.text, quote=False).replace("\n", "<br/>").replace("\u200b", "")
            if run.size:
                text = f'<font size="{run.size}">{text}</font>'
            if run.bold:
                text = f"<b>{text}</b>"
            if run.italic:
                text = f"<i>{text}</i>"
            if run.link:
                text = f'<a href="{html.escape(run.link)}" color="blue">{text}</a>'
            markup.append(text)
        paragraph_style = ParagraphStyle(
            "plain",
            fontName=_PLAIN_FONTS[(style.bold, style.italic)],
            fontSize=style.size,
            leading=style.leading,
            alignment=_ALIGN[style.alignment],
            textColor=Color(*style.color),
            firstLineIndent=style.first_line_indent,
            leftIndent=style.left_indent,
            rightIndent=style.right_indent,
            bulletIndent=style.bullet_indent,
            bulletFontName="BenchPlain",
            bulletFontSize=style.size,
            spaceBefore=style.space_before,
            spaceAfter=style.space_after,
            keepWithNext=style.keep_with_next,
        )
        bullet = html.escape(style.bullet) if style.bullet else None
        super().__init__("".join(markup), paragraph_style, bulletText=bullet)
        self.text_style = style

    def content_widths(self) -> tuple[float, float]:
        """What table columns and the cover's question list ask for: the widest word and the
        whole text on one line (measured with the stock font; a benchmark only)."""
        text = self.getPlainText()
        font, size = self.style.fontName, self.style.fontSize
        widest_word = max((pdfmetrics.stringWidth(word, font, size) for word in text.split()), default=0.0)
        return widest_word, pdfmetrics.stringWidth(text, font, size)

    def line_positions(self, width: float) -> list[tuple[float, float, float]]:
        """What CheckItem and TocLine ask for; the width is approximated (a benchmark only)."""
        self.wrap(width, 10_000)
        lines = max(1, len(getattr(self.blPara, "lines", [])))
        leading = self.style.leading
        return [(0.0, width * 0.6, leading * (index + 0.8)) for index in range(lines)]


def plain_typesetting() -> None:
    """Swap ThaiParagraph for PlainParagraph wherever the documents use it."""
    _register_plain_fonts()
    for module in (page_template, document_parts, briefing_document, booklet, bank_book):
        module.ThaiParagraph = PlainParagraph


def thai_typesetting() -> None:
    for module in (page_template, document_parts, briefing_document, booklet, bank_book):
        module.ThaiParagraph = ThaiParagraph


def run(store_path: Path, ids: list[int], out: Path) -> tuple[float, int]:
    with Store.open(store_path) as store:
        start = time.perf_counter()
        result = print_booklet(store, ids, out, PrintOptions(printed_on=date(2026, 2, 2)))
        return time.perf_counter() - start, result.pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=50)
    parser.add_argument("--questions", type=int, default=15, help="assigned questions per person")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs after the warm-up (best is kept)")
    parser.add_argument("--plain", action="store_true", help="also time the booklet without the Thai work")
    parser.add_argument("--profile", action="store_true", help="cProfile one warm run with the Thai engine")
    parser.add_argument("--keep", type=Path, help="copy the booklet here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        store_path = Path(folder) / "bench.db"
        ids = make_store(store_path, args.people, args.questions)
        out = Path(folder) / "booklet.pdf"
        print(f"booklet: {args.people} people x {args.questions} questions, starter bank, A4")
        thai_typesetting()
        cold, pages = run(store_path, ids, out)
        print(f"  {'Thai engine, cold (first print)':<34} {cold:6.2f} s  {pages:4d} pages  {pages / cold:6.1f} pages/s")
        engine = min(run(store_path, ids, out)[0] for _ in range(args.repeat))
        size = out.stat().st_size / 1e6
        print(
            f"  {f'Thai engine, warm (best of {args.repeat})':<34} {engine:6.2f} s  {pages:4d} pages  {pages / engine:6.1f} pages/s  {size:.1f} MB"
        )
        if args.keep:
            args.keep.write_bytes(out.read_bytes())
        if args.profile:
            profiler = cProfile.Profile()
            profiler.enable()
            run(store_path, ids, out)
            profiler.disable()
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
        if args.plain:
            plain_typesetting()
            try:
                run(store_path, ids, out)
                plain_times = []
                for _ in range(args.repeat):
                    seconds, plain_pages = run(store_path, ids, out)
                    plain_times.append(seconds)
            finally:
                thai_typesetting()
            plain = min(plain_times)
            print(
                f"  {'stock ReportLab, no Thai work':<34} {plain:6.2f} s  {plain_pages:4d} pages  {plain_pages / plain:6.1f} pages/s"
            )
            print(f"  Thai work costs {engine / plain:.2f}x the plain booklet (warm)")


if __name__ == "__main__":
    main()
