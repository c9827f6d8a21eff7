"""Importing packs: each pack is checked whole (``container.read_pack``), then merged into the
store in one transaction, record by record, by the rules in docs/packs.md:

- a record is known by its uuid (an assignment by its person and question);
- a record that is new here is added; one that is the same is left alone;
- when both differ, the newer ``updated_at`` wins, and the losing version is kept in
  ``record_history`` (so nothing is lost, and an older pack never overwrites a newer state);
- the bank, the schedule's days and who "me" is come from the newest preparation pack.

Importing the same pack again changes nothing. A preparation pack never touches the laptop's own
notes, ratings or rehearsal history: those tables are not written by it at all.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import sqlite3
import tempfile
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sealprep.core.audio.library import RecordingLibrary, recordings_folder
from sealprep.core.bank.first_run import editable_bank_dir
from sealprep.core.bank.folder import load_bank_members
from sealprep.core.bank.service import import_checked
from sealprep.core.packs.container import DEFAULT_LIMITS, SUFFIX, Limits, Pack, PackRefused, read_pack
from sealprep.core.packs.export import BANK_PREFIX, PREPARATION_MEMBER, PROGRESS_MEMBER
from sealprep.core.packs.recordings import checked_recordings, install_recordings
from sealprep.core.store import Store
from sealprep.core.store.packs_store import (
    ASSESSOR,
    ATTEMPT,
    PERSON,
    REHEARSAL_SESSION,
    SESSION,
    RecordKind,
)

PREPARATION_KEY = "pack.preparation_made_at"
BANK_KEY = "pack.bank_sha256"
WITHHELD = {"notes"}
"""Fields a progress pack may leave out (notes are personal): left out, ours are kept."""
_NUMBER_COLUMNS: dict[str, dict[str, type | tuple[type, ...]]] = {
    "attempt": {
        **dict.fromkeys(("dimension", "position", "time_limit", "rating", "skipped", "key_points_total"), int),
        "seconds_used": (int, float),
    }
}
"""The columns that hold numbers, per kind of record; every other column holds text."""
_UUID = re.compile(r"^[0-9a-f]{32}$")


@dataclass
class Tally:
    added: int = 0
    updated: int = 0
    kept: int = 0  # ours was newer: the pack's version went to history
    unchanged: int = 0
    removed: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed)


@dataclass
class PackResult:
    """What one pack did (or why it was refused)."""

    path: Path
    kind: str | None = None
    made_by: str = ""
    made_at: datetime | None = None
    person_name: str = ""
    refused: str | None = None  # why, in English
    reason: tuple[str, tuple[str, ...]] | None = None  # the same as a template and its values
    already_imported: bool = False
    tallies: dict[str, Tally] = field(default_factory=dict[str, Any])
    bank_questions: int | None = None  # set when the pack's bank replaced this store's bank
    bank_kept: bool = False  # the pack had a bank, and ours was the same or newer
    me: str | None = None  # the name of the person this laptop now rehearses as
    problems: list[str] = field(default_factory=list)  # bank problems, as member:line: message
    recordings: int = 0  # recordings written beside this store (progress packs that include them)
    _pending_recordings: list[Any] = field(default_factory=list, repr=False)

    @property
    def ok(self) -> bool:
        return self.refused is None

    def tally(self, kind: str) -> Tally:
        return self.tallies.setdefault(kind, Tally())

    @property
    def changes(self) -> set[str]:
        """The areas of data this import changed: bank, people, assignments, schedule, rehearsal, me."""
        areas = {
            "person": "people",
            "assignment": "assignments",
            "assessor": "schedule",
            "session": "schedule",
            "rehearsal_session": "rehearsal",
            "attempt": "rehearsal",
        }
        changed = {areas[kind] for kind, tally in self.tallies.items() if tally.changed}
        if self.bank_questions is not None:
            changed.add("bank")
        if self.me:
            changed.add("me")
        return changed


@dataclass
class ImportReport:
    results: list[PackResult] = field(default_factory=list)

    @property
    def changes(self) -> set[str]:
        return set().union(*(r.changes for r in self.results)) if self.results else set()

    @property
    def imported(self) -> list[PackResult]:
        return [r for r in self.results if r.ok]

    @property
    def refused(self) -> list[PackResult]:
        return [r for r in self.results if not r.ok]


def pack_files(paths: Iterable[str | Path]) -> list[Path]:
    """The files to import: each file as given, and the ``.sealpack`` files inside each folder."""
    files: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            files.extend(sorted(p for p in path.iterdir() if p.suffix.lower() == SUFFIX and p.is_file()))
        else:
            files.append(path)
    return files


def import_packs(
    store: Store,
    paths: Iterable[str | Path],
    limits: Limits = DEFAULT_LIMITS,
    bank_folder: Path | None = None,
    recordings: RecordingLibrary | None = None,
) -> ImportReport:
    """Import several packs (files, or folders of them); each is all-or-nothing on its own."""
    report = ImportReport()
    for path in pack_files(paths):
        report.results.append(import_pack(store, path, limits, bank_folder, recordings))
    return report


def import_pack(
    store: Store,
    path: str | Path,
    limits: Limits = DEFAULT_LIMITS,
    bank_folder: Path | None = None,
    recordings: RecordingLibrary | None = None,
) -> PackResult:
    """Import one pack in one transaction; refused whole (nothing changed) on any problem.

    A preparation pack's bank is written to ``bank_folder`` (default: the store's editable bank
    folder, ``<store>-bank``), where the app writes question edits, so folder and store agree.
    Recordings in a progress pack go to ``recordings`` (default: the folder beside the store).
    """
    path = Path(path)
    result = PackResult(path)
    staged: Path | None = None
    try:
        digest = _file_digest(path)
        pack = read_pack(path, limits)
        result.kind, result.made_by = pack.kind, pack.made_by
        result.made_at = datetime.fromisoformat(pack.made_at)
        result.person_name = str(pack.manifest.get("person_name") or "")
        if store.packs.was_imported(digest):
            result.already_imported = True
            return result
        target = bank_folder or _default_bank_folder(store)
        with store.transaction():
            if pack.kind == "preparation":
                staged = _import_preparation(store, pack, result, target)
            else:
                _import_progress(store, pack, result)
            store.packs.record_import(
                digest, pack.manifest, pack.manifest.get("person"), {k: vars(t) for k, t in result.tallies.items()}
            )
    except PackRefused as refusal:
        _discard(staged)
        return _refused(result, refusal)
    except (sqlite3.Error, KeyError, TypeError, ValueError, OverflowError, AttributeError, IndexError) as exc:
        _discard(staged)
        return _refused(result, PackRefused("its data does not fit this sealprep's store (%1)", exc))
    except OSError as exc:
        _discard(staged)
        return _refused(
            result, PackRefused("it cannot be read or its bank cannot be written (%1)", exc.strerror or exc)
        )
    if result._pending_recordings:
        library = recordings or _default_recordings(store)
        if library is not None:
            result.recordings, problems = install_recordings(store, library, result._pending_recordings)
            result.problems += problems
        result._pending_recordings = []
    if staged is not None and target is not None:
        try:
            _swap_in(staged, target)
        except OSError as exc:  # e.g. Windows refuses to rename a folder another program has open
            try:
                _copy_over(staged, target)
            except OSError:
                result.problems.append(
                    f"{target}: the bank folder could not be updated ({exc.strerror or exc}); "
                    f"the store has the new bank, and the pack's files are in {staged}"
                )
            else:
                _discard(staged)
    return result


def _refused(result: PackResult, refusal: PackRefused) -> PackResult:
    result.refused = str(refusal)
    result.reason = (refusal.template, refusal.values)
    result.tallies.clear()
    result.bank_questions = None
    result.me = None
    return result


def _file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    try:
        with path.open("rb") as stream:
            while chunk := stream.read(1 << 20):
                digest.update(chunk)
    except FileNotFoundError:
        raise PackRefused("the file does not exist") from None
    except IsADirectoryError:
        raise PackRefused("it is a folder, not a pack file") from None
    return digest.hexdigest()


def _default_recordings(store: Store) -> RecordingLibrary | None:
    return None if str(store.path) == ":memory:" else RecordingLibrary(recordings_folder(store.path))


def _default_bank_folder(store: Store) -> Path | None:
    return None if str(store.path) == ":memory:" else editable_bank_dir(store.path)


# -- records ---------------------------------------------------------------------------------
def _time(value: object, what: str) -> datetime:
    if not isinstance(value, str):
        raise PackRefused("a %1 in the pack has no valid change time", what)
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise PackRefused("a %1 in the pack has no valid change time (%2)", what, repr(value)) from None
    if moment.tzinfo is None:
        raise PackRefused("a %1 in the pack has a change time without a time zone (%2)", what, repr(value))
    return moment


def _records(data: dict[str, Any], key: str, kind: RecordKind) -> list[dict[str, Any]]:
    """The pack's records of one kind, each checked for the shape the store needs."""
    records = data.get(key) or []
    if not isinstance(records, list):
        raise PackRefused("'%1' in the pack is not a list", key)
    allowed = {"uuid", *kind.columns, *(ref for ref, _, _ in kind.refs), "assessors", "interviewees"}
    numbers = _NUMBER_COLUMNS.get(kind.name, {})
    for record in records:
        if not isinstance(record, dict) or not isinstance(record.get("uuid"), str) or not _UUID.match(record["uuid"]):
            raise PackRefused("a %1 in the pack has no valid id", kind.name)
        unknown = set(record) - allowed
        if unknown:
            raise PackRefused("a %1 in the pack has unknown fields: %2", kind.name, ", ".join(sorted(unknown)))
        for name, value in record.items():
            if name in ("assessors", "interviewees"):
                if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                    raise PackRefused("a %1 in the pack has an invalid %2 list", kind.name, name)
            elif value is not None and not isinstance(value, numbers.get(name, str)):
                raise PackRefused("a %1 in the pack has an invalid %2", kind.name, name)
        _time(record.get("updated_at"), kind.name)
    return records


