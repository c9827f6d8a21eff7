"""A mock-interview session: what to rehearse (the plan) and what happens while rehearsing (the
state machine). Qt-free, so the rules are tested directly and the UI stays a thin view.

Planning. ``SessionSettings`` say who rehearses, which questions (``scope``), in what order,
how many, and the time allowed. Scopes:

- ``auto`` (the default): the person's assigned questions when they have any, else the bank;
- ``assigned``, ``dimension``, ``benchmarks`` (any of the chosen ones), ``bank``.

Orders: ``weakest`` (FSRS, see ``review_schedule.weakest_first``), ``bank`` (the order of the
scope: bank order, or importance for assigned questions) and ``shuffled``. The time per question
is the setting when given, else the question's own ``time_limit``, else 2 minutes.

Running. Each question, once shown, has an attempt row in the store (created before anything
can be typed). Moving away from a question saves its notes and the time used; coming back
carries on counting from there. Ratings and key-point ticks are written at once; notes are
written by ``save_notes`` (the UI calls it a moment after the last keystroke).
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields
from datetime import datetime
from typing import Any

from fsrs import Card

from sealprep.core.bank.model import Question
from sealprep.core.rehearsal.countdown import Countdown
from sealprep.core.rehearsal.readiness import AssignedQuestions
from sealprep.core.rehearsal.review_schedule import weakest_first
from sealprep.core.store import AttemptRecord, SessionRecord, Store
from sealprep.core.store.rehearsal_store import utc_now

DEFAULT_TIME_LIMIT = 120
DEFAULT_COUNT = 10
SCOPES = ("auto", "assigned", "dimension", "benchmarks", "bank")
ORDERS = ("weakest", "bank", "shuffled")
LANGUAGES = ("th", "en", "both")


class PlanError(ValueError):
    """The settings select no question; the message says why."""


class SessionError(RuntimeError):
    """An action that the session's state does not allow (e.g. acting after it ended)."""


@dataclass
class SessionSettings:
    person_id: int | None = None  # None: the laptop's own user
    scope: str = "auto"
    dimension: int | None = None  # scope "dimension"
    benchmarks: tuple[str, ...] = ()  # scope "benchmarks"
    order: str = "weakest"
    count: int = DEFAULT_COUNT  # 0: every question in scope
    time_per_question: int | None = None  # seconds; None: each question's own limit
    session_limit: int | None = None  # seconds for the whole session; None: no limit
    language: str = "both"  # the prompt: "th", "en" or "both"
    seed: int | None = None  # for "shuffled"; None: a new order each time

    def validate(self) -> None:
        if self.scope not in SCOPES:
            raise ValueError(f"scope must be one of {', '.join(SCOPES)}, not {self.scope!r}")
        if self.order not in ORDERS:
            raise ValueError(f"order must be one of {', '.join(ORDERS)}, not {self.order!r}")
        if self.language not in LANGUAGES:
            raise ValueError(f"language must be one of {', '.join(LANGUAGES)}, not {self.language!r}")
        if self.count < 0:
            raise ValueError("count must be 0 (all) or more")
        if self.time_per_question is not None and self.time_per_question <= 0:
            raise ValueError("the time per question must be positive")
        if self.session_limit is not None and self.session_limit <= 0:
            raise ValueError("the session limit must be positive")
        if self.scope == "dimension" and self.dimension is None:
            raise ValueError("choose a dimension")
        if self.scope == "benchmarks" and not self.benchmarks:
            raise ValueError("choose at least one benchmark")

    def to_dict(self) -> dict[str, Any]:
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data["benchmarks"] = list(self.benchmarks)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SessionSettings:
        """Settings read back (from a session row or saved UI state); unknown keys are ignored."""
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        if "benchmarks" in values:
            values["benchmarks"] = tuple(values["benchmarks"] or ())
        return cls(**values)


@dataclass(frozen=True)
class PlannedQuestion:
    question: Question
    time_limit: int


