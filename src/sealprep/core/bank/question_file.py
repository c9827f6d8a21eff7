"""Read and write one question file (docs/bank-format.md): front matter, `#` question, `##` sections.

Reading never drops text: anything the format has no place for is reported as a Problem with
its line. Writing produces the canonical form, which reads back to the same Question.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sealprep.core.bank.model import Answer, EvidenceItem, FactToConfirm, Framework, Problem, Question, cut, shown
from sealprep.core.bank.yaml_lines import LineDict, LineList, YamlSyntaxError, dump_flow, load_yaml
from sealprep.core.thai.dates import parse_date
from sealprep.core.thai.text import to_ascii_digits

LineOf = Callable[[str], int]
"""The line (1-based) of a front-matter key."""
Report = Callable[[int, str], None]
"""Report a problem at a line."""

ID_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
"""Used with ``fullmatch`` (``$`` would let a trailing newline through)."""
MAX_ID_LENGTH = 64
MAX_TIME_LIMIT = 24 * 60 * 60
"""The longest time limit (seconds) a question may have; ``bank check`` and import share it."""
FRONT_MATTER_KEYS = ("id", "dimension", "benchmarks", "tags", "time_limit", "confirm")
CONFIRM_KEYS = ("fact", "reason", "ask")
DIMENSIONS = range(1, 6)

_HEADING = re.compile(r"^(#{1,2})(?:[ \t]+(.*?))?[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_ANSWER = re.compile(r"^(?:answer|คำตอบ)\s*:\s*(.*)$", re.IGNORECASE)
_BULLET = re.compile(r"^ {0,3}[-*+][ \t]+(.*)$")
_LINK_ITEM = re.compile(r"^\[(?P<title>[^\]]+)\]\((?P<url>[^)\s]+)\)$")
_ANY_LINK = re.compile(r"\[[^\]]*\]\([^)]*\)")
_HTTP_URL = re.compile(r"^https?://\S+$", re.IGNORECASE)

# An evidence item's trailing details: "- title — owner: สนย., as of: 8 ก.ค. 2567".
EVIDENCE_SEPARATOR = " — "
_OWNER_KEYS = {"owner", "เจ้าของ"}
_AS_OF_KEYS = {"as of", "ณ วันที่"}
_DETAIL_KEY = r"(?:owner|as of|เจ้าของ|ณ วันที่)\s*:"
_DETAILS = re.compile(rf"^(?P<title>.*?) — (?P<details>{_DETAIL_KEY}.*)$", re.IGNORECASE)
_DETAIL_SPLIT = re.compile(rf",\s*(?={_DETAIL_KEY})", re.IGNORECASE)

_EN_NAMES = {"en", "english"}
_KEY_POINT_NAMES = {"key points", "ประเด็นสำคัญ"}
_EVIDENCE_NAMES = {"evidence", "หลักฐาน"}


@dataclass
class BankContext:
    """What a question is checked against: the agency codes and the framework's benchmarks."""

    agency_codes: set[str]
    framework: Framework | None = None


@dataclass
class ParsedQuestion:
    question: Question | None
    problems: list[Problem] = field(default_factory=list)
    id_line: int = 1


@dataclass
class _Section:
    kind: str  # "en" | "answer" | "key_points" | "evidence"
    heading_line: int
    agency: str = ""
    lines: list[tuple[int, str]] = field(default_factory=list)


