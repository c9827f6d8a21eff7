"""Recorded answers in progress packs: left out unless the person ticks the box, then they reach
the secretariat beside its own attempts; a damaged or unlisted recording refuses the pack whole."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from pack_helpers import members_of, person_named, snapshot, write_raw_pack

from sealprep.core.audio.devices import BACKEND_ENV
from sealprep.core.audio.library import RecordingLibrary, recordings_folder
from sealprep.core.audio.recorder import Recorder
from sealprep.core.audio.rehearsal_recorder import RehearsalRecorder
from sealprep.core.packs import export_preparation, export_progress, import_packs
from sealprep.core.rehearsal.session import RehearsalSession, SessionSettings


@pytest.fixture(autouse=True)
def null_audio(monkeypatch):
    monkeypatch.setenv(BACKEND_ENV, "null")


class FedRecorder(Recorder):
    def start(self, *, capture: bool = True) -> None:
        super().start(capture=False)
        self.feed(b"\x10\x20" * 8000)  # half a second of sound at the device boundary


def _laptop_with_recordings(secretariat, laptop_factory, tmp_path):
    malee = person_named(secretariat, "มาลี")
    laptop = laptop_factory("laptop")
    assert import_packs(laptop, [export_preparation(secretariat, tmp_path / "p.sealpack", malee.id).path]).results[0].ok
    me = laptop.packs.me_person_id()
    mine = laptop.assignments.question_ids_for(me)
    settings = SessionSettings(person_id=me, scope="assigned", order="bank", count=2)
    clock = lambda: datetime(2026, 2, 1, 9, 0, tzinfo=UTC)  # noqa: E731
    session = RehearsalSession.start(laptop, settings, lambda _p: list(mine), now=lambda: 0.0, clock=clock)
    library = RecordingLibrary(recordings_folder(laptop.path))
    recorder = RehearsalRecorder(session, library, recorder_factory=FedRecorder, clock=clock)
    recorder.start_panel()
    recorder.start_answer()
    recorder.stop_answer()
    session.rate(3)
    session.next()
    recorder.question_changed()
    recorder.panel.feed(b"\0\0" * 4000)
    recorder.stop_panel()
    session.end()
    return malee, laptop, me, library


def test_recordings_stay_on_the_laptop_unless_ticked(secretariat, laptop_factory, tmp_path):
    malee, laptop, me, library = _laptop_with_recordings(secretariat, laptop_factory, tmp_path)
    plain = export_progress(laptop, tmp_path / "plain.sealpack", me)
    manifest, members = members_of(plain.path)
    assert not any(name.startswith("recordings/") for name in members)
    assert manifest["with_recordings"] is False and plain.recordings == 0

    ticked = export_progress(laptop, tmp_path / "ticked.sealpack", me, with_recordings=True)
    manifest, members = members_of(ticked.path)
    assert sorted(name.split("/")[1].startswith("panel-") for name in members if name.startswith("recordings/")) == [
        False,
        True,
    ]
    assert ticked.recordings == 2

    [result] = import_packs(secretariat, [ticked.path]).results
    assert result.ok and result.recordings == 2
    at_secretariat = RecordingLibrary(recordings_folder(secretariat.path))
    [attempt] = [a for a in secretariat.rehearsal.person_attempts(malee.id) if a.rating == 3]
    answer = at_secretariat.for_attempt(attempt.id)
    assert answer is not None and answer.person_id == malee.id and answer.question_id == attempt.question_id
    [laptop_answer] = [r for r in library.all() if r.kind == "answer"]
    assert answer.path.read_bytes() == laptop_answer.path.read_bytes() and answer.seconds == laptop_answer.seconds
    [panel] = [r for r in at_secretariat.all() if r.kind == "panel"]
    assert {m.attempt_id for m in panel.marks} <= {a.id for a in secretariat.rehearsal.person_attempts(malee.id)}
    assert len(panel.marks) == 2


def _tampered(tmp_path, source, change):
    manifest, members = members_of(source)
    change(members)
    return write_raw_pack(tmp_path / "bad.sealpack", manifest, members)


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(
            lambda m: m.update({k: b"RIFF....WAVEjunk" for k in m if k.startswith("recordings/")}), id="not-a-wav"
        ),
        pytest.param(lambda m: m.update({"recordings/" + "0" * 32 + ".wav": b"RIFF"}), id="unlisted-recording"),
        pytest.param(
            lambda m: m.update(
                {"progress.json": json.dumps({**json.loads(m["progress.json"]), "recordings": {"x": 1}}).encode()}
            ),
            id="bad-index",
        ),
    ],
)
def test_a_bad_recording_refuses_the_pack_and_changes_nothing(secretariat, laptop_factory, tmp_path, change):
    _, laptop, me, _ = _laptop_with_recordings(secretariat, laptop_factory, tmp_path)
    ticked = export_progress(laptop, tmp_path / "ticked.sealpack", me, with_recordings=True)
    bad = _tampered(tmp_path, ticked.path, change)
    before = snapshot(secretariat)
    [result] = import_packs(secretariat, [bad]).results
    assert not result.ok and "recording" in result.refused
    assert snapshot(secretariat) == before
    assert RecordingLibrary(recordings_folder(secretariat.path)).all() == []
