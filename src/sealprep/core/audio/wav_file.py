"""Recordings on disk: mono 16 kHz IMA ADPCM WAV files written as they are recorded.

Why this format: miniaudio (the audio library; see ``docs/recording.md``) decodes WAV files with
IMA ADPCM, and IMA ADPCM is a speech codec that needs no extra library to write: Python's
``audioop`` (``audioop-lts`` from Python 3.13) encodes it in C. At 16 kHz it takes 4 bits a
sample, about 0.49 MB a minute, a quarter of plain 16-bit PCM, and speech stays clear.

Crash safety: blocks are appended as they fill (every 31.6 ms of sound) and the header's sizes are
rewritten and the file flushed to disk about once a second, so a crash loses at most the last
second. ``repair`` fixes the header of a file whose writer never closed it.
"""

from __future__ import annotations

import os
import struct
import warnings
from pathlib import Path
from typing import BinaryIO

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    import audioop  # the C IMA ADPCM encoder (audioop-lts provides it on Python >= 3.13)

SAMPLE_RATE = 16_000
BLOCK_ALIGN = 256
SAMPLES_PER_BLOCK = (BLOCK_ALIGN - 4) * 2 + 1  # the header carries one sample, then 4 bits each
IMA_ADPCM = 0x0011
HEADER_SIZE = 12 + 8 + 20 + 8 + 4 + 8  # RIFF, fmt (20), fact (4), data header
SYNC_SECONDS = 1.0

# audioop packs the first sample of a byte into the high nibble; WAV wants it in the low one.
_SWAP_NIBBLES = bytes(((b & 0x0F) << 4) | (b >> 4) for b in range(256))


class WavFormatError(ValueError):
    """The file is not a recording this module wrote."""


def _header(frames: int, data_bytes: int) -> bytes:
    byte_rate = SAMPLE_RATE * BLOCK_ALIGN // SAMPLES_PER_BLOCK
    fmt = struct.pack("<HHIIHHHH", IMA_ADPCM, 1, SAMPLE_RATE, byte_rate, BLOCK_ALIGN, 4, 2, SAMPLES_PER_BLOCK)
    return (
        b"RIFF"
        + struct.pack("<I", HEADER_SIZE - 8 + data_bytes)
        + b"WAVE"
        + b"fmt "
        + struct.pack("<I", len(fmt))
        + fmt
        + b"fact"
        + struct.pack("<II", 4, frames)
        + b"data"
        + struct.pack("<I", data_bytes)
    )


class AdpcmWavWriter:
    """Append 16-bit mono samples; they reach the file block by block."""

    def __init__(self, path: Path, *, sync_seconds: float = SYNC_SECONDS):
        self.path = Path(path)
        self._file: BinaryIO | None = open(self.path, "wb")
        self._file.write(_header(0, 0))
        self._pending = bytearray()
        self.frames = 0
        self._data_bytes = 0
        self._sync_every = max(1, int(sync_seconds * SAMPLE_RATE))
        self._since_sync = 0
        self._step_index = 0

    @property
    def seconds(self) -> float:
        return (self.frames + len(self._pending) // 2) / SAMPLE_RATE

    def write(self, pcm16: bytes) -> None:
        """Add little-endian signed 16-bit mono samples."""
        if self._file is None:
            raise ValueError("the recording is closed")
        self._pending += pcm16
        block_bytes = SAMPLES_PER_BLOCK * 2
        while len(self._pending) >= block_bytes:
            self._write_block(bytes(self._pending[:block_bytes]), SAMPLES_PER_BLOCK)
            del self._pending[:block_bytes]
        if self._since_sync >= self._sync_every:
            self.sync()

    def _write_block(self, samples: bytes, real_frames: int) -> None:
        assert self._file is not None
        first = struct.unpack_from("<h", samples)[0]
        # the step size carries over from block to block; the decoder reads it from the header
        start_index = self._step_index
        encoded, (_, self._step_index) = audioop.lin2adpcm(samples[2:], 2, (first, start_index))
        block = struct.pack("<hBB", first, start_index, 0) + encoded.translate(_SWAP_NIBBLES)
        self._file.write(block.ljust(BLOCK_ALIGN, b"\0"))
        self.frames += real_frames
        self._data_bytes += BLOCK_ALIGN
        self._since_sync += real_frames

    def sync(self) -> None:
        """Rewrite the header's sizes and push what is written to the disk."""
        if self._file is None:
            return
        end = self._file.tell()
        self._file.seek(0)
        self._file.write(_header(self.frames, self._data_bytes))
        self._file.seek(end)
        self._file.flush()
        os.fsync(self._file.fileno())
        self._since_sync = 0

    def close(self) -> None:
        if self._file is None:
            return
        if self._pending:
            real = len(self._pending) // 2
            padded = bytes(self._pending[: real * 2]).ljust(SAMPLES_PER_BLOCK * 2, b"\0")
            self._write_block(padded, real)
            self._pending.clear()
        self.sync()
        self._file.close()
        self._file = None


def repair(path: Path) -> float:
    """Fix the header of a recording cut off by a crash; returns its length in seconds."""
    path = Path(path)
    size = path.stat().st_size
    with open(path, "r+b") as file:
        head = file.read(HEADER_SIZE)
        if len(head) < HEADER_SIZE or head[:4] != b"RIFF" or head[8:12] != b"WAVE":
            raise WavFormatError(f"{path} is not a sealprep recording")
        blocks = (size - HEADER_SIZE) // BLOCK_ALIGN
        file.truncate(HEADER_SIZE + blocks * BLOCK_ALIGN)
        file.seek(0)
        file.write(_header(blocks * SAMPLES_PER_BLOCK, blocks * BLOCK_ALIGN))
    return blocks * SAMPLES_PER_BLOCK / SAMPLE_RATE


def duration(path: Path) -> float:
    """Seconds of sound in a recording, from its header."""
    with open(path, "rb") as file:
        head = file.read(HEADER_SIZE)
    if len(head) < HEADER_SIZE or head[:4] != b"RIFF" or head[40:44] != b"fact":
        raise WavFormatError(f"{path} is not a sealprep recording")
    frames = struct.unpack_from("<I", head, 48)[0]
    return frames / SAMPLE_RATE


def check_recording_bytes(data: bytes) -> str:
    """ "" when ``data`` is a recording this module writes (IMA ADPCM, mono, 16 kHz, whole blocks),
    else why not (for recordings that arrive in a pack)."""
    if len(data) < HEADER_SIZE or data[:4] != b"RIFF" or data[8:12] != b"WAVE" or data[12:16] != b"fmt ":
        return "not a WAV file"
    tag, channels, rate = struct.unpack_from("<HHI", data, 20)
    if (tag, channels, rate) != (IMA_ADPCM, 1, SAMPLE_RATE) or data[40:44] != b"fact" or data[52:56] != b"data":
        return "not mono 16 kHz IMA ADPCM"
    size = struct.unpack_from("<I", data, 56)[0]
    if size != len(data) - HEADER_SIZE or size % BLOCK_ALIGN:
        return "its length does not match its header"
    return ""
