"""Process-wide ReportLab settings for the app's PDFs."""

from __future__ import annotations

from reportlab import rl_config


def use_binary_streams() -> None:
    """Write compressed PDF streams without the ASCII85 wrapper.

    ReportLab wraps every Flate stream in ASCII85 by default: a 7-bit
    transport encoding that PDF files have not needed for decades, and which
    makes a booklet a quarter bigger.  ReportLab 5 encodes it in pure Python, and for
    this engine's content (shaped glyph codes plus ActualText) that is about
    40% of the time to build a booklet.  Call once, before building.
    """
    rl_config.useA85 = 0
