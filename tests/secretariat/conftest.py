"""Fixtures for the secretariat tests: a store with the small test bank, and a roster in it."""

from __future__ import annotations

import pytest

from sealprep.core.bank_service import import_folder
from sealprep.core.people import Person


@pytest.fixture
def bank_store(store, bank_dir):
    """The ``store`` fixture with the test bank imported (questions d1-pads, d1-tracking,
    d3-harassment; agencies สยป., สนศ., สำนักงาน ก.ก.)."""
    assert import_folder(store, bank_dir).ok
    return store


@pytest.fixture
def roster(bank_store):
    """Four people: three interviewees from three agencies and one of the secretariat."""
    people = {
        "somchai": Person("นายสมชาย ใจดี", "นักวิเคราะห์นโยบายและแผน", "สยป.", "somchai@example.org", "0812345678"),
        "somying": Person("นางสาวสมหญิง รักเรียน", "ศึกษานิเทศก์", "สนศ.", "somying@example.org"),
        "dr": Person("ดร.วิชัย มั่นคง", "ผู้อำนวยการกอง", "สำนักงาน ก.ก."),
        "clerk": Person("นางสาวอ้างอิง ประสานงาน", "เจ้าพนักงานธุรการ", "สำนักงาน ก.ก.", "clerk@example.org", role="secretariat"),
    }
    for person in people.values():
        bank_store.people.save(person)
    return people

