"""The bundled Thai font: registered at start-up so Thai never renders as boxes."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QFont, QFontDatabase, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication

from sealprep.core.thai.breaks import with_break_opportunities
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


_PROBE = "การวิเคราะห์มิติทางเพศถูกใช้ในการออกแบบโครงการอย่างไร"


@lru_cache(maxsize=1)
def qt_breaks_thai() -> bool:
    """True when Qt finds Thai word boundaries itself (it has libthai); else we mark them."""
    layout = QTextLayout(_PROBE, QFont(UI_FAMILY, 12))
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = 0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(60)
        lines += 1
    layout.endLayout()
    return lines > 1


def wrappable(text: str) -> str:
    """Text that will wrap between Thai words on this machine's Qt (zero-width spaces at word
    boundaries when Qt cannot find them itself; ``core.thai.breaks``)."""
    return text if qt_breaks_thai() else with_break_opportunities(text)
