"""Assignments: the repository, bulk rules, and the import/export of assignment files."""

from __future__ import annotations

import pytest
from secretariat_helpers import write_csv

from bank_factory import write_bank
from sealprep.core.bank.service import import_folder
from sealprep.core.secretariat.assignments import (
    BACKUP,
    BY_BENCHMARK,
    BY_DIMENSION,
    BY_GOAL,
    PRIMARY,
    Assignment,
    add_to_draft,
    bulk_assign,
    own_agency_questions,
    people_of_answering_agencies,
    questions_in,
)
from sealprep.core.secretariat.assignments_import import import_assignments, preview_assignments
from sealprep.core.secretariat.roster_export import export_assignments


def test_set_replace_and_remove(roster, bank_store):
    somchai, somying = roster["somchai"].id, roster["somying"].id
    bank_store.assignments.set(somchai, "d1-pads", PRIMARY)
    bank_store.assignments.set(somchai, "d1-pads", BACKUP)  # a role change, not a second row
    bank_store.assignments.set(somying, "d1-pads", BACKUP)
    assert bank_store.assignments.for_question("d1-pads") == {somchai: BACKUP, somying: BACKUP}
    bank_store.assignments.replace_for_person(somchai, {"d1-tracking": PRIMARY, "d3-harassment": BACKUP})
    assert bank_store.assignments.for_person(somchai) == {"d1-tracking": PRIMARY, "d3-harassment": BACKUP}
    bank_store.assignments.replace_for_question("d1-pads", {somchai: PRIMARY})
    assert bank_store.assignments.for_question("d1-pads") == {somchai: PRIMARY}
    bank_store.assignments.remove(somchai, "d1-pads")
    assert bank_store.assignments.count() == 2
    with pytest.raises(ValueError):
        bank_store.assignments.set(somchai, "d1-pads", "owner")


def test_removing_a_person_removes_their_assignments_but_a_new_bank_does_not(roster, bank_store, tmp_path):
    bank_store.assignments.set(roster["somchai"].id, "d1-pads", PRIMARY)
    bank_store.assignments.set(roster["somying"].id, "d1-pads", PRIMARY)
    bank_store.people.remove(roster["somchai"].id)
    assert bank_store.assignments.list() == [Assignment(roster["somying"].id, "d1-pads", PRIMARY)]
    assert import_folder(bank_store, write_bank(tmp_path / "other", {})).ok  # a bank without that question
    assert bank_store.assignments.count() == 1


def test_bulk_rules_select_the_right_questions(roster, bank_store):
    assert questions_in(bank_store, BY_DIMENSION, 1) == ["d1-pads", "d1-tracking"]
    assert questions_in(bank_store, BY_DIMENSION, 2) == []
    assert questions_in(bank_store, BY_GOAL, "1.1") == ["d1-pads", "d1-tracking"]
    assert questions_in(bank_store, BY_BENCHMARK, "1.1.2") == ["d1-pads"]
    assert own_agency_questions(bank_store, roster["somchai"]) == ["d1-pads", "d1-tracking"]  # สยป. answers both
    assert own_agency_questions(bank_store, roster["somying"]) == ["d1-pads"]  # สนศ.
    assert own_agency_questions(bank_store, roster["dr"]) == ["d3-harassment"]  # สำนักงาน ก.ก.
    with pytest.raises(ValueError):
        questions_in(bank_store, "tag", "x")


def test_bulk_assignment_never_changes_an_existing_role(roster, bank_store):
    person = roster["somchai"].id
    bank_store.assignments.set(person, "d1-tracking", PRIMARY)
    result = bulk_assign(bank_store, person, questions_in(bank_store, BY_DIMENSION, 1), BACKUP)
    assert (result.added, result.kept) == (("d1-pads",), ("d1-tracking",))
    assert bank_store.assignments.for_person(person) == {"d1-pads": BACKUP, "d1-tracking": PRIMARY}


def test_a_draft_takes_bulk_actions_without_touching_the_store(roster, bank_store):
    draft, result = add_to_draft({"d1-pads": PRIMARY}, ["d1-pads", "d3-harassment"], BACKUP)
    assert draft == {"d1-pads": PRIMARY, "d3-harassment": BACKUP}
    assert result.added == ("d3-harassment",)
    assert bank_store.assignments.count() == 0


def test_people_of_the_agencies_that_answer_a_question(roster, bank_store):
    names = [p.name for p in people_of_answering_agencies(bank_store, "d1-pads")]
    assert names == ["นายสมชาย ใจดี", "นางสาวสมหญิง รักเรียน"]  # by name: สมชาย before สมหญิง
    assert people_of_answering_agencies(bank_store, "no-such-question") == []


