"""A time limit in seconds, shown and typed as minutes:seconds (``2:30``), the way the reading
pane, the rehearsal clock and the rehearsal setup show it. A plain number is minutes (``3``
means 3:00); Thai digits are accepted; the special value text (``no limit``) shows for 0."""

from __future__ import annotations

import re

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QSpinBox

from sealprep.core.thai.text import to_ascii_digits

_TYPED = re.compile(r"(\d{1,3})(?::(\d{1,2}))?")


class DurationSpinBox(QSpinBox):
    def textFromValue(self, value: int) -> str:
        return f"{value // 60}:{value % 60:02d}"

    def valueFromText(self, text: str) -> int:
        seconds = self._parse(text)
        return seconds if seconds is not None else self.value()

    def validate(self, text: str, pos: int):
        body = self._body(text)
        if body == self.specialValueText().strip() or body == "" or re.fullmatch(r"\d{1,3}(:\d{0,2})?", body):
            seconds = self._parse(text)
            ok = seconds is not None and self.minimum() <= seconds <= self.maximum()
            return (QValidator.State.Acceptable if ok else QValidator.State.Intermediate), text, pos
        return QValidator.State.Invalid, text, pos

    def _body(self, text: str) -> str:
        return to_ascii_digits(text.removesuffix(self.suffix()).strip())

    def _parse(self, text: str) -> int | None:
        body = self._body(text)
        if self.specialValueText() and body == self.specialValueText().strip():
            return self.minimum()
        match = _TYPED.fullmatch(body)
        if match is None:
            return None
        return int(match.group(1)) * 60 + int(match.group(2) or 0)
