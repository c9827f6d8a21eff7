"""The Schedule page driven with pytest-qt: day tabs, the timeline, conflicts, the session
editor (Thai digits typed), the assessor panel and the assessment days."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox

from sealprep.core.secretariat.schedule import Assessor, Session
from sealprep.ui.secretariat.schedule_page import SchedulePage
from sealprep.ui.secretariat.session_dialog import (
    AssessmentDaysDialog,
    AssessorsDialog,
    SessionDialog,
    checked_ids,
    set_checked,
)

MONDAY, TUESDAY = date(2026, 2, 9), date(2026, 2, 10)


@pytest.fixture
def week(roster, bank_store):
    """The 9-13 February block, two assessors, and three sessions; two on Monday overlap with
    somchai in both."""
    schedule = bank_store.schedule
    schedule.set_block(MONDAY, date(2026, 2, 13))
    damaris = schedule.save_assessor(Assessor("Ms. Damaris Rosabal", "UNDP", "ผู้เชี่ยวชาญด้านเพศภาวะ"))
    yenny = schedule.save_assessor(Assessor("Ms. Yenny Widjaja", "UNDP"))
    ids = {k: p.id for k, p in roster.items()}
    first = schedule.save_session(
        Session(
            MONDAY,
            time(9, 0),
            time(10, 30),
            "ห้อง 1",
            "มิติ 1",
            assessor_ids=[damaris.id],
            interviewee_ids=[ids["somchai"]],
        )
    )
    second = schedule.save_session(
        Session(
            MONDAY,
            time(10, 0),
            time(11, 0),
            "ห้อง 2",
            "มิติ 3",
            assessor_ids=[yenny.id],
            interviewee_ids=[ids["somchai"], ids["dr"]],
        )
    )
    third = schedule.save_session(
        Session(
            TUESDAY,
            time(13, 0),
            time(14, 0),
            "ห้อง 1",
            "มิติ 4",
            assessor_ids=[damaris.id, yenny.id],
            interviewee_ids=[ids["somying"]],
        )
    )
    return {"first": first.id, "second": second.id, "third": third.id, "damaris": damaris.id, "yenny": yenny.id, **ids}


@pytest.fixture
def page(week, context, qtbot):
    widget = SchedulePage(context)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_days_are_tabs_in_buddhist_era_with_thai_digits(page, context, bank_store):
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == [
        "จ. ๙ ก.พ. (๒)",
        "อ. ๑๐ ก.พ. (๑)",
        "พ. ๑๑ ก.พ. (๐)",
        "พฤ. ๑๒ ก.พ. (๐)",
        "ศ. ๑๓ ก.พ. (๐)",
    ]
    assert page.tabs.tabToolTip(0) == "วันจันทร์ที่ ๙ กุมภาพันธ์ ๒๕๖๙"
    assert page.tabs.tabTextColor(0).name() == "#c5221f"  # Monday has a conflict
    page.thai_digits.setChecked(False)  # the setting: Arabic digits
    assert bank_store.preferences.load().digits == "arabic"
    assert page.tabs.tabText(0) == "จ. 9 ก.พ. (2)" and page.tabs.tabToolTip(0) == "วันจันทร์ที่ 9 กุมภาพันธ์ 2569"


def test_conflicts_are_listed_and_drawn(page, week):
    texts = [page.conflict_list.item(i).text() for i in range(page.conflict_list.count())]
    assert texts == ["๙ ก.พ. ๒๕๖๙ ๐๙.๐๐ — นายสมชาย ใจดี is in two sessions at the same time"]
    assert page.timeline.conflicted >= {week["first"], week["second"]}
    assert page.timeline.rooms == ["ห้อง 1", "ห้อง 2"]
    page.conflict_list.setCurrentRow(0)
    assert page.timeline.selected == week["first"]
    assert "two sessions" in page.details.text()


def test_clicking_a_block_shows_the_session(page, week, qtbot):
    page.tabs.setCurrentIndex(1)
    rect = page.timeline.block_rect(week["third"])
    qtbot.mouseClick(page.timeline, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert page.timeline.selected == week["third"]
    assert "วันอังคารที่ ๑๐ กุมภาพันธ์ ๒๕๖๙" in page.details.text()
    assert "Ms. Damaris Rosabal — UNDP" in page.details.text() and "นางสาวสมหญิง รักเรียน" in page.details.text()
    assert page.edit_button.isEnabled()
    qtbot.mouseClick(
        page.timeline, Qt.MouseButton.LeftButton, pos=QPoint(int(rect.center().x()), int(rect.bottom()) + 60)
    )
    assert page.timeline.selected is None and not page.edit_button.isEnabled()


def test_new_session_typed_with_thai_digits(page, week, bank_store, dialogs):
    def fill(dialog: SessionDialog) -> bool:
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        dialog.day.setEditText("๑๒/๒/๒๕๖๙")
        assert dialog.day_hint.text() == "วันพฤหัสบดีที่ ๑๒ กุมภาพันธ์ ๒๕๖๙"
        dialog.start.setText("๑๓.๓๐")
        dialog.end.setText("๑๓.๐๐")
        assert not save.isEnabled() and "end after" in dialog.time_hint.text()
        dialog.end.setText("๑๔.๔๕ น.")
        assert save.isEnabled() and dialog.time_hint.text() == "๗๕ minutes"
        dialog.room.setText("ห้อง 3")
        set_checked(dialog.assessors, [week["damaris"]])
        assert "a session with no interviewee" in dialog.conflicts.text()
        set_checked(dialog.interviewees, [week["dr"]])
        assert dialog.conflicts.isHidden()
        return True

    dialogs.then(fill)
    assert page.new_session()
    saved = [s for s in bank_store.schedule.sessions() if s.day == date(2026, 2, 12)]
    assert [(s.start, s.end, s.room, s.assessor_ids, s.interviewee_ids) for s in saved] == [
        (time(13, 30), time(14, 45), "ห้อง 3", [week["damaris"]], [week["dr"]]),
    ]
    assert page.current_day() == date(2026, 2, 12) and page.timeline.selected == saved[0].id


def test_editing_a_session_to_resolve_the_conflict(page, week, bank_store, dialogs):
    def move(dialog: SessionDialog) -> bool:
        assert "นายสมชาย ใจดี is in two sessions" in dialog.conflicts.text()
        assert sorted(checked_ids(dialog.interviewees)) == sorted([week["somchai"], week["dr"]])
        dialog.start.setText("10:30")
        assert dialog.conflicts.isHidden()
        return True

    dialogs.then(move)
    page.timeline.session_activated.emit(week["second"])  # a double-click on the block
    assert bank_store.schedule.session(week["second"]).start == time(10, 30)
    assert page.conflict_list.count() == 0 and page.conflict_title.text() == "No conflicts"


def test_a_bad_date_keeps_the_dialog_open(page, dialogs, bank_store):
    def bad(dialog: SessionDialog) -> bool:
        dialog.day.setEditText("31/2/2569")
        assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
        assert "Not a date" in dialog.day_hint.text()
        return True

    before = len(bank_store.schedule.sessions())
    dialogs.then(bad)
    assert not page.new_session()
    assert len(bank_store.schedule.sessions()) == before


def test_double_click_on_empty_space_proposes_that_time_and_room(page, week, dialogs, qtbot):
    timeline = page.timeline
    x = int(timeline.GUTTER + timeline.column_width() * 1.5)  # the second room
    y = int(timeline.y_of(15 * 60 + 10))

    def check(dialog: SessionDialog) -> bool:
        assert dialog.start.text() == "๑๕.๐๐" and dialog.room.text() == "ห้อง 2"
        return False

    dialogs.then(check)
    qtbot.mouseDClick(timeline, Qt.MouseButton.LeftButton, pos=QPoint(x, y))


def test_delete_asks_first(page, week, bank_store, dialogs):
    page.show_session(week["third"])
    dialogs.confirmations = [False, True]
    assert not page.delete_session()
    assert page.delete_session()
    assert bank_store.schedule.session(week["third"]) is None
    assert page.tabs.tabText(1) == "อ. ๑๐ ก.พ. (๐)"


def test_delete_key_on_the_timeline(page, week, bank_store, dialogs, qtbot):
    page.show_session(week["first"])
    page.timeline.setFocus()
    dialogs.confirmations = [True]
    qtbot.keyClick(page.timeline, Qt.Key.Key_Delete)
    assert bank_store.schedule.session(week["first"]) is None


def test_assessor_panel_dialog(page, week, bank_store, dialogs):
    def edit(dialog: AssessorsDialog) -> bool:
        assert dialog.table.rowCount() == 2
        dialog.add_row(Assessor("คุณสุปราณี พงษ์เรืองพันธ์", "UNDP ประจำประเทศไทย", "ที่ปรึกษาด้านความเท่าเทียมทางเพศ"))
        dialog.table.selectRow(1)
        dialog.remove_selected()  # Ms. Yenny Widjaja
        return True

    dialogs.then(edit)
    page.edit_assessors()
    assert [a.name for a in bank_store.schedule.assessors()] == ["Ms. Damaris Rosabal", "คุณสุปราณี พงษ์เรืองพันธ์"]
    assert bank_store.schedule.session(week["second"]).assessor_ids == []


def test_an_assessor_needs_a_name(context, week, qtbot):
    dialog = AssessorsDialog(context)
    qtbot.addWidget(dialog)
    dialog.add_row(Assessor("", "UNDP"))
    dialog.accept()
    assert dialog.result() == 0 and "needs a name" in dialog.problem.text()


def test_assessment_days_dialog(page, bank_store, dialogs):
    def set_days(dialog: AssessmentDaysDialog) -> bool:
        dialog.first.setText("๑๖ ก.พ. ๒๕๖๙")
        dialog.last.setText("๑๕/๒/๒๕๖๙")
        assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
        dialog.last.setText("17 Feb 2026")
        assert dialog.hint.text().endswith(": ๒ days")
        return True

    dialogs.then(set_days)
    page.edit_days()
    assert bank_store.schedule.block() == (date(2026, 2, 16), date(2026, 2, 17))
    # days with sessions stay visible beside the new block
    assert page.days == [MONDAY, TUESDAY, date(2026, 2, 16), date(2026, 2, 17)]


def test_an_empty_schedule_says_what_to_do(context, qtbot):
    page = SchedulePage(context)
    qtbot.addWidget(page)
    page.show()
    assert page.empty.isVisible() and not page.tabs.isVisible()


def test_a_mouse_click_on_a_conflict_shows_its_session_each_time(page, week, qtbot):
    from clicks import click_item

    click_item(qtbot, page.conflict_list, page.conflict_list.item(0))
    assert page.timeline.selected == week["first"] and "two sessions" in page.details.text()
    page.tabs.setCurrentIndex(1)  # the user looks elsewhere, then clicks the same conflict again
    page.timeline.select(None)
    click_item(qtbot, page.conflict_list, page.conflict_list.item(0))
    assert page.tabs.currentIndex() == 0 and page.timeline.selected == week["first"]
