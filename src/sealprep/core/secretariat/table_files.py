"""Reading and writing the spreadsheets a Thai office really exchanges: CSV and XLSX.

Reading
    CSV saved by Excel on a Thai Windows arrives in cp874 (TIS-620 is a subset of it); newer Excel
    and other tools write UTF-8, with or without a byte-order mark. ``read_table`` tries UTF-8
    strictly first (a cp874 file is almost never valid UTF-8, while UTF-8 Thai is never valid
    cp874), then cp874. A file that is neither is still read, with the bad bytes replaced, so that
    the preview can show every row; each row that held a bad byte is marked ``unreadable``.
    When both decodings fail the one that got further into the file is used: the byte where it
    stops is the genuinely broken one.

    A short cp874 file can happen to be valid UTF-8 as well: Thai letters in cp874 are bytes
    0xA1-0xFB, and a pair such as ``รก`` (0xC3 0xA1) is also the UTF-8 for ``á``. Such a file
    decodes as UTF-8 into Latin-1 letters and symbols (``á ´``) and no Thai at all. When the
    UTF-8 reading has no Thai letter, its non-ASCII characters mostly stand apart from ASCII
    letters (a real accented name, ``José``, has them inside a word) and the cp874 reading is
    clean, the file is read as cp874 and ``Table.encoding_guessed`` says so (the preview tells the
    user which encoding was used).

    XLSX is opened in openpyxl's read-only mode, after checking that the zip does not expand to
    far more than it weighs (a "zip bomb" is refused before anything is loaded); the cells are
    read by calamine (``python-calamine``), with formulas and error values put right from the
    sheet's XML (see ``_parse_sheet``). calamine reads past small faults in a sheet's XML when
    every cell is still clear, as Excel's repair does; a sheet it cannot read is refused. The sheet read is the
    active one if it is visible, else the first visible one; hidden sheets are never read, and the
    preview names the sheet when the workbook has several visible ones. A merged cell (an agency
    written once for several people) fills every cell of its range. A formula whose result was
    never stored (a file written by a program, not saved by Excel) reads as empty, and the row
    records the column so that the importer reports it.

    Row numbers are the ones Excel shows: the first record of the file is row 1. A CSV cell may
    hold a line break, so a row number counts records, not lines.

CSV injection
    A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is a formula to
    Excel, which runs it when the file is opened. ``write_table`` writes such a cell to CSV with a
    single quote in front (OWASP's rule): Excel shows the text and runs nothing. So that a value
    that genuinely starts with a quote survives too, a value starting with a quote that is
    followed by one of those characters or by another quote also gets one more quote in front.
    Reading a CSV removes exactly one leading quote when the next character is one of those
    characters or a quote. Every value therefore comes back from our own export as it was, and a
    quote that only opens ordinary text (``'Nok``) is left alone both ways. XLSX cells are always
    written as strings, never as formulas.

Writing
    CSV is written as UTF-8 with a byte-order mark and CRLF line ends, which Excel on Windows
    opens with Thai intact; XLSX through openpyxl with a bold, frozen header row. Both are written
    to a temporary file first and then moved into place, so an interrupted export never leaves a
    half-written file where a good one was.
"""

from __future__ import annotations

import csv
import functools
import io
import os
import re
import tempfile
import unicodedata
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

