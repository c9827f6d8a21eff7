"""Coverage: does every question have an owner, and every dimension enough prepared people?

``compute_coverage(store)`` answers the secretariat's questions at a glance:

- which questions have no primary owner (and which have more than one);
- per dimension, three separate figures: how many people are *assigned* (hold at least one
  assignment, primary or backup, on a question of the dimension), how many of them have
  *rehearsed* at least one of those questions, and how many are *ready* on at least one of them;
- which interviewees have no assignment at all;
- a matrix of people x dimensions with the number of primary and backup assignments;
- once rehearsal data exists, who is ready on what.

The threshold N (``store.preferences.load().prepared_threshold``) applies to the *assigned*
figure: a dimension is short when fewer than N people are assigned to it. Rehearsal only adds
information; it never makes a dimension short (one person's rehearsal must not turn every
dimension red). The rehearsed and ready figures count only people assigned in the dimension,
and only their assigned questions there.

Readiness plugs in from the rehearsal mode. ``readiness`` is a mapping
``(person id, question id) -> bool``: True when the rehearsals say the person is ready on that
question, False when they rehearsed it and are not ready yet; a pair that is absent was never
rehearsed. ``None`` means there is no rehearsal data at all, and the view says so. By default
``compute_coverage`` reads it from the recorded rehearsals through
``sealprep.core.rehearsal.readiness.readiness_for`` (see ``load_readiness``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from sealprep.core.rehearsal.readiness import ReadinessState, readiness_for
from sealprep.core.secretariat.model import PRIMARY, Assignment, Person, stored_id
from sealprep.core.secretariat.people import to_interview
from sealprep.core.secretariat.table_files import write_table

if TYPE_CHECKING:
    from sealprep.core.store import QuestionSummary, Store

ReadinessMap = Mapping[tuple[int, str], bool]


class _Auto(Enum):
    FROM_REHEARSALS = "from rehearsals"


_AUTO = _Auto.FROM_REHEARSALS  # compute_coverage's default: readiness from the recorded rehearsals


def load_readiness(store: Store) -> ReadinessMap | None:
    """Readiness from the recorded rehearsals, or None while nobody has rehearsed.

    Each person's questions come from ``readiness_for(store, person_id)``: *ready* counts as
    ready; *partial* and *not ready* as rehearsed but not ready; *unrehearsed* questions are
    left out.
    """
    found: dict[tuple[int, str], bool] = {}
    for person in store.people.list():
        if person.id is None:
            continue
        for question in readiness_for(store, person.id).questions:
            if question.state is not ReadinessState.UNREHEARSED:
                found[(person.id, question.question_id)] = question.state is ReadinessState.READY
    return found or None


@dataclass(frozen=True)
class Cell:
    """One person's assignments in one dimension."""

    primary: int = 0
    backup: int = 0
    ready: int | None = None
    """How many of these assigned questions the person is ready on (None: no rehearsal data)."""
    rehearsed: int | None = None
    """How many of these assigned questions the person has rehearsed (None: no rehearsal data)."""

    @property
    def total(self) -> int:
        return self.primary + self.backup


@dataclass
class DimensionCoverage:
    number: int
    th: str
    en: str
    questions: int
    without_primary: int
    assigned_people: tuple[int, ...]
    ready_people: tuple[int, ...] | None
    threshold: int
    rehearsed_people: tuple[int, ...] | None = None

    @property
    def prepared(self) -> int:
        """People assigned on this dimension: the figure the threshold applies to."""
        return len(self.assigned_people)

    @property
    def rehearsed(self) -> int | None:
        return None if self.rehearsed_people is None else len(self.rehearsed_people)

    @property
    def ready(self) -> int | None:
        return None if self.ready_people is None else len(self.ready_people)

    @property
    def short(self) -> bool:
        return self.prepared < self.threshold


