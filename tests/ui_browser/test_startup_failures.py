"""Every start-up failure reaches the user as a message box in the interface language, with what
to do and where the log is, and the app exits non-zero instead of vanishing silently."""

from __future__ import annotations

import argparse
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from sealprep.core.store import LATEST_VERSION, Store
from sealprep.ui import i18n
from sealprep.ui.app import run_app
from sealprep.ui.settings import LANGUAGE, app_settings


@pytest.fixture
def shown(monkeypatch) -> list[QMessageBox]:
    """Message boxes the app opened (intercepted instead of waiting for a click)."""
    boxes: list[QMessageBox] = []

    def record(box: QMessageBox) -> int:
        boxes.append(box)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", record)
    return boxes


@pytest.fixture
def thai():
    app_settings().setValue(LANGUAGE, "th")
    yield
    i18n.set_language("en")


def start(db: Path | None = None) -> int:
    return run_app(argparse.Namespace(db=str(db) if db else None, quit_after_paint=False))


def _log_of(box: QMessageBox) -> Path:
    return Path(box.informativeText().rsplit("\n", 1)[-1].split(": ", 1)[1])


def test_a_damaged_store_shows_a_thai_message_with_the_log(tmp_path, shown, thai, capsys):
    bad = tmp_path / "store.db"
    bad.write_bytes(b"\x00garbage" * 500)
    assert start(bad) == 2
    assert len(shown) == 1
    box = shown[0]
    assert box.icon() == QMessageBox.Icon.Critical
    assert "ไม่ใช่ไฟล์ข้อมูลของ sealprep" in box.text() and str(bad) in box.text()
    assert box.informativeText().startswith("กรุณาย้ายไฟล์นี้ไปไว้ที่อื่น")  # what to do
    assert box.informativeText().rsplit("\n", 1)[-1].startswith("รายละเอียด: ")
    assert box.button(QMessageBox.StandardButton.Ok).text() == "ตกลง"
    log = _log_of(box)
    assert log.is_file() and "NotAStoreError" in log.read_text(encoding="utf-8")
    assert "Traceback" not in capsys.readouterr().err


def test_a_store_from_a_newer_sealprep_is_left_as_it_was(tmp_path, shown):
    path = tmp_path / "future.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    assert start(path) == 2
    assert "newer sealprep" in shown[0].text() and "Install the newer sealprep" in shown[0].informativeText()
    assert path.read_bytes() == before


def test_an_unwritable_data_folder_is_a_message_not_silence(tmp_path, shown, monkeypatch):
    """The per-user data folder cannot be made (a file is in its way; chmod would not stop root)."""
    import tempfile

    blocker = tmp_path / "home-data"
    blocker.write_text("a file where the data folder should be")
    monkeypatch.delenv("SEALPREP_DB")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    assert start() == 2
    assert str(blocker / "sealprep") in shown[0].text()
    # no log in the data folder that cannot be made: it went to the temporary folder instead
    assert _log_of(shown[0]) == tmp_path / "tmp" / "sealprep-logs" / "sealprep.log"
    assert _log_of(shown[0]).is_file()


def test_a_failure_while_building_the_window_is_shown_too(tmp_path, shown, monkeypatch):
    from sealprep.ui import main_window

    def broken(self, context):
        raise RuntimeError("a bug in a page")

    monkeypatch.setattr(main_window.MainWindow, "__init__", broken)
    assert start(tmp_path / "store.db") == 2
    assert "unexpected problem (RuntimeError)" in shown[0].text()
    assert "a bug in a page" in _log_of(shown[0]).read_text(encoding="utf-8")
    with Store.open(tmp_path / "store.db") as store:  # the store was closed again, not left locked
        assert store.schema_version() == LATEST_VERSION


def test_an_error_while_the_app_runs_is_shown_and_the_app_goes_on(tmp_path, shown, monkeypatch):
    """A slot that fails (here: the disk fills while saving) reaches Qt's event loop, which hands
    it to sys.excepthook: the app's hook shows the box instead of printing to a console nobody
    sees on Windows. The event loop is replaced by one that delivers two such errors."""
    import sys

    from PySide6.QtWidgets import QApplication

    full = sqlite3.OperationalError("database or disk is full")
    full.sqlite_errorcode = 13  # SQLITE_FULL, as sqlite3 sets it
    errors = [full, RuntimeError("a bug in a slot")]

    def event_loop(self) -> int:
        for error in errors:
            sys.excepthook(type(error), error, None)
        return 0

    monkeypatch.setattr(QApplication, "exec", event_loop)
    hook = sys.excepthook
    assert start(tmp_path / "store.db") == 0
    assert sys.excepthook is hook  # restored when the app has finished
    assert "is full" in shown[0].text() and "Free some space" in shown[0].informativeText()
    assert "still open" in shown[1].text() and "RuntimeError" in shown[1].text()
    assert "a bug in a slot" in _log_of(shown[1]).read_text(encoding="utf-8")