# -- assignment files ---------------------------------------------------------------------------
def test_import_by_email_or_name_with_thai_words(roster, bank_store, tmp_path):
    path = write_csv(
        tmp_path / "a.csv",
        [
            "ชื่อ,รหัสคำถาม,บทบาท",
            "somchai@example.org,d1-pads,หลัก",
            "สมหญิง รักเรียน,d1-pads,สำรอง",  # the roster has her with นางสาว
            "ดร. วิชัย  มั่นคง,d3-harassment,",  # empty role: primary
        ],
        "cp874",
    )
    preview = preview_assignments(bank_store, path)
    assert preview.ok, [str(p) for p in preview.problems]
    summary = import_assignments(bank_store, preview)
    assert (summary.added, summary.changed, summary.unchanged) == (3, 0, 0)
    assert bank_store.assignments.for_question("d1-pads") == {
        roster["somchai"].id: PRIMARY,
        roster["somying"].id: BACKUP,
    }
    assert bank_store.assignments.for_question("d3-harassment") == {roster["dr"].id: PRIMARY}
    again = import_assignments(bank_store, preview_assignments(bank_store, path))
    assert (again.added, again.unchanged) == (0, 3)
    assert bank_store.assignments.count() == 3


def test_assignment_rows_with_problems_name_their_row(roster, bank_store, tmp_path):
    bank_store.people.save(type(roster["somchai"])("นายสมชาย ใจดี", agency="สนศ."))  # a namesake elsewhere
    path = write_csv(
        tmp_path / "a.csv",
        [
            "person,question,role",
            "somying@example.org,d1-pads,primary",  # row 2: fine
            "นายใครก็ไม่รู้,d1-pads,primary",  # row 3: not on the roster
            "นายสมชาย ใจดี,d1-pads,backup",  # row 4: two people of that name
            "somying@example.org,d9-nothing,backup",  # row 5: no such question
            "somying@example.org,d1-tracking,ตัวแทน",  # row 6: unknown role
            "somying@example.org,d1-pads,backup",  # row 7: same person and question as row 2
            ",d1-pads,primary",  # row 8: no person
            "somying@example.org,,primary",  # row 9: no question
        ],
    )
    preview = preview_assignments(bank_store, path)
    assert [(p.row, p.code) for p in preview.problems] == [
        (3, "unknown_person"),
        (4, "ambiguous_person"),
        (5, "unknown_question"),
        (6, "bad_assignment_role"),
        (7, "duplicate_row"),
        (8, "no_person"),
        (9, "no_question"),
    ]
    assert (
        str(preview.problems[1])
        == "row 4: 'นายสมชาย ใจดี' could be any of 2 people on the roster; write their e-mail instead"
    )
    with pytest.raises(ValueError):
        import_assignments(bank_store, preview)
    assert bank_store.assignments.count() == 0


def test_an_agency_column_tells_namesakes_apart_and_thai_digits_work(roster, bank_store, tmp_path):
    bank_store.people.save(type(roster["somchai"])("นายสมชาย ใจดี", agency="สนศ."))
    path = write_csv(tmp_path / "a.csv", ["person,agency,question", "สมชาย ใจดี,สยป.,D1-PADS"])
    preview = preview_assignments(bank_store, path)
    assert preview.ok, [str(p) for p in preview.problems]
    assert preview.rows[0].assignment == Assignment(roster["somchai"].id, "d1-pads", PRIMARY)


def test_a_file_without_the_columns_says_which(roster, bank_store, tmp_path):
    path = write_csv(tmp_path / "a.csv", ["person,role", "somying@example.org,primary"])
    assert [(p.row, p.code, p.details["column"]) for p in preview_assignments(bank_store, path).problems] == [
        (1, "missing_column", "question")
    ]
    path = write_csv(tmp_path / "a.csv", ["question,role", "d1-pads,primary"])
    assert [(p.code, p.details["column"]) for p in preview_assignments(bank_store, path).problems] == [
        ("missing_column", "person")
    ]


def test_replace_makes_the_file_the_whole_list(roster, bank_store, tmp_path):
    bank_store.assignments.set(roster["somchai"].id, "d1-tracking", PRIMARY)
    bank_store.assignments.set(roster["somying"].id, "d1-pads", PRIMARY)
    path = write_csv(tmp_path / "a.csv", ["person,question,role", "somying@example.org,d1-pads,backup"])
    summary = import_assignments(bank_store, preview_assignments(bank_store, path), replace=True)
    assert (summary.added, summary.changed, summary.removed) == (0, 1, 1)
    assert bank_store.assignments.list() == [Assignment(roster["somying"].id, "d1-pads", BACKUP)]


@pytest.mark.parametrize("name", ["a.csv", "a.xlsx"])
@pytest.mark.parametrize("language", ["th", "en"])
def test_export_then_import_changes_nothing(roster, bank_store, tmp_path, name, language):
    bank_store.assignments.set(roster["somchai"].id, "d1-pads", PRIMARY)
    bank_store.assignments.set(roster["dr"].id, "d1-pads", BACKUP)  # no e-mail: found by name
    bank_store.assignments.set(roster["dr"].id, "d3-harassment", PRIMARY)
    before = bank_store.assignments.list()
    assert export_assignments(bank_store, tmp_path / name, language) == 3
    preview = preview_assignments(bank_store, tmp_path / name)
    assert preview.ok and [r.status for r in preview.rows] == ["same"] * 3
    bank_store.assignments.replace_all([])
    import_assignments(bank_store, preview_assignments(bank_store, tmp_path / name))
    assert bank_store.assignments.list() == before
