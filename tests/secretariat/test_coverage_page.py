"""The Coverage page driven with pytest-qt: lists, matrix colours, drill-down, threshold,
readiness, export."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from secretariat_helpers import rehearse

from sealprep.core.secretariat import coverage as coverage_module
from sealprep.core.secretariat.assignments import BACKUP, PRIMARY
from sealprep.core.secretariat.table_files import read_table
from sealprep.ui.secretariat.assignment_dialogs import AssignPeopleDialog, AssignQuestionsDialog
from sealprep.ui.secretariat.common import BACKUP_COLOUR, OK_COLOUR, PRIMARY_COLOUR, PROBLEM_COLOUR
from sealprep.ui.secretariat.coverage_page import CoveragePage


@pytest.fixture
def page(roster, context, bank_store, qtbot, monkeypatch):
    monkeypatch.setattr(coverage_module, "load_readiness", lambda store: None)  # nobody has rehearsed
    ids = {k: p.id for k, p in roster.items()}
    bank_store.assignments.set(ids["somchai"], "d1-pads", PRIMARY)
    bank_store.assignments.set(ids["somchai"], "d1-tracking", BACKUP)
    bank_store.assignments.set(ids["somying"], "d3-harassment", BACKUP)
    widget = CoveragePage(context)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.ids = ids
    return widget


def items(widget) -> list[str]:
    return [widget.item(i).text() for i in range(widget.count())]


def cell(page, person_key: str, dimension: int):
    row = next(i for i, p in enumerate(page.coverage.people) if p.id == page.ids[person_key])
    return page.model.index(row, 1 + dimension)


def test_lists_answer_the_secretariats_questions(page):
    assert page.no_primary_box.title() == "Questions without a primary owner: 2"
    assert [t.split(" — ")[0] for t in items(page.no_primary)] == ["d1-tracking", "d3-harassment"]
    assert page.short_box.title() == "Dimensions with fewer than 2 assigned: 5"  # one person each in D1 and D3
    assert items(page.short)[0].startswith("Dimension 1: 1 of 2 assigned")
    assert items(page.idle) == ["ดร.วิชัย มั่นคง (สำนักงาน ก.ก.)"]
    assert page.check_box.title() == "To check: 0"


def test_matrix_counts_colours_and_footer(page):
    somchai = cell(page, "somchai", 1)
    assert somchai.data() == "1 + 1" and somchai.data(Qt.ItemDataRole.BackgroundRole).color() == PRIMARY_COLOUR
    somying = cell(page, "somying", 3)
    assert somying.data() == "0 + 1" and somying.data(Qt.ItemDataRole.BackgroundRole).color() == BACKUP_COLOUR
    assert cell(page, "dr", 1).data() == "" and cell(page, "dr", 1).data(Qt.ItemDataRole.BackgroundRole) is None
    footer = page.model.rowCount() - 1
    assert page.model.index(footer, 0).data() == "Assigned people (need 2)"
    assert [page.model.index(footer, 2 + i).data() for i in range(5)] == ["1", "0", "1", "0", "0"]
    assert page.model.index(footer, 2).data(Qt.ItemDataRole.BackgroundRole).color() == PROBLEM_COLOUR
    ready = page.model.index(0, page.model.total_column() + 1)
    assert ready.data() == "no data yet"  # the readiness column says there is no rehearsal data
    assert "No rehearsal data yet" in page.readiness_note.text()


def test_threshold_is_a_stored_preference(page, bank_store):
    page.threshold.setValue(1)
    assert bank_store.preferences.load().prepared_threshold == 1
    assert page.short_box.title() == "Dimensions with fewer than 1 assigned: 3"
    footer = page.model.rowCount() - 1
    assert page.model.index(footer, 2).data(Qt.ItemDataRole.BackgroundRole).color() == OK_COLOUR


def test_clicking_a_cell_drills_down_to_its_questions(page, qtbot):
    index = cell(page, "somchai", 1)
    rect = page.matrix.visualRect(index)
    qtbot.mouseClick(page.matrix.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    rows = [[page.drill.topLevelItem(i).text(c) for c in range(4)] for i in range(page.drill.topLevelItemCount())]
    assert [r[:2] for r in rows] == [["Primary", "d1-pads"], ["Backup", "d1-tracking"]]
    assert "นายสมชาย ใจดี" in page.drill_title.text()
    assert page.drill.isColumnHidden(2)  # no readiness column without rehearsal data
    assert page.drill_button.isVisibleTo(page)
    footer = page.model.index(page.model.rowCount() - 1, 2)
    qtbot.mouseClick(page.matrix.viewport(), Qt.MouseButton.LeftButton, pos=page.matrix.visualRect(footer).center())
    rows = [[page.drill.topLevelItem(i).text(c) for c in range(3)] for i in range(page.drill.topLevelItemCount())]
    assert rows == [["d1-pads", "นายสมชาย ใจดี", "—"], ["d1-tracking", "—", "นายสมชาย ใจดี"]]


def test_double_clicks_open_the_assignment_dialogs_and_the_page_follows(page, dialogs, bank_store, context):
    def assign(dialog) -> bool:
        assert isinstance(dialog, AssignPeopleDialog) and dialog.question_id == "d1-tracking"
        dialog.model.set_roles([page.ids["dr"]], PRIMARY)
        return True

    dialogs.then(assign)
    page.no_primary.itemDoubleClicked.emit(page.no_primary.item(0))
    assert [t.split(" — ")[0] for t in items(page.no_primary)] == ["d3-harassment"]
    assert items(page.idle) == []

    def cancel(dialog) -> bool:
        assert isinstance(dialog, AssignQuestionsDialog) and dialog.person.id == page.ids["somying"]
        return False

    dialogs.then(cancel)
    page.open_person(page.ids["somying"])
    assert bank_store.assignments.for_person(page.ids["somying"]) == {"d3-harassment": BACKUP}


def test_readiness_from_the_rehearsal_mode(page, context, monkeypatch):
    footer = page.model.rowCount() - 1
    colours_before = [page.model.index(footer, 2 + i).data(Qt.ItemDataRole.BackgroundRole).color() for i in range(5)]
    readiness = {(page.ids["somchai"], "d1-tracking"): True, (page.ids["dr"], "d1-pads"): False}
    monkeypatch.setattr(coverage_module, "load_readiness", lambda store: readiness)
    context.rehearsal_changed.emit()
    assert cell(page, "somchai", 1).data() == "1 + 1"
    assert cell(page, "somchai", 1).data(Qt.ItemDataRole.ToolTipRole).endswith("rehearsed 1, ready 1")
    row = next(i for i, p in enumerate(page.coverage.people) if p.id == page.ids["somchai"])
    assert page.model.index(row, page.model.total_column() + 1).data() == "1 / 2"
    assert "how many of them rehearsed" in page.readiness_note.text()
    assert "rating alone decides" in page.readiness_note.toolTip()
    # three explained figures under the matrix; one rehearsal turns nothing red
    assigned, rehearsed, ready = (page.model.rowCount() - 3 + i for i in range(3))
    texts = [[page.model.index(r, c).data() for c in range(7)] for r in (assigned, rehearsed, ready)]
    assert texts == [
        ["Assigned people (need 2)", "", "1", "0", "1", "0", "0"],
        ["… of them rehearsed", "", "1", "0", "0", "0", "0"],
        ["… of them ready", "", "1", "0", "0", "0", "0"],
    ]
    assert [
        page.model.index(assigned, 2 + i).data(Qt.ItemDataRole.BackgroundRole).color() for i in range(5)
    ] == colours_before
    assert page.model.index(ready, 2).data(Qt.ItemDataRole.BackgroundRole) is None
    assert "Good or Easy" in page.model.index(ready, 0).data(Qt.ItemDataRole.ToolTipRole)
    page.show_cell(page.ids["somchai"], 1)
    assert not page.drill.isColumnHidden(2)
    assert [page.drill.topLevelItem(i).text(2) for i in range(2)] == ["not rehearsed", "ready"]


def test_readiness_from_recorded_rehearsals(page, context, bank_store, monkeypatch):
    """End to end: a mock interview recorded through the real rehearsal session, the real
    readiness rule, and the page showing it (the fixture's stand-in for readiness is removed)."""
    monkeypatch.undo()
    rehearse(bank_store, page.ids["somchai"], {"d1-tracking": 3})  # Good, every key point covered
    context.rehearsal_changed.emit()
    assert cell(page, "somchai", 1).data(Qt.ItemDataRole.ToolTipRole).endswith("rehearsed 1, ready 1")
    page.show_cell(page.ids["somchai"], 1)
    assert [page.drill.topLevelItem(i).text(2) for i in range(2)] == ["not rehearsed", "ready"]


def test_export_the_table(page, dialogs, tmp_path):
    dialogs.files = [str(tmp_path / "coverage.csv")]
    assert page.export_table()
    rows = read_table(tmp_path / "coverage.csv").rows  # in the interface language (Thai by default)
    assert rows[0].cells[:3] == ["ชื่อ-นามสกุล", "หน่วยงาน", "มิติ 1 (หลัก + สำรอง)"]
    assert rows[-1].cells[:3] == ["จำนวนผู้ได้รับมอบหมาย (ต้องการ 2)", "", "1"]
    assert [r.cells[0] for r in rows[1:-1]] == [p.name for p in page.coverage.people]


def test_a_mouse_click_on_any_list_entry_shows_it_in_the_drill_down(page, qtbot):
    from clicks import click_item

    click_item(qtbot, page.no_primary, page.no_primary.item(1))
    assert "d3-harassment" in page.drill_title.text()
    assert [page.drill.topLevelItem(i).text(1) for i in range(page.drill.topLevelItemCount())] == ["นางสาวสมหญิง รักเรียน"]
    click_item(qtbot, page.short, page.short.item(0))
    assert "Dimension 1" in page.drill_title.text()
    click_item(qtbot, page.idle, page.idle.item(0))
    assert "ดร.วิชัย มั่นคง" in page.drill_title.text()
    click_item(qtbot, page.no_primary, page.no_primary.item(1))  # the current entry, clicked again
    assert "d3-harassment" in page.drill_title.text()


def test_an_empty_roster_says_what_to_do_first(context, qtbot):
    widget = CoveragePage(context)
    qtbot.addWidget(widget)
    assert "Import a roster on the People page" in widget.drill_title.text()