UTF8_BOM = b"\xef\xbb\xbf"
REPLACEMENT = "\ufffd"
TABLE_SUFFIXES = (".csv", ".xlsx")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What makes Excel read a cell as a formula (OWASP's CSV-injection list)."""
MAX_XLSX_EXPANDED = 512 * 1024 * 1024
"""A workbook whose parts add up to more than this uncompressed is refused unread."""
MAX_XLSX_RATIO = 100
"""...and so is one whose large part (over a megabyte) expands more than this many times."""


class TableFileError(Exception):
    """The file cannot be read as a table at all (missing, not a spreadsheet, ...)."""


class ImportPreview:
    """What every import preview (roster, assignments) answers: is the file clean, and how many
    rows have a given status. Subclasses are dataclasses with ``rows`` and ``problems``."""

    rows: list[Any]
    problems: list[Any]

    @property
    def ok(self) -> bool:
        return not self.problems and bool(self.rows)

    def count(self, status: str) -> int:
        return sum(1 for r in self.rows if r.status == status)


@dataclass
class TableRow:
    number: int
    """The row number as Excel shows it (the file's first record is 1)."""
    cells: list[str]
    """The row's cells as text, each NFC and stripped of outer whitespace."""
    unreadable: bool = False
    """Some bytes of this row decode as neither UTF-8 nor cp874."""
    formulas: list[int] = field(default_factory=list)
    """Columns (0-based) holding a formula whose result the workbook never stored (read as empty)."""

    def is_blank(self) -> bool:
        return not any(cell.strip() for cell in self.cells)

    def cell(self, index: int | None) -> str:
        if index is None or index >= len(self.cells):
            return ""
        return self.cells[index]


@dataclass
class Table:
    path: Path
    encoding: str
    """``utf-8``, ``utf-8-sig``, ``cp874`` or ``xlsx``."""
    rows: list[TableRow] = field(default_factory=list)
    """Every non-blank record, the header included."""
    encoding_guessed: bool = False
    """The bytes were valid UTF-8 too, but read as cp874 (Thai read as UTF-8 gives Latin-1 letters)."""
    sheet: str = ""
    """The worksheet read (XLSX)."""
    other_sheets: list[str] = field(default_factory=list)
    """The workbook's other visible worksheets, not read (XLSX)."""


def source_fields(table: Table) -> dict[str, Any]:
    """How a table was read (encoding, sheet), as the import previews record it."""
    return {
        "encoding": table.encoding,
        "encoding_guessed": table.encoding_guessed,
        "sheet": table.sheet,
        "other_sheets": table.other_sheets,
    }


def decode_bytes(data: bytes) -> tuple[str, str, bool]:
    """(text, encoding, clean): strict UTF-8 (BOM or not), else cp874; else the better of the two
    with bad bytes replaced by U+FFFD and ``clean`` False."""
    if data.startswith(UTF8_BOM):
        try:
            return data[len(UTF8_BOM) :].decode("utf-8"), "utf-8-sig", True
        except UnicodeDecodeError:
            return data[len(UTF8_BOM) :].decode("utf-8", errors="replace"), "utf-8-sig", False
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_reach = exc.start
    else:
        if looks_like_cp874_read_as_utf8(text):
            try:
                return data.decode("cp874"), "cp874", True
            except UnicodeDecodeError:
                pass
        return text, "utf-8", True
    try:
        return data.decode("cp874"), "cp874", True
    except UnicodeDecodeError as exc:
        cp874_reach = exc.start
    encoding = "utf-8" if utf8_reach >= cp874_reach else "cp874"
    return data.decode(encoding, errors="replace"), encoding, False


def _is_thai(ch: str) -> bool:
    return "\u0e00" <= ch <= "\u0e7f"


def looks_like_cp874_read_as_utf8(text: str) -> bool:
    """True for text that is valid UTF-8 only by accident: no Thai letter at all, and non-ASCII
    characters (``á``, ``´``, ``ġ``) that mostly stand apart from ASCII letters, as cp874 Thai
    does when each Thai pair turns into one Latin-1 character. A genuine accented word (``José``,
    ``Müller``) keeps its accented letters between ASCII letters and stays UTF-8."""
    if any(_is_thai(ch) for ch in text):
        return False
    foreign = apart = 0
    for index, ch in enumerate(text):
        if ch.isascii() or ch == "\ufeff":
            continue
        foreign += 1
        before = text[index - 1] if index else " "
        after = text[index + 1] if index + 1 < len(text) else " "
        if not (before.isascii() and before.isalpha()) and not (after.isascii() and after.isalpha()):
            apart += 1
    return foreign > 0 and apart * 2 > foreign


def protect_cell(value: str) -> str:
    """The CSV text of a value: a quote in front of what Excel would run (see the module docstring)."""
    if value.startswith(FORMULA_STARTS) or (value.startswith("'") and value[1:2].startswith((*FORMULA_STARTS, "'"))):
        return "'" + value
    return value


def unprotect_cell(text: str) -> str:
    """The value a CSV cell written by ``protect_cell`` (or by hand, ``'=1+1``) stands for."""
    if text.startswith("'") and len(text) > 1 and text[1:2].startswith((*FORMULA_STARTS, "'")):
        return text[1:]
    return text


def _sniff_delimiter(text: str) -> str:
    """Comma unless the first line clearly uses semicolons or tabs (some locales' Excel)."""
    first = text.split("\n", 1)[0]
    counts = {d: first.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] > counts[","] else ","


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if type(value) is str:  # most cells: no type tests below
        return (value if unicodedata.is_normalized("NFC", value) else unicodedata.normalize("NFC", value)).strip()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, (date, time)):
        return value.isoformat()
    return unicodedata.normalize("NFC", str(value)).strip()


