"""Find the bundled Sarabun fonts and register them with ReportLab once.

Sarabun (SIL Open Font License) covers Thai and Latin in four styles, so one
family serves every piece of text the app prints.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics

from sealprep.paths import fonts_dir
from sealprep.printing.glyph_font import GlyphFont

FAMILY = "Sarabun"
_STYLE_FILES = {
    (False, False): "Sarabun-Regular.ttf",
    (True, False): "Sarabun-Bold.ttf",
    (False, True): "Sarabun-Italic.ttf",
    (True, True): "Sarabun-BoldItalic.ttf",
}


@dataclass(frozen=True, slots=True)
class FontFamily:
    """ReportLab names of the four registered styles of one family."""

    regular: str
    bold: str
    italic: str
    bold_italic: str

    def font_name(self, bold: bool = False, italic: bool = False) -> str:
        """The registered font name for a style."""
        if bold:
            return self.bold_italic if italic else self.bold
        return self.italic if italic else self.regular


def font_dir() -> Path:
    """The bundled fonts' folder (``sealprep.paths.fonts_dir``), checked to hold Sarabun."""
    directory = fonts_dir()
    if not (directory / _STYLE_FILES[(False, False)]).is_file():
        raise FileNotFoundError(f"Sarabun fonts not found in {directory}")
    return directory


_registered: FontFamily | None = None
_lock = threading.Lock()


def register_fonts() -> FontFamily:
    """Register Sarabun's four styles with ReportLab (once) and return their names.

    The fonts are :class:`GlyphFont` instances, so text drawn with them by the
    printing package extracts correctly; they also work with ordinary
    ReportLab paragraphs and canvas calls (unshaped).
    """
    global _registered
    with _lock:
        if _registered is None:
            directory = font_dir()
            names = {}
            for (bold, italic), file_name in _STYLE_FILES.items():
                name = file_name.removesuffix(".ttf")
                pdfmetrics.registerFont(GlyphFont(name, directory / file_name))
                addMapping(FAMILY, int(bold), int(italic), name)
                names[(bold, italic)] = name
            _registered = FontFamily(
                regular=names[(False, False)],
                bold=names[(True, False)],
                italic=names[(False, True)],
                bold_italic=names[(True, True)],
            )
        return _registered


def glyph_font(name: str) -> GlyphFont:
    """The registered :class:`GlyphFont` called ``name``."""
    font = pdfmetrics.getFont(name)
    if not isinstance(font, GlyphFont):
        raise TypeError(f"font {name!r} is not a GlyphFont; register it with register_fonts()")
    return font
