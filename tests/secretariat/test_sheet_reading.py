"""The ways a worksheet is read give the same cells: calamine for the usual sheet (no formulas,
no error cells), and for the others the fast reading of the plain shape Excel and openpyxl write
(regular expressions) and the general one (ElementTree)."""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sealprep.core.secretariat import table_files
from sealprep.core.secretariat.table_files import (
    _cell_text,
    _CellValues,
    _has_formulas_or_errors,
    _parse_plain_sheet,
    _parse_sheet_calamine,
    _parse_sheet_tree,
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
)


def both_readings(path: Path, xml: bytes | None = None):
    """(plain reading or None, tree reading) of the workbook's first sheet, optionally with its
    XML replaced."""
    if xml is not None:
        source = zipfile.ZipFile(path)
        rewritten = io.BytesIO()
        with zipfile.ZipFile(rewritten, "w") as target:
            for item in source.infolist():
                target.writestr(item, xml if item.filename == SHEET else source.read(item))
        path.write_bytes(rewritten.getvalue())
    workbook = openpyxl.load_workbook(path, read_only=True)
    try:
        sheet = workbook.worksheets[0]
        plain = _parse_plain_sheet(workbook._archive.read(SHEET), _CellValues(workbook, sheet))
        tree = _parse_sheet_tree(workbook, sheet, _CellValues(workbook, sheet))
    finally:
        workbook.close()
    return plain, tree


def sheet_xml(path: Path) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return archive.read(SHEET)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
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
    plain, tree = both_readings(path)
    assert plain is not None  # the plain shape is recognised ...
    assert plain == tree  # ... and read exactly as ElementTree reads it


def test_shapes_the_plain_reading_leaves_to_elementtree_read_the_same(tmp_path):
    path = tmp_path / "book.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.append(["นายสมชาย", "a&b", 3, datetime(2026, 1, 2)])
    workbook.active.append(["x", None, "=A1"])
    workbook.save(path)
    xml = sheet_xml(path)
    plain, tree = both_readings(path)
    assert plain == tree and plain is not None and plain.values[0][:2] == ["นายสมชาย", "a&b"]
    rich = b'<c r="E1" t="inlineStr"><is><r><t>rich</t></r><r><t> text</t></r><rPh><t>hint</t></rPh></is></c>'
    variants = {
        "comment": xml.replace(b"<sheetData>", b"<!-- note --><sheetData>"),
        "carriage return": xml.replace(b"</row>", b"</row>\r\n", 1),
        "rich text": xml.replace(b"</row>", rich + b"</row>", 1),
        "prefixed": xml.replace(b"<worksheet xmlns=", b"<x:worksheet xmlns:x=").replace(
            b"</worksheet>", b"</x:worksheet>"
        ),
        "cell attributes in another order": xml.replace(b'<c r="A1" t="inlineStr">', b'<c t="inlineStr" r="A1">'),
        "character references": xml.replace("นายสมชาย".encode(), b"&#3609;&#x0E32;&lt;&amp;"),
    }
    for name, changed in variants.items():
        path.unlink()
        workbook.save(path)
        plain, tree = both_readings(path, changed)
        assert plain is None or plain == tree, name
        if name == "character references":
            assert plain is not None and plain.values[0][0] == "นา<&", name
        elif name != "cell attributes in another order":
            assert plain is None, name  # left to ElementTree


def test_a_broken_sheet_is_refused_as_before(tmp_path):
    path = tmp_path / "book.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.append(["a"])
    workbook.save(path)
    xml = sheet_xml(path).replace(b"</row>", b"</rox>")
    both_readings_path = tmp_path / "broken.xlsx"
    both_readings_path.write_bytes(path.read_bytes())
    try:
        both_readings(both_readings_path, xml)
    except SyntaxError as exc:  # ElementTree's ParseError; the plain reading gave way to it
        assert "mismatched tag" in str(exc)
    else:
        raise AssertionError("a broken sheet was read")
    assert table_files.MAX_PLAIN_SHEET > 0


def as_text(data: table_files._SheetData) -> tuple[list[list[str]], list[tuple[int, int, int, int]]]:
    """The cells as the importer sees them (text, trailing blanks dropped), and the merges."""
    rows = []
    for row in data.values:
        cells = [_cell_text(v) for v in row]
        while cells and not cells[-1]:
            cells.pop()
        rows.append(cells)
    while rows and not rows[-1]:
        rows.pop()
    return rows, sorted(data.merges)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    rows=st.lists(st.lists(CELL.filter(lambda v: v != "=A1"), max_size=5), min_size=1, max_size=6),
    gap=st.integers(0, 3),
    merge=st.booleans(),
)
def test_calamine_reads_a_sheet_without_formulas_as_elementtree_does(tmp_path_factory, rows, gap, merge):
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
    _, tree = both_readings(path)
    with zipfile.ZipFile(path) as archive:
        assert not _has_formulas_or_errors(archive, archive.getinfo(SHEET))
    assert as_text(_parse_sheet_calamine(path, "Sheet")) == as_text(tree)


def test_a_sheet_with_a_formula_or_an_error_is_not_left_to_calamine(tmp_path):
    """calamine reads a formula without a stored result, and an error value, as an empty cell."""
    path = tmp_path / "book.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.append(["นายสมชาย", "สยป."])
    workbook.save(path)
    xml = sheet_xml(path)
    cases = {
        "formula": (b'<c r="C1"><f>A1&amp;B1</f></c>', ["นายสมชาย", "สยป.", ""], [2]),
        "prefixed formula": (b'<c r="C1"><x:f xmlns:x="urn:x">1</x:f></c>', None, None),
        "error value": (b'<c r="C1" t="e"><v>#N/A</v></c>', ["นายสมชาย", "สยป.", "#N/A"], []),
        "error value, single quotes": (b"<c r='C1' t='e'><v>#REF!</v></c>", ["นายสมชาย", "สยป.", "#REF!"], []),
    }
    for name, (cell, cells, formulas) in cases.items():
        changed = xml.replace(b"</row>", cell + b"</row>", 1)
        both_readings(path, changed)
        with zipfile.ZipFile(path) as archive:
            assert _has_formulas_or_errors(archive, archive.getinfo(SHEET)), name
        if cells is not None:
            (row,) = read_table(path).rows
            assert (row.cells, row.formulas) == (cells, formulas), name
        path.unlink()
        workbook.save(path)
        xml = sheet_xml(path)


def test_the_formula_scan_finds_a_tag_cut_by_the_end_of_a_chunk(tmp_path, monkeypatch):
    path = tmp_path / "book.xlsx"
    workbook = openpyxl.Workbook()
    for number in range(200):
        workbook.active.append([f"ชื่อ {number}", "สยป."])
    workbook.save(path)
    xml = sheet_xml(path)
    at = xml.index(b"</row>", len(xml) // 2)
    both_readings(path, xml[:at] + b'<c r="C100"><f>1</f></c>' + xml[at:])
    for chunk in (7, 64, 1000, 1 << 20):  # the tag lands across chunk ends at some of these sizes
        monkeypatch.setattr(table_files, "_SCAN_CHUNK", chunk)
        with zipfile.ZipFile(path) as archive:
            assert _has_formulas_or_errors(archive, archive.getinfo(SHEET)), chunk
