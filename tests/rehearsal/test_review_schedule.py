from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from sealprep.core.rehearsal.review_schedule import Review, person_key, replay, retrievability, weakest_first

T0 = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)
IDS = ["q1", "q2", "q3", "q4", "q5", "q6"]


def test_no_reviews_no_card():
    assert replay([]) is None


def test_reviews_are_replayed_in_time_order():
    a = replay([Review(T0, 3), Review(T0 + timedelta(days=3), 1)])
    b = replay([Review(T0 + timedelta(days=3), 1), Review(T0, 3)])
    assert a.to_dict() == b.to_dict()


def test_a_naive_datetime_is_taken_as_utc():
    assert replay([Review(T0.replace(tzinfo=None), 4)]).due == replay([Review(T0, 4)]).due


def test_ratings_outside_one_to_four_are_refused():
    with pytest.raises(ValueError):
        replay([Review(T0, 5)])


def test_unrehearsed_questions_come_first_in_the_given_order():
    cards = {"q1": replay([Review(T0, 1)]), "q4": replay([Review(T0, 4)])}
    order = weakest_first(IDS, cards, T0 + timedelta(hours=1))
    assert order[:4] == ["q2", "q3", "q5", "q6"]
    assert order[4:] == ["q1", "q4"]


def test_on_the_same_day_the_lower_rating_comes_back_sooner():
    now = T0 + timedelta(hours=2)
    cards = {qid: replay([Review(T0, rating)]) for qid, rating in zip(["q1", "q2", "q3", "q4"], [4, 3, 2, 1])}
    assert weakest_first(["q1", "q2", "q3", "q4"], cards, now) == ["q4", "q3", "q2", "q1"]


def test_forgetting_over_days_orders_by_predicted_recall():
    # q1: rated Easy a month ago; q2: Good twice in a row, 2 days ago; q3: Easy yesterday
    cards = {
        "q1": replay([Review(T0 - timedelta(days=30), 4)]),
        "q2": replay([Review(T0 - timedelta(days=4), 3), Review(T0 - timedelta(days=2), 3)]),
        "q3": replay([Review(T0 - timedelta(days=1), 4)]),
    }
    recall = {qid: retrievability(card, T0) for qid, card in cards.items()}
    assert recall["q1"] < recall["q2"] < recall["q3"]
    assert weakest_first(["q3", "q2", "q1"], cards, T0) == ["q1", "q2", "q3"]


def test_a_lapse_makes_a_well_known_question_weak_again():
    good_history = [Review(T0 - timedelta(days=d), 4) for d in (20, 10)]
    cards = {
        "steady": replay(good_history),
        "lapsed": replay(good_history + [Review(T0 - timedelta(hours=1), 1)]),
    }
    assert weakest_first(["steady", "lapsed"], cards, T0)[0] == "lapsed"


def test_equal_cards_keep_the_given_order():
    card = replay([Review(T0, 3)])
    assert weakest_first(["b", "a", "c"], {"a": card, "b": card, "c": card}, T0) == ["b", "a", "c"]


def test_person_key():
    assert person_key(None) == "me"
    assert person_key(7) == "person:7"


def test_within_one_session_again_comes_before_good_whatever_was_rated_first():
    cards = {"good": replay([Review(T0, 3)]), "again": replay([Review(T0 + timedelta(minutes=15), 1)])}
    assert weakest_first(["good", "again"], cards, T0 + timedelta(minutes=30)) == ["again", "good"]
    assert weakest_first(["good", "again"], cards, T0 + timedelta(days=1)) == ["again", "good"]


def test_recall_is_counted_to_the_minute():
    card = replay([Review(T0, 3)])
    assert retrievability(card, T0) == 1.0
    assert retrievability(card, T0 + timedelta(hours=6)) < retrievability(card, T0 + timedelta(hours=1)) < 1.0
