"""Operations on assignments: replace a person's or a question's, import an assignment file."""

from __future__ import annotations

from collections.abc import Mapping

from sealprep.core.operations.changes import Changes, Outcome
from sealprep.core.secretariat.assignments_import import (
    AssignmentImportSummary,
    AssignmentPreview,
    import_assignments,
)
from sealprep.core.store import Store

ASSIGNMENTS = Changes(assignments=True)


def replace_person_assignments(store: Store, person_id: int, roles: Mapping[str, str]) -> Outcome[None]:
    """Make ``roles`` (question id -> role) exactly the person's assignments."""
    with store.transaction():
        store.assignments.replace_for_person(person_id, roles)
    return Outcome(None, ASSIGNMENTS)


def replace_question_assignments(store: Store, question_id: str, roles: Mapping[int, str]) -> Outcome[None]:
    """Make ``roles`` (person id -> role) exactly the question's assignments."""
    with store.transaction():
        store.assignments.replace_for_question(question_id, roles)
    return Outcome(None, ASSIGNMENTS)


def apply_assignments(
    store: Store, preview: AssignmentPreview, replace: bool = False
) -> Outcome[AssignmentImportSummary]:
    """Import a clean assignment preview (ValueError if it has problems)."""
    summary = import_assignments(store, preview, replace=replace)
    return Outcome(summary, ASSIGNMENTS)
