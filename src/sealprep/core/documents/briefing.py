"""What goes on paper: the content of a briefing sheet, a booklet and the bank reference book.

This module gathers and orders the content (Qt-free and ReportLab-free); ``sealprep.printing``
lays it out. Keeping the two apart lets the tests check *what* a sheet says without reading a
PDF, and lets the PDF tests concentrate on *how* it is set.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from sealprep.core.bank.model import Agency, Benchmark, Dimension, Framework, Question
from sealprep.core.secretariat.model import Assessor, Person, Session, stored_id
from sealprep.core.secretariat.people import to_interview

if TYPE_CHECKING:
    from sealprep.core.store import Store

ROLE_ORDER = {"primary": 0, "backup": 1}


@dataclass
class RehearsalNote:
    """A note the person wrote while rehearsing a question, with when they wrote it."""

    written_on: date
    text: str


@dataclass
class BriefingQuestion:
    question: Question
    role: str  # "primary" or "backup"
    benchmarks: list[Benchmark] = field(default_factory=list)
    rehearsal_notes: list[RehearsalNote] = field(default_factory=list)


@dataclass
class DimensionSection:
    dimension: Dimension
    questions: list[BriefingQuestion]


@dataclass
class BriefingSheet:
    """Everything one interviewee's briefing sheet shows, in print order."""

    person: Person
    agency: Agency | None
    sessions: list[Session]
    assessors: dict[int, Assessor]
    framework: Framework
    agencies: dict[str, Agency]
    sections: list[DimensionSection]
    missing_question_ids: list[str]
    """Assigned questions that are no longer in the bank (printed as a warning, not dropped silently)."""
    printed_on: date

    @property
    def question_count(self) -> int:
        return sum(len(s.questions) for s in self.sections)


def briefing_for(
    store: Store, person_id: int, printed_on: date | None = None, with_rehearsal_notes: bool = False
) -> BriefingSheet:
    """The briefing sheet of one person: their sessions and assigned questions by dimension,
    primary before backup, each in bank order."""
    person = store.people.get(person_id)
    if person is None:
        raise LookupError(f"no person with id {person_id}")
    framework = store.bank.framework()
    agencies = store.bank.agencies()
    roles = store.assignments.for_person(person_id)
    notes = _rehearsal_notes(store, person_id) if with_rehearsal_notes else {}

    questions: list[BriefingQuestion] = []
    missing: list[str] = []
    for question_id in store.assignments.question_ids_for(person_id):
        question = store.bank.question(question_id)
        if question is None:
            missing.append(question_id)
            continue
        benchmarks = [b for b in (framework.benchmark(bid) for bid in question.benchmarks) if b is not None]
        questions.append(BriefingQuestion(question, roles[question_id], benchmarks, notes.get(question_id, [])))

    sections = []
    for dimension in framework.dimensions:
        mine = [q for q in questions if q.question.dimension == dimension.number]
        mine.sort(key=lambda q: ROLE_ORDER.get(q.role, 2))  # stable: bank order within a role
        if mine:
            sections.append(DimensionSection(dimension, mine))
    return BriefingSheet(
        person=person,
        agency=agencies.get(person.agency),
        sessions=store.schedule.sessions(person_id=person_id),
        assessors={a.id: a for a in store.schedule.assessors() if a.id is not None},
        framework=framework,
        agencies=agencies,
        sections=sections,
        missing_question_ids=missing,
        printed_on=printed_on or date.today(),
    )


def _rehearsal_notes(store: Store, person_id: int) -> dict[str, list[RehearsalNote]]:
    """Non-empty rehearsal notes per question, oldest first."""
    notes: dict[str, list[RehearsalNote]] = {}
    for attempt in reversed(store.rehearsal.person_attempts(person_id)):
        if attempt.notes.strip():
            notes.setdefault(attempt.question_id, []).append(
                RehearsalNote(attempt.started_at.date(), attempt.notes.strip())
            )
    return notes


