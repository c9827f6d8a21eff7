"""A store on a full disk, on a read-only disk, damaged in the middle, or from a newer sealprep:
each is one clear StoreError naming its case, and nothing is touched that should not be."""

from __future__ import annotations

import sqlite3

import pytest

from file_systems import damage_middle, make_read_only, tmpfs
from sealprep.core.bank.service import import_folder
from sealprep.core.store import (
    LATEST_VERSION,
    NotAStoreError,
    Store,
    StoreDamagedError,
    StoreFullError,
    StoreReadOnlyError,
    StoreTooNewError,
    store_error_from,
    transaction,
)
from sealprep.failures import explain


def _fill_until_full(store: Store) -> BaseException:
    """Write rows in transactions until the disk is full; returns the error that stopped it."""
    for number in range(10_000):
        try:
            with transaction(store.db):
                store.db.execute("INSERT INTO meta VALUES (?, ?)", (f"filler.{number}", "ก" * 20_000))
        except Exception as exc:
            return exc
    raise AssertionError("the disk never filled")


def test_a_full_disk_is_reported_as_a_full_disk_not_as_cannot_rollback(tmp_path):
    with tmpfs(tmp_path / "small", "1m") as disk:
        store = Store.open(disk / "store.db")
        try:
            error = _fill_until_full(store)
            assert "cannot rollback" not in str(error)
            assert isinstance(error, sqlite3.OperationalError) and "full" in str(error)
            assert isinstance(store_error_from(error, store.path), StoreFullError)
            assert not store.db.conn.in_transaction
            # what was committed before the disk filled is all there, nothing half-written
            count = store.db.execute("SELECT count(*) FROM meta WHERE key LIKE 'filler.%'").fetchone()[0]
            assert count > 0
            assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            store.close()
        assert "is full" in explain(error, "en", disk / "store.db")
        assert "เต็ม" in explain(error, "th", disk / "store.db")


def test_a_store_on_a_read_only_disk_is_refused_clearly(tmp_path):
    with tmpfs(tmp_path / "disk", "2m") as disk:
        Store.open(disk / "store.db").close()
        make_read_only(disk)
        with pytest.raises(StoreReadOnlyError, match="cannot be written") as caught:
            Store.open(disk / "store.db")
        assert "read-only" in explain(caught.value, "en")


def test_a_new_store_in_a_read_only_folder_is_refused_clearly(tmp_path):
    with tmpfs(tmp_path / "disk", "1m") as disk:
        make_read_only(disk)
        with pytest.raises(StoreReadOnlyError):
            Store.open(disk / "sealprep" / "store.db")  # the data folder itself cannot be made
        with pytest.raises(StoreReadOnlyError):
            Store.open(disk / "store.db")


def test_a_store_damaged_in_the_middle_is_reported_as_damaged(tmp_path, bank_dir):
    path = tmp_path / "store.db"
    with Store.open(path) as store:
        assert import_folder(store, bank_dir).ok
    damage_middle(path)
    with pytest.raises((StoreDamagedError, NotAStoreError)) as caught:
        with Store.open(path) as store:
            for question in store.bank.questions():
                assert question.id
    assert isinstance(caught.value, StoreDamagedError), caught.value
    assert "damaged" in explain(caught.value, "en")


def test_damage_found_while_reading_is_the_damaged_case(tmp_path):
    error = sqlite3.DatabaseError("database disk image is malformed")
    error.sqlite_errorcode = 11  # SQLITE_CORRUPT, as sqlite3 sets it
    assert isinstance(store_error_from(error, tmp_path / "s.db"), StoreDamagedError)


def test_a_newer_store_is_refused_before_a_byte_of_it_changes(tmp_path):
    """A rollback-journal file from a newer sealprep: the old code switched it to WAL first."""
    path = tmp_path / "future.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE future_things (x)")
    conn.execute("INSERT INTO future_things VALUES ('ข้อมูลจากรุ่นใหม่')")
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 3}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    assert before[18:20] == b"\x01\x01"  # rollback-journal mode in the header
    with pytest.raises(StoreTooNewError) as caught:
        Store.open(path)
    assert path.read_bytes() == before
    assert not (tmp_path / "future.db-wal").exists()
    assert caught.value.found == LATEST_VERSION + 3
    assert f"version {LATEST_VERSION + 3}" in explain(caught.value, "en")
