"""``sealprep people ...`` and ``sealprep assignments ...`` on real files and a real store."""

from __future__ import annotations

import json

import pytest
from secretariat_helpers import EXAMPLES, write_csv

from sealprep.cli.main import run
from sealprep.core.store import Store


@pytest.fixture
def db(bank_dir, tmp_path):
    path = tmp_path / "cli.db"
    assert run(["--db", str(path), "bank", "import", str(bank_dir)]) == 0
    return str(path)


def test_people_import_list_and_export(db, tmp_path, capsys):
    assert run(["--db", db, "people", "import", str(EXAMPLES / "roster-example-cp874.csv")]) == 0
    assert "8 new, 0 updated, 0 unchanged" in capsys.readouterr().out
    assert run(["--db", db, "people", "import", str(EXAMPLES / "roster-example-cp874.csv")]) == 0
    assert "0 new, 0 updated, 8 unchanged" in capsys.readouterr().out
    assert run(["--db", db, "people", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "id\tname\tposition\tagency\temail\tphone\trole"  # a header, then one person a line
    assert len(lines) == 9
    first = lines[1].split("\t")
    assert first[0].isdigit() and first[1] == "นายจำลอง ครูดี"  # by name, titles ignored: จำลอง first
    assert run(["--db", db, "people", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert {p["email"] for p in listed} >= {"sommut.t@example.org"} and all(p["id"] for p in listed)
    out = tmp_path / "roster.xlsx"
    assert run(["--db", db, "people", "export", str(out)]) == 0
    assert "wrote 8 people" in capsys.readouterr().out and out.exists()


def test_people_import_problems_go_to_stderr_with_row_numbers_and_change_nothing(db, tmp_path, capsys):
    path = write_csv(
        tmp_path / "bad.csv", ["name,agency", "นายสมชาย ใจดี,สยป.", ",สยป.", "นายวิชัย มั่นคง,สำนักไม่มี"], "cp874"
    )
    assert run(["--db", db, "people", "import", str(path)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0] == f"{path}: row 3: no name"
    assert err[1].startswith(f"{path}: row 4: unknown agency 'สำนักไม่มี'")
    assert err[-1] == f"nothing imported: 2 problem(s) in {path}"
    with Store.open(db) as store:
        assert store.people.list() == []


def test_people_import_of_a_missing_file(db, tmp_path, capsys):
    assert run(["--db", db, "people", "import", str(tmp_path / "nope.csv")]) == 1
    assert "no such file" in capsys.readouterr().err


def test_people_import_dry_run_changes_nothing(db, capsys):
    assert run(["--db", db, "people", "import", "--dry-run", str(EXAMPLES / "roster-example.xlsx")]) == 0
    assert "would import 8 new" in capsys.readouterr().out
    with Store.open(db) as store:
        assert store.people.list() == []


def test_assignments_import_export_and_list(db, tmp_path, capsys):
    assert run(["--db", db, "people", "import", str(EXAMPLES / "roster-example-cp874.csv")]) == 0
    path = write_csv(
        tmp_path / "a.csv",
        ["person,question,role", "sommut.t@example.org,d1-pads,primary", "ดร.ตัวอย่าง มีสุข,d9-tracking,backup"],
    )
    assert run(["--db", db, "assignments", "import", str(path)]) == 1
    assert capsys.readouterr().err.startswith(f"{path}: row 3: no question 'd9-tracking' in the bank")
    write_csv(
        path, ["person,question,role", "sommut.t@example.org,d1-pads,primary", "ตัวอย่าง มีสุข,d๑-tracking,สำรอง"]
    )  # Thai digit in the id
    assert run(["--db", db, "assignments", "import", str(path)]) == 0
    assert "2 new, 0 changed, 0 unchanged" in capsys.readouterr().out
    assert run(["--db", db, "assignments", "list"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "person\tquestion\trole",
        "ดร.ตัวอย่าง มีสุข\td1-tracking\tbackup",
        "นายสมมติ ตัวอย่าง\td1-pads\tprimary",
    ]
    out = tmp_path / "assignments.csv"
    assert run(["--db", db, "assignments", "export", str(out), "--language", "th"]) == 0
    assert out.read_bytes().decode("utf-8-sig").splitlines()[0] == "ชื่อ-นามสกุล,อีเมล,หน่วยงาน,รหัสคำถาม,บทบาท,มิติ,ข้อคำถาม"
    assert run(["--db", db, "assignments", "import", "--replace", str(out)]) == 0
    assert "0 new, 0 changed, 2 unchanged, 0 removed" in capsys.readouterr().out


def test_a_fresh_store_gets_the_starter_bank_for_every_command(tmp_path, capsys):
    db = str(tmp_path / "fresh.db")
    assert run(["--db", db, "people", "import", str(EXAMPLES / "roster-example-cp874.csv")]) == 0
    assert "8 new" in capsys.readouterr().out
    assert (tmp_path / "fresh-bank").is_dir()  # the editable copy, as the app makes it
    assert run(["--db", db, "assignments", "list"]) == 0


def test_every_person_option_understands_names_ids_and_parts_alike(db, tmp_path, capsys):
    assert run(["--db", db, "people", "import", str(EXAMPLES / "roster-example-cp874.csv")]) == 0
    capsys.readouterr()
    assert run(["--db", db, "people", "list", "--json"]) == 0
    ids = {p["name"]: p["id"] for p in json.loads(capsys.readouterr().out)}
    somchai = ids["นายสมมติ ตัวอย่าง"]
    for query in ("นายสมมติ ตัวอย่าง", "สมมติ ตัวอย่าง", "สมมติ", str(somchai)):
        assert run(["--db", db, "rehearsal", "history", "--person", query]) == 0, query
        capsys.readouterr()
    assert run(["--db", db, "rehearsal", "history", "--person", "ตัวอย่าง"]) == 1  # two people
    err = capsys.readouterr().err
    assert "could be any of 2 people" in err and "นายสมมติ ตัวอย่าง" in err and "ดร.ตัวอย่าง มีสุข" in err
    assert run(["--db", db, "print", "--person", "me", "--out", str(tmp_path / "out")]) == 1
    assert "not on the roster" in capsys.readouterr().err