def _merge(
    store: Store,
    kind: RecordKind,
    incoming: dict[str, Any],
    result: PackResult,
    me: str | None = None,
    members: bool = False,
) -> str:
    """Apply one record by the newer-wins rule; returns added, updated, kept or unchanged."""
    packs = store.packs
    tally = result.tally(kind.name)
    local = packs.record(kind, incoming["uuid"], me)
    if local is None:
        if any(
            incoming.get(ref) is not None and packs.local_id(table, incoming[ref]) is None
            for ref, _, table in kind.refs
        ):
            raise PackRefused("a %1 in the pack refers to a record the pack does not hold", kind.name)
        packs.insert(kind, incoming)
        if members:
            packs.set_session_members(incoming["uuid"], incoming.get("assessors", []), incoming.get("interviewees", []))
        tally.added += 1
        return "added"
    if members:
        local["assessors"], local["interviewees"] = packs.session_members(local["uuid"])
    if all(local.get(name) == value for name, value in incoming.items()):
        tally.unchanged += 1
        return "unchanged"
    differing = {name for name, value in incoming.items() if local.get(name) != value}
    ours, theirs = _time(local["updated_at"], kind.name), _time(incoming["updated_at"], kind.name)
    if ours == theirs and differing <= WITHHELD and all(not local.get(name) for name in differing):
        # the same version, sent earlier without its notes: now they come along
        packs.update(kind, incoming, local, keep_refs=True)
        tally.updated += 1
        return "updated"
    if theirs > ours:
        packs.keep_in_history(kind.name, local["uuid"], local, result.path.name)
        packs.update(kind, incoming, local, keep_refs=kind in (ATTEMPT, REHEARSAL_SESSION))
        if members:
            packs.set_session_members(incoming["uuid"], incoming.get("assessors", []), incoming.get("interviewees", []))
        tally.updated += 1
        return "updated"
    packs.keep_in_history(kind.name, local["uuid"], incoming, result.path.name)
    tally.kept += 1
    return "kept"


