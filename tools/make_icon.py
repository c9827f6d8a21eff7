"""Draw sealprep's icon: a purple seal with a gold ring and a white tick.

    QT_QPA_PLATFORM=offscreen python tools/make_icon.py

Writes resources/icons/sealprep-<size>.png for 16 ... 1024 px (each size drawn on its own grid,
not scaled down, so the 16 px icon stays crisp: no ring below 32 px, a thicker tick) and
resources/icons/sealprep.ico (Windows: 16-256 px in one file, via Pillow). PyInstaller turns the
1024 px PNG into the macOS .icns when it builds the .app on a Mac.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)

PURPLE = "#5b2a86"
PURPLE_DARK = "#3f1d5e"
GOLD = "#f2b632"


def draw(size: int):
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = float(size)
    margin = max(0.5, s * 0.03)
    disc = QRectF(margin, margin, s - 2 * margin, s - 2 * margin)
    painter.setPen(QPen(QColor(PURPLE_DARK), max(1.0, s * 0.03)))
    painter.setBrush(QColor(PURPLE))
    painter.drawEllipse(disc)
    if size >= 32:  # the gold ring of a seal; at 16-24 px it would only blur the tick
        inset = s * 0.12
        painter.setPen(QPen(QColor(GOLD), s * 0.045))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(disc.adjusted(inset, inset, -inset, -inset))
    tick = QPainterPath(QPointF(s * 0.29, s * 0.52))
    tick.lineTo(QPointF(s * 0.44, s * 0.67))
    tick.lineTo(QPointF(s * 0.72, s * 0.35))
    width = s * (0.14 if size <= 24 else 0.10)
    pen = QPen(QColor("white"), width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(tick)
    painter.end()
    return image


def main() -> int:
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication(sys.argv)
    OUT.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        path = OUT / f"sealprep-{size}.png"
        draw(size).save(str(path), "PNG")
        print(path)
    images = [Image.open(OUT / f"sealprep-{size}.png") for size in ICO_SIZES]
    largest = images[-1]
    largest.save(OUT / "sealprep.ico", format="ICO", sizes=[(n, n) for n in ICO_SIZES], append_images=images[:-1])
    print(OUT / "sealprep.ico")
    return 0


if __name__ == "__main__":
    sys.exit(main())
