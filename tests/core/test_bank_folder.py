"""A whole bank folder: problems across files, framework rules, encodings, and writing it back."""

from __future__ import annotations

from pathlib import Path

from bank_factory import FRAMEWORK, PADS, QUESTIONS, write_bank
from sealprep.core.bank.folder import load_bank
from sealprep.core.bank.folder import write_bank as write_bank_folder


def messages(folder: Path) -> list[str]:
    return [str(p) for p in load_bank(folder).problems]


def test_a_clean_folder_loads_every_question(bank_dir):
    result = load_bank(bank_dir)
    assert result.ok
    assert sorted(q.id for q in result.bank.questions) == ["d1-pads", "d1-tracking", "d3-harassment"]
    assert result.bank.framework.benchmark("1.1.2").th == "กลไกวิเคราะห์ด้านเพศสภาพ"
    assert [lv.benchmarks for lv in result.bank.framework.levels] == [32, 28, 24]
    assert result.bank.question("d1-pads").source_path == "d1/d1-pads.md"


def test_a_duplicate_id_names_both_files(tmp_path):
    folder = write_bank(tmp_path / "b", {**QUESTIONS, "d5/copy.md": PADS})
    found = messages(folder)
    assert "d1/d1-pads.md:2: duplicate id 'd1-pads': also used in d5/copy.md:2" in found
    assert "d5/copy.md:2: duplicate id 'd1-pads': also used in d1/d1-pads.md:2" in found


def test_a_file_that_is_not_utf8_is_reported_with_the_line_of_the_bad_byte(tmp_path):
    folder = write_bank(tmp_path / "b")
    (folder / "d1" / "cp874.md").write_bytes(PADS.encode("cp874", errors="replace"))
    assert any(m.startswith("d1/cp874.md:8: file is not UTF-8") for m in messages(folder))


def test_problems_in_several_files_are_all_reported(tmp_path):
    folder = write_bank(tmp_path / "b")
    (folder / "d1" / "bad1.md").write_text(
        PADS.replace("d1-pads", "bad1").replace("## EN", "## Summary"), encoding="utf-8"
    )
    (folder / "d1" / "bad2.md").write_text(PADS.replace("d1-pads", "bad2").replace("สยป.", "ไม่มี"), encoding="utf-8")
    found = messages(folder)
    assert any(m.startswith("d1/bad1.md:10: unknown section '## Summary'") for m in found)
    assert any(m.startswith("d1/bad2.md:20: unknown agency 'ไม่มี'") for m in found)
    assert load_bank(folder).bank is None


def test_framework_rules_are_checked_with_lines(tmp_path):
    folder = write_bank(tmp_path / "b")
    broken = FRAMEWORK.replace('- id: "1.1.2"', '- id: "2.1.2"').replace(
        "percent: 70, benchmarks: 28", "percent: 70, benchmarks: 27"
    )
    (folder / "framework.yaml").write_text(broken, encoding="utf-8")
    found = messages(folder)
    assert any(m.startswith("framework.yaml:7: 70 % of 40 benchmarks is 28, not 27") for m in found), found
    assert any(
        m.startswith("framework.yaml:22: benchmark '2.1.2' must start with its goal id '1.1.'") for m in found
    ), found


def test_missing_framework_or_agencies_is_a_problem(tmp_path):
    folder = write_bank(tmp_path / "b")
    (folder / "agencies.yaml").unlink()
    assert "agencies.yaml:1: missing agencies.yaml in the bank folder" in messages(folder)


def test_thai_digit_ids_in_the_framework_are_normalised(tmp_path):
    folder = write_bank(tmp_path / "b")
    (folder / "framework.yaml").write_text(FRAMEWORK.replace('"1.1.1"', '"๑.๑.๑"'), encoding="utf-8")
    result = load_bank(folder)
    assert result.ok and result.bank.framework.benchmark("1.1.1") is not None


def test_readme_and_hidden_folders_are_ignored(tmp_path):
    folder = write_bank(tmp_path / "b")
    (folder / "README.md").write_text("# About this bank\n\nnot a question\n", encoding="utf-8")
    (folder / ".trash").mkdir()
    (folder / ".trash" / "old.md").write_text("junk", encoding="utf-8")
    assert load_bank(folder).ok


def test_writing_a_bank_and_reading_it_back_is_lossless(bank_dir, tmp_path):
    original = load_bank(bank_dir).bank
    write_bank_folder(original, tmp_path / "out")
    again = load_bank(tmp_path / "out")
    assert again.ok
    assert again.bank == original
    # a canonical file is written back byte for byte
    assert (tmp_path / "out" / "d1" / "d1-pads.md").read_text(encoding="utf-8") == PADS


def test_a_large_bank_parsed_in_worker_processes_gives_the_same_result(bank_dir, monkeypatch):
    import sealprep.core.bank.folder as bank_folder

    sequential = load_bank(bank_dir)
    monkeypatch.setattr(bank_folder, "PARALLEL_FROM", 1)
    parallel = load_bank(bank_dir)
    assert parallel.ok and parallel.bank == sequential.bank


def test_problems_found_in_worker_processes_are_reported_too(tmp_path, monkeypatch):
    import sealprep.core.bank.folder as bank_folder

    folder = write_bank(tmp_path / "b", {**QUESTIONS, "d5/copy.md": PADS})
    monkeypatch.setattr(bank_folder, "PARALLEL_FROM", 1)
    assert "d5/copy.md:2: duplicate id 'd1-pads': also used in d1/d1-pads.md:2" in messages(folder)
