"""Generated sound for the audio tests (the device boundary)."""

import math
import struct

from sealprep.core.audio.wav_file import SAMPLE_RATE


def tone(seconds: float, frequency: float = 440.0, amplitude: int = 8000) -> bytes:
    """A sine tone as 16-bit mono PCM at the recording rate."""
    count = int(seconds * SAMPLE_RATE)
    return struct.pack(
        f"<{count}h", *(int(amplitude * math.sin(2 * math.pi * frequency * i / SAMPLE_RATE)) for i in range(count))
    )
