"""Find the bundled Sarabun fonts and register them with ReportLab once.

Sarabun (SIL Open Font License) covers Thai and Latin in four styles, so one
family serves every piece of text the app prints.
"""

from __future__ import annotations

import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics

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


def font_dir_candidates() -> list[Path]:
    """Where the Sarabun TTF files may be, most specific first.

    Beside the installed package (``sealprep/_data/resources/fonts``, where
    the wheel puts ``resources``), the source checkout's ``resources/fonts``
    (two levels above ``src/sealprep``), and the unpack directory of a frozen
    (PyInstaller) app.  Kept small and separate so that a shared
    ``sealprep.paths`` module can replace it later.
    """
    package_dir = Path(__file__).resolve().parent.parent
    candidates = [
        package_dir / "_data" / "resources" / "fonts",
        package_dir.parent.parent / "resources" / "fonts",
    ]
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates += [
            Path(frozen_root) / "sealprep" / "_data" / "resources" / "fonts",
            Path(frozen_root) / "resources" / "fonts",
        ]
    return candidates


def font_dir() -> Path:
    """The first of :func:`font_dir_candidates` that holds the fonts."""
    candidates = font_dir_candidates()
    for candidate in candidates:
        if (candidate / _STYLE_FILES[(False, False)]).is_file():
            return candidate
    searched = ", ".join(str(c) for c in candidates)
    raise FileNotFoundError(f"Sarabun fonts not found; looked in: {searched}")


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
