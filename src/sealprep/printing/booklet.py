"""The booklet: a cover, a table of contents, then every chosen person's briefing sheet, each
starting on a right-hand page, with PDF bookmarks per person and per dimension."""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak, Spacer

from sealprep.core.bank.model import Framework
from sealprep.core.documents.briefing import Booklet
from sealprep.core.secretariat.model import stored_id
from sealprep.printing.briefing_document import person_key
from sealprep.printing.document_parts import DocumentContext, TocLine
from sealprep.printing.page_template import Anchor, RightHandStart
from sealprep.printing.rich_text import Run, restyle
from sealprep.printing.styles import MUTED
from sealprep.printing.thai_paragraph import ThaiParagraph

CONTENTS_KEY = "contents"


def booklet_front(framework: Framework, booklet: Booklet, context: DocumentContext) -> list[Flowable]:
    """The cover and the table of contents (one line per person: name, agency, questions),
    then the people without questions yet, named on the contents page instead of each
    getting a leaf that says so."""
    sheets, printed_on = booklet.sheets, booklet.printed_on
    labels, numbers, styles = context.labels, context.numbers, context.styles
    english = labels.language == "en"
    institution = framework.institution_en if english and framework.institution_en else framework.institution_th
    out: list[Flowable] = [
        Spacer(1, 120),
        ThaiParagraph(institution, styles.cover_kicker),
        ThaiParagraph(labels.seal_name, restyle(styles.cover_detail, color=MUTED)),
        Spacer(1, 18),
        ThaiParagraph(labels.booklet_title, restyle(styles.cover_title, size=30)),
        ThaiParagraph(
            labels.booklet_people.format(count=numbers.number(len(sheets))),
            restyle(styles.cover_detail, space_before=6),
        ),
        Spacer(1, 40),
        ThaiParagraph(labels.printed_on.format(date=numbers.date(printed_on)), styles.small),
        PageBreak(),
        Anchor(context.ledger, CONTENTS_KEY, outline=(labels.contents, 0)),
        ThaiParagraph(labels.contents, styles.title),
    ]
    for sheet in sheets:
        person = sheet.person
        runs = [Run(person.name, bold=True)]
        details = " · ".join(
            x
            for x in (person.agency, labels.contents_questions.format(count=numbers.number(sheet.question_count)))
            if x
        )
        runs.append(Run("  " + details, size=styles.toc_sub.size))
        out.append(TocLine(runs, person_key(stored_id(person.id)), context, styles.toc_entry))
    if booklet.without_questions:
        out.append(ThaiParagraph(labels.booklet_without_questions, restyle(styles.label, space_before=14)))
        for person in booklet.without_questions:
            details = f"  {person.agency}" if person.agency else ""
            out.append(
                ThaiParagraph(
                    [Run(person.name, bold=True), Run(details, size=styles.toc_sub.size)],
                    styles.item(1, "•", styles.body),
                )
            )
    return out


def booklet_sheet_start() -> Flowable:
    """What goes in front of each person's sheet: a right-hand page start."""
    return RightHandStart()