def time_limit_for(question: Question, settings: SessionSettings) -> int:
    return settings.time_per_question or question.time_limit or DEFAULT_TIME_LIMIT


def candidates(questions: Sequence[Question], settings: SessionSettings, assigned: Sequence[str]) -> list[Question]:
    """The questions in scope, in the scope's own order (bank order; importance for assigned)."""
    scope = settings.scope
    if scope == "auto":
        scope = "assigned" if any(q.id in set(assigned) for q in questions) else "bank"
    if scope == "assigned":
        by_id = {q.id: q for q in questions}
        chosen = [by_id[qid] for qid in dict.fromkeys(assigned) if qid in by_id]
        if not chosen:
            raise PlanError("no questions are assigned to this person")
        return chosen
    if scope == "dimension":
        chosen = [q for q in questions if q.dimension == settings.dimension]
        if not chosen:
            raise PlanError(f"dimension {settings.dimension} has no questions")
        return chosen
    if scope == "benchmarks":
        wanted = set(settings.benchmarks)
        chosen = [q for q in questions if wanted & set(q.benchmarks)]
        if not chosen:
            raise PlanError(f"no question is linked to benchmark(s) {', '.join(settings.benchmarks)}")
        return chosen
    if not questions:
        raise PlanError("the bank has no questions")
    return list(questions)


def plan_questions(
    questions: Sequence[Question],
    settings: SessionSettings,
    assigned: Sequence[str] = (),
    cards: dict[str, Card] | None = None,
    now: datetime | None = None,
) -> list[PlannedQuestion]:
    """Choose and order the questions of a session (pure: no store, no clock unless given)."""
    settings.validate()
    chosen = candidates(questions, settings, assigned)
    if settings.order == "weakest":
        by_id = {q.id: q for q in chosen}
        chosen = [by_id[qid] for qid in weakest_first([q.id for q in chosen], cards or {}, now or utc_now())]
    elif settings.order == "shuffled":
        random.Random(settings.seed).shuffle(chosen)
    if settings.count:
        chosen = chosen[: settings.count]
    return [PlannedQuestion(q, time_limit_for(q, settings)) for q in chosen]


def plan_session(
    store: Store,
    settings: SessionSettings,
    assigned_question_ids: AssignedQuestions | None = None,
    now: datetime | None = None,
) -> list[PlannedQuestion]:
    """``plan_questions`` over the store's bank, the person's assignments and FSRS cards."""
    assigned = (assigned_question_ids or store.assignments.question_ids_for)(settings.person_id)
    return plan_questions(store.bank.questions(), settings, assigned, store.rehearsal.cards(settings.person_id), now)


@dataclass
class SessionItem:
    """One planned question and what has happened to it in this session."""

    question: Question
    time_limit: int
    position: int
    attempt_id: int | None = None  # set when the question is first shown
    countdown: Countdown | None = None
    revealed: bool = False
    rating: int | None = None
    covered: set[int] = field(default_factory=set)
    notes: str = ""
    saved_notes: str = ""
    skipped: bool = False

    @property
    def shown(self) -> bool:
        return self.attempt_id is not None

    @property
    def notes_dirty(self) -> bool:
        return self.notes != self.saved_notes

    @property
    def seconds_used(self) -> float:
        return self.countdown.elapsed if self.countdown else 0.0


@dataclass(frozen=True)
class SessionSummary:
    """What a finished (or interrupted) session comes to, read back from the store."""

    session: SessionRecord
    attempts: tuple[AttemptRecord, ...]

    @property
    def seconds_used(self) -> float:
        return sum(a.seconds_used for a in self.attempts)

    @property
    def rated(self) -> int:
        return sum(a.rating is not None for a in self.attempts)

    @property
    def over_time(self) -> int:
        return sum(a.over_time for a in self.attempts)

    def rating_counts(self) -> dict[int, int]:
        return {n: sum(a.rating == n for a in self.attempts) for n in (1, 2, 3, 4)}

    @property
    def key_points(self) -> tuple[int, int]:
        """(covered, total) over the attempts that have key points."""
        return (sum(len(a.key_points_covered) for a in self.attempts), sum(a.key_points_total for a in self.attempts))


