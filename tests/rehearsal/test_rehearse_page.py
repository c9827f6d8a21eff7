"""The Rehearse page driven like a user would: clicks and keys, with the clocks under control."""

from __future__ import annotations

from PySide6.QtCore import Qt
from rehearsal_typing import type_text

from sealprep.core.rehearsal.countdown import Phase
from sealprep.core.rehearsal.session import SessionSettings
from sealprep.ui.rehearsal.keys import Action
from sealprep.ui.rehearsal.labels import PAUSED_COLOUR, PHASE_COLOURS


def _start(page, qtbot, **settings):
    settings.setdefault("order", "bank")
    controller = page.start(SessionSettings(**settings), False)
    qtbot.waitUntil(lambda: page.rehearsal_screen is not None and page.rehearsal_screen.isVisible())
    return controller


def test_one_click_starts_with_sensible_defaults(page, qtbot, bank_store):
    assert page.currentWidget() is page.setup
    assert page.setup.start_button.isEnabled()
    qtbot.mouseClick(page.setup.start_button, Qt.MouseButton.LeftButton)
    assert page.currentWidget() is page.rehearsal_screen
    settings = page.controller.session.settings
    assert (settings.person_id, settings.scope, settings.order, settings.count, settings.time_per_question) == (
        None,
        "auto",
        "weakest",
        10,
        None,
    )
    assert len(page.controller.session.items) == 3  # the test bank has three questions
    assert page.rehearsal_screen.question_text.text() == page.controller.session.item.question.question_th
    assert bank_store.rehearsal.attempts(page.controller.session.session_id)  # the attempt row exists


def test_countdown_warning_overtime_pause_and_resume_on_a_fake_clock(page, qtbot, monotonic):
    controller = _start(page, qtbot)
    screen = page.rehearsal_screen
    assert screen.countdown.text() == "3:00" and screen.countdown.colour() == PHASE_COLOURS[Phase.NORMAL]
    phases = []
    controller.phase_changed.connect(phases.append)
    monotonic.advance(150)
    controller.tick()
    assert screen.countdown.text() == "0:30" and screen.countdown.colour() == PHASE_COLOURS[Phase.WARNING]
    monotonic.advance(35)
    controller.tick()
    assert screen.countdown.text() == "+0:05" and screen.countdown.colour() == PHASE_COLOURS[Phase.OVERTIME]
    assert phases == [Phase.WARNING, Phase.OVERTIME]
    assert screen.session_clock.text() == "3:05"

    qtbot.keyClicks(screen, "p")
    assert controller.session.paused and screen.countdown.colour() == PAUSED_COLOUR
    monotonic.advance(600)
    controller.tick()
    assert screen.countdown.text() == "+0:05" and screen.session_clock.text() == "3:05"
    type_text(screen, "ย")  # P on the Thai Kedmanee layout
    monotonic.advance(10)
    controller.tick()
    assert screen.countdown.text() == "+0:15"


def test_every_action_has_a_key_and_the_keys_are_shown(page, qtbot, bank_store):
    controller = _start(page, qtbot)
    screen = page.rehearsal_screen
    for shown in ("Space", "1–4", "Esc", "P"):
        assert shown in screen.shortcuts.text()
    assert screen.reveal_stack.currentIndex() == 0
    qtbot.keyClick(screen, Qt.Key.Key_Space)
    assert screen.reveal_stack.currentIndex() == 1 and controller.session.item.revealed
    qtbot.keyClicks(screen, "3")
    first = controller.session.item.attempt_id
    assert bank_store.rehearsal.attempt(first).rating == 3
    assert screen.rating.buttons[3].isChecked()
    type_text(screen, "ๅ")  # 1 on the Thai layout
    assert bank_store.rehearsal.attempt(first).rating == 1
    qtbot.keyClick(screen, Qt.Key.Key_Right)
    assert controller.session.index == 1 and screen.reveal_stack.currentIndex() == 0
    qtbot.keyClick(screen, Qt.Key.Key_Left)
    assert controller.session.index == 0 and screen.reveal_stack.currentIndex() == 1
    qtbot.keyClick(screen, Qt.Key.Key_Right)
    qtbot.keyClicks(screen, "s")
    assert controller.session.index == 2
    assert bank_store.rehearsal.attempt(controller.session.items[1].attempt_id).skipped
    qtbot.keyClicks(screen, "n")
    qtbot.waitUntil(screen.notes.hasFocus)


