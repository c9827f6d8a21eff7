"""Bank operations that span files and store: check, import, export, and saving one edited question."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sealprep.core.bank.folder import LoadResult, load_bank, question_file_path, write_bank, write_question
from sealprep.core.bank.model import Problem, Question
from sealprep.core.bank.question_file import BankContext, format_question, parse_question
from sealprep.core.store import Store


def check_folder(folder: str | Path) -> list[Problem]:
    return load_bank(folder).problems


def import_folder(store: Store, folder: str | Path) -> LoadResult:
    """Check the folder, then replace the store's bank with it in one transaction.

    With any problem nothing changes: the previous bank stays as it was.
    """
    result = load_bank(folder)
    if result.ok and result.bank is not None:
        store.bank.replace_bank(result.bank, str(Path(folder).resolve()))
    return result


def export_folder(store: Store, folder: str | Path) -> list[Path]:
    return write_bank(store.bank.load_bank(), folder)


@dataclass
class SaveResult:
    problems: list[Problem] = field(default_factory=list)
    path: Path | None = None

    @property
    def ok(self) -> bool:
        return not self.problems


def check_question(store: Store, question: Question, original_id: str | None = None) -> list[Problem]:
    """The same checks as ``bank check``, for one question edited in the app."""
    path = question_file_path(question)
    context = BankContext(set(store.bank.agencies()), store.bank.framework())
    problems = parse_question(format_question(question), path, context).problems
    if question.id != original_id and store.bank.question(question.id) is not None:
        problems.append(Problem(path, 2, f"duplicate id '{question.id}': another question already uses it"))
    return problems


def save_question(store: Store, question: Question, original_id: str | None = None) -> SaveResult:
    """Validate, then write the question to the store and to its file under the bank folder.

    Nothing invalid is saved. The file is written first (atomically), then the store.
    """
    problems = check_question(store, question, original_id)
    if problems:
        return SaveResult(problems)
    question.source_path = question_file_path(question)
    folder = store.bank.meta("bank_folder")
    path = None
    if folder:
        old = store.bank.question(original_id) if original_id else None
        path = write_question(Path(folder), question)
        if old is not None and old.source_path and old.source_path != question.source_path:
            (Path(folder) / old.source_path).unlink(missing_ok=True)
    store.bank.save_question(question, replaces=original_id)
    return SaveResult([], path)


def delete_question(store: Store, question_id: str) -> None:
    """Remove a question from the store and its file from the bank folder. User data is kept."""
    question = store.bank.question(question_id)
    if question is None:
        return
    folder = store.bank.meta("bank_folder")
    if folder:
        (Path(folder) / question_file_path(question)).unlink(missing_ok=True)
    store.bank.delete_question(question_id)
