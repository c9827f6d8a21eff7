"""Importing the roster from the spreadsheet the office already has (CSV or XLSX).

Two steps, so that the user sees everything before anything changes:

1. ``preview_roster(store, path)`` reads the file and plans the import: every row with what will
   happen to it (a new person, an update of someone already on the roster, or no change) and
   every problem with its row number as Excel shows it (missing name, unknown agency, unreadable
   text, a bad e-mail or role, the same person twice).
2. ``import_roster(store, preview)`` applies a clean preview in one transaction: all rows or none.

Columns are found by their titles, in English or Thai, in any order, in any of the first rows
(a title line above the header is common): ``name`` (ชื่อ-นามสกุล), or ``title`` + ``first
name`` + ``last name`` (คำนำหน้า, ชื่อ, นามสกุล), ``position`` (ตำแหน่ง), ``agency`` (หน่วยงาน,
สังกัด), ``email`` (อีเมล), ``phone`` (โทรศัพท์, เบอร์โทร), and optionally ``role`` (บทบาท) and
``notes`` (หมายเหตุ). Other columns are ignored and listed in the preview.

Re-importing never duplicates: each row is matched to the roster by e-mail, else by name (title,
spaces and digit style ignored) and agency (see ``core.people``), and the person found is
updated. A cell left empty never erases what the roster already holds.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sealprep.core.bank.model import Agency
from sealprep.core.secretariat.import_problems import RowProblem, cell_problems, header_key, match_columns
from sealprep.core.secretariat.people import Person, PersonIndex, clean_text, is_email, normalise_phone
from sealprep.core.secretariat.table_files import ImportPreview, Table, TableRow, read_table, source_fields
from sealprep.core.store import Store
from sealprep.core.thai.text import to_ascii_digits

FIELDS = ("name", "position", "agency", "email", "phone", "role", "notes")
_FIELD_SET = frozenset(FIELDS)

COLUMN_ALIASES: dict[str, tuple[str, ...]] = {
    "name": (
        "name",
        "full name",
        "ชื่อ-นามสกุล",
        "ชื่อ-สกุล",
        "ชื่อและนามสกุล",
        "ชื่อ นามสกุล",
        "ชื่อ–สกุล",
        "ชื่อ",
        "ชื่อผู้เข้ารับการสัมภาษณ์",
        "ผู้เข้ารับการสัมภาษณ์",
        "รายชื่อ",
    ),
    "title": ("title", "prefix", "คำนำหน้า", "คำนำหน้าชื่อ", "คำนำหน้านาม"),
    "first_name": ("first name", "given name", "ชื่อต้น"),
    "last_name": ("last name", "surname", "family name", "นามสกุล", "สกุล"),
    "position": ("position", "job title", "ตำแหน่ง", "ตำแหน่งงาน"),
    "agency": (
        "agency",
        "department",
        "organisation",
        "organization",
        "หน่วยงาน",
        "สังกัด",
        "ส่วนราชการ",
        "สำนัก",
        "รหัสหน่วยงาน",
    ),
    "email": ("email", "e-mail", "mail", "อีเมล", "อีเมล์", "อี-เมล", "อี-เมล์", "ไปรษณีย์อิเล็กทรอนิกส์"),
    "phone": (
        "phone",
        "telephone",
        "tel",
        "mobile",
        "โทรศัพท์",
        "เบอร์โทร",
        "เบอร์โทรศัพท์",
        "หมายเลขโทรศัพท์",
        "โทร",
        "เบอร์",
        "โทรศัพท์มือถือ",
        "มือถือ",
    ),
    "role": ("role", "บทบาท", "หน้าที่", "ประเภท"),
    "notes": ("notes", "note", "remarks", "หมายเหตุ"),
}

ROLE_WORDS: dict[str, str] = {
    **{
        header_key(w): "interviewee"
        for w in (
            "interviewee",
            "ผู้เข้ารับการสัมภาษณ์",
            "ผู้รับการสัมภาษณ์",
            "ผู้ให้สัมภาษณ์",
            "ผู้ถูกสัมภาษณ์",
            "ผู้ให้ข้อมูล",
        )
    },
    **{
        header_key(w): "secretariat"
        for w in (
            "secretariat",
            "secretary",
            "เลขานุการ",
            "ฝ่ายเลขานุการ",
            "ฝ่ายเลขา",
            "เลขา",
            "คณะทำงาน",
            "ผู้ประสานงาน",
        )
    },
}

HEADER_SEARCH_ROWS = 10
_LATIN_LETTER = re.compile("[A-Za-z]")


@dataclass
class RosterRow:
    """One data row of the file and what importing it will do."""

    row: int
    written: dict[str, str]
    """The cells as written in the file, by field (the agency as written, not as resolved)."""
    values: dict[str, str]
    """The cells as they will be saved (agency code, ASCII phone digits, role word); an empty
    value means "keep what the roster holds"."""
    person: Person | None = None
    """After planning: the person as the roster will hold them (merged with the match)."""
    status: str = "invalid"
    """``new``, ``update``, ``same`` or ``invalid``."""
    existing_id: int | None = None
    changed: tuple[str, ...] = ()
    problems: list[RowProblem] = field(default_factory=list)


@dataclass
class RosterPreview(ImportPreview):
    path: Path
    encoding: str
    rows: list[RosterRow] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    """Every problem, the file's own first, then row by row."""
    columns: dict[str, int] = field(default_factory=dict)
    ignored_columns: list[str] = field(default_factory=list)
    roster: list[Person] = field(default_factory=list, repr=False)
    """The roster the rows were matched against (importing re-matches only if it changed)."""
    encoding_guessed: bool = False
    """The file was valid UTF-8 too but was read as cp874 (see ``table_files``)."""
    sheet: str = ""
    other_sheets: list[str] = field(default_factory=list)
    """The workbook's other visible sheets, which were not read."""