def test_escape_needs_a_second_press_and_then_shows_the_summary(page, qtbot, bank_store):
    controller = _start(page, qtbot)
    screen = page.rehearsal_screen
    qtbot.keyClick(screen, Qt.Key.Key_Escape)
    assert not controller.session.finished
    assert "Esc" in screen.status_label.text()
    qtbot.keyClick(screen, Qt.Key.Key_Space)  # any other key disarms
    qtbot.keyClick(screen, Qt.Key.Key_Escape)
    assert not controller.session.finished
    qtbot.keyClick(screen, Qt.Key.Key_Escape)
    assert controller.session.finished
    assert page.currentWidget() is page.summary
    assert page.summary.table.rowCount() == 1
    assert bank_store.rehearsal.session(controller.session.session_id).ended_at is not None


def test_notes_are_saved_shortly_after_typing_and_on_leaving_the_box(page, qtbot, bank_store):
    controller = _start(page, qtbot)
    screen = page.rehearsal_screen
    attempt_id = controller.session.item.attempt_id
    screen.notes.setFocus()
    type_text(screen.notes, "ตัวเลข 3-5 วัน")
    assert screen.notes.toPlainText() == "ตัวเลข 3-5 วัน"
    assert controller.notes_pending
    qtbot.waitUntil(lambda: bank_store.rehearsal.attempt(attempt_id).notes == "ตัวเลข 3-5 วัน", timeout=3000)
    qtbot.waitUntil(lambda: screen._notes_state.text() == "Saved")

    type_text(screen.notes, " เพิ่ม")
    qtbot.keyClick(screen.notes, Qt.Key.Key_Escape)  # leaves the notes: handed to the saver at once
    assert not controller.notes_pending  # no timer left to wait for: the saver has the text
    qtbot.waitUntil(lambda: bank_store.rehearsal.attempt(attempt_id).notes == "ตัวเลข 3-5 วัน เพิ่ม", timeout=1000)
    qtbot.waitUntil(screen.hasFocus)


def test_moving_saves_notes_and_each_question_keeps_its_own(page, qtbot, bank_store):
    controller = _start(page, qtbot)
    screen = page.rehearsal_screen
    type_text(screen.notes, "ข้อหนึ่ง")
    controller.next()  # saved by the move, not by the timer
    assert screen.notes.toPlainText() == "" and not controller.notes_pending
    assert controller.wait_for_notes(2.0)
    assert bank_store.rehearsal.attempt(controller.session.items[0].attempt_id).notes == "ข้อหนึ่ง"
    controller.previous()
    assert screen.notes.toPlainText() == "ข้อหนึ่ง"


def test_panel_mode_splits_the_screens_and_the_assessors_ticks_are_the_coverage(page, qtbot, bank_store):
    controller = page.start(SessionSettings(order="bank"), True)
    assessor = page.assessor
    assert assessor is not None and assessor.isWindow() and assessor.isVisible()
    assert assessor.windowTitle() != page.window().windowTitle()
    screen = page.rehearsal_screen
    assert not screen.work_area.isVisible() and screen.panel_hint.isVisible()
    assert not screen.buttons[Action.REVEAL].isVisible()
    # the assessor sees the question, both agencies' answers and the key points
    assert assessor.question_text.text() == screen.question_text.text()
    assert assessor.answers.count() == 2
    assert len(assessor.key_points.boxes) == 2
    assessor.key_points.boxes[1].click()
    qtbot.keyClicks(assessor, "4")
    attempt = bank_store.rehearsal.attempt(controller.session.item.attempt_id)
    assert attempt.key_points_covered == (1,) and attempt.rating == 4
    # the assessor moves on: both windows follow
    qtbot.keyClick(assessor, Qt.Key.Key_Right)
    assert screen.question_text.text() == assessor.question_text.text() == controller.session.item.question.question_th
    assert assessor.key_points.covered_count() == 0
    assessor.close()
    assert page.assessor is None and not screen.panel_mode and screen.work_area.isVisibleTo(screen)


def test_full_screen_moves_the_screen_to_its_own_window_and_back(page, qtbot):
    controller = _start(page, qtbot)
    screen = page.rehearsal_screen
    qtbot.keyClick(screen, Qt.Key.Key_F11)
    host = page.full_screen_host
    assert host is not None and screen.window() is host and host.isFullScreen()
    qtbot.keyClick(screen, Qt.Key.Key_Space)  # the keys still work there
    assert controller.session.item.revealed
    qtbot.keyClick(screen, Qt.Key.Key_F11)
    assert page.full_screen_host is None and screen.window() is page.window()
    assert page.currentWidget() is screen