@dataclass
class Coverage:
    threshold: int
    readiness_available: bool
    people: list[Person]
    """The matrix rows: every interviewee, and anyone else who holds an assignment."""
    dimensions: list[DimensionCoverage]
    cells: dict[tuple[int, int], Cell]
    """(person id, dimension) -> Cell; absent when the person has nothing there."""
    questions_without_primary: list[QuestionSummary]
    questions_with_several_primaries: list[tuple[QuestionSummary, tuple[int, ...]]]
    people_without_assignment: list[Person]
    """Interviewees with no assignment (the secretariat is not expected to have any)."""
    unknown_question_assignments: list[Assignment]
    """Assignments to question ids that are no longer in the bank (kept, never deleted)."""
    summaries: dict[str, QuestionSummary] = field(default_factory=dict)
    assignments: list[Assignment] = field(default_factory=list)
    readiness: ReadinessMap | None = None
    latest_progress: dict[int, datetime] = field(default_factory=dict)
    """person id -> when their newest progress pack (imported here) was made."""

    def cell(self, person_id: int, dimension: int) -> Cell:
        empty = 0 if self.readiness_available else None
        return self.cells.get((person_id, dimension), Cell(ready=empty, rehearsed=empty))

    def short_dimensions(self) -> list[DimensionCoverage]:
        return [d for d in self.dimensions if d.short]

    def ready(self, person_id: int, question_id: str) -> bool | None:
        """True/False from rehearsal, None if never rehearsed (or no rehearsal data at all)."""
        return None if self.readiness is None else self.readiness.get((person_id, question_id))

    def drill_down(self, person_id: int, dimension: int) -> list[tuple[QuestionSummary, str, bool | None]]:
        """The person's assigned questions in a dimension: (question, role, ready), bank order."""
        order = list(self.summaries)
        found = [
            (self.summaries[a.question_id], a.role, self.ready(person_id, a.question_id))
            for a in self.assignments
            if a.person_id == person_id
            and a.question_id in self.summaries
            and self.summaries[a.question_id].dimension == dimension
        ]
        return sorted(found, key=lambda item: order.index(item[0].id))

    def owners(self, question_id: str) -> dict[int, str]:
        """person id -> role for one question."""
        return {a.person_id: a.role for a in self.assignments if a.question_id == question_id}

    def dimension_questions(self, dimension: int) -> list[QuestionSummary]:
        return [s for s in self.summaries.values() if s.dimension == dimension]


def compute_coverage(
    store: Store, threshold: int | None = None, readiness: ReadinessMap | None | _Auto = _AUTO
) -> Coverage:
    """The coverage figures for the store as it is now (Qt-free; the view and export use it)."""
    if threshold is None:
        threshold = store.preferences.load().prepared_threshold
    if readiness is _AUTO:
        readiness = load_readiness(store)
    assert not isinstance(readiness, _Auto)
    summaries = {s.id: s for s in store.bank.summaries()}
    framework = store.bank.framework()
    everyone = store.people.list()
    assignments = store.assignments.list()
    assigned_ids = {a.person_id for a in assignments}
    people = to_interview(everyone, assigned_ids)

    counts: dict[tuple[int, int], list[int]] = {}
    primaries: dict[str, list[int]] = {}
    unknown: list[Assignment] = []
    for a in assignments:
        summary = summaries.get(a.question_id)
        if summary is None:
            unknown.append(a)
            continue
        tally = counts.setdefault((a.person_id, summary.dimension), [0, 0, 0, 0])
        tally[0 if a.role == PRIMARY else 1] += 1
        state = None if readiness is None else readiness.get((a.person_id, a.question_id))
        if state is not None:  # True: ready; False: rehearsed, not ready yet
            tally[3] += 1
            tally[2] += int(state)
        if a.role == PRIMARY:
            primaries.setdefault(a.question_id, []).append(a.person_id)
    with_data = readiness is not None
    cells = {
        key: Cell(primary, backup, ready if with_data else None, rehearsed if with_data else None)
        for key, (primary, backup, ready, rehearsed) in counts.items()
    }

    dimensions = []
    for dimension in framework.dimensions:
        in_dimension = [s for s in summaries.values() if s.dimension == dimension.number]
        assigned = tuple(
            stored_id(p.id) for p in people if cells.get((stored_id(p.id), dimension.number), Cell()).total > 0
        )
        ready = rehearsed = None
        if readiness is not None:
            ready = tuple(pid for pid in assigned if (cells[(pid, dimension.number)].ready or 0) > 0)
            rehearsed = tuple(pid for pid in assigned if (cells[(pid, dimension.number)].rehearsed or 0) > 0)
        dimensions.append(
            DimensionCoverage(
                dimension.number,
                dimension.th,
                dimension.en,
                len(in_dimension),
                sum(1 for s in in_dimension if s.id not in primaries),
                assigned,
                ready,
                threshold,
                rehearsed,
            )
        )

    return Coverage(
        threshold=threshold,
        readiness_available=readiness is not None,
        people=people,
        dimensions=dimensions,
        cells=cells,
        questions_without_primary=[s for s in summaries.values() if s.id not in primaries],
        questions_with_several_primaries=[(summaries[q], tuple(ids)) for q, ids in primaries.items() if len(ids) > 1],
        people_without_assignment=[p for p in everyone if p.role == "interviewee" and p.id not in assigned_ids],
        unknown_question_assignments=unknown,
        summaries=summaries,
        assignments=assignments,
        readiness=readiness,
        latest_progress=store.packs.latest_progress(),
    )