@dataclass(frozen=True)
class RosterImportSummary:
    added: int
    updated: int
    unchanged: int


class AgencyResolver:
    """Finds an agency's code from what a person typed: the code (dots and spaces optional) or the
    agency's Thai or English name. Where two codes share a name, the first in the bank wins."""

    def __init__(self, agencies: dict[str, Agency]):
        self.agencies = agencies
        self._by_key: dict[str, str] = {}
        self._resolved: dict[str, str | None] = {}
        for agency in agencies.values():
            self._by_key.setdefault(header_key(agency.code), agency.code)
        for agency in agencies.values():
            for name in (agency.th, agency.en):
                if name:
                    self._by_key.setdefault(header_key(name), agency.code)

    def resolve(self, written: str) -> str | None:
        if not written:
            return ""
        if written not in self._resolved:  # a roster names few agencies, each many times
            self._resolved[written] = self._by_key.get(header_key(to_ascii_digits(written)))
        return self._resolved[written]

    def example(self) -> str:
        return next(iter(self.agencies), "สยป.")


def find_header(
    table: Table, aliases: dict[str, tuple[str, ...]], required: set[str]
) -> tuple[TableRow | None, dict[str, int]]:
    """The first of the first rows whose titles name at least one of the ``required`` fields, and
    the column index of every field it names."""
    for row in table.rows[:HEADER_SEARCH_ROWS]:
        columns = match_columns(row.cells, aliases)
        if required & set(columns):
            return row, columns
    return None, {}


def _roster_columns(table: Table) -> tuple[TableRow | None, dict[str, int]]:
    header, columns = find_header(table, COLUMN_ALIASES, {"name", "first_name", "last_name"})
    if header is None:
        return None, {}
    # "ชื่อ" is the whole name unless a surname column stands beside it
    if "last_name" in columns and "name" in columns and "first_name" not in columns:
        if header_key(header.cells[columns["name"]]) in {header_key("ชื่อ"), header_key("name")}:
            columns["first_name"] = columns.pop("name")
    return header, columns