class RehearsalSession:
    """The state machine of one rehearsal.

    ``now`` is a monotonic clock in seconds (the countdowns); ``clock`` gives aware UTC
    datetimes (what the store records, and what FSRS schedules by). Both are injectable, so
    tests drive a whole session without sleeping.
    """

    def __init__(
        self,
        store: Store,
        settings: SessionSettings,
        plan: Sequence[PlannedQuestion],
        *,
        now: Callable[[], float] = time.monotonic,
        clock: Callable[[], datetime] = utc_now,
    ):
        if not plan:
            raise PlanError("a session needs at least one question")
        self.store = store
        self.write_notes: Callable[[int, str, float | None, datetime | None], None] = store.rehearsal.save_notes
        """Where notes go: the store directly, or a ``NotesSaver`` (journal first, then the store
        from a worker thread) when the interface sets one."""
        self.settings = settings
        self.items = [SessionItem(p.question, p.time_limit, i) for i, p in enumerate(plan)]
        self._now = now
        self._clock = clock
        self.session_id: int | None = None
        self.index = 0
        self.paused = False
        self.finished = False
        self.clock = Countdown(settings.session_limit, now)

    @classmethod
    def start(
        cls,
        store: Store,
        settings: SessionSettings,
        assigned_question_ids: AssignedQuestions | None = None,
        *,
        now: Callable[[], float] = time.monotonic,
        clock: Callable[[], datetime] = utc_now,
    ) -> RehearsalSession:
        """Plan from the store and begin at once (the first question's attempt row exists)."""
        plan = plan_session(store, settings, assigned_question_ids, clock())
        session = cls(store, settings, plan, now=now, clock=clock)
        session.begin()
        return session

    # -- state ------------------------------------------------------------------------------
    @property
    def person_id(self) -> int | None:
        return self.settings.person_id

    @property
    def item(self) -> SessionItem:
        return self.items[self.index]

    @property
    def countdown(self) -> Countdown:
        assert self.item.countdown is not None, "begin() the session first"
        return self.item.countdown

    @property
    def is_first(self) -> bool:
        return self.index == 0

    @property
    def is_last(self) -> bool:
        return self.index == len(self.items) - 1

    @property
    def session_over_limit(self) -> bool:
        return self.clock.limit is not None and self.clock.elapsed > self.clock.limit

    def _check_running(self) -> None:
        if self.session_id is None:
            raise SessionError("the session has not begun")
        if self.finished:
            raise SessionError("the session has ended")

    # -- starting and moving ---------------------------------------------------------------
    def begin(self) -> None:
        if self.session_id is not None:
            raise SessionError("the session has already begun")
        self.session_id = self.store.rehearsal.create_session(self.person_id, self.settings.to_dict(), self._clock())
        self.clock.start()
        self._enter(0)

    def _session_id(self) -> int:
        assert self.session_id is not None, "the session has not begun"
        return self.session_id

    @staticmethod
    def _attempt_id(item: SessionItem) -> int:
        assert item.attempt_id is not None, "the question has not been shown"
        return item.attempt_id

    def _enter(self, index: int) -> None:
        self.index = index
        item = self.items[index]
        if item.attempt_id is None:
            item.attempt_id = self.store.rehearsal.open_attempt(
                self._session_id(),
                self.person_id,
                item.question.id,
                item.position,
                item.time_limit,
                question_th=item.question.question_th,
                question_en=item.question.question_en,
                dimension=item.question.dimension,
                key_points_total=len(item.question.key_points),
                at=self._clock(),
            )
            item.countdown = Countdown(item.time_limit, self._now)
        if not self.paused and item.countdown is not None:
            item.countdown.start()

    def _leave(self) -> None:
        item = self.item
        if item.countdown is not None:
            item.countdown.pause()
        self.write_notes(self._attempt_id(item), item.notes, item.seconds_used, self._clock())
        item.saved_notes = item.notes

    def go_to(self, index: int) -> None:
        self._check_running()
        if not 0 <= index < len(self.items):
            raise IndexError(f"no question {index + 1} in this session of {len(self.items)}")
        if index != self.index:
            self._leave()
            self._enter(index)

    def next(self) -> bool:
        """Move on; past the last question the session ends. Returns False when it ended."""
        self._check_running()
        if self.is_last:
            self.end()
            return False
        self.go_to(self.index + 1)
        return True

    def previous(self) -> None:
        self._check_running()
        if not self.is_first:
            self.go_to(self.index - 1)

    def skip(self) -> bool:
        """Move on without rating: an unrated question is marked skipped (a rated one keeps its
        rating, so skipping it is just moving on)."""
        self._check_running()
        if self.item.rating is None:
            self.item.skipped = True
            self.store.rehearsal.set_skipped(self._attempt_id(self.item), True, self._clock())
        return self.next()

    def end(self) -> None:
        """Save everything and close the session; it can be ended only once."""
        self._check_running()
        self._leave()
        self.clock.pause()
        self.finished = True
        self.store.rehearsal.end_session(self._session_id(), self._clock())

    # -- pause ------------------------------------------------------------------------------
    def pause(self) -> None:
        self._check_running()
        self.paused = True
        self.clock.pause()
        self.countdown.pause()

    def resume(self) -> None:
        self._check_running()
        self.paused = False
        self.clock.start()
        self.countdown.start()

    def toggle_pause(self) -> bool:
        """Returns whether the session is now paused."""
        (self.resume if self.paused else self.pause)()
        return self.paused

    # -- the current question --------------------------------------------------------------
    def set_notes(self, text: str) -> None:
        """Keep the notes in memory; ``save_notes`` writes them."""
        self._check_running()
        self.item.notes = text

    def save_notes(self) -> bool:
        """Write the current question's notes (and time used) if they changed; True if written."""
        if self.session_id is None or self.finished or not self.item.notes_dirty:
            return False
        item = self.item
        self.write_notes(self._attempt_id(item), item.notes, item.seconds_used, self._clock())
        item.saved_notes = item.notes
        return True

    def save_progress(self) -> None:
        """Write the current question's notes and time used, changed or not (on quit)."""
        if self.session_id is None or self.finished:
            return
        item = self.item
        self.write_notes(self._attempt_id(item), item.notes, item.seconds_used, self._clock())
        item.saved_notes = item.notes

    def reveal(self) -> None:
        self._check_running()
        self.item.revealed = True

    def rate(self, rating: int) -> None:
        """Rate the current attempt 1-4 (Again, Hard, Good, Easy); it also reveals the answers.
        Rating again replaces the rating (the FSRS card is rebuilt, never double-counted)."""
        self._check_running()
        if rating not in (1, 2, 3, 4):
            raise ValueError(f"a rating must be 1-4, not {rating!r}")
        item = self.item
        item.revealed = True
        item.rating = rating
        item.skipped = False
        self.store.rehearsal.rate(self._attempt_id(item), rating, self._clock())

    def set_key_point(self, position: int, covered: bool) -> None:
        """Tick (or untick) one key point of the current question as covered."""
        self._check_running()
        item = self.item
        if not 0 <= position < len(item.question.key_points):
            raise IndexError(f"question {item.question.id} has no key point {position + 1}")
        if covered:
            item.covered.add(position)
        else:
            item.covered.discard(position)
        self.store.rehearsal.set_key_points(self._attempt_id(item), item.covered, self._clock())

    # -- afterwards -------------------------------------------------------------------------
    def summary(self) -> SessionSummary:
        if self.session_id is None:
            raise SessionError("the session has not begun")
        return session_summary(self.store, self.session_id)


def session_summary(store: Store, session_id: int) -> SessionSummary:
    record = store.rehearsal.session(session_id)
    if record is None:
        raise KeyError(f"no session {session_id}")
    return SessionSummary(record, tuple(store.rehearsal.attempts(session_id)))
