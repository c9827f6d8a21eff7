from __future__ import annotations

import pytest

from sealprep.core.rehearsal.readiness import ReadinessState, question_state, readiness_for
from sealprep.core.rehearsal.session import RehearsalSession, SessionSettings

R = ReadinessState


@pytest.mark.parametrize(
    "rating, coverage, state",
    [
        (None, None, R.UNREHEARSED),
        (None, 1.0, R.UNREHEARSED),
        (4, 1.0, R.READY),
        (3, 0.7, R.READY),
        (3, None, R.READY),
        (3, 0.69, R.PARTIAL),
        (2, 1.0, R.PARTIAL),
        (2, 0.4, R.PARTIAL),
        (4, 0.5, R.PARTIAL),
        (1, 1.0, R.NOT_READY),
        (4, 0.39, R.NOT_READY),
        (2, 0.0, R.PARTIAL),  # no key point ticked: the rating alone decides
        (4, 0.0, R.READY),
        (1, 0.0, R.NOT_READY),
    ],
)
def test_the_rule_for_one_question(rating, coverage, state):
    assert question_state(rating, coverage) is state


def _rehearse(store, monotonic, wall, person_id, results, **settings):
    """results: question id -> (rating, key points covered)."""
    settings = SessionSettings(person_id=person_id, order="bank", count=0, **settings)
    session = RehearsalSession.start(store, settings, lambda _p: [], now=monotonic, clock=wall)
    while True:
        result = results.get(session.item.question.id)
        if result:
            rating, points = result
            for p in points:
                session.set_key_point(p, True)
            session.rate(rating)
        wall.advance(minutes=2)
        if not session.next():
            return


def test_everything_unrehearsed_counts_as_not_ready(bank_store, somchai):
    readiness = readiness_for(bank_store, somchai.id)
    assert readiness.total == 3 and readiness.ready == 0 and readiness.share_ready == 0
    assert {q.state for q in readiness.questions} == {R.UNREHEARSED}
    d1 = readiness.dimension(1)
    assert (d1.total, d1.unrehearsed, d1.share_ready) == (2, 2, 0.0)
    assert readiness.dimension(2).total == 0 and readiness.dimension(2).share_ready is None
    assert [d.dimension for d in readiness.dimensions] == [1, 2, 3, 4, 5]


def test_figures_per_question_and_per_dimension(bank_store, somchai, monotonic, wall):
    _rehearse(
        bank_store,
        monotonic,
        wall,
        somchai.id,
        {
            "d1-pads": (3, [0, 1]),  # Good, 2/2 -> ready
            "d1-tracking": (4, []),  # Easy, no key point ticked: the rating decides -> ready
            "d3-harassment": (2, [0]),  # Hard, 1/2 -> partial
        },
    )
    readiness = readiness_for(bank_store, somchai.id)
    states = {q.question_id: q.state for q in readiness.questions}
    assert states == {"d1-pads": R.READY, "d1-tracking": R.READY, "d3-harassment": R.PARTIAL}
    pads = readiness.question("d1-pads")
    assert (pads.rating, pads.coverage) == (3, 1.0)
    d1, d3 = readiness.dimension(1), readiness.dimension(3)
    assert (d1.ready, d1.not_ready, d1.total, d1.share_ready) == (2, 0, 2, 1.0)
    assert (d3.partial, d3.share_ready) == (1, 0.0)
    assert readiness.share_ready == pytest.approx(2 / 3)
    assert not readiness.assigned_only
    # somebody else has rehearsed nothing
    assert readiness_for(bank_store, None).ready == 0


def test_the_latest_rated_attempt_decides(bank_store, somchai, monotonic, wall):
    _rehearse(bank_store, monotonic, wall, somchai.id, {"d1-pads": (4, [0, 1])}, scope="dimension", dimension=1)
    assert readiness_for(bank_store, somchai.id).question("d1-pads").state is R.READY
    wall.advance(days=1)
    _rehearse(bank_store, monotonic, wall, somchai.id, {"d1-pads": (1, [0, 1])}, scope="dimension", dimension=1)
    assert readiness_for(bank_store, somchai.id).question("d1-pads").state is R.NOT_READY
    wall.advance(days=1)
    _rehearse(bank_store, monotonic, wall, somchai.id, {}, scope="dimension", dimension=1)  # shown, not rated
    assert readiness_for(bank_store, somchai.id).question("d1-pads").state is R.NOT_READY


def test_only_the_assigned_questions_count_when_there_are_any(bank_store, somchai, monotonic, wall):
    _rehearse(bank_store, monotonic, wall, somchai.id, {"d1-pads": (3, [0, 1]), "d3-harassment": (3, [0, 1])})
    source = lambda person_id: ["d1-pads", "d1-tracking", "no-longer-in-the-bank"]  # noqa: E731
    readiness = readiness_for(bank_store, somchai.id, source)
    assert readiness.assigned_only
    assert [q.question_id for q in readiness.questions] == ["d1-pads", "d1-tracking"]
    assert readiness.dimension(1).share_ready == 0.5
    assert readiness.dimension(3).total == 0  # d3 is rehearsed, but not theirs
    # assignments that all left the bank: the whole bank counts again
    assert readiness_for(bank_store, somchai.id, lambda _p: ["gone"]).total == 3