def _written_name(cells: dict[str, str]) -> str:
    """The name from the row's cleaned cells: the name column, or title, first name and surname."""
    if "name" in cells:
        return cells["name"]
    title, first, last = cells.get("title", ""), cells.get("first_name", ""), cells.get("last_name", "")
    # Thai writes a title against the name (นายสมชาย, ดร.สมชาย); an English title keeps a space (Ms. Jane)
    joiner = " " if title and _LATIN_LETTER.search(title) else ""
    # The parts are clean (no outer or doubled spaces), so only empty parts could leave spaces
    # to tidy, and only where two parts meet could the text stop being NFC.
    name = f"{title}{joiner}{first}" if first else title
    if last:
        name = f"{name} {last}" if name else last
    return name if unicodedata.is_normalized("NFC", name) else clean_text(name)


def _read_row(
    row: TableRow, columns: dict[str, int], titles: list[str], resolver: AgencyResolver
) -> tuple[dict[str, str], dict[str, str], list[RowProblem]]:
    """(values to save, values as written, problems) for one data row."""
    problems: list[RowProblem] = []
    cells, count = row.cells, len(row.cells)
    cleaned: dict[str, str] = {}
    for name, index in columns.items():  # each cell once
        cell = cells[index] if index < count else ""
        # A table cell is NFC and stripped already: unless it holds a control character, an odd
        # space or a double space, clean_text would give it back unchanged.
        cleaned[name] = cell if cell.isprintable() and "  " not in cell else clean_text(cell)
    written = {f: cleaned[f] for f in FIELDS if f in cleaned}
    written["name"] = _written_name(cleaned)
    if row.unreadable or row.formulas:
        problems += cell_problems(row, titles)
    values = dict(written)
    unreadable = (
        {f for f, v in written.items() if "\ufffd" in v} if "\ufffd" in "".join(written.values()) else set()
    )  # reported once, above; not checked again
    if not values["name"]:
        problems.append(RowProblem(row.number, "no_name"))
    if values.get("agency") and "agency" not in unreadable:
        code = resolver.resolve(values["agency"])
        if code is None:
            code_of = "no_agencies" if not resolver.agencies else "unknown_agency"
            problems.append(
                RowProblem(row.number, code_of, {"agency": values["agency"], "example": resolver.example()})
            )
        else:
            values["agency"] = code
    if values.get("email") and "email" not in unreadable and not is_email(values["email"]):
        problems.append(RowProblem(row.number, "bad_email", {"value": values["email"]}))
    if values.get("phone"):
        values["phone"] = normalise_phone(values["phone"])
    if values.get("role") and "role" not in unreadable:
        role = ROLE_WORDS.get(header_key(values["role"]))
        if role is None:
            problems.append(RowProblem(row.number, "bad_role", {"value": values["role"]}))
        else:
            values["role"] = role
    return values, written, problems


def _merge(existing: Person | None, values: dict[str, str]) -> Person:
    """The person after the import: the file's non-empty cells over what the roster holds."""
    if existing is None:  # a new person: the cells as given, the defaults for empty ones
        get = values.get
        return Person(
            values["name"],
            get("position", ""),
            get("agency", ""),
            get("email", ""),
            get("phone", ""),
            get("role") or Person.role,  # the default role
            get("notes", ""),
        )
    given: dict[str, Any] = {f: v for f, v in values.items() if v and f in _FIELD_SET}  # only text fields
    return replace(existing, **given)


