"""Bank operations that span files and store: check, import, export, and saving one edited question."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from sealprep.core.bank.file_names import UnsafePathError, inside
from sealprep.core.bank.folder import (
    MAX_FILE_BYTES,
    LoadResult,
    load_bank,
    question_file_path,
    write_bank,
    write_question,
)
from sealprep.core.bank.model import Problem, Question, printable
from sealprep.core.bank.question_file import BankContext, format_question, parse_question
from sealprep.core.store import Store
from sealprep.core.thai.breaks import load_compounds

log = logging.getLogger(__name__)


def check_folder(folder: str | Path) -> list[Problem]:
    return load_bank(folder).problems


def import_folder(store: Store, folder: str | Path) -> LoadResult:
    """Check the folder, then replace the store's bank with it in one transaction.

    With any problem nothing changes: the previous bank stays as it was.
    """
    return import_checked(store, load_bank(folder), Path(folder))


def import_checked(store: Store, result: LoadResult, folder: Path | None) -> LoadResult:
    """Replace the store's bank with a checked bank (from a folder, or a pack's members), and
    remember ``folder`` as the one question edits are written back to. Nothing changes when the
    check found problems. Inside a caller's transaction it joins that transaction."""
    if result.ok and result.bank is not None:
        store.bank.replace_bank(result.bank, str(folder.resolve()) if folder is not None else None)
        if folder is not None:
            load_compounds(folder)  # the bank's own compounds.txt: words lines never split
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
    text = format_question(question)
    problems = parse_question(text, path, context).problems
    size = len(text.encode("utf-8"))
    if size > MAX_FILE_BYTES:
        problems.append(Problem(path, 1, f"the question is too long ({size:,} bytes; at most {MAX_FILE_BYTES:,})"))
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
        try:
            path = write_question(Path(folder), question)
        except UnsafePathError as exc:
            return SaveResult([Problem(question.source_path, 1, f"not saved: {exc}")])
        if old is not None and old.source_path and old.source_path != question.source_path:
            _remove_file(folder, old.source_path)
    store.bank.save_question(question, replaces=original_id)
    return SaveResult([], path)


def _remove_file(folder: str, relative: str) -> None:
    """Delete a question's old file; a recorded path that would lead outside the bank folder is
    never followed (the store may have been edited by hand): that file is left alone."""
    try:
        target = inside(folder, relative)
    except UnsafePathError as exc:
        log.warning("not deleting %s: %s", printable(relative), exc)
        return
    target.unlink(missing_ok=True)


def bank_file(store: Store, question: Question) -> Path | None:
    """The question's file in the bank folder, or None (no folder, or its path is unsafe)."""
    folder = store.bank.meta("bank_folder")
    if not folder:
        return None
    try:
        return inside(folder, question_file_path(question))
    except UnsafePathError:
        return None


def delete_question(store: Store, question_id: str) -> None:
    """Remove a question from the store and its file from the bank folder. User data is kept."""
    question = store.bank.question(question_id)
    if question is None:
        return
    folder = store.bank.meta("bank_folder")
    if folder:
        _remove_file(folder, question_file_path(question))
    store.bank.delete_question(question_id)
