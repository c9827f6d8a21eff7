"""Record from a microphone into a recording file, off the GUI thread.

miniaudio calls us on its own audio thread with each captured buffer; we only queue the bytes
there. A writer thread encodes and appends them (``wav_file.AdpcmWavWriter``), so neither the
audio thread nor the GUI thread ever waits for the disk.
"""

from __future__ import annotations

import math
import queue
import threading
import warnings
from pathlib import Path

from sealprep.core.audio.devices import backends, capture_device_id, close_device, track
from sealprep.core.audio.wav_file import SAMPLE_RATE, AdpcmWavWriter

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    import audioop

_STOP = object()


class RecordingError(RuntimeError):
    """The microphone could not be opened; the message is one sentence for the user."""


class Recorder:
    """One recording: ``start()``, then ``stop()`` returns its length in seconds."""

    def __init__(self, path: Path, microphone: str = ""):
        self.path = Path(path)
        self.microphone = microphone
        self._queue: queue.SimpleQueue[object] = queue.SimpleQueue()
        self._writer: AdpcmWavWriter | None = None
        self._thread: threading.Thread | None = None
        self._device = None
        self._level = 0.0
        self._error: BaseException | None = None
        self._captured = 0  # bytes handed to the writer

    @property
    def level(self) -> float:
        """Loudness of the latest buffer, 0-1 (a level meter shows it)."""
        return self._level

    @property
    def seconds(self) -> float:
        """Seconds captured so far (counted as sound arrives, before the writer has it)."""
        return self._captured / 2 / SAMPLE_RATE

    @property
    def recording(self) -> bool:
        return self._device is not None

    def start(self, *, capture: bool = True) -> None:
        """Open the file and the microphone. ``capture=False`` opens only the file, for sound that
        arrives through ``feed`` (generated audio at the device boundary, in tests)."""
        import miniaudio

        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._writer = AdpcmWavWriter(self.path)
        self._thread = threading.Thread(target=self._write_loop, name="sealprep-recorder", daemon=True)
        self._thread.start()
        if not capture:
            return
        device = None
        try:
            device = miniaudio.CaptureDevice(
                input_format=miniaudio.SampleFormat.SIGNED16,
                nchannels=1,
                sample_rate=SAMPLE_RATE,
                device_id=capture_device_id(self.microphone),
                backends=backends(),
            )
            track(device)
            sink = self._sink()
            next(sink)
            device.start(sink)
        except Exception as exc:
            if device is not None:
                close_device(device)
            self._queue.put(_STOP)
            self._thread.join()
            self.path.unlink(missing_ok=True)
            raise RecordingError(f"the microphone could not be opened ({exc})") from exc
        self._device = device

    def _sink(self):
        while True:
            data = yield
            if data:
                self._take(bytes(data))

    def feed(self, pcm16: bytes) -> None:
        """Add samples as if the microphone had captured them (the device boundary, for tests)."""
        self._take(bytes(pcm16))

    def _take(self, chunk: bytes) -> None:
        self._level = min(1.0, math.sqrt(audioop.rms(chunk, 2) / 32768.0 * 4))
        self._captured += len(chunk)
        self._queue.put(chunk)

    def _write_loop(self) -> None:
        assert self._writer is not None
        while True:
            item = self._queue.get()
            if item is _STOP:
                break
            try:
                self._writer.write(item)  # type: ignore[arg-type]
            except OSError as exc:  # a full disk: keep what is written, report at stop()
                self._error = exc
                break
        self._writer.close()

    def stop(self) -> float:
        """Stop recording and close the file; returns the seconds recorded."""
        device, self._device = self._device, None
        if device is not None:
            close_device(device)
        if self._thread is not None:
            self._queue.put(_STOP)
            self._thread.join()
            self._thread = None
        self._level = 0.0
        if self._error is not None:
            raise RecordingError(f"the recording could not be written ({self._error})")
        return self._writer.seconds if self._writer else 0.0
