"""Typing any text, Thai included, into a widget as key presses.

QTest.keyClicks cannot: it asserts on characters outside ASCII. A Thai key press carries the
character as its text and its code point as its key, as Qt gives it from a Thai layout.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent


def press(widget, char: str) -> None:
    if char == " ":
        key = Qt.Key.Key_Space
    elif char.isascii() and char.isalnum():
        key = ord(char.upper())
    else:
        key = ord(char)
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QCoreApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))


def type_text(widget, text: str) -> None:
    for char in text:
        press(widget, char)