# -- a preparation pack ----------------------------------------------------------------------
def _import_preparation(store: Store, pack: Pack, result: PackResult, bank_folder: Path | None) -> Path | None:
    data = pack.json(PREPARATION_MEMBER)
    people = _records(data, "people", PERSON)
    assessors = _records(data, "assessors", ASSESSOR)
    sessions = _records(data, "sessions", SESSION)
    assignments = data.get("assignments") or []
    scope = data.get("scope")
    if scope is not None and not (isinstance(scope, str) and _UUID.match(scope)):
        raise PackRefused("the pack names its person with an invalid id")
    made_at = datetime.fromisoformat(pack.made_at)
    newest = store.packs.meta(PREPARATION_KEY)
    is_newest = newest is None or made_at >= datetime.fromisoformat(newest)

    for person in people:
        _merge(store, PERSON, person, result)
    for assessor in assessors:
        _merge(store, ASSESSOR, assessor, result)
    for session in sessions:
        _merge(store, SESSION, session, result, members=True)
    _import_assignments(store, assignments, result, made_at, [scope] if scope else [p["uuid"] for p in people])
    _remove_dropped_sessions(store, {s["uuid"] for s in sessions}, scope, made_at, result)

    staged = None
    if any(name.startswith(BANK_PREFIX) for name in pack.members):
        staged = _import_bank(store, pack, result, bank_folder, is_newest)
    if is_newest:
        store.packs.set_meta(PREPARATION_KEY, pack.made_at)
        block = data.get("schedule_block")
        if isinstance(block, list) and len(block) == 2:
            store.schedule.set_block(date.fromisoformat(block[0]), date.fromisoformat(block[1]))
        me = data.get("me")
        if isinstance(me, str) and _UUID.match(me) and store.packs.local_id("people", me) is not None:
            if store.packs.me_uuid() != me:
                store.packs.set_meta("me.person_uuid", me)
                who = store.people.get(store.packs.local_id("people", me) or 0)
                result.me = who.name if who else None
    return staged