def _valid_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _read_csv(path: Path, data: bytes) -> Table:
    text, encoding, clean = decode_bytes(data)
    table = Table(path, encoding, encoding_guessed=clean and encoding == "cp874" and _valid_utf8(data))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_sniff_delimiter(text))
    # The cells are cut at delimiters, quotes and line ends, which never combine with the text
    # around them, so when the whole text is NFC every cell is too and needs no normalising.
    normal = unicodedata.is_normalized("NFC", text)
    for number, record in enumerate(reader, start=1):
        if normal:
            cells = [cell.strip() for cell in record]
        else:
            cells = [unicodedata.normalize("NFC", cell).strip() for cell in record]
        cells = [unprotect_cell(cell) if cell[:1] == "'" else cell for cell in cells]
        if any(cells):  # stripped, so an empty string is a blank cell (``TableRow.is_blank``)
            table.rows.append(TableRow(number, cells, unreadable=not clean and any(REPLACEMENT in c for c in cells)))
    return table


def _check_zip(path: Path) -> None:
    """Refuse a workbook that expands to far more than it weighs, before anything is loaded."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise TableFileError(f"{path}: not a readable XLSX workbook ({exc})") from exc
    total = sum(m.file_size for m in members)
    swollen = [
        m for m in members if m.file_size > 1024 * 1024 and m.file_size > MAX_XLSX_RATIO * max(1, m.compress_size)
    ]
    if total > MAX_XLSX_EXPANDED or swollen:
        raise TableFileError(
            f"{path}: refused: the workbook would expand to {total // (1024 * 1024)} MB when opened, far more than "
            f"a roster needs; save it again from Excel, or as CSV"
        )


_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


@functools.lru_cache(maxsize=4096)
def _column_index(reference: str) -> int:
    """0-based column of a cell reference such as ``AB12`` (or of its letters, ``AB``)."""
    index = 0
    for letter in reference.rstrip("0123456789"):
        index = index * 26 + ord(letter) - 64
    return index - 1


@dataclass
class _SheetData:
    values: list[list[Any]] = field(default_factory=list)
    missing: dict[int, list[int]] = field(default_factory=dict)
    """0-based row -> 0-based columns of formulas with no stored result."""
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)
    """(first row, first column, last row, last column), 1-based, of every merged range."""


class _CellValues:
    """A cell's value from what its XML holds: its type (``t``), its first ``<v>`` text, its style."""

    def __init__(self, workbook: Any, sheet: Any):
        from openpyxl.utils.datetime import from_excel

        self.from_excel = from_excel
        self.epoch = workbook.epoch
        self.shared = sheet._shared_strings
        self.date_styles = workbook._date_formats
        self.column_of: dict[str, int] = {}  # column letters -> 0-based index

    def column(self, reference: str | None, row: list[Any]) -> int:
        """The cell's column (its reference's letters, or the next one), with ``row`` made long enough."""
        if reference:
            letters = reference.rstrip("0123456789")
            column = self.column_of.get(letters, -2)
            if column == -2:
                column = self.column_of[letters] = _column_index(letters)
        else:
            column = len(row)
        if column >= len(row):
            row.extend([None] * (column + 1 - len(row)))
        return column

    def value(self, kind: str, text: str | None, style: str | None) -> Any:
        if text is None or text == "":
            return None
        if kind == "s":
            return self.shared[int(text)]
        if kind == "b":
            return text.strip() not in ("0", "")
        if kind in ("str", "e", "d"):
            return text
        number_value = float(text)
        value = int(number_value) if number_value.is_integer() and "E" not in text.upper() else number_value
        if int(style or "0") in self.date_styles:
            try:
                return self.from_excel(number_value, self.epoch)
            except (ValueError, OverflowError):
                pass
        return value


