"""Browse, search and edit the question bank (the "Question bank" tab)."""

from sealprep.ui.browser.page import BrowserPage

__all__ = ["BrowserPage"]
