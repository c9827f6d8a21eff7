"""The font is found, embedded as a subset, and the package stays free of Qt."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pypdf

from sealprep.printing import fonts
from sealprep.printing.rich_text import Run, TextStyle
from sealprep.printing.thai_paragraph import ThaiParagraph

REPO = Path(__file__).resolve().parents[2]


def test_font_dir_is_the_checkout_resources():
    assert fonts.font_dir() == REPO / "resources" / "fonts"


def test_frozen_app_looks_in_its_unpack_directory(monkeypatch, tmp_path):
    from sealprep import paths

    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    candidates = paths.bundled_candidates("resources")
    assert candidates[0] == tmp_path / "sealprep" / "_data" / "resources"  # where build.spec puts it
    assert candidates[1].parts[-3:] == ("sealprep", "_data", "resources")
    assert candidates[-1] == REPO / "resources"


def test_registration_is_idempotent(family):
    assert fonts.register_fonts() is family
    assert {family.font_name(b, i) for b in (False, True) for i in (False, True)} == {
        "Sarabun-Regular",
        "Sarabun-Bold",
        "Sarabun-Italic",
        "Sarabun-BoldItalic",
    }


def test_fonts_are_embedded_as_subsets(make_pdf, thai_paragraphs):
    runs = [Run(thai_paragraphs[0]), Run(" ตัวหนา", bold=True), Run(" ตัวเอียง", italic=True)]
    pdf = make_pdf([ThaiParagraph(runs, TextStyle())])
    page = pypdf.PdfReader(pdf).pages[0]
    embedded = {}
    for font in page["/Resources"]["/Font"].values():
        font = font.get_object()
        if not str(font["/BaseFont"]).startswith("/Helvetica"):  # ReportLab's page preamble
            program = font["/FontDescriptor"]["/FontFile2"].get_data()
            embedded[str(font["/BaseFont"])] = len(program)
    assert len(embedded) == 3
    for base_font, size in embedded.items():
        assert re.fullmatch(r"/[A-Z]{6}\+Sarabun-(Regular|Bold|Italic)", base_font), base_font
        full_size = (REPO / "resources" / "fonts" / f"{base_font.split('+')[1]}.ttf").stat().st_size
        assert size < full_size / 3, f"{base_font} embeds {size} of {full_size} bytes"


def test_printing_does_not_import_qt():
    code = (
        "import sys, sealprep.printing.thai_paragraph, sealprep.printing.fonts; "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide', 'PyQt', 'shiboken'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env={"PYTHONPATH": str(REPO / "src")}
    )
    assert result.stdout.strip() == "[]"


def test_binary_streams_drop_ascii85(make_pdf, monkeypatch, squeeze):
    from reportlab import rl_config

    from sealprep.printing.reportlab_setup import use_binary_streams

    monkeypatch.setattr(rl_config, "useA85", rl_config.useA85)
    use_binary_streams()
    pdf = make_pdf([ThaiParagraph("ซึ่งยั่งยืน น้ำ สำนัก")])
    page = pypdf.PdfReader(pdf).pages[0]
    assert "/ASCII85Decode" not in str(page["/Contents"].get_object().get("/Filter"))
    assert squeeze(page.extract_text()) == squeeze("ซึ่งยั่งยืน น้ำ สำนัก")
