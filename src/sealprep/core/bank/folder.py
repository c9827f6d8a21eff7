"""A bank folder on disk: load and check it as a whole, or write a bank back to it."""

from __future__ import annotations

import os
import tempfile
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


def _read_text(path: Path, label: str, problems: list[Problem]) -> str | None:
    if not path.is_file():
        problems.append(Problem(label, 1, f"missing {label} in the bank folder"))
        return None
    text, problem = decode_question_bytes(path.read_bytes(), label)
    if problem:
        problems.append(problem)
    return text


def load_bank(folder: str | os.PathLike[str]) -> LoadResult:
    """Read and check every file of a bank folder. Nothing is partially accepted."""
    folder = Path(folder)
    problems: list[Problem] = []
    if not folder.is_dir():
        return LoadResult(None, [Problem(str(folder), 1, "not a folder")])

    framework = agencies = None
    text = _read_text(folder / FRAMEWORK_FILE, FRAMEWORK_FILE, problems)
    if text is not None:
        framework, found = parse_framework(text, FRAMEWORK_FILE)
        problems += found
    text = _read_text(folder / AGENCIES_FILE, AGENCIES_FILE, problems)
    if text is not None:
        agencies, found = parse_agencies(text, AGENCIES_FILE)
        problems += found

    context = BankContext(set(agencies or {}), framework) if agencies is not None else None
    questions: list[Question] = []
    first_seen: dict[str, tuple[str, int]] = {}
    for label, parsed in _parse_files(folder, question_paths(folder), context):
        problems += parsed.problems
        if parsed.question is None:
            continue
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


def _parse_file(path: str, label: str, context: BankContext | None) -> ParsedQuestion:
    text, problem = decode_question_bytes(Path(path).read_bytes(), label)
    if problem or text is None:
        return ParsedQuestion(None, [problem] if problem else [])
    return parse_question(text, label, context)


def _parse_chunk(jobs: list[tuple[str, str]], context: BankContext | None) -> list[ParsedQuestion]:
    return [_parse_file(path, label, context) for path, label in jobs]


def _parse_files(folder: Path, paths: list[Path], context: BankContext | None) -> list[tuple[str, ParsedQuestion]]:
    """Parse every question file, in order; large banks in parallel worker processes."""
    jobs = [(str(path), path.relative_to(folder).as_posix()) for path in paths]
    workers = min(os.cpu_count() or 1, 8)
    if len(jobs) < PARALLEL_FROM or workers < 2:
        return [(label, _parse_file(path, label, context)) for path, label in jobs]
    size = -(-len(jobs) // (workers * 4))
    chunks = [jobs[i : i + size] for i in range(0, len(jobs), size)]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        parsed = [result for chunk in pool.map(_parse_chunk, chunks, [context] * len(chunks)) for result in chunk]
    return [(label, result) for (_, label), result in zip(jobs, parsed)]


def question_file_path(question: Question) -> str:
    """Where a question is written, relative to the bank folder."""
    return question.source_path or f"d{question.dimension}/{question.id}.md"


def write_text_atomically(path: Path, text: str) -> None:
    """Write UTF-8 text (``\n`` line ends as given) atomically; see ``write_bytes_atomically``."""
    write_bytes_atomically(path, text.encode("utf-8"))


def write_bytes_atomically(path: Path, data: bytes) -> None:
    """Write through a temporary file and a rename, so a crash never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise


def write_question(folder: Path, question: Question) -> Path:
    path = Path(folder) / question_file_path(question)
    write_text_atomically(path, format_question(question))
    return path


def write_bank(bank: Bank, folder: str | os.PathLike[str]) -> list[Path]:
    """Write a whole bank in the documented format; returns the files written."""
    folder = Path(folder)
    written = []
    for name, text in (
        (FRAMEWORK_FILE, format_framework(bank.framework)),
        (AGENCIES_FILE, format_agencies(bank.agencies)),
    ):
        write_text_atomically(folder / name, text)
        written.append(folder / name)
    for question in bank.questions:
        written.append(write_question(folder, question))
    return written
