"""Time to show one very large question in the reading pane (not a test: a measurement).

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_detail_view.py [--rows 3000] [--megabytes 1]

Two questions: one whose answer holds a Markdown table of ``--rows`` rows, one whose answer is
``--megabytes`` of Thai paragraphs. Each is shown in a real QuestionDetailView (the pane the
Browse page uses), and the wall time of ``show_question`` (Markdown -> HTML -> Qt layout) is
printed, then the time of "Show all". Results are kept in docs/performance.md.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from PySide6.QtWidgets import QApplication

from sealprep.core.bank.model import Answer, Framework, Question
from sealprep.ui.browser.detail_view import QuestionDetailView

SENTENCE = "กรุงเทพมหานครจัดทำแผนปฏิบัติการด้านความเท่าเทียมทางเพศและติดตามผลทุกไตรมาส "


def table_question(rows: int) -> Question:
    lines = ["| เขต | โครงการ | งบประมาณ | ผู้รับผิดชอบ |", "|---|---|---|---|"]
    lines += [f"| เขต {i} | โครงการที่ {i} | {i * 1000:,} บาท | สำนักงานเขต {i} |" for i in range(rows)]
    return Question("big-table", 1, "คำถามที่มีตารางยาว", answers=[Answer("สยป.", "\n".join(lines))])


def long_question(megabytes: float) -> Question:
    paragraph = SENTENCE * 20 + "\n\n"
    count = int(megabytes * 1_000_000 / len(paragraph.encode("utf-8"))) + 1
    return Question("big-text", 1, "คำถามที่มีคำตอบยาวมาก", answers=[Answer("สยป.", paragraph * count)])


def timed(action) -> float:
    start = time.perf_counter()
    action()
    QApplication.processEvents()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=3000)
    parser.add_argument("--megabytes", type=float, default=1.0)
    parser.add_argument("--skip-show-all", action="store_true")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    view = QuestionDetailView()
    view.resize(800, 700)
    view.show()
    framework = Framework("กรุงเทพมหานคร", "", 40)
    for question in (table_question(args.rows), long_question(args.megabytes)):
        seconds = timed(lambda q=question: view.show_question(q, framework, {}))
        print(f"{question.id}: show_question {seconds:.2f} s, {len(view.rendered_html()):,} characters of HTML")
        show_all = getattr(view, "show_all", None)
        if show_all is not None and not args.skip_show_all:
            seconds = timed(show_all)
            print(f"{question.id}: show all {seconds:.2f} s, {len(view.rendered_html()):,} characters of HTML")
    app.quit()


if __name__ == "__main__":
    main()
