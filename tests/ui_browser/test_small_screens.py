"""At the common office-laptop sizes (1366x768 and 1280x720), in Thai, nothing the user needs is
cut off or pushed behind a scroll bar or a "»" menu."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QToolButton

from sealprep.core.secretariat.assignments import PRIMARY
from sealprep.core.secretariat.people import Person
from sealprep.ui import i18n


@pytest.fixture(params=[(1366, 768), (1280, 720)], ids=["1366x768", "1280x720"])
def small_window(request, make_window, bank_store):
    people = [
        Person("นายสมมติ ตัวอย่าง", "นักวิเคราะห์นโยบายและแผนชำนาญการพิเศษ", "สยป.", "sommut@example.org"),
        Person("นางสาวทดลอง ใจดี", "นักทรัพยากรบุคคลชำนาญการพิเศษ", "สนศ."),
        Person("นางสาวอ้างอิง ประสานงาน", "เจ้าพนักงานธุรการชำนาญงาน", "สำนักงาน ก.ก.", role="secretariat"),
    ]
    for person in people:
        bank_store.people.save(person)
    bank_store.assignments.set(people[0].id, "d1-pads", PRIMARY)
    window = make_window(bank_store)
    window.language_actions["th"].trigger()
    window.resize(*request.param)
    QApplication.processEvents()
    yield window
    i18n.set_language("en")


def show(window, name):
    window.tabs.setCurrentWidget(window.pages[name])
    for _ in range(3):
        QApplication.processEvents()
    return window.pages[name]


def test_the_browser_shows_every_action_the_whole_search_hint_and_whole_dimension_names(small_window):
    page = show(small_window, "bank")
    extension = page.toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    assert extension is None or not extension.isVisible(), "actions folded behind »"
    for action in (page.new_action, page.edit_action, page.delete_action, page.assign_action):
        assert page.toolbar.widgetForAction(action).isVisible(), action.text()
    field = page.search_field
    hint = field.fontMetrics().horizontalAdvance(field.placeholderText())
    assert hint + 60 < field.width(), "the search hint is cut off"
    tree = page.navigation
    item = tree._items["dimension:1"]
    rect = tree.visualItemRect(item)
    text_width = tree.fontMetrics().horizontalAdvance(item.text(0))
    lines = rect.height() // tree.fontMetrics().lineSpacing()
    assert lines * (tree.columnWidth(0) - tree.indentation() * 2) >= text_width, "the dimension name is cut off"


def test_people_show_the_whole_position(small_window):
    page = show(small_window, "people")
    view = page.view
    column = 1
    widest = max(
        view.fontMetrics().horizontalAdvance(page.proxy.index(r, column).data()) for r in range(page.proxy.rowCount())
    )
    assert view.columnWidth(column) >= widest + 8
    assert not view.horizontalScrollBar().isVisible()


def test_coverage_needs_no_horizontal_scrolling(small_window, monkeypatch):
    from sealprep.core.secretariat import coverage

    person = small_window.context.store.people.list()[0]
    monkeypatch.setattr(coverage, "load_readiness", lambda store: {(person.id, "d1-pads"): True})
    small_window.context.rehearsal_changed.emit()  # with rehearsal figures, the widest state
    page = show(small_window, "coverage")
    assert page.model.footer_rows() == 3
    assert not page.matrix.horizontalScrollBar().isVisible()
    for box in (page.no_primary, page.short, page.idle, page.check):
        assert not box.horizontalScrollBar().isVisible()
    assert page.width() <= small_window.width()
