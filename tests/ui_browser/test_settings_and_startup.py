"""Zoom, window state and last selection survive a restart; start-up shows bank problems instead
of failing; the real ``sealprep`` command opens and paints the window."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from bank_factory import write_bank
from sealprep.ui.fonts import DEFAULT_POINT_SIZE
from sealprep.ui.settings import ZOOM, app_settings

REPO = Path(__file__).resolve().parents[2]


def test_zoom_changes_text_size_and_is_remembered(make_window, bank_store):
    window = make_window(bank_store)
    assert window.zoom() == 100
    assert any(s.toString() == "Ctrl++" for s in window.zoom_in_action.shortcuts())
    assert window.zoom_out_action.shortcut().toString() == "Ctrl+-"
    window.zoom_in_action.trigger()
    window.zoom_in_action.trigger()
    assert window.zoom() == 125
    assert QApplication.font().pointSizeF() == DEFAULT_POINT_SIZE * 1.25
    assert window.browser.detail.font().pointSizeF() == DEFAULT_POINT_SIZE * 1.25
    assert int(app_settings().value(ZOOM)) == 125
    window.close()

    again = make_window(bank_store)
    assert again.zoom() == 125
    again.zoom_out_action.trigger()
    assert again.zoom() == 110
    again.zoom_reset_action.trigger()
    assert QApplication.font().pointSizeF() == DEFAULT_POINT_SIZE


def test_window_splitters_and_last_selection_are_restored(make_window, bank_store):
    window = make_window(bank_store)
    window.resize(760, 560)  # fits the offscreen screen (800x800), which Qt clamps to
    page = window.browser
    page.splitter.setSizes([200, 300, 600])
    sizes = page.splitter.sizes()
    page.navigation.select_node("goal:1.1")
    page.select_question("d1-tracking")
    size = window.size()
    window.close()

    again = make_window(bank_store)
    assert again.size() == size
    assert again.browser.splitter.sizes() == sizes
    assert again.browser.navigation.current_node() == "goal:1.1"
    assert again.browser.current_question_id() == "d1-tracking"
    assert again.browser.detail.question().id == "d1-tracking"


def test_a_broken_starter_bank_is_reported_in_the_window(monkeypatch, tmp_path, store, make_window):
    from sealprep.core.bank import first_run
    from sealprep.ui.app import open_bank

    broken = write_bank(tmp_path / "broken", {"d1/bad.md": "---\nid: bad\n---\n# คำถาม\n"})
    monkeypatch.setattr(first_run, "bundled_bank_dir", lambda: broken)
    problems = open_bank(store)
    assert problems[0].startswith("The starter question bank has problems")
    assert any("bad.md:" in line and "dimension" in line for line in problems)
    window = make_window(store)
    window.show_startup_problems(problems)
    assert window.browser.banner.isVisible()
    assert "bad.md" in window.browser.banner_text.text()
    assert window.browser.list_model.rowCount() == 0


def test_a_missing_starter_bank_is_reported_not_raised(monkeypatch, store):
    from sealprep.core.bank import first_run
    from sealprep.ui.app import open_bank

    def missing():
        raise FileNotFoundError("sealprep's bundled 'questions' folder is missing")

    monkeypatch.setattr(first_run, "bundled_bank_dir", missing)
    assert "could not be set up" in open_bank(store)[0]


def test_the_app_starts_paints_and_quits(tmp_path):
    bank = write_bank(tmp_path / "store-bank")  # where first run looks for the editable bank
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "PYTHONPATH": str(REPO / "src"),
    }
    done = subprocess.run(
        [sys.executable, "-m", "sealprep", "--db", str(tmp_path / "store.db"), "--quit-after-paint"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "config" / "sealprep" / "sealprep.ini").is_file()  # state saved on close
    assert bank.is_dir()