def decode_question_bytes(data: bytes, path: str) -> tuple[str | None, Problem | None]:
    """UTF-8 (a BOM is allowed); anything else is a Problem naming the line of the first bad byte."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return None, Problem(path, line, "file is not UTF-8 text (save it as UTF-8)")
    problem = nul_problem(text, path)
    if problem:
        return None, problem
    return text.replace("\r\n", "\n").replace("\r", "\n"), None


def nul_problem(text: str, path: str) -> Problem | None:
    """A NUL character (never typed, the sign of a binary or damaged file), with its line."""
    at = text.find("\x00")
    if at < 0:
        return None
    return Problem(path, text.count("\n", 0, at) + 1, "the text holds a NUL character (a damaged or binary file?)")


def parse_question(text: str, path: str, context: BankContext | None = None) -> ParsedQuestion:
    """Parse one question file's text. With a context, agencies and benchmarks are checked too."""
    problems: list[Problem] = []

    def problem(line: int, message: str) -> None:
        problems.append(Problem(path, line, message))

    text = text.lstrip("\ufeff").replace("\r\n", "\n")
    nul = nul_problem(text, path)
    if nul:
        return ParsedQuestion(None, [nul])
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        problem(1, "missing front matter: the file must start with a '---' line")
        return ParsedQuestion(None, problems)
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:
        problem(1, "front matter is not closed: add a '---' line after it")
        return ParsedQuestion(None, problems)

    try:
        meta = load_yaml("\n".join(lines[1:end]))
    except YamlSyntaxError as exc:
        problem(1 + exc.line, str(exc))
        return ParsedQuestion(None, problems)
    if not isinstance(meta, LineDict):
        problem(2, "front matter must be 'key: value' lines")
        return ParsedQuestion(None, problems)

    def line_of(key: str) -> int:
        return 1 + meta.line_of(key)

    # Every part is read even when an earlier one is wrong, so all problems are reported at once.
    fields = _read_front_matter(meta, line_of, problem, context)
    question_th, sections = _read_body(lines, end + 1, problem)
    fields = fields or {"id": "", "dimension": 0, "benchmarks": [], "tags": [], "time_limit": None, "confirm": []}
    question = Question(
        id=fields["id"],
        dimension=fields["dimension"],
        question_th=question_th,
        benchmarks=fields["benchmarks"],
        tags=fields["tags"],
        time_limit=fields["time_limit"],
        confirm=fields["confirm"],
        source_path=path,
    )
    _fill_sections(question, sections, problem, context)
    if problems:
        return ParsedQuestion(None, problems, line_of("id"))
    return ParsedQuestion(question, problems, line_of("id"))


def _read_front_matter(
    meta: LineDict, line_of: LineOf, problem: Report, context: BankContext | None
) -> dict[str, Any] | None:
    ok = True
    for key in meta:
        if key not in FRONT_MATTER_KEYS:
            problem(line_of(key), f"unknown front-matter key {shown(key)} (allowed: {', '.join(FRONT_MATTER_KEYS)})")
            ok = False

    qid = meta.get("id")
    if qid is None:
        problem(2, "missing 'id' in front matter")
        ok = False
    elif not isinstance(qid, str):
        problem(line_of("id"), "id must be text: put it in quotes")
        ok = False
    elif not ID_PATTERN.fullmatch(qid) or len(qid) > MAX_ID_LENGTH:
        problem(
            line_of("id"),
            f"id {shown(qid)} may hold only ASCII letters, digits, '.', '_' and '-'"
            f" (at most {MAX_ID_LENGTH} characters)",
        )
        ok = False

    dimension = _whole_number(meta.get("dimension"))
    if "dimension" not in meta:
        problem(2, "missing 'dimension' in front matter")
        ok = False
    elif dimension not in DIMENSIONS:
        problem(line_of("dimension"), f"dimension must be a number from 1 to 5, not {shown(meta.get('dimension'))}")
        ok = False

    benchmarks = _text_list(meta, "benchmarks", line_of, problem)
    if benchmarks is None:
        ok = False
        benchmarks = []
    benchmarks = [to_ascii_digits(b) for b in benchmarks]
    if context and context.framework and ok:
        raw = meta.get("benchmarks") or []
        for index, benchmark_id in enumerate(benchmarks):
            line = 1 + raw.line_of(index) if isinstance(raw, LineList) else line_of("benchmarks")
            known = context.framework.benchmark(benchmark_id)
            if known is None:
                problem(line, f"unknown benchmark {shown(benchmark_id)} (not in framework.yaml)")
                ok = False
            elif known.dimension != dimension:
                problem(
                    line, f"benchmark {shown(benchmark_id)} belongs to dimension {known.dimension}, not {dimension}"
                )
                ok = False
    if len(set(benchmarks)) != len(benchmarks):
        problem(line_of("benchmarks"), "a benchmark is listed twice")
        ok = False

    tags = _text_list(meta, "tags", line_of, problem)
    if tags is None:
        ok = False

    time_limit = None
    if meta.get("time_limit") is not None:
        time_limit = _whole_number(meta["time_limit"])
        if time_limit is None or not 0 < time_limit <= MAX_TIME_LIMIT:
            problem(
                line_of("time_limit"),
                f"time_limit must be a positive number of seconds (at most {MAX_TIME_LIMIT}),"
                f" not {shown(meta['time_limit'])}",
            )
            ok = False

    confirm = _read_confirm(meta, line_of, problem, context)
    if confirm is None:
        ok = False

    if not ok:
        return None
    return {
        "id": qid,
        "dimension": dimension,
        "benchmarks": benchmarks,
        "tags": tags,
        "time_limit": time_limit,
        "confirm": confirm,
    }


