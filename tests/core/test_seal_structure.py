"""Issue 15 in the core: evidence owners and dates, facts to confirm, bank_wording marks and
placeholder benchmarks, read from files, checked, stored, exported and read again."""

from __future__ import annotations

from datetime import date

import pytest

from bank_factory import DATED, GAPPY_FRAMEWORK, PADS, QUESTIONS, write_bank
from sealprep.core.bank.evidence_review import NO_OWNER, STALE, months_before, review_evidence
from sealprep.core.bank.folder import load_bank
from sealprep.core.bank.model import EvidenceItem
from sealprep.core.bank.question_file import BankContext, format_question, parse_question
from sealprep.core.bank.service import check_folder, export_folder, import_folder
from sealprep.core.thai.dates import parse_date

CONTEXT = BankContext({"สยป.", "สนศ.", "สำนักงาน ก.ก."})


@pytest.mark.parametrize(
    "text",
    [
        "8 ก.ค. 2567",
        "๘ ก.ค. ๒๕๖๗",
        "8 กรกฎาคม 2567",
        "8/7/2567",
        "8/7/2024",
        "2024-07-08",
        "2567-07-08",
        "8 July 2024",
        "July 8, 2024",
        "8 ก.ค. พ.ศ. 2567",
    ],
)
def test_a_date_is_read_in_buddhist_or_common_era_with_thai_or_arabic_digits(text):
    assert parse_date(text) == date(2024, 7, 8)


@pytest.mark.parametrize("text", ["soon", "31 ก.พ. 2567", "8 foo 2567", "2567"])
def test_a_bad_date_is_refused_with_a_reason(text):
    with pytest.raises(ValueError, match=text.split()[0]):
        parse_date(text)


def test_evidence_details_are_read_and_written_back_in_canonical_form():
    parsed = parse_question(DATED, "d1/d1-dated.md", CONTEXT)
    assert parsed.problems == []
    strategy, plan, report, notice, note = parsed.question.evidence
    assert (strategy.title, strategy.url, strategy.owner, strategy.as_of) == (
        "Strategy map",
        "https://u.bangkok.go.th/gendersealstrategymap",
        "สยป.",
        date(2024, 7, 8),
    )
    assert (plan.title, plan.owner, plan.as_of) == ("แผนปฏิบัติการ พ.ศ. 2568–2570", "สำนักงาน ก.ก.", date(2025, 3, 6))
    assert (report.owner, report.as_of) == ("", date(2020, 1, 31))
    assert (notice.owner, notice.as_of) == ("สนศ.", None)
    # an em dash that is not followed by owner/as of belongs to the title
    assert (note.title, note.owner, note.as_of) == ("บันทึก — ข้อความที่มีขีดยาวในชื่อ", "", None)
    [fact] = parsed.question.confirm
    assert (fact.fact, fact.agency) == ("Strategy Map มี 32 โครงการ", "สยป.")

    text = format_question(parsed.question)
    assert "- [Strategy map](https://u.bangkok.go.th/gendersealstrategymap) — owner: สยป., as of: 2024-07-08" in text
    assert "- แผนปฏิบัติการ พ.ศ. 2568–2570 — owner: สำนักงาน ก.ก., as of: 2025-03-06" in text
    again = parse_question(text, "d1/d1-dated.md", CONTEXT)
    assert again.question == parsed.question
    assert format_question(again.question) == text


def test_bad_owners_dates_and_facts_are_reported_with_their_lines():
    text = (
        DATED.replace("owner: สยป., as of: 8 ก.ค. 2567", "owner: XYZ, as of: 32 ก.ค. 2567")
        .replace("— as of: 2020-01-31", "— as of: 2020-01-31, as of: 2021-01-01")
        .replace("    ask: สยป.", "    ask: ABC")
    )
    problems = [str(p) for p in parse_question(text, "d1/d1-dated.md", CONTEXT).problems]
    assert "d1/d1-dated.md:8: unknown agency 'ABC' (not in agencies.yaml)" in problems
    assert "d1/d1-dated.md:13: unknown evidence owner 'XYZ' (not in agencies.yaml)" in problems
    assert any(p.startswith("d1/d1-dated.md:13: evidence date: '32 ก.ค. 2567'") for p in problems)
    assert "d1/d1-dated.md:15: 'as of' is given twice in this evidence item" in problems
    missing = DATED.replace("    reason: ตารางหลักฐานระบุ 30 แต่คำอธิบายระบุ 32\n", "")
    assert [str(p) for p in parse_question(missing, "x.md", CONTEXT).problems] == [
        "x.md:6: a fact to confirm needs 'reason' (one line of text)"
    ]


