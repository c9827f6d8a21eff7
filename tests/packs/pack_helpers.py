"""Helpers for the pack tests: a store's whole content, and hand-made (hostile) packs."""

from __future__ import annotations

import hashlib
import json
import zipfile
from datetime import date, time
from pathlib import Path

from sealprep.core.bank.first_run import ensure_bank
from sealprep.core.secretariat.people import Person
from sealprep.core.secretariat.schedule import Assessor, Session
from sealprep.core.store import Store


def snapshot(store: Store) -> dict[str, list[str]]:
    """Every table's rows (the FTS index's shadow tables aside: they follow search_documents)."""
    tables = [
        row[0]
        for row in store.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_index%' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    return {table: sorted(map(repr, store.db.execute(f"SELECT * FROM {table}").fetchall())) for table in tables}


def folder_files(folder: Path) -> dict[str, bytes]:
    if not folder.exists():
        return {}
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def members_of(path: Path) -> tuple[dict, dict[str, bytes]]:
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    return json.loads(members.pop("manifest.json")), members


def write_raw_pack(
    path: Path,
    manifest: dict,
    members: dict[str, bytes],
    *,
    listed: dict[str, bytes] | None = None,
    infos: list[tuple[zipfile.ZipInfo, bytes]] = (),
) -> Path:
    """A pack written by hand: the manifest lists ``listed`` (default: ``members``) with their
    checksums; ``infos`` adds members with a hand-made ZipInfo (links, odd names)."""
    listed = members if listed is None else listed
    manifest = {**manifest, "members": {n: hashlib.sha256(d).hexdigest() for n, d in listed.items()}}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False))
        for name, data in members.items():
            archive.writestr(name, data)
        for info, data in infos:
            archive.writestr(info, data)
    return path


def populate_secretariat(store: Store) -> Store:
    """The secretariat's data: the starter bank, three people, assignments and two interview
    sessions, one with a panel."""
    assert ensure_bank(store).ok
    questions = [q.id for q in store.bank.questions()]
    malee = store.people.save(Person("นางสาวมาลี รักเรียน", position="ผู้อำนวยการกอง", agency="สยป."))
    somchai = store.people.save(Person("นายสมชาย ใจดี", agency="สนศ."))
    store.people.save(Person("นางสุดา มีสุข", agency="สนศ."))
    for qid in questions[:3]:
        store.assignments.set(malee.id, qid, "primary")
    for qid in questions[3:6]:
        store.assignments.set(somchai.id, qid, "primary")
    store.assignments.set(somchai.id, questions[0], "backup")
    panel = store.schedule.save_assessor(Assessor("Ms. Damaris Rosabal", "UNDP"))
    store.schedule.save_session(
        Session(
            date(2026, 2, 9),
            time(9, 0),
            time(10, 0),
            "ห้อง 1",
            "มิติ 1",
            assessor_ids=[panel.id],
            interviewee_ids=[malee.id],
        )
    )
    store.schedule.save_session(
        Session(date(2026, 2, 9), time(10, 0), time(11, 0), "ห้อง 2", "มิติ 2", interviewee_ids=[somchai.id])
    )
    store.schedule.set_block(date(2026, 2, 9), date(2026, 2, 13))
    return store


def person_named(store: Store, part: str) -> Person:
    [person] = [p for p in store.people.list() if part in p.name]
    return person
