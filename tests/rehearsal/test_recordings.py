"""Recording answers during a rehearsal: which attempt a recording belongs to, the keep rule,
panel recordings with marked stretches, deleting, and crash recovery. Real files, miniaudio's null
device (silence in real time), and generated sound fed at the device boundary."""

from __future__ import annotations

import time

import pytest

from sealprep.core.audio.devices import BACKEND_ENV, audio_status
from sealprep.core.audio.library import ANSWER, PANEL, RecordingLibrary, recordings_folder
from sealprep.core.audio.player import Player, decode
from sealprep.core.audio.recorder import Recorder
from sealprep.core.audio.rehearsal_recorder import RehearsalRecorder
from sealprep.core.audio.wav_file import SAMPLE_RATE, duration
from sealprep.core.rehearsal.attempts import delete_attempt
from sealprep.core.rehearsal.session import RehearsalSession, SessionSettings


@pytest.fixture(autouse=True)
def null_audio(monkeypatch):
    monkeypatch.setenv(BACKEND_ENV, "null")


def _session(store, monotonic, wall, **settings):
    settings.setdefault("count", 3)
    return RehearsalSession.start(store, SessionSettings(**settings), now=monotonic, clock=wall)


class FedRecorder(Recorder):
    """A real recorder whose microphone is generated sound (100 ms of tone per start)."""

    def start(self, *, capture: bool = True) -> None:
        super().start(capture=False)
        from audio_tone import tone

        self.feed(tone(0.1))


@pytest.fixture
def library(bank_store):
    return RecordingLibrary(recordings_folder(bank_store.path))


def test_the_null_backend_reports_a_microphone():
    status = audio_status()
    assert status.available and status.microphones and status.reason == ""


def test_an_answer_recording_belongs_to_the_attempt_on_screen(bank_store, monotonic, wall, library):
    session = _session(bank_store, monotonic, wall)
    recorder = RehearsalRecorder(session, library, recorder_factory=FedRecorder, clock=wall)
    recorder.start_answer()
    assert recorder.recording_answer
    saved = recorder.stop_answer()
    assert saved is not None and saved.complete and saved.kind == ANSWER
    assert saved.attempt_id == session.item.attempt_id and saved.question_id == session.item.question.id
    assert saved.seconds == pytest.approx(0.1, abs=0.01)
    assert library.for_attempt(session.item.attempt_id) == saved
    assert duration(saved.path) == pytest.approx(0.1, abs=0.01)
    assert max(decode(saved.path)) > 4000  # the tone, not silence


def test_recording_from_the_null_microphone_lasts_as_long_as_it_ran(bank_store, monotonic, wall, library):
    session = _session(bank_store, monotonic, wall)
    recorder = RehearsalRecorder(session, library, clock=wall)
    recorder.start_answer()
    time.sleep(0.5)
    saved = recorder.stop_answer()
    assert 0.25 < saved.seconds < 2.0


def test_only_the_newest_recordings_of_a_question_are_kept(bank_store, monotonic, wall, library):
    question_ids = []
    for _ in range(4):
        session = _session(bank_store, monotonic, wall, count=1, order="bank")
        recorder = RehearsalRecorder(session, library, keep=3, recorder_factory=FedRecorder, clock=wall)
        recorder.start_answer()
        recorder.stop_answer()
        question_ids.append(session.item.question.id)
        session.end()
        wall.advance(minutes=5)
    assert len(set(question_ids)) == 1
    kept = library.for_question(None, question_ids[0])
    assert len(kept) == 3
    assert [r.recorded_at for r in kept] == sorted((r.recorded_at for r in kept), reverse=True)


def test_recording_the_same_attempt_again_replaces_it(bank_store, monotonic, wall, library):
    session = _session(bank_store, monotonic, wall)
    recorder = RehearsalRecorder(session, library, recorder_factory=FedRecorder, clock=wall)
    recorder.start_answer()
    recorder.stop_answer()
    recorder.start_answer()
    recorder.stop_answer()
    assert len([r for r in library.all() if r.attempt_id == session.item.attempt_id]) == 1


def test_a_panel_recording_marks_each_questions_stretch(bank_store, monotonic, wall, library):
    session = _session(bank_store, monotonic, wall)
    recorder = RehearsalRecorder(session, library, recorder_factory=FedRecorder, clock=wall)
    recorder.start_panel()
    first = session.item.attempt_id
    recorder.panel.feed(b"\0\0" * SAMPLE_RATE)  # one second on the first question
    session.next()
    recorder.question_changed()
    second = session.item.attempt_id
    recorder.panel.feed(b"\0\0" * (SAMPLE_RATE // 2))
    saved = recorder.stop_panel()
    assert saved.kind == PANEL and saved.complete
    assert [m.attempt_id for m in saved.marks] == [first, second]
    assert saved.marks[0].start == 0 and saved.marks[0].end == pytest.approx(1.1, abs=0.05)
    assert saved.marks[1].end == pytest.approx(1.6, abs=0.05)
    found = library.sounds_by_attempt().get(second)
    assert found is not None and found[1] == saved.marks[1]


def test_deleting_an_attempt_deletes_its_recording(bank_store, monotonic, wall, library):
    session = _session(bank_store, monotonic, wall)
    recorder = RehearsalRecorder(session, library, recorder_factory=FedRecorder, clock=wall)
    recorder.start_answer()
    saved = recorder.stop_answer()
    attempt_id = session.item.attempt_id
    session.end()
    delete_attempt(bank_store, library, attempt_id)
    assert bank_store.rehearsal.attempt(attempt_id) is None
    assert not saved.path.exists() and library.for_attempt(attempt_id) is None


def test_a_recording_cut_off_by_a_crash_is_recovered(bank_store, monotonic, wall, library):
    session = _session(bank_store, monotonic, wall)
    recorder = RehearsalRecorder(session, library, recorder_factory=FedRecorder, clock=wall)
    recorder.start_answer()
    recorder.answer.feed(b"\1\0" * (2 * SAMPLE_RATE))
    time.sleep(0.3)  # the writer thread syncs the header every second of sound
    recorder.answer._writer.sync()
    # the process "dies" here: nothing closes the recording
    [fixed] = library.recover()
    assert fixed.complete and fixed.seconds >= 2.0


def test_delete_all_and_disk_use(bank_store, monotonic, wall, library):
    session = _session(bank_store, monotonic, wall)
    recorder = RehearsalRecorder(session, library, recorder_factory=FedRecorder, clock=wall)
    recorder.start_answer()
    recorder.stop_answer()
    assert library.disk_use() > 0
    assert library.delete_all() == 1
    assert library.disk_use() == 0 and library.all() == []


def test_playback_runs_through_the_null_device_and_reports_the_end(tmp_path):
    from audio_tone import tone

    path = tmp_path / "p.wav"
    recorder = Recorder(path)
    recorder.start(capture=False)
    recorder.feed(tone(0.6))
    recorder.stop()
    ended = []
    player = Player(path, on_finished=lambda: ended.append(True))
    assert player.length == pytest.approx(0.6, abs=0.01)
    player.set_speed(1.5)
    player.play()
    deadline = time.monotonic() + 5
    while not ended and time.monotonic() < deadline:
        time.sleep(0.05)
    player.close()
    assert ended and player.finished
