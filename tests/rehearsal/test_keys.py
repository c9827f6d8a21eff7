from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from sealprep.ui.rehearsal.keys import Action, action_for, key_point_for

NO = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.mark.parametrize(
    "text, action",
    [
        ("1", Action.RATE_1),
        ("ๅ", Action.RATE_1),
        ("๑", Action.RATE_1),
        ("2", Action.RATE_2),
        ("/", Action.RATE_2),
        ("3", Action.RATE_3),
        ("-", Action.RATE_3),
        ("4", Action.RATE_4),
        ("ภ", Action.RATE_4),
        ("๔", Action.RATE_4),
        ("p", Action.PAUSE),
        ("P", Action.PAUSE),
        ("ย", Action.PAUSE),
        ("s", Action.SKIP),
        ("ห", Action.SKIP),
        ("n", Action.NOTES),
        ("a", Action.PANEL),
        ("ฟ", Action.PANEL),
        ("x", None),
        ("ก", None),
        ("", None),
    ],
)
def test_keys_work_on_the_us_and_the_thai_layout(text, action):
    assert action_for(0, text, NO, platform="linux") is action


@pytest.mark.parametrize(
    "key, action",
    [
        (Qt.Key.Key_Space, Action.REVEAL),
        (Qt.Key.Key_Right, Action.NEXT),
        (Qt.Key.Key_Left, Action.PREVIOUS),
        (Qt.Key.Key_Escape, Action.END),
        (Qt.Key.Key_F11, Action.FULL_SCREEN),
    ],
)
def test_named_keys(key, action):
    assert action_for(key, "", NO) is action


def test_windows_virtual_keys_do_not_depend_on_the_layout():
    assert action_for(0, "ๅ", NO, native_virtual_key=0x32, platform="win32") is Action.RATE_2
    assert action_for(0, "?", NO, native_virtual_key=0x50, platform="win32") is Action.PAUSE
    assert action_for(0, "?", NO, native_virtual_key=0x50, platform="linux") is None


def test_presses_with_ctrl_or_alt_are_left_alone():
    assert action_for(Qt.Key.Key_1, "1", CTRL) is None
    assert action_for(Qt.Key.Key_Space, " ", Qt.KeyboardModifier.AltModifier) is None


def test_ctrl_digits_tick_key_points():
    assert key_point_for(Qt.Key.Key_1, CTRL) == 0
    assert key_point_for(Qt.Key.Key_9, CTRL) == 8
    assert key_point_for(Qt.Key.Key_1, NO) is None
    assert key_point_for(Qt.Key.Key_0, CTRL) is None
    assert key_point_for(0x0E45, CTRL, native_virtual_key=0x33, platform="win32") == 2
