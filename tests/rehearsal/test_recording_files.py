"""Recording files: written as they are recorded, readable by miniaudio, repairable after a crash."""

import math
import os
import struct
import subprocess
import sys
import time
from array import array
from pathlib import Path

import pytest
from audio_tone import tone

import sealprep
from sealprep.core.audio.devices import BACKEND_ENV
from sealprep.core.audio.player import Stretcher, decode
from sealprep.core.audio.recorder import Recorder
from sealprep.core.audio.wav_file import SAMPLE_RATE, AdpcmWavWriter, duration, repair


@pytest.fixture(autouse=True)
def null_audio(monkeypatch):
    """miniaudio's null backend: captures silence and plays into nothing, in real time."""
    monkeypatch.setenv(BACKEND_ENV, "null")


def _snr(reference: bytes, decoded: array) -> float:
    ref = struct.unpack(f"<{len(reference) // 2}h", reference)
    n = min(len(ref), len(decoded))
    noise = sum((a - b) ** 2 for a, b in zip(ref[:n], decoded[:n])) / n
    signal = sum(a * a for a in ref[:n]) / n
    return 10 * math.log10(signal / noise)


def test_a_recording_decodes_to_the_sound_that_was_written(tmp_path):
    sound = tone(2.5, 440)
    path = tmp_path / "a.wav"
    writer = AdpcmWavWriter(path)
    for start in range(0, len(sound), 3200):  # 100 ms buffers, as a microphone delivers them
        writer.write(sound[start : start + 3200])
    writer.close()
    assert duration(path) == pytest.approx(2.5, abs=1 / SAMPLE_RATE)
    decoded = decode(path)
    assert _snr(sound, decoded) > 25  # IMA ADPCM keeps speech-band tones clear
    # a quarter of 16-bit PCM, plus block headers: about 0.49 MB a minute
    assert path.stat().st_size < 2.5 * SAMPLE_RATE * 2 / 3.5


def test_a_writer_killed_mid_recording_loses_at_most_the_last_second(tmp_path):
    path = tmp_path / "killed.wav"
    script = f"""
import sys, time
sys.path[:0] = [{str(Path(sealprep.__file__).parents[1])!r}, {os.path.dirname(os.path.abspath(__file__))!r}]
from sealprep.core.audio.wav_file import AdpcmWavWriter
from audio_tone import tone
w = AdpcmWavWriter(__import__('pathlib').Path({str(path)!r}))
chunk = tone(0.1)
written = 0
while True:
    w.write(chunk); written += 1
    if written == 35:
        print('ready', flush=True)
    time.sleep(0.001)
"""
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, cwd=os.getcwd())
    assert proc.stdout.readline().strip() == b"ready"  # 3.5 s of sound handed to the writer
    proc.kill()
    proc.wait()
    seconds = repair(path)
    assert seconds >= 2.5
    assert duration(path) == pytest.approx(seconds)
    assert len(decode(path)) >= 2.5 * SAMPLE_RATE


def test_recorder_writes_fed_sound_off_the_calling_thread(tmp_path):
    recorder = Recorder(tmp_path / "fed.wav")
    recorder.start(capture=False)
    sound = tone(1.2, 300)
    for start in range(0, len(sound), 1600):
        recorder.feed(sound[start : start + 1600])
    assert recorder.stop() == pytest.approx(1.2, abs=0.01)
    assert _snr(sound, decode(tmp_path / "fed.wav")) > 25


def test_recorder_captures_from_the_null_device_in_real_time(tmp_path):
    recorder = Recorder(tmp_path / "mic.wav")
    recorder.start()
    assert recorder.recording
    time.sleep(0.6)
    seconds = recorder.stop()
    assert 0.3 < seconds < 2.0
    assert duration(tmp_path / "mic.wav") == pytest.approx(seconds, abs=0.05)
    assert max(abs(s) for s in decode(tmp_path / "mic.wav")) == 0  # the null microphone is silent


@pytest.mark.parametrize("speed", [1.0, 1.25, 1.5])
def test_faster_playback_is_shorter_but_keeps_the_pitch(speed):
    samples = array("h", tone(2.0, 500))
    stretch = Stretcher(samples)
    stretch.speed = speed
    out = array("h")
    while not stretch.finished:
        out.extend(stretch.read(800))
    assert len(out) == pytest.approx(len(samples) / speed, rel=0.03)
    # pitch: count zero crossings per second; a resampled tone would rise to 500 * speed Hz
    crossings = sum(1 for a, b in zip(out, out[1:]) if (a < 0) != (b < 0))
    assert crossings / (len(out) / SAMPLE_RATE) == pytest.approx(1000, rel=0.05)
    if speed == 1.0:
        assert out == samples[: len(out)]


def test_seek_moves_the_reading_position():
    stretch = Stretcher(array("h", range(-16000, 16000)))
    stretch.seek(20000)
    assert stretch.read(10)[0] == 20000 - 16000
    stretch.seek(10**9)
    assert stretch.finished and len(stretch.read(10)) == 0
