"""Where recordings live and the rules they obey: which attempt each belongs to, how many are
kept per question, disk use, and deleting.

Recordings stay on the laptop, in a folder beside the store (``<store>.recordings/``): one file
per answer (``attempt-<id>.wav``) or per panel session (``panel-<session id>.wav``), each with a
small JSON sidecar that says what it belongs to. A sidecar is written when recording starts and
completed when it stops, so ``recover`` finds and repairs a recording that a crash cut off.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from sealprep.core.audio.wav_file import WavFormatError, repair

ANSWER = "answer"
PANEL = "panel"


@dataclass(frozen=True)
class Mark:
    """One question's stretch inside a panel recording (seconds from its start)."""

    attempt_id: int
    question_id: str
    start: float
    end: float


@dataclass(frozen=True)
class Recording:
    kind: str  # ANSWER or PANEL
    path: Path
    session_id: int
    person_id: int | None
    recorded_at: datetime
    seconds: float = 0.0
    attempt_id: int | None = None
    question_id: str | None = None
    complete: bool = False
    marks: tuple[Mark, ...] = field(default=())

    def to_json(self) -> str:
        data = asdict(self)
        data["path"] = self.path.name
        data["recorded_at"] = self.recorded_at.astimezone(UTC).isoformat(timespec="seconds")
        return json.dumps(data, ensure_ascii=False, indent=1)

    @classmethod
    def from_json(cls, folder: Path, text: str) -> Recording:
        data = json.loads(text)
        name = Path(data["path"]).name  # never a path outside the folder
        return cls(
            kind=data["kind"],
            path=folder / name,
            session_id=int(data["session_id"]),
            person_id=data.get("person_id"),
            recorded_at=datetime.fromisoformat(data["recorded_at"]),
            seconds=float(data.get("seconds", 0.0)),
            attempt_id=data.get("attempt_id"),
            question_id=data.get("question_id"),
            complete=bool(data.get("complete", False)),
            marks=tuple(Mark(**m) for m in data.get("marks", ())),
        )


def recordings_folder(store_path: str | os.PathLike[str]) -> Path:
    path = Path(store_path)
    return path.with_name(path.name + ".recordings")


class RecordingLibrary:
    def __init__(self, folder: Path):
        self.folder = Path(folder)

    # -- names ------------------------------------------------------------------------------
    def answer_path(self, attempt_id: int) -> Path:
        return self.folder / f"attempt-{int(attempt_id)}.wav"

    def panel_path(self, session_id: int) -> Path:
        return self.folder / f"panel-{int(session_id)}.wav"

    @staticmethod
    def _sidecar(path: Path) -> Path:
        return path.with_suffix(".json")

    # -- writing ----------------------------------------------------------------------------
    def save(self, recording: Recording) -> None:
        """Write (or rewrite) a recording's sidecar atomically."""
        self.folder.mkdir(parents=True, exist_ok=True)
        target = self._sidecar(recording.path)
        fd, temporary = tempfile.mkstemp(dir=self.folder, prefix=".", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as file:
            file.write(recording.to_json())
        os.replace(temporary, target)

    def write_recording(self, recording: Recording, data: bytes) -> None:
        """Store a finished recording that came from elsewhere (a progress pack): the sound file
        through a temporary file and a rename, then its sidecar."""
        self.folder.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=self.folder, prefix=".", suffix=".wav")
        try:
            with os.fdopen(fd, "wb") as file:
                file.write(data)
            os.replace(temporary, recording.path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        self.save(recording)

    def delete(self, recording: Recording) -> None:
        recording.path.unlink(missing_ok=True)
        self._sidecar(recording.path).unlink(missing_ok=True)

    def delete_attempt(self, attempt_id: int) -> bool:
        """Delete an attempt's own recording; True if there was one."""
        found = self.for_attempt(attempt_id)
        if found is None:
            return False
        self.delete(found)
        return True

    def delete_all(self) -> int:
        """Delete every recording; returns how many there were."""
        count = len(self.all())
        if self.folder.is_dir():
            shutil.rmtree(self.folder)
        return count

    def prune(self, person_id: int | None, question_id: str, keep: int) -> list[Recording]:
        """Keep the newest ``keep`` answer recordings of one person's question; delete the rest."""
        mine = self.for_question(person_id, question_id)
        gone = mine[max(0, keep) :]
        for recording in gone:
            self.delete(recording)
        return gone

    # -- reading ----------------------------------------------------------------------------
    def all(self) -> list[Recording]:
        """Every recording with a readable sidecar, newest first."""
        if not self.folder.is_dir():
            return []
        found = []
        for sidecar in self.folder.glob("*.json"):
            if sidecar.name.startswith("."):
                continue
            try:
                recording = Recording.from_json(self.folder, sidecar.read_text(encoding="utf-8"))
            except (OSError, ValueError, KeyError, TypeError):
                continue  # a damaged sidecar is not shown; its sound file stays for a person to see
            if recording.path.is_file():
                found.append(recording)
        return sorted(found, key=lambda r: r.recorded_at, reverse=True)

    def for_attempt(self, attempt_id: int) -> Recording | None:
        return next((r for r in self.all() if r.kind == ANSWER and r.attempt_id == attempt_id), None)

    def for_question(self, person_id: int | None, question_id: str) -> list[Recording]:
        """A person's answer recordings of one question, newest first."""
        return [r for r in self.all() if r.kind == ANSWER and r.question_id == question_id and r.person_id == person_id]

    def panel_for_session(self, session_id: int) -> Recording | None:
        return next((r for r in self.all() if r.kind == PANEL and r.session_id == session_id), None)

    def sounds_by_attempt(self) -> dict[int, tuple[Recording, Mark | None]]:
        """Every attempt that can be heard, from one read of the folder: its own recording (mark
        None), else its stretch of a panel recording."""
        found: dict[int, tuple[Recording, Mark | None]] = {}
        for recording in self.all():
            if recording.kind == ANSWER and recording.attempt_id is not None:
                found[recording.attempt_id] = (recording, None)
            elif recording.kind == PANEL:
                for mark in recording.marks:
                    found.setdefault(mark.attempt_id, (recording, mark))
        return found

    def disk_use(self) -> int:
        """Bytes the recordings take."""
        if not self.folder.is_dir():
            return 0
        return sum(p.stat().st_size for p in self.folder.iterdir() if p.is_file())

    def recover(self) -> list[Recording]:
        """Repair recordings a crash left unfinished; returns them as they now are."""
        repaired = []
        for recording in self.all():
            if recording.complete:
                continue
            try:
                seconds = repair(recording.path)
            except (OSError, WavFormatError):
                continue
            fixed = replace(recording, seconds=seconds, complete=True)
            self.save(fixed)
            repaired.append(fixed)
        return repaired
