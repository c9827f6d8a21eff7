"""The bundled Thai font: registered at start-up so Thai never renders as boxes."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from sealprep.paths import fonts_dir

UI_FAMILY = "Sarabun"
DEFAULT_POINT_SIZE = 11


def register_bundled_fonts() -> list[str]:
    """Add every bundled TTF to Qt's font database; returns the families added."""
    families: list[str] = []
    for path in sorted(fonts_dir().glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id == -1:
            raise RuntimeError(f"Qt could not load the bundled font {path}")
        families += [f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families]
    return families


def apply_ui_font(app: QApplication, point_size: float = DEFAULT_POINT_SIZE) -> QFont:
    font = QFont(UI_FAMILY)
    font.setPointSizeF(point_size)
    app.setFont(font)
    return font
