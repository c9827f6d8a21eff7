"""Fixtures for the bank browser: a store holding the small test bank, and the real main window."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QUrl
from PySide6.QtWidgets import QApplication

from qt_windows import destroy_top_level_widgets
from sealprep.core.bank.service import import_folder
from sealprep.core.store import Store


@pytest.fixture(autouse=True)
def no_modal_boxes(monkeypatch):
    """A modal message box would block the test run: make any attempt fail loudly instead, and let
    editors with unsaved changes close without asking."""
    from PySide6.QtWidgets import QMessageBox

    from sealprep.ui.browser.question_editor import QuestionEditor

    def refuse(*args, **kwargs):
        raise AssertionError(f"a modal message box was opened in a test: {args[1:3]}")

    for name in ("question", "warning", "critical", "information", "about"):
        monkeypatch.setattr(QMessageBox, name, refuse)
    monkeypatch.setattr(QuestionEditor, "_ask_discard", lambda self: True)


@pytest.fixture
def bank_store(store: Store, bank_dir: Path) -> Store:
    """The ``store`` fixture with the test bank imported from ``bank_dir`` (edits go to its files)."""
    result = import_folder(store, bank_dir)
    assert result.ok, result.problems
    return store


@pytest.fixture
def app(qapp):
    from sealprep.ui import i18n
    from sealprep.ui.app import create_application

    create_application()
    i18n.set_language("en", qapp)
    yield qapp
    i18n.set_language("en", qapp)


@pytest.fixture
def opened_urls(monkeypatch) -> list[QUrl]:
    """Links the app asked the system browser to open (none is really opened)."""
    from sealprep.ui import links

    opened: list[QUrl] = []
    monkeypatch.setattr(links, "url_opener", lambda url: opened.append(url) or True)
    return opened


@pytest.fixture
def make_window(app, qtbot, opened_urls):
    """Build (and later tear down) main windows on a store."""
    from sealprep.ui.app_context import AppContext
    from sealprep.ui.main_window import MainWindow

    windows = []

    def make(store: Store) -> MainWindow:
        window = MainWindow(AppContext(store))
        window.about_box = lambda: None
        window.browser.confirm_delete = lambda question: True
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        if not shiboken6.isValid(window):
            continue  # already closed and deleted with its store (tests/conftest.py)
        window.shutdown()
        window.deleteLater()  # gone before the app fixture switches the language back
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    from sealprep.ui.fonts import apply_ui_font

    apply_ui_font(QApplication.instance())


@pytest.fixture
def window(make_window, bank_store):
    return make_window(bank_store)


@pytest.fixture
def page(window):
    return window.browser


@pytest.fixture(autouse=True)
def _no_window_outlives_its_test():
    """Windows a test leaves behind (run_app's, on a store it has closed) go with the test, so a
    later language switch never reaches them."""
    yield
    destroy_top_level_widgets()
