"""The question bank as plain data: what the loader produces, the store keeps and the UI shows."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

SHOWN_LIMIT = 80
"""At most this many characters of a value are quoted in a message."""

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def printable(text: str) -> str:
    """``text`` with control characters (newlines, NUL, ...) written as escapes, on one line."""
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def cut(text: str, limit: int = SHOWN_LIMIT) -> str:
    """``text`` on one line, cut after ``limit`` characters (a message never repeats a huge value)."""
    text = printable(text)
    return text[:limit] + "…" if len(text) > limit else text


def shown(value: Any, limit: int = SHOWN_LIMIT) -> str:
    """A value as a message quotes it: ``'text'`` on one line, cut after ``limit`` characters."""
    return f"'{cut(value if isinstance(value, str) else repr(value), limit)}'"


WORDING_LANGUAGES = ("th", "en")
"""The languages a framework text exists in; ``bank_wording`` names those that are the bank's own."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a bank file, reported as ``path:line: message``."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{printable(self.path)}:{self.line}: {self.message}"


@dataclass
class Level:
    """A seal level: the share of all benchmarks that must be met to earn it."""

    id: str
    th: str
    en: str
    percent: int
    benchmarks: int


@dataclass
class Benchmark:
    id: str
    goal_id: str
    dimension: int
    th: str
    en: str = ""
    evidence_th: str = ""
    evidence_en: str = ""
    undp_comment: str = ""
    bank_wording: tuple[str, ...] = ()
    """Languages ("th", "en") whose criterion text is the bank's own wording, not UNDP's."""

    @property
    def text_known(self) -> bool:
        """False for a placeholder: the id is known, UNDP's text is not in the bank yet."""
        return bool(self.th or self.en)


@dataclass
class Goal:
    id: str
    dimension: int
    th: str
    en: str = ""
    benchmarks: list[Benchmark] = field(default_factory=list)
    bank_wording: tuple[str, ...] = ()


@dataclass
class Dimension:
    number: int
    th: str
    en: str = ""
    goals: list[Goal] = field(default_factory=list)
    bank_wording: tuple[str, ...] = ()


@dataclass
class Framework:
    institution_th: str
    institution_en: str
    total_benchmarks: int
    levels: list[Level] = field(default_factory=list)
    dimensions: list[Dimension] = field(default_factory=list)

    def all_goals(self) -> list[Goal]:
        return [g for d in self.dimensions for g in d.goals]

    def all_benchmarks(self) -> list[Benchmark]:
        return [b for g in self.all_goals() for b in g.benchmarks]

    def benchmark(self, benchmark_id: str) -> Benchmark | None:
        return next((b for b in self.all_benchmarks() if b.id == benchmark_id), None)

    def dimension(self, number: int) -> Dimension | None:
        return next((d for d in self.dimensions if d.number == number), None)

    def level_for(self, benchmarks_met: int) -> Level | None:
        """The highest level that ``benchmarks_met`` earns, or None."""
        for level in sorted(self.levels, key=lambda lv: lv.benchmarks, reverse=True):
            if benchmarks_met >= level.benchmarks:
                return level
        return None


@dataclass
class Agency:
    code: str
    th: str
    en: str = ""


@dataclass
class Answer:
    """One agency's suggested answer, in Markdown."""

    agency: str
    body: str


@dataclass
class EvidenceItem:
    title: str
    url: str = ""
    owner: str = ""
    """The agency code (agencies.yaml) that holds the document; empty when not given."""
    as_of: date | None = None
    """The date the document is current as of; None when not given."""


@dataclass
class FactToConfirm:
    """A figure or claim in a question that the secretariat must confirm before the interviews.

    Secretariat-facing only: never printed in an interviewee's booklet or briefing sheet.
    """

    fact: str
    reason: str
    agency: str
    """The agency code to ask."""


@dataclass
class Question:
    id: str
    dimension: int
    question_th: str
    question_en: str = ""
    answers: list[Answer] = field(default_factory=list)
    key_points: list[str] = field(default_factory=list)
    evidence: list[EvidenceItem] = field(default_factory=list)
    benchmarks: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    time_limit: int | None = None
    confirm: list[FactToConfirm] = field(default_factory=list)
    source_path: str = ""
    """Where the question lives, relative to the bank folder, with forward slashes."""

    def answer_agencies(self) -> list[str]:
        return [a.agency for a in self.answers]


@dataclass
class Bank:
    framework: Framework
    agencies: dict[str, Agency]
    questions: list[Question]

    def question(self, question_id: str) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)
