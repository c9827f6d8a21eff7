"""One question file: every rule of docs/bank-format.md, with the line each problem is reported on."""

from __future__ import annotations

import pytest

from bank_factory import AGENCIES, FRAMEWORK, PADS
from sealprep.core.bank.framework_file import parse_agencies, parse_framework
from sealprep.core.bank.question_file import BankContext, format_question, parse_question


@pytest.fixture(scope="module")
def context() -> BankContext:
    framework, problems = parse_framework(FRAMEWORK)
    agencies, more = parse_agencies(AGENCIES)
    assert not problems and not more
    return BankContext(set(agencies), framework)


def problems_of(text: str, context: BankContext | None = None) -> list[str]:
    return [str(p) for p in parse_question(text, "d1/q.md", context).problems]


def test_a_valid_file_parses_into_every_part(context):
    parsed = parse_question(PADS, "d1/d1-pads.md", context)
    assert parsed.problems == []
    q = parsed.question
    assert q.id == "d1-pads" and q.dimension == 1 and q.time_limit == 180
    assert q.benchmarks == ["1.1.1", "1.1.2"] and q.tags == ["education", "health"]
    assert q.question_th.startswith("การวิเคราะห์มิติทางเพศ")
    assert q.question_en == "How is gender analysis used when a project is designed?"
    assert [a.agency for a in q.answers] == ["สนศ.", "สยป."]
    assert "### ผลลัพธ์" in q.answers[0].body and "  - ติดตามผ่าน" in q.answers[0].body
    assert q.key_points == ["ความจนรายเดือน (period poverty)", "ตัวชี้วัดภายใต้ยุทธศาสตร์ด้านเรียนดี"]
    assert [(e.title, e.url) for e in q.evidence] == [
        ("Strategy map", "https://u.bangkok.go.th/gendersealstrategymap"),
        ("แผนปฏิบัติการด้านการส่งเสริมความเท่าเทียมทางเพศ พ.ศ. 2568-2570", ""),
    ]


def test_canonical_text_is_written_back_byte_for_byte(context):
    question = parse_question(PADS, "d1/d1-pads.md", context).question
    assert format_question(question) == PADS


def test_thai_section_names_and_thai_digits_are_accepted(context):
    text = PADS.replace("dimension: 1", "dimension: ๑").replace("[1.1.1, 1.1.2]", "[๑.๑.๑, ๑.๑.๒]")
    text = text.replace("time_limit: 180", "time_limit: '๑๘๐'").replace("## Key points", "## ประเด็นสำคัญ")
    text = text.replace("## Evidence", "## หลักฐาน").replace("## Answer: สยป.", "## คำตอบ: สยป.")
    parsed = parse_question(text, "d1/q.md", context)
    assert parsed.problems == []
    assert parsed.question.dimension == 1
    assert parsed.question.benchmarks == ["1.1.1", "1.1.2"]
    assert parsed.question.time_limit == 180
    assert len(parsed.question.key_points) == 2 and len(parsed.question.evidence) == 2


def test_a_bom_and_crlf_line_ends_are_accepted(context):
    parsed = parse_question("\ufeff" + PADS.replace("\n", "\r\n"), "d1/q.md", context)
    assert parsed.problems == [] and parsed.question.id == "d1-pads"


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (lambda t: t.replace("## Key points", "## Notes"), "d1/q.md:23: unknown section '## Notes'"),
        (lambda t: t.replace("## Answer: สยป.", "## Answer: สปท."), "d1/q.md:20: unknown agency 'สปท.'"),
        (lambda t: t.replace("[1.1.1, 1.1.2]", "[1.1.1, 1.9.9]"), "d1/q.md:4: unknown benchmark '1.9.9'"),
        (
            lambda t: t.replace("[1.1.1, 1.1.2]", "[1.1.1, 5.1.1]"),
            "d1/q.md:4: benchmark '5.1.1' belongs to dimension 5",
        ),
        (lambda t: t.replace("dimension: 1", "dimension: 7"), "d1/q.md:3: dimension must be a number from 1 to 5"),
        (lambda t: t.replace("id: d1-pads\n", ""), "d1/q.md:2: missing 'id'"),
        (lambda t: t.replace("id: d1-pads", "id: d1 pads"), "d1/q.md:2: id 'd1 pads' may hold only"),
        (lambda t: t.replace("tags:", "colour: red\ntags:"), "d1/q.md:5: unknown front-matter key 'colour'"),
        (lambda t: t.replace("time_limit: 180", "time_limit: soon"), "d1/q.md:6: time_limit must be a positive number"),
        (
            lambda t: t.replace("tags: [education, health]", "tags: [education, health"),
            "d1/q.md:6: YAML does not parse",
        ),
        (lambda t: t.replace("# การวิเคราะห์", "การวิเคราะห์"), "d1/q.md:8: text before the '#' question"),
        (lambda t: t.replace("## EN\n", ""), "d1/q.md:10: text outside any '##' section"),
        (lambda t: t.replace("- ความจนรายเดือน", "ความจนรายเดือน"), "d1/q.md:24: expected a bullet item"),
        (
            lambda t: t.replace("(https://u.bangkok.go.th/gendersealstrategymap)", "(ftp://x.org/a)"),
            "d1/q.md:28: evidence link 'ftp://x.org/a' must start with http",
        ),
        (lambda t: t.replace("## Answer: สยป.", "## Answer: สนศ."), "d1/q.md:20: a second answer from 'สนศ.'"),
        (lambda t: t + "\n## EN\nagain\n", "d1/q.md:31: section '## EN' appears twice"),
        (lambda t: t + "\n# another question\n", "d1/q.md:31: a second '#' heading"),
        (
            lambda t: t.replace("## EN\nHow is gender analysis used when a project is designed?\n", "## EN\n\n"),
            "d1/q.md:10: empty section",
        ),
        (lambda t: t.replace("---\nid", "id", 1), "d1/q.md:1: missing front matter"),
    ],
)
def test_each_problem_is_reported_with_its_line(context, edit, expected):
    found = problems_of(edit(PADS), context)
    assert any(p.startswith(expected) for p in found), found


def test_headings_inside_fenced_code_are_answer_text(context):
    text = PADS.replace("### ผลลัพธ์", "```\n## not a section\n# nor a question\n```")
    parsed = parse_question(text, "d1/q.md", context)
    assert parsed.problems == []
    assert "## not a section" in parsed.question.answers[0].body


def test_an_indented_line_continues_a_bullet(context):
    text = PADS.replace("- ความจนรายเดือน (period poverty)", "- ความจนรายเดือน\n  (period poverty)")
    assert parse_question(text, "d1/q.md", context).question.key_points[0] == "ความจนรายเดือน (period poverty)"


def test_without_a_context_agencies_and_benchmarks_are_not_checked():
    text = PADS.replace("## Answer: สยป.", "## Answer: XYZ")
    assert parse_question(text, "d1/q.md").problems == []


def test_a_numeric_id_must_be_quoted(context):
    assert any("id must be text" in p for p in problems_of(PADS.replace("id: d1-pads", "id: 101"), context))
    assert problems_of(PADS.replace("id: d1-pads", "id: '101'"), context) == []
