"""Start-up of the desktop app: Qt application, fonts, language, store, first-run bank, main window.

Kept lean on purpose (start-up is budgeted at one second on a two-core laptop, see
docs/performance.md): heavy modules (the Markdown renderer, the question editor) load on first
use. Problems with the bank are shown inside the window, never as a box that stops start-up.
"""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from sealprep import __version__
from sealprep.core.bank.first_run import ensure_bank
from sealprep.core.rehearsal.notes_saving import recover_notes
from sealprep.core.store import Store
from sealprep.paths import default_store_path, icons_dir
from sealprep.ui import i18n
from sealprep.ui.app_context import AppContext
from sealprep.ui.failure_dialog import show_failure
from sealprep.ui.fonts import apply_ui_font, register_bundled_fonts
from sealprep.ui.settings import APPLICATION, ORGANIZATION, saved_language


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with sealprep's names, the bundled font and the user's language."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else None
    if app is None:
        # Qt 6 scales for high-DPI screens itself; fractional factors (125 %, 150 % on Windows
        # laptops) are passed through instead of rounded, so text stays crisp and true to size.
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(argv or [sys.argv[0]])
    app.setApplicationName(APPLICATION)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationDisplayName("sealprep")
    app.setApplicationVersion(__version__)
    register_bundled_fonts()
    apply_ui_font(app)
    i18n.set_language(saved_language(), app)
    return app


def app_icon() -> QIcon:
    """sealprep's icon at every drawn size (window title, taskbar, Alt+Tab)."""
    icon = QIcon()
    for path in sorted(icons_dir().glob("sealprep-*.png")):
        icon.addFile(str(path))
    return icon


def open_bank(store: Store) -> list[str]:
    """Make sure the store has a bank (first run: the bundled one); returns problems to show."""
    try:
        result = ensure_bank(store)
    except (OSError, FileNotFoundError) as exc:
        return [QApplication.translate("Startup", "The starter question bank could not be set up: {0}").format(exc)]
    if result is not None and not result.ok:
        heading = QApplication.translate("Startup", "The starter question bank has problems and was not loaded:")
        return [heading, *map(str, result.problems)]
    return []


FIRST_PAINT_MARKER = "sealprep: first paint"


def _report_first_paint() -> None:
    print(FIRST_PAINT_MARKER, flush=True)


def run_app(args: argparse.Namespace) -> int:
    """Start the app; any failure before the window is up is shown in a message box, never lost.
    One window per store: a second start on the same store brings the first one to the front."""
    from sealprep.ui.single_instance import InstanceServer, ask_running_instance, bring_to_front

    store_path = default_store_path(args.db)
    store: Store | None = None
    instance: InstanceServer | None = None
    try:
        app = create_application()
        if ask_running_instance(store_path):
            print(f"sealprep is already open on {store_path}; its window was brought to the front.", flush=True)
            return 0
        instance = InstanceServer(store_path)
        app.setWindowIcon(app_icon())
        store = Store.open(store_path)
        recover_notes(store.db, store.path)  # notes a crash left in the journal, before anything shows them
        problems = open_bank(store)
        from sealprep.ui.main_window import MainWindow  # after the language is set: widgets are built translated

        window = MainWindow(AppContext(store))
    except Exception as exc:
        if QApplication.instance() is None:
            raise  # Qt itself did not start: the command line reports it (stderr and the log)
        show_failure(exc, store_path, context=f"start-up; store: {store_path}")
        if instance is not None:
            instance.close()
        if store is not None:
            store.close()
        return 2
    instance.raise_requested.connect(lambda: bring_to_front(window))
    if problems:
        window.show_startup_problems(problems)
    window.show()
    if args.quit_after_paint:  # for benchmarks/bench_startup.py: say when, then quit
        window.first_painted.connect(_report_first_paint)
        window.first_painted.connect(lambda: QTimer.singleShot(0, window._quit_clicked))
    previous_hook = sys.excepthook
    sys.excepthook = lambda kind, exc, tb: show_failure(exc, store_path, window, fatal=False)
    try:
        code = app.exec()
    finally:
        sys.excepthook = previous_hook
        instance.close()
    window.shutdown()
    store.close()
    return code
