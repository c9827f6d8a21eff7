"""A bank folder on disk: load and check it as a whole, or write a bank back to it."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Mapping
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from sealprep.core.bank.framework_file import format_agencies, format_framework, parse_agencies, parse_framework
from sealprep.core.bank.model import Bank, Problem, Question
from sealprep.core.bank.question_file import (
    BankContext,
    ParsedQuestion,
    decode_question_bytes,
    format_question,
    parse_question,
)

FRAMEWORK_FILE = "framework.yaml"
AGENCIES_FILE = "agencies.yaml"
IGNORED_NAMES = {"readme.md"}
PARALLEL_FROM = 1500
"""Banks with at least this many files are parsed on every core (a process costs ~0.2 s to start)."""


@dataclass
class LoadResult:
    """A bank, or None when any problem was found; problems sorted by file and line."""

    bank: Bank | None
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.bank is not None and not self.problems


def question_paths(folder: Path) -> list[Path]:
    """Every question file below ``folder``, in a stable order (hidden folders are skipped)."""
    paths = []
    for path in folder.rglob("*.md"):
        relative = path.relative_to(folder)
        if any(part.startswith(".") for part in relative.parts) or path.name.lower() in IGNORED_NAMES:
            continue
        paths.append(path)
    return sorted(paths, key=lambda p: p.relative_to(folder).as_posix())


def _decode(data: bytes | None, label: str, where: str, problems: list[Problem]) -> str | None:
    if data is None:
        problems.append(Problem(label, 1, f"missing {label.rsplit('/', 1)[-1]} in {where}"))
        return None
    text, problem = decode_question_bytes(data, label)
    if problem:
        problems.append(problem)
    return text


def load_bank(folder: str | os.PathLike) -> LoadResult:
    """Read and check every file of a bank folder. Nothing is partially accepted."""
    folder = Path(folder)
    if not folder.is_dir():
        return LoadResult(None, [Problem(str(folder), 1, "not a folder")])

    def read(name: str) -> bytes | None:
        path = folder / name
        return path.read_bytes() if path.is_file() else None

    jobs: list[tuple[str | bytes, str]] = [
        (str(path), path.relative_to(folder).as_posix()) for path in question_paths(folder)
    ]
    return check_bank(read(FRAMEWORK_FILE), read(AGENCIES_FILE), jobs, "", "the bank folder")


def load_bank_members(members: Mapping[str, bytes], prefix: str) -> LoadResult:
    """Check a bank held as named members (a pack's ``bank/...`` files), with exactly the checks
    of ``load_bank``; problems name the member (``bank/d1/x.md:12``)."""
    jobs: list[tuple[str | bytes, str]] = []
    for name in sorted(members):
        relative = name[len(prefix) :]
        if not name.startswith(prefix) or not name.endswith(".md"):
            continue
        parts = relative.split("/")
        if any(part.startswith(".") for part in parts) or parts[-1].lower() in IGNORED_NAMES:
            continue
        jobs.append((members[name], name))
    return check_bank(
        members.get(prefix + FRAMEWORK_FILE), members.get(prefix + AGENCIES_FILE), jobs, prefix, "the pack"
    )


def check_bank(
    framework_data: bytes | None,
    agencies_data: bytes | None,
    jobs: list[tuple[str | bytes, str]],
    prefix: str,
    where: str,
) -> LoadResult:
    """Parse and check a whole bank: the framework, the agencies and every question file (each
    job is a file's path or its bytes, and the label problems name it by)."""
    problems: list[Problem] = []
    framework = agencies = None
    text = _decode(framework_data, prefix + FRAMEWORK_FILE, where, problems)
    if text is not None:
        framework, found = parse_framework(text, prefix + FRAMEWORK_FILE)
        problems += found
    text = _decode(agencies_data, prefix + AGENCIES_FILE, where, problems)
    if text is not None:
        agencies, found = parse_agencies(text, prefix + AGENCIES_FILE)
        problems += found

    context = BankContext(set(agencies or {}), framework) if agencies is not None else None
    questions: list[Question] = []
    first_seen: dict[str, tuple[str, int]] = {}
    for label, parsed in _parse_files(jobs, context):
        problems += parsed.problems
        if parsed.question is None:
            continue
        if prefix:
            parsed.question.source_path = label[len(prefix) :]
        qid = parsed.question.id
        if qid in first_seen:
            other, other_line = first_seen[qid]
            problems.append(Problem(label, parsed.id_line, f"duplicate id '{qid}': also used in {other}:{other_line}"))
            problems.append(Problem(other, other_line, f"duplicate id '{qid}': also used in {label}:{parsed.id_line}"))
            continue
        first_seen[qid] = (label, parsed.id_line)
        questions.append(parsed.question)

    problems.sort(key=lambda p: (p.path, p.line, p.message))
    if problems or framework is None or agencies is None:
        return LoadResult(None, problems)
    return LoadResult(Bank(framework, agencies, questions), [])


def _parse_file(source: str | bytes, label: str, context: BankContext | None) -> ParsedQuestion:
    data = Path(source).read_bytes() if isinstance(source, str) else source
    text, problem = decode_question_bytes(data, label)
    if problem:
        return ParsedQuestion(None, [problem])
    return parse_question(text, label, context)


def _parse_chunk(jobs: list[tuple[str | bytes, str]], context: BankContext | None) -> list[ParsedQuestion]:
    return [_parse_file(source, label, context) for source, label in jobs]


def _parse_files(jobs: list[tuple[str | bytes, str]], context: BankContext | None) -> list[tuple[str, ParsedQuestion]]:
    """Parse every question file (a path or its bytes), in order; large banks in parallel
    worker processes."""
    workers = min(os.cpu_count() or 1, 8)
    if len(jobs) < PARALLEL_FROM or workers < 2:
        return [(label, _parse_file(source, label, context)) for source, label in jobs]
    size = -(-len(jobs) // (workers * 4))
    chunks = [jobs[i : i + size] for i in range(0, len(jobs), size)]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        parsed = [result for chunk in pool.map(_parse_chunk, chunks, [context] * len(chunks)) for result in chunk]
    return [(label, result) for (_, label), result in zip(jobs, parsed)]


def question_file_path(question: Question) -> str:
    """Where a question is written, relative to the bank folder."""
    return question.source_path or f"d{question.dimension}/{question.id}.md"


def write_text_atomically(path: Path, text: str) -> None:
    """Write through a temporary file and a rename, so a crash never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise


def write_question(folder: Path, question: Question) -> Path:
    path = Path(folder) / question_file_path(question)
    write_text_atomically(path, format_question(question))
    return path


def bank_files(bank: Bank) -> dict[str, str]:
    """Every file of a bank in the documented format: relative path -> text."""
    files = {FRAMEWORK_FILE: format_framework(bank.framework), AGENCIES_FILE: format_agencies(bank.agencies)}
    for question in bank.questions:
        files[question_file_path(question)] = format_question(question)
    return files


def write_bank(bank: Bank, folder: str | os.PathLike) -> list[Path]:
    """Write a whole bank in the documented format; returns the files written."""
    folder = Path(folder)
    written = []
    for name, text in bank_files(bank).items():
        write_text_atomically(folder / name, text)
        written.append(folder / name)
    return written
