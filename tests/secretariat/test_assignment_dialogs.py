"""Assigning from a person and from a question, with bulk actions, driven with pytest-qt."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from sealprep.core.secretariat.assignments import BACKUP, PRIMARY
from sealprep.ui.secretariat.assignment_dialogs import ROLE_COLUMN, AssignPeopleDialog, AssignQuestionsDialog
from sealprep.ui.secretariat.common import BACKUP_COLOUR, PRIMARY_COLOUR


def open_dialog(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def select_rows(dialog, keys):
    dialog.view.clearSelection()
    for key in keys:
        index = dialog.proxy.mapFromSource(dialog.model.index(dialog.model.row_for(key), 1))
        dialog.view.selectionModel().select(
            index, dialog.view.selectionModel().SelectionFlag.Select | dialog.view.selectionModel().SelectionFlag.Rows
        )


def test_person_side_bulk_actions_then_save(roster, context, bank_store, qtbot):
    person = roster["somchai"].id
    bank_store.assignments.set(person, "d1-tracking", PRIMARY)
    dialog = open_dialog(qtbot, AssignQuestionsDialog(context, person))
    assert dialog.model.roles() == {"d1-tracking": PRIMARY}
    dialog.bulk_role.setCurrentIndex(dialog.bulk_role.findData(BACKUP))
    dialog.bulk_dimension.setCurrentIndex(dialog.bulk_dimension.findData(1))
    dialog.add_dimension()
    assert dialog.model.roles() == {"d1-tracking": PRIMARY, "d1-pads": BACKUP}  # the primary is kept
    assert "Added 1; 1 already assigned" in dialog.bulk_result.text()
    dialog.bulk_benchmark.setCurrentIndex(dialog.bulk_benchmark.findData("1.1.2"))
    dialog.add_benchmark()  # d1-pads again: kept as backup
    assert dialog.model.roles()["d1-pads"] == BACKUP
    assert bank_store.assignments.for_person(person) == {"d1-tracking": PRIMARY}  # nothing saved yet
    select_rows(dialog, ["d1-pads", "d3-harassment"])
    qtbot.mouseClick(dialog.primary_button, Qt.MouseButton.LeftButton)
    assert dialog.model.roles() == {"d1-tracking": PRIMARY, "d1-pads": PRIMARY, "d3-harassment": PRIMARY}
    assert dialog.tally.text() == "3 primary, 0 backup"
    select_rows(dialog, ["d3-harassment"])
    qtbot.mouseClick(dialog.clear_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(context.assignments_changed):
        dialog.accept()
    assert bank_store.assignments.for_person(person) == {"d1-tracking": PRIMARY, "d1-pads": PRIMARY}


def test_own_agency_bulk_and_the_role_column(roster, context, bank_store, qtbot):
    person = roster["somying"]  # สนศ. answers d1-pads only
    dialog = open_dialog(qtbot, AssignQuestionsDialog(context, person.id))
    assert dialog.add_own.isEnabled() and "สนศ." in dialog.add_own.text()
    dialog.bulk_role.setCurrentIndex(dialog.bulk_role.findData(PRIMARY))
    qtbot.mouseClick(dialog.add_own, Qt.MouseButton.LeftButton)
    assert dialog.model.roles() == {"d1-pads": PRIMARY}
    row = dialog.model.row_for("d1-pads")
    assert dialog.model.index(row, 1).data(Qt.ItemDataRole.FontRole).bold()  # her agency answers it
    assert dialog.model.index(row, ROLE_COLUMN).data(Qt.ItemDataRole.BackgroundRole).color() == PRIMARY_COLOUR
    # the role drop-down of another row
    other = dialog.proxy.mapFromSource(dialog.model.index(dialog.model.row_for("d3-harassment"), ROLE_COLUMN))
    dialog.view.edit(other)
    editor = dialog.view.findChild(QComboBox)
    assert editor is not None
    editor.setCurrentIndex(editor.findData(BACKUP))
    editor.activated.emit(editor.currentIndex())
    dialog.view.commitData(editor)
    assert dialog.model.roles()["d3-harassment"] == BACKUP
    assert (
        dialog.model.index(dialog.model.row_for("d3-harassment"), 1).data(Qt.ItemDataRole.BackgroundRole).color()
        == BACKUP_COLOUR
    )
    dialog.reject()
    assert bank_store.assignments.for_person(person.id) == {}  # cancelled


def test_own_agency_bulk_is_off_without_an_agency(context, bank_store, qtbot):
    from sealprep.core.secretariat.people import Person

    person = bank_store.people.save(Person("นายไม่มี สังกัด"))
    dialog = open_dialog(qtbot, AssignQuestionsDialog(context, person.id))
    assert not dialog.add_own.isEnabled()


def test_filters_narrow_the_question_list(roster, context, qtbot):
    dialog = open_dialog(qtbot, AssignQuestionsDialog(context, roster["somchai"].id))
    assert dialog.proxy.rowCount() == 3
    dialog.dimension_filter.setCurrentIndex(dialog.dimension_filter.findData(3))
    assert dialog.proxy.rowCount() == 1
    dialog.dimension_filter.setCurrentIndex(0)
    dialog.search.setText("PADS")  # ids, case-insensitive
    assert [dialog.proxy.index(r, 1).data() for r in range(dialog.proxy.rowCount())] == ["d1-pads"]
    dialog.search.setText("คุกคาม")
    assert [dialog.proxy.index(r, 1).data() for r in range(dialog.proxy.rowCount())] == ["d3-harassment"]
    dialog.search.clear()
    dialog.assigned_only.setChecked(True)
    assert dialog.proxy.rowCount() == 0


def test_question_side_picks_people(roster, context, bank_store, qtbot):
    bank_store.assignments.set(roster["dr"].id, "d1-pads", PRIMARY)
    dialog = open_dialog(qtbot, AssignPeopleDialog(context, "d1-pads"))
    assert dialog.windowTitle() == "People for d1-pads"
    dialog.bulk_role.setCurrentIndex(dialog.bulk_role.findData(BACKUP))
    qtbot.mouseClick(dialog.add_answering, Qt.MouseButton.LeftButton)  # สยป. and สนศ. answer it
    assert dialog.model.roles() == {
        roster["dr"].id: PRIMARY,
        roster["somchai"].id: BACKUP,
        roster["somying"].id: BACKUP,
    }
    select_rows(dialog, [roster["dr"].id])
    qtbot.mouseClick(dialog.clear_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(context.assignments_changed):
        dialog.accept()
    assert bank_store.assignments.for_question("d1-pads") == {
        roster["somchai"].id: BACKUP,
        roster["somying"].id: BACKUP,
    }
    assert bank_store.assignments.for_question("d1-tracking") == {}


def test_question_no_longer_in_the_bank_can_still_be_cleared(roster, context, bank_store, qtbot):
    bank_store.assignments.set(roster["dr"].id, "d9-retired", PRIMARY)
    dialog = open_dialog(qtbot, AssignPeopleDialog(context, "d9-retired"))
    assert "no longer in the bank" in dialog.heading.text() and not dialog.add_answering.isEnabled()
    dialog.model.set_roles([roster["dr"].id], None)
    dialog.accept()
    assert bank_store.assignments.count() == 0


def test_rows_chosen_with_the_mouse_take_the_role(roster, context, bank_store, qtbot):
    from clicks import click_index

    dialog = open_dialog(qtbot, AssignQuestionsDialog(context, roster["dr"].id))

    def row_of(key):
        return dialog.proxy.mapFromSource(dialog.model.index(dialog.model.row_for(key), 0))

    click_index(qtbot, dialog.view, row_of("d1-pads"))
    rect = dialog.view.visualRect(row_of("d3-harassment"))
    qtbot.mouseClick(
        dialog.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, rect.center()
    )
    assert sorted(dialog.selected_keys()) == ["d1-pads", "d3-harassment"]
    qtbot.mouseClick(dialog.primary_button, Qt.MouseButton.LeftButton)
    assert dialog.model.roles() == {"d1-pads": PRIMARY, "d3-harassment": PRIMARY}


def test_the_benchmark_box_follows_the_chosen_dimension(roster, context, qtbot):
    dialog = open_dialog(qtbot, AssignQuestionsDialog(context, roster["dr"].id))
    dialog.bulk_dimension.setCurrentIndex(dialog.bulk_dimension.findData(5))
    offered = [dialog.bulk_benchmark.itemData(i) for i in range(dialog.bulk_benchmark.count())]
    assert offered == ["5.1.1"]
    dialog.bulk_dimension.setCurrentIndex(dialog.bulk_dimension.findData(1))
    assert dialog.bulk_benchmark.currentData().startswith("1.")