def _merge_range(ref: str) -> tuple[int, int, int, int] | None:
    first, _, last = ref.partition(":")
    if not (first and last):
        return None
    rows = (int(first.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")), int(last.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")))
    columns = (_column_index(first.rstrip("0123456789")), _column_index(last.rstrip("0123456789")))
    return (rows[0], columns[0] + 1, rows[1], columns[1] + 1)


def _parse_sheet(path: Path, workbook: Any, sheet: Any) -> _SheetData:
    """The cells of a sheet.

    openpyxl has already read the workbook's parts and chosen the sheet (its own cell reading is
    slow, and read-only mode hides merged ranges and formulas' results). The cells are read by
    calamine (``python-calamine``, Rust): a 100,000-row roster in about a second. calamine reads
    a formula whose result was never stored, and an error value such as ``#N/A``, as an empty
    cell, while the importer must report the one and show the other: when the sheet holds either
    (a quick scan tells), those cells are found in its XML and their readings put right
    (``_special_cells``). A sheet whose cells cannot be found that way (element names with a
    namespace prefix, a cell without its reference) is streamed through ElementTree instead."""
    info = workbook._archive.getinfo(sheet._worksheet_path)
    if not _has_formulas_or_errors(workbook._archive, info):
        return _parse_sheet_calamine(path, sheet.title)
    if info.file_size <= MAX_SHEET_XML:
        special = _special_cells(workbook._archive.read(info))
        if special is not None:
            data = _parse_sheet_calamine(path, sheet.title)
            _put_right(data, special)
            return data
    return _parse_sheet_tree(workbook, sheet, _CellValues(workbook, sheet))


MAX_SHEET_XML = 256 * 1024 * 1024
"""A sheet's XML up to this size is searched whole for formulas and errors; larger is streamed."""
_PREFIXED = re.compile(rb"<[A-Za-z_][\w.-]*:(?:c|f|v|row|sheetData)[\s/>]")
_CELL_AT = re.compile(rb"""<c((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(?:/>|>(.*?)</c>)""", re.S)
_CELL_REFERENCE = re.compile(rb"""\sr\s*=\s*["']([A-Z]{1,3})([0-9]+)["']""")
_CELL_TYPE = re.compile(rb"""\st\s*=\s*["'](\w+)["']""")
_CELL_VALUE = re.compile(rb"<v(?:\s[^>]*)?>([^<]*)</v>")
_CELL_FORMULA = re.compile(rb"<f[\s/>]")
_AFTER_CELL_NAME = (b" ", b"\t", b"\r", b"\n", b">", b"/")


@dataclass(frozen=True)
class _SpecialCell:
    row: int  # 0-based
    column: int  # 0-based
    error: str | None  # an error value's text (``#N/A``)
    missing: bool  # a formula whose result was never stored