@dataclass
class BenchmarkSection:
    benchmark: Benchmark
    questions: list[Question]


@dataclass
class ReferenceDimension:
    dimension: Dimension
    benchmarks: list[BenchmarkSection]
    unbenchmarked: list[Question]
    """Questions of this dimension that serve no benchmark."""


@dataclass
class BankReference:
    """The whole bank by dimension and benchmark, for the secretariat's reference book."""

    framework: Framework
    agencies: dict[str, Agency]
    dimensions: list[ReferenceDimension]
    printed_on: date


def bank_reference(store: Store, printed_on: date | None = None) -> BankReference:
    """Every question under each benchmark it serves (a question serving two benchmarks appears
    under both), then the dimension's questions that serve none."""
    framework = store.bank.framework()
    questions = store.bank.questions()
    dimensions = []
    for dimension in framework.dimensions:
        in_dimension = [q for q in questions if q.dimension == dimension.number]
        sections = [
            BenchmarkSection(benchmark, [q for q in in_dimension if benchmark.id in q.benchmarks])
            for goal in dimension.goals
            for benchmark in goal.benchmarks
        ]
        unbenchmarked = [q for q in in_dimension if not q.benchmarks]
        dimensions.append(ReferenceDimension(dimension, sections, unbenchmarked))
    return BankReference(framework, store.bank.agencies(), dimensions, printed_on or date.today())


def booklet_people(store: Store) -> list[Person]:
    """Who a booklet for "everyone" is about: every interviewee, and anyone else with assigned
    questions, in roster order (by name) (:func:`to_interview`, the rule coverage uses too)."""
    return to_interview(store.people.list(), store.assignments.assigned_person_ids())


@dataclass
class Booklet:
    """A booklet's content: the sheets it prints, and the people it only names because they
    have no questions yet (each would otherwise cost a leaf of paper saying so)."""

    sheets: list[BriefingSheet]
    without_questions: list[Person]
    printed_on: date


def booklet_for(
    store: Store,
    person_ids: list[int] | None = None,
    printed_on: date | None = None,
    with_rehearsal_notes: bool = False,
    on_sheet: Callable[[], None] | None = None,
) -> Booklet:
    """The sheets of ``person_ids`` (``None``: :func:`booklet_people`), in that order; people
    with neither assigned questions nor missing ones are listed, not given a sheet."""
    ids = [p.id for p in booklet_people(store)] if person_ids is None else list(dict.fromkeys(person_ids))
    sheets = []
    without = []
    for person_id in ids:
        sheet = briefing_for(
            store, stored_id(person_id), printed_on=printed_on, with_rehearsal_notes=with_rehearsal_notes
        )
        if sheet.question_count or sheet.missing_question_ids:
            sheets.append(sheet)
        else:
            without.append(sheet.person)
        if on_sheet is not None:
            on_sheet()
    return Booklet(sheets, without, printed_on or date.today())


@dataclass(frozen=True)
class PrintSettings:
    """How a document is printed: the preferences, unless the caller chose otherwise."""

    language: str
    digits: str
    marking: str
    printed_on: date
    gutter_mm: int = 0
    """The binding gutter: extra inner margin, on the left of odd pages and the right of even ones."""


def print_settings(
    store: Store,
    language: str | None = None,
    digits: str | None = None,
    marking: str | None = None,
    printed_on: date | None = None,
    gutter_mm: int | None = None,
) -> PrintSettings:
    """The settings for a print job: each ``None`` is taken from the store's preferences."""
    preferences = store.preferences.load()
    return PrintSettings(
        language=language or preferences.language,
        digits=digits or preferences.digits,
        marking=preferences.document_marking if marking is None else marking,
        printed_on=printed_on or date.today(),
        gutter_mm=preferences.binding_gutter_mm if gutter_mm is None else gutter_mm,
    )
