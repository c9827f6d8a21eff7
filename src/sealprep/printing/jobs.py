"""What the GUI and the CLI call to print: one briefing sheet, a booklet, the bank book.

Each job reads what it needs from the store (content via :mod:`sealprep.core.documents.briefing`; language,
digit style and document marking from the preferences unless :class:`PrintOptions` overrides
them), builds the PDF into a ``.part`` file and moves it into place only when it is complete.
Long jobs report ``progress(done, total)`` and poll ``cancelled()``; a cancelled job raises
:class:`PrintCancelled` and writes nothing.

A store connection belongs to one thread: a worker thread opens its own
(``Store.open(store.path)``) and passes that.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from sealprep.core.documents.briefing import (
    PrintSettings,
    bank_reference,
    booklet_for,
    booklet_people,
    briefing_for,
    print_settings,
)
from sealprep.core.secretariat.model import stored_id
from sealprep.core.secretariat.people import Person, clean_text
from sealprep.core.thai.text import cut_to_bytes
from sealprep.printing.bank_book import bank_story
from sealprep.printing.booklet import booklet_front, booklet_sheet_start
from sealprep.printing.briefing_document import sheet_story
from sealprep.printing.document_parts import DocumentContext
from sealprep.printing.fonts import register_fonts
from sealprep.printing.labels import Numbers, labels_for
from sealprep.printing.page_template import (
    Furniture,
    PageLedger,
    PrintCancelled,
    SealDocTemplate,
    replace_atomically,
    without_cyclic_gc,
)
from sealprep.printing.reportlab_setup import use_binary_streams

if TYPE_CHECKING:
    from sealprep.core.store import Store

__all__ = [
    "PrintCancelled",
    "PrintOptions",
    "PrintResult",
    "print_bank_book",
    "print_booklet",
    "print_briefing",
    "print_sheets",
    "safe_file_name",
    "sheet_file_name",
]

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass
class PrintOptions:
    """Choices for one job; ``None`` means "as the preferences say"."""

    with_rehearsal_notes: bool = False
    marking: str | None = None
    language: str | None = None
    digits: str | None = None
    printed_on: date | None = None
    gutter_mm: int | None = None


@dataclass(frozen=True)
class PrintResult:
    path: Path
    pages: int
    people: int = 0
    warnings: tuple[str, ...] = ()
    """What was not printed as written (``question-id: what``), for the user to see."""


def _settings(store: Store, options: PrintOptions) -> PrintSettings:
    return print_settings(
        store, options.language, options.digits, options.marking, options.printed_on, options.gutter_mm
    )


class _Tracker:
    """Progress in steps, and the cancel check, shared by a job's phases."""

    def __init__(self, total: int, progress: Progress | None, cancelled: Cancelled | None) -> None:
        self.total = max(1, total)
        self.done = 0
        self._progress = progress
        self._cancelled = cancelled

    def check(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise PrintCancelled()

    def step(self, done: int | None = None) -> None:
        self.check()
        self.done = min(self.total - 1, self.done + 1 if done is None else done)
        if self._progress is not None:
            self._progress(self.done, self.total)

    def finish(self) -> None:
        if self._progress is not None:
            self._progress(self.total, self.total)


def _context(store: Store, settings: PrintSettings, ledger: PageLedger) -> DocumentContext:
    register_fonts()
    use_binary_streams()
    return DocumentContext(
        labels_for(settings.language), Numbers(settings.language, settings.digits), store.bank.agencies(), ledger
    )


def _build(
    path: Path,
    title: str,
    header: str,
    settings: PrintSettings,
    context: DocumentContext,
    story: Sequence[Flowable],
    author: str,
    part_numbers: bool = False,
) -> int:
    furniture = Furniture(header, settings.marking, context.labels, context.numbers, part_numbers)

    def build(target: Path) -> int:
        document = SealDocTemplate(
            target,
            furniture,
            context.ledger,
            gutter=settings.gutter_mm * mm,
            title=title,
            author=author,
            subject=context.labels.seal_name,
        )
        return document.build_document(story)

    return replace_atomically(build, Path(path))


def _institution(store: Store, language: str) -> str:
    framework = store.bank.framework()
    return framework.institution_en if language == "en" and framework.institution_en else framework.institution_th


@without_cyclic_gc()
def print_briefing(store: Store, person_id: int, path: str | Path, options: PrintOptions | None = None) -> PrintResult:
    """One person's briefing sheet. Raises ``LookupError`` for an unknown person."""
    options = options or PrintOptions()
    settings = _settings(store, options)
    sheet = briefing_for(
        store, person_id, printed_on=settings.printed_on, with_rehearsal_notes=options.with_rehearsal_notes
    )
    ledger = PageLedger()
    context = _context(store, settings, ledger)
    labels = context.labels
    story = sheet_story(sheet, context)
    title = f"{labels.briefing_title} — {sheet.person.name}"
    pages = _build(
        Path(path), title, labels.briefing_title, settings, context, story, _institution(store, settings.language)
    )
    return PrintResult(Path(path), pages, 1, tuple(context.warnings))


FILE_NAME_BYTES = 150
"""How much of a person's name goes into a file name, in UTF-8 bytes (most file systems allow
255 bytes a name; a Thai letter takes 3, so about 50 Thai letters, with room for the rest)."""


def safe_file_name(text: str) -> str:
    """A name usable on Windows, macOS and Linux: Thai kept, separators and reserved characters
    replaced, no leading or trailing dots, dashes or spaces, at most FILE_NAME_BYTES bytes, never
    cut inside a grapheme cluster."""
    cleaned = re.sub(r'[<>:"/\\|?*\x00-\x1f]+', "-", clean_text(text))
    cleaned = re.sub(r"[\s-]+", "-", cleaned).strip(" .-")
    return cut_to_bytes(cleaned, FILE_NAME_BYTES).rstrip(" .-") or "person"


def sheet_file_name(person: Person) -> str:
    """``briefing-12-นางสาวกัลยา-ศรีสุข.pdf``: the id keeps namesakes apart."""
    return f"briefing-{person.id}-{safe_file_name(person.name)}.pdf"


def print_sheets(
    store: Store,
    person_ids: Sequence[int],
    folder: str | Path,
    options: PrintOptions | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> list[PrintResult]:
    """One briefing sheet per person in ``folder`` (named by :func:`sheet_file_name`).

    Cancelling keeps the sheets already written and stops before the next one."""
    ids = list(dict.fromkeys(person_ids))
    tracker = _Tracker(len(ids), progress, cancelled)
    results = []
    for person_id in ids:
        tracker.check()
        person = store.people.get(person_id)
        if person is None:
            raise LookupError(f"no person with id {person_id}")
        results.append(print_briefing(store, person_id, Path(folder) / sheet_file_name(person), options))
        tracker.step()
    tracker.finish()
    return results


@without_cyclic_gc()
def print_booklet(
    store: Store,
    person_ids: Sequence[int] | None,
    path: str | Path,
    options: PrintOptions | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> PrintResult:
    """The sheets of ``person_ids`` (``None``: :func:`booklet_people`) in one PDF with a cover,
    contents and bookmarks; each person starts on a right-hand page.

    Progress counts a step per person composing the sheet, then one per person as each layout
    pass reaches them (one pass: every page number in a booklet is drawn late).
    """
    options = options or PrintOptions()
    settings = _settings(store, options)
    ids = [stored_id(p.id) for p in booklet_people(store)] if person_ids is None else list(dict.fromkeys(person_ids))
    tracker = _Tracker(2 * len(ids), progress, cancelled)  # a second pass adds a step per person
    tracker.check()
    booklet = booklet_for(
        store,
        ids,
        printed_on=settings.printed_on,
        with_rehearsal_notes=options.with_rehearsal_notes,
        on_sheet=tracker.step,
    )
    sheets = booklet.sheets
    ledger = PageLedger()
    context = _context(store, settings, ledger)
    labels = context.labels
    framework = store.bank.framework()
    story: list[Flowable] = booklet_front(framework, booklet, context)
    count = len(sheets)
    for index, sheet in enumerate(sheets):

        def reached(pass_number: int, index: int = index) -> None:
            tracker.step(len(ids) + (pass_number - 1) * count + index + 1)

        story.append(booklet_sheet_start())
        story += sheet_story(sheet, context, on_reached=reached)
    tracker.total = max(1, len(ids) + (2 if ledger.two_passes else 1) * count)
    pages = _build(
        Path(path),
        labels.booklet_title,
        labels.booklet_title,
        settings,
        context,
        story,
        _institution(store, settings.language),
        part_numbers=True,
    )
    tracker.finish()
    return PrintResult(Path(path), pages, count, tuple(context.warnings))


@without_cyclic_gc()
def print_bank_book(
    store: Store,
    path: str | Path,
    options: PrintOptions | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> PrintResult:
    """The whole bank by dimension and benchmark. Progress counts dimensions in each pass."""
    options = options or PrintOptions()
    settings = _settings(store, options)
    book = bank_reference(store, printed_on=settings.printed_on)
    ledger = PageLedger()
    context = _context(store, settings, ledger)
    dimensions = [d.dimension.number for d in book.dimensions]
    tracker = _Tracker(1 + 2 * len(dimensions), progress, cancelled)
    tracker.step()

    def reached(number: int) -> None:
        tracker.step(1 + (ledger.passes - 1) * len(dimensions) + dimensions.index(number) + 1)

    story = bank_story(book, context, on_dimension=reached)
    labels = context.labels
    pages = _build(
        Path(path),
        labels.bank_title,
        labels.bank_title,
        settings,
        context,
        story,
        _institution(store, settings.language),
    )
    tracker.finish()
    return PrintResult(Path(path), pages, 0, tuple(context.warnings))