def _import_assignments(
    store: Store, rows: object, result: PackResult, made_at: datetime, complete_for: list[str]
) -> None:
    """Newer-wins per (person, question). The pack holds *all* assignments of the people in
    ``complete_for``, so theirs that it lacks were removed at the secretariat: removed here too,
    unless changed here after the pack was made."""
    if not isinstance(rows, list):
        raise PackRefused("'%1' in the pack is not a list", "assignments")
    packs = store.packs
    tally = result.tally("assignment")
    local = {(a["person"], a["question_id"]): a for a in packs.assignments()}
    ids = packs.local_ids("people")
    seen = set()
    for row in rows:
        if (
            not isinstance(row, dict)
            or not isinstance(row.get("question_id"), str)
            or row.get("role") not in ("primary", "backup")
            or row.get("person") not in ids
        ):
            raise PackRefused("an assignment in the pack is not valid or names a person the pack does not hold")
        _time(row.get("updated_at"), "assignment")
        incoming = {k: row[k] for k in ("person", "question_id", "role", "updated_at")}
        key = (incoming["person"], incoming["question_id"])
        seen.add(key)
        ours = local.get(key)
        record = f"{key[0]}/{key[1]}"
        if ours is None:
            packs.put_assignment(ids[key[0]], incoming)
            tally.added += 1
        elif ours == incoming:
            tally.unchanged += 1
        elif _time(incoming["updated_at"], "assignment") > _time(ours["updated_at"], "assignment"):
            packs.keep_in_history("assignment", record, ours, result.path.name)
            packs.put_assignment(ids[key[0]], incoming)
            tally.updated += 1
        else:
            packs.keep_in_history("assignment", record, incoming, result.path.name)
            tally.kept += 1
    covered = set(complete_for)
    for key, ours in local.items():
        if key[0] in covered and key not in seen and _time(ours["updated_at"], "assignment") <= made_at:
            packs.keep_in_history("assignment", f"{key[0]}/{key[1]}", ours, result.path.name)
            packs.delete_assignment(ids[key[0]], key[1])
            tally.removed += 1


def _remove_dropped_sessions(
    store: Store, in_pack: set[str], scope: str | None, made_at: datetime, result: PackResult
) -> None:
    """Interview sessions the pack should hold but does not were removed at the secretariat."""
    packs = store.packs
    candidates = packs.records(SESSION)
    if scope is not None:
        mine = set(packs.session_uuids_of(scope))
        candidates = [s for s in candidates if s["uuid"] in mine]
    for session in candidates:
        if session["uuid"] not in in_pack and _time(session["updated_at"], "session") <= made_at:
            session["assessors"], session["interviewees"] = packs.session_members(session["uuid"])
            packs.keep_in_history("session", session["uuid"], session, result.path.name)
            packs.delete(SESSION, session["uuid"])
            result.tally("session").removed += 1


