"""Assignments: which questions each person must be ready for, as primary owner or as backup.

Rules the secretariat works by (and the coverage view checks):

- A question's *primary* owner is the person expected to answer it; *backups* step in when the
  primary is absent or the assessors ask a second person. A question may have any number of
  backups.
- Several primaries on one question are allowed (a question can span two agencies' work), but
  the coverage view lists such questions so that the secretariat decides deliberately.
- Bulk assignment never changes an assignment that already exists: "assign every question of
  dimension 3 as backup" leaves a question the person already owns as primary as it was.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

# the types live in model; PRIMARY and BACKUP are re-exported for callers that name roles
from sealprep.core.secretariat.model import ASSIGNMENT_ROLES, Person
from sealprep.core.secretariat.model import BACKUP as BACKUP
from sealprep.core.secretariat.model import PRIMARY as PRIMARY
from sealprep.core.secretariat.model import Assignment as Assignment
from sealprep.core.store import QuestionFilter, Store

# how bulk selections are named (the UI and the CLI use the same words)
BY_DIMENSION = "dimension"
BY_GOAL = "goal"
BY_BENCHMARK = "benchmark"
BY_OWN_AGENCY = "own_agency"

K = TypeVar("K", str, int)  # a question id or a person id


@dataclass(frozen=True)
class BulkResult:
    added: tuple[Any, ...]
    """Question (or person) ids newly assigned."""
    kept: tuple[Any, ...]
    """Ids that were already assigned and were left as they were."""


def questions_in(store: Store, kind: str, value: object) -> list[str]:
    """The ids of every question in a dimension, goal or benchmark, or answered by an agency."""
    if kind == BY_DIMENSION:
        where = QuestionFilter(dimension=int(str(value)))
    elif kind == BY_GOAL:
        where = QuestionFilter(goal=str(value))
    elif kind == BY_BENCHMARK:
        where = QuestionFilter(benchmark=str(value))
    elif kind in (BY_OWN_AGENCY, "agency"):
        if not value:
            return []
        where = QuestionFilter(agency=str(value))
    else:
        raise ValueError(f"unknown bulk selection {kind!r}")
    return [summary.id for summary in store.bank.summaries(where)]


def own_agency_questions(store: Store, person: Person) -> list[str]:
    """Every question that has a suggested answer from the person's own agency."""
    return questions_in(store, BY_OWN_AGENCY, person.agency)


def people_of_answering_agencies(store: Store, question_id: str) -> list[Person]:
    """Everyone whose agency has a suggested answer to the question (the question-side bulk)."""
    question = store.bank.question(question_id)
    if question is None:
        return []
    agencies = set(question.answer_agencies())
    return [p for p in store.people.list() if p.agency and p.agency in agencies]


def add_to_draft(draft: Mapping[K, str], keys: Iterable[K], role: str) -> tuple[dict[K, str], BulkResult]:
    """A draft (id -> role) with ``keys`` added as ``role``; ids already in it keep their role.

    Pure, so that a dialog can preview bulk actions before anything is saved.
    """
    if role not in ASSIGNMENT_ROLES:
        raise ValueError(f"role must be one of {ASSIGNMENT_ROLES}")
    result = dict(draft)
    added: list[K] = []
    kept: list[K] = []
    for key in keys:
        if key in result:
            kept.append(key)
        else:
            result[key] = role
            added.append(key)
    return result, BulkResult(tuple(added), tuple(kept))


def bulk_assign(store: Store, person_id: int, question_ids: Iterable[str], role: str) -> BulkResult:
    """Assign the questions to the person as ``role`` in one transaction (existing ones kept)."""
    with store.transaction():
        draft, result = add_to_draft(store.assignments.for_person(person_id), question_ids, role)
        store.assignments.set_many(Assignment(person_id, q, draft[q]) for q in result.added)
    return result
