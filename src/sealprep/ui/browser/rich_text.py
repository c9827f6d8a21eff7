"""Shared bits of the HTML the browser feeds to Qt's rich-text engine (QTextDocument)."""

from __future__ import annotations

import html

from PySide6.QtGui import QColor, QPalette

from sealprep.core.bank.markdown_render import highlight_text

# Search matches: the yellow of a highlighter pen, with black text on it in light and dark themes.
MATCH_BACKGROUND = "#ffd54f"
MATCH_FOREGROUND = "#000000"


def mark(escaped: str) -> str:
    """Qt's rich text has no <mark>: a span with a background does the same job."""
    return f'<span style="background-color:{MATCH_BACKGROUND}; color:{MATCH_FOREGROUND};">{escaped}</span>'


def highlighted(text: str, query: str) -> str:
    """Plain text -> escaped HTML with the query's matches marked."""
    return highlight_text(text, query, mark) if query.strip() else html.escape(text, quote=False)


def color(palette: QPalette, role: QPalette.ColorRole, group: QPalette.ColorGroup = QPalette.ColorGroup.Active) -> str:
    return palette.color(group, role).name()


def blend(first: QColor, second: QColor, amount: float) -> str:
    """``first`` moved ``amount`` (0..1) of the way towards ``second``: for muted text and rules."""
    r = first.redF() + (second.redF() - first.redF()) * amount
    g = first.greenF() + (second.greenF() - first.greenF()) * amount
    b = first.blueF() + (second.blueF() - first.blueF()) * amount
    return QColor.fromRgbF(r, g, b).name()
