from __future__ import annotations

import pytest

from sealprep.core.bank.model import Question
from sealprep.core.rehearsal.session import (
    DEFAULT_TIME_LIMIT,
    PlanError,
    RehearsalSession,
    SessionSettings,
    plan_questions,
    plan_session,
)
from sealprep.core.secretariat.people import Person

BANK_ORDER = ["d1-pads", "d1-tracking", "d3-harassment"]


def _ids(plan):
    return [p.question.id for p in plan]


def test_defaults_take_the_whole_bank_in_bank_order_when_nothing_was_rehearsed(bank_store):
    plan = plan_session(bank_store, SessionSettings())
    assert _ids(plan) == BANK_ORDER


def test_time_per_question_is_the_questions_own_limit_else_two_minutes(bank_store):
    limits = {p.question.id: p.time_limit for p in plan_session(bank_store, SessionSettings())}
    assert limits == {"d1-pads": 180, "d1-tracking": DEFAULT_TIME_LIMIT, "d3-harassment": DEFAULT_TIME_LIMIT}
    assert DEFAULT_TIME_LIMIT == 120
    fixed = plan_session(bank_store, SessionSettings(time_per_question=90))
    assert {p.time_limit for p in fixed} == {90}


def test_count_limits_the_session_and_zero_means_all(bank_store):
    assert len(plan_session(bank_store, SessionSettings(count=2))) == 2
    assert len(plan_session(bank_store, SessionSettings(count=0))) == 3


def test_a_dimension_or_chosen_benchmarks(bank_store):
    assert _ids(plan_session(bank_store, SessionSettings(scope="dimension", dimension=3))) == ["d3-harassment"]
    assert _ids(plan_session(bank_store, SessionSettings(scope="benchmarks", benchmarks=("1.1.2",)))) == ["d1-pads"]
    both = plan_session(bank_store, SessionSettings(scope="benchmarks", benchmarks=("1.1.1", "1.1.2"), order="bank"))
    assert _ids(both) == ["d1-pads", "d1-tracking"]
    with pytest.raises(PlanError, match="dimension 2"):
        plan_session(bank_store, SessionSettings(scope="dimension", dimension=2))
    with pytest.raises(PlanError, match="5.1.1"):
        plan_session(bank_store, SessionSettings(scope="benchmarks", benchmarks=("5.1.1",)))


def test_assigned_questions_through_the_injected_source(bank_store, somchai):
    assigned = {somchai.id: ["d3-harassment", "gone-from-the-bank", "d1-tracking"]}
    source = lambda person_id: assigned.get(person_id, [])  # noqa: E731
    settings = SessionSettings(person_id=somchai.id, order="bank")
    assert _ids(plan_session(bank_store, settings, source)) == ["d3-harassment", "d1-tracking"]
    # "auto" falls back to the whole bank for someone with no assignments
    assert _ids(plan_session(bank_store, SessionSettings(person_id=None, order="bank"), source)) == BANK_ORDER
    with pytest.raises(PlanError, match="no questions are assigned"):
        plan_session(bank_store, SessionSettings(person_id=None, scope="assigned"), source)


def test_shuffled_is_a_permutation_and_repeatable_with_a_seed(bank_store):
    many = [Question(f"q{i}", 1, f"คำถาม {i}") for i in range(30)]
    a = plan_questions(many, SessionSettings(order="shuffled", seed=7, count=0))
    b = plan_questions(many, SessionSettings(order="shuffled", seed=7, count=0))
    assert _ids(a) == _ids(b)
    assert sorted(_ids(a)) == sorted(q.id for q in many) and _ids(a) != [q.id for q in many]


@pytest.mark.parametrize(
    "settings",
    [
        SessionSettings(scope="everything"),
        SessionSettings(order="random"),
        SessionSettings(language="fr"),
        SessionSettings(count=-1),
        SessionSettings(time_per_question=0),
        SessionSettings(session_limit=-5),
        SessionSettings(scope="dimension"),
        SessionSettings(scope="benchmarks"),
    ],
)
def test_bad_settings_are_refused(bank_store, settings):
    with pytest.raises(ValueError):
        plan_session(bank_store, settings)


def test_settings_round_trip_through_a_dict():
    settings = SessionSettings(person_id=3, scope="benchmarks", benchmarks=("1.1.1",), count=5, language="en")
    assert SessionSettings.from_dict(settings.to_dict() | {"from_a_newer_version": 1}) == settings


def test_weakest_first_follows_the_ratings(bank_store, monotonic, wall):
    """Rate in one session, then plan the next: unrated first, then Again before Good."""
    session = RehearsalSession.start(bank_store, SessionSettings(order="bank"), now=monotonic, clock=wall)
    session.rate(3)  # d1-pads: Good
    wall.advance(minutes=3)
    session.next()
    session.rate(1)  # d1-tracking: Again
    wall.advance(minutes=3)
    session.next()
    session.skip()  # d3-harassment: shown but never rated, so still unrehearsed
    assert session.finished

    wall.advance(hours=20)
    plan = plan_session(bank_store, SessionSettings(), now=wall())
    assert _ids(plan) == ["d3-harassment", "d1-tracking", "d1-pads"]
    # the laptop's own user's ratings do not reorder someone else's plan
    other = bank_store.people.save(Person("ทดสอบ"))
    assert _ids(plan_session(bank_store, SessionSettings(person_id=other.id), now=wall())) == BANK_ORDER


def test_easy_questions_wait_until_they_are_due(bank_store, monotonic, wall):
    session = RehearsalSession.start(bank_store, SessionSettings(order="bank"), now=monotonic, clock=wall)
    session.rate(4)
    session.next()
    session.rate(4)
    session.next()
    session.rate(2)
    session.end()
    wall.advance(days=1)
    assert _ids(plan_session(bank_store, SessionSettings(), now=wall()))[0] == "d3-harassment"
    wall.advance(days=60)
    # weeks later everything is due again, and the Hard one is still the weakest
    assert _ids(plan_session(bank_store, SessionSettings(), now=wall()))[0] == "d3-harassment"
