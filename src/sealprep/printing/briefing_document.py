"""One interviewee's briefing sheet as flowables: cover, framework page, assigned questions.

The content comes from :func:`sealprep.core.documents.briefing.briefing_for`; this module only lays it
out. The same story serves a sheet printed alone and a sheet inside a booklet: the booklet only
puts a right-hand page start in front of it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from reportlab.platypus import Flowable, PageBreak, Spacer, Table

from sealprep.core.bank.model import Framework
from sealprep.core.documents.briefing import BriefingQuestion, BriefingSheet, DimensionSection
from sealprep.core.secretariat.model import stored_id
from sealprep.printing.document_parts import (
    DocumentContext,
    RuledLines,
    TocLine,
    balanced_widths,
    one_line,
    question_flowables,
    section_label,
    thai_table,
)
from sealprep.printing.page_template import Anchor
from sealprep.printing.rich_text import Alignment, Run, restyle
from sealprep.printing.styles import FRAME_WIDTH, INK, MUTED
from sealprep.printing.thai_paragraph import ThaiParagraph


def person_key(person_id: int) -> str:
    return f"person-{person_id}"


def dimension_key(person_id: int, number: int) -> str:
    return f"person-{person_id}-dimension-{number}"


def question_key(person_id: int, question_id: str) -> str:
    """The anchor of a person's question: a booklet may print one question for several people."""
    return f"person-{person_id}-question-{question_id}"


def numbered_questions(sheet: BriefingSheet) -> Iterator[tuple[int, DimensionSection, BriefingQuestion]]:
    """The assigned questions in print order with the number each is printed under."""
    number = 0
    for section in sheet.sections:
        for item in section.questions:
            number += 1
            yield number, section, item


def dimension_title(context: DocumentContext, number: int, name: str) -> str:
    return f"{context.labels.dimension.format(number=context.numbers.number(number))} {name}"


def sheet_story(
    sheet: BriefingSheet, context: DocumentContext, on_reached: Callable[[int], None] | None = None
) -> list[Flowable]:
    """The flowables of one briefing sheet, starting with the person's anchor (outline level 0,
    dimensions at level 1)."""
    person = sheet.person
    story: list[Flowable] = [
        Anchor(
            context.ledger,
            person_key(stored_id(person.id)),
            outline=(person.name, 0),
            section=person.name,
            on_reached=on_reached,
        )
    ]
    story += cover(sheet, context)
    story.append(PageBreak())
    story += framework_page(sheet.framework, context)
    story.append(PageBreak())
    story += questions(sheet, context)
    return story


def cover(sheet: BriefingSheet, context: DocumentContext) -> list[Flowable]:
    labels, numbers, styles = context.labels, context.numbers, context.styles
    person = sheet.person
    framework = sheet.framework
    institution = (
        framework.institution_en if labels.language == "en" and framework.institution_en else framework.institution_th
    )
    out: list[Flowable] = [
        Spacer(1, 30),
        ThaiParagraph(institution, styles.cover_kicker),
        ThaiParagraph(labels.seal_name, restyle(styles.cover_detail, color=MUTED)),
        Spacer(1, 14),
        ThaiParagraph(labels.briefing_title, styles.cover_title),
        ThaiParagraph(person.name, styles.cover_name),
    ]
    details = []
    if person.position:
        details.append((labels.position, person.position))
    if person.agency:
        agency = sheet.agency
        name = (agency.en if labels.language == "en" and agency.en else agency.th) if agency else ""
        details.append(
            (labels.agency, f"{person.agency} — {name}" if name and name != person.agency else person.agency)
        )
    for label, value in details:
        out.append(
            ThaiParagraph(
                [Run(label + "  ", bold=True, size=10.5), Run(value)], restyle(styles.cover_detail, space_after=1)
            )
        )
    primary = sum(1 for s in sheet.sections for q in s.questions if q.role == "primary")
    backup = sheet.question_count - primary
    summary = labels.assigned_summary.format(primary=numbers.number(primary), backup=numbers.number(backup))
    out += [Spacer(1, 8), ThaiParagraph(summary, restyle(styles.cover_detail, color=MUTED, size=11.5))]
    out += [Spacer(1, 22), section_label(labels.sessions, styles)]
    if sheet.sessions:
        out.append(_sessions_table(sheet, context))
    else:
        out.append(ThaiParagraph(labels.no_sessions, restyle(styles.body, color=MUTED, italic=True)))
    out += question_list(sheet, context)
    out += [Spacer(1, 24), ThaiParagraph(labels.printed_on.format(date=numbers.date(sheet.printed_on)), styles.small)]
    return out


