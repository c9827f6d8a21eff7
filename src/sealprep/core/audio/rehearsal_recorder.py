"""Recording during a rehearsal: one recording per answer, and in panel mode, optionally the
whole session with each question's stretch marked.

The rules: an answer recording belongs to the attempt that was on screen; it stops when the
rehearser moves on, reveals the answer, pauses or ends (the controller calls ``stop_answer``);
recording the same attempt again replaces its recording; after each answer only the newest
``keep`` recordings of that question are kept.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from sealprep.core.audio.library import ANSWER, PANEL, Mark, Recording, RecordingLibrary
from sealprep.core.audio.recorder import Recorder


class SessionLike(Protocol):  # what we need of core.rehearsal.session.RehearsalSession
    session_id: int | None

    @property
    def person_id(self) -> int | None: ...

    @property
    def item(self): ...  # SessionItem: attempt_id, question


class RehearsalRecorder:
    def __init__(
        self,
        session: SessionLike,
        library: RecordingLibrary,
        *,
        microphone: str = "",
        keep: int = 3,
        recorder_factory: Callable[[Path, str], Recorder] = Recorder,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ):
        self.session = session
        self.library = library
        self.microphone = microphone
        self.keep = keep
        self._factory = recorder_factory
        self._clock = clock
        self.answer: Recorder | None = None
        self._answer_meta: Recording | None = None
        self.panel: Recorder | None = None
        self._panel_meta: Recording | None = None
        self._marks: list[Mark] = []
        self._mark_start = 0.0
        self._mark_item: tuple[int, str] | None = None

    # -- answers ----------------------------------------------------------------------------
    @property
    def recording_answer(self) -> bool:
        return self.answer is not None

    @property
    def level(self) -> float:
        live = self.answer or self.panel
        return live.level if live else 0.0

    @property
    def answer_seconds(self) -> float:
        return self.answer.seconds if self.answer else 0.0

    def start_answer(self) -> None:
        """Start recording the answer to the question on screen (replacing an earlier one)."""
        if self.answer is not None:
            return
        item = self.session.item
        attempt_id = item.attempt_id
        assert attempt_id is not None and self.session.session_id is not None
        self.library.delete_attempt(attempt_id)
        path = self.library.answer_path(attempt_id)
        recorder = self._factory(path, self.microphone)
        meta = Recording(
            ANSWER,
            path,
            self.session.session_id,
            self.session.person_id,
            self._clock(),
            attempt_id=attempt_id,
            question_id=item.question.id,
        )
        recorder.start()  # raises RecordingError with a sentence for the user
        self.library.save(meta)
        self.answer, self._answer_meta = recorder, meta

    def stop_answer(self) -> Recording | None:
        """Stop the answer recording, if one runs; returns it as saved."""
        recorder, meta = self.answer, self._answer_meta
        if recorder is None or meta is None:
            return None
        self.answer = self._answer_meta = None
        seconds = recorder.stop()
        done = Recording(**{**meta.__dict__, "seconds": seconds, "complete": True})
        self.library.save(done)
        if meta.question_id is not None:
            self.library.prune(meta.person_id, meta.question_id, self.keep)
        return done

    def toggle_answer(self) -> Recording | None:
        if self.answer is not None:
            return self.stop_answer()
        self.start_answer()
        return None

    # -- the whole panel session --------------------------------------------------------------
    @property
    def recording_panel(self) -> bool:
        return self.panel is not None

    def start_panel(self) -> None:
        if self.panel is not None:
            return
        session_id = self.session.session_id
        assert session_id is not None
        path = self.library.panel_path(session_id)
        existing = self.library.panel_for_session(session_id)
        if existing is not None:
            self.library.delete(existing)
        recorder = self._factory(path, self.microphone)
        recorder.start()
        self.panel = recorder
        self._marks = []
        self._panel_meta = Recording(PANEL, path, session_id, self.session.person_id, self._clock())
        self._begin_mark()
        self._mark_start = 0.0  # the question on screen is answered from the first second
        self.library.save(self._panel_meta)

    def _begin_mark(self) -> None:
        item = self.session.item
        self._mark_item = (item.attempt_id, item.question.id) if item.attempt_id is not None else None
        self._mark_start = self.panel.seconds if self.panel else 0.0

    def _close_mark(self) -> None:
        if self.panel is None or self._mark_item is None:
            return
        end = self.panel.seconds
        if end > self._mark_start:
            attempt_id, question_id = self._mark_item
            self._marks.append(Mark(attempt_id, question_id, round(self._mark_start, 2), round(end, 2)))

    def question_changed(self) -> None:
        """The session moved to another question: the panel recording marks a new stretch."""
        if self.panel is None or self._panel_meta is None:
            return
        self._close_mark()
        self._begin_mark()
        self._panel_meta = Recording(**{**self._panel_meta.__dict__, "marks": tuple(self._marks)})
        self.library.save(self._panel_meta)

    def stop_panel(self) -> Recording | None:
        recorder, meta = self.panel, self._panel_meta
        if recorder is None or meta is None:
            return None
        self._close_mark()
        self.panel = self._panel_meta = None
        seconds = recorder.stop()
        done = Recording(**{**meta.__dict__, "seconds": seconds, "complete": True, "marks": tuple(self._marks)})
        self.library.save(done)
        return done

    def stop_all(self) -> None:
        self.stop_answer()
        self.stop_panel()
