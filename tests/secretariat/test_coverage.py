"""Coverage figures: owners, prepared people per dimension, the matrix, readiness, export."""

from __future__ import annotations

import pytest
from secretariat_helpers import rehearse

from sealprep.core.preferences import Preferences
from sealprep.core.secretariat.assignments import BACKUP, PRIMARY
from sealprep.core.secretariat.coverage import Cell, compute_coverage, coverage_table, export_coverage
from sealprep.core.secretariat.table_files import read_table


@pytest.fixture
def assigned(roster, bank_store):
    """somchai: d1-pads primary, d1-tracking backup; somying: d1-pads primary (a second one!)
    and d3-harassment backup; dr and the clerk: nothing; plus one assignment to a question that
    has left the bank."""
    ids = {key: person.id for key, person in roster.items()}
    set_ = bank_store.assignments.set
    set_(ids["somchai"], "d1-pads", PRIMARY)
    set_(ids["somchai"], "d1-tracking", BACKUP)
    set_(ids["somying"], "d1-pads", PRIMARY)
    set_(ids["somying"], "d3-harassment", BACKUP)
    set_(ids["somying"], "d9-retired", PRIMARY)
    return ids


def test_owners_and_people_without_assignment(assigned, bank_store):
    coverage = compute_coverage(bank_store, readiness=None)
    assert [s.id for s in coverage.questions_without_primary] == ["d1-tracking", "d3-harassment"]
    assert [(s.id, set(ids)) for s, ids in coverage.questions_with_several_primaries] == [
        ("d1-pads", {assigned["somchai"], assigned["somying"]}),
    ]
    # the secretariat clerk is not expected to hold assignments
    assert [p.name for p in coverage.people_without_assignment] == ["ดร.วิชัย มั่นคง"]
    assert [(a.question_id, a.person_id) for a in coverage.unknown_question_assignments] == [
        ("d9-retired", assigned["somying"])
    ]


def test_prepared_people_per_dimension_against_the_stored_threshold(assigned, bank_store):
    bank_store.preferences.save(Preferences(prepared_threshold=2))
    coverage = compute_coverage(bank_store, readiness=None)
    by_number = {d.number: d for d in coverage.dimensions}
    assert [(n, d.questions, d.without_primary, d.prepared, d.short) for n, d in by_number.items()] == [
        (1, 2, 1, 2, False),
        (2, 0, 0, 0, True),
        (3, 1, 1, 1, True),
        (4, 0, 0, 0, True),
        (5, 0, 0, 0, True),
    ]
    assert [d.number for d in compute_coverage(bank_store, threshold=1, readiness=None).short_dimensions()] == [2, 4, 5]


def test_matrix_counts_primary_and_backup_per_person_and_dimension(assigned, bank_store):
    coverage = compute_coverage(bank_store, readiness=None)
    assert [p.name for p in coverage.people] == ["ดร.วิชัย มั่นคง", "นายสมชาย ใจดี", "นางสาวสมหญิง รักเรียน"]
    assert coverage.cell(assigned["somchai"], 1) == Cell(1, 1, None)
    assert coverage.cell(assigned["somying"], 1) == Cell(1, 0, None)
    assert coverage.cell(assigned["somying"], 3) == Cell(0, 1, None)
    assert coverage.cell(assigned["dr"], 1).total == 0
    assert [(s.id, role) for s, role, _ in coverage.drill_down(assigned["somchai"], 1)] == [
        ("d1-pads", PRIMARY),
        ("d1-tracking", BACKUP),
    ]
    assert coverage.owners("d1-pads") == {assigned["somchai"]: PRIMARY, assigned["somying"]: PRIMARY}


def test_rehearsal_adds_rehearsed_and_ready_figures_and_never_makes_a_dimension_short(assigned, bank_store):
    before = [d.short for d in compute_coverage(bank_store, threshold=1, readiness=None).dimensions]
    readiness = {(assigned["somchai"], "d1-tracking"): True, (assigned["somying"], "d1-pads"): False}
    # dr rehearsed a question nobody assigned him: it counts nowhere
    readiness[(assigned["dr"], "d3-harassment")] = False
    coverage = compute_coverage(bank_store, threshold=1, readiness=readiness)
    assert coverage.readiness_available
    assert [d.short for d in coverage.dimensions] == before  # the threshold counts assigned people
    first = coverage.dimensions[0]
    assert set(first.assigned_people) == {assigned["somchai"], assigned["somying"]}
    assert (first.prepared, first.rehearsed, first.ready) == (2, 2, 1)
    assert first.ready_people == (assigned["somchai"],) and not first.short
    third = coverage.dimensions[2]
    assert (third.prepared, third.rehearsed, third.ready, third.short) == (1, 0, 0, False)
    assert coverage.cell(assigned["somchai"], 1) == Cell(1, 1, 1, 1)
    assert coverage.cell(assigned["dr"], 1) == Cell(0, 0, 0, 0)
    assert [r for _, _, r in coverage.drill_down(assigned["somying"], 1)] == [False]
    assert [r for _, _, r in coverage.drill_down(assigned["somchai"], 1)] == [None, True]
    header, rows = coverage_table(coverage, "en")
    assert rows[1][2] == "1 + 1 · ready 1" and rows[1][-1] == "1/2"
    assert [row[0] for row in rows[-3:]] == ["assigned people (need 1)", "of them, rehearsed", "of them, ready"]
    assert rows[-2][2:7] == [2, 0, 0, 0, 0] and rows[-1][2:7] == [1, 0, 0, 0, 0]


def test_readiness_comes_from_rehearsals_recorded_in_the_store(assigned, bank_store):
    """End to end: mock interviews recorded through the real rehearsal session, then coverage."""
    assert not compute_coverage(bank_store).readiness_available  # nobody has rehearsed yet
    rehearse(bank_store, assigned["somchai"], {"d1-pads": 4, "d1-tracking": 2})
    rehearse(bank_store, assigned["somying"], {})  # a session in which nothing was rated
    coverage = compute_coverage(bank_store, threshold=1)
    assert coverage.readiness_available
    assert coverage.ready(assigned["somchai"], "d1-pads") is True  # Easy, every key point covered
    assert coverage.ready(assigned["somchai"], "d1-tracking") is False  # Hard: partial, not ready
    assert coverage.ready(assigned["somying"], "d1-pads") is None  # never rated
    assert coverage.dimensions[0].ready_people == (assigned["somchai"],)
    assert coverage.cell(assigned["somchai"], 1).ready == 1


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_the_table_exports_as_shown(assigned, bank_store, tmp_path, suffix):
    coverage = compute_coverage(bank_store, threshold=2, readiness=None)
    header, rows = coverage_table(coverage, "th")
    assert header[:3] == ["ชื่อ-นามสกุล", "หน่วยงาน", "มิติ 1 (หลัก + สำรอง)"] and header[-2:] == [
        "รวม",
        "พร้อม (จากที่ได้รับมอบหมาย)",
    ]
    assert rows[1] == ["นายสมชาย ใจดี", "สยป.", "1 + 1", "", "", "", "", 2, "ยังไม่มีข้อมูลการซ้อม"]
    assert rows[-1] == ["จำนวนผู้ได้รับมอบหมาย (ต้องการ 2)", "", 2, 0, 1, 0, 0, "", ""]
    path = export_coverage(coverage, tmp_path / f"coverage{suffix}", "th")
    read = read_table(path).rows
    assert read[0].cells[:3] == header[:3]
    assert read[2].cells[:3] == ["นายสมชาย ใจดี", "สยป.", "1 + 1"]
    assert len(read) == len(rows) + 1
