"""The People page driven with pytest-qt: roster, filter, profile, add/edit/remove, import
preview (clean and with problems) and export."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from secretariat_helpers import EXAMPLES, write_csv

from sealprep.core.secretariat.assignments import BACKUP, PRIMARY
from sealprep.core.secretariat.schedule import Session
from sealprep.core.secretariat.table_files import read_table
from sealprep.ui.secretariat.common import PROBLEM_COLOUR
from sealprep.ui.secretariat.import_dialog import ImportPreviewDialog
from sealprep.ui.secretariat.people_page import PeoplePage
from sealprep.ui.secretariat.person_dialog import PersonDialog


@pytest.fixture
def page(context, qtbot):
    widget = PeoplePage(context)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def shown_names(page) -> list[str]:
    return [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]


def test_roster_lists_everyone_and_filters_like_search(roster, page):
    # by name, titles ignored, Thai dictionary order (ดร.วิชัย before นายสมชาย)
    assert shown_names(page) == ["ดร.วิชัย มั่นคง", "นายสมชาย ใจดี", "นางสาวสมหญิง รักเรียน", "นางสาวอ้างอิง ประสานงาน"]
    page.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # a click on the header: the same order reversed
    assert shown_names(page)[0] == "นางสาวอ้างอิง ประสานงาน"
    page.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    page.search.setText("สนศ")  # agency code
    assert shown_names(page) == ["นางสาวสมหญิง รักเรียน"]
    page.search.setText("๐๘๑๒")  # Thai digits find an ASCII phone number
    assert shown_names(page) == ["นายสมชาย ใจดี"]
    page.search.clear()
    page.role_filter.setCurrentIndex(page.role_filter.findData("secretariat"))
    assert shown_names(page) == ["นางสาวอ้างอิง ประสานงาน"]
    assert page.count_label.text() == "1 of 4 people"


def test_profile_shows_assignments_and_sessions(roster, page, bank_store, context):
    somchai = roster["somchai"].id
    bank_store.assignments.set(somchai, "d1-pads", PRIMARY)
    bank_store.assignments.set(somchai, "d3-harassment", BACKUP)
    bank_store.schedule.save_session(
        Session(date(2026, 2, 9), time(9, 0), time(10, 30), "ห้อง 1", "มิติ 1", interviewee_ids=[somchai])
    )
    context.schedule_changed.emit()
    page.select_person(somchai)
    profile = page.profile
    assert "นายสมชาย ใจดี" in profile.details.text() and "สำนักยุทธศาสตร์และประเมินผล" in profile.details.text()
    rows = [
        [profile.questions.topLevelItem(i).text(c) for c in range(3)]
        for i in range(profile.questions.topLevelItemCount())
    ]
    assert [r[:2] for r in rows] == [["Primary", "d1-pads"], ["Backup", "d3-harassment"]]
    assert profile.questions_title.text() == "Assigned questions: 1 primary, 1 backup"
    session = profile.sessions.topLevelItem(0)
    assert [session.text(c) for c in range(4)] == ["๙ ก.พ. ๒๕๖๙", "๐๙.๐๐-๑๐.๓๐", "มิติ 1", "ห้อง 1"]
    # the table counts follow the store
    row = page.model.row_of(somchai)
    assert page.model.index(row, 4).data() == "1 + 1" and page.model.index(row, 5).data() == "1"


def test_add_person_through_the_dialog(page, bank_store, dialogs, qtbot):
    def fill(dialog: PersonDialog) -> bool:
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled()  # no name yet
        dialog.name.setText("นางสาวใหม่ ทดสอบ")
        dialog.email.setText("not an email")
        assert not ok.isEnabled() and "e-mail" in dialog.problem.text()
        dialog.email.setText("new@example.org")
        dialog.phone.setText("๐๘๙-๙๙๙-๐๐๐๐")
        dialog.agency.setCurrentIndex(dialog.agency.findData("สนศ."))
        assert ok.isEnabled()
        return True

    dialogs.then(fill)
    with qtbot.waitSignal(page.context.people_changed):
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    [person] = bank_store.people.list()
    assert (person.name, person.agency, person.phone) == ("นางสาวใหม่ ทดสอบ", "สนศ.", "089-999-0000")
    assert page.selected_person_id() == person.id


def test_the_dialog_refuses_a_duplicate(roster, context, qtbot):
    dialog = PersonDialog(context)
    qtbot.addWidget(dialog)
    dialog.name.setText("สมชาย ใจดี")  # no title, same agency
    dialog.agency.setCurrentIndex(dialog.agency.findData("สยป."))
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert "นายสมชาย ใจดี" in dialog.problem.text()
    dialog.agency.setCurrentIndex(dialog.agency.findData("สนศ."))
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_edit_and_remove(roster, page, bank_store, dialogs):
    page.select_person(roster["dr"].id)
    dialogs.then(lambda d: d.position.setText("ผู้อำนวยการสำนัก") or True)
    page.edit_person()
    assert bank_store.people.get(roster["dr"].id).position == "ผู้อำนวยการสำนัก"
    dialogs.confirmations = [False, True]
    page.remove_person()
    assert bank_store.people.get(roster["dr"].id) is not None  # said no
    page.remove_person()
    assert bank_store.people.get(roster["dr"].id) is None
    assert page.selected_person_id() is None and roster["dr"].name not in shown_names(page)


def test_keyboard_delete_and_enter(roster, page, bank_store, dialogs, qtbot):
    page.select_person(roster["clerk"].id)
    page.view.setFocus()
    dialogs.then(lambda dialog: isinstance(dialog, PersonDialog) and False)
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert len(dialogs.seen) == 1
    dialogs.confirmations = [True]
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert bank_store.people.get(roster["clerk"].id) is None


def test_someone_with_rehearsal_history_stays(roster, page, bank_store, dialogs):
    # the rehearsal mode keeps its history with ON DELETE RESTRICT; a stand-in table does the same here
    bank_store.db.execute("CREATE TABLE kept_history (person_id INTEGER REFERENCES people(id) ON DELETE RESTRICT)")
    bank_store.db.execute("INSERT INTO kept_history VALUES (?)", [roster["dr"].id])
    page.select_person(roster["dr"].id)
    dialogs.confirmations = [True]
    page.remove_person()
    assert bank_store.people.get(roster["dr"].id) is not None
    assert "rehearsal history" in dialogs.messages[0]


def test_import_a_clean_file_after_the_preview(page, bank_store, dialogs, qtbot):
    def preview(dialog: ImportPreviewDialog) -> bool:
        assert dialog.import_button.isEnabled()
        assert dialog.model.rowCount() == 8 and dialog.problem_list.count() == 0
        assert "Thai Windows" in dialog.summary.text() and "8 new" in dialog.summary.text()
        return True

    dialogs.files = [str(EXAMPLES / "roster-example-cp874.csv")]
    dialogs.then(preview)
    assert page.import_people()
    assert len(bank_store.people.list()) == 8 and page.model.rowCount() == 8
    assert "8 new" in page.status.text()


def test_a_file_with_problems_is_shown_but_never_imported(page, bank_store, dialogs, tmp_path):
    path = write_csv(
        tmp_path / "bad.csv", ["ชื่อ-นามสกุล,หน่วยงาน", "นายสมชาย ใจดี,สยป.", ",สนศ.", "นางสาวสมหญิง,สำนักไม่มี"], "cp874"
    )

    def preview(dialog: ImportPreviewDialog) -> bool:
        assert not dialog.import_button.isEnabled()
        problems = [dialog.problem_list.item(i).text() for i in range(dialog.problem_list.count())]
        assert problems[0] == "row 3: no name" and problems[1].startswith("row 4: unknown agency 'สำนักไม่มี'")
        background = Qt.ItemDataRole.BackgroundRole
        assert dialog.model.index(1, 0).data(background).color() == PROBLEM_COLOUR  # row 3 of the file
        assert dialog.model.index(0, 0).data(background) is None
        dialog.problem_list.setCurrentRow(1)
        assert dialog.table.currentIndex().row() == 2  # clicking a problem shows its row
        return True  # even if something tried to accept, the dialog refuses

    dialogs.files = [str(path)]
    dialogs.then(preview)
    assert not page.import_people()
    assert bank_store.people.list() == []
    assert dialogs.seen[0].result() == 0


def test_import_assignments_with_replace(roster, page, bank_store, dialogs, tmp_path, qtbot):
    bank_store.assignments.set(roster["dr"].id, "d3-harassment", PRIMARY)
    path = write_csv(tmp_path / "a.csv", ["person,question,role", "somchai@example.org,d1-pads,หลัก"])

    def preview(dialog) -> bool:
        assert dialog.import_button.isEnabled()
        dialog.replace_all.setChecked(True)
        return True

    dialogs.files = [str(path)]
    dialogs.then(preview)
    assert page.import_assignments()
    assert "1 new" in page.status.text() and "1 removed" in page.status.text()
    assert bank_store.assignments.list()[0].question_id == "d1-pads" and bank_store.assignments.count() == 1


def test_export_roster_and_assignments(roster, page, bank_store, dialogs, tmp_path):
    bank_store.assignments.set(roster["somchai"].id, "d1-pads", PRIMARY)
    dialogs.files = [str(tmp_path / "roster"), str(tmp_path / "assignments.csv")]  # no suffix: .xlsx is added
    assert page.export_people() and page.export_assignments()
    assert len(read_table(tmp_path / "roster.xlsx").rows) == 5
    data = (tmp_path / "assignments.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and "นายสมชาย ใจดี" in data.decode("utf-8-sig")


def test_an_unreadable_file_is_reported_not_raised(page, dialogs, tmp_path):
    (tmp_path / "fake.xlsx").write_text("no")
    dialogs.files = [str(tmp_path / "fake.xlsx")]
    assert not page.import_people()
    assert "not a readable XLSX" in dialogs.messages[0]


def test_person_removed_elsewhere_disappears(roster, page, context, bank_store):
    page.select_person(roster["clerk"].id)
    bank_store.people.remove(roster["clerk"].id)
    context.people_changed.emit()
    assert page.selected_person_id() is None
    assert page.profile.person_id is None  # the profile is cleared too


def test_a_mouse_click_on_a_person_shows_them_and_enables_the_actions(roster, page, qtbot):
    from clicks import click_row

    assert not page.edit_button.isEnabled() and not page.profile.assign_button.isEnabled()
    row = next(r for r in range(page.proxy.rowCount()) if page.proxy.index(r, 0).data() == "นายสมชาย ใจดี")
    click_row(qtbot, page.view, row, 1)
    assert page.selected_person_id() == roster["somchai"].id
    assert "นายสมชาย ใจดี" in page.profile.details.text()
    for button in (page.edit_button, page.remove_button, page.profile.assign_button, page.profile.print_button):
        assert button.isEnabled(), button.text()
    # a click on another person follows at once; so does a click on the already current row
    other = next(r for r in range(page.proxy.rowCount()) if page.proxy.index(r, 0).data() == "ดร.วิชัย มั่นคง")
    click_row(qtbot, page.view, other)
    assert "ดร.วิชัย มั่นคง" in page.profile.details.text()
    click_row(qtbot, page.view, other)
    assert page.selected_person_id() == roster["dr"].id and page.edit_button.isEnabled()


def test_the_nothing_imported_line_goes_once_the_user_moves_on(roster, page, dialogs, qtbot):
    from clicks import click_row

    dialogs.files = [str(EXAMPLES / "roster-example-cp874.csv")]
    dialogs.then(lambda dialog: False)  # the clerk cancels the preview
    assert not page.import_people()
    assert page.status.text() == "Nothing was imported."
    click_row(qtbot, page.view, 0)
    assert page.status.text() == ""


def test_an_empty_roster_says_what_to_do_and_offers_the_example(page, bank_store, dialogs, monkeypatch):
    from sealprep.ui import links

    opened = []
    monkeypatch.setattr(links, "url_opener", lambda url: opened.append(url.toLocalFile()) or True)
    assert page.empty_hint.isVisible() and "Import" in page.empty_hint.text()
    dialogs.then(lambda dialog: True)  # the preview of the example: import it
    page.empty_hint.linkActivated.emit("example")
    assert len(bank_store.people.list()) == 8 and not page.empty_hint.isVisible()
    bank_store.people.remove(bank_store.people.list()[0].id)
    page.empty_hint.linkActivated.emit("folder")
    assert opened and opened[0].endswith("examples")


def test_a_click_on_a_problem_shows_its_row(bank_store, tmp_path, qtbot):
    from clicks import click_item
    from sealprep.core.secretariat.roster_import import preview_roster
    from sealprep.ui.secretariat.import_dialog import roster_preview_dialog

    path = write_csv(
        tmp_path / "bad.csv", ["ชื่อ-นามสกุล,หน่วยงาน", "นายสมชาย ใจดี,สยป.", ",สนศ.", "นางสาวสมหญิง,สำนักไม่มี"], "cp874"
    )
    dialog = roster_preview_dialog(preview_roster(bank_store, path))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    click_item(qtbot, dialog.problem_list, dialog.problem_list.item(1))
    assert dialog.table.currentIndex().row() == 2  # row 4 of the file
    click_item(qtbot, dialog.problem_list, dialog.problem_list.item(0))
    assert dialog.table.currentIndex().row() == 1


def test_the_preview_and_the_import_run_off_the_window_thread(page, bank_store, dialogs, monkeypatch):
    """While the file is read and matched the window's event loop keeps running: the worker
    waits for a timer that only a running GUI event loop can fire."""
    import threading

    from PySide6.QtCore import QTimer

    from sealprep.ui.secretariat import people_page

    ran_in: list[str] = []

    def waits_for_the_window(real):
        def work(store, *args):
            beat = threading.Event()
            QTimer.singleShot(0, page, beat.set)  # delivered by the GUI thread's event loop
            ran_in.append(threading.current_thread().name)
            assert beat.wait(20), "the window's event loop did not run while the file was read"
            return real(store, *args)

        return work

    monkeypatch.setattr(people_page, "preview_roster", waits_for_the_window(people_page.preview_roster))
    monkeypatch.setattr(people_page, "apply_roster", waits_for_the_window(people_page.apply_roster))
    dialogs.files = [str(EXAMPLES / "roster-example-cp874.csv")]
    dialogs.then(lambda dialog: True)
    assert page.import_people()
    assert ran_in == ["sealprep-background", "sealprep-background"]
    assert len(bank_store.people.list()) == 8
