"""Fixtures for the secretariat tests: a store with the small test bank, and a roster in it."""

from __future__ import annotations

import pytest

from sealprep.core.bank.service import import_folder
from sealprep.core.secretariat.people import Person


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
        "clerk": Person(
            "นางสาวอ้างอิง ประสานงาน", "เจ้าพนักงานธุรการ", "สำนักงาน ก.ก.", "clerk@example.org", role="secretariat"
        ),
    }
    for person in people.values():
        bank_store.people.save(person)
    return people


@pytest.fixture
def gappy(store, tmp_path):
    """A store with the bank with gaps (bank_factory.GAPPY_FRAMEWORK: placeholder 1.1.3, goal 3.1
    without benchmarks, 5.1.1 without question, dimensions 2 and 4 without goals; plus the dated
    question) and two people: somchai holds d1-pads (primary) and d1-dated (backup); somying
    holds d3-harassment (primary). Returns (store, somchai id, somying id)."""
    from bank_factory import DATED, GAPPY_FRAMEWORK, QUESTIONS, write_bank
    from sealprep.core.secretariat.assignments import BACKUP, PRIMARY

    folder = write_bank(tmp_path / "gappy", {**QUESTIONS, "d1/d1-dated.md": DATED}, framework=GAPPY_FRAMEWORK)
    assert import_folder(store, folder).ok
    somchai = store.people.save(Person("นายสมชาย ใจดี", agency="สยป."))
    somying = store.people.save(Person("นางสาวสมหญิง รักเรียน", agency="สนศ."))
    store.assignments.set(somchai.id, "d1-pads", PRIMARY)
    store.assignments.set(somchai.id, "d1-dated", BACKUP)
    store.assignments.set(somying.id, "d3-harassment", PRIMARY)
    return store, somchai.id, somying.id


@pytest.fixture
def context(bank_store, qtbot):
    from sealprep.ui.app_context import AppContext

    return AppContext(bank_store)


@pytest.fixture
def dialogs(monkeypatch):
    """Scripted answers for every modal step of the secretariat views (see ui_helpers)."""
    from ui_helpers import DialogScript

    from sealprep.ui.secretariat import common

    script = DialogScript()
    monkeypatch.setattr(common, "exec_dialog", script.exec_dialog)
    monkeypatch.setattr(common, "ask_open_file", lambda *a: script.files.pop(0))
    monkeypatch.setattr(common, "ask_save_file", lambda *a: script.files.pop(0))
    monkeypatch.setattr(common, "confirm", lambda *a: script.confirmations.pop(0))
    monkeypatch.setattr(common, "inform", lambda parent, title, text, warning=False: script.messages.append(text))
    yield script
    assert not script.handlers, "a scripted dialog never opened"
