"""Saving one edited question: validated like `bank check`, written to its file and to the store."""

from __future__ import annotations

from sealprep.core.bank.folder import load_bank
from sealprep.core.bank.model import Answer, Question
from sealprep.core.bank.service import delete_question, import_folder, save_question


def test_an_edit_is_written_to_the_file_and_reads_back(store, bank_dir):
    import_folder(store, bank_dir)
    question = store.bank.question("d1-tracking")
    question.answers.append(Answer("สำนักงาน ก.ก.", "รายงานผลต่อผู้บริหารทุกสิ้นปีงบประมาณ"))
    result = save_question(store, question, original_id="d1-tracking")
    assert result.ok and result.path == bank_dir / "d1" / "d1-tracking.md"
    reread = load_bank(bank_dir)
    assert reread.ok
    assert reread.bank.question("d1-tracking") == store.bank.question("d1-tracking")
    assert reread.bank.question("d1-tracking").answers[-1].agency == "สำนักงาน ก.ก."


def test_an_invalid_edit_is_refused_and_nothing_changes(store, bank_dir):
    import_folder(store, bank_dir)
    file_before = (bank_dir / "d1" / "d1-tracking.md").read_bytes()
    question = store.bank.question("d1-tracking")
    question.answers.append(Answer("ไม่มีหน่วยงานนี้", "ข้อความ"))
    question.benchmarks.append("9.9.9")
    result = save_question(store, question, original_id="d1-tracking")
    assert not result.ok
    assert {p.message.split(" (")[0] for p in result.problems} >= {
        "unknown agency 'ไม่มีหน่วยงานนี้'",
        "unknown benchmark '9.9.9'",
    }
    assert (bank_dir / "d1" / "d1-tracking.md").read_bytes() == file_before
    assert len(store.bank.question("d1-tracking").answers) == 1


def test_a_new_question_gets_a_file_in_its_dimension_folder(store, bank_dir):
    import_folder(store, bank_dir)
    question = Question(
        "d2-training",
        2,
        "มีการอบรมผู้บริหารเรื่องความเท่าเทียมทางเพศหรือไม่",
        "Are executives trained on gender equality?",
        answers=[Answer("สำนักงาน ก.ก.", "มีหลักสูตรอบรมและ e-Learning")],
    )
    assert save_question(store, question).ok
    assert (bank_dir / "d2" / "d2-training.md").is_file()
    assert load_bank(bank_dir).bank.question("d2-training").question_en == "Are executives trained on gender equality?"


def test_a_new_question_may_not_take_an_existing_id(store, bank_dir):
    import_folder(store, bank_dir)
    question = Question("d1-pads", 1, "คำถามอื่น")
    result = save_question(store, question)
    assert not result.ok and "duplicate id 'd1-pads'" in result.problems[0].message


def test_renaming_an_id_moves_the_file(store, bank_dir):
    import_folder(store, bank_dir)
    question = store.bank.question("d3-harassment")
    question.id = "d3-harassment-policy"
    question.source_path = ""
    assert save_question(store, question, original_id="d3-harassment").ok
    assert not (bank_dir / "d3" / "d3-harassment.md").exists()
    assert store.bank.question("d3-harassment") is None
    assert load_bank(bank_dir).bank.question("d3-harassment-policy") is not None


def test_delete_removes_file_and_question_but_keeps_user_data(store, bank_dir):
    from sealprep.core.secretariat.model import Person

    import_folder(store, bank_dir)
    person = store.people.save(Person("สมชาย ใจดี"))
    store.assignments.set(person.id, "d1-pads", "backup")
    delete_question(store, "d1-pads")
    assert not (bank_dir / "d1" / "d1-pads.md").exists()
    assert store.bank.question("d1-pads") is None
    assert store.assignments.for_person(person.id) == {"d1-pads": "backup"}
