"""Browse, search and edit the question bank (the "Question bank" tab)."""

from .page import BrowserPage, PersonFilterSource

__all__ = ["BrowserPage", "PersonFilterSource"]
