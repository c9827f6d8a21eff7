"""Undoable changes to the bank: create, edit and delete whole questions.

Every change goes through ``core.bank_service`` (validated, file written atomically, then the
store). Before a change the command keeps a ``QuestionVersion``: the question as it was and the
exact bytes of its file, so Undo puts back both the store row and the file byte for byte (a file
that was not in canonical form comes back exactly as its author wrote it).

The change itself is made before the command is pushed (``already_done``), so a failure (a disk
error, say) is reported by the caller and nothing half-done lands on the stack.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QUndoCommand

from sealprep.core.bank.folder import read_bank_file, write_bytes_atomically
from sealprep.core.bank.model import Question
from sealprep.core.bank.service import bank_file, delete_question, save_question
from sealprep.core.store import Store


class BankChangeError(Exception):
    """A change that could not be made; the message is for the user."""


@dataclass
class QuestionVersion:
    question: Question
    file_bytes: bytes | None

    @classmethod
    def capture(cls, store: Store, question_id: str) -> QuestionVersion | None:
        question = store.bank.question(question_id)
        if question is None:
            return None
        path = bank_file(store, question)
        data = read_bank_file(path, question.source_path)[0] if path is not None else None
        return cls(copy.deepcopy(question), data)


def apply_save(store: Store, question: Question, original_id: str | None) -> None:
    result = save_question(store, copy.deepcopy(question), original_id)
    if not result.ok:
        raise BankChangeError("\n".join(str(p) for p in result.problems))


def restore_version(store: Store, version: QuestionVersion, current_id: str | None) -> None:
    """Put ``version`` back in place of the question now called ``current_id`` (or of nothing)."""
    apply_save(store, version.question, current_id)
    path = bank_file(store, version.question)
    if path is not None and version.file_bytes is not None:
        write_bytes_atomically(path, version.file_bytes)


class _BankCommand(QUndoCommand):
    """``on_change(focus_id, error)`` is called after every undo/redo: the question to show
    (None when it is gone) and an error message for the user ("" when all went well). Errors are
    reported, never raised: an exception cannot cross QUndoStack's C++ frames cleanly."""

    def __init__(self, store: Store, text: str, on_change: Callable[[str | None, str], None]):
        super().__init__(text)
        self.store = store
        self._on_change = on_change
        self._skip_redo = True  # the change was made before the push
        self.error = ""

    def _guarded(self, action: Callable[[], str | None]) -> None:
        try:
            focus = action()
        except (BankChangeError, OSError) as exc:
            self.error = str(exc)
            self._on_change(None, self.error)
            return
        self.error = ""
        self._on_change(focus, "")


class SaveQuestionCommand(_BankCommand):
    """Create a question (``before`` is None) or replace one (``before`` is its old version)."""

    def __init__(self, store: Store, question: Question, before: QuestionVersion | None, text: str, on_change):
        super().__init__(store, text, on_change)
        self.question = copy.deepcopy(question)
        self.before = before
        self._after: QuestionVersion | None = QuestionVersion.capture(store, question.id)

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return

        def action() -> str:
            original = self.before.question.id if self.before else None
            if self._after is not None:
                restore_version(self.store, self._after, original)
            else:
                apply_save(self.store, self.question, original)
            return self.question.id

        self._guarded(action)

    def undo(self) -> None:
        def action() -> str | None:
            if self.before is None:
                delete_question(self.store, self.question.id)
                return None
            restore_version(self.store, self.before, self.question.id)
            return self.before.question.id

        self._guarded(action)


class DeleteQuestionCommand(_BankCommand):
    def __init__(self, store: Store, before: QuestionVersion, text: str, on_change):
        super().__init__(store, text, on_change)
        self.before = before

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return

        def action() -> None:
            delete_question(self.store, self.before.question.id)

        self._guarded(action)

    def undo(self) -> None:
        def action() -> str:
            restore_version(self.store, self.before, None)
            return self.before.question.id

        self._guarded(action)