def _special_cells(xml: bytes) -> list[_SpecialCell] | None:
    """The sheet's formula and error cells, found from their tags, with what ElementTree reads
    in them; None when a cell cannot be placed (a namespace prefix, no cell reference)."""
    if _PREFIXED.search(xml):
        return None
    start, end = xml.find(b"<sheetData"), xml.rfind(b"</sheetData>")
    if start < 0 or end < start:
        return []
    found: dict[int, _SpecialCell] = {}
    hits = [m.start() for m in _CELL_FORMULA.finditer(xml, start, end)]
    if xml.find(b'"e"', start, end) >= 0 or xml.find(b"'e'", start, end) >= 0:  # the slower search only then
        hits += [m.start() for m in _ERROR_TYPE.finditer(xml, start, end)]
    for hit in hits:
        cell_start = xml.rfind(b"<c", start, hit)
        while cell_start >= 0 and xml[cell_start + 2 : cell_start + 3] not in _AFTER_CELL_NAME:
            cell_start = xml.rfind(b"<c", start, cell_start)
        if cell_start in found:
            continue  # a formula whose result is an error: one cell, two hits
        cell = _CELL_AT.match(xml, cell_start) if cell_start >= 0 else None
        reference = _CELL_REFERENCE.search(cell[1]) if cell else None
        if cell is None or reference is None or cell.end() <= hit:
            return None
        kind = _CELL_TYPE.search(cell[1])
        inner = cell[2] or b""
        value = _CELL_VALUE.search(inner)
        text = _unescape(value[1].decode("utf-8")) if value else ""
        inline = kind is not None and kind[1] == b"inlineStr" and b"<is" in inner
        found[cell_start] = _SpecialCell(
            row=int(reference[2]) - 1,
            column=_column_index(reference[1].decode("ascii")),
            error=text if kind is not None and kind[1] == b"e" and text else None,
            missing=_CELL_FORMULA.search(inner) is not None and not text and not inline,
        )
    return list(found.values())


def _put_right(data: _SheetData, special: list[_SpecialCell]) -> None:
    """Put into calamine's reading what it cannot read: error values' texts, and which formulas
    have no stored result (they read as empty)."""
    values = data.values
    for cell in special:
        while len(values) <= cell.row:
            values.append([])
        row = values[cell.row]
        if len(row) <= cell.column:
            row.extend([""] * (cell.column + 1 - len(row)))
        if cell.error is not None:
            row[cell.column] = cell.error
        if cell.missing:
            row[cell.column] = ""
            data.missing.setdefault(cell.row, []).append(cell.column)
    for columns in data.missing.values():
        columns.sort()


_FORMULA_ELEMENT = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?f[\s/>]")
_ERROR_TYPE = re.compile(rb"""\st\s*=\s*["']e["']""")
_SCAN_CHUNK = 4 * 1024 * 1024


