from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from sealprep.core.rehearsal.review_schedule import person_key
from sealprep.core.store import LATEST_VERSION, Store
from sealprep.core.store.people_store import PersonInUseError

T0 = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)


def _attempt(store: Store, person_id=None, question_id="d1-pads", position=0, total=2, session_id=None, at=T0):
    session_id = session_id or store.rehearsal.create_session(person_id, {"count": 1}, at)
    return store.rehearsal.open_attempt(
        session_id, person_id, question_id, position, 180, question_th="คำถามทดสอบ", key_points_total=total, at=at
    )


def test_the_schema_has_the_rehearsal_tables(store):
    assert store.schema_version() == LATEST_VERSION
    tables = {row[0] for row in store.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"rehearsal_sessions", "attempts", "review_cards"} <= tables


def test_notes_ratings_and_key_points_survive_reopening(tmp_path, bank_store):
    attempt_id = _attempt(bank_store)
    bank_store.rehearsal.save_notes(attempt_id, "ยกตัวอย่าง 3-5 วันต่อเดือน", seconds_used=42.5, at=T0)
    bank_store.rehearsal.rate(attempt_id, 3, at=T0 + timedelta(minutes=3))
    bank_store.rehearsal.set_key_points(attempt_id, [1, 0, 1], at=T0)
    bank_store.close()

    with Store.open(tmp_path / "store.db") as reopened:
        attempt = reopened.rehearsal.attempt(attempt_id)
        assert attempt.notes == "ยกตัวอย่าง 3-5 วันต่อเดือน"
        assert attempt.seconds_used == 42.5
        assert attempt.rating == 3 and attempt.rated_at == T0 + timedelta(minutes=3)
        assert attempt.key_points_covered == (0, 1) and attempt.coverage == 1.0
        assert "d1-pads" in reopened.rehearsal.cards(None)


def test_key_point_positions_are_checked(bank_store):
    attempt_id = _attempt(bank_store, total=2)
    with pytest.raises(ValueError):
        bank_store.rehearsal.set_key_points(attempt_id, [2])
    bank_store.rehearsal.set_key_points(attempt_id, [1])
    assert bank_store.rehearsal.attempt(attempt_id).coverage == 0.5


def test_a_question_without_key_points_has_no_coverage_figure(bank_store):
    attempt = bank_store.rehearsal.attempt(_attempt(bank_store, total=0))
    assert attempt.coverage is None


@pytest.mark.parametrize("rating", [0, 5, "3"])
def test_a_rating_must_be_one_to_four(bank_store, rating):
    attempt_id = _attempt(bank_store)
    with pytest.raises(ValueError):
        bank_store.rehearsal.rate(attempt_id, rating)
    assert bank_store.rehearsal.attempt(attempt_id).rating is None


def test_rating_again_replaces_the_review_instead_of_adding_one(bank_store):
    attempt_id = _attempt(bank_store)
    bank_store.rehearsal.rate(attempt_id, 1, at=T0)
    again = bank_store.rehearsal.cards(None)["d1-pads"]
    bank_store.rehearsal.rate(attempt_id, 4, at=T0)
    easy = bank_store.rehearsal.cards(None)["d1-pads"]
    # one Easy review from new: the same card as rating Easy straight away
    other = _attempt(bank_store, question_id="d1-tracking", total=1)
    bank_store.rehearsal.rate(other, 4, at=T0)
    assert easy.due == bank_store.rehearsal.cards(None)["d1-tracking"].due
    assert easy.due > again.due
    bank_store.rehearsal.rate(attempt_id, None)
    assert "d1-pads" not in bank_store.rehearsal.cards(None)


def test_rating_clears_skipped(bank_store):
    attempt_id = _attempt(bank_store)
    bank_store.rehearsal.set_skipped(attempt_id)
    assert bank_store.rehearsal.attempt(attempt_id).skipped
    bank_store.rehearsal.rate(attempt_id, 2)
    assert not bank_store.rehearsal.attempt(attempt_id).skipped


def test_cards_and_history_are_kept_per_person(bank_store, somchai):
    mine = _attempt(bank_store, None)
    his = _attempt(bank_store, somchai.id)
    bank_store.rehearsal.rate(mine, 1, at=T0)
    bank_store.rehearsal.rate(his, 4, at=T0)
    assert bank_store.rehearsal.cards(None)["d1-pads"].due < bank_store.rehearsal.cards(somchai.id)["d1-pads"].due
    assert [a.id for a in bank_store.rehearsal.person_attempts(somchai.id)] == [his]
    assert [a.id for a in bank_store.rehearsal.person_attempts(None)] == [mine]
    keys = {row[0] for row in bank_store.db.execute("SELECT person_key FROM review_cards")}
    assert keys == {"me", person_key(somchai.id)}
    assert bank_store.rehearsal.rehearsed_person_ids() == [None, somchai.id]


