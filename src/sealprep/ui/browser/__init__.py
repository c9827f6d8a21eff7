"""Browse, search and edit the question bank (the "Question bank" tab)."""

from .page import BrowserPage

__all__ = ["BrowserPage"]