def _has_formulas_or_errors(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    """True if the sheet's XML holds a formula (``<f>``, prefixed or not) or an error cell
    (``t="e"``): one streamed pass, the regular expressions run only on a chunk where a fast
    substring search found a candidate."""
    tail = b""
    with archive.open(info) as source:
        while chunk := source.read(_SCAN_CHUNK):
            text = tail + chunk
            if (b"<f" in text or b":f" in text) and _FORMULA_ELEMENT.search(text):
                return True
            if (b'"e"' in text or b"'e'" in text) and _ERROR_TYPE.search(text):
                return True
            tail = text[-64:]  # a tag cut in two by the chunk's end is whole in the next search
    return False


def _parse_sheet_calamine(path: Path, title: str) -> _SheetData:
    """A sheet without formulas or error cells, read by calamine. Its values are what openpyxl
    gives (text, numbers as floats, booleans, dates and times from date-formatted numbers); an
    empty cell is ``""``. Excel's escapes for control characters (``_x000D_``) are decoded."""
    from python_calamine import CalamineWorkbook

    workbook = CalamineWorkbook.from_path(str(path))
    try:
        sheet = workbook.get_sheet_by_name(title)
        values: list[list[Any]] = sheet.to_python(skip_empty_area=False)
        merges = [
            (top + 1, left + 1, bottom + 1, right + 1)
            for (top, left), (bottom, right) in sheet.merged_cell_ranges or ()
        ]
    finally:
        workbook.close()
    return _SheetData(values=values, merges=merges)


def _parse_sheet_tree(workbook: Any, sheet: Any, cells: _CellValues) -> _SheetData:
    """Any sheet, streamed through ElementTree."""
    from xml.etree.ElementTree import iterparse

    row_tag, cell_tag, merge_tag = _MAIN + "row", _MAIN + "c", _MAIN + "mergeCell"
    value_tag, formula_tag, inline_tag, text_tag, run_tag = (_MAIN + t for t in ("v", "f", "is", "t", "r"))
    data = _SheetData()
    with workbook._archive.open(sheet._worksheet_path) as source:
        for _event, element in iterparse(source):
            tag = element.tag
            if tag == merge_tag:
                merge = _merge_range(element.get("ref", ""))
                if merge:
                    data.merges.append(merge)
                continue
            if tag != row_tag:
                continue
            number = int(element.get("r") or len(data.values) + 1)
            while len(data.values) < number - 1:  # rows the file leaves out are empty
                data.values.append([])
            row: list[Any] = []
            for cell in element.iter(cell_tag):
                column = cells.column(cell.get("r"), row)
                kind = cell.get("t", "n")
                value: Any = None
                if kind == "inlineStr":
                    inline = cell.find(inline_tag)
                    if inline is not None:  # plain text, or rich-text runs (phonetic hints left out)
                        parts = [t.text or "" for t in inline.findall(text_tag)]
                        if len(parts) != len(inline):  # not only plain text
                            parts += [t.text or "" for r in inline.findall(run_tag) for t in r.findall(text_tag)]
                        value = "".join(parts)
                else:
                    value = cells.value(kind, cell.findtext(value_tag), cell.get("s"))
                if value is None and cell.find(formula_tag) is not None:
                    data.missing.setdefault(len(data.values), []).append(column)
                row[column] = value
            data.values.append(row)
            element.clear()
    return data


_REFERENCE = re.compile(r"&(?:(lt|gt|amp|quot|apos)|#([0-9]+)|#x([0-9a-fA-F]+));")
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}


def _reference(match: re.Match[str]) -> str:
    if match[1]:
        return _NAMED[match[1]]
    return chr(int(match[2]) if match[2] else int(match[3], 16))


def _unescape(text: str) -> str:
    """XML text with its entity and character references replaced (the document is well-formed)."""
    return _REFERENCE.sub(_reference, text) if "&" in text else text


def _choose_sheet(workbook: Any) -> tuple[Any, list[str]]:
    """The active sheet if visible, else the first visible one; and the other visible sheets."""
    visible = [ws for ws in workbook.worksheets if getattr(ws, "sheet_state", "visible") == "visible"]
    if not visible:
        raise TableFileError("the workbook has no visible worksheet")
    active = workbook.active
    chosen = active if active in visible else visible[0]
    return chosen, [ws.title for ws in visible if ws is not chosen]