def _plan(rows: list[RosterRow], roster: list[Person]) -> None:
    """Match each clean row to the roster and to the rows above it; set person, status, changes.

    Both matches go through ``PersonIndex`` dictionaries, so planning grows with the number of
    rows, not with rows times roster."""
    on_roster = PersonIndex(roster)
    accepted = PersonIndex()  # the candidates of the rows accepted so far
    row_of: dict[int, int] = {}  # id(candidate) -> its row
    row_of_match: dict[int, int] = {}  # roster id -> the first row matched to it
    for entry in rows:
        entry.person, entry.existing_id, entry.changed = None, None, ()
        if entry.problems:
            entry.status = "invalid"
            continue
        get = entry.values.get
        candidate = Person(
            get("name", ""), get("position", ""), get("agency", ""), get("email", ""), get("phone", ""),
            get("role", ""), get("notes", ""),
        )  # fmt: skip
        keys = PersonIndex.keys(candidate)
        match = on_roster.find(candidate, keys=keys)
        earlier_rows = []
        if match is not None and match.id in row_of_match:
            earlier_rows.append(row_of_match[match.id])
        same = accepted.find(candidate, earliest=True, keys=keys)
        if same is not None:
            earlier_rows.append(row_of[id(same)])
        if earlier_rows:
            earlier = min(earlier_rows)
            entry.problems.append(RowProblem(entry.row, "duplicate_row", {"what": "person", "other": str(earlier)}))
            entry.status = "invalid"
            continue
        accepted.add(candidate, keys)
        row_of[id(candidate)] = entry.row
        if match is not None:
            row_of_match.setdefault(match.id, entry.row)  # type: ignore[arg-type]
        entry.person = _merge(match, entry.values)
        if match is None:
            entry.status = "new"
        else:
            entry.existing_id = match.id
            entry.person.id = match.id
            entry.changed = tuple(f for f in FIELDS if getattr(entry.person, f) != getattr(match, f))
            entry.status = "update" if entry.changed else "same"


def preview_roster(store: Store, path: str | Path) -> RosterPreview:
    """Read a roster file and plan its import against the store; nothing is changed.

    Raises ``TableFileError`` when the file cannot be read at all.
    """
    table = read_table(path)
    preview = RosterPreview(Path(path), **source_fields(table))
    header, columns = _roster_columns(table)
    if header is None:
        expected = ", ".join(COLUMN_ALIASES["name"][:3] + ("ชื่อ",))
        first = table.rows[0].number if table.rows else 1
        preview.problems.append(RowProblem(first, "no_header", {"expected": expected}))
        return preview
    preview.columns = columns
    used = set(columns.values())
    preview.ignored_columns = [t for i, t in enumerate(header.cells) if t and i not in used]
    resolver = AgencyResolver(store.bank.agencies())
    for row in table.rows:
        if row.number <= header.number:
            continue
        values, written, problems = _read_row(row, columns, header.cells, resolver)
        preview.rows.append(RosterRow(row.number, written, values, problems=problems))
    if not preview.rows:
        preview.problems.append(RowProblem(0, "no_rows"))
        return preview
    preview.roster = store.people.list()
    _plan(preview.rows, preview.roster)
    preview.problems += [p for r in preview.rows for p in r.problems]
    return preview


def import_roster(store: Store, preview: RosterPreview) -> RosterImportSummary:
    """Apply a clean preview: all rows in one transaction, or none (ValueError if not clean).

    The rows are matched against the roster again before writing, so a roster edited since the
    preview was made is never overwritten blindly. That matching is done before the write
    transaction begins, so the store is locked only while the rows are written; inside the
    transaction the roster is read once more only if another connection committed anything in
    between (SQLite's ``data_version``), and matched again only if it changed.
    """
    if not preview.ok:
        raise ValueError(f"{preview.path}: {len(preview.problems)} problem(s); nothing imported")

    def plan(roster: list[Person]) -> list[RosterRow]:
        rows = [RosterRow(r.row, r.written, r.values) for r in preview.rows]
        _plan(rows, roster)
        problems = [p for r in rows for p in r.problems]
        if problems:
            raise ValueError(f"{preview.path}: {problems[0]}")
        return rows

    seen = store.data_version()
    roster = store.people.list()
    rows = preview.rows if roster == preview.roster else plan(roster)
    with store.transaction():
        if store.data_version() != seen:  # another connection wrote since: look at the roster again
            now = store.people.list()
            if now != roster:  # someone changed it: plan again on what it holds
                rows = plan(now)
        store.people.save_many([r.person for r in rows if r.status in ("new", "update") and r.person is not None])
    return RosterImportSummary(
        added=sum(r.status == "new" for r in rows),
        updated=sum(r.status == "update" for r in rows),
        unchanged=sum(r.status == "same" for r in rows),
    )
