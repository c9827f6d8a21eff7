"""The bundled starter bank: clean, complete, and covering what the seminar summary asks for."""

from __future__ import annotations

import pytest

from sealprep.core.bank.folder import load_bank
from sealprep.paths import bundled_bank_dir

# Every question of the interview-preparation table at the end of the seminar summary (seed 004).
INTERVIEW_PREPARATION_TABLE = [
    "d1-gender-upstream",
    "d1-executives-use-gender-data",
    "d1-indicators-change-thinking",
    "d1-sed-role-city-strategy",
    "d1-gender-embedded-in-plan",
    "d5-core-message-equal-city",
    "d5-vulnerable-voices",
    "d5-gender-seal-accountability",
    "d5-without-un-sustainability",
    "d5-lessons-external-assessment",
]


@pytest.fixture(scope="module")
def bank():
    result = load_bank(bundled_bank_dir())
    assert result.problems == []
    return result.bank


def test_the_starter_bank_is_clean_and_large_enough(bank):
    assert len(bank.questions) >= 25
    assert {q.dimension for q in bank.questions} == {1, 2, 3, 4, 5}


def test_the_framework_has_the_seal_levels_and_the_benchmarks_the_seeds_name(bank):
    framework = bank.framework
    assert framework.total_benchmarks == 40
    assert [(lv.id, lv.percent, lv.benchmarks) for lv in framework.levels] == [
        ("gold", 80, 32),
        ("silver", 70, 28),
        ("bronze", 60, 24),
    ]
    for benchmark_id in ("1.1.1", "1.1.2", "1.1.3", "1.1.4", "5.1.1", "5.1.3"):
        benchmark = framework.benchmark(benchmark_id)
        assert benchmark is not None and benchmark.th and benchmark.en and benchmark.evidence_th
    assert [d.number for d in framework.dimensions] == [1, 2, 3, 4, 5]
    assert framework.level_for(30).id == "silver" and framework.level_for(23) is None


def test_every_question_is_complete(bank):
    for question in bank.questions:
        assert question.question_en, question.id
        assert question.answers, question.id
        assert len(question.key_points) >= 3, question.id
        assert question.evidence, question.id
        for answer in question.answers:
            assert answer.agency in bank.agencies


def test_every_named_benchmark_has_questions(bank):
    covered = {b for q in bank.questions for b in q.benchmarks}
    assert {"1.1.1", "1.1.2", "1.1.3", "1.1.4", "5.1.1", "5.1.3"} <= covered


def test_the_interview_preparation_table_is_in_the_bank(bank):
    ids = {q.id for q in bank.questions}
    assert set(INTERVIEW_PREPARATION_TABLE) <= ids


def test_the_agencies_the_seeds_name_are_listed(bank):
    for code in ("สยป.", "สำนักงาน ก.ก.", "กยช.", "สนพ.", "สนอ.", "สนศ.", "สพส.", "สปส.", "สกต.", "สงม."):
        assert code in bank.agencies, code


def test_lists_in_answers_are_separated_from_the_paragraph_above(bank):
    """Markdown reads a '- ' line straight under a paragraph as more paragraph text, so the list
    would print and show as run-on text."""
    import re

    item = re.compile(r"^([-*+]|\d+[.)])\s")
    for question in bank.questions:
        for answer in question.answers:
            lines = answer.body.split("\n")
            for above, line in zip(lines, lines[1:]):
                if (
                    item.match(line)
                    and above.strip()
                    and not item.match(above.lstrip())
                    and not above.startswith((" ", "#"))
                ):
                    raise AssertionError(
                        f"{question.id} ({answer.agency}): a list starts right under a paragraph: {line[:40]}"
                    )
