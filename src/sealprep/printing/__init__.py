"""PDF typesetting for Thai and English text, on ReportLab (no Qt).

Thai text comes out shaped (HarfBuzz), extractable (pypdf and poppler return
the source text) and broken only between words (PyThaiNLP newmm).  See
``docs/printing-thai.md``.  Importing this package loads ReportLab, uharfbuzz
and PyThaiNLP (about 0.3 s); a GUI should import it when it first prints.

Typical use::

    from sealprep.printing import Alignment, Run, TextStyle, ThaiParagraph, use_binary_streams

    use_binary_streams()
    body = TextStyle(alignment=Alignment.JUSTIFY, first_line_indent=28)
    story = [ThaiParagraph([Run("ข้อความ "), Run("ตัวหนา", bold=True)], body)]
"""

from sealprep.core.thai.breaks import break_opportunities, warm_up
from sealprep.printing.fonts import FontFamily, font_dir, register_fonts
from sealprep.printing.reportlab_setup import use_binary_streams
from sealprep.printing.rich_text import Alignment, Color, Run, TextStyle
from sealprep.printing.thai_paragraph import ThaiParagraph

__all__ = [
    "Alignment",
    "Color",
    "FontFamily",
    "Run",
    "TextStyle",
    "ThaiParagraph",
    "break_opportunities",
    "font_dir",
    "register_fonts",
    "use_binary_streams",
    "warm_up",
]
