from __future__ import annotations

import pytest

from sealprep.core.rehearsal.countdown import Phase
from sealprep.core.rehearsal.session import PlanError, RehearsalSession, SessionError, SessionSettings
from sealprep.core.store import Store


def _start(store, monotonic, wall, **settings) -> RehearsalSession:
    settings.setdefault("order", "bank")
    return RehearsalSession.start(store, SessionSettings(**settings), now=monotonic, clock=wall)


def test_the_attempt_row_exists_as_soon_as_the_question_is_shown(bank_store, monotonic, wall):
    session = _start(bank_store, monotonic, wall)
    [attempt] = bank_store.rehearsal.attempts(session.session_id)
    assert attempt.id == session.item.attempt_id
    assert (attempt.question_id, attempt.position, attempt.time_limit, attempt.key_points_total) == (
        "d1-pads",
        0,
        180,
        2,
    )
    assert attempt.question_th.startswith("การวิเคราะห์มิติทางเพศ") and attempt.dimension == 1
    assert bank_store.rehearsal.session(session.session_id).settings["order"] == "bank"


def test_notes_are_written_only_when_saved_and_only_when_changed(tmp_path, bank_store, monotonic, wall):
    session = _start(bank_store, monotonic, wall)
    session.set_notes("พูดถึงผ้าอนามัย")
    assert bank_store.rehearsal.attempt(session.item.attempt_id).notes == ""
    monotonic.advance(12)
    assert session.save_notes() is True
    assert session.save_notes() is False  # nothing new
    with Store.open(tmp_path / "store.db") as other:  # another connection sees the commit
        attempt = other.rehearsal.attempt(session.item.attempt_id)
        assert attempt.notes == "พูดถึงผ้าอนามัย" and attempt.seconds_used == pytest.approx(12)


def test_moving_saves_notes_and_time_and_coming_back_carries_on(bank_store, monotonic, wall):
    session = _start(bank_store, monotonic, wall)
    session.set_notes("ข้อแรก")
    monotonic.advance(100)
    session.next()
    first = bank_store.rehearsal.attempt(session.items[0].attempt_id)
    assert first.notes == "ข้อแรก" and first.seconds_used == pytest.approx(100)
    assert session.countdown.text() == "2:00"
    monotonic.advance(50)
    session.previous()
    assert session.index == 0 and session.countdown.text() == "1:20"
    assert bank_store.rehearsal.attempt(session.items[1].attempt_id).seconds_used == pytest.approx(50)
    monotonic.advance(60)
    assert session.countdown.phase is Phase.WARNING
    session.previous()  # already first: nothing happens
    assert session.index == 0
    # coming back did not create a second attempt
    assert len(bank_store.rehearsal.attempts(session.session_id)) == 2


def test_pause_stops_both_clocks(bank_store, monotonic, wall):
    session = _start(bank_store, monotonic, wall, session_limit=600)
    monotonic.advance(10)
    assert session.toggle_pause() is True
    monotonic.advance(300)
    assert session.countdown.elapsed == pytest.approx(10) and session.clock.elapsed == pytest.approx(10)
    session.next()  # moving while paused keeps the next question paused
    monotonic.advance(30)
    assert session.countdown.elapsed == 0
    session.resume()
    monotonic.advance(5)
    assert session.countdown.elapsed == pytest.approx(5) and session.clock.elapsed == pytest.approx(15)
    assert session.clock.text() == "9:45"


def test_the_session_limit_is_reported_but_never_stops_anyone(bank_store, monotonic, wall):
    session = _start(bank_store, monotonic, wall, session_limit=60)
    monotonic.advance(61)
    assert session.session_over_limit and session.clock.text() == "+0:01"
    session.next()  # still allowed
    assert session.index == 1


def test_rating_reveals_and_key_points_count_as_coverage(bank_store, monotonic, wall):
    session = _start(bank_store, monotonic, wall)
    assert not session.item.revealed
    session.reveal()
    session.set_key_point(1, True)
    session.set_key_point(0, True)
    session.set_key_point(0, False)
    session.rate(2)
    session.rate(3)  # a change of mind replaces the rating
    attempt = bank_store.rehearsal.attempt(session.item.attempt_id)
    assert attempt.rating == 3 and attempt.key_points_covered == (1,) and attempt.coverage == 0.5
    with pytest.raises(IndexError):
        session.set_key_point(2, True)
    with pytest.raises(ValueError):
        session.rate(5)


def test_skip_marks_unrated_questions_and_next_on_the_last_ends(bank_store, monotonic, wall):
    session = _start(bank_store, monotonic, wall)
    assert session.skip() is True
    session.rate(4)
    assert session.skip() is True  # rated: just moves on
    assert session.is_last
    assert session.next() is False and session.finished
    attempts = bank_store.rehearsal.attempts(session.session_id)
    assert [(a.skipped, a.rating) for a in attempts] == [(True, None), (False, 4), (False, None)]
    assert bank_store.rehearsal.session(session.session_id).ended_at == wall()


def test_nothing_can_happen_after_the_end(bank_store, monotonic, wall):
    session = _start(bank_store, monotonic, wall, count=1)
    session.set_notes("สุดท้าย")
    session.end()
    assert bank_store.rehearsal.attempt(session.item.attempt_id).notes == "สุดท้าย"
    for action in (session.end, session.next, session.reveal, lambda: session.rate(3), session.pause):
        with pytest.raises(SessionError):
            action()
    assert session.save_notes() is False


def test_summary_reports_time_against_limits_ratings_and_key_points(bank_store, monotonic, wall):
    session = _start(bank_store, monotonic, wall)
    monotonic.advance(200)  # over the 180 s limit
    session.set_key_point(0, True)
    session.rate(3)
    session.next()
    monotonic.advance(40)
    session.rate(1)
    session.end()  # the third question was never shown
    summary = session.summary()
    assert [a.question_id for a in summary.attempts] == ["d1-pads", "d1-tracking"]
    assert summary.seconds_used == pytest.approx(240)
    assert summary.over_time == 1 and summary.rated == 2
    assert summary.rating_counts() == {1: 1, 2: 0, 3: 1, 4: 0}
    assert summary.key_points == (1, 3)
    assert summary.session.ended_at is not None


def test_an_empty_plan_is_refused(bank_store, monotonic, wall):
    with pytest.raises(PlanError):
        RehearsalSession(bank_store, SessionSettings(), [], now=monotonic, clock=wall)


def test_go_to_checks_the_range(bank_store, monotonic, wall):
    session = _start(bank_store, monotonic, wall)
    with pytest.raises(IndexError):
        session.go_to(3)
    session.go_to(2)
    assert session.item.question.id == "d3-harassment"


def test_save_progress_writes_the_time_even_without_new_notes(bank_store, monotonic, wall):
    session = _start(bank_store, monotonic, wall)
    monotonic.advance(33)
    assert session.save_notes() is False
    session.save_progress()
    assert bank_store.rehearsal.attempt(session.item.attempt_id).seconds_used == pytest.approx(33)
