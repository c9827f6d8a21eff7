"""Operations on the roster: save or remove a person, import a roster file."""

from __future__ import annotations

from sealprep.core.operations.changes import Changes, Outcome
from sealprep.core.secretariat.model import Person
from sealprep.core.secretariat.roster_import import RosterImportSummary, RosterPreview, import_roster
from sealprep.core.store import Store


def save_person(store: Store, person: Person) -> Outcome[Person]:
    """Add (id None) or update a person; the value is the person with their id."""
    with store.transaction():
        saved = store.people.save(person)
    return Outcome(saved, Changes(people=True))


def remove_person(store: Store, person_id: int) -> Outcome[None]:
    """Remove a person with their assignments and session places.

    ValueError (nothing changes) when they have rehearsal history, which is never lost."""
    with store.transaction():
        store.people.remove(person_id)
    return Outcome(None, Changes(people=True, assignments=True, schedule=True))


def apply_roster(store: Store, preview: RosterPreview) -> Outcome[RosterImportSummary]:
    """Import a clean roster preview (the core importer owns the rules; ValueError if not clean)."""
    summary = import_roster(store, preview)
    return Outcome(summary, Changes(people=True))
