"""The fast way a worksheet is read gives the same cells as the general one: calamine, with the
formula and error cells it cannot read put right from the sheet's XML, against ElementTree
reading the XML element by element (as openpyxl would)."""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sealprep.core.secretariat import table_files
from sealprep.core.secretariat.table_files import (
    TableFileError,
    _cell_text,
    _CellValues,
    _has_formulas_or_errors,
    _parse_sheet,
    _parse_sheet_tree,
    _special_cells,
    read_table,
)

SHEET = "xl/worksheets/sheet1.xml"

# text openpyxl can store: no control characters; with XML's special characters and Thai
TEXT = st.lists(st.sampled_from(list("ab <>&\"' \n\t") + ["ไทย", "\u0e4d\u0e32", "é", "\u00a0", "๑"]), max_size=8).map(
    "".join
)
CELL = st.one_of(
    st.none(),
    TEXT,
    st.integers(-(10**6), 10**6),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.booleans(),
    st.dates(min_value=date(1950, 1, 1), max_value=date(2100, 1, 1)),
    st.just("=A1"),  # a formula whose result the file never stored
    st.sampled_from(["#N/A", "#DIV/0!", "#REF!"]),  # error values (openpyxl writes them as such)
)


def rewrite_sheet(path: Path, xml: bytes) -> None:
    source = zipfile.ZipFile(path)
    rewritten = io.BytesIO()
    with zipfile.ZipFile(rewritten, "w") as target:
        for item in source.infolist():
            target.writestr(item, xml if item.filename == SHEET else source.read(item))
    path.write_bytes(rewritten.getvalue())


def both_readings(path: Path, xml: bytes | None = None):
    """(the reading ``read_table`` uses, ElementTree's reading) of the first sheet, optionally
    with its XML replaced."""
    if xml is not None:
        rewrite_sheet(path, xml)
    workbook = openpyxl.load_workbook(path, read_only=True)
    try:
        sheet = workbook.worksheets[0]
        fast = _parse_sheet(path, workbook, sheet)
        tree = _parse_sheet_tree(workbook, sheet, _CellValues(workbook, sheet))
    finally:
        workbook.close()
    return fast, tree


def as_read(data: table_files._SheetData):
    """The cells as the importer sees them (text, trailing blanks dropped), the formulas
    without a stored result, and the merges."""
    rows = []
    for row in data.values:
        cells = [_cell_text(v) for v in row]
        while cells and not cells[-1]:
            cells.pop()
        rows.append(cells)
    while rows and not rows[-1]:
        rows.pop()
    return rows, {r: sorted(c) for r, c in data.missing.items()}, sorted(data.merges)


def sheet_xml(path: Path) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return archive.read(SHEET)


def is_special(path: Path) -> bool:
    with zipfile.ZipFile(path) as archive:
        return _has_formulas_or_errors(archive, archive.getinfo(SHEET))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.lists(CELL, max_size=5), min_size=1, max_size=6), gap=st.integers(0, 3), merge=st.booleans())
def test_a_workbook_openpyxl_writes_reads_the_same_both_ways(tmp_path_factory, rows, gap, merge):
    path = tmp_path_factory.mktemp("sheet") / "book.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for r, values in enumerate(rows, start=1):
        for c, value in enumerate(values, start=1):
            if value is not None:
                sheet.cell(row=r + (gap if r > 1 else 0), column=c, value=value)
    if merge:
        sheet.merge_cells("A1:B2")
    workbook.save(path)
    fast, tree = both_readings(path)
    assert as_read(fast) == as_read(tree)
    cells, missing, _ = as_read(tree)  # openpyxl stores no formula results; merging clears cells
    assert is_special(path) == bool(missing or any(c.startswith("#") for row in cells for c in row))


def test_formulas_and_errors_are_put_right_in_what_calamine_reads(tmp_path):
    path = tmp_path / "book.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.append(["นายสมชาย", "สยป.", "=A1&B1", "#N/A"])
    workbook.active.append(["นางสาวสมหญิง", "=1/0", None, "x"])
    workbook.save(path)
    xml = sheet_xml(path)
    # as Excel saves them: a formula with its stored result, and one whose result is an error
    xml = xml.replace(b"<f>1/0</f><v /></c>", b"<f>1/0</f><v>#DIV/0!</v></c>").replace(
        b'<c r="B2"><f>', b'<c r="B2" t="e"><f>'
    )
    xml = xml.replace(b'<c r="C1"><f>A1&amp;B1</f><v /></c>', b'<c r="C1" t="str"><f>A1&amp;B1</f><v>x</v></c>')
    rewrite_sheet(path, xml)
    rows = [(row.cells, row.formulas) for row in read_table(path).rows]
    assert rows == [(["นายสมชาย", "สยป.", "x", "#N/A"], []), (["นางสาวสมหญิง", "#DIV/0!", "", "x"], [])]
    workbook.save(path)  # again without stored results: both formulas are reported
    rows = [(row.cells, row.formulas) for row in read_table(path).rows]
    assert rows == [(["นายสมชาย", "สยป.", "", "#N/A"], [2]), (["นางสาวสมหญิง", "", "", "x"], [1])]


