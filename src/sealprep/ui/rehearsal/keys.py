"""The rehearsal's keyboard: one key per action, whatever the keyboard layout.

Thai laptops type with the Kedmanee layout switched on most of the time, where the keys marked
1 2 3 4 type ๅ / - ภ and P types ย. A shortcut bound to the character "1" would then do nothing,
so each action also answers to what its key types in Kedmanee, to the Thai digit, and on
Windows to the key's virtual-key code, which does not depend on the layout.
"""

from __future__ import annotations

import sys
from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent


class Action(Enum):
    REVEAL = "reveal"
    RATE_1 = "rate_1"
    RATE_2 = "rate_2"
    RATE_3 = "rate_3"
    RATE_4 = "rate_4"
    NEXT = "next"
    PREVIOUS = "previous"
    SKIP = "skip"
    PAUSE = "pause"
    END = "end"
    NOTES = "notes"
    FULL_SCREEN = "full_screen"
    PANEL = "panel"
    RECORD = "record"

    @property
    def rating(self) -> int | None:
        return {Action.RATE_1: 1, Action.RATE_2: 2, Action.RATE_3: 3, Action.RATE_4: 4}.get(self)


# What each key types: US layout, Thai Kedmanee (plain and shifted), Thai digits.
_BY_TEXT = {
    Action.RATE_1: "1ๅ๑+",
    Action.RATE_2: "2/๒",
    Action.RATE_3: "3-๓",
    Action.RATE_4: "4ภ๔",
    Action.PAUSE: "pPยญ",
    Action.SKIP: "sSหฆ",
    Action.NOTES: "nNืฬ",  # Kedmanee N: ื, shifted ์ is too common a mark to steal; ฬ is unused there
    Action.PANEL: "aAฟฤ",
    Action.RECORD: "rRพฑ",
}
_BY_KEY = {
    Qt.Key.Key_Space: Action.REVEAL,
    Qt.Key.Key_Right: Action.NEXT,
    Qt.Key.Key_Left: Action.PREVIOUS,
    Qt.Key.Key_Escape: Action.END,
    Qt.Key.Key_F11: Action.FULL_SCREEN,
}
# Windows virtual-key codes: the same physical key whatever layout is active.
_BY_WINDOWS_VK = {
    0x31: Action.RATE_1,
    0x32: Action.RATE_2,
    0x33: Action.RATE_3,
    0x34: Action.RATE_4,
    0x50: Action.PAUSE,
    0x53: Action.SKIP,
    0x4E: Action.NOTES,
    0x41: Action.PANEL,
    0x52: Action.RECORD,
    0x61: Action.RATE_1,
    0x62: Action.RATE_2,
    0x63: Action.RATE_3,
    0x64: Action.RATE_4,
}  # numpad


def action_for(
    key: int,
    text: str,
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
    native_virtual_key: int = 0,
    platform: str = sys.platform,
) -> Action | None:
    """The action a key press asks for, or None. Presses with Ctrl, Alt or Meta are not ours."""
    if modifiers & (
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
    ):
        return None
    if key in _BY_KEY:
        return _BY_KEY[Qt.Key(key)]
    if platform == "win32" and native_virtual_key in _BY_WINDOWS_VK:
        return _BY_WINDOWS_VK[native_virtual_key]
    if len(text) == 1:
        for action, chars in _BY_TEXT.items():
            if text in chars:
                return action
    return None


def key_point_for(
    key: int, modifiers: Qt.KeyboardModifier, native_virtual_key: int = 0, platform: str = sys.platform
) -> int | None:
    """Ctrl+1 to Ctrl+9 tick key points 1-9: the 0-based position, or None. With Ctrl held, Qt
    reports the digit key itself on every layout; on Windows the virtual-key code is checked too."""
    if not modifiers & Qt.KeyboardModifier.ControlModifier:
        return None
    if modifiers & (Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier):
        return None
    if Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
        return int(key) - int(Qt.Key.Key_1)
    if platform == "win32" and 0x31 <= native_virtual_key <= 0x39:
        return native_virtual_key - 0x31
    return None


def key_point_for_event(event: QKeyEvent) -> int | None:
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return key_point_for(event.key(), modifiers, event.nativeVirtualKey())


def action_for_event(event: QKeyEvent) -> Action | None:
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier & ~Qt.KeyboardModifier.ShiftModifier
    return action_for(event.key(), event.text(), modifiers, event.nativeVirtualKey())
