"""A store from before the secretariat tables is upgraded without losing its roster."""

from __future__ import annotations

from sealprep.core.store import LATEST_VERSION, Store
from sealprep.core.store.database import connect, transaction
from sealprep.core.store.migrations import MIGRATIONS


def test_a_version_2_store_gains_the_secretariat_tables_and_keeps_its_people(tmp_path):
    path = tmp_path / "old.db"
    db = connect(path)
    for number in range(2):
        with transaction(db):
            MIGRATIONS[number](db)
            db.execute(f"PRAGMA user_version = {number + 1}")
    db.execute("INSERT INTO people (name, agency, created_at, updated_at) VALUES ('นายสมชาย ใจดี', 'สยป.', 'x', 'x')")
    db.conn.close()
    with Store.open(path) as store:
        assert store.schema_version() == LATEST_VERSION
        [person] = store.people.list()
        store.assignments.set(person.id, "d1-pads", "primary")
        assert store.assignments.for_person(person.id) == {"d1-pads": "primary"}
        assert store.schedule.sessions() == [] and store.schedule.assessors() == []
    assert (tmp_path / "old.db.v2.bak").exists()