def _read_xlsx(path: Path) -> Table:
    import openpyxl  # only when a workbook is read: it is slow to import
    from python_calamine import CalamineError

    _check_zip(path)
    try:
        workbook = openpyxl.load_workbook(path, read_only=True)
    except Exception as exc:  # a zip that is not a workbook raises zipfile.BadZipFile, KeyError and others
        raise TableFileError(f"{path}: not a readable XLSX workbook ({exc.__class__.__name__}: {exc})") from exc
    try:
        try:
            sheet, others = _choose_sheet(workbook)
            data = _parse_sheet(path, workbook, sheet)
        except TableFileError as exc:
            raise TableFileError(f"{path}: {exc}") from exc
        except (
            ValueError,
            KeyError,
            IndexError,
            SyntaxError,
            OSError,
            CalamineError,
        ) as exc:  # ParseError is a SyntaxError
            raise TableFileError(f"{path}: not a readable XLSX workbook ({exc.__class__.__name__}: {exc})") from exc
    finally:
        workbook.close()
    table = Table(path, "xlsx", sheet=sheet.title, other_sheets=others)
    values = data.values
    for first_row, first_col, last_row, last_col in data.merges:  # the merged value fills its whole range
        if first_row - 1 >= len(values):
            continue
        top = values[first_row - 1]
        value = top[first_col - 1] if first_col - 1 < len(top) else None
        for r in range(first_row - 1, min(last_row, len(values))):
            merged = values[r]
            merged.extend([None] * (last_col - len(merged)))
            for c in range(first_col - 1, last_col):
                merged[c] = value
    missing = data.missing
    for r, row_values in enumerate(values):
        # _cell_text of each cell. The usual row is all text, and NFC: joined by a character that
        # combines with nothing, the row is NFC exactly when every cell is, so one check does.
        try:
            joined = "\x1f".join(row_values)
        except TypeError:  # numbers, dates, booleans, empty cells of the tree reading
            joined = None
        if joined is not None and unicodedata.is_normalized("NFC", joined):
            cells = list(map(str.strip, row_values))
        else:
            cells = [_cell_text(v) for v in row_values]
        if any(cells) or r in missing:  # every cell is stripped, so "" is a blank cell (TableRow.is_blank)
            table.rows.append(TableRow(r + 1, cells, formulas=missing.get(r, [])))
    return table


def read_table(path: str | Path) -> Table:
    """Every non-blank row of a CSV or XLSX file (the first sheet of a workbook)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in TABLE_SUFFIXES:
        raise TableFileError(f"{path}: sealprep reads .csv and .xlsx files, not '{path.suffix or path.name}'")
    try:
        if suffix == ".xlsx":
            return _read_xlsx(path)
        return _read_csv(path, path.read_bytes())
    except FileNotFoundError as exc:
        raise TableFileError(f"{path}: no such file") from exc
    except IsADirectoryError as exc:
        raise TableFileError(f"{path}: is a folder, not a file") from exc
    except PermissionError as exc:
        raise TableFileError(f"{path}: cannot be read (permission denied; is it open in Excel?)") from exc


def _atomic_target(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=path.suffix, dir=path.parent)
    os.close(handle)
    return Path(temporary)


def write_table(
    path: str | Path,
    header: Sequence[str],
    rows: Iterable[Sequence[Any]],
    sheet_title: str = "sealprep",
) -> Path:
    """Write a header and rows as CSV (UTF-8 with BOM) or XLSX, chosen by the file's suffix."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in TABLE_SUFFIXES:
        raise TableFileError(f"{path}: choose a file name ending in .csv or .xlsx")
    cells: list[list[Any]] = [["" if v is None else v for v in row] for row in rows]
    temporary = _atomic_target(path)
    try:
        if suffix == ".csv":
            with open(temporary, "w", encoding="utf-8-sig", newline="") as stream:
                writer = csv.writer(stream, lineterminator="\r\n")
                for values in [list(header), *cells]:
                    writer.writerow([protect_cell(v) if isinstance(v, str) else v for v in values])
        else:
            _write_xlsx(temporary, header, cells, sheet_title)
        os.replace(temporary, path)
    except PermissionError as exc:
        temporary.unlink(missing_ok=True)
        raise TableFileError(f"{path}: cannot be written (permission denied; is it open in Excel?)") from exc
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return path


def _write_xlsx(path: Path, header: Sequence[str], rows: list[list[Any]], sheet_title: str) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = sheet_title[:31] or "sealprep"
    for row_number, values in enumerate([list(header), *rows], start=1):
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(row=row_number, column=column, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # text stays text, even when it looks like a formula
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(vertical="top")
    sheet.freeze_panes = "A2"
    for index, title in enumerate(header, start=1):
        longest = max([len(str(title))] + [len(str(r[index - 1])) for r in rows if index - 1 < len(r)])
        sheet.column_dimensions[get_column_letter(index)].width = min(60, max(8, longest + 2))
    workbook.save(path)
