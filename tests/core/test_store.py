"""The store: all-or-nothing import, idempotent re-import, user data that survives, schema versions."""

from __future__ import annotations

import sqlite3

import pytest

from bank_factory import PADS, write_bank
from sealprep.core.bank.folder import load_bank
from sealprep.core.bank.service import export_folder, import_folder
from sealprep.core.secretariat.people import Person
from sealprep.core.store import LATEST_VERSION, Store, StoreError, StoreTooNewError
from sealprep.core.store.migrations import MIGRATIONS


def dump(store: Store) -> dict[str, list]:
    """Every row of every table, to compare whole stores."""
    tables = [
        r[0]
        for r in store.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_index%'"
        )
    ]
    rows = {t: sorted(map(repr, store.db.execute(f"SELECT * FROM {t}").fetchall())) for t in tables}
    rows["meta"] = [r for r in rows["meta"] if "imported_at" not in r]
    return rows


def test_the_store_is_a_wal_file_with_foreign_keys_on(store):
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.schema_version() == LATEST_VERSION


def test_import_loads_everything(store, bank_dir):
    assert import_folder(store, bank_dir).ok
    assert store.bank.question_count() == 3
    assert store.bank.question("d1-pads") == load_bank(bank_dir).bank.question("d1-pads")
    assert store.bank.meta("bank_folder") == str(bank_dir.resolve())


def test_importing_the_same_files_twice_is_the_same_as_once(store, bank_dir):
    import_folder(store, bank_dir)
    once = dump(store)
    import_folder(store, bank_dir)
    assert dump(store) == once


def test_a_bank_with_any_problem_changes_nothing(store, bank_dir, tmp_path):
    import_folder(store, bank_dir)
    before = dump(store)
    broken = write_bank(tmp_path / "broken")
    (broken / "d1" / "d1-pads.md").write_text(PADS.replace("## EN", "## Unknown"), encoding="utf-8")
    (broken / "d1" / "new.md").write_text(PADS.replace("d1-pads", "new-question"), encoding="utf-8")
    result = import_folder(store, broken)
    assert not result.ok and result.problems
    assert dump(store) == before
    assert store.bank.question("new-question") is None


def test_a_failure_midway_rolls_the_whole_import_back(store, bank_dir, monkeypatch):
    import_folder(store, bank_dir)
    before = dump(store)
    bank = load_bank(bank_dir).bank
    bank.questions[1].answers[0].agency = "not-an-agency"  # violates a foreign key mid-import
    with pytest.raises(sqlite3.IntegrityError):
        store.bank.replace_bank(bank)
    assert dump(store) == before


def test_user_data_survives_every_reimport(store, bank_dir, tmp_path):
    import_folder(store, bank_dir)
    person = store.people.save(Person("นางสาวทดสอบ ใจดี", agency="สนศ."))
    store.assignments.set(person.id, "d1-pads", "primary")
    # the question leaves the bank ...
    smaller = write_bank(
        tmp_path / "smaller", {"d1/d1-tracking.md": (bank_dir / "d1" / "d1-tracking.md").read_text(encoding="utf-8")}
    )
    assert import_folder(store, smaller).ok
    assert store.bank.question("d1-pads") is None
    assert store.assignments.for_person(person.id) == {"d1-pads": "primary"}
    # ... and comes back: its assignment is still attached
    assert import_folder(store, bank_dir).ok
    assert store.assignments.question_ids_for(person.id) == ["d1-pads"]
    assert store.people.get(person.id).name == "นางสาวทดสอบ ใจดี"


def test_import_export_import_is_lossless(store, bank_dir, tmp_path):
    import_folder(store, bank_dir)
    first = store.bank.load_bank()
    export_folder(store, tmp_path / "exported")
    with Store.open(tmp_path / "second.db") as second:
        assert import_folder(second, tmp_path / "exported").ok
        assert second.bank.load_bank() == first
    for relative in ("d1/d1-pads.md", "d1/d1-tracking.md"):
        assert (tmp_path / "exported" / relative).read_bytes() == (bank_dir / relative).read_bytes()


def test_a_newer_store_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "future.db"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreTooNewError, match="newer sealprep"):
        Store.open(path)
    assert path.read_bytes() == before


def test_an_older_store_is_backed_up_and_migrated_with_its_data(tmp_path, bank_dir):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.isolation_level = None
    from sealprep.core.store.database import connect

    db = connect(path)
    MIGRATIONS[0](db)  # a store as version 1 of sealprep left it
    db.execute("PRAGMA user_version = 1")
    db.execute("INSERT INTO meta VALUES ('pref.digits', 'arabic')")
    db.execute("INSERT INTO question_notes VALUES ('d1-pads', 'old note', '2026-01-01T00:00:00')")
    db.conn.close()
    conn.close()
    with Store.open(path) as store:
        assert store.schema_version() == LATEST_VERSION
        assert store.preferences.load().digits == "arabic"
    backup = tmp_path / "old.db.v1.bak"
    assert backup.exists()
    assert sqlite3.connect(backup).execute("PRAGMA user_version").fetchone()[0] == 1
    assert sqlite3.connect(backup).execute("SELECT body FROM question_notes").fetchone() == ("old note",)


def test_a_file_that_is_not_a_store_gives_a_clear_error(tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="not a sealprep store"):
        Store.open(path)


def test_saving_one_question_updates_store_and_search(store, bank_dir):
    import_folder(store, bank_dir)
    question = store.bank.question("d1-tracking")
    question.key_points.append("หักคะแนนหน่วยงานที่ไม่รายงาน")
    store.bank.save_question(question)
    assert store.bank.question("d1-tracking").key_points[-1] == "หักคะแนนหน่วยงานที่ไม่รายงาน"
    assert [h.question_id for h in store.search("หักคะแนน")] == ["d1-tracking"]
    store.bank.delete_question("d1-tracking")
    assert store.search("หักคะแนน") == []
    assert store.bank.question_count() == 2
