"""Reading CSV in every encoding a Thai office produces, and XLSX; writing both for Excel."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest

from sealprep.core.secretariat.table_files import TableFileError, decode_bytes, read_table, write_table

THAI = "นายสมชาย ใจดี,สยป."


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (THAI.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + THAI.encode("utf-8"), "utf-8-sig"),
        (THAI.encode("cp874"), "cp874"),
        (THAI.encode("tis-620"), "cp874"),
    ],
)
def test_each_encoding_decodes_to_the_same_text(data, encoding):
    text, found, clean = decode_bytes(data)
    assert (text, found, clean) == (THAI, encoding, True)


def test_bytes_that_are_neither_encoding_are_replaced_and_reported():
    # UTF-8 Thai with one stray Latin-1 byte (0xFF is invalid in both encodings)
    text, encoding, clean = decode_bytes("สมชาย".encode() + b"\xff" + "ใจดี".encode())
    assert not clean
    assert encoding == "utf-8"  # UTF-8 got further than cp874 did
    assert text == "สมชาย\ufffdใจดี"


def test_rows_are_numbered_as_excel_numbers_them(tmp_path):
    path = tmp_path / "people.csv"
    # a cell holding a line break, then a blank row: Excel calls the last person row 4
    path.write_bytes('name,notes\r\n"นายสมชาย ใจดี","two\r\nlines"\r\n,\r\nนางสาวสมหญิง,x\r\n'.encode())
    table = read_table(path)
    assert [(r.number, r.cells[0]) for r in table.rows] == [(1, "name"), (2, "นายสมชาย ใจดี"), (4, "นางสาวสมหญิง")]
    assert table.rows[1].cells[1] == "two\r\nlines"


def test_an_unreadable_row_is_flagged_and_others_are_not(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_bytes("name\r\nนายสมชาย\r\n".encode() + b"\xff\xfe bad\r\n" + "นางสาวสมหญิง\r\n".encode())
    table = read_table(path)
    assert [(r.number, r.unreadable) for r in table.rows] == [(1, False), (2, False), (3, True), (4, False)]


def test_semicolon_csv_from_a_european_excel(tmp_path):
    path = tmp_path / "semi.csv"
    path.write_text("name;agency\nนายสมชาย;สยป.\n", encoding="utf-8")
    assert read_table(path).rows[1].cells == ["นายสมชาย", "สยป."]


def test_xlsx_cells_become_text_with_sheet_row_numbers(tmp_path):
    path = tmp_path / "people.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["รายชื่อ"])
    sheet.append(["name", "phone", "day"])
    sheet.append([])
    sheet.append(["นายสมชาย", 812345678, date(2026, 2, 9)])
    workbook.save(path)
    table = read_table(path)
    assert table.encoding == "xlsx"
    assert [(r.number, r.cells[0]) for r in table.rows] == [(1, "รายชื่อ"), (2, "name"), (4, "นายสมชาย")]
    assert table.rows[2].cells[1:3] == ["812345678", "2026-02-09"]


def test_csv_is_written_with_bom_and_crlf_for_excel(tmp_path):
    path = write_table(tmp_path / "out.csv", ["ชื่อ", "หน่วยงาน"], [["นายสมชาย ใจดี", "สยป."]])
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.decode("utf-8-sig") == "ชื่อ,หน่วยงาน\r\nนายสมชาย ใจดี,สยป.\r\n"
    assert [r.cells for r in read_table(path).rows] == [["ชื่อ", "หน่วยงาน"], ["นายสมชาย ใจดี", "สยป."]]


def test_xlsx_round_trip_keeps_formula_like_text_as_text(tmp_path):
    path = write_table(tmp_path / "out.xlsx", ["name", "notes"], [["นายสมชาย", "=1+1"], ["นางสาวสมหญิง", None]])
    sheet = openpyxl.load_workbook(path).worksheets[0]
    assert sheet["B2"].value == "=1+1" and sheet["B2"].data_type == "s"
    assert sheet.freeze_panes == "A2"
    assert [r.cells for r in read_table(path).rows][1:] == [["นายสมชาย", "=1+1"], ["นางสาวสมหญิง", ""]]
    assert not list(tmp_path.glob(".out-*")), "the temporary file was left behind"


def test_files_that_cannot_be_tables_say_so(tmp_path):
    with pytest.raises(TableFileError, match="no such file"):
        read_table(tmp_path / "missing.csv")
    (tmp_path / "people.txt").write_text("x")
    with pytest.raises(TableFileError, match=r"\.csv and \.xlsx"):
        read_table(tmp_path / "people.txt")
    (tmp_path / "fake.xlsx").write_text("not a zip")
    with pytest.raises(TableFileError, match="not a readable XLSX"):
        read_table(tmp_path / "fake.xlsx")
    with pytest.raises(TableFileError, match="ending in .csv or .xlsx"):
        write_table(tmp_path / "out.ods", ["a"], [])
