"""The Seal's own structure with who stands behind it: dimension -> goal -> benchmark, each with
its criterion text, UNDP's comment, its questions, the people assigned to them, their readiness
and the evidence the questions cite.

One *row* per benchmark, and one per goal that has no benchmarks yet (dimensions 2-4 of the
bundled bank): such a goal row gathers the questions of its dimension that link to no benchmark.
A row's people are those assigned (primary or backup) to any of its questions; they are *ready*
on it when the rehearsals say they are ready on at least one of those questions (the same rule
as the dimension coverage in ``coverage.py``). A question's evidence counts for every benchmark
it links; the same document cited twice counts once.

Qt-free: the Benchmarks page, the benchmark x person coverage and ``sealprep bank benchmarks``
all show what ``benchmark_overview`` returns.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sealprep.core.bank.model import Benchmark, Dimension, EvidenceItem, Goal
from sealprep.core.secretariat.assignments import PRIMARY
from sealprep.core.secretariat.coverage import Cell, Coverage, compute_coverage
from sealprep.core.secretariat.people import Person

if TYPE_CHECKING:
    from sealprep.core.store import QuestionSummary, Store

NO_QUESTION = "no_question"
NO_ASSIGNED = "no_assigned"
NO_READY = "no_ready"
NO_EVIDENCE = "no_evidence"
NO_TEXT = "no_text"


@dataclass(frozen=True)
class CitedEvidence:
    question_id: str
    item: EvidenceItem


@dataclass
class BenchmarkRow:
    """A benchmark, or a goal without benchmarks (``benchmark`` is None)."""

    dimension: int
    goal: Goal
    benchmark: Benchmark | None
    questions: list[QuestionSummary]
    assigned: tuple[int, ...]
    ready: tuple[int, ...] | None
    """People ready on at least one of the row's questions; None without rehearsal data."""
    evidence: list[CitedEvidence]

    @property
    def key(self) -> str:
        """The benchmark id, or the goal id for a goal row."""
        return self.benchmark.id if self.benchmark else self.goal.id

    @property
    def text_known(self) -> bool:
        return self.benchmark.text_known if self.benchmark else True

    @property
    def gaps(self) -> tuple[str, ...]:
        """What is missing, most basic first: NO_TEXT, NO_QUESTION, NO_ASSIGNED, NO_READY, NO_EVIDENCE."""
        found = []
        if not self.text_known:
            found.append(NO_TEXT)
        if not self.questions:
            found.append(NO_QUESTION)
        if not self.assigned:
            found.append(NO_ASSIGNED)
        elif self.ready is not None and not self.ready:
            found.append(NO_READY)
        if not self.evidence:
            found.append(NO_EVIDENCE)
        return tuple(found)


@dataclass
class GoalOverview:
    goal: Goal
    rows: list[BenchmarkRow]


@dataclass
class DimensionOverview:
    dimension: Dimension
    goals: list[GoalOverview]
    unlinked_questions: list[QuestionSummary]
    """Questions of the dimension that link to no benchmark."""

    @property
    def has_benchmark_text(self) -> bool:
        """False when no benchmark of the dimension has UNDP's text in the bank yet."""
        return any(b.text_known for g in self.dimension.goals for b in g.benchmarks)

    @property
    def rows(self) -> list[BenchmarkRow]:
        return [row for goal in self.goals for row in goal.rows]


@dataclass
class BenchmarkOverview:
    dimensions: list[DimensionOverview]
    people: list[Person]
    readiness_available: bool
    cells: dict[tuple[int, str], Cell] = field(default_factory=dict)
    """(person id, row key) -> the person's primary/backup/ready counts on the row's questions."""

    @property
    def rows(self) -> list[BenchmarkRow]:
        return [row for d in self.dimensions for row in d.rows]

    def cell(self, person_id: int, key: str) -> Cell:
        return self.cells.get((person_id, key), Cell(ready=0 if self.readiness_available else None))


def benchmark_overview(store: Store, coverage: Coverage | None = None) -> BenchmarkOverview:
    """The overview for the store as it is now; pass ``coverage`` when it is already computed."""
    coverage = coverage or compute_coverage(store)
    framework = store.bank.framework()
    evidence = store.bank.evidence()
    summaries = list(coverage.summaries.values())
    by_person: dict[str, list[tuple[int, str]]] = {}
    for a in coverage.assignments:
        by_person.setdefault(a.question_id, []).append((a.person_id, a.role))

    overview = BenchmarkOverview([], coverage.people, coverage.readiness_available)

    def row(dimension: int, goal: Goal, benchmark: Benchmark | None, questions: list[QuestionSummary]) -> BenchmarkRow:
        key = benchmark.id if benchmark else goal.id
        tallies: dict[int, list[int]] = {}
        for question in questions:
            for person_id, role in by_person.get(question.id, []):
                tally = tallies.setdefault(person_id, [0, 0, 0])
                tally[0 if role == PRIMARY else 1] += 1
                if coverage.ready(person_id, question.id):
                    tally[2] += 1
        for person_id, (primary, backup, ready) in tallies.items():
            overview.cells[(person_id, key)] = Cell(primary, backup, ready if coverage.readiness_available else None)
        assigned = tuple(p.id for p in coverage.people if p.id in tallies)
        ready_people = None
        if coverage.readiness_available:
            ready_people = tuple(pid for pid in assigned if tallies[pid][2] > 0)
        cited: list[CitedEvidence] = []
        seen: set[tuple[str, str]] = set()
        for question in questions:
            for item in evidence.get(question.id, []):
                if (item.title, item.url) not in seen:
                    seen.add((item.title, item.url))
                    cited.append(CitedEvidence(question.id, item))
        return BenchmarkRow(dimension, goal, benchmark, questions, assigned, ready_people, cited)

    for dimension in framework.dimensions:
        in_dimension = [s for s in summaries if s.dimension == dimension.number]
        unlinked = [s for s in in_dimension if not s.benchmarks]
        goals = []
        for goal in dimension.goals:
            if goal.benchmarks:
                rows = [
                    row(dimension.number, goal, b, [s for s in in_dimension if b.id in s.benchmarks])
                    for b in goal.benchmarks
                ]
            else:
                rows = [row(dimension.number, goal, None, unlinked)]
            goals.append(GoalOverview(goal, rows))
        overview.dimensions.append(DimensionOverview(dimension, goals, unlinked))
    return overview


BENCHMARK_TABLE_HEADER = ("dimension", "goal", "benchmark", "text", "questions", "assigned", "ready", "evidence")


def benchmark_table(overview: BenchmarkOverview) -> list[dict[str, object]]:
    """One record per row for ``sealprep bank benchmarks``: counts, and ``ready`` None without
    rehearsal data; ``benchmark`` is "" on a goal row; ``text`` is "known" or "placeholder"."""
    return [
        {
            "dimension": r.dimension,
            "goal": r.goal.id,
            "benchmark": r.benchmark.id if r.benchmark else "",
            "text": "known" if r.text_known else "placeholder",
            "questions": len(r.questions),
            "assigned": len(r.assigned),
            "ready": None if r.ready is None else len(r.ready),
            "evidence": len(r.evidence),
        }
        for r in overview.rows
    ]
