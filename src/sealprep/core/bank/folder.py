"""A bank folder on disk: load and check it as a whole, or write a bank back to it."""

from __future__ import annotations

import os
import stat
import sys
import tempfile
import threading
from collections.abc import Mapping
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from sealprep.core.bank.file_names import UnsafePathError, inside, source_path_problem
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
MAX_FILE_BYTES = 1_000_000
"""The largest question file, framework.yaml or agencies.yaml read (1 MB; the bundled
framework.yaml is 14 kB, a long question 20 kB)."""


@dataclass
class LoadResult:
    """A bank, or None when any problem was found; problems sorted by file and line."""

    bank: Bank | None
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.bank is not None and not self.problems


def question_paths(folder: Path, problems: list[Problem] | None = None) -> list[Path]:
    """Every question file below ``folder``, in a stable order (hidden files and folders are
    skipped; links to folders are not followed). Anything named ``*.md`` counts, so a folder or a
    pipe with such a name is reported when read. A sub-folder that cannot be listed is added to
    ``problems``."""

    def unreadable(error: OSError) -> None:
        if problems is not None:
            where = Path(error.filename or folder)
            label = where.relative_to(folder).as_posix() if where.is_relative_to(folder) else str(where)
            problems.append(Problem(label, 1, f"the folder cannot be read: {error.strerror or error}"))

    paths = []
    for root, folders, files in os.walk(folder, onerror=unreadable):
        folders[:] = [name for name in folders if not name.startswith(".")]
        for name in files + folders:
            if name.endswith(".md") and not name.startswith(".") and name.lower() not in IGNORED_NAMES:
                paths.append(Path(root) / name)
    return sorted(paths, key=lambda p: p.relative_to(folder).as_posix())


def read_bank_file(path: Path, label: str, limit: int = MAX_FILE_BYTES) -> tuple[bytes | None, Problem | None]:
    """The bytes of one plain file of at most ``limit`` bytes, or a Problem saying why not.

    Only regular files are read (a link is followed only to a regular file): a folder, a pipe or
    a device (``/dev/zero``) named ``*.md`` is reported, never opened in a way that blocks.
    """
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            return None, Problem(label, 1, "not a plain file (a folder, pipe or device): only files are read")
        if info.st_size > limit:
            return None, Problem(label, 1, f"the file is too large ({info.st_size:,} bytes; at most {limit:,})")
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(descriptor, "rb") as stream:
            if not stat.S_ISREG(os.fstat(descriptor).st_mode):  # replaced since the check
                return None, Problem(label, 1, "not a plain file (a folder, pipe or device): only files are read")
            data = stream.read(limit + 1)
    except FileNotFoundError:
        return None, Problem(label, 1, "the file cannot be found (a broken link, or it was just removed)")
    except OSError as exc:
        return None, Problem(label, 1, f"the file cannot be read: {exc.strerror or exc}")
    if len(data) > limit:
        return None, Problem(label, 1, f"the file is too large (more than {limit:,} bytes)")
    return data, None


def _decode(data: bytes | Problem | None, label: str, where: str, problems: list[Problem]) -> str | None:
    """A framework or agencies file's text; None (with the problem noted) when it is missing,
    could not be read (``data`` is that Problem) or is not UTF-8."""
    if data is None:
        problems.append(Problem(label, 1, f"missing {label.rsplit('/', 1)[-1]} in {where}"))
        return None
    if isinstance(data, Problem):
        problems.append(data)
        return None
    if len(data) > MAX_FILE_BYTES:
        problems.append(Problem(label, 1, f"the file is too large ({len(data):,} bytes; at most {MAX_FILE_BYTES:,})"))
        return None
    text, problem = decode_question_bytes(data, label)
    if problem:
        problems.append(problem)
    return text


def load_bank(folder: str | os.PathLike[str]) -> LoadResult:
    """Read and check every file of a bank folder. Nothing is partially accepted."""
    folder = Path(folder)
    if not folder.is_dir():
        return LoadResult(None, [Problem(str(folder), 1, "not a folder")])

    def read(name: str) -> bytes | Problem | None:
        path = folder / name
        if not os.path.lexists(path):
            return None
        data, problem = read_bank_file(path, name)
        return data if data is not None else problem

    problems: list[Problem] = []
    jobs: list[tuple[str | bytes, str]] = [
        (str(path), path.relative_to(folder).as_posix()) for path in question_paths(folder, problems)
    ]
    return check_bank(read(FRAMEWORK_FILE), read(AGENCIES_FILE), jobs, "", "the bank folder", problems)


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
    framework_data: bytes | Problem | None,
    agencies_data: bytes | Problem | None,
    jobs: list[tuple[str | bytes, str]],
    prefix: str,
    where: str,
    problems: list[Problem] | None = None,
) -> LoadResult:
    """Parse and check a whole bank: the framework, the agencies and every question file (each
    job is a file's path or its bytes, and the label problems name it by). Every question's path
    inside the bank must be a safe one (``file_names.source_path_problem``)."""
    problems = list(problems or [])
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
    safe_jobs = []
    for source, label in jobs:
        reason = source_path_problem(label[len(prefix) :])
        if reason:
            problems.append(Problem(label, 1, reason))
        else:
            safe_jobs.append((source, label))
    questions: list[Question] = []
    first_seen: dict[str, tuple[str, int]] = {}
    for label, parsed in _parse_files(safe_jobs, context):
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
    """Parse one question file, given as its path (read with ``read_bank_file``'s checks) or
    its bytes (a pack member)."""
    if isinstance(source, str):
        data, problem = read_bank_file(Path(source), label)
        if data is None:
            return ParsedQuestion(None, [problem] if problem else [])
    elif len(source) > MAX_FILE_BYTES:
        return ParsedQuestion(
            None, [Problem(label, 1, f"the file is too large ({len(source):,} bytes; at most {MAX_FILE_BYTES:,})")]
        )
    else:
        data = source
    text, problem = decode_question_bytes(data, label)
    if problem or text is None:
        return ParsedQuestion(None, [problem] if problem else [])
    return parse_question(text, label, context)


