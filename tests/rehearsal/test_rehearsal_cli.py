from __future__ import annotations

import json

from sealprep.cli.main import run
from sealprep.core.rehearsal.session import RehearsalSession, SessionSettings


def _rehearse(store, person_id, monotonic, wall):
    session = RehearsalSession.start(
        store, SessionSettings(person_id=person_id, order="bank"), now=monotonic, clock=wall
    )
    session.set_key_point(0, True)
    session.set_key_point(1, True)
    session.set_notes("พูดถึงงบประมาณ\nและตัวเลข")
    monotonic.advance(95)
    session.rate(3)
    session.next()
    session.skip()
    session.end()


def test_readiness_prints_one_line_per_person_and_dimension(tmp_path, bank_store, somchai, monotonic, wall, capsys):
    _rehearse(bank_store, somchai.id, monotonic, wall)
    db = str(tmp_path / "store.db")
    assert run(["--db", db, "rehearsal", "readiness", "--person", str(somchai.id)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split("\t")[:3] == ["person", "name", "dimension"] and len(lines) == 6
    assert lines[1].split("\t") == [str(somchai.id), "สมชาย ใจดี", "1", "1", "0", "0", "1", "2", "0.50"]
    # a name as shown in the roster, or a unique part of it, means the same person
    for query in ("สมชาย ใจดี", "สมชาย", "๑" if somchai.id == 1 else str(somchai.id)):
        assert run(["--db", db, "rehearsal", "readiness", "--person", query]) == 0
        assert capsys.readouterr().out.splitlines()[1:] == lines[1:]
    assert run(["--db", db, "rehearsal", "readiness", "--json"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert {r["person_id"] for r in records} == {None, somchai.id}


def test_history_and_search(tmp_path, bank_store, somchai, monotonic, wall, capsys):
    _rehearse(bank_store, somchai.id, monotonic, wall)
    db = str(tmp_path / "store.db")
    assert run(["--db", db, "rehearsal", "history", "--person", str(somchai.id)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("started\tquestion\t") and len(lines) == 4
    assert "\td1-pads\t3\t95/180\t2/2\tพูดถึงงบประมาณ และตัวเลข" in "\n".join(lines)
    assert "\td1-tracking\tskipped\t" in "\n".join(lines)
    assert run(["--db", db, "rehearsal", "history", "--person", str(somchai.id), "--search", "งบประมาณ", "--json"]) == 0
    [record] = json.loads(capsys.readouterr().out)
    assert record["question_id"] == "d1-pads"


def test_an_unknown_person_is_an_error(tmp_path, bank_store, capsys):
    assert run(["--db", str(tmp_path / "store.db"), "rehearsal", "history", "--person", "99"]) == 1
    assert "no one on the roster is '99'" in capsys.readouterr().err