def test_bank_check_names_the_file_and_line_of_a_bad_evidence_owner(tmp_path):
    folder = write_bank(tmp_path / "b", {**QUESTIONS, "d1/d1-dated.md": DATED.replace("owner: สนศ.", "owner: สนย.")})
    assert [str(p) for p in check_folder(folder)] == [
        "d1/d1-dated.md:16: unknown evidence owner 'สนย.' (not in agencies.yaml)"
    ]


def test_owners_dates_facts_marks_and_placeholders_survive_import_and_export(store, tmp_path):
    folder = write_bank(tmp_path / "in", {**QUESTIONS, "d1/d1-dated.md": DATED}, framework=GAPPY_FRAMEWORK)
    assert check_folder(folder) == []
    assert import_folder(store, folder).ok
    stored = store.bank.question("d1-dated")
    assert stored.evidence[0].owner == "สยป." and stored.evidence[0].as_of == date(2024, 7, 8)
    assert stored.confirm[0].reason == "ตารางหลักฐานระบุ 30 แต่คำอธิบายระบุ 32"
    assert [qid for qid, _ in store.bank.facts_to_confirm()] == ["d1-dated"]
    framework = store.bank.framework()
    placeholder = framework.benchmark("1.1.3")
    assert placeholder is not None and not placeholder.text_known
    assert framework.benchmark("1.1.2").bank_wording == ("en",)
    assert framework.dimension(3).goals[0].bank_wording == ("th",)

    out = tmp_path / "out"
    export_folder(store, out)
    again = load_bank(out)
    assert again.ok, again.problems
    assert again.bank.question("d1-dated") == load_bank(folder).bank.question("d1-dated")
    assert again.bank.framework == load_bank(folder).bank.framework
    assert "  - id: 1.1.3\n" in (out / "framework.yaml").read_text(encoding="utf-8").replace("'", "")
    # canonical files come back byte for byte
    export_folder(store, tmp_path / "out2")
    assert (tmp_path / "out2/d1/d1-dated.md").read_bytes() == (out / "d1/d1-dated.md").read_bytes()


def test_a_placeholder_benchmark_can_carry_questions(tmp_path):
    pads = PADS.replace("benchmarks: [1.1.1, 1.1.2]", "benchmarks: [1.1.1, 1.1.3]")
    folder = write_bank(tmp_path / "b", {**QUESTIONS, "d1/d1-pads.md": pads}, framework=GAPPY_FRAMEWORK)
    assert check_folder(folder) == []


def test_bank_wording_must_name_languages(tmp_path):
    folder = write_bank(tmp_path / "b", framework=GAPPY_FRAMEWORK.replace("bank_wording: [en]", "bank_wording: [fr]"))
    problems = [str(p) for p in check_folder(folder)]
    assert len(problems) == 1 and "'bank_wording' of a benchmark lists languages (th, en), not 'fr'" in problems[0]


def test_months_before_clamps_to_the_end_of_a_short_month():
    assert months_before(date(2025, 3, 31), 1) == date(2025, 2, 28)
    assert months_before(date(2025, 1, 15), 12) == date(2024, 1, 15)


def test_evidence_to_review_is_what_is_older_than_the_threshold_or_has_no_owner():
    evidence = {
        "q1": [
            EvidenceItem("old", owner="สยป.", as_of=date(2024, 6, 30)),
            EvidenceItem("fresh", owner="สยป.", as_of=date(2024, 7, 1)),
            EvidenceItem("nobody's", as_of=date(2025, 1, 1)),
            EvidenceItem("old and nobody's", as_of=date(2020, 1, 1)),
            EvidenceItem("undated", owner="สนศ."),
        ]
    }
    found = review_evidence(evidence, date(2025, 7, 1), 12)
    assert [(f.item.title, f.reasons) for f in found] == [
        ("old", (STALE,)),
        ("nobody's", (NO_OWNER,)),
        ("old and nobody's", (STALE, NO_OWNER)),
    ]
    assert [f.item.title for f in review_evidence(evidence, date(2025, 7, 1), 6, stale_only=True)] == [
        "old",
        "fresh",
        "old and nobody's",
    ]


def test_criterion_text_falls_back_to_the_other_language_and_marks_only_our_own_text():
    from sealprep.core.bank.display import criterion_text
    from sealprep.core.bank.model import Benchmark

    ours_in_english = Benchmark("1.1.3", "1.1", 1, "เกณฑ์", "Criterion", bank_wording=("en",))
    assert criterion_text(ours_in_english, "th") == ("เกณฑ์", "")
    assert criterion_text(ours_in_english, "en") == ("Criterion", "the bank's wording, not UNDP's")
    english_only = Benchmark("1.1.4", "1.1", 1, "", "Only English")
    assert criterion_text(english_only, "th") == ("Only English", "")
    assert criterion_text(Benchmark("1.1.5", "1.1", 1, ""), "th") == ("ยังไม่มีข้อความเกณฑ์ของ UNDP ในคลังคำถาม", "")
