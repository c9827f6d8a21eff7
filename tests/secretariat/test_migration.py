"""A store from before the secretariat tables is upgraded without losing its roster."""

from __future__ import annotations

from sealprep.core.store import LATEST_VERSION, Store
from sealprep.core.store.database import connect, transaction
from sealprep.core.store.migrations import MIGRATIONS


def store_at_version(path, version: int):
    """A store file as sealprep at schema ``version`` left it (the connection stays open)."""
    db = connect(path)
    for number in range(version):
        with transaction(db):
            MIGRATIONS[number](db)
            db.execute(f"PRAGMA user_version = {number + 1}")
    return db


def test_a_version_2_store_gains_the_secretariat_tables_and_keeps_its_people(tmp_path):
    path = tmp_path / "old.db"
    db = store_at_version(path, 2)
    db.execute("INSERT INTO people (name, agency, created_at, updated_at) VALUES ('นายสมชาย ใจดี', 'สยป.', 'x', 'x')")
    db.conn.close()
    with Store.open(path) as store:
        assert store.schema_version() == LATEST_VERSION
        [person] = store.people.list()
        store.assignments.set(person.id, "d1-pads", "primary")
        assert store.assignments.for_person(person.id) == {"d1-pads": "primary"}
        assert store.schedule.sessions() == [] and store.schedule.assessors() == []
    assert (tmp_path / "old.db.v2.bak").exists()


def test_a_version_6_store_loses_only_the_unused_question_notes_table(tmp_path):
    """Version 7 drops ``question_notes``; every user table keeps its rows, and the file as it
    was is kept next to it (``.v6.bak``), notes and all."""
    import sqlite3

    path = tmp_path / "v6.db"
    db = store_at_version(path, 6)
    db.execute("INSERT INTO question_notes VALUES ('d1-pads', 'โน้ตเก่า', '2026-01-01T00:00:00')")
    db.execute("INSERT INTO people (name, agency, created_at, updated_at) VALUES ('นายสมชาย ใจดี', 'สยป.', 'x', 'x')")
    db.execute("INSERT INTO assignments VALUES (1, 'd1-pads', 'primary', 'x')")
    db.execute("INSERT INTO sessions (day, start, end, room) VALUES ('2026-02-09', '09:00', '10:00', 'ห้อง 1')")
    db.execute("INSERT INTO session_interviewees VALUES (1, 1, 0)")
    db.conn.close()
    with Store.open(path) as store:
        assert store.schema_version() == LATEST_VERSION == 7
        tables = {row[0] for row in store.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert "question_notes" not in tables
        assert [p.name for p in store.people.list()] == ["นายสมชาย ใจดี"]
        assert store.assignments.for_person(1) == {"d1-pads": "primary"}
        [session] = store.schedule.sessions()
        assert session.room == "ห้อง 1" and session.interviewee_ids == [1]
    backup = sqlite3.connect(tmp_path / "v6.db.v6.bak")
    assert backup.execute("PRAGMA user_version").fetchone()[0] == 6
    assert backup.execute("SELECT body FROM question_notes").fetchall() == [("โน้ตเก่า",)]


def test_a_version_4_store_gains_evidence_owners_and_facts_and_keeps_its_bank_and_user_data(tmp_path):
    """The v5 upgrade adds columns and a table; the bank already imported reads back unchanged
    (no owners, no dates, no facts) and the user's assignments survive (the never-used
    ``question_notes`` goes in v6; the ``.v4.bak`` copy keeps it); a re-import then fills the
    new fields."""
    import sqlite3

    from bank_factory import DATED, QUESTIONS, write_bank
    from sealprep.core.bank.service import import_folder

    path = tmp_path / "v4.db"
    db = store_at_version(path, 4)
    with transaction(db):  # a bank and user data in the v4 shape
        db.execute("INSERT INTO dimensions VALUES (1, 'มิติ 1', 'D1')")
        db.execute("INSERT INTO goals VALUES ('1.1', 1, 0, 'เป้าหมาย', 'Goal')")
        db.execute("INSERT INTO benchmarks VALUES ('1.1.1', '1.1', 1, 0, 'เกณฑ์', 'Criterion', '', '', '')")
        db.execute("INSERT INTO agencies VALUES ('สยป.', 0, 'สำนักยุทธศาสตร์และประเมินผล', '')")
        db.execute(
            "INSERT INTO questions (id, dimension, question_th, question_en, tags, time_limit, source_path)"
            " VALUES ('d1-pads', 1, 'คำถาม', '', '[]', NULL, 'd1/d1-pads.md')"
        )
        db.execute("INSERT INTO evidence VALUES ('d1-pads', 0, 'Strategy map', 'https://example.org/map')")
        db.execute("INSERT INTO question_notes VALUES ('d1-pads', 'บันทึกของฉัน', 'x')")
        db.execute(
            "INSERT INTO people (name, agency, created_at, updated_at) VALUES ('นายสมชาย ใจดี', 'สยป.', 'x', 'x')"
        )
        db.execute("INSERT INTO assignments VALUES (1, 'd1-pads', 'primary', 'x')")
    db.conn.close()

    with Store.open(path) as store:
        assert store.schema_version() == LATEST_VERSION
        [item] = store.bank.question("d1-pads").evidence
        assert (item.title, item.url, item.owner, item.as_of) == ("Strategy map", "https://example.org/map", "", None)
        assert store.bank.framework().benchmark("1.1.1").bank_wording == ()
        assert store.bank.facts_to_confirm() == []
        assert store.assignments.for_person(1) == {"d1-pads": "primary"}
        folder = write_bank(tmp_path / "bank", {**QUESTIONS, "d1/d1-dated.md": DATED})
        assert import_folder(store, folder).ok
        assert store.bank.question("d1-dated").evidence[0].owner == "สยป."
    backup = sqlite3.connect(tmp_path / "v4.db.v4.bak")
    assert backup.execute("SELECT body FROM question_notes").fetchall() == [("บันทึกของฉัน",)]
