"""Which audio system and microphones this laptop has, through miniaudio.

miniaudio (the ``miniaudio`` package) bundles its own backends (WASAPI, DirectSound and WinMM on
Windows; Core Audio on macOS; PulseAudio and ALSA on Linux), so nothing has to be installed on the
laptop. ``SEALPREP_AUDIO_BACKEND=null`` selects miniaudio's null backend, which captures silence
and plays into nothing in real time: the tests and the frozen app's self-test use it.
"""

from __future__ import annotations

import atexit
import os
import threading
from dataclasses import dataclass

BACKEND_ENV = "SEALPREP_AUDIO_BACKEND"


@dataclass(frozen=True)
class Microphone:
    name: str
    index: int


@dataclass(frozen=True)
class AudioStatus:
    """Whether recording can work here, and if not, why (one sentence for the user)."""

    available: bool
    microphones: tuple[Microphone, ...] = ()
    reason: str = ""
    backend: str = ""


def backends() -> list:
    """The miniaudio backends to use: the null one when asked for, else miniaudio's own order."""
    import miniaudio

    if os.environ.get(BACKEND_ENV, "").lower() == "null":
        return [miniaudio.Backend.NULL]
    return []


def audio_status() -> AudioStatus:
    """Look for an audio system and its microphones; never raises."""
    try:
        import miniaudio
    except ImportError as exc:  # a broken install or a trimmed frozen app
        return AudioStatus(False, reason=f"the audio library is missing ({exc.name})")
    try:
        devices = miniaudio.Devices(backends=backends())
        captures = devices.get_captures()
    except Exception as exc:  # miniaudio raises its own errors when no audio system answers
        return AudioStatus(False, reason=f"no audio system answered ({exc})")
    if not captures:
        return AudioStatus(False, reason="no microphone was found", backend=str(devices.backend))
    microphones = tuple(Microphone(str(info["name"]), index) for index, info in enumerate(captures))
    return AudioStatus(True, microphones, backend=str(devices.backend))


def capture_device_id(name: str):  # -> miniaudio device id or None (the default microphone)
    """miniaudio's id of the microphone called ``name`` (None: the system's default)."""
    if not name:
        return None
    import miniaudio

    devices = miniaudio.Devices(backends=backends())
    for info in devices.get_captures():
        if info["name"] == name:
            return info["id"]
    return None


# Every open miniaudio device, so that all are closed before the interpreter shuts down: a device
# still running then would call back into Python from its audio thread while Python is
# finalising, and closing it from a destructor at that point never returns.
_open_devices: dict[int, object] = {}
_open_lock = threading.Lock()


def track(device: object) -> None:
    with _open_lock:
        _open_devices[id(device)] = device


def close_device(device: object) -> None:
    """Stop and close a device we opened (once; later calls do nothing)."""
    with _open_lock:
        _open_devices.pop(id(device), None)
    device.close()  # type: ignore[attr-defined]


@atexit.register
def close_all_devices() -> None:
    with _open_lock:
        devices = list(_open_devices.values())
        _open_devices.clear()
    for device in devices:
        try:
            device.close()  # type: ignore[attr-defined]
        except Exception:  # closing at exit must not stop the other devices closing
            pass
