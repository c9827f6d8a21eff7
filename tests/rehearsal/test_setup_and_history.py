"""The setup page, the history with its search, and the readiness overview."""

from __future__ import annotations

from PySide6.QtCore import Qt
from rehearsal_typing import type_text

from sealprep.core.rehearsal.readiness import ReadinessState
from sealprep.core.rehearsal.session import SessionSettings
from sealprep.core.secretariat.people import Person
from sealprep.ui.rehearsal import HistoryPage
from sealprep.ui.rehearsal.labels import STATE_BACKGROUNDS, share_background
from sealprep.ui.rehearsal.setup_page import ME


def _select(combo, data):
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def test_setup_offers_the_roster_and_previews_the_plan(page, qtbot, bank_store, somchai):
    setup = page.setup
    page.context.people_changed.emit()
    assert [setup.person.itemData(i) for i in range(setup.person.count())] == [ME, somchai.id]
    setup.update_preview()
    assert setup.preview.count() == 3
    _select(setup.scope, "dimension")
    assert setup.dimension.isVisibleTo(setup) and not setup.benchmarks.isVisibleTo(setup)
    _select(setup.dimension, 3)
    setup.update_preview()
    assert setup.preview.count() == 1 and "กรุงเทพมหานครป้องกัน" in setup.preview.item(0).text()
    _select(setup.dimension, 2)
    setup.update_preview()
    assert not setup.start_button.isEnabled() and "no questions" in setup.preview_summary.text()


def test_setup_builds_the_settings_it_shows(page, qtbot, somchai):
    setup = page.setup
    page.context.people_changed.emit()
    _select(setup.person, somchai.id)
    _select(setup.scope, "benchmarks")
    setup.benchmarks.item(1).setCheckState(Qt.CheckState.Checked)  # 1.1.2
    _select(setup.order, "shuffled")
    setup.count.setValue(0)
    setup.time_per_question.setValue(90)
    setup.session_limit.setValue(20)
    _select(setup.language, "en")
    settings = setup.settings()
    assert settings == SessionSettings(
        person_id=somchai.id,
        scope="benchmarks",
        benchmarks=("1.1.2",),
        order="shuffled",
        count=0,
        time_per_question=90,
        session_limit=1200,
        language="en",
    )
    assert setup.time_per_question.text() == "1:30" and setup.count.text() == "All"
    setup.update_preview()
    assert setup.preview.count() == 1 and "1:30" in setup.preview.item(0).text()


def test_the_last_setup_is_remembered(context, qtbot, page, somchai, monotonic, wall):
    page.context.people_changed.emit()
    page.start(SessionSettings(person_id=somchai.id, count=2, language="th"), False)
    from sealprep.ui.rehearsal import RehearsePage

    again = RehearsePage(context, now=monotonic, clock=wall)
    qtbot.addWidget(again)
    settings = again.setup.settings()
    assert (settings.person_id, settings.count, settings.language) == (somchai.id, 2, "th")


def test_english_prompt_and_thai_prompt(page, qtbot):
    page.start(SessionSettings(order="bank", language="en"), False)
    screen = page.rehearsal_screen
    assert screen.question_text.text() == "How is gender analysis used when a project is designed?"
    assert not screen.english_text.isVisibleTo(screen)
    page.controller.end()
    page.start(SessionSettings(order="bank", language="th"), False)
    assert page.rehearsal_screen.question_text.text().startswith("การวิเคราะห์")


def _rehearse(page, results, notes=None, person_id=None):
    """results: question id -> (rating, key points ticked)."""
    controller = page.start(SessionSettings(person_id=person_id, order="bank", count=0), False)
    while not controller.session.finished:
        item = controller.session.item
        if notes and item.question.id in notes:
            type_text(page.rehearsal_screen.notes, notes[item.question.id])
        if item.question.id in results:
            rating, points = results[item.question.id]
            for p in points:
                controller.set_key_point(p, True)
            controller.rate(rating)
        controller.next()


def test_history_lists_sessions_and_searches_notes_in_thai(page, qtbot, context):
    _rehearse(
        page,
        {"d1-pads": (3, [0, 1])},
        notes={"d1-pads": "ลืมพูดถึงงบประมาณปี 2568", "d3-harassment": "ช่องทางร้องเรียน Traffy"},
    )
    _rehearse(page, {"d1-tracking": (1, [])})
    history = HistoryPage(context)
    qtbot.addWidget(history)
    history.show()
    view = history.history
    assert view.tree.topLevelItemCount() == 2
    assert view.tree.topLevelItem(1).childCount() == 3
    view.search.setText("งบประมาณ")
    view.refresh()
    assert view.tree.topLevelItemCount() == 1
    [hit] = [view.tree.topLevelItem(0).child(i) for i in range(view.tree.topLevelItem(0).childCount())]
    assert hit.text(0).startswith("1. การวิเคราะห์") and hit.text(1) == "Good"
    view.tree.setCurrentItem(hit)
    assert "ลืมพูดถึงงบประมาณปี 2568" in view.detail.toPlainText()
    assert "ความจนรายเดือน" in view.detail.toPlainText()  # the key points, ticked
    view.search.setText("๒๕๖๘")  # Thai digits find the ASCII ones
    view.refresh()
    assert view.tree.topLevelItemCount() == 1
    view.search.setText("traffy")
    view.refresh()
    assert view.tree.topLevelItem(0).child(0).text(0).startswith("3. กรุงเทพมหานคร")
    view.search.setText("ไม่มีอยู่จริง")
    view.refresh()
    assert view.tree.topLevelItemCount() == 0 and "0" in view.count_label.text()


