"""Reading and writing the spreadsheets a Thai office really exchanges: CSV and XLSX.

Reading
    CSV saved by Excel on a Thai Windows arrives in cp874 (TIS-620 is a subset of it); newer Excel
    and other tools write UTF-8, with or without a byte-order mark. ``read_table`` tries UTF-8
    strictly first (a cp874 file is almost never valid UTF-8, while UTF-8 Thai is never valid
    cp874), then cp874. A file that is neither is still read, with the bad bytes replaced, so that
    the preview can show every row; each row that held a bad byte is marked ``unreadable``.
    When both decodings fail the one that got further into the file is used: the byte where it
    stops is the genuinely broken one.

    Row numbers are the ones Excel shows: the first record of the file is row 1. A CSV cell may
    hold a line break, so a row number counts records, not lines.

Writing
    CSV is written as UTF-8 with a byte-order mark and CRLF line ends, which Excel on Windows
    opens with Thai intact; XLSX through openpyxl with a bold, frozen header row. Both are written
    to a temporary file first and then moved into place, so an interrupted export never leaves a
    half-written file where a good one was.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

UTF8_BOM = b"\xef\xbb\xbf"
REPLACEMENT = "\ufffd"
TABLE_SUFFIXES = (".csv", ".xlsx")


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
    unreadable: bool = False
    """Some bytes of this row decode as neither UTF-8 nor cp874."""

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


def decode_bytes(data: bytes) -> tuple[str, str, bool]:
    """(text, encoding, clean): strict UTF-8 (BOM or not), else cp874; else the better of the two
    with bad bytes replaced by U+FFFD and ``clean`` False."""
    if data.startswith(UTF8_BOM):
        try:
            return data[len(UTF8_BOM) :].decode("utf-8"), "utf-8-sig", True
        except UnicodeDecodeError:
            return data[len(UTF8_BOM) :].decode("utf-8", errors="replace"), "utf-8-sig", False
    try:
        return data.decode("utf-8"), "utf-8", True
    except UnicodeDecodeError as exc:
        utf8_reach = exc.start
    try:
        return data.decode("cp874"), "cp874", True
    except UnicodeDecodeError as exc:
        cp874_reach = exc.start
    encoding = "utf-8" if utf8_reach >= cp874_reach else "cp874"
    return data.decode(encoding, errors="replace"), encoding, False


def _sniff_delimiter(text: str) -> str:
    """Comma unless the first line clearly uses semicolons or tabs (some locales' Excel)."""
    first = text.split("\n", 1)[0]
    counts = {d: first.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] > counts[","] else ","


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, (date, time)):
        return value.isoformat()
    return unicodedata.normalize("NFC", str(value)).strip()


def _read_csv(path: Path, data: bytes) -> Table:
    text, encoding, clean = decode_bytes(data)
    table = Table(path, encoding)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_sniff_delimiter(text))
    for number, record in enumerate(reader, start=1):
        cells = [unicodedata.normalize("NFC", cell).strip() for cell in record]
        row = TableRow(number, cells, unreadable=not clean and any(REPLACEMENT in c for c in cells))
        if not row.is_blank():
            table.rows.append(row)
    return table


def _read_xlsx(path: Path) -> Table:
    import openpyxl  # only when a workbook is read: it is slow to import
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = openpyxl.load_workbook(path, data_only=True)
    except (InvalidFileException, KeyError, OSError, ValueError) as exc:
        raise TableFileError(f"{path}: not a readable XLSX workbook ({exc})") from exc
    except Exception as exc:  # a zip that is not a workbook raises zipfile.BadZipFile and others
        raise TableFileError(f"{path}: not a readable XLSX workbook ({exc.__class__.__name__}: {exc})") from exc
    try:
        sheet = workbook.worksheets[0]
        table = Table(path, "xlsx")
        for cells in sheet.iter_rows():
            if not cells:
                continue
            row = TableRow(cells[0].row, [_cell_text(c.value) for c in cells])
            if not row.is_blank():
                table.rows.append(row)
        return table
    finally:
        workbook.close()


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
    cells = [["" if v is None else v for v in row] for row in rows]
    temporary = _atomic_target(path)
    try:
        if suffix == ".csv":
            with open(temporary, "w", encoding="utf-8-sig", newline="") as stream:
                writer = csv.writer(stream, lineterminator="\r\n")
                writer.writerow(header)
                writer.writerows(cells)
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
            if isinstance(value, str) and value.startswith("="):
                cell.data_type = "s"  # text that looks like a formula stays text
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(vertical="top")
    sheet.freeze_panes = "A2"
    for index, title in enumerate(header, start=1):
        longest = max([len(str(title))] + [len(str(r[index - 1])) for r in rows if index - 1 < len(r)])
        sheet.column_dimensions[get_column_letter(index)].width = min(60, max(8, longest + 2))
    workbook.save(path)
