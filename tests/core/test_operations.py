"""Core operations: each owns its transaction (all or nothing) and says what it changed; the
app context turns that into its signals."""

from __future__ import annotations

from datetime import date, time

import pytest

from sealprep.core.bank.service import import_folder
from sealprep.core.operations import NOTHING, Changes
from sealprep.core.operations.assignments import replace_person_assignments, replace_question_assignments
from sealprep.core.operations.bank import BankChangeError, QuestionVersion, delete_question, restore_version
from sealprep.core.operations.people import remove_person, save_person
from sealprep.core.operations.preferences import update_preferences
from sealprep.core.operations.schedule import remove_session, save_assessors, save_session, set_assessment_days
from sealprep.core.secretariat.model import Assessor, Person, Session


@pytest.fixture
def loaded(store, bank_dir):
    assert import_folder(store, bank_dir).ok
    return store


def test_people_operations_say_what_changed(loaded):
    saved = save_person(loaded, Person("สมชาย ใจดี", agency="สยป."))
    assert saved.value.id is not None and saved.changes == Changes(people=True)
    replace_person_assignments(loaded, saved.value.id, {"d1-pads": "primary"})
    removed = remove_person(loaded, saved.value.id)
    assert removed.changes == Changes(people=True, assignments=True, schedule=True)  # cascades
    assert loaded.people.list() == [] and loaded.assignments.list() == []


def test_assignment_operations(loaded):
    person = save_person(loaded, Person("มาลี รักเรียน")).value
    assert replace_question_assignments(loaded, "d3-harassment", {person.id: "backup"}).changes == Changes(
        assignments=True
    )
    assert loaded.assignments.for_person(person.id) == {"d3-harassment": "backup"}
    with pytest.raises(ValueError):
        replace_person_assignments(loaded, person.id, {"d1-pads": "owner"})
    assert loaded.assignments.for_person(person.id) == {"d3-harassment": "backup"}  # unchanged


def test_save_assessors_is_all_or_nothing(loaded):
    save_assessors(loaded, [Assessor("ดร.ก"), Assessor("ดร.ข")])
    first, second = loaded.schedule.assessors()
    with pytest.raises(ValueError):
        save_assessors(loaded, [Assessor("ดร.ค"), Assessor("")], removed_ids=[first.id])
    assert [a.name for a in loaded.schedule.assessors()] == ["ดร.ก", "ดร.ข"]  # the removal rolled back
    assert save_assessors(loaded, [], removed_ids=[second.id]).changes == Changes(schedule=True)
    assert [a.name for a in loaded.schedule.assessors()] == ["ดร.ก"]


def test_sessions_and_days(loaded):
    person = save_person(loaded, Person("สมชาย ใจดี")).value
    session = save_session(loaded, Session(date(2026, 2, 9), time(9), time(10), interviewee_ids=[person.id])).value
    assert session.id is not None
    assert set_assessment_days(loaded, date(2026, 2, 9), date(2026, 2, 13)).changes == Changes(schedule=True)
    with pytest.raises(ValueError):
        set_assessment_days(loaded, date(2026, 2, 13), date(2026, 2, 9))
    remove_session(loaded, session.id)
    assert loaded.schedule.sessions() == []


def test_preferences_report_a_display_change_only_for_the_digits(loaded):
    assert update_preferences(loaded, prepared_threshold=2).changes == NOTHING  # already 2
    assert update_preferences(loaded, prepared_threshold=3).changes == Changes(preferences=True)
    assert update_preferences(loaded, digits="arabic").changes == Changes(preferences=True, display=True)
    assert loaded.preferences.load().digits == "arabic" and loaded.preferences.load().prepared_threshold == 3
    with pytest.raises(ValueError):
        update_preferences(loaded, digits="roman")
    assert loaded.preferences.load().digits == "arabic"


def test_delete_and_restore_a_question_with_its_file(loaded, bank_dir):
    before = QuestionVersion.capture(loaded, "d1-pads")
    assert before is not None and before.file_bytes
    path = bank_dir / before.question.source_path
    assert delete_question(loaded, "d1-pads").changes == Changes(bank=True)
    assert loaded.bank.question("d1-pads") is None and not path.exists()
    restore_version(loaded, before, None)
    assert loaded.bank.question("d1-pads") is not None and path.read_bytes() == before.file_bytes


def test_an_invalid_question_is_refused_and_nothing_is_saved(loaded):
    from sealprep.core.operations.bank import save_question

    question = loaded.bank.question("d1-pads")
    question.question_th = ""
    with pytest.raises(BankChangeError):
        save_question(loaded, question, "d1-pads")
    assert loaded.bank.question("d1-pads").question_th


def test_the_context_emits_one_signal_per_kind_of_change(loaded, qtbot):
    from sealprep.ui.app_context import AppContext

    context = AppContext(loaded)
    seen: list[str] = []
    for name in ("bank", "people", "assignments", "schedule", "rehearsal", "preferences", "language"):
        getattr(context, f"{name}_changed").connect(lambda name=name: seen.append(name))
    person = context.run(save_person, Person("สมชาย ใจดี"))
    assert seen == ["people"] and person.id is not None
    seen.clear()
    context.run(remove_person, person.id)
    assert seen == ["people", "assignments", "schedule"]
    seen.clear()
    context.run(update_preferences, digits="arabic")
    assert seen == ["preferences", "language"]
    seen.clear()
    with pytest.raises(ValueError):
        context.run(update_preferences, digits="roman")
    assert seen == []  # a refused operation announces nothing


def test_a_long_operation_runs_on_a_worker_with_its_own_connection(loaded, qtbot):
    """The roster import's path: the operation on a worker thread (its own connection to the same
    file), then the context announces its changes on the GUI thread."""
    import threading

    from sealprep.ui.app_context import AppContext
    from sealprep.ui.secretariat.background import run_in_background

    context = AppContext(loaded)
    threads: list[str] = []

    def add(store):
        threads.append(threading.current_thread().name)
        assert store is not loaded  # its own connection to the same file
        return save_person(store, Person("สมชาย ใจดี"))

    outcome = run_in_background(None, loaded, "…", add)
    with qtbot.waitSignal(context.people_changed, timeout=1000):
        context.apply(outcome.changes)
    assert threads and threads[0] != threading.main_thread().name
    assert [p.name for p in loaded.people.list()] == ["สมชาย ใจดี"] and outcome.value.id is not None


def test_a_failed_background_operation_raises_and_changes_nothing(loaded, qtbot):
    from sealprep.ui.secretariat.background import run_in_background

    with pytest.raises(ValueError):
        run_in_background(None, loaded, "…", lambda s: update_preferences(s, digits="roman"))
    assert loaded.preferences.load().digits == "thai"
