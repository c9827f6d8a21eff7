"""The version-6 migration from a version-5 store, and the ``sealprep pack`` commands."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pack_helpers import person_named

from sealprep.core.store import LATEST_VERSION, Store
from sealprep.core.store.database import connect, transaction
from sealprep.core.store.migrations import MIGRATIONS


def test_a_version_5_store_gains_identities_and_keeps_everything(tmp_path):
    path = tmp_path / "old.db"
    db = connect(path)
    for number in range(5):
        with transaction(db):
            MIGRATIONS[number](db)
            db.execute(f"PRAGMA user_version = {number + 1}")
    db.execute("INSERT INTO people (name, created_at, updated_at) VALUES ('นายสมชาย ใจดี', 'x', 'x'), ('มาลี', 'x', 'x')")
    db.execute("INSERT INTO rehearsal_sessions (person_id, started_at) VALUES (1, '2026-01-01T00:00:00+00:00')")
    db.execute(
        "INSERT INTO attempts (session_id, person_id, question_id, position, started_at, time_limit, notes, updated_at) "
        "VALUES (1, 1, 'd1-x', 0, '2026-01-01T00:00:00+00:00', 60, 'บันทึกเก่า', '2026-01-01T00:00:00+00:00')"
    )
    db.execute("INSERT INTO sessions (day, start, end) VALUES ('2026-02-09', '09:00', '10:00')")
    db.execute("INSERT INTO assessors (name) VALUES ('Ms. Damaris Rosabal')")
    db.conn.close()
    with Store.open(path) as store:
        assert store.schema_version() == LATEST_VERSION >= 6
        for table in ("people", "rehearsal_sessions", "attempts", "sessions", "assessors"):
            uuids = [row[0] for row in store.db.execute(f"SELECT uuid FROM {table}")]
            assert all(len(u) == 32 for u in uuids) and len(set(uuids)) == len(uuids)
        for table in ("rehearsal_sessions", "sessions", "assessors"):
            [(updated,)] = store.db.execute(f"SELECT updated_at FROM {table}").fetchall()
            assert updated.endswith("+00:00")
        [attempt] = store.rehearsal.person_attempts(1)
        assert attempt.notes == "บันทึกเก่า"
        # rows written by the existing code get an identity too
        new = store.rehearsal.create_session(2, {})
        uuid, updated = store.db.execute(
            "SELECT uuid, updated_at FROM rehearsal_sessions WHERE id = ?", [new]
        ).fetchone()
        assert len(uuid) == 32 and updated
    assert (tmp_path / "old.db.v5.bak").exists()


def _sealprep(db: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "sealprep", "--db", str(db), *args], capture_output=True, text=True, encoding="utf-8"
    )


def test_pack_export_and_import_on_the_command_line(secretariat, tmp_path):
    secretariat_db = Path(secretariat.path)
    laptop_db = tmp_path / "laptop" / "sealprep.db"
    pack = tmp_path / "malee.sealpack"
    done = _sealprep(secretariat_db, "pack", "export", "--preparation", "--person", "มาลี", str(pack))
    assert done.returncode == 0, done.stderr
    assert "preparation pack" in done.stdout
    done = _sealprep(laptop_db, "pack", "import", str(pack))
    assert done.returncode == 0, done.stderr
    assert "now rehearses as นางสาวมาลี รักเรียน" in done.stdout
    with Store.open(laptop_db) as laptop:
        me = laptop.packs.me_person_id()
        session = laptop.rehearsal.create_session(me, {})
        laptop.rehearsal.rate(laptop.rehearsal.open_attempt(session, me, "d1-x", 0, 60), 3)
    progress = tmp_path / "progress.sealpack"
    done = _sealprep(laptop_db, "pack", "export", "--progress", "--person", "นางสาวมาลี รักเรียน", str(progress))
    assert done.returncode == 0, done.stderr
    junk = tmp_path / "junk.sealpack"
    junk.write_text("junk")
    done = _sealprep(secretariat_db, "pack", "import", str(progress), str(junk))
    assert done.returncode == 1
    assert "progress pack for นางสาวมาลี รักเรียน" in done.stdout and "questions asked: 1 new" in done.stdout
    assert "junk.sealpack: refused, nothing changed: it is not a complete zip file" in done.stderr
    assert person_named(secretariat, "มาลี").id in secretariat.packs.latest_progress()
    import json

    done = _sealprep(secretariat_db, "rehearsal", "readiness", "--json")
    records = json.loads(done.stdout)
    malee = person_named(secretariat, "มาลี").id
    assert {r["latest_progress"] is not None for r in records if r["person_id"] == malee} == {True}
    assert {r["latest_progress"] for r in records if r["person_id"] != malee} == {None}


def test_pack_export_needs_a_person_for_progress_and_names_the_ambiguous(secretariat, tmp_path):
    db = Path(secretariat.path)
    done = _sealprep(db, "pack", "export", "--progress", str(tmp_path / "x.sealpack"))
    assert done.returncode == 2 and "--progress needs --person" in done.stderr
    done = _sealprep(db, "pack", "export", "--progress", "--person", "สนศ", str(tmp_path / "x.sealpack"))
    assert done.returncode == 1 and "no one on the roster" in done.stderr
    done = _sealprep(db, "pack", "export", "--preparation", "--person", "นา", str(tmp_path / "x.sealpack"))
    assert done.returncode == 1 and "could be any of" in done.stderr
