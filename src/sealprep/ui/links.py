"""Following a link from a rendered answer: web links open in the system browser, nothing else does."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from sealprep.core.bank.markdown_render import is_safe_link

# Replaced in tests, so no browser is started; the real one asks the OS to open the URL.
url_opener: Callable[[QUrl], bool] = QDesktopServices.openUrl


def open_external_link(url: QUrl) -> bool:
    """Open ``url`` in the system browser if it is http(s); anything else is ignored (False)."""
    text = url.toString()
    if url.scheme().lower() not in ("http", "https") or not is_safe_link(text):
        return False
    return bool(url_opener(url))


def open_local_folder(path) -> bool:
    """Open one of our own folders (examples, a print target) in the system's file manager."""
    return bool(url_opener(QUrl.fromLocalFile(str(path))))
