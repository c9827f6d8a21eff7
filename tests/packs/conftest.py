"""Fixtures for the pack tests: a secretariat store and laptops, each a real store file."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from sealprep.core.bank.first_run import ensure_bank
from sealprep.core.secretariat.people import Person
from sealprep.core.secretariat.schedule import Assessor, Session
from sealprep.core.store import Store


@pytest.fixture
def secretariat(tmp_path: Path):
    """The secretariat's store: the starter bank, three people, assignments and one interview
    session with a panel."""
    store = Store.open(tmp_path / "secretariat" / "sealprep.db")
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
    yield store
    store.close()


@pytest.fixture
def laptop_factory(tmp_path: Path):
    opened: list[Store] = []

    def make(name: str) -> Store:
        store = Store.open(tmp_path / name / "sealprep.db")
        opened.append(store)
        return store

    yield make
    for store in opened:
        store.close()


def person_named(store: Store, part: str) -> Person:
    [person] = [p for p in store.people.list() if part in p.name]
    return person