def test_a_person_with_history_cannot_be_removed(bank_store, somchai, malee):
    _attempt(bank_store, somchai.id)
    assert bank_store.rehearsal.has_history(somchai.id)
    assert not bank_store.rehearsal.has_history(malee.id)
    with pytest.raises(PersonInUseError):
        bank_store.people.remove(somchai.id)
    assert bank_store.people.get(somchai.id) is not None
    assert len(bank_store.rehearsal.person_attempts(somchai.id)) == 1
    bank_store.people.remove(malee.id)  # no history: removed as before
    assert bank_store.people.get(malee.id) is None


def test_latest_rated_takes_the_most_recent_rated_attempt(bank_store):
    first = _attempt(bank_store, at=T0)
    second = _attempt(bank_store, at=T0 + timedelta(days=1))
    unrated = _attempt(bank_store, at=T0 + timedelta(days=2))
    bank_store.rehearsal.rate(first, 4, at=T0)
    bank_store.rehearsal.rate(second, 1, at=T0 + timedelta(days=1))
    # re-rating the older attempt later does not make it the latest attempt
    bank_store.rehearsal.rate(first, 3, at=T0 + timedelta(days=3))
    latest = bank_store.rehearsal.latest_rated(None)
    assert latest["d1-pads"].id == second and unrated != second


def test_history_search_is_a_thai_substring_match_over_notes_and_question(bank_store):
    a = _attempt(bank_store)
    b = _attempt(bank_store, question_id="d1-tracking")
    bank_store.rehearsal.save_notes(a, "ลืมพูดถึงงบประมาณ 2568")
    bank_store.rehearsal.save_notes(b, "Forgot the Policy Tracking figures")
    search = bank_store.rehearsal.person_attempts
    assert [x.id for x in search(None, "งบประมาณ")] == [a]  # inside running Thai text
    assert [x.id for x in search(None, "๒๕๖๘")] == [a]  # Thai digits find ASCII ones
    assert [x.id for x in search(None, "policy tracking")] == [b]  # any case
    assert {x.id for x in search(None, "คำถามทดสอบ")} == {a, b}  # the question's wording
    assert search(None, "ไม่มีคำนี้") == []
    assert len(search(None, "  ")) == 2


def test_sessions_list_counts_attempts_and_ends_once(bank_store):
    session_id = bank_store.rehearsal.create_session(None, {"order": "weakest"}, T0)
    a = _attempt(bank_store, session_id=session_id)
    _attempt(bank_store, session_id=session_id, question_id="d1-tracking", position=1)
    bank_store.rehearsal.save_time(a, 75.0)
    bank_store.rehearsal.rate(a, 3)
    bank_store.rehearsal.end_session(session_id, T0 + timedelta(minutes=5))
    bank_store.rehearsal.end_session(session_id, T0 + timedelta(minutes=9))  # the first end stays
    [record] = bank_store.rehearsal.sessions(None)
    assert (record.attempts, record.rated, record.seconds_used) == (2, 1, 75.0)
    assert record.ended_at == T0 + timedelta(minutes=5)
    assert record.settings == {"order": "weakest"}
    assert [x.position for x in bank_store.rehearsal.attempts(session_id)] == [0, 1]


def test_assigned_questions_come_primary_first_then_in_bank_order(bank_store, somchai):
    assert bank_store.assignments.question_ids_for(somchai.id) == []
    bank_store.assignments.set(somchai.id, "d3-harassment", "backup")
    bank_store.assignments.set(somchai.id, "d1-tracking", "primary")
    bank_store.assignments.set(somchai.id, "d1-pads", "backup")
    assert bank_store.assignments.question_ids_for(somchai.id) == ["d1-tracking", "d1-pads", "d3-harassment"]
    assert bank_store.assignments.question_ids_for(None) == []


def test_an_older_store_is_upgraded_with_its_roster_kept(tmp_path):
    from sealprep.core.store.database import connect, transaction
    from sealprep.core.store.migrations import MIGRATIONS

    path = tmp_path / "old.db"
    rehearsal_version = next(i for i, m in enumerate(MIGRATIONS) if m.__name__ == "_v3_rehearsal")
    db = connect(path)
    for number in range(rehearsal_version):
        with transaction(db):
            MIGRATIONS[number](db)
            db.execute(f"PRAGMA user_version = {number + 1}")
    db.execute("INSERT INTO people (name, created_at, updated_at) VALUES ('สมศรี', 'x', 'x')")
    db.conn.close()

    with Store.open(path) as store:
        assert store.schema_version() == LATEST_VERSION
        [person] = store.people.list()
        session_id = store.rehearsal.create_session(person.id, {})
        assert store.rehearsal.sessions(person.id)[0].id == session_id
    assert (tmp_path / f"old.db.v{rehearsal_version}.bak").exists()