def test_readiness_overview_per_person_and_dimension(page, qtbot, context, bank_store, somchai):
    _rehearse(page, {"d1-pads": (4, [0, 1]), "d1-tracking": (2, [0])}, person_id=somchai.id)
    other = bank_store.people.save(Person("ผู้ยังไม่ซ้อม"))
    history = HistoryPage(context)
    qtbot.addWidget(history)
    history.show()
    view = history.readiness
    rows = {view.overview.item(r, 0).data(Qt.ItemDataRole.UserRole): r for r in range(view.overview.rowCount())}
    assert set(rows) == {ME, somchai.id, other.id}
    row = rows[somchai.id]
    headers = [view.overview.horizontalHeaderItem(c).text() for c in range(view.overview.columnCount())]
    assert headers[:3] == ["Person", "Overall", "Dimension 1"]
    assert view.overview.item(row, 1).text() == "33 %  (1/3)"
    assert view.overview.item(row, 2).text() == "50 %  (1/2)"
    assert view.overview.item(row, 2).background().color() == share_background(0.5)
    assert view.overview.item(row, 3).text() == "–"  # dimension 2 has no questions
    assert view.overview.item(row, 4).text() == "0 %  (0/1)"
    assert view.overview.item(rows[other.id], 1).text() == "0 %  (0/3)"
    view.overview.selectRow(row)
    states = [view.questions.item(r, 2).text() for r in range(view.questions.rowCount())]
    assert states == ["Ready", "Partly ready", "Not rehearsed"]
    assert view.questions.item(2, 2).background().color() == STATE_BACKGROUNDS[ReadinessState.UNREHEARSED]
    assert view.state_counts(somchai.id)[ReadinessState.READY] == 1


def test_history_follows_new_sessions(page, qtbot, context):
    history = HistoryPage(context)
    qtbot.addWidget(history)
    history.show()
    assert history.history.tree.topLevelItemCount() == 0
    _rehearse(page, {"d1-pads": (3, [])})  # the page emits rehearsal_changed at the end
    assert history.history.tree.topLevelItemCount() == 1


def test_main_window_has_the_two_pages(qtbot, context):
    from sealprep.ui.main_window import MainWindow

    window = MainWindow(context)
    qtbot.addWidget(window)
    labels = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert "Rehearse" in labels and "History && readiness" in labels


def test_starting_with_choices_that_select_nothing_returns_to_the_setup(page, qtbot):
    assert page.start(SessionSettings(scope="dimension", dimension=2), False) is None
    assert page.currentWidget() is page.setup and page.controller is None
    assert not page.setup.start_button.isEnabled()
    assert "no questions" in page.setup.preview_summary.text()


def test_history_and_readiness_follow_mouse_clicks(page, qtbot, context, somchai):
    from clicks import click_index, click_item

    _rehearse(page, {"d1-pads": (3, [0, 1])}, notes={"d1-pads": "ลืมพูดถึงงบประมาณ"}, person_id=somchai.id)
    history = HistoryPage(context)
    qtbot.addWidget(history)
    history.resize(1280, 760)
    history.show()
    qtbot.waitExposed(history)
    history.history.person.setCurrentIndex(history.history.person.findData(somchai.id))
    history.history.refresh()
    view = history.history
    view.tree.expandAll()
    session = view.tree.topLevelItem(0)
    hit = next(session.child(i) for i in range(session.childCount()) if "การวิเคราะห์" in session.child(i).text(0))
    click_item(qtbot, view.tree, hit)
    assert "ลืมพูดถึงงบประมาณ" in view.detail.toPlainText()
    history.tabs.setCurrentWidget(history.readiness)
    overview = history.readiness.overview
    row = next(
        r for r in range(overview.rowCount()) if overview.item(r, 0).data(Qt.ItemDataRole.UserRole) == somchai.id
    )
    click_index(qtbot, overview, overview.model().index(row, 0))
    assert history.readiness.questions.rowCount() == 3
    assert somchai.name in history.readiness.questions_title.text()


def test_an_empty_history_says_how_to_start(context, qtbot):
    history = HistoryPage(context)
    qtbot.addWidget(history)
    history.show()
    assert "press Start rehearsal" in history.history.detail.toPlainText()


def test_benchmarks_are_chosen_with_the_mouse(page, qtbot):
    from clicks import click_check_box

    setup = page.setup
    page.resize(1280, 760)
    page.show()
    qtbot.waitExposed(page)
    _select(setup.scope, "benchmarks")
    assert setup.benchmarks.isVisible()
    item = setup.benchmarks.item(0)
    click_check_box(qtbot, setup.benchmarks, setup.benchmarks.indexFromItem(item))
    assert item.checkState() == Qt.CheckState.Checked
    setup.update_preview()
    assert setup.preview.count() >= 1 and setup.start_button.isEnabled()
