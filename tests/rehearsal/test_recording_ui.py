"""Recording answers in the app, driven as a rehearser and a colleague would: the Record button
and the R key, stopping on every move, the no-microphone path, the assessor's session recording,
and hearing it back in History (play, speed, seek, ticks, the previous attempt, delete)."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QPoint, Qt
from rehearsal_typing import type_text

from sealprep.core.audio.devices import BACKEND_ENV, AudioStatus
from sealprep.core.audio.library import PANEL, RecordingLibrary, recordings_folder
from sealprep.core.rehearsal.session import SessionSettings
from sealprep.ui.rehearsal import HistoryPage
from sealprep.ui.rehearsal.keys import Action


@pytest.fixture(autouse=True)
def null_audio(monkeypatch):
    monkeypatch.setenv(BACKEND_ENV, "null")


def _start(page, qtbot, panel=False, **settings):
    settings.setdefault("order", "bank")
    controller = page.start(SessionSettings(**settings), panel)
    qtbot.waitUntil(lambda: page.rehearsal_screen is not None and page.rehearsal_screen.isVisible())
    return controller


def _library(store) -> RecordingLibrary:
    return RecordingLibrary(recordings_folder(store.path))


def _click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_record_button_and_r_key_record_the_answer_on_screen(page, qtbot, bank_store):
    controller = _start(page, qtbot)
    screen = page.rehearsal_screen
    button = screen.buttons[Action.RECORD]
    assert button.isEnabled() and not screen.level_meter.isVisible()
    _click(qtbot, button)
    assert controller.recording_answer and screen.level_meter.isVisible()
    assert "■" in button.text()
    time.sleep(0.3)
    controller.tick()
    assert screen.record_time.text().startswith("0:0")
    first = controller.session.item.attempt_id
    qtbot.keyClick(screen, Qt.Key.Key_Right)  # moving on stops the recording
    assert not controller.recording_answer and not screen.level_meter.isVisible()
    recording = _library(bank_store).for_attempt(first)
    assert recording is not None and recording.complete and recording.seconds > 0.1

    qtbot.keyClicks(screen, "r")
    assert controller.recording_answer
    qtbot.keyClick(screen, Qt.Key.Key_Space)  # revealing stops it too
    assert not controller.recording_answer
    assert _library(bank_store).for_attempt(controller.session.item.attempt_id) is not None

    type_text(screen, "พ")  # R on the Thai Kedmanee layout
    assert controller.recording_answer
    qtbot.keyClicks(screen, "p")  # pausing stops it, and nothing records while paused
    assert not controller.recording_answer and not button.isEnabled()
    qtbot.keyClicks(screen, "r")
    assert not controller.recording_answer


def test_without_a_microphone_the_button_says_why_and_the_rest_works(page, qtbot, monkeypatch):
    monkeypatch.setattr(
        "sealprep.ui.rehearsal.rehearse_page.current_audio_status",
        lambda: AudioStatus(False, reason="no microphone was found"),
    )
    controller = _start(page, qtbot)
    screen = page.rehearsal_screen
    button = screen.buttons[Action.RECORD]
    assert not button.isEnabled() and "no microphone was found" in button.toolTip()
    qtbot.keyClicks(screen, "r")
    assert not controller.recording_answer
    qtbot.keyClick(screen, Qt.Key.Key_Space)
    qtbot.keyClicks(screen, "3")
    assert controller.session.item.rating == 3


def test_recordings_switched_off_in_settings(page, qtbot, bank_store):
    prefs = bank_store.preferences.load()
    prefs.keep_recordings = False
    bank_store.preferences.save(prefs)
    _start(page, qtbot)
    button = page.rehearsal_screen.buttons[Action.RECORD]
    assert not button.isEnabled() and "switched off" in button.toolTip()


def test_the_assessor_records_the_whole_session_with_marked_stretches(page, qtbot, bank_store):
    controller = _start(page, qtbot, panel=True)
    assessor = page.assessor
    assert assessor is not None
    _click(qtbot, assessor.record_button)
    assert controller.recording_panel and assessor.level_meter.isVisible()
    time.sleep(0.3)
    first = controller.session.item.attempt_id
    _click(qtbot, assessor.buttons[Action.NEXT])
    time.sleep(0.3)
    second = controller.session.item.attempt_id
    _click(qtbot, assessor.record_button)
    assert not controller.recording_panel
    [panel] = [r for r in _library(bank_store).all() if r.kind == PANEL]
    assert [m.attempt_id for m in panel.marks] == [first, second]
    assert panel.marks[0].end <= panel.marks[1].start + 0.01


def _rehearse_with_recordings(page, qtbot, times=2):
    """Rehearse the first question ``times`` times, recording each answer."""
    for _ in range(times):
        controller = _start(page, qtbot, count=1)
        screen = page.rehearsal_screen
        qtbot.keyClicks(screen, "r")
        time.sleep(0.25)
        qtbot.keyClick(screen, Qt.Key.Key_Space)
        qtbot.keyClicks(screen, "3")
        controller.end()


def _select_attempt(qtbot, view, attempt_id):
    for top in range(view.tree.topLevelItemCount()):
        parent = view.tree.topLevelItem(top)
        parent.setExpanded(True)
        for row in range(parent.childCount()):
            item = parent.child(row)
            if item.data(0, Qt.ItemDataRole.UserRole) == attempt_id:
                rect = view.tree.visualItemRect(item)
                qtbot.mouseClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
                return
    raise AssertionError(f"attempt {attempt_id} is not in the tree")


def test_history_plays_back_ticks_compares_and_deletes(page, qtbot, context, bank_store):
    _rehearse_with_recordings(page, qtbot, times=2)
    library = _library(bank_store)
    attempts = sorted(bank_store.rehearsal.person_attempts(None), key=lambda a: a.id)
    older, newer = attempts[0], attempts[-1]
    assert library.for_attempt(older.id) and library.for_attempt(newer.id)

    history = HistoryPage(context)
    qtbot.addWidget(history)
    history.resize(1366, 768)
    history.show()
    view = history.history
    _select_attempt(qtbot, view, newer.id)
    panel = view.listening
    assert panel.isVisible() and panel.player.isVisible()
    assert "limit" in panel.status.text() or "จำกัด" in panel.status.text()

    player = panel.player
    _click(qtbot, player.play_button)
    assert player.playing
    player.speed.setCurrentIndex(2)
    assert player.player.speed == 1.5
    _click(qtbot, player.play_button)
    assert not player.playing
    player.seek(0.1)
    assert player.player.position == pytest.approx(0.1, abs=0.01)

    assert panel.compare_button.isVisible()
    _click(qtbot, panel.compare_button)
    qtbot.waitUntil(lambda: player._index == 1, timeout=5000)  # the older clip played, then this one

    boxes = panel._point_boxes
    assert boxes
    box = boxes[0]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert 0 in bank_store.rehearsal.attempt(newer.id).key_points_covered

    recording_path = library.for_attempt(newer.id).path
    panel.delete_current()
    assert bank_store.rehearsal.attempt(newer.id) is None and not recording_path.exists()
    assert library.for_attempt(older.id) is not None


def test_history_plays_an_attempts_stretch_of_a_panel_recording(page, qtbot, context, bank_store):
    controller = _start(page, qtbot, panel=True)
    _click(qtbot, page.assessor.record_button)
    time.sleep(0.3)
    first = controller.session.item.attempt_id
    controller.next()
    time.sleep(0.2)
    controller.end()
    history = HistoryPage(context)
    qtbot.addWidget(history)
    history.show()
    _select_attempt(qtbot, history.history, first)
    player = history.history.listening.player
    assert player.isVisible() and player.player is not None
    assert 0.2 < player.player.length < 1.5


def test_recording_settings_keep_microphone_disk_use_and_delete_all(page, qtbot, bank_store, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from sealprep.ui.rehearsal.recording_settings import RecordingSettingsDialog

    _rehearse_with_recordings(page, qtbot, times=1)
    dialog = RecordingSettingsDialog(bank_store)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.keep.isChecked() and dialog.per_question.value() == 3
    assert dialog.microphone.count() >= 2  # the default, and the null backend's microphone
    assert dialog.disk_use.text().startswith("1 ")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    _click(qtbot, dialog.delete_all_button)
    assert _library(bank_store).all() == [] and not dialog.delete_all_button.isEnabled()
    dialog.keep.setChecked(False)
    dialog.per_question.setValue(5)
    dialog.microphone.setCurrentIndex(1)
    dialog.accept()
    prefs = bank_store.preferences.load()
    assert (prefs.keep_recordings, prefs.recordings_per_question) == (False, 5)
    assert prefs.microphone == dialog.microphone.itemData(1)
