"""History's "hear it back" panel: the selected attempt's recording (its own, or its stretch of a
panel recording), key points to tick while listening (the same ticks that feed readiness), the
previous attempt then this one to hear the progress, and deleting the attempt with its recording."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from sealprep.core.audio.library import Mark, Recording, RecordingLibrary, recordings_folder
from sealprep.core.operations.rehearsal import delete_attempt, set_key_points
from sealprep.core.store import AttemptRecord
from sealprep.ui.app_context import AppContext
from sealprep.ui.rehearsal.labels import minutes_seconds, when
from sealprep.ui.rehearsal.recording_widgets import Clip, RecordingPlayer

Sounds = dict[int, tuple[Recording, Mark | None]]


class ListeningPanel(QWidget):
    attempt_deleted = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.library = RecordingLibrary(recordings_folder(self.store.path))
        self.attempt: AttemptRecord | None = None
        self._loaded_for: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.status = QLabel()
        self.status.setStyleSheet("color: #6b7280;")
        self.status.setWordWrap(True)
        self.player = RecordingPlayer()
        self.points_title = QLabel()
        self.points_box = QVBoxLayout()
        self._point_boxes: list[QCheckBox] = []
        buttons = QHBoxLayout()
        self.compare_button = QPushButton()
        self.compare_button.clicked.connect(self.play_previous_then_this)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.ask_delete)
        buttons.addWidget(self.compare_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addWidget(self.player)
        layout.addWidget(self.points_title)
        layout.addLayout(self.points_box)
        layout.addLayout(buttons)
        self.retranslate()
        self.show_attempt(None)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Hear it back"))
        self.points_title.setText(self.tr("Tick the key points you hear:"))
        self.compare_button.setText(self.tr("Play the previous attempt, then this one"))
        self.delete_button.setText(self.tr("Delete this attempt…"))
        self.player.retranslate()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- what is shown --------------------------------------------------------------------------
    def clip_for(self, attempt: AttemptRecord, sounds: Sounds | None = None) -> Clip | None:
        """The attempt's own recording, else its stretch of a panel recording (``sounds``: the
        library read once, when several attempts are looked up)."""
        found = (self.library.sounds_by_attempt() if sounds is None else sounds).get(attempt.id)
        if found is None:
            return None
        recording, mark = found
        title = when(attempt.started_at, self.store.preferences.load().digits)
        if mark is None:
            return Clip(recording.path, title)
        return Clip(recording.path, title, mark.start, mark.end)

    def previous_attempt(self, attempt: AttemptRecord, sounds: Sounds | None = None) -> AttemptRecord | None:
        """The latest earlier attempt of the same question by the same person that has a recording."""
        sounds = self.library.sounds_by_attempt() if sounds is None else sounds
        earlier = [
            a
            for a in self.store.rehearsal.person_attempts(attempt.person_id)
            if a.question_id == attempt.question_id and (a.started_at, a.id) < (attempt.started_at, attempt.id)
        ]
        return next((a for a in earlier if a.id in sounds), None)

    def show_attempt(self, attempt: AttemptRecord | None) -> None:
        self.attempt = attempt
        self.setVisible(attempt is not None)
        if attempt is None:
            self.player.set_clips([])
            self._loaded_for = None
            return
        sounds = self.library.sounds_by_attempt()
        clip = self.clip_for(attempt, sounds)
        if self._loaded_for != attempt.id or (clip is None) != (self.player.player is None):
            self.player.set_clips([clip] if clip else [], attempt.time_limit)
            self._loaded_for = attempt.id
        self.player.setVisible(clip is not None)
        if clip is None:
            self.status.setText(
                self.tr("No recording for this attempt. Press R while rehearsing to record your answer.")
            )
        else:
            seconds = self.player.player.length if self.player.player else 0.0
            self.status.setText(
                self.tr("Recorded answer: %1 (time limit %2).")
                .replace("%1", minutes_seconds(seconds))
                .replace("%2", minutes_seconds(attempt.time_limit))
            )
        self.status.setVisible(True)
        self.compare_button.setVisible(clip is not None and self.previous_attempt(attempt, sounds) is not None)
        self._show_points(attempt)

    def _show_points(self, attempt: AttemptRecord) -> None:
        for box in self._point_boxes:
            self.points_box.removeWidget(box)
            box.deleteLater()
        self._point_boxes = []
        question = self.store.bank.question(attempt.question_id)
        texts = question.key_points if question and len(question.key_points) == attempt.key_points_total else []
        self.points_title.setVisible(bool(texts))
        for position, text in enumerate(texts):
            box = QCheckBox(text)
            box.setChecked(position in attempt.key_points_covered)
            box.toggled.connect(lambda on, p=position: self.tick(p, on))
            self.points_box.addWidget(box)
            self._point_boxes.append(box)

    # -- actions --------------------------------------------------------------------------------
    def tick(self, position: int, covered: bool) -> None:
        """Tick or untick a key point of the attempt while listening (readiness counts it)."""
        if self.attempt is None:
            return
        points = set(self.attempt.key_points_covered)
        (points.add if covered else points.discard)(position)
        self.context.run(set_key_points, self.attempt.id, points)
        self.attempt = self.store.rehearsal.attempt(self.attempt.id)

    def play_previous_then_this(self) -> None:
        if self.attempt is None:
            return
        sounds = self.library.sounds_by_attempt()
        previous = self.previous_attempt(self.attempt, sounds)
        clips = []
        for attempt in (previous, self.attempt):
            clip = self.clip_for(attempt, sounds) if attempt is not None else None
            if clip is not None:
                clips.append(clip)
        self.player.set_clips(clips, self.attempt.time_limit)
        self._loaded_for = None  # the next selection reloads this attempt alone
        self.player.toggle()

    def ask_delete(self) -> None:
        if self.attempt is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete attempt"),
            self.tr("Delete this attempt, its notes and its recording? This cannot be undone."),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_current()

    def delete_current(self) -> None:
        if self.attempt is None:
            return
        attempt_id = self.attempt.id
        self.player.set_clips([])
        self.context.run(delete_attempt, self.library, attempt_id)
        self.attempt = None
        self._loaded_for = None
        self.attempt_deleted.emit(attempt_id)