def _parse_chunk(jobs: list[tuple[str | bytes, str]], context: BankContext | None) -> list[ParsedQuestion]:
    return [_parse_file(source, label, context) for source, label in jobs]


def _end_with_parent(parent: int) -> None:
    """Run in each worker process: end it when the process that started it ends, even when that
    one was killed (SIGKILL, Task Manager) and could not shut its pool down."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes
            import signal

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG: the kernel kills us with the parent
        except (OSError, AttributeError):
            pass
    threading.Thread(target=_watch_parent, args=(parent,), name="parent-watchdog", daemon=True).start()


def _watch_parent(parent: int) -> None:
    if sys.platform == "win32":
        import ctypes

        synchronize, infinite = 0x00100000, 0xFFFFFFFF
        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(synchronize, False, parent)
        if not handle:
            return  # cannot watch it; never fall through to os.kill, which terminates on Windows
        kernel32.WaitForSingleObject(handle, infinite)
        os._exit(1)
    started_under = os.getppid()  # the parent, or a fork server that started us for it
    pause = threading.Event()
    while os.getppid() == started_under:
        try:
            os.kill(parent, 0)
        except ProcessLookupError:
            break
        except OSError:
            pass  # alive, but not ours to signal
        pause.wait(0.5)
    os._exit(1)


def _parse_files(jobs: list[tuple[str | bytes, str]], context: BankContext | None) -> list[tuple[str, ParsedQuestion]]:
    """Parse every question file (a path or its bytes), in order; large banks in parallel
    worker processes."""
    workers = min(os.cpu_count() or 1, 8)
    if len(jobs) < PARALLEL_FROM or workers < 2:
        return [(label, _parse_file(source, label, context)) for source, label in jobs]
    size = -(-len(jobs) // (workers * 4))
    chunks = [jobs[i : i + size] for i in range(0, len(jobs), size)]
    with ProcessPoolExecutor(max_workers=workers, initializer=_end_with_parent, initargs=(os.getpid(),)) as pool:
        parsed = [result for chunk in pool.map(_parse_chunk, chunks, [context] * len(chunks)) for result in chunk]
    return [(label, result) for (_, label), result in zip(jobs, parsed)]


def question_file_path(question: Question) -> str:
    """Where a question is written, relative to the bank folder: its recorded path when that is
    a valid one (relative, portable, ``.md``), else ``d<N>/<id>.md``."""
    if question.source_path and source_path_problem(question.source_path) is None:
        return question.source_path
    return f"d{question.dimension}/{question.id}.md"


_umask_lock = threading.Lock()


def _umask() -> int:
    with _umask_lock:
        mask = os.umask(0o022)
        os.umask(mask)
    return mask


def write_bytes_atomically(path: Path, data: bytes) -> None:
    """Write through a temporary file and a rename, so a crash never leaves half a file. The
    file gets the permissions any new file gets (0666 less the user's umask), not the
    temporary file's 0600."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise


def write_text_atomically(path: Path, text: str) -> None:
    write_bytes_atomically(path, text.encode("utf-8"))


def write_question(folder: Path, question: Question) -> Path:
    """Write one question's file; UnsafePathError when its path would lead outside ``folder``."""
    path = inside(folder, question_file_path(question))
    write_text_atomically(path, format_question(question))
    return path


def bank_files(bank: Bank) -> dict[str, str]:
    """Every file of a bank in the documented format: relative path -> text."""
    files = {FRAMEWORK_FILE: format_framework(bank.framework), AGENCIES_FILE: format_agencies(bank.agencies)}
    for question in bank.questions:
        files[question_file_path(question)] = format_question(question)
    return files


def write_bank(bank: Bank, folder: str | os.PathLike[str]) -> list[Path]:
    """Write a whole bank in the documented format; returns the files written.

    Every path is checked before anything is written: one that would lead outside ``folder``
    (through a link) or two questions sharing a file raise UnsafePathError and nothing changes.
    """
    folder = Path(folder)
    targets: dict[str, str] = {}
    for question in bank.questions:
        relative = question_file_path(question)
        inside(folder, relative)
        other = targets.setdefault(relative.casefold(), question.id)
        if other != question.id:
            raise UnsafePathError(f"questions '{other}' and '{question.id}' would both be written to {relative}")
    written = []
    for name, text in bank_files(bank).items():
        write_text_atomically(inside(folder, name), text)
        written.append(folder / name)
    return written
