"""Start-up of the desktop app: Qt application, fonts, store, first-run bank, main window."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import __version__
from ..core.first_run import ensure_bank
from ..core.store import Store, StoreError
from ..paths import default_store_path
from .app_context import AppContext
from .fonts import apply_ui_font, register_bundled_fonts
from .main_window import MainWindow


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName("sealprep")
    app.setOrganizationName("sealprep")
    app.setApplicationVersion(__version__)
    register_bundled_fonts()
    apply_ui_font(app)
    return app


def run_app(args: argparse.Namespace) -> int:
    app = create_application()
    try:
        store = Store.open(default_store_path(args.db))
    except StoreError as exc:
        QMessageBox.critical(None, "sealprep", str(exc))
        return 2
    result = ensure_bank(store)
    if result is not None and not result.ok:
        QMessageBox.warning(None, "sealprep", "\n".join(map(str, result.problems[:20])))
    window = MainWindow(AppContext(store))
    window.show()
    if args.quit_after_paint:
        window.first_painted.connect(lambda: QTimer.singleShot(0, app.quit))
    code = app.exec()
    store.close()
    return code