def _read_confirm(
    meta: LineDict, line_of: LineOf, problem: Report, context: BankContext | None
) -> list[FactToConfirm] | None:
    """``confirm:``, a list of facts to confirm, each with ``fact``, ``reason`` and ``ask`` (an agency)."""
    value = meta.get("confirm")
    if value is None:
        return []
    if not isinstance(value, LineList):
        problem(line_of("confirm"), "'confirm' must be a list of items with 'fact', 'reason' and 'ask'")
        return None
    facts: list[FactToConfirm] = []
    ok = True
    for index, item in enumerate(value):
        line = 1 + value.line_of(index)
        if not isinstance(item, LineDict):
            problem(line, "each item of 'confirm' needs 'fact', 'reason' and 'ask' (the agency to ask)")
            ok = False
            continue
        for key in item:
            if key not in CONFIRM_KEYS:
                problem(
                    1 + item.line_of(key), f"unknown key {shown(key)} in 'confirm' (allowed: {', '.join(CONFIRM_KEYS)})"
                )
                ok = False
        texts = {}
        for key in CONFIRM_KEYS:
            text = item.get(key)
            if text is None or isinstance(text, (dict, list)) or not str(text).strip():
                problem(1 + item.line_of(key), f"a fact to confirm needs '{key}' (one line of text)")
                ok = False
                texts[key] = ""
            else:
                texts[key] = str(text).strip()
        agency = texts["ask"]
        if agency and context is not None and agency not in context.agency_codes:
            problem(1 + item.line_of("ask"), f"unknown agency {shown(agency)} (not in agencies.yaml)")
            ok = False
        facts.append(FactToConfirm(texts["fact"], texts["reason"], agency))
    return facts if ok else None


