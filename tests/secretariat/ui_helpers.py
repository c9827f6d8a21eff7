"""Helpers for the secretariat's pytest-qt tests: no dialog may block, so every modal step goes
through hooks in ``ui.secretariat.common`` that the ``dialogs`` fixture replaces."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog


class DialogScript:
    """Answers modal dialogs in order: each handler gets the dialog, may drive it, and returns
    True to accept (the dialog's own accept() runs, so its checks apply) or False to cancel."""

    def __init__(self):
        self.handlers: list[Callable[[QDialog], bool]] = []
        self.seen: list[QDialog] = []
        self.files: list[str] = []
        self.confirmations: list[bool] = []
        self.messages: list[str] = []

    def then(self, handler: Callable[[QDialog], bool]) -> DialogScript:
        self.handlers.append(handler)
        return self

    def exec_dialog(self, dialog: QDialog) -> bool:
        self.seen.append(dialog)
        assert self.handlers, f"an unexpected dialog opened: {dialog.windowTitle()}"
        if self.handlers.pop(0)(dialog):
            dialog.accept()
        else:
            dialog.reject()
        return dialog.result() == QDialog.DialogCode.Accepted
