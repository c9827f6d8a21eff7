"""Undoable changes to the bank: create, edit and delete whole questions.

Every change is a core operation (``sealprep.core.operations.bank``) run through the app context,
which announces it. Before a change the command keeps a ``QuestionVersion``: the question as it
was and the exact bytes of its file, so Undo puts back both the store row and the file byte for
byte (a file that was not in canonical form comes back exactly as its author wrote it).

The change itself is made before the command is pushed (``already_done``), so a failure (a disk
error, say) is reported by the caller and nothing half-done lands on the stack.
"""

from __future__ import annotations

import copy
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from sealprep.core.bank.model import Question
from sealprep.core.operations.bank import (
    BANK,
    BankChangeError,
    QuestionVersion,
    delete_question,
    restore_version,
    save_question,
)
from sealprep.ui.app_context import AppContext


class _BankCommand(QUndoCommand):
    """``on_change(focus_id, error)`` is called after every undo/redo: the question to show
    (None when it is gone) and an error message for the user ("" when all went well). Errors are
    reported, never raised: an exception cannot cross QUndoStack's C++ frames cleanly."""

    def __init__(self, context: AppContext, text: str, on_change: Callable[[str | None, str], None]):
        super().__init__(text)
        self.context = context
        self._on_change = on_change
        self._skip_redo = True  # the change was made before the push
        self.error = ""

    def _guarded(self, action: Callable[[], str | None]) -> None:
        try:
            focus = action()
        except (BankChangeError, OSError) as exc:
            self.error = str(exc)
            self.context.apply(BANK)  # part of a restore may have landed: show the bank as it is
            self._on_change(None, self.error)
            return
        self.error = ""
        self._on_change(focus, "")


class SaveQuestionCommand(_BankCommand):
    """Create a question (``before`` is None) or replace one (``before`` is its old version)."""

    def __init__(
        self,
        context: AppContext,
        question: Question,
        before: QuestionVersion | None,
        text: str,
        on_change: Callable[[str | None, str], None],
    ):
        super().__init__(context, text, on_change)
        self.question = copy.deepcopy(question)
        self.before = before
        self._after: QuestionVersion | None = QuestionVersion.capture(context.store, question.id)

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return

        def action() -> str:
            original = self.before.question.id if self.before else None
            if self._after is not None:
                self.context.run(restore_version, self._after, original)
            else:
                self.context.run(save_question, self.question, original)
            return self.question.id

        self._guarded(action)

    def undo(self) -> None:
        def action() -> str | None:
            if self.before is None:
                self.context.run(delete_question, self.question.id)
                return None
            self.context.run(restore_version, self.before, self.question.id)
            return self.before.question.id

        self._guarded(action)


class DeleteQuestionCommand(_BankCommand):
    def __init__(
        self, context: AppContext, before: QuestionVersion, text: str, on_change: Callable[[str | None, str], None]
    ):
        super().__init__(context, text, on_change)
        self.before = before

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return

        def action() -> None:
            self.context.run(delete_question, self.before.question.id)

        self._guarded(action)

    def undo(self) -> None:
        def action() -> str:
            self.context.run(restore_version, self.before, None)
            return self.before.question.id

        self._guarded(action)
