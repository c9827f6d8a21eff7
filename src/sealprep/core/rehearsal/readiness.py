"""How ready a person is for the interview, from their latest rehearsals.

Per question, the latest attempt that the person rated decides (an attempt that was skipped or
never rated says nothing):

- **ready**: rated Good or Easy (3-4) *and* at least 70 % of the key points covered;
- **not ready**: rated Again (1), or less than 40 % of the key points covered;
- **partial**: any other rated attempt (Hard, or Good/Easy with 40-69 % coverage);
- **unrehearsed**: never rated; it counts as not ready in every share.

The key points count only when some were ticked: an attempt where *no* key point was ticked
(most people rehearsing alone rate themselves and do not tick) is judged by its rating alone,
so Good or Easy is ready, Hard is partial and Again is not ready. A question without key points
is judged the same way. Per dimension, the share that is ready is
taken over *that person's questions*: the questions assigned to them when they have any, else
the whole bank (every question of the dimension).

``readiness_for(store, person_id)`` is the entry point other areas (the secretariat's coverage
view, printing) call; it returns a ``PersonReadiness``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from sealprep.core.store import AttemptRecord, Store

READY_RATING = 3
READY_COVERAGE = 0.70
NOT_READY_COVERAGE = 0.40

AssignedQuestions = Callable[[int | None], list[str]]
"""Given a person id (None: the laptop's own user), their assigned question ids, most important
first; an empty list when they have none."""


RULE_TEXT = {
    "en": (
        "Ready: the latest rated attempt was Good or Easy and, when key points were ticked, covered at "
        "least 70 % of them. Not ready: rated Again, or under 40 % of the ticked key points. When no key "
        "point was ticked the rating alone decides (Good or Easy: ready; Hard: partly ready). Questions "
        "never rehearsed count as not ready."
    ),
    "th": (
        "พร้อม: การซ้อมครั้งล่าสุดที่ให้คะแนนไว้ได้ \u201cดี\u201d หรือ \u201cคล่องมาก\u201d และถ้าติ๊กประเด็นสำคัญไว้ "
        "ต้องครอบคลุมอย่างน้อย 70 % ยังไม่พร้อม: ให้คะแนน \u201cต้องซ้อมใหม่\u201d หรือครอบคลุมประเด็นสำคัญที่ติ๊กไม่ถึง 40 % "
        "ถ้าไม่ได้ติ๊กประเด็นสำคัญเลย คะแนนอย่างเดียวเป็นตัวตัดสิน (ดีหรือคล่องมาก: พร้อม; ติดขัด: พร้อมบางส่วน) "
        "ข้อที่ยังไม่เคยซ้อมนับเป็นยังไม่พร้อม"
    ),
}
"""The rule above in words, for the interface (English and Thai)."""


def readiness_rule_text(language: str) -> str:
    return RULE_TEXT.get(language, RULE_TEXT["en"])


class ReadinessState(Enum):
    READY = "ready"
    PARTIAL = "partial"
    NOT_READY = "not_ready"
    UNREHEARSED = "unrehearsed"


def question_state(rating: int | None, coverage: float | None) -> ReadinessState:
    """The rule in the module docstring, for one question's latest rated attempt."""
    if rating is None:
        return ReadinessState.UNREHEARSED
    covered = 1.0 if not coverage else coverage  # nothing ticked (or no key points): the rating decides
    if rating <= 1 or covered < NOT_READY_COVERAGE:
        return ReadinessState.NOT_READY
    if rating >= READY_RATING and covered >= READY_COVERAGE:
        return ReadinessState.READY
    return ReadinessState.PARTIAL


@dataclass(frozen=True)
class QuestionReadiness:
    question_id: str
    dimension: int
    state: ReadinessState
    rating: int | None = None
    coverage: float | None = None  # None: no key points, or never rated
    attempted_at: datetime | None = None
    attempt_id: int | None = None


@dataclass(frozen=True)
class DimensionReadiness:
    dimension: int
    total: int
    ready: int
    partial: int
    not_ready: int
    unrehearsed: int

    @property
    def share_ready(self) -> float | None:
        """Ready questions / the person's questions in this dimension; None when they have none."""
        return self.ready / self.total if self.total else None


@dataclass(frozen=True)
class PersonReadiness:
    """One person's readiness: per question and per dimension (every dimension of the framework,
    in framework order, including those where the person has no questions: total 0)."""

    person_id: int | None
    assigned_only: bool  # True: computed over the person's assigned questions
    questions: tuple[QuestionReadiness, ...]
    dimensions: tuple[DimensionReadiness, ...]

    @property
    def total(self) -> int:
        return len(self.questions)

    @property
    def ready(self) -> int:
        return sum(q.state is ReadinessState.READY for q in self.questions)

    @property
    def share_ready(self) -> float | None:
        return self.ready / self.total if self.total else None

    def dimension(self, number: int) -> DimensionReadiness | None:
        return next((d for d in self.dimensions if d.dimension == number), None)

    def question(self, question_id: str) -> QuestionReadiness | None:
        return next((q for q in self.questions if q.question_id == question_id), None)


def assess(
    person_id: int | None,
    questions: Iterable[tuple[str, int]],
    latest: dict[str, AttemptRecord],
    dimensions: Iterable[int],
    assigned_only: bool = False,
) -> PersonReadiness:
    """Readiness over ``questions`` ((id, dimension) pairs, in the order to show them), from each
    question's latest rated attempt."""
    per_question = []
    for qid, dimension in questions:
        attempt = latest.get(qid)
        if attempt is None:
            per_question.append(QuestionReadiness(qid, dimension, ReadinessState.UNREHEARSED))
            continue
        per_question.append(
            QuestionReadiness(
                qid,
                dimension,
                question_state(attempt.rating, attempt.coverage),
                attempt.rating,
                attempt.coverage,
                attempt.started_at,
                attempt.id,
            )
        )
    per_dimension = []
    for number in dimensions:
        states = [q.state for q in per_question if q.dimension == number]
        per_dimension.append(
            DimensionReadiness(
                number,
                len(states),
                states.count(ReadinessState.READY),
                states.count(ReadinessState.PARTIAL),
                states.count(ReadinessState.NOT_READY),
                states.count(ReadinessState.UNREHEARSED),
            )
        )
    return PersonReadiness(person_id, assigned_only, tuple(per_question), tuple(per_dimension))


def readiness_for(
    store: Store,
    person_id: int | None,
    assigned_question_ids: AssignedQuestions | None = None,
) -> PersonReadiness:
    """A person's readiness (None: the laptop's own user).

    ``assigned_question_ids`` defaults to ``store.assignments.question_ids_for`` (the
    secretariat's assignments table when the store has one). Assigned ids that are no longer in
    the bank are left out; when none of them is left, the whole bank counts.
    """
    assigned = (assigned_question_ids or store.assignments.question_ids_for)(person_id)
    summaries = store.bank.summaries()
    dimension_of = {s.id: s.dimension for s in summaries}
    questions = [(qid, dimension_of[qid]) for qid in dict.fromkeys(assigned) if qid in dimension_of]
    assigned_only = bool(questions)
    if not assigned_only:
        questions = [(s.id, s.dimension) for s in summaries]
    dimensions = [d.number for d in store.bank.framework().dimensions]
    return assess(person_id, questions, store.rehearsal.latest_rated(person_id), dimensions, assigned_only)
