"""The audio system's status, looked up once per run (listing devices takes a moment)."""

from __future__ import annotations

import os
from functools import lru_cache

from sealprep.core.audio.devices import BACKEND_ENV, AudioStatus, audio_status


def current_audio_status() -> AudioStatus:
    return _cached(os.environ.get(BACKEND_ENV, ""))


@lru_cache(maxsize=4)
def _cached(_backend: str) -> AudioStatus:
    return audio_status()


def forget_audio_status() -> None:
    """Look again next time (after a microphone was plugged in, or the settings changed)."""
    _cached.cache_clear()