def test_shapes_calamine_cannot_be_helped_with_are_read_by_elementtree(tmp_path):
    path = tmp_path / "book.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.append(["นายสมชาย", "a&b", 3, datetime(2026, 1, 2)])
    workbook.active.append(["x", None, "=A1"])
    workbook.save(path)
    xml = sheet_xml(path)
    fast, tree = both_readings(path)
    assert as_read(fast) == as_read(tree) and as_read(fast)[0][0][:2] == ["นายสมชาย", "a&b"]
    # rich text as Excel writes it: a run's outer space is kept only with xml:space="preserve"
    # (calamine, like Excel, trims it otherwise; ElementTree keeps it)
    rich = (
        b'<c r="E1" t="inlineStr"><is><r><t>rich</t></r><r><t xml:space="preserve"> text</t></r>'
        b"<rPh><t>hint</t></rPh></is></c>"
    )
    variants = {
        "comment": (xml.replace(b"<sheetData>", b"<!-- note --><sheetData>"), True),
        "carriage return": (xml.replace(b"</row>", b"</row>\r\n", 1), True),
        "rich text": (xml.replace(b"</row>", rich + b"</row>", 1), True),
        "cell attributes in another order": (
            xml.replace(b'<c r="A1" t="inlineStr">', b'<c t="inlineStr" r="A1">'),
            True,
        ),
        "character references": (xml.replace("นายสมชาย".encode(), b"&#3609;&#x0E32;&lt;&amp;"), True),
        "prefixed": (
            xml.replace(b"<worksheet xmlns=", b"<x:worksheet xmlns:x=")
            .replace(b"</worksheet>", b"</x:worksheet>")
            .replace(b"<sheetData>", b"<x:sheetData>")
            .replace(b"</sheetData>", b"</x:sheetData>")
            .replace(b"<row ", b"<x:row ")
            .replace(b"</row>", b"</x:row>")
            .replace(b"<c ", b"<x:c ")
            .replace(b"</c>", b"</x:c>")
            .replace(b"<f>", b"<x:f>")
            .replace(b"</f>", b"</x:f>")
            .replace(b"<v>", b"<x:v>")
            .replace(b"</v>", b"</x:v>")
            .replace(b"<v />", b"<x:v />")
            .replace(b"<is>", b"<x:is>")
            .replace(b"</is>", b"</x:is>")
            .replace(b"<t>", b"<x:t>")
            .replace(b"</t>", b"</x:t>"),
            False,
        ),
        "a formula cell without its reference": (xml.replace(b'<c r="C2">', b"<c>"), False),
    }
    for name, (changed, placed) in variants.items():
        path.unlink()
        workbook.save(path)
        fast, tree = both_readings(path, changed)
        assert as_read(fast) == as_read(tree), name
        assert (_special_cells(changed) is not None) == placed, name
        if name == "character references":
            assert as_read(fast)[0][0][0] == "นา<&", name


def test_a_broken_sheet_is_refused_with_the_file_named(tmp_path):
    path = tmp_path / "book.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.append(["a", "=1+1"])
    workbook.active.append(["b", "c"])
    workbook.save(path)
    xml = sheet_xml(path)
    cut = xml.index(b"<row", xml.index(b"<row") + 1) + 12  # inside the second row's tag
    for broken in (xml[:cut], xml.replace(b"=", b"")[:cut]):  # cut short: with a formula, and without
        rewrite_sheet(path, broken)
        with pytest.raises(TableFileError, match="book.xlsx: not a readable XLSX workbook"):
            read_table(path)
        workbook.save(path)
    # calamine reads past a small fault where every cell is still clear (as Excel repairs it)
    rewrite_sheet(path, xml.replace(b"<sheetData>", b"<sheetData><<"))
    assert [(row.cells, row.formulas) for row in read_table(path).rows] == [(["a", ""], [1]), (["b", "c"], [])]


def test_a_sheet_with_a_formula_or_an_error_is_found_by_the_scan(tmp_path):
    """calamine reads a formula without a stored result, and an error value, as an empty cell."""
    path = tmp_path / "book.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.append(["นายสมชาย", "สยป."])
    workbook.save(path)
    assert not is_special(path)
    xml = sheet_xml(path)
    cases = {
        "formula": (b'<c r="C1"><f>A1&amp;B1</f></c>', ["นายสมชาย", "สยป.", ""], [2]),
        "prefixed formula": (b'<c r="C1"><x:f xmlns:x="urn:x">1</x:f></c>', None, None),
        "error value": (b'<c r="C1" t="e"><v>#N/A</v></c>', ["นายสมชาย", "สยป.", "#N/A"], []),
        "error value, single quotes": (b"<c r='C1' t='e'><v>#REF!</v></c>", ["นายสมชาย", "สยป.", "#REF!"], []),
    }
    for name, (cell, cells, formulas) in cases.items():
        rewrite_sheet(path, xml.replace(b"</row>", cell + b"</row>", 1))
        assert is_special(path), name
        if cells is not None:
            (row,) = read_table(path).rows
            assert (row.cells, row.formulas) == (cells, formulas), name
        workbook.save(path)


def test_the_formula_scan_finds_a_tag_cut_by_the_end_of_a_chunk(tmp_path, monkeypatch):
    path = tmp_path / "book.xlsx"
    workbook = openpyxl.Workbook()
    for number in range(200):
        workbook.active.append([f"ชื่อ {number}", "สยป."])
    workbook.save(path)
    xml = sheet_xml(path)
    at = xml.index(b"</row>", len(xml) // 2)
    rewrite_sheet(path, xml[:at] + b'<c r="C100"><f>1</f></c>' + xml[at:])
    for chunk in (7, 64, 1000, 1 << 20):  # the tag lands across chunk ends at some of these sizes
        monkeypatch.setattr(table_files, "_SCAN_CHUNK", chunk)
        assert is_special(path), chunk