def question_list(sheet: BriefingSheet, context: DocumentContext) -> list[Flowable]:
    """The cover's "Your questions": one line per assigned question in print order, its number and role
    (as its band says them), its wording (English on an English sheet, when the bank has it)
    cut to the line at a word boundary, and the page it
    starts on (the booklet's page in a booklet, which every footer shows), linked to it.

    Every entry is one line whatever its page number (drawn late, when the pass has ended), so
    the page numbers never change the layout and need no second pass."""
    labels, numbers, styles = context.labels, context.numbers, context.styles
    entries = list(numbered_questions(sheet))
    if not entries:
        return []
    style = restyle(styles.toc_sub, color=INK)
    roles = {"primary": labels.primary, "backup": labels.backup}
    numbers_width = max(
        ThaiParagraph(
            labels.question_number.format(number=numbers.number(n)), restyle(style, bold=True)
        ).content_widths()[1]
        for n, _, _ in entries
    )
    roles_width = max(ThaiParagraph(roles.get(i.role, i.role), style).content_widths()[1] for _, _, i in entries)
    person_id = stored_id(sheet.person.id)
    out: list[Flowable] = [Spacer(1, 14), section_label(labels.your_questions, styles)]
    for number, _, item in entries:
        columns: list[tuple[list[Run], float]] = [
            ([Run(labels.question_number.format(number=numbers.number(number)), bold=True)], numbers_width + 10),
            ([Run(roles.get(item.role, item.role))], roles_width + 12),
        ]
        question = item.question
        wording = question.question_en if labels.language == "en" and question.question_en else question.question_th
        text = one_line(wording, style, TocLine.entry_width(FRAME_WIDTH, columns))
        out.append(TocLine([Run(text)], question_key(person_id, item.question.id), context, style, columns=columns))
    return out


def _sessions_table(sheet: BriefingSheet, context: DocumentContext) -> Table:
    labels, numbers, styles = context.labels, context.numbers, context.styles
    head = [
        ThaiParagraph(text, styles.cell_head)
        for text in (labels.session_date, labels.session_time, labels.session_room, labels.session_panel)
    ]
    rows: list[list[Any]] = [head]
    for session in sheet.sessions:
        panel = []
        for assessor_id in session.assessor_ids:
            assessor = sheet.assessors.get(assessor_id)
            if assessor is None:
                continue
            panel.append(f"{assessor.name} ({assessor.organisation})" if assessor.organisation else assessor.name)
        date_cell: list[Flowable] = [ThaiParagraph(numbers.date(session.day, long=True, weekday=True), styles.cell)]
        if session.title:
            date_cell.append(ThaiParagraph(session.title, restyle(styles.cell, size=9.5, color=MUTED)))
        rows.append(
            [
                date_cell,
                ThaiParagraph(numbers.span(session.start, session.end), styles.cell),
                ThaiParagraph(session.room or "—", styles.cell),
                ThaiParagraph("\n".join(panel) or "—", styles.cell),
            ]
        )
    return thai_table(rows, balanced_widths(rows, FRAME_WIDTH))


