"""Play a recording back: pause, seek, and 1x / 1.25x / 1.5x speed at the same pitch.

The file is decoded once into 16-bit samples. miniaudio pulls frames from a generator on its
audio thread; faster speeds are made by overlap-add: 20 ms segments are taken from the recording
at ``speed`` times the normal step and joined with a 4 ms cross-fade. That keeps the voice's pitch
(plain resampling would raise it) and costs a few thousand multiplications a second, which pure
Python affords.
"""

from __future__ import annotations

import threading
from array import array
from collections.abc import Callable
from pathlib import Path

from sealprep.core.audio.devices import backends, close_device, track
from sealprep.core.audio.wav_file import SAMPLE_RATE, duration

SPEEDS = (1.0, 1.25, 1.5)
HOP = SAMPLE_RATE // 50  # 20 ms
FADE = SAMPLE_RATE // 250  # 4 ms


def decode(path: Path) -> array:
    """The recording's samples (16-bit mono, 16 kHz)."""
    import miniaudio

    sound = miniaudio.decode_file(
        str(path), output_format=miniaudio.SampleFormat.SIGNED16, nchannels=1, sample_rate=SAMPLE_RATE
    )
    return array("h", sound.samples)


class Stretcher:
    """Overlap-add time compression of a sample array from a movable position."""

    def __init__(self, samples: array, length: int | None = None):
        self.samples = samples
        self.length = len(samples) if length is None else min(length, len(samples))
        self.position = 0.0
        self.speed = 1.0
        self._tail: array | None = None

    def seek(self, frame: int) -> None:
        self.position = float(max(0, min(frame, self.length)))
        self._tail = None

    @property
    def finished(self) -> bool:
        return self.position >= self.length

    def read(self, frames: int) -> array:
        """Up to ``frames`` output samples (fewer at the end)."""
        out = array("h")
        while len(out) < frames and not self.finished:
            start = int(self.position)
            segment = self.samples[start : min(start + HOP + FADE, self.length)]
            tail = self._tail
            if tail is not None:
                n = min(len(tail), len(segment))
                for i in range(n):  # linear cross-fade from the previous segment into this one
                    w = (i + 1) / (n + 1)
                    segment[i] = round(tail[i] * (1 - w) + segment[i] * w)
            out.extend(segment[:HOP])
            self._tail = segment[HOP:] if len(segment) > HOP else None
            self.position = min(float(self.length), self.position + HOP * self.speed)
        return out


class Player:
    """Plays one recording on the default output; every method is safe from the GUI thread."""

    def __init__(
        self,
        path: Path,
        on_finished: Callable[[], None] | None = None,
        *,
        start: float = 0.0,
        end: float | None = None,
    ):
        """Play ``path``, or only its stretch from ``start`` to ``end`` seconds (a panel
        recording's question)."""
        self.path = Path(path)
        samples = decode(self.path)
        try:
            length = int(round(duration(self.path) * SAMPLE_RATE))
        except ValueError:
            length = len(samples)
        if end is not None:
            length = min(length, int(end * SAMPLE_RATE))
        self._offset = max(0, min(int(start * SAMPLE_RATE), length))
        self._stretch = Stretcher(samples, length)
        self._stretch.seek(self._offset)
        self._lock = threading.Lock()
        self._paused = True
        self._device = None
        self._on_finished = on_finished
        self._done_reported = False

    # -- what the view shows ------------------------------------------------------------------
    @property
    def length(self) -> float:
        """Seconds of sound this player plays (the stretch, when it has one)."""
        return (self._stretch.length - self._offset) / SAMPLE_RATE

    @property
    def position(self) -> float:
        """Seconds from the start of what this player plays."""
        return (self._stretch.position - self._offset) / SAMPLE_RATE

    @property
    def playing(self) -> bool:
        return self._device is not None and not self._paused

    @property
    def finished(self) -> bool:
        return self._stretch.finished

    @property
    def speed(self) -> float:
        return self._stretch.speed

    # -- controls ---------------------------------------------------------------------------
    def set_speed(self, speed: float) -> None:
        if speed not in SPEEDS:
            raise ValueError(f"speed must be one of {SPEEDS}")
        with self._lock:
            self._stretch.speed = speed

    def seek(self, seconds: float) -> None:
        with self._lock:
            self._stretch.seek(self._offset + int(max(0.0, seconds) * SAMPLE_RATE))
            self._done_reported = False

    def play(self) -> None:
        import miniaudio

        with self._lock:
            if self._stretch.finished:
                self._stretch.seek(self._offset)
                self._done_reported = False
            self._paused = False
        if self._device is None:
            device = miniaudio.PlaybackDevice(
                output_format=miniaudio.SampleFormat.SIGNED16,
                nchannels=1,
                sample_rate=SAMPLE_RATE,
                backends=backends(),
            )
            track(device)
            source = self._frames()
            next(source)
            device.start(source)
            self._device = device

    def pause(self) -> None:
        with self._lock:
            self._paused = True

    def toggle(self) -> None:
        (self.pause if self.playing else self.play)()

    def close(self) -> None:
        device, self._device = self._device, None
        self._paused = True
        if device is not None:
            close_device(device)

    def _frames(self):
        required = yield b""
        while True:
            with self._lock:
                if self._paused or self._stretch.finished:
                    chunk = array("h", bytes(2 * required))
                    if self._stretch.finished and not self._done_reported:
                        self._done_reported = True
                        self._paused = True
                        if self._on_finished:
                            self._on_finished()
                else:
                    chunk = self._stretch.read(required)
                    if len(chunk) < required:
                        chunk.extend(array("h", bytes(2 * (required - len(chunk)))))
            required = yield chunk.tobytes()
