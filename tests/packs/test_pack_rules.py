"""The merge rules of docs/packs.md: newer wins, nothing is lost, re-imports change nothing."""

from __future__ import annotations

from pack_helpers import person_named, snapshot

from sealprep.core.packs import export_preparation, export_progress, import_packs


def _set_time(store, table: str, column_value: tuple[str, object], when: str, where: str, params: list) -> None:
    column, value = column_value
    store.db.execute(f"UPDATE {table} SET {column} = ?, updated_at = ? WHERE {where}", [value, when, *params])


def test_importing_the_same_pack_twice_equals_importing_it_once(secretariat, laptop_factory, tmp_path):
    pack = export_preparation(secretariat, tmp_path / "all.sealpack").path
    once, twice = laptop_factory("once"), laptop_factory("twice")
    import_packs(once, [pack])
    first = import_packs(twice, [pack])
    second = import_packs(twice, [pack])
    assert first.results[0].ok and second.results[0].already_imported and not second.changes
    assert snapshot(once).keys() == snapshot(twice).keys()
    ignore = {"meta", "pack_imports"}  # when it was imported
    assert {k: v for k, v in snapshot(twice).items() if k not in ignore} == {
        k: v for k, v in snapshot(once).items() if k not in ignore
    }
    # a second file with the same content (exported again) is merged and changes nothing either
    again = export_preparation(secretariat, tmp_path / "again.sealpack", made_by="again").path  # another file
    before = snapshot(twice)
    [result] = import_packs(twice, [again]).results
    assert result.ok and not result.already_imported and not result.changes and result.bank_kept
    after = snapshot(twice)
    assert {k: v for k, v in after.items() if k not in ignore} == {k: v for k, v in before.items() if k not in ignore}


def test_a_change_on_both_sides_the_newer_wins_and_the_older_stays_in_history(secretariat, laptop_factory, tmp_path):
    malee = person_named(secretariat, "มาลี")
    pack = export_preparation(secretariat, tmp_path / "malee.sealpack", malee.id).path
    laptop = laptop_factory("laptop")
    assert import_packs(laptop, [pack]).results[0].ok
    uuid = secretariat.packs.person_uuid(malee.id)
    me = laptop.packs.me_person_id()
    qid = laptop.assignments.question_ids_for(me)[0]

    # both sides change the same person and the same assignment; the laptop later for the phone,
    # the secretariat later for the assignment
    _set_time(secretariat, "people", ("phone", "02-111-1111"), "2030-01-01T09:00:00+00:00", "id = ?", [malee.id])
    _set_time(laptop, "people", ("phone", "081-222-2222"), "2030-01-01T10:00:00+00:00", "id = ?", [me])
    _set_time(
        laptop,
        "assignments",
        ("role", "backup"),
        "2030-01-01T10:00:00+00:00",
        "person_id = ? AND question_id = ?",
        [me, qid],
    )
    _set_time(
        secretariat,
        "assignments",
        ("role", "backup"),
        "2030-01-01T08:00:00+00:00",
        "person_id = ? AND question_id = ?",
        [malee.id, qid],
    )
    _set_time(
        secretariat,
        "assignments",
        ("role", "primary"),
        "2030-01-01T11:00:00+00:00",
        "person_id = ? AND question_id = ?",
        [malee.id, qid],
    )

    # the laptop's progress reaches the secretariat: the laptop's phone is newer
    progress = export_progress(laptop, tmp_path / "progress.sealpack", me).path
    [result] = import_packs(secretariat, [progress]).results
    assert result.ok and result.tallies["person"].updated == 1
    assert secretariat.people.get(malee.id).phone == "081-222-2222"
    [older] = secretariat.packs.history("person", uuid)
    assert older["phone"] == "02-111-1111"

    # a fresh preparation pack reaches the laptop: the secretariat's assignment is newer, its
    # phone is the laptop's own (unchanged), and the laptop's older role stays in history
    pack = export_preparation(secretariat, tmp_path / "malee2.sealpack", malee.id).path
    [result] = import_packs(laptop, [pack]).results
    assert result.ok and result.tallies["assignment"].updated == 1
    assert laptop.assignments.for_person(me)[qid] == "primary"
    assert laptop.people.get(me).phone == "081-222-2222"
    assert [h["role"] for h in laptop.packs.history("assignment", f"{uuid}/{qid}")] == ["backup"]


