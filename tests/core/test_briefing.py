"""The content of briefing sheets and of the bank reference book."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from sealprep.core.bank.service import import_folder
from sealprep.core.documents.briefing import bank_reference, briefing_for
from sealprep.core.secretariat.people import Person
from sealprep.core.secretariat.schedule import Assessor, Session


def _loaded(store, bank_dir):
    import_folder(store, bank_dir)
    return store


def test_questions_are_grouped_by_dimension_primary_before_backup(store, bank_dir):
    _loaded(store, bank_dir)
    person = store.people.save(Person("นางสาวทดลอง ใจดี", agency="สยป."))
    store.assignments.set(person.id, "d3-harassment", "primary")
    store.assignments.set(person.id, "d1-pads", "backup")
    store.assignments.set(person.id, "d1-tracking", "primary")
    sheet = briefing_for(store, person.id, printed_on=date(2026, 2, 2))
    assert [s.dimension.number for s in sheet.sections] == [1, 3]
    assert [(q.question.id, q.role) for q in sheet.sections[0].questions] == [
        ("d1-tracking", "primary"),
        ("d1-pads", "backup"),
    ]
    assert [b.id for b in sheet.sections[0].questions[1].benchmarks] == ["1.1.1", "1.1.2"]
    assert sheet.agency.th == "สำนักยุทธศาสตร์และประเมินผล"
    assert sheet.question_count == 3 and sheet.missing_question_ids == []


def test_sessions_and_the_panel_are_on_the_sheet(store, bank_dir):
    _loaded(store, bank_dir)
    person = store.people.save(Person("นายสมมติ ตัวอย่าง", agency="สนศ."))
    assessor = store.schedule.save_assessor(Assessor("Ms. Damaris Rosabal", "UNDP", "gender"))
    store.schedule.save_session(
        Session(
            date(2026, 2, 9),
            time(9, 0),
            time(10, 30),
            "ห้องนพรัตน์",
            assessor_ids=[assessor.id],
            interviewee_ids=[person.id],
        )
    )
    sheet = briefing_for(store, person.id)
    assert [(s.day, s.room) for s in sheet.sessions] == [(date(2026, 2, 9), "ห้องนพรัตน์")]
    assert sheet.assessors[assessor.id].name == "Ms. Damaris Rosabal"


def test_a_person_with_no_assignment_gets_an_empty_but_valid_sheet(store, bank_dir):
    _loaded(store, bank_dir)
    person = store.people.save(Person("ดร.ว่าง งาน"))
    sheet = briefing_for(store, person.id)
    assert sheet.sections == [] and sheet.question_count == 0 and sheet.agency is None


def test_a_question_that_left_the_bank_is_reported_not_dropped(store, bank_dir):
    _loaded(store, bank_dir)
    person = store.people.save(Person("นางสาวทดลอง ใจดี"))
    store.assignments.set(person.id, "no-longer-there", "primary")
    assert briefing_for(store, person.id).missing_question_ids == ["no-longer-there"]


def test_rehearsal_notes_are_included_only_when_asked(store, bank_dir):
    _loaded(store, bank_dir)
    person = store.people.save(Person("นางสาวทดลอง ใจดี"))
    store.assignments.set(person.id, "d1-pads", "primary")
    session_id = store.rehearsal.create_session(person.id, {}, at=datetime(2026, 2, 1, 9, 0, tzinfo=UTC))
    attempt = store.rehearsal.open_attempt(
        session_id, person.id, "d1-pads", 0, 120, at=datetime(2026, 2, 1, 9, 1, tzinfo=UTC)
    )
    store.rehearsal.save_notes(attempt, "อย่าลืมตัวเลข 3-5 วัน", 42.0)
    assert briefing_for(store, person.id).sections[0].questions[0].rehearsal_notes == []
    notes = briefing_for(store, person.id, with_rehearsal_notes=True).sections[0].questions[0].rehearsal_notes
    assert [(n.written_on, n.text) for n in notes] == [(date(2026, 2, 1), "อย่าลืมตัวเลข 3-5 วัน")]


def test_the_reference_book_lists_questions_under_every_benchmark_they_serve(store, bank_dir):
    _loaded(store, bank_dir)
    book = bank_reference(store)
    first = book.dimensions[0]
    by_benchmark = {s.benchmark.id: [q.id for q in s.questions] for s in first.benchmarks}
    assert by_benchmark == {"1.1.1": ["d1-pads", "d1-tracking"], "1.1.2": ["d1-pads"]}
    assert [q.id for q in book.dimensions[2].unbenchmarked] == ["d3-harassment"]
