"""The `sealprep` command, run in-process through its real entry point."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from bank_factory import PADS, write_bank
from sealprep.__main__ import main

REPO = Path(__file__).resolve().parents[1]


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_bank_check_passes_a_clean_bank(capsys, bank_dir):
    code, out, err = run(capsys, "bank", "check", str(bank_dir))
    assert code == 0 and out == "" and "clean" in err


def test_bank_check_prints_every_problem_as_path_line_message(capsys, tmp_path):
    folder = write_bank(tmp_path / "b")
    (folder / "d1" / "d1-pads.md").write_text(
        PADS.replace("## EN", "## Summary").replace("สยป.", "XYZ"), encoding="utf-8"
    )
    code, out, _ = run(capsys, "bank", "check", str(folder))
    assert code == 1
    lines = out.splitlines()
    assert f"{folder.as_posix()}/d1/d1-pads.md:10: unknown section '## Summary'" in lines[0] or any(
        "d1-pads.md:10: unknown section" in line for line in lines
    )
    assert any(line.startswith(f"{folder.as_posix()}/d1/d1-pads.md:20: unknown agency 'XYZ'") for line in lines)


def test_import_then_search_prints_the_question_id_first(capsys, bank_dir, tmp_path):
    db = str(tmp_path / "s.db")
    code, out, _ = run(capsys, "--db", db, "bank", "import", str(bank_dir))
    assert code == 0 and "imported 3 questions" in out
    code, out, _ = run(capsys, "--db", db, "search", "ผ้าอนามัย")
    assert code == 0
    assert out.splitlines()[0] == "id\tdimension\tquestion"
    assert out.splitlines()[1].split("\t")[0] == "d1-pads"
    code, out, _ = run(capsys, "--db", db, "search", "--json", "Traffy")
    assert [hit["id"] for hit in json.loads(out)] == ["d3-harassment"]


def test_a_failed_import_says_nothing_was_imported_and_keeps_the_old_bank(capsys, bank_dir, tmp_path):
    db = str(tmp_path / "s.db")
    run(capsys, "--db", db, "bank", "import", str(bank_dir))
    broken = write_bank(tmp_path / "broken", {"d1/x.md": PADS.replace("dimension: 1", "dimension: 9")})
    code, _, err = run(capsys, "--db", db, "bank", "import", str(broken))
    assert code == 1
    assert "x.md:3: dimension must be a number from 1 to 5" in err and "nothing imported" in err
    code, out, _ = run(capsys, "--db", db, "search", "Traffy")
    assert code == 0 and out.splitlines()[1].startswith("d3-harassment")


def test_export_writes_the_bank_back(capsys, bank_dir, tmp_path):
    db = str(tmp_path / "s.db")
    run(capsys, "--db", db, "bank", "import", str(bank_dir))
    code, _, _ = run(capsys, "--db", db, "bank", "export", str(tmp_path / "out"))
    assert code == 0
    assert (tmp_path / "out" / "d1" / "d1-pads.md").read_text(encoding="utf-8") == PADS
    code, _, _ = run(capsys, "bank", "check", str(tmp_path / "out"))
    assert code == 0


def test_the_store_comes_from_the_environment_when_no_db_is_given(capsys, bank_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("SEALPREP_DB", str(tmp_path / "env.db"))
    run(capsys, "bank", "import", str(bank_dir))
    assert (tmp_path / "env.db").exists()


def test_search_on_an_empty_store_loads_the_starter_bank(capsys, tmp_path):
    code, out, _ = run(capsys, "--db", str(tmp_path / "fresh.db"), "search", "UNDP")
    assert code == 0 and out.strip()
    assert (tmp_path / "fresh-bank" / "framework.yaml").is_file()


def test_the_console_entry_point_runs_as_a_module(tmp_path, bank_dir):
    env = {"PYTHONPATH": str(REPO / "src"), "SEALPREP_DB": str(tmp_path / "m.db"), "PATH": ""}
    done = subprocess.run(
        [sys.executable, "-m", "sealprep", "bank", "check", str(bank_dir)],
        capture_output=True,
        text=True,
        env=env,
        encoding="utf-8",
    )
    assert done.returncode == 0, done.stderr


def _gappy_store(capsys, tmp_path):
    from bank_factory import DATED, GAPPY_FRAMEWORK, QUESTIONS

    folder = write_bank(tmp_path / "gappy", {**QUESTIONS, "d1/d1-dated.md": DATED}, framework=GAPPY_FRAMEWORK)
    db = str(tmp_path / "store.db")
    assert run(capsys, "--db", db, "bank", "import", str(folder))[0] == 0
    return db


def test_bank_benchmarks_prints_one_tab_separated_line_per_benchmark_and_goal(capsys, tmp_path):
    db = _gappy_store(capsys, tmp_path)
    code, out, _ = run(capsys, "--db", db, "bank", "benchmarks")
    assert code == 0
    assert out.splitlines() == [
        "dimension\tgoal\tbenchmark\ttext\tquestions\tassigned\tready\tevidence",
        "1\t1.1\t1.1.1\tknown\t3\t0\t\t7",
        "1\t1.1\t1.1.2\tknown\t1\t0\t\t2",
        "1\t1.1\t1.1.3\tplaceholder\t0\t0\t\t0",
        "3\t3.1\t\tknown\t1\t0\t\t1",
        "5\t5.1\t5.1.1\tknown\t0\t0\t\t0",
    ]
    code, out, _ = run(capsys, "--db", db, "bank", "benchmarks", "--json")
    records = json.loads(out)
    assert records[2] == {
        "dimension": 1,
        "goal": "1.1",
        "benchmark": "1.1.3",
        "text": "placeholder",
        "questions": 0,
        "assigned": 0,
        "ready": None,
        "evidence": 0,
    }


def test_bank_evidence_lists_stale_and_ownerless_items(capsys, tmp_path):
    db = _gappy_store(capsys, tmp_path)
    code, out, err = run(capsys, "--db", db, "bank", "evidence", "--stale", "--json")
    assert code == 0
    # 2020-01-31 is stale whatever day the test runs; undated items never are
    assert "ประกาศ" not in [r["title"] for r in json.loads(out)]
    assert {
        "question": "d1-dated",
        "title": "รายงานผลการดำเนินงาน",
        "url": "",
        "owner": "",
        "as_of": "2020-01-31",
        "problems": "stale",
    } in json.loads(out)
    assert "threshold 12 months" in err
    code, out, _ = run(capsys, "--db", db, "bank", "evidence")
    lines = out.splitlines()
    assert lines[0] == "question\ttitle\turl\towner\tas_of\tproblems"
    assert "d1-tracking\tBMA Policy Tracking\t\t\t\tno_owner" in lines
    assert "d1-dated\tรายงานผลการดำเนินงาน\t\t\t2020-01-31\tstale,no_owner" in lines
    assert not any(line.startswith("d1-dated\tประกาศ\t") for line in lines)  # owned, undated


def test_bank_confirm_lists_the_facts_to_confirm(capsys, tmp_path):
    db = _gappy_store(capsys, tmp_path)
    code, out, _ = run(capsys, "--db", db, "bank", "confirm")
    assert code == 0
    assert out.splitlines() == [
        "question\tfact\treason\task",
        "d1-dated\tStrategy Map มี 32 โครงการ\tตารางหลักฐานระบุ 30 แต่คำอธิบายระบุ 32\tสยป.",
    ]


def test_the_bundled_bank_flags_the_strategy_map_figure_and_checks_clean(capsys, tmp_path):
    db = str(tmp_path / "store.db")
    assert run(capsys, "bank", "check", str(REPO / "questions"))[0] == 0
    assert run(capsys, "--db", db, "bank", "import", str(REPO / "questions"))[0] == 0
    _, out, _ = run(capsys, "--db", db, "bank", "confirm", "--json")
    assert {r["question"] for r in json.loads(out)} == {
        "d1-gender-embedded-in-plan",
        "d1-gender-project-indicators",
        "d1-sed-role-city-strategy",
        "d4-gender-responsive-services",
    }
