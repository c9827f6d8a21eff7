"""Recordings in a progress pack: only when the person ticks "Include my recordings" (off by
default; recordings are personal), and checked like every other member when they come in.

Members: ``recordings/<attempt uuid>.wav`` for an answer's own recording, and
``recordings/panel-<rehearsal session uuid>.wav`` for a panel session's recording; the index in
``progress.json`` (``"recordings"``) says what each belongs to, by uuid, so the secretariat's
store finds its own attempts. Files are written after the import's transaction has committed;
a recording that cannot be written is reported and the rest of the import stands.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from sealprep.core.audio.library import ANSWER, PANEL, Mark, Recording, RecordingLibrary
from sealprep.core.audio.wav_file import check_recording_bytes
from sealprep.core.packs.container import Pack, PackRefused
from sealprep.core.store import Store

PREFIX = "recordings/"
_UUID = re.compile(r"[0-9a-f]{32}")


def recording_members(
    store: Store, library: RecordingLibrary, attempts: list[dict[str, Any]], sessions: list[dict[str, Any]]
) -> tuple[dict[str, bytes], dict[str, Any]]:
    """The pack members and the index for the recordings of these attempts and sessions."""
    members: dict[str, bytes] = {}
    index: dict[str, Any] = {"answers": {}, "panels": {}}
    attempt_ids = store.packs.local_ids("attempts")
    uuid_of_attempt = {local: uuid for uuid, local in attempt_ids.items()}
    session_ids = store.packs.local_ids("rehearsal_sessions")
    saved = library.all()  # one read of the folder, not one per attempt
    answers = {r.attempt_id: r for r in saved if r.kind == ANSWER}
    panels = {r.session_id: r for r in saved if r.kind == PANEL}
    for attempt in attempts:
        found = answers.get(attempt_ids.get(attempt["uuid"], -1))
        if found is not None and found.complete:
            members[f"{PREFIX}{attempt['uuid']}.wav"] = found.path.read_bytes()
            index["answers"][attempt["uuid"]] = {"seconds": found.seconds, "recorded_at": found.recorded_at.isoformat()}
    for session in sessions:
        found = panels.get(session_ids.get(session["uuid"], -1))
        if found is None or not found.complete:
            continue
        marks = [
            {"attempt": uuid_of_attempt[m.attempt_id], "question_id": m.question_id, "start": m.start, "end": m.end}
            for m in found.marks
            if m.attempt_id in uuid_of_attempt
        ]
        members[f"{PREFIX}panel-{session['uuid']}.wav"] = found.path.read_bytes()
        index["panels"][session["uuid"]] = {
            "seconds": found.seconds,
            "recorded_at": found.recorded_at.isoformat(),
            "marks": marks,
        }
    return members, index


def checked_recordings(pack: Pack, index: object) -> list[tuple[str, str, dict[str, Any], bytes]]:
    """The pack's recordings as (kind, uuid, entry, bytes), each checked; PackRefused otherwise."""
    if index is None:
        if any(name.startswith(PREFIX) for name in pack.members):
            raise PackRefused("the pack holds recordings that its progress.json does not list")
        return []
    if not isinstance(index, dict) or set(index) - {"answers", "panels"}:
        raise PackRefused("the list of recordings in progress.json is not valid")
    found = []
    listed = set()
    for kind, group in ((ANSWER, index.get("answers", {})), (PANEL, index.get("panels", {}))):
        if not isinstance(group, dict):
            raise PackRefused("the list of recordings in progress.json is not valid")
        for uuid, entry in group.items():
            if not isinstance(uuid, str) or not _UUID.fullmatch(uuid) or not isinstance(entry, dict):
                raise PackRefused("the list of recordings in progress.json is not valid")
            name = f"{PREFIX}{'panel-' if kind == PANEL else ''}{uuid}.wav"
            data = pack.members.get(name)
            if data is None:
                raise PackRefused("its member '%1' is listed in the manifest but missing", name)
            problem = check_recording_bytes(data)
            if problem:
                raise PackRefused("its recording '%1' is not a sealprep recording (%2)", name, problem)
            _check_entry(entry, kind == PANEL)
            listed.add(name)
            found.append((kind, uuid, entry, data))
    stray = [name for name in pack.members if name.startswith(PREFIX) and name not in listed]
    if stray:
        raise PackRefused("the pack holds recordings that its progress.json does not list")
    return found


def _check_entry(entry: dict[str, Any], panel: bool) -> None:
    try:
        float(entry["seconds"])
        datetime.fromisoformat(str(entry["recorded_at"]))
        for mark in entry.get("marks", []) if panel else []:
            if not _UUID.fullmatch(str(mark["attempt"])):
                raise ValueError(mark)
            float(mark["start"]), float(mark["end"]), str(mark["question_id"])
    except (KeyError, TypeError, ValueError):
        raise PackRefused("the list of recordings in progress.json is not valid") from None


def install_recordings(
    store: Store, library: RecordingLibrary, recordings: list[tuple[str, str, dict[str, Any], bytes]]
) -> tuple[int, list[str]]:
    """Write checked recordings beside this store, for the attempts it now holds; returns how
    many were written and a sentence for each that could not be."""
    written, problems = 0, []
    attempt_ids = store.packs.local_ids("attempts")
    session_ids = store.packs.local_ids("rehearsal_sessions")
    for kind, uuid, entry, data in recordings:
        try:
            if kind == ANSWER:
                local = attempt_ids.get(uuid)
                attempt = store.rehearsal.attempt(local) if local is not None else None
                if attempt is None:
                    continue
                path = library.answer_path(attempt.id)
                recording = Recording(
                    ANSWER,
                    path,
                    attempt.session_id,
                    attempt.person_id,
                    datetime.fromisoformat(entry["recorded_at"]),
                    seconds=float(entry["seconds"]),
                    attempt_id=attempt.id,
                    question_id=attempt.question_id,
                    complete=True,
                )
            else:
                session_id = session_ids.get(uuid)
                session = store.rehearsal.session(session_id) if session_id is not None else None
                if session is None:
                    continue
                marks = tuple(
                    Mark(attempt_ids[m["attempt"]], str(m["question_id"]), float(m["start"]), float(m["end"]))
                    for m in entry.get("marks", [])
                    if m["attempt"] in attempt_ids
                )
                path = library.panel_path(session.id)
                recording = Recording(
                    PANEL,
                    path,
                    session.id,
                    session.person_id,
                    datetime.fromisoformat(entry["recorded_at"]),
                    seconds=float(entry["seconds"]),
                    complete=True,
                    marks=marks,
                )
            library.write_recording(replace(recording, path=Path(path)), data)
            written += 1
        except OSError as exc:
            problems.append(f"{library.folder}: a recording could not be written ({exc.strerror or exc})")
    return written, problems
