"""A bank folder on disk: load and check it as a whole, or write a bank back to it."""

from __future__ import annotations

import os
import stat
import sys
import tempfile
import threading
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


def _read_text(path: Path, label: str, problems: list[Problem]) -> str | None:
    if not os.path.lexists(path):
        problems.append(Problem(label, 1, f"missing {label} in the bank folder"))
        return None
    data, problem = read_bank_file(path, label)
    if data is None:
        problems.append(problem)  # type: ignore[arg-type]
        return None
    text, problem = decode_question_bytes(data, label)
    if problem:
        problems.append(problem)
    return text


def load_bank(folder: str | os.PathLike) -> LoadResult:
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
    paths = []
    for path in question_paths(folder, problems):
        label = path.relative_to(folder).as_posix()
        reason = source_path_problem(label)
        if reason:
            problems.append(Problem(label, 1, reason))
        else:
            paths.append(path)
    questions: list[Question] = []
    first_seen: dict[str, tuple[str, int]] = {}
    for label, parsed in _parse_files(folder, paths, context):
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
    data, problem = read_bank_file(Path(path), label)
    if data is None:
        return ParsedQuestion(None, [problem] if problem else [])
    text, problem = decode_question_bytes(data, label)
    if problem or text is None:
        return ParsedQuestion(None, [problem] if problem else [])
    return parse_question(text, label, context)


def _parse_chunk(jobs: list[tuple[str, str]], context: BankContext | None) -> list[ParsedQuestion]:
    return [_parse_file(path, label, context) for path, label in jobs]


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


def _parse_files(folder: Path, paths: list[Path], context: BankContext | None) -> list[tuple[str, ParsedQuestion]]:
    """Parse every question file, in order; large banks in parallel worker processes."""
    jobs = [(str(path), path.relative_to(folder).as_posix()) for path in paths]
    workers = min(os.cpu_count() or 1, 8)
    if len(jobs) < PARALLEL_FROM or workers < 2:
        return [(label, _parse_file(path, label, context)) for path, label in jobs]
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


def write_bank(bank: Bank, folder: str | os.PathLike) -> list[Path]:
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
    for name, text in (
        (FRAMEWORK_FILE, format_framework(bank.framework)),
        (AGENCIES_FILE, format_agencies(bank.agencies)),
    ):
        write_text_atomically(inside(folder, name), text)
        written.append(folder / name)
    for question in bank.questions:
        written.append(write_question(folder, question))
    return written