def test_summary_and_rehearse_again(page, qtbot, monotonic, bank_store):
    controller = _start(page, qtbot)
    monotonic.advance(200)
    controller.rate(3)
    controller.set_key_point(0, True)
    controller.next()
    monotonic.advance(30)
    controller.end()
    summary = page.summary
    assert page.currentWidget() is summary
    assert summary.table.rowCount() == 2
    assert summary.table.item(0, 2).text() == "3:20 / 3:00"
    assert summary.table.item(0, 3).text() == "Good"
    assert summary.table.item(0, 4).text() == "1 / 2"
    assert "1 over time" in summary.figures.text()
    first_session = controller.session.session_id
    qtbot.mouseClick(summary.again, Qt.MouseButton.LeftButton)
    assert page.controller.session.session_id != first_session
    assert page.controller.session.settings == controller.session.settings


def test_a_long_thai_question_is_never_clipped(page, qtbot, bank_store):
    controller = _start(page, qtbot)
    label = page.rehearsal_screen.question_text
    label.setText("กรุงเทพมหานครมีกลไกในการวิเคราะห์มิติทางเพศสภาพอย่างไร " * 8)
    label.resize(500, 200)
    font = label.fitted_font()
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QFontMetricsF

    used = QFontMetricsF(font).boundingRect(QRectF(0, 0, label.width() - 8, 100000), label._flags(), label._display)
    assert used.height() <= label.height() or font.pointSizeF() == label.min_points
    assert used.width() <= label.width()
    assert controller.session.item.question.question_th != label.text()


def test_ctrl_digits_tick_key_points_once_revealed(page, qtbot, bank_store):
    controller = _start(page, qtbot)
    screen = page.rehearsal_screen
    qtbot.keyClick(screen, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert controller.session.item.covered == set()  # answers not shown yet
    qtbot.keyClick(screen, Qt.Key.Key_Space)
    assert "Ctrl+1–9" in screen.shortcuts.text()
    qtbot.keyClick(screen, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert screen.key_points.boxes[1].isChecked()
    assert bank_store.rehearsal.attempt(controller.session.item.attempt_id).key_points_covered == (1,)
    qtbot.keyClick(screen, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert not screen.key_points.boxes[1].isChecked()
    qtbot.keyClick(screen, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)  # no ninth point: nothing
    assert controller.session.item.covered == set()


def test_a_long_thai_question_wraps_between_words_even_without_libthai(page, qtbot, monkeypatch):
    from sealprep.core.thai.breaks import ZERO_WIDTH_SPACE
    from sealprep.ui import fonts

    _start(page, qtbot)
    monkeypatch.setattr(fonts, "qt_breaks_thai", lambda: False)  # as on a Qt build without libthai
    label = page.rehearsal_screen.question_text
    text = "กรุงเทพมหานครมีกลไกในการวิเคราะห์มิติทางเพศสภาพอย่างไร"
    label.setText(text)
    assert ZERO_WIDTH_SPACE in label._display and label._display.replace(ZERO_WIDTH_SPACE, "") == text
    assert label.text() == text


def test_quitting_mid_session_saves_notes_and_time(page, qtbot, monotonic, bank_store):
    controller = _start(page, qtbot)
    type_text(page.rehearsal_screen.notes, "ยังพิมพ์ไม่จบ")
    monotonic.advance(42)
    controller._on_quit()
    attempt = bank_store.rehearsal.attempt(controller.session.item.attempt_id)
    assert attempt.notes == "ยังพิมพ์ไม่จบ" and attempt.seconds_used == 42
    assert (
        bank_store.rehearsal.session(controller.session.session_id).ended_at is None
    )  # it stays in the history, with no end time


def test_revealed_answers_are_rendered_safely(qapp):
    """Raw HTML in an answer shows as text and only web links may open, as in the browser."""
    from sealprep.core.bank.model import Answer, Question
    from sealprep.ui.rehearsal.widgets import AnswersView

    view = AnswersView()
    body = "**ตัวเลข** 3-5 วัน <script>alert(1)</script> [ลิงก์](javascript:alert(1)) [เว็บ](https://example.org)"
    view.show_question(Question("q", 1, "คำถาม", answers=[Answer("สยป.", body)]), {})
    html = view.widget(0).toHtml()
    plain = view.widget(0).toPlainText()
    assert "<script>alert(1)</script>" in plain  # shown, not run
    assert "javascript:" not in html
    assert "https://example.org" in html
    assert not view.widget(0).openLinks() and not view.widget(0).openExternalLinks()
