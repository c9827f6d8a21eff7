"""Spaced repetition for rehearsal: which questions should come back first ("weakest first").

Every rated attempt is an FSRS review of the (person, question) card: 1 Again, 2 Hard, 3 Good,
4 Easy. A card is always *rebuilt* by replaying that person's rated attempts of the question in
time order, so changing a rating, or rating an old attempt late, can never double-count a review;
the ``review_cards`` table only caches the result for fast ordering.

The rule of "weakest first" (see ``weakest_first``):

1. Unrehearsed questions (no rated attempt yet) come first, in the order they were given
   (bank order, or the order of importance of the person's assignments: primary first).
2. Then questions that FSRS says are due now, lowest predicted recall (retrievability) first.
   Recall is computed to the minute, not the day, so of two questions rated in the same session
   the one rated Again comes before the one rated Good.
3. Then questions not yet due, again lowest predicted recall first.
4. Remaining ties keep the given order.

Due comes before recall because a lapse just now leaves a card with fresh but fragile memory:
its predicted recall is high for the next hour, but FSRS schedules it again within minutes, and
that is what "weak" means when rehearsing.

Fuzzing is off, so the same history always gives the same order.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from fsrs import Card, Rating, Scheduler

ME = "me"
"""The person key of the laptop's own user (rehearsals with no person from the roster)."""

RATINGS = {1: Rating.Again, 2: Rating.Hard, 3: Rating.Good, 4: Rating.Easy}
RATING_NAMES = {1: "Again", 2: "Hard", 3: "Good", 4: "Easy"}

_scheduler = Scheduler(enable_fuzzing=False)


def person_key(person_id: int | None) -> str:
    """How a person is named in ``review_cards``: ``me`` or ``person:<id>``."""
    return ME if person_id is None else f"person:{person_id}"


def utc(moment: datetime) -> datetime:
    """FSRS wants aware UTC datetimes; naive ones are taken to be UTC already."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


@dataclass(frozen=True)
class Review:
    """One rated attempt as the scheduler sees it."""

    at: datetime
    rating: int


def replay(reviews: Iterable[Review]) -> Card | None:
    """The card after these reviews, applied in time order; None when there are none."""
    ordered = sorted(reviews, key=lambda r: utc(r.at))
    if not ordered:
        return None
    card = Card(card_id=1, due=utc(ordered[0].at))  # a fixed id: Card() would sleep 1 ms for one
    for review in ordered:
        if review.rating not in RATINGS:
            raise ValueError(f"a rating must be 1-4, not {review.rating!r}")
        card, _log = _scheduler.review_card(card, RATINGS[review.rating], review_datetime=utc(review.at))
    return card


def retrievability(card: Card, now: datetime) -> float:
    """FSRS's predicted probability of recalling the answer now (0-1), with the elapsed time in
    fractional days (the library's own ``get_card_retrievability`` counts whole days only)."""
    if card.last_review is None or not card.stability:
        return 0.0
    elapsed_days = max(0.0, (utc(now) - utc(card.last_review)).total_seconds() / 86400)
    decay = -_scheduler.parameters[20]
    factor = 0.9 ** (1 / decay) - 1
    return float((1 + factor * elapsed_days / card.stability) ** decay)


def weakest_first(question_ids: Sequence[str], cards: dict[str, Card], now: datetime) -> list[str]:
    """``question_ids`` reordered by the rule in this module's docstring."""
    now = utc(now)
    new = [qid for qid in question_ids if qid not in cards]
    due: list[tuple[tuple[float, datetime, int], str]] = []
    later: list[tuple[tuple[float, datetime, int], str]] = []
    for position, qid in enumerate(question_ids):
        card = cards.get(qid)
        if card is None:
            continue
        key = (retrievability(card, now), utc(card.due), position)
        (due if utc(card.due) <= now else later).append((key, qid))
    return new + [qid for _key, qid in sorted(due)] + [qid for _key, qid in sorted(later)]


def card_from_json(text: str) -> Card:
    return Card.from_json(text)
