"""Read and write `framework.yaml` and `agencies.yaml` (docs/bank-format.md)."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import yaml

from sealprep.core.bank.model import (
    WORDING_LANGUAGES,
    Agency,
    Benchmark,
    Dimension,
    Framework,
    Goal,
    Level,
    Problem,
    shown,
)
from sealprep.core.bank.yaml_lines import LineDict, LineList, YamlSyntaxError, load_yaml
from sealprep.core.thai.text import to_ascii_digits

MAX_NUMBER = 10_000
"""The largest number framework.yaml may hold (a benchmark count, a percent, a dimension)."""


class _Reader:
    """Collects problems while reading a YAML tree; every getter reports against a line."""

    def __init__(self, path: str):
        self.path = path
        self.problems: list[Problem] = []

    def problem(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.path, line, message))

    def mapping(self, value: Any, line: int, what: str) -> LineDict | None:
        if isinstance(value, LineDict):
            return value
        self.problem(line, f"{what} must be a mapping of 'key: value' lines")
        return None

    def sequence(self, node: LineDict, key: str, what: str) -> LineList:
        value = node.get(key)
        if value is None:
            return LineList()
        if isinstance(value, LineList):
            return value
        self.problem(node.line_of(key), f"'{key}' of {what} must be a list")
        return LineList()

    def text(self, node: LineDict, key: str, what: str, required: bool = True) -> str:
        value = node.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.problem(node.line_of(key), f"{what} needs '{key}'")
            return ""
        if isinstance(value, (dict, list)):
            self.problem(node.line_of(key), f"'{key}' of {what} must be text")
            return ""
        return str(value).strip()

    def number(self, node: LineDict, key: str, what: str, required: bool = True) -> int | None:
        value = node.get(key)
        if value is None:
            if required:
                self.problem(node.line, f"{what} needs '{key}'")
            return None
        text = to_ascii_digits(str(value)).strip() if not isinstance(value, bool) else ""
        if not text.isascii() or not text.isdigit():
            self.problem(node.line_of(key), f"'{key}' of {what} must be a whole number, not {shown(value)}")
            return None
        if len(text) > len(str(MAX_NUMBER)) or int(text) > MAX_NUMBER:
            self.problem(node.line_of(key), f"'{key}' of {what} must be at most {MAX_NUMBER}, not {shown(text)}")
            return None
        return int(text)

    def identifier(self, node: LineDict, key: str, what: str) -> str:
        return to_ascii_digits(self.text(node, key, what))

    def wording(self, node: LineDict, what: str) -> tuple[str, ...]:
        """``bank_wording: [en]``: the languages whose text is the bank's own, not UNDP's."""
        value = node.get("bank_wording")
        if value is None:
            return ()
        items = value if isinstance(value, list) else [value]
        languages = tuple(str(item).strip() for item in items)
        unknown = [lang for lang in languages if lang not in WORDING_LANGUAGES]
        if unknown:
            self.problem(
                node.line_of("bank_wording"),
                f"'bank_wording' of {what} lists languages (th, en), not {shown(', '.join(unknown))}",
            )
            return ()
        return tuple(lang for lang in WORDING_LANGUAGES if lang in languages)


def parse_framework(text: str, path: str = "framework.yaml") -> tuple[Framework | None, list[Problem]]:
    reader = _Reader(path)
    try:
        root = load_yaml(text)
    except YamlSyntaxError as exc:
        return None, [Problem(path, exc.line, str(exc))]
    root = reader.mapping(root, 1, "framework.yaml")
    if root is None:
        return None, reader.problems

    institution = reader.mapping(root.get("institution"), root.line_of("institution"), "'institution'")
    total = reader.number(root, "total_benchmarks", "framework.yaml")
    framework = Framework(
        institution_th=reader.text(institution, "th", "'institution'") if institution else "",
        institution_en=reader.text(institution, "en", "'institution'", required=False) if institution else "",
        total_benchmarks=total or 0,
    )
    for index, item in enumerate(reader.sequence(root, "levels", "framework.yaml")):
        level = _read_level(reader, item, root["levels"].line_of(index), framework.total_benchmarks)
        if level:
            framework.levels.append(level)

    seen: dict[str, int] = {}

    def unique(identifier: str, line: int, what: str) -> None:
        if identifier in seen:
            reader.problem(line, f"{what} {shown(identifier)} is defined twice (first on line {seen[identifier]})")
        else:
            seen[identifier] = line

    dimensions = reader.sequence(root, "dimensions", "framework.yaml")
    for index, item in enumerate(dimensions):
        node = reader.mapping(item, dimensions.line_of(index), "a dimension")
        if node is None:
            continue
        number = reader.number(node, "number", "a dimension")
        if number is not None and not 1 <= number <= 5:
            reader.problem(node.line_of("number"), f"dimension number must be 1 to 5, not {number}")
        dimension = Dimension(
            number or 0,
            reader.text(node, "th", "a dimension"),
            reader.text(node, "en", "a dimension", False),
            bank_wording=reader.wording(node, "a dimension"),
        )
        if number is not None:
            unique(f"dimension {number}", node.line, "dimension")
        goals = reader.sequence(node, "goals", "a dimension")
        for goal_index, goal_item in enumerate(goals):
            goal = _read_goal(reader, goal_item, goals.line_of(goal_index), dimension.number, unique)
            if goal:
                dimension.goals.append(goal)
        framework.dimensions.append(dimension)
    if reader.problems:
        return None, reader.problems
    return framework, []


def _read_level(reader: _Reader, item: Any, line: int, total: int) -> Level | None:
    node = reader.mapping(item, line, "a level")
    if node is None:
        return None
    percent = reader.number(node, "percent", "a level")
    if percent is not None and not 0 < percent <= 100:
        reader.problem(node.line_of("percent"), f"percent must be 1 to 100, not {percent}")
    needed = math.ceil(total * (percent or 0) / 100)
    count = reader.number(node, "benchmarks", "a level", required=False)
    if count is not None and count != needed:
        reader.problem(node.line_of("benchmarks"), f"{percent} % of {total} benchmarks is {needed}, not {count}")
    return Level(
        id=reader.text(node, "id", "a level"),
        th=reader.text(node, "th", "a level"),
        en=reader.text(node, "en", "a level", required=False),
        percent=percent or 0,
        benchmarks=needed,
    )


def _read_goal(
    reader: _Reader, item: Any, line: int, dimension: int, unique: Callable[[str, int, str], None]
) -> Goal | None:
    node = reader.mapping(item, line, "a goal")
    if node is None:
        return None
    goal = Goal(
        reader.identifier(node, "id", "a goal"),
        dimension,
        reader.text(node, "th", "a goal"),
        reader.text(node, "en", "a goal", False),
        bank_wording=reader.wording(node, "a goal"),
    )
    if goal.id:
        unique(goal.id, node.line_of("id"), "goal")
        if goal.id.split(".")[0] != str(dimension):
            reader.problem(
                node.line_of("id"), f"goal {shown(goal.id)} must start with its dimension number {dimension}"
            )
    benchmarks = reader.sequence(node, "benchmarks", "a goal")
    for index, bitem in enumerate(benchmarks):
        bnode = reader.mapping(bitem, benchmarks.line_of(index), "a benchmark")
        if bnode is None:
            continue
        evidence = bnode.get("evidence")
        evidence = reader.mapping(evidence, bnode.line_of("evidence"), "'evidence'") if evidence is not None else None
        # A benchmark may be a placeholder (its id alone) until UNDP's text is entered.
        benchmark = Benchmark(
            id=reader.identifier(bnode, "id", "a benchmark"),
            goal_id=goal.id,
            dimension=dimension,
            th=reader.text(bnode, "th", "a benchmark", False),
            en=reader.text(bnode, "en", "a benchmark", False),
            evidence_th=reader.text(evidence, "th", "'evidence'", False) if evidence else "",
            evidence_en=reader.text(evidence, "en", "'evidence'", False) if evidence else "",
            undp_comment=reader.text(bnode, "undp_comment", "a benchmark", False),
            bank_wording=reader.wording(bnode, "a benchmark"),
        )
        if benchmark.id:
            unique(benchmark.id, bnode.line_of("id"), "benchmark")
            if goal.id and not benchmark.id.startswith(goal.id + "."):
                reader.problem(
                    bnode.line_of("id"),
                    f"benchmark {shown(benchmark.id)} must start with its goal id {shown(goal.id + '.')}",
                )
        goal.benchmarks.append(benchmark)
    return goal


def parse_agencies(text: str, path: str = "agencies.yaml") -> tuple[dict[str, Agency] | None, list[Problem]]:
    reader = _Reader(path)
    try:
        root = load_yaml(text)
    except YamlSyntaxError as exc:
        return None, [Problem(path, exc.line, str(exc))]
    root = reader.mapping(root, 1, "agencies.yaml")
    if root is None:
        return None, reader.problems
    agencies: dict[str, Agency] = {}
    for code, value in root.items():
        node = reader.mapping(value, root.line_of(code), f"agency {shown(code)}")
        if node is None:
            continue
        code_text = str(code).strip()
        agencies[code_text] = Agency(
            code_text,
            reader.text(node, "th", f"agency {shown(code)}"),
            reader.text(node, "en", f"agency {shown(code)}", False),
        )
    if reader.problems:
        return None, reader.problems
    return agencies, []


def _dump(data: Any) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)


def format_framework(framework: Framework) -> str:
    def text_pair(th: str, en: str, wording: tuple[str, ...] = ()) -> dict[str, Any]:
        out: dict[str, Any] = {**({"th": th} if th else {}), **({"en": en} if en else {})}
        if wording:
            out["bank_wording"] = list(wording)
        return out

    def benchmark(b: Benchmark) -> dict[str, Any]:
        out: dict[str, Any] = {"id": b.id, **(text_pair(b.th, b.en, b.bank_wording) if b.text_known else {})}
        if b.evidence_th or b.evidence_en:
            out["evidence"] = {k: v for k, v in (("th", b.evidence_th), ("en", b.evidence_en)) if v}
        if b.undp_comment:
            out["undp_comment"] = b.undp_comment
        return out

    data = {
        "institution": text_pair(framework.institution_th, framework.institution_en),
        "total_benchmarks": framework.total_benchmarks,
        "levels": [
            {"id": lv.id, **text_pair(lv.th, lv.en), "percent": lv.percent, "benchmarks": lv.benchmarks}
            for lv in framework.levels
        ],
        "dimensions": [
            {
                "number": d.number,
                **text_pair(d.th, d.en, d.bank_wording),
                "goals": [
                    {
                        "id": g.id,
                        **text_pair(g.th, g.en, g.bank_wording),
                        "benchmarks": [benchmark(b) for b in g.benchmarks],
                    }
                    for g in d.goals
                ],
            }
            for d in framework.dimensions
        ],
    }
    return _dump(data)


def format_agencies(agencies: dict[str, Agency]) -> str:
    return _dump({code: {"th": a.th, **({"en": a.en} if a.en else {})} for code, a in agencies.items()})
