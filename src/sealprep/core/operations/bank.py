"""Operations on the bank: save or delete a whole question, and put back an earlier version
(what the browser's Undo and Redo do).

Every change goes through ``core.bank.service`` (validated, file written atomically, then the
store). A :class:`QuestionVersion` is a question as it was plus the exact bytes of its file, so
restoring one puts back both the store row and the file byte for byte (a file that was not in
canonical form comes back exactly as its author wrote it).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

from sealprep.core.bank import service
from sealprep.core.bank.folder import read_bank_file, write_bytes_atomically
from sealprep.core.bank.model import Question
from sealprep.core.bank.service import bank_file
from sealprep.core.operations.changes import Changes, Outcome
from sealprep.core.store import Store

BANK = Changes(bank=True)


class BankChangeError(Exception):
    """A change that could not be made; the message is for the user."""


@dataclass
class QuestionVersion:
    question: Question
    file_bytes: bytes | None

    @classmethod
    def capture(cls, store: Store, question_id: str) -> QuestionVersion | None:
        """The question as it is now with its file's bytes (None: no such question)."""
        question = store.bank.question(question_id)
        if question is None:
            return None
        path = bank_file(store, question)
        data = read_bank_file(path, question.source_path)[0] if path is not None else None
        return cls(copy.deepcopy(question), data)


def save_question(store: Store, question: Question, original_id: str | None = None) -> Outcome[None]:
    """Create a question (``original_id`` None) or replace the one called ``original_id``.

    BankChangeError (nothing saved) when it does not pass the bank's checks; OSError when its
    file cannot be written."""
    with store.transaction():
        result = service.save_question(store, copy.deepcopy(question), original_id)
    if not result.ok:
        raise BankChangeError("\n".join(str(p) for p in result.problems))
    return Outcome(None, BANK)


def delete_question(store: Store, question_id: str) -> Outcome[None]:
    """Remove a question and its file (rehearsal history is kept)."""
    with store.transaction():
        service.delete_question(store, question_id)
    return Outcome(None, BANK)


def restore_version(store: Store, version: QuestionVersion, current_id: str | None) -> Outcome[None]:
    """Put ``version`` back in place of the question now called ``current_id`` (or of nothing)."""
    save_question(store, version.question, current_id)
    path = bank_file(store, version.question)
    if path is not None and version.file_bytes is not None:
        write_bytes_atomically(path, version.file_bytes)
    return Outcome(None, BANK)
