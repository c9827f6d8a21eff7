"""QR codes for evidence links, so a phone can open them from paper.

Encoded with ReportLab's own encoder (``reportlab.graphics.barcode.qr``): no extra dependency.
The code carries the URL exactly as written in the bank (UTF-8 when it holds non-ASCII
characters). It is drawn as vectors, sharp at any print resolution, and the area is also a
clickable link.

Speed: ReportLab's ``QrCodeWidget`` builds one validated shape object per module run and took
most of a booklet's time (11 of 13 s in a profile). Here a URL is encoded once per process
(cached), its dark runs are drawn once per document into a PDF form XObject, and every further
use of the same URL in that document is a single ``Do``.
"""

from __future__ import annotations

import hashlib
import itertools
from functools import lru_cache

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.platypus import Flowable

#: Medium error correction: survives a smudge or a fold, still small enough for long URLs.
ERROR_CORRECTION = "M"
#: Quiet zone around the code, in modules (the standard asks for 4; 3 scans reliably and
#: keeps the code compact next to its text).
QUIET_ZONE = 3


@lru_cache(maxsize=1024)
def qr_modules(data: str) -> tuple[tuple[bool, ...], ...]:
    """The QR matrix of ``data`` (True = dark), rows from the top."""
    widget = QrCodeWidget(data, barLevel=ERROR_CORRECTION)
    code = widget.qr
    code.make()
    return tuple(tuple(bool(cell) for cell in row) for row in code.modules)


def dark_rectangles(modules: tuple[tuple[bool, ...], ...]) -> list[tuple[int, int, int, int]]:
    """The dark modules as ``(column, row, width, height)`` rectangles: runs along each row,
    merged down the rows while a run repeats exactly (fewer, larger shapes, no seams)."""
    done: list[tuple[int, int, int, int]] = []
    open_runs: dict[tuple[int, int], int] = {}  # (column, width) -> first row
    for row_index, row in enumerate(modules):
        runs = set()
        column = 0
        for dark, run in itertools.groupby(row):
            length = len(list(run))
            if dark:
                runs.add((column, length))
            column += length
        for key in list(open_runs):
            if key not in runs:
                first = open_runs.pop(key)
                done.append((key[0], first, key[1], row_index - first))
        for key in runs:
            open_runs.setdefault(key, row_index)
    for (column, width), first in open_runs.items():
        done.append((column, first, width, len(modules) - first))
    return done


def _form_name(data: str) -> str:
    return "QR" + hashlib.sha1(data.encode("utf-8")).hexdigest()[:16]


class QrCode(Flowable):
    """A square QR code of ``size`` points (quiet zone included) that encodes ``url``."""

    def __init__(self, url: str, size: float = 64.0) -> None:
        super().__init__()
        self.url = url
        self.size = size
        self.width = self.height = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        canvas = self.canv
        modules = qr_modules(self.url)
        span = len(modules) + 2 * QUIET_ZONE
        name = _form_name(self.url)
        if not canvas.hasForm(name):
            canvas.beginForm(name, 0, 0, span, span)
            path = canvas.beginPath()
            for column, row, width, height in dark_rectangles(modules):
                path.rect(QUIET_ZONE + column, span - QUIET_ZONE - row - height, width, height)
            canvas.setFillColorRGB(0, 0, 0)
            canvas.drawPath(path, stroke=0, fill=1)
            canvas.endForm()
        canvas.saveState()
        canvas.scale(self.size / span, self.size / span)
        canvas.doForm(name)
        canvas.restoreState()
        canvas.linkURL(self.url, (0, 0, self.size, self.size), relative=1)
