"""The bank reference book: every question by dimension and benchmark, for the secretariat.

A question serving several benchmarks is printed in full under the first and referred to
("see question 1.3, page 12", a link) under the others, so the book stays as short as it can
while every benchmark still lists all its questions.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer

from sealprep.core.bank.model import Benchmark, Question
from sealprep.core.documents.briefing import BankReference
from sealprep.core.thai.breaks import shorten
from sealprep.printing.briefing_document import dimension_title, framework_page
from sealprep.printing.document_parts import (
    QUESTION_START_SPACE,
    DocumentContext,
    TocLine,
    criterion_runs,
    question_flowables,
)
from sealprep.printing.page_template import Anchor
from sealprep.printing.rich_text import Run, restyle
from sealprep.printing.styles import MUTED
from sealprep.printing.thai_paragraph import ThaiParagraph


def question_key(question_id: str) -> str:
    return f"question-{question_id}"


def bank_story(
    book: BankReference, context: DocumentContext, on_dimension: Callable[[int], None] | None = None
) -> list[Flowable]:
    """Cover, contents (dimensions and benchmarks), framework page, then the questions."""
    labels, numbers, styles = context.labels, context.numbers, context.styles
    english = labels.language == "en"
    framework = book.framework
    institution = framework.institution_en if english and framework.institution_en else framework.institution_th
    question_total = len(
        {q.id for d in book.dimensions for s in d.benchmarks for q in s.questions}
        | {q.id for d in book.dimensions for q in d.unbenchmarked}
    )
    story: list[Flowable] = [
        Spacer(1, 120),
        ThaiParagraph(institution, styles.cover_kicker),
        ThaiParagraph(labels.seal_name, restyle(styles.cover_detail, color=MUTED)),
        Spacer(1, 18),
        ThaiParagraph(labels.bank_title, restyle(styles.cover_title, size=30)),
        ThaiParagraph(
            labels.bank_summary.format(
                questions=numbers.number(question_total), dimensions=numbers.number(len(book.dimensions))
            ),
            restyle(styles.cover_detail, space_before=6),
        ),
        Spacer(1, 40),
        ThaiParagraph(labels.printed_on.format(date=numbers.date(book.printed_on)), styles.small),
        PageBreak(),
        Anchor(context.ledger, "contents", outline=(labels.contents, 0)),
        ThaiParagraph(labels.contents, styles.title),
    ]
    titles = {}
    for reference in book.dimensions:
        dimension = reference.dimension
        name = dimension.en if english and dimension.en else dimension.th
        titles[dimension.number] = dimension_title(context, dimension.number, name)
        story.append(
            TocLine(
                [Run(titles[dimension.number], bold=True)], _dimension_key(dimension.number), context, styles.toc_entry
            )
        )
        for section in reference.benchmarks:
            text = section.benchmark.en if english and section.benchmark.en else section.benchmark.th
            story.append(
                TocLine(
                    [Run(numbers.number(section.benchmark.id) + "  ", bold=True), Run(shorten(text))],
                    _benchmark_key(section.benchmark.id),
                    context,
                    styles.toc_sub,
                    indent=18,
                )
            )
        if reference.unbenchmarked:
            story.append(
                TocLine(
                    [Run(labels.unbenchmarked)],
                    _unbenchmarked_key(dimension.number),
                    context,
                    styles.toc_sub,
                    indent=18,
                )
            )
    story += [PageBreak(), *framework_page(framework, context)]

    printed: dict[str, str] = {}  # question id -> its number, once printed in full
    for reference in book.dimensions:
        dimension = reference.dimension
        story.append(PageBreak())
        story.append(
            Anchor(
                context.ledger,
                _dimension_key(dimension.number),
                outline=(titles[dimension.number], 0),
                section=titles[dimension.number],
                on_reached=_reached(on_dimension, dimension.number) if on_dimension else None,
            )
        )
        story.append(ThaiParagraph(titles[dimension.number], styles.dimension))
        second = dimension.th if english else dimension.en
        story.append(ThaiParagraph(second or "", styles.dimension_en))
        counter = [0]
        groups: list[tuple[str, str, Benchmark | None, list[Question]]] = [
            (section.benchmark.id, _benchmark_key(section.benchmark.id), section.benchmark, section.questions)
            for section in reference.benchmarks
        ]
        if reference.unbenchmarked:
            groups.append((labels.unbenchmarked, _unbenchmarked_key(dimension.number), None, reference.unbenchmarked))
        for title, key, benchmark, questions in groups:
            heading = title if benchmark is None else f"{labels.benchmark} {numbers.number(benchmark.id)}"
            # The heading, its criterion and the start of its first question share a page.
            story.append(CondPageBreak(QUESTION_START_SPACE + 110))
            story.append(Anchor(context.ledger, key, outline=(heading, 1)))
            story.append(ThaiParagraph(heading, restyle(styles.title, size=14, space_before=10, space_after=2)))
            if benchmark is not None:
                runs = criterion_runs(benchmark, numbers)[1:]  # the heading already names the id
                story.append(ThaiParagraph(runs, restyle(styles.small, space_after=8, keep_with_next=True)))
            if not questions:
                story.append(ThaiParagraph("—", restyle(styles.body, color=MUTED)))
            for question in questions:
                story += _question(question, dimension.number, counter, printed, book, context)
    return story


def _question(
    question: Question,
    dimension: int,
    counter: list[int],
    printed: dict[str, str],
    book: BankReference,
    context: DocumentContext,
) -> list[Flowable]:
    numbers = context.numbers
    if question.id in printed:
        return [CrossReference(question, printed[question.id], context)]
    counter[0] += 1
    number = numbers.number(f"{dimension}.{counter[0]}")
    printed[question.id] = number
    benchmarks = [b for b in (book.framework.benchmark(bid) for bid in question.benchmarks) if b is not None]
    anchor = Anchor(context.ledger, question_key(question.id))
    return question_flowables(question, context, number, benchmarks, role=None, writing_space=False, anchor=anchor)


class CrossReference(Flowable):
    """A question printed in full elsewhere: its wording and "see question 1.3, page 12",
    linked to it. The page comes from the previous pass, so the paragraph is made when wrapped."""

    def __init__(self, question: Question, number: str, context: DocumentContext) -> None:
        super().__init__()
        self.question = question
        self.number = number
        self.context = context
        context.ledger.needs_two_passes()  # the page number is part of the running text
        self._made_in_pass = -1
        self._paragraph: ThaiParagraph | None = None

    def _current(self) -> ThaiParagraph:
        ledger = self.context.ledger
        if self._paragraph is None or self._made_in_pass != ledger.passes:
            numbers, labels, styles = self.context.numbers, self.context.labels, self.context.styles
            page = ledger.page_of(question_key(self.question.id))
            reference = labels.see_question.format(number=self.number, page=numbers.number(page) if page else "…")
            self._paragraph = ThaiParagraph(
                [Run(self.question.question_th + "  "), Run(f"({reference})", italic=True)],
                restyle(styles.body, color=MUTED, space_after=8),
            )
            self._made_in_pass = ledger.passes
        return self._paragraph

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        _, self.height = self._current().wrap(availWidth, availHeight)
        return availWidth, self.height

    def getSpaceAfter(self) -> float:
        return self._current().getSpaceAfter()

    def draw(self) -> None:
        self._current().drawOn(self.canv, 0, 0)
        self.canv.linkRect("", question_key(self.question.id), (0, 0, self.width, self.height), relative=1)


def _dimension_key(number: int) -> str:
    return f"dimension-{number}"


def _benchmark_key(benchmark_id: str) -> str:
    return f"benchmark-{benchmark_id}"


def _unbenchmarked_key(number: int) -> str:
    return f"dimension-{number}-unbenchmarked"


def _reached(on_dimension: Callable[[int], None], number: int) -> Callable[[int], None]:
    """The anchor's callback (it is given the layout pass) for one dimension."""
    return lambda _pass: on_dimension(number)