def framework_page(framework: Framework, context: DocumentContext) -> list[Flowable]:
    """The seal in one page: what each level requires, and the five dimensions."""
    labels, numbers, styles = context.labels, context.numbers, context.styles
    english = labels.language == "en"
    total = framework.total_benchmarks
    out: list[Flowable] = [
        ThaiParagraph(labels.framework_title, styles.title),
        ThaiParagraph(
            labels.framework_intro.format(
                total=numbers.number(total), dimensions=numbers.number(len(framework.dimensions))
            ),
            restyle(styles.body, space_after=10),
        ),
    ]
    rows: list[list[Any]] = [
        [ThaiParagraph(text, styles.cell_head) for text in (labels.level, labels.level_share, labels.level_benchmarks)]
    ]
    for level in sorted(framework.levels, key=lambda lv: lv.benchmarks, reverse=True):
        name = f"{level.en} ({level.th})" if english else f"{level.th} ({level.en})"
        rows.append(
            [
                ThaiParagraph(name, restyle(styles.cell, bold=True)),
                ThaiParagraph(numbers.number(f"{level.percent}%"), styles.cell),
                ThaiParagraph(
                    labels.level_requirement.format(
                        count=numbers.number(level.benchmarks), total=numbers.number(total)
                    ),
                    styles.cell,
                ),
            ]
        )
    out += [thai_table(rows, [FRAME_WIDTH * 0.40, FRAME_WIDTH * 0.20, FRAME_WIDTH * 0.40]), Spacer(1, 16)]
    rows = [
        [
            ThaiParagraph(text, styles.cell_head)
            for text in (labels.dimension.format(number="").strip(), "", labels.dimension_benchmarks)
        ]
    ]
    for dimension in framework.dimensions:
        first, second = (dimension.en, dimension.th) if english else (dimension.th, dimension.en)
        name_cell: list[Flowable] = [ThaiParagraph(first or second, restyle(styles.cell, bold=True))]
        if first and second:
            name_cell.append(ThaiParagraph(second, restyle(styles.cell, size=9.5, color=MUTED, italic=True)))
        ids = [b.id for goal in dimension.goals for b in goal.benchmarks]
        rows.append(
            [
                ThaiParagraph(
                    numbers.number(dimension.number), restyle(styles.cell, bold=True, alignment=Alignment.CENTER)
                ),
                name_cell,
                ThaiParagraph(
                    numbers.number(", ".join(ids)) if ids else labels.no_numbered_benchmarks,
                    restyle(styles.cell, size=9.5),
                ),
            ]
        )
    out.append(thai_table(rows, [FRAME_WIDTH * 0.10, FRAME_WIDTH * 0.58, FRAME_WIDTH * 0.32]))
    return out


def questions(sheet: BriefingSheet, context: DocumentContext) -> list[Flowable]:
    """The assigned questions by dimension, primary before backup, numbered through the sheet."""
    labels, numbers, styles = context.labels, context.numbers, context.styles
    english = labels.language == "en"
    person_id = sheet.person.id
    out: list[Flowable] = []
    if not sheet.sections:
        out += [
            ThaiParagraph(labels.assigned_questions, styles.title),
            ThaiParagraph(labels.no_questions, restyle(styles.body, color=MUTED, space_after=14)),
            section_label(labels.notes, styles),
            RuledLines(12),
        ]
    current: DimensionSection | None = None
    for number, section, item in numbered_questions(sheet):
        if section is not current:
            dimension = section.dimension
            first, second = (dimension.en, dimension.th) if english else (dimension.th, dimension.en)
            title = dimension_title(context, dimension.number, first or second)
            if current is not None:
                out.append(PageBreak())
            out.append(
                Anchor(context.ledger, dimension_key(stored_id(person_id), dimension.number), outline=(title, 1))
            )
            out.append(ThaiParagraph(title, styles.dimension))
            out.append(ThaiParagraph(second if first and second else "", styles.dimension_en))
            current = section
        notes = [(numbers.date(note.written_on, long=False), note.text) for note in item.rehearsal_notes]
        out += question_flowables(
            item.question,
            context,
            numbers.number(number),
            item.benchmarks,
            role=item.role,
            rehearsal_notes=notes,
            anchor=Anchor(context.ledger, question_key(stored_id(person_id), item.question.id)),
        )
    if sheet.missing_question_ids:
        out.append(section_label(labels.missing_questions, styles))
        out += [ThaiParagraph(qid, styles.item(1, "•", styles.body)) for qid in sheet.missing_question_ids]
    return out