def _whole_number(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        text = to_ascii_digits(value).strip()
        if text.isascii() and text.isdigit() and len(text) <= 18:
            return int(text)
    return None


def _text_list(meta: LineDict, key: str, line_of: LineOf, problem: Report) -> list[str] | None:
    value = meta.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        problem(line_of(key), f"'{key}' must be a list, e.g. {key}: [a, b]")
        return None
    items = []
    for item in value:
        if isinstance(item, (dict, list)) or item is None:
            problem(line_of(key), f"each item of '{key}' must be a single word or number")
            return None
        items.append(str(item))
    return items


def _read_body(lines: list[str], start: int, problem: Report) -> tuple[str, list[_Section]]:
    """The '#' question and the well-formed sections; problems are reported as found."""
    question_th: str | None = None
    sections: list[_Section] = []
    current: _Section | None = None
    fence: str | None = None
    ok = True  # False once a structural problem was reported (then a missing '#' is not news)

    for index in range(start, len(lines)):
        number = index + 1
        line = lines[index]
        fence_match = _FENCE.match(line)
        if fence is not None:
            if fence_match and fence_match.group(1)[0] == fence[0] and len(fence_match.group(1)) >= len(fence):
                fence = None
            if current is not None:
                current.lines.append((number, line))
            continue
        heading = _HEADING.match(line)
        if heading and len(heading.group(1)) == 1:
            if question_th is not None:
                problem(number, "a second '#' heading: a file holds one question (use '###' inside an answer)")
                ok = False
            elif sections:
                problem(number, "the '#' question must come before every '##' section")
                ok = False
            elif not (heading.group(2) or "").strip():
                problem(number, "the '#' question line is empty")
                ok = False
            else:
                question_th = heading.group(2).strip()
            continue
        if heading:
            current = _open_section((heading.group(2) or "").strip(), number, sections, problem)
            if current is None:
                ok = False
                current = _Section("ignored", number)  # its lines belong to the bad heading
            else:
                sections.append(current)
            continue
        if fence_match:
            fence = fence_match.group(1)
        if current is not None:
            current.lines.append((number, line))
        elif line.strip():
            where = "before the '#' question" if question_th is None else "outside any '##' section"
            problem(number, f"text {where}: every line must belong to a section")
            ok = False

    if question_th is None and ok:
        problem(len(lines) if lines else 1, "missing the '# ...' question line")
    return question_th or "", sections


def _open_section(title: str, line: int, sections: list[_Section], problem: Report) -> _Section | None:
    lowered = title.casefold()
    answer = _ANSWER.match(title)
    if answer:
        agency = answer.group(1).strip()
        if not agency:
            problem(line, "'## Answer:' needs an agency code, e.g. '## Answer: สยป.'")
            return None
        if any(s.kind == "answer" and s.agency == agency for s in sections):
            problem(line, f"a second answer from {shown(agency)} in the same file")
            return None
        return _Section("answer", line, agency=agency)
    for kind, names in (("en", _EN_NAMES), ("key_points", _KEY_POINT_NAMES), ("evidence", _EVIDENCE_NAMES)):
        if lowered in names:
            if any(s.kind == kind for s in sections):
                problem(line, f"section {shown('## ' + title)} appears twice")
                return None
            return _Section(kind, line)
    problem(
        line,
        f"unknown section {shown('## ' + title)} (allowed: EN, Answer: <agency>, Key points, Evidence"
        " or their Thai names; use '###' for headings inside an answer)",
    )
    return None


def _content(section: _Section) -> list[tuple[int, str]]:
    """The section's lines without leading and trailing blank lines."""
    lines = section.lines
    while lines and not lines[0][1].strip():
        lines = lines[1:]
    while lines and not lines[-1][1].strip():
        lines = lines[:-1]
    return lines


def _fill_sections(question: Question, sections: list[_Section], problem: Report, context: BankContext | None) -> None:
    for section in sections:
        content = _content(section)
        if not content:
            problem(section.heading_line, "empty section")
            continue
        if section.kind == "en":
            question.question_en = "\n".join(text for _, text in content)
        elif section.kind == "answer":
            if context is not None and section.agency not in context.agency_codes:
                problem(section.heading_line, f"unknown agency {shown(section.agency)} (not in agencies.yaml)")
            question.answers.append(Answer(section.agency, "\n".join(text for _, text in content)))
        elif section.kind == "key_points":
            question.key_points = [text for _, text in _bullets(content, problem)]
        else:
            items = _bullets(content, problem)
            question.evidence = [_evidence_item(text, line, problem, context) for line, text in items]


def _bullets(content: list[tuple[int, str]], problem: Report) -> list[tuple[int, str]]:
    """The bullet items of a list section, each with the line it starts on."""
    items: list[list[Any]] = []
    for line, text in content:
        if not text.strip():
            continue
        bullet = _BULLET.match(text)
        if bullet and bullet.group(1).strip():
            items.append([line, bullet.group(1).strip()])
        elif items and text[:1] in (" ", "\t"):
            items[-1][1] += " " + text.strip()
        else:
            problem(line, "expected a bullet item ('- ...') in this list section")
    return [(line, text) for line, text in items]


def _evidence_item(text: str, line: int, problem: Report, context: BankContext | None) -> EvidenceItem:
    item = EvidenceItem(text)
    details = _DETAILS.match(text)
    if details:
        text = details.group("title").strip()
        _read_evidence_details(item, details.group("details"), line, problem, context)
    link = _LINK_ITEM.match(text)
    if link:
        url = link.group("url")
        if not _HTTP_URL.match(url):
            problem(line, f"evidence link {shown(url)} must start with http:// or https://")
        item.title, item.url = link.group("title").strip(), url
        return item
    if _ANY_LINK.search(text):
        problem(line, "write an evidence item as '[title](url)' alone, or as a plain title")
    item.title = text
    return item


def _read_evidence_details(
    item: EvidenceItem, details: str, line: int, problem: Report, context: BankContext | None
) -> None:
    """``owner: CODE, as of: DATE`` after the em dash; each key at most once."""
    seen: set[str] = set()
    for part in _DETAIL_SPLIT.split(details):
        key, _, value = part.partition(":")
        key, value = key.strip().casefold(), value.strip()
        kind = "owner" if key in _OWNER_KEYS else "as_of"
        if kind in seen:
            problem(line, f"{shown(key)} is given twice in this evidence item")
            continue
        seen.add(kind)
        if not value:
            problem(line, f"'{key}:' needs a value in this evidence item")
        elif kind == "owner":
            if context is not None and value not in context.agency_codes:
                problem(line, f"unknown evidence owner {shown(value)} (not in agencies.yaml)")
            item.owner = value
        else:
            try:
                item.as_of = parse_date(value)
            except ValueError as exc:
                problem(line, f"evidence date: {cut(str(exc))}")


def evidence_details_text(item: EvidenceItem) -> str:
    """``owner: สนย., as of: 2024-07-08`` in the canonical form, or "" when the item has neither."""
    parts = []
    if item.owner:
        parts.append(f"owner: {item.owner}")
    if item.as_of is not None:
        parts.append(f"as of: {item.as_of.isoformat()}")
    return ", ".join(parts)


def format_evidence_item(item: EvidenceItem) -> str:
    """One evidence bullet's text (without the '- '), as a question file writes it."""
    text = f"[{item.title}]({item.url})" if item.url else item.title
    details = evidence_details_text(item)
    return f"{text}{EVIDENCE_SEPARATOR}{details}" if details else text


def format_question(question: Question) -> str:
    """The canonical text of a question file."""
    out = ["---", f"id: {dump_flow(question.id)}", f"dimension: {question.dimension}"]
    if question.benchmarks:
        out.append(f"benchmarks: {dump_flow(list(question.benchmarks))}")
    if question.tags:
        out.append(f"tags: {dump_flow(list(question.tags))}")
    if question.time_limit:
        out.append(f"time_limit: {question.time_limit}")
    if question.confirm:
        out.append("confirm:")
        for fact in question.confirm:
            out += [
                f"  - fact: {dump_flow(fact.fact)}",
                f"    reason: {dump_flow(fact.reason)}",
                f"    ask: {dump_flow(fact.agency)}",
            ]
    out += ["---", f"# {question.question_th.strip()}", ""]
    if question.question_en.strip():
        out += ["## EN", question.question_en.strip("\n"), ""]
    for answer in question.answers:
        out += [f"## Answer: {answer.agency}", answer.body.strip("\n"), ""]
    if question.key_points:
        out += ["## Key points", *[f"- {point}" for point in question.key_points], ""]
    if question.evidence:
        out.append("## Evidence")
        out += [f"- {format_evidence_item(e)}" for e in question.evidence]
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"
