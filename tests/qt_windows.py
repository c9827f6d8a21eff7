"""Qt windows that outlive their test, closed for the next one (the conftests share this)."""

from __future__ import annotations

import sys


def destroy_top_level_widgets() -> None:
    """Close and delete every window a test left open.

    Widgets outlive their test otherwise, holding a store that is about to close; the next test
    that switches language (Qt sends LanguageChange to every widget) would make them query it.
    """
    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    for widget in app.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
