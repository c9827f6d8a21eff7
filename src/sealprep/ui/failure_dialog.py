"""The message box that tells a user why sealprep cannot go on (start-up) or what just failed.

The words come from :mod:`sealprep.failures` (shared with the command line), in the interface
language; the box also names the log file with the details. Qt ships no Thai translation of its
standard buttons, so the one button is labelled here.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from sealprep.failures import Report, report
from sealprep.ui import i18n

_OK = {"en": "OK", "th": "ตกลง"}
_TITLE = {"en": "sealprep: a problem", "th": "sealprep: เกิดปัญหา"}


def failure_box(told: Report, parent: QWidget | None = None) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(_TITLE.get(told.language, _TITLE["en"]))
    box.setText(told.what)
    box.setInformativeText(f"{told.to_do}\n\n{told.details()}".strip())
    # room for a path and a Thai sentence per line (the icon's label keeps its own size)
    box.setStyleSheet("QLabel#qt_msgbox_label, QLabel#qt_msgbox_informativelabel { min-width: 28em; }")
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.button(QMessageBox.StandardButton.Ok).setText(_OK.get(told.language, _OK["en"]))
    return box


def show_failure(
    exc: BaseException,
    store_path: str | Path | None = None,
    parent: QWidget | None = None,
    context: str = "",
    fatal: bool = True,
) -> Report:
    """Log ``exc``, show the message box (modal) and echo the message on stderr (when there is one).

    ``fatal``: sealprep stops after this (start-up); otherwise one action failed and the app goes on.
    """
    told = report(exc, i18n.current_language(), store_path, context, fatal)
    if sys.stderr is not None:  # a windowed Windows app has no stderr
        print(f"sealprep: {told.for_console()}", file=sys.stderr)
    failure_box(told, parent).exec()
    return told
