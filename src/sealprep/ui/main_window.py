"""The main window: one tab per area of work, each a page built from the shared AppContext."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QApplication, QListWidget, QMainWindow, QTabWidget, QWidget

from .app_context import AppContext
from .rehearsal import HistoryPage, RehearsePage


class BankPage(QListWidget):
    """Placeholder list of the bank's questions until the bank browser lands."""

    def __init__(self, context: AppContext):
        super().__init__()
        for summary in context.store.bank.summaries():
            self.addItem(f"{summary.id}  {summary.question_th}")


def build_pages(context: AppContext) -> list[tuple[str, QWidget]]:
    """(object name, page) for every tab, in order. Each area adds its page here."""
    from .secretariat import CoveragePage, PeoplePage, SchedulePage

    return [
        ("bank", BankPage(context)),
        ("rehearse", RehearsePage(context)),
        ("history", HistoryPage(context)),
        ("people", PeoplePage(context)),
        ("coverage", CoveragePage(context)),
        ("schedule", SchedulePage(context)),
    ]


class MainWindow(QMainWindow):
    first_painted = Signal()

    def __init__(self, context: AppContext):
        super().__init__()
        self.context = context
        QApplication.instance().installEventFilter(self)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for name, page in build_pages(context):
            page.setObjectName(name)
            self.tabs.addTab(page, page.windowTitle() or name)
        self.setCentralWidget(self.tabs)
        self.setWindowTitle(self.tr("sealprep — Gender Equality Seal interview preparation"))
        self.resize(1200, 800)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Emit ``first_painted`` once, when any widget of this window first paints."""
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget) and watched.window() is self:
            QApplication.instance().removeEventFilter(self)
            self.first_painted.emit()
        return False
