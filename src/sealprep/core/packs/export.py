"""Writing packs: a preparation pack (secretariat -> laptop) and a progress pack (laptop ->
secretariat). Each export reads the store inside one transaction, so a pack is a consistent
snapshot; see docs/packs.md for what each pack holds."""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from sealprep.core.audio.library import RecordingLibrary, recordings_folder
from sealprep.core.bank.folder import bank_files
from sealprep.core.packs.container import SUFFIX, write_pack
from sealprep.core.packs.recordings import recording_members
from sealprep.core.store import Store
from sealprep.core.store.packs_store import ASSESSOR, ATTEMPT, PERSON, REHEARSAL_SESSION, SESSION

BANK_PREFIX = "bank/"
PREPARATION_MEMBER = "preparation.json"
PROGRESS_MEMBER = "progress.json"


@dataclass(frozen=True)
class ExportResult:
    path: Path
    kind: str
    people: int = 0
    questions: int = 0
    assignments: int = 0
    sessions: int = 0
    attempts: int = 0
    recordings: int = 0


def _json(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")


def _made_by(store: Store, made_by: str | None) -> str:
    if made_by:
        return made_by
    me = store.packs.me_person_id()
    person = store.people.get(me) if me is not None else None
    return person.name if person else "sealprep"


def bank_members(store: Store) -> tuple[dict[str, bytes], int]:
    """The bank as pack members (``bank/...``, the bank folder's files) and its question count."""
    bank = store.bank.load_bank()
    return {BANK_PREFIX + name: text.encode("utf-8") for name, text in bank_files(bank).items()}, len(bank.questions)


def export_preparation(
    store: Store,
    path: str | Path,
    person_id: int | None = None,
    made_by: str | None = None,
    bank: tuple[dict[str, bytes], int] | None = None,
) -> ExportResult:
    """The bank, the people, the assignments and the interview sessions: everyone's, or (with
    ``person_id``) that person's assignments and sessions, the people those sessions name, and
    the assessors on their panels. A personal pack also makes that person "me" on the laptop."""
    packs = store.packs
    with store.transaction():
        person_uuid = packs.person_uuid(person_id) if person_id is not None else None
        if person_id is not None and person_uuid is None:
            raise KeyError(f"no person with id {person_id}")
        members, questions = bank or bank_members(store)
        members = dict(members)
        sessions = packs.records(SESSION)
        if person_uuid is not None:
            mine = set(packs.session_uuids_of(person_uuid))
            sessions = [s for s in sessions if s["uuid"] in mine]
        assessor_uuids: set[str] = set()
        people_uuids: set[str] = {person_uuid} if person_uuid else set()
        for session in sessions:
            session["assessors"], session["interviewees"] = packs.session_members(session["uuid"])
            assessor_uuids.update(session["assessors"])
            people_uuids.update(session["interviewees"])
        people = packs.records(PERSON)
        assessors = packs.records(ASSESSOR)
        if person_uuid is not None:
            people = [p for p in people if p["uuid"] in people_uuids]
            assessors = [a for a in assessors if a["uuid"] in assessor_uuids]
        assignments = packs.assignments([person_uuid] if person_uuid else None)
        block = store.schedule.block()
        data = {
            "scope": person_uuid,
            "me": person_uuid,
            "people": people,
            "assignments": assignments,
            "assessors": assessors,
            "sessions": sessions,
            "schedule_block": [block[0].isoformat(), block[1].isoformat()] if block else None,
        }
        name = next((p["name"] for p in people if p["uuid"] == person_uuid), "")
        by = _made_by(store, made_by)
    members[PREPARATION_MEMBER] = _json(data)
    written = write_pack(path, "preparation", members, made_by=by, extra={"person": person_uuid, "person_name": name})
    return ExportResult(written, "preparation", len(people), questions, len(assignments), len(sessions))


def export_progress(
    store: Store,
    path: str | Path,
    person_id: int,
    with_notes: bool = False,
    made_by: str | None = None,
    with_recordings: bool = False,
    recordings: RecordingLibrary | None = None,
) -> ExportResult:
    """One person's rehearsals: sessions and attempts (ratings, key points ticked, times), with
    the notes typed during them only when ``with_notes`` and their recorded answers only when
    ``with_recordings`` (both personal, both off unless the person ticks them). On the laptop
    whose "me" is this person, the rehearsals recorded for the laptop's own user are theirs too."""
    packs = store.packs
    with store.transaction():
        person = packs.record(PERSON, packs.person_uuid(person_id) or "")
        if person is None:
            raise KeyError(f"no person with id {person_id}")
        me = person["uuid"] if packs.me_person_id() == person_id else None
        whose = "WHERE t.person_id = ? OR (t.person_id IS NULL AND ? IS NOT NULL)"
        sessions = packs.records(REHEARSAL_SESSION, whose, [person_id, me], me)
        attempts = packs.records(ATTEMPT, whose, [person_id, me], me)
        if not with_notes:
            for attempt in attempts:
                del attempt["notes"]
        data = {"person": person, "sessions": sessions, "attempts": attempts, "with_notes": with_notes}
        members: dict[str, bytes] = {}
        if with_recordings:
            library = recordings or RecordingLibrary(recordings_folder(store.path))
            members, data["recordings"] = recording_members(store, library, attempts, sessions)
        by = _made_by(store, made_by or person["name"])
    members[PROGRESS_MEMBER] = _json(data)
    written = write_pack(
        path,
        "progress",
        members,
        made_by=by,
        extra={
            "person": person["uuid"],
            "person_name": person["name"],
            "with_notes": with_notes,
            "with_recordings": with_recordings,
        },
    )
    return ExportResult(
        written, "progress", people=1, sessions=len(sessions), attempts=len(attempts), recordings=len(members) - 1
    )


_UNSAFE = set('<>:"/\\|?*')
MAX_NAME_BYTES = 120
"""A file name's stem is cut to this many UTF-8 bytes (Thai letters take 3 each; most file
systems allow 255 bytes per name)."""


def safe_file_name(name: str, suffix: str = SUFFIX, max_bytes: int = MAX_NAME_BYTES) -> str:
    """A file name made from a person's name that every system accepts: no path characters or
    control characters, no trailing dots or spaces, cut by bytes at a character boundary (never
    halfway through a Thai letter or between a consonant and its vowel mark)."""
    text = unicodedata.normalize("NFC", name)
    cleaned = "".join("_" if ch in _UNSAFE or unicodedata.category(ch).startswith("C") else ch for ch in text)
    cleaned = " ".join(cleaned.split()).strip(" .") or "person"
    encoded = cleaned.encode("utf-8")
    if len(encoded) > max_bytes:
        cut = encoded[:max_bytes].decode("utf-8", errors="ignore")
        rest = cleaned[len(cut) :]
        while cut and rest and unicodedata.category(rest[0]) in ("Mn", "Mc"):
            rest = cut[-1] + rest  # never part a letter from its vowel or tone marks
            cut = cut[:-1]
        while cut and cut[-1] in "เแโใไ":
            cut = cut[:-1]  # a leading vowel is written before the consonant it belongs to
        cleaned = cut.rstrip(" .") or "person"
    return cleaned + suffix


def export_preparation_for_everyone(store: Store, folder: str | Path, made_by: str | None = None) -> list[ExportResult]:
    """One personal preparation pack per person on the roster, each named after the person
    (two people with the same name get their roster id added)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    people = store.people.list()
    taken: set[str] = set()
    results = []
    bank = bank_members(store)
    for person in people:
        assert person.id is not None
        name = safe_file_name(person.name)
        if name.casefold() in taken:
            name = safe_file_name(f"{person.name} {person.id}")
        taken.add(name.casefold())
        results.append(export_preparation(store, folder / name, person.id, made_by, bank))
    return results