def test_an_older_pack_never_overwrites_a_newer_state(secretariat, laptop_factory, tmp_path):
    malee = person_named(secretariat, "มาลี")
    laptop = laptop_factory("laptop")
    import_packs(laptop, [export_preparation(secretariat, tmp_path / "p.sealpack", malee.id).path])
    me = laptop.packs.me_person_id()
    qid = laptop.assignments.question_ids_for(me)[0]
    session = laptop.rehearsal.create_session(me, {})
    attempt = laptop.rehearsal.open_attempt(session, me, qid, 0, 60)
    laptop.rehearsal.rate(attempt, 1, at=_at("2030-01-01T09:00:00"))
    old = export_progress(laptop, tmp_path / "old.sealpack", me).path
    laptop.rehearsal.rate(attempt, 4, at=_at("2030-01-02T09:00:00"))
    new = export_progress(laptop, tmp_path / "new.sealpack", me).path

    assert import_packs(secretariat, [new]).results[0].ok
    state = snapshot(secretariat)
    [result] = import_packs(secretariat, [old]).results
    assert result.ok and result.tallies["attempt"].kept == 1 and not result.changes
    [ours] = secretariat.rehearsal.person_attempts(malee.id)
    assert ours.rating == 4
    uuid = laptop.db.execute("SELECT uuid FROM attempts").fetchone()[0]
    assert [h["rating"] for h in secretariat.packs.history("attempt", uuid)] == [1]
    changed = {t for t in state if snapshot(secretariat)[t] != state[t]}
    assert changed == {"record_history", "pack_imports"}


def test_assignments_removed_at_the_secretariat_leave_the_laptop_too(secretariat, laptop_factory, tmp_path):
    malee = person_named(secretariat, "มาลี")
    laptop = laptop_factory("laptop")
    import_packs(laptop, [export_preparation(secretariat, tmp_path / "1.sealpack", malee.id).path])
    me = laptop.packs.me_person_id()
    dropped = secretariat.assignments.question_ids_for(malee.id)[0]
    secretariat.assignments.remove(malee.id, dropped)
    [result] = import_packs(laptop, [export_preparation(secretariat, tmp_path / "2.sealpack", malee.id).path]).results
    assert result.tallies["assignment"].removed == 1
    assert dropped not in laptop.assignments.for_person(me)
    assert laptop.packs.history("assignment", f"{secretariat.packs.person_uuid(malee.id)}/{dropped}")


def test_a_pack_that_fails_half_way_changes_nothing(secretariat, laptop_factory, tmp_path):
    """The people in the pack are merged first; an attempt that names an unknown rehearsal
    session later rolls all of it back."""
    import json

    from pack_helpers import members_of, write_raw_pack

    malee = person_named(secretariat, "มาลี")
    laptop = laptop_factory("laptop")
    import_packs(laptop, [export_preparation(secretariat, tmp_path / "p.sealpack", malee.id).path])
    me = laptop.packs.me_person_id()
    session = laptop.rehearsal.create_session(me, {})
    laptop.rehearsal.open_attempt(session, me, "d1-x", 0, 60)
    manifest, members = members_of(export_progress(laptop, tmp_path / "good.sealpack", me).path)
    data = json.loads(members["progress.json"])
    data["person"]["name"] = "ชื่อใหม่"
    data["person"]["updated_at"] = "2099-01-01T00:00:00+00:00"
    data["sessions"] = []  # the attempt's session is missing
    bad = write_raw_pack(tmp_path / "bad.sealpack", manifest, {"progress.json": json.dumps(data).encode()})
    other = laptop_factory("other")
    import_packs(other, [export_preparation(secretariat, tmp_path / "all.sealpack").path])
    before = snapshot(other)
    [result] = import_packs(other, [bad]).results
    assert not result.ok and "refers to a record the pack does not hold" in result.refused
    assert snapshot(other) == before


def _at(text: str):
    from datetime import datetime

    return datetime.fromisoformat(text + "+00:00")