# -- the table, as shown and as exported ---------------------------------------------------------
TABLE_WORDS = {
    "en": {
        "person": "person",
        "agency": "agency",
        "dimension": "D{number} (primary + backup)",
        "total": "total",
        "readiness": "ready on (of assigned)",
        "prepared": "assigned people (need {threshold})",
        "rehearsed": "of them, rehearsed",
        "ready_people": "of them, ready",
        "ready": "ready {ready}",
        "no_readiness": "no rehearsal data yet",
    },
    "th": {
        "person": "ชื่อ-นามสกุล",
        "agency": "หน่วยงาน",
        "dimension": "มิติ {number} (หลัก + สำรอง)",
        "total": "รวม",
        "readiness": "พร้อม (จากที่ได้รับมอบหมาย)",
        "prepared": "จำนวนผู้ได้รับมอบหมาย (ต้องการ {threshold})",
        "rehearsed": "ในจำนวนนี้ ซ้อมแล้ว",
        "ready_people": "ในจำนวนนี้ พร้อมแล้ว",
        "ready": "พร้อม {ready}",
        "no_readiness": "ยังไม่มีข้อมูลการซ้อม",
    },
}


def cell_text(cell: Cell, words: Mapping[str, str] | None = None) -> str:
    """``2 + 1``; with readiness and ``words``, ``2 + 1 · ready 1``; empty when there is nothing."""
    if cell.total == 0:
        return ""
    text = f"{cell.primary} + {cell.backup}"
    if cell.ready is not None and words is not None:
        text += " · " + words["ready"].format(ready=cell.ready)
    return text


def person_readiness(coverage: Coverage, person_id: int) -> tuple[int, int] | None:
    """(ready on, assigned) over the bank's questions, or None without rehearsal data."""
    if not coverage.readiness_available:
        return None
    cells = [coverage.cell(person_id, d.number) for d in coverage.dimensions]
    return sum(c.ready or 0 for c in cells), sum(c.total for c in cells)


def coverage_table(coverage: Coverage, language: str = "en") -> tuple[list[str], list[list[object]]]:
    """The matrix as rows: one per person, a column per dimension, the total and the readiness;
    then a row with the number of assigned people per dimension (and, with rehearsal data, rows
    with how many of them rehearsed and how many are ready)."""
    words = TABLE_WORDS.get(language, TABLE_WORDS["en"])
    header = [words["person"], words["agency"]]
    header += [words["dimension"].format(number=d.number) for d in coverage.dimensions]
    header += [words["total"], words["readiness"]]
    rows: list[list[object]] = []
    for person in coverage.people:
        line: list[object] = [person.name, person.agency]
        total = 0
        for dimension in coverage.dimensions:
            cell = coverage.cell(stored_id(person.id), dimension.number)
            total += cell.total
            line.append(cell_text(cell, words))
        line.append(total)
        readiness = person_readiness(coverage, stored_id(person.id))
        line.append(f"{readiness[0]}/{readiness[1]}" if readiness else words["no_readiness"])
        rows.append(line)
    footer: list[object] = [words["prepared"].format(threshold=coverage.threshold), ""]
    footer += [d.prepared for d in coverage.dimensions]
    footer += ["", ""]
    rows.append(footer)
    if coverage.readiness_available:
        for key, figure in (("rehearsed", "rehearsed"), ("ready_people", "ready")):
            rows.append([words[key], "", *(getattr(d, figure) for d in coverage.dimensions), "", ""])
    return header, rows


def export_coverage(coverage: Coverage, path: str | Path, language: str = "en") -> Path:
    header, rows = coverage_table(coverage, language)
    return write_table(path, header, rows, sheet_title="coverage" if language != "th" else "ความครอบคลุม")
