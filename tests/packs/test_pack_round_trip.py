"""The whole journey: secretariat -> two laptops -> rehearsals -> progress packs -> secretariat."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pack_helpers import person_named, snapshot

from sealprep.core.bank.first_run import editable_bank_dir
from sealprep.core.bank.folder import load_bank
from sealprep.core.bank.service import save_question
from sealprep.core.packs import export_preparation, export_preparation_for_everyone, export_progress, import_packs
from sealprep.core.rehearsal.readiness import readiness_for
from sealprep.core.rehearsal.session import RehearsalSession, SessionSettings


class Clock:
    def __init__(self, start: datetime):
        self.value = start

    def __call__(self) -> datetime:
        self.value += timedelta(seconds=30)
        return self.value


def rehearse(store, person_id, question_ids, notes, start):
    """A real rehearsal through the session code: each question rated Good with every key point
    ticked and a note typed."""
    settings = SessionSettings(person_id=person_id, scope="assigned", order="bank", count=len(question_ids))
    session = RehearsalSession.start(
        store, settings, lambda _pid: list(question_ids), now=lambda: 0.0, clock=Clock(start)
    )
    while True:
        for position in range(len(session.item.question.key_points)):
            session.set_key_point(position, True)
        session.set_notes(notes)
        session.rate(3)
        if not session.next():
            return session


def test_round_trip_secretariat_laptops_and_back(secretariat, laptop_factory, tmp_path):
    malee_here = person_named(secretariat, "มาลี")
    somchai_here = person_named(secretariat, "สมชาย")
    packs = export_preparation_for_everyone(secretariat, tmp_path / "out")
    assert sorted(p.path.name for p in packs) == sorted(
        ["นางสาวมาลี รักเรียน.sealpack", "นายสมชาย ใจดี.sealpack", "นางสุดา มีสุข.sealpack"]
    )

    laptops = {}
    for name, file in (("มาลี", "นางสาวมาลี รักเรียน.sealpack"), ("สมชาย", "นายสมชาย ใจดี.sealpack")):
        laptop = laptop_factory(name)
        report = import_packs(laptop, [tmp_path / "out" / file])
        [result] = report.results
        assert result.ok and result.bank_questions == secretariat.bank.question_count()
        assert {"bank", "people", "assignments", "me"} <= report.changes
        me = laptop.packs.me_person_id()
        assert laptop.people.get(me).name == person_named(secretariat, name).name
        laptops[name] = laptop

    malee_laptop = laptops["มาลี"]
    me = malee_laptop.packs.me_person_id()
    # only her assignments and her session (with its panel) travelled, not Somchai's
    assert malee_laptop.assignments.question_ids_for(me) == secretariat.assignments.question_ids_for(malee_here.id)
    assert [p.name for p in malee_laptop.people.list()] == [malee_here.name]
    [session] = malee_laptop.schedule.sessions()
    assert session.title == "มิติ 1" and [a.name for a in malee_laptop.schedule.assessors()] == ["Ms. Damaris Rosabal"]
    # the bank folder beside the store holds the bank, so edits are written back there
    folder = editable_bank_dir(malee_laptop.path)
    assert malee_laptop.bank.meta("bank_folder") == str(folder.resolve())
    assert load_bank(folder).bank == secretariat.bank.load_bank() == malee_laptop.bank.load_bank()
    question = malee_laptop.bank.question(malee_laptop.assignments.question_ids_for(me)[0])
    question.tags = (*question.tags, "ซ้อมแล้ว")
    assert save_question(malee_laptop, question, question.id).ok
    assert "ซ้อมแล้ว" in (folder / question.source_path).read_text(encoding="utf-8")

    # rehearsals on each laptop, through the real session code
    start = datetime(2026, 1, 20, 9, 0, tzinfo=UTC)
    for name, laptop in laptops.items():
        mine = laptop.assignments.question_ids_for(laptop.packs.me_person_id())
        rehearse(laptop, laptop.packs.me_person_id(), mine, f"บันทึกของ{name}", start)
    # one rehearsal recorded for the laptop's own user before the pack said who that is counts too
    rehearse(malee_laptop, None, [secretariat.assignments.question_ids_for(malee_here.id)[0]], "ก่อนรับแพ็ก", start)

    progress = []
    for name, laptop in laptops.items():
        result = export_progress(laptop, tmp_path / "back" / f"{name}.sealpack", laptop.packs.me_person_id())
        progress.append(result.path)
    assert export_progress(malee_laptop, tmp_path / "back" / "x.sealpack", me).attempts == 4

    before = readiness_for(secretariat, malee_here.id)
    assert before.ready == 0
    report = import_packs(secretariat, [tmp_path / "back"])  # a folder: every pack in it
    assert [r.ok for r in report.results] == [True, True, True]
    assert "rehearsal" in report.changes
    for person in (malee_here, somchai_here):
        readiness = readiness_for(secretariat, person.id)
        assert readiness.ready == readiness.total == len(secretariat.assignments.question_ids_for(person.id))
    latest = secretariat.packs.latest_progress()
    assert set(latest) == {malee_here.id, somchai_here.id}
    # notes are personal: they stay on the laptop unless the person chooses to send them
    notes = {a.notes for a in secretariat.rehearsal.person_attempts(malee_here.id)}
    assert notes == {""}
    assert "บันทึกของมาลี" in {a.notes for a in malee_laptop.rehearsal.person_attempts(me)}
    # with the box ticked, they come along; the rest of each attempt was already there
    with_notes = export_progress(malee_laptop, tmp_path / "notes.sealpack", me, with_notes=True)
    [result] = import_packs(secretariat, [with_notes.path]).results
    assert result.ok and result.tallies["attempt"].updated == 4
    assert {a.notes for a in secretariat.rehearsal.person_attempts(malee_here.id)} == {"บันทึกของมาลี", "ก่อนรับแพ็ก"}

    # the same progress again, even re-exported as a new file, changes nothing
    again = export_progress(malee_laptop, tmp_path / "again.sealpack", me, made_by="again")  # another file
    assert not secretariat.packs.was_imported(_sha256(again.path))
    state = snapshot(secretariat)
    [result] = import_packs(secretariat, [again.path]).results
    assert result.ok and not result.changes
    assert {k: v for k, v in snapshot(secretariat).items() if k != "pack_imports"} == {
        k: v for k, v in state.items() if k != "pack_imports"
    }


def test_a_preparation_pack_never_touches_the_laptops_own_data(secretariat, laptop_factory, tmp_path):
    laptop = laptop_factory("laptop")
    first = export_preparation(secretariat, tmp_path / "all.sealpack")
    assert import_packs(laptop, [first.path]).results[0].ok
    qid = laptop.bank.questions()[0].id
    session = laptop.rehearsal.create_session(None, {})
    attempt = laptop.rehearsal.open_attempt(session, None, qid, 0, 60)
    laptop.rehearsal.rate(attempt, 2)
    user_tables = ("rehearsal_sessions", "attempts", "review_cards")
    before = {t: v for t, v in snapshot(laptop).items() if t in user_tables}
    # the question leaves the bank, and comes back with the next pack: its data is still there
    secretariat_question = secretariat.bank.question(qid)
    from sealprep.core.bank.service import delete_question

    delete_question(secretariat, qid)
    assert import_packs(laptop, [export_preparation(secretariat, tmp_path / "without.sealpack").path]).results[0].ok
    assert laptop.bank.question(qid) is None
    # the bank folder before that pack is kept beside the new one
    previous = editable_bank_dir(laptop.path).with_name(editable_bank_dir(laptop.path).name + ".previous")
    assert any(previous.rglob(f"{qid}.md")) and not any(editable_bank_dir(laptop.path).rglob(f"{qid}.md"))
    assert save_question(secretariat, secretariat_question).ok
    assert import_packs(laptop, [export_preparation(secretariat, tmp_path / "with.sealpack").path]).results[0].ok
    assert laptop.bank.question(qid) is not None
    assert {t: v for t, v in snapshot(laptop).items() if t in user_tables} == before


def test_a_bank_folder_that_cannot_be_renamed_is_updated_in_place(secretariat, laptop_factory, tmp_path, monkeypatch):
    """Windows refuses to rename a folder that another program has open: the files are then
    copied over the old ones, and the folder still equals the store's bank."""
    from sealprep.core.bank.service import delete_question
    from sealprep.core.packs import importer

    laptop = laptop_factory("laptop")
    assert import_packs(laptop, [export_preparation(secretariat, tmp_path / "1.sealpack").path]).results[0].ok
    gone = secretariat.bank.questions()[0].id
    delete_question(secretariat, gone)

    def refuse(staged, target):
        raise PermissionError(13, "The process cannot access the file because it is being used by another process")

    monkeypatch.setattr(importer, "_swap_in", refuse)
    [result] = import_packs(laptop, [export_preparation(secretariat, tmp_path / "2.sealpack").path]).results
    assert result.ok and not result.problems
    folder = editable_bank_dir(laptop.path)
    assert load_bank(folder).bank == laptop.bank.load_bank()
    assert not any(folder.rglob(f"{gone}.md"))
    assert not [p for p in folder.parent.iterdir() if "incoming" in p.name]


def _sha256(path):
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()
