"""Widgets for recorded answers: the level meter shown while recording, and the player used in
History to hear an answer back (play, pause, seek, 1x/1.25x/1.5x) one clip after another."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QProgressBar, QPushButton, QSlider, QWidget

from sealprep.core.audio.player import SPEEDS, Player
from sealprep.ui.rehearsal.labels import minutes_seconds

RECORDING_COLOUR = "#c62828"
POLL_MS = 100


def level_meter() -> QProgressBar:
    """A thin bar that shows the microphone hears you."""
    bar = QProgressBar()
    bar.setRange(0, 100)
    bar.setTextVisible(False)
    bar.setFixedSize(110, 12)
    bar.setStyleSheet(f"QProgressBar::chunk {{ background: {RECORDING_COLOUR}; }}")
    bar.hide()
    return bar


@dataclass(frozen=True)
class Clip:
    """Something to play: a whole recording, or one question's stretch of a panel recording."""

    path: Path
    title: str
    start: float = 0.0
    end: float | None = None


class RecordingPlayer(QWidget):
    """Plays a list of clips one after the other (two attempts: hear the progress)."""

    clip_started = Signal(int)  # index of the clip now playing
    _finished_from_audio = Signal()  # emitted on the audio thread, handled on the GUI thread

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._clips: list[Clip] = []
        self._index = 0
        self._player: Player | None = None
        self._limit: float | None = None
        self._seeking = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.play_button = QPushButton()
        self.play_button.setMinimumWidth(90)
        self.play_button.clicked.connect(self.toggle)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 0)
        self.slider.sliderPressed.connect(self._seek_started)
        self.slider.sliderReleased.connect(self._seek_done)
        self.slider.actionTriggered.connect(self._slider_action)
        self.time_label = QLabel()
        self.title_label = QLabel()
        self.title_label.setStyleSheet("color: #4b5563;")
        self.speed = QComboBox()
        for speed in SPEEDS:
            self.speed.addItem(f"{speed:g}×", speed)
        self.speed.currentIndexChanged.connect(self._speed_changed)
        layout.addWidget(self.play_button)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.time_label)
        layout.addWidget(self.speed)
        self._timer = QTimer(self, interval=POLL_MS)
        self._timer.timeout.connect(self._poll)
        self._finished_from_audio.connect(self._clip_finished, Qt.ConnectionType.QueuedConnection)
        self.retranslate()

    def retranslate(self) -> None:
        self._show_button()
        self.speed.setToolTip(self.tr("Playback speed (the voice keeps its pitch)"))

    # -- what to play -------------------------------------------------------------------------
    def set_clips(self, clips: list[Clip], limit: float | None = None) -> None:
        """Load clips (stops what was playing); ``limit`` is the time limit shown beside the length."""
        self.stop()
        self._clips = list(clips)
        self._limit = limit
        self._index = 0
        self._load(0)

    def _load(self, index: int) -> None:
        if self._player is not None:
            self._player.close()
            self._player = None
        self._index = index
        if not self._clips:
            self.slider.setRange(0, 0)
            self._show_time()
            self._show_button()
            return
        clip = self._clips[index]
        self._player = Player(clip.path, self._finished_from_audio.emit, start=clip.start, end=clip.end)
        self._player.set_speed(float(self.speed.currentData()))
        self.slider.setRange(0, int(self._player.length * 1000))
        self.slider.setValue(0)
        self._show_time()
        self._show_button()

    @property
    def player(self) -> Player | None:
        return self._player

    @property
    def playing(self) -> bool:
        return self._player is not None and self._player.playing

    # -- controls -------------------------------------------------------------------------------
    def toggle(self) -> None:
        if self._player is None:
            return
        if self._player.playing:
            self._player.pause()
            self._timer.stop()
        else:
            self._player.play()
            self._timer.start()
            self.clip_started.emit(self._index)
        self._show_button()

    def stop(self) -> None:
        self._timer.stop()
        if self._player is not None:
            self._player.close()
            self._player = None

    def seek(self, seconds: float) -> None:
        if self._player is not None:
            self._player.seek(seconds)
            self.slider.setValue(int(seconds * 1000))
            self._show_time()

    def _seek_started(self) -> None:
        self._seeking = True

    def _seek_done(self) -> None:
        self._seeking = False
        self.seek(self.slider.value() / 1000)

    def _slider_action(self, _action: int) -> None:
        if not self._seeking:  # a click on the groove or a key: jump there
            QTimer.singleShot(0, lambda: self.seek(self.slider.value() / 1000))

    def _speed_changed(self) -> None:
        if self._player is not None:
            self._player.set_speed(float(self.speed.currentData()))

    # -- progress -------------------------------------------------------------------------------
    def _poll(self) -> None:
        if self._player is not None and not self._seeking:
            self.slider.setValue(int(self._player.position * 1000))
        self._show_time()

    def _clip_finished(self) -> None:
        if self._index + 1 < len(self._clips):
            self._load(self._index + 1)
            self.toggle()
            return
        self._timer.stop()
        self._poll()
        self._show_button()

    def _show_time(self) -> None:
        if self._player is None:
            self.time_label.setText("")
            self.title_label.setText("")
            return
        text = f"{minutes_seconds(self._player.position)} / {minutes_seconds(self._player.length)}"
        if self._limit is not None:
            text += "  " + self.tr("(limit %1)").replace("%1", minutes_seconds(self._limit))
        self.time_label.setText(text)
        self.title_label.setText(self._clips[self._index].title if self._clips else "")

    def _show_button(self) -> None:
        playing = self.playing
        self.play_button.setText(self.tr("❚❚ Pause") if playing else self.tr("▶ Play"))
        self.play_button.setEnabled(self._player is not None)

    def hideEvent(self, event) -> None:
        if self._player is not None and self._player.playing:
            self.toggle()
        super().hideEvent(event)