def _import_bank(
    store: Store, pack: Pack, result: PackResult, bank_folder: Path | None, is_newest: bool
) -> Path | None:
    """Check the pack's bank with the bank loader (problems name pack members), then replace the
    bank as ``bank import`` does, unless ours came from a newer pack or is the same bank.
    Returns the staged copy of the bank folder, swapped in after the transaction commits."""
    loaded = load_bank_members(pack.members, BANK_PREFIX)
    if not loaded.ok or loaded.bank is None:
        result.problems = [f"{p.path}:{p.line}: {p.message}" for p in loaded.problems]
        first = result.problems[0] if result.problems else "?"
        raise PackRefused("its question bank has %1 problems, the first: %2", len(result.problems), first)
    digest = hashlib.sha256()
    for name in sorted(n for n in pack.members if n.startswith(BANK_PREFIX)):
        digest.update(name.encode("utf-8") + b"\0" + pack.members[name] + b"\0")
    if not is_newest or store.packs.meta(BANK_KEY) == digest.hexdigest():
        result.bank_kept = True
        return None
    staged = None
    if bank_folder is not None:
        bank_folder.parent.mkdir(parents=True, exist_ok=True)
        staged = Path(tempfile.mkdtemp(prefix=f".{bank_folder.name}.incoming-", dir=bank_folder.parent))
        for name, data in pack.members.items():
            if name.startswith(BANK_PREFIX):
                target = staged / name[len(BANK_PREFIX) :]
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(data)
    import_checked(store, loaded, bank_folder)  # as `sealprep bank import` does
    store.packs.set_meta(BANK_KEY, digest.hexdigest())
    result.bank_questions = len(loaded.bank.questions)
    return staged


def _swap_in(staged: Path, target: Path) -> None:
    """Put the new bank folder in place of the old one. The old one is kept as
    ``<folder>.previous`` (replacing an older one), so question edits made here are never lost."""
    if target.exists():
        previous = target.with_name(f"{target.name}.previous")
        if previous.exists():
            shutil.rmtree(previous)
        target.rename(previous)
    staged.rename(target)


def _copy_over(staged: Path, target: Path) -> None:
    """Update the bank folder in place: the new files over the old, old question files removed."""
    shutil.copytree(staged, target, dirs_exist_ok=True)
    keep = {p.relative_to(staged) for p in staged.rglob("*.md")}
    for path in target.rglob("*.md"):
        if path.relative_to(target) not in keep:
            path.unlink()


def _discard(staged: Path | None) -> None:
    if staged is not None:
        shutil.rmtree(staged, ignore_errors=True)


# -- a progress pack -------------------------------------------------------------------------
def _import_progress(store: Store, pack: Pack, result: PackResult) -> None:
    data = pack.json(PROGRESS_MEMBER)
    [person] = _records({"people": [data.get("person")]}, "people", PERSON) if data.get("person") else [None]
    if person is None:
        raise PackRefused("the progress pack names no person")
    if pack.manifest.get("person") != person["uuid"]:
        raise PackRefused("the progress pack's manifest and content name different people")
    sessions = _records(data, "sessions", REHEARSAL_SESSION)
    attempts = _records(data, "attempts", ATTEMPT)
    if any(r.get("person") != person["uuid"] for r in [*sessions, *attempts]):
        raise PackRefused("the progress pack holds rehearsals of someone other than its person")
    result._pending_recordings = checked_recordings(pack, data.get("recordings"))
    _merge(store, PERSON, person, result)
    me = store.packs.me_uuid() if store.packs.me_uuid() == person["uuid"] else None
    for session in sessions:
        _merge(store, REHEARSAL_SESSION, session, result, me)
    touched: Counter[str] = Counter()
    for attempt in attempts:
        if _merge(store, ATTEMPT, attempt, result, me) in ("added", "updated"):
            touched[attempt["question_id"]] += 1
    person_id = store.packs.local_id("people", person["uuid"])
    for question_id in touched:
        store.rehearsal.rebuild_card(person_id, question_id)
        if me is not None:  # this laptop's own rehearsals may be recorded for "me" (no person)
            store.rehearsal.rebuild_card(None, question_id)
