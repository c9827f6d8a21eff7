"""One running rehearsal shared by every window that shows it (the rehearser's screen and, in
panel mode, the assessor's window): a thin Qt wrapper around ``core.RehearsalSession``.

It owns the two timers of the session: the clock tick that the views poll the countdowns on,
and the notes saver. Notes are written ``NOTES_DEBOUNCE_MS`` after the last keystroke, and
never later than ``NOTES_MAX_WAIT_MS`` after the first unsaved one, so that even someone typing
without a pause loses at most about a second of text if the process dies. They are also written
when an editor loses focus, on every move to another question, at the end, and when the
application quits.

"Written" means handed to a ``core.rehearsal.notes_saving.NotesSaver``: the text is journalled
beside the store at once (a few milliseconds, never waiting for the store) and a worker thread
puts it into the store. When another process holds the store's write lock the interface never
waits: ``notes_delayed`` tells the screen, which says the text is safe on this laptop, and
``notes_saved`` follows once the store has it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from sealprep.core.audio.recorder import RecordingError
from sealprep.core.audio.rehearsal_recorder import RehearsalRecorder
from sealprep.core.rehearsal.countdown import Phase
from sealprep.core.rehearsal.notes_saving import NotesSaver
from sealprep.core.rehearsal.session import RehearsalSession


class RehearsalController(QObject):
    changed = Signal()  # the question, reveal, rating, key points or pause changed
    ticked = Signal()  # the clocks moved
    phase_changed = Signal(object)  # the countdown's Phase (normal -> warning -> overtime)
    notes_changed = Signal(object)  # the editor the notes were typed in (others refresh)
    notes_saved = Signal()  # everything typed is in the store
    notes_delayed = Signal()  # the store is busy: the text waits in the journal, saving goes on
    _saver_state = Signal(str)  # from the saver's thread, delivered on the GUI thread
    finished = Signal(int)  # the session id, once it has ended
    recording_changed = Signal()  # an answer or panel recording started or stopped
    recording_failed = Signal(str)  # one sentence: why the microphone could not record

    TICK_MS = 200
    NOTES_DEBOUNCE_MS = 700
    NOTES_MAX_WAIT_MS = 1000
    END_WAIT_SECONDS = 0.5
    """At the end of a session, how long the summary waits for the last notes to reach the store."""

    def __init__(
        self,
        session: RehearsalSession,
        parent: QObject | None = None,
        *,
        recorder: RehearsalRecorder | None = None,
        recording_unavailable: str = "",
    ):
        super().__init__(parent)
        self.session = session
        self.recorder = recorder
        self.recording_unavailable = recording_unavailable
        """Why recording cannot work here ("" when it can, or when recordings are switched off)."""
        self._phase = session.countdown.phase
        self._ticker = QTimer(self)
        self._ticker.setInterval(self.TICK_MS)
        self._ticker.timeout.connect(self.tick)
        self._debounce = QTimer(self, singleShot=True, interval=self.NOTES_DEBOUNCE_MS)
        self._max_wait = QTimer(self, singleShot=True, interval=self.NOTES_MAX_WAIT_MS)
        self._debounce.timeout.connect(self.flush_notes)
        self._max_wait.timeout.connect(self.flush_notes)
        self._saver: NotesSaver | None = None
        if str(session.store.path) != ":memory:":
            self._saver_state.connect(self._on_saver_state)
            self._saver = NotesSaver(session.store.path, on_state=self._saver_state.emit)
            session.write_notes = self._saver.submit_notes
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._on_quit)
        self._ticker.start()

    # -- clocks -----------------------------------------------------------------------------
    def tick(self) -> None:
        """Called by the timer (and by tests with a fake clock): views re-read the clocks."""
        if self.session.finished:
            return
        phase = self.session.countdown.phase
        if phase is not self._phase:
            self._phase = phase
            self.phase_changed.emit(phase)
        self.ticked.emit()

    # -- notes ------------------------------------------------------------------------------
    def set_notes(self, text: str, source: object = None) -> None:
        if self.session.finished or text == self.session.item.notes:
            return
        self.session.set_notes(text)
        self._debounce.start()  # restarts: counts from the last keystroke
        if not self._max_wait.isActive():
            self._max_wait.start()  # does not restart: counts from the first unsaved keystroke
        self.notes_changed.emit(source)

    def flush_notes(self) -> bool:
        """Write unsaved notes now; True if anything was written."""
        self._debounce.stop()
        self._max_wait.stop()
        if self.session.save_notes():
            if self._saver is None:  # written to the store directly
                self.notes_saved.emit()
            return True
        return False

    @property
    def notes_pending(self) -> bool:
        return self.session.item.notes_dirty

    @property
    def notes_delayed_now(self) -> bool:
        """The store was busy at the last try and some notes are only in the journal."""
        return self._saver is not None and self._saver.delayed and self._saver.pending

    def wait_for_notes(self, timeout: float) -> bool:
        """Wait at most ``timeout`` seconds for the notes to reach the store; True once they have."""
        return self._saver is None or self._saver.wait(timeout)

    def _on_saver_state(self, state: str) -> None:
        (self.notes_saved if state == "saved" else self.notes_delayed).emit()

    def _close_saver(self, timeout: float) -> None:
        """Stop the saver after waiting at most ``timeout``; anything still unsaved stays in the
        journal, which the next start (or the next session's saver) writes into the store."""
        if self._saver is not None:
            self._saver.close(timeout)
            self._saver = None

    def _on_quit(self) -> None:
        if self.recorder is not None:
            self.recorder.stop_all()
        if not self.session.finished:
            self._debounce.stop()
            self._max_wait.stop()
            self.session.save_progress()
        self._close_saver(2.0)

    # -- recording ------------------------------------------------------------------------------
    @property
    def can_record(self) -> bool:
        return self.recorder is not None and not self.recording_unavailable and not self.session.finished

    @property
    def recording_answer(self) -> bool:
        return self.recorder is not None and self.recorder.recording_answer

    @property
    def recording_panel(self) -> bool:
        return self.recorder is not None and self.recorder.recording_panel

    def toggle_recording(self) -> None:
        """Start or stop recording the answer to the question on screen."""
        if not self.can_record or self.session.paused:
            return
        assert self.recorder is not None
        try:
            self.recorder.toggle_answer()
        except RecordingError as exc:
            self.recording_failed.emit(str(exc))
        self.recording_changed.emit()

    def toggle_panel_recording(self) -> None:
        """Start or stop recording the whole session (panel mode)."""
        if not self.can_record:
            return
        assert self.recorder is not None
        try:
            if self.recorder.recording_panel:
                self.recorder.stop_panel()
            else:
                self.recorder.start_panel()
        except RecordingError as exc:
            self.recording_failed.emit(str(exc))
        self.recording_changed.emit()

    def _stop_answer(self) -> None:
        """Moving on, revealing, pausing and ending stop the answer's recording."""
        if self.recorder is not None and self.recorder.recording_answer:
            self.recorder.stop_answer()
            self.recording_changed.emit()

    # -- actions (each view calls these; every view then refreshes on ``changed``) ----------
    def _after_move(self) -> None:
        if self.recorder is not None:
            if self.session.finished:
                if self.recorder.recording_panel:
                    self.recorder.stop_panel()
                    self.recording_changed.emit()
            else:
                self.recorder.question_changed()
        self._debounce.stop()
        self._max_wait.stop()  # moving saved the notes
        self._phase = None if self.session.finished else self.session.countdown.phase  # type: ignore[assignment]
        self.changed.emit()
        if self.session.finished:
            self._ticker.stop()
            self._close_saver(self.END_WAIT_SECONDS)  # the summary reads the notes back
            self.finished.emit(self.session.session_id)
        else:
            self.tick()

    def reveal(self) -> None:
        self._stop_answer()
        if not self.session.finished and not self.session.item.revealed:
            self.session.reveal()
            self.changed.emit()

    def rate(self, rating: int) -> None:
        self._stop_answer()
        if not self.session.finished:
            self.session.rate(rating)
            self.changed.emit()

    def set_key_point(self, position: int, covered: bool) -> None:
        if not self.session.finished and (position in self.session.item.covered) != covered:
            self.session.set_key_point(position, covered)
            self.changed.emit()

    def next(self) -> None:
        self._stop_answer()
        if not self.session.finished:
            self.session.next()
            self._after_move()

    def previous(self) -> None:
        if not self.session.finished and not self.session.is_first:
            self._stop_answer()
            self.session.previous()
            self._after_move()

    def skip(self) -> None:
        self._stop_answer()
        if not self.session.finished:
            self.session.skip()
            self._after_move()

    def go_to(self, index: int) -> None:
        if not self.session.finished and index != self.session.index:
            self._stop_answer()
            self.session.go_to(index)
            self._after_move()

    def end(self) -> None:
        self._stop_answer()
        if not self.session.finished:
            self.session.end()
            self._after_move()

    def toggle_pause(self) -> None:
        self._stop_answer()
        if not self.session.finished:
            self.session.toggle_pause()
            self.changed.emit()
            self.tick()

    def phase(self) -> Phase:
        return self.session.countdown.phase
