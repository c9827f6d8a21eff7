"""Search as you type: Thai substrings, off the GUI thread, stale answers dropped, highlights, Esc."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


def listed(page) -> list[str]:
    return [row.id for row in page.list_model.rows()]


def type_text(widget, text: str) -> None:
    """Key presses carrying each character, as a Thai keyboard layout delivers them (QTest's
    keyClicks only knows Latin-1 keys)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget,
                QKeyEvent(
                    kind, Qt.Key.Key_unknown if ord(ch) > 0xFF else ord(ch.upper()), Qt.KeyboardModifier.NoModifier, ch
                ),
            )
        QApplication.processEvents()


def type_query(qtbot, page, text: str) -> None:
    page.focus_search()
    with qtbot.waitSignal(page.list_updated, timeout=3000):
        type_text(page.search_field, text)


def test_typing_a_thai_query_filters_the_list(qtbot, page):
    type_query(qtbot, page, "วิเคราะห์มิติ")  # a substring inside running Thai text
    qtbot.waitUntil(lambda: listed(page) == ["d1-pads"], timeout=3000)
    assert page.detail.question().id == "d1-pads"
    assert "1" in page.search_status.text()


def test_query_in_an_answer_only_and_with_thai_digits(qtbot, page):
    type_query(qtbot, page, "Traffy")
    qtbot.waitUntil(lambda: listed(page) == ["d3-harassment"], timeout=3000)
    page.search_field.clear()
    type_query(qtbot, page, "๓-๕ วัน")  # Thai digits find the ASCII digits of the answer
    qtbot.waitUntil(lambda: listed(page) == ["d1-pads"], timeout=3000)


def test_results_arrive_from_a_worker_thread_and_only_the_newest_counts(qtbot, page):
    received = []
    page.live_search.results.connect(lambda query, ids: received.append(query))
    page.focus_search()
    for text in ("ผ", "ผล", "ผลลัพธ์"):
        page.search_field.setText(text)
        page.live_search.flush()  # every query really goes to the worker
    qtbot.waitUntil(lambda: received == ["ผลลัพธ์"], timeout=3000)
    QTest.qWait(100)
    assert received == ["ผลลัพธ์"]  # the two earlier answers were stale and dropped
    worker_thread = page.live_search._worker.thread()
    assert worker_thread is not page.thread() and worker_thread.isRunning()


def test_typing_is_debounced(qtbot, page):
    received = []
    page.live_search.results.connect(lambda query, ids: received.append(query))
    type_query(qtbot, page, "ประกาศ")
    qtbot.waitUntil(lambda: bool(received), timeout=3000)
    QTest.qWait(250)
    assert received == ["ประกาศ"]  # six keystrokes, one search


def test_matches_are_highlighted_in_list_and_detail(qtbot, page):
    type_query(qtbot, page, "ผ้าอนามัย")
    qtbot.waitUntil(lambda: listed(page) == ["d1-pads"], timeout=3000)
    assert page.list_model.query == "ผ้าอนามัย"
    markup = page.detail.rendered_html()
    assert ">ผ้าอนามัย</span>" in markup and "background-color:#ffd54f" in markup
    page.search_field.setText("การวิเคราะห์")
    qtbot.waitUntil(lambda: page.list_model.query == "การวิเคราะห์", timeout=3000)
    assert ">การวิเคราะห์</span>มิติทางเพศ" in page.detail.rendered_html()  # in the title


def test_escape_clears_the_search(qtbot, page):
    type_query(qtbot, page, "Traffy")
    qtbot.waitUntil(lambda: listed(page) == ["d3-harassment"], timeout=3000)
    with qtbot.waitSignal(page.list_updated, timeout=3000):
        QTest.keyClick(page.search_field, Qt.Key.Key_Escape)
    assert page.search_field.text() == ""
    assert listed(page) == ["d1-pads", "d1-tracking", "d3-harassment"]
    assert page.list_model.query == ""


def test_ctrl_f_focuses_the_search_field(qtbot, window, page):
    page.list_view.setFocus()
    window.activateWindow()
    window.find_action.trigger()
    assert window.focusWidget() is page.search_field
    assert window.find_action.shortcut().toString() == "Ctrl+F"


def test_filters_hiding_matches_offer_the_whole_bank(qtbot, page):
    page.navigation.select_node("dimension:3")
    type_query(qtbot, page, "BMA Policy Tracking")
    qtbot.waitUntil(lambda: "hidden" in page.search_status.text(), timeout=3000)
    assert listed(page) == []
    page.search_status.linkActivated.emit("#all")
    assert set(listed(page)) == {"d1-tracking", "d1-pads"}
    assert page.navigation.current_node() == "all"


def test_no_match_says_so(qtbot, page):
    type_query(qtbot, page, "ไม่มีคำนี้แน่นอน")
    qtbot.waitUntil(lambda: page.list_model.rowCount() == 0, timeout=3000)
    assert "No question matches" in page.list_view.placeholder_text
    assert page.detail.question() is None
