"""Importing assignments from a CSV or XLSX file with the columns ``person, question, role``.

Like the roster import it has two steps: ``preview_assignments`` reads and checks every row
(row numbers as Excel shows them), ``import_assignments`` applies a clean preview in one
transaction, all rows or none.

- ``person`` names someone on the roster by e-mail or by name (title and spacing ignored). A
  separate ``email`` column, when present and filled, is used first. A name shared by two people
  is refused unless an ``agency`` column tells them apart.
- ``question`` is a question id from the bank (Thai digits allowed).
- ``role`` is ``primary``/``backup`` (หลัก/สำรอง); an empty role means primary.

By default the file adds to the assignments already made and changes the roles it names; with
``replace=True`` it becomes the whole list (every assignment not in the file is removed).
The file written by ``export_assignments`` imports back unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sealprep.core.secretariat.import_problems import RowProblem, cell_problems, header_key
from sealprep.core.secretariat.model import BACKUP, PRIMARY, Assignment, Person, stored_id
from sealprep.core.secretariat.people import clean_text, is_email, name_key, normalise_email
from sealprep.core.secretariat.roster_import import AgencyResolver, find_header
from sealprep.core.secretariat.table_files import ImportPreview, read_table, source_fields
from sealprep.core.store import Store
from sealprep.core.thai.text import to_ascii_digits

COLUMN_ALIASES: dict[str, tuple[str, ...]] = {
    "person": ("person", "name", "full name", "ชื่อ-นามสกุล", "ชื่อ", "ผู้รับผิดชอบ", "ผู้ตอบ", "บุคคล", "ผู้เข้ารับการสัมภาษณ์"),
    "email": ("email", "e-mail", "อีเมล", "อีเมล์"),
    "agency": ("agency", "หน่วยงาน", "สังกัด"),
    "question": ("question", "question id", "question_id", "id", "รหัสคำถาม", "คำถาม", "รหัส"),
    "role": ("role", "บทบาท", "หน้าที่"),
}

ROLE_WORDS: dict[str, str] = {
    **{header_key(w): PRIMARY for w in ("primary", "main", "owner", "p", "หลัก", "ผู้ตอบหลัก", "ตัวจริง")},
    **{header_key(w): BACKUP for w in ("backup", "reserve", "b", "สำรอง", "ผู้ตอบสำรอง", "รอง", "ตัวสำรอง")},
}


@dataclass
class AssignmentRow:
    row: int
    written: dict[str, str]
    assignment: Assignment | None = None
    person_name: str = ""
    status: str = "invalid"
    """``new``, ``change`` (another role than now), ``same`` or ``invalid``."""
    problems: list[RowProblem] = field(default_factory=list)


@dataclass
class AssignmentPreview(ImportPreview):
    path: Path
    encoding: str
    rows: list[AssignmentRow] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    encoding_guessed: bool = False
    """The file was valid UTF-8 too but was read as cp874 (see ``table_files``)."""
    sheet: str = ""
    other_sheets: list[str] = field(default_factory=list)
    """The workbook's other visible sheets, which were not read."""


@dataclass(frozen=True)
class AssignmentImportSummary:
    added: int
    changed: int
    unchanged: int
    removed: int = 0


class PersonFinder:
    """Finds roster people by e-mail or written name (and agency, to tell namesakes apart)."""

    def __init__(self, people: list[Person]):
        self.by_email = {normalise_email(p.email): p for p in people if p.email}
        self.by_name: dict[str, list[Person]] = {}
        for person in people:
            self.by_name.setdefault(name_key(person.name), []).append(person)

    def find(self, written: str, email: str = "", agency: str | None = None) -> tuple[Person | None, int]:
        """(person, how many matched): (p, 1) found, (None, 0) unknown, (None, n) ambiguous."""
        for key in (email, written if is_email(written) else ""):
            if key:
                found = self.by_email.get(normalise_email(key))
                if found is not None:
                    return found, 1
        matches = self.by_name.get(name_key(written), []) if written else []
        if len(matches) > 1 and agency:
            matches = [p for p in matches if p.agency == agency]
        if len(matches) == 1:
            return matches[0], 1
        return None, len(matches)


def preview_assignments(store: Store, path: str | Path) -> AssignmentPreview:
    """Read an assignment file and check every row against the roster and the bank.

    Raises ``TableFileError`` when the file cannot be read at all.
    """
    table = read_table(path)
    preview = AssignmentPreview(Path(path), **source_fields(table))
    header, columns = find_header(table, COLUMN_ALIASES, {"question"})
    if header is None or not ({"person", "email"} & set(columns)):
        first = table.rows[0].number if table.rows else 1
        missing = "question" if header is None else "person"
        expected = ", ".join(COLUMN_ALIASES[missing][:4])
        preview.problems.append(RowProblem(first, "missing_column", {"column": missing, "expected": expected}))
        return preview
    used = set(columns.values())
    preview.ignored_columns = [t for i, t in enumerate(header.cells) if t and i not in used]
    finder = PersonFinder(store.people.list())
    resolver = AgencyResolver(store.bank.agencies())
    question_ids = {s.id for s in store.bank.summaries()}
    folded_ids = {q.casefold(): q for q in question_ids}
    current = {(a.person_id, a.question_id): a.role for a in store.assignments.list()}
    seen: dict[tuple[int, str], int] = {}
    for row in table.rows:
        if row.number <= header.number:
            continue
        written = {f: clean_text(row.cell(i)) for f, i in columns.items()}
        entry = AssignmentRow(row.number, written)
        preview.rows.append(entry)
        problems = entry.problems
        problems += cell_problems(row, header.cells)
        person_text, email = written.get("person", ""), written.get("email", "")
        person: Person | None = None
        if not person_text and not email:
            problems.append(RowProblem(row.number, "no_person"))
        else:
            agency = resolver.resolve(written.get("agency", "")) if written.get("agency") else None
            person, matched = finder.find(person_text, email, agency)
            if person is None and matched > 1:
                problems.append(
                    RowProblem(row.number, "ambiguous_person", {"person": person_text, "count": str(matched)})
                )
            elif person is None:
                problems.append(RowProblem(row.number, "unknown_person", {"person": email or person_text}))
        question_text = to_ascii_digits(written.get("question", "")).strip()
        question_id = question_text if question_text in question_ids else folded_ids.get(question_text.casefold())
        if not question_text:
            problems.append(RowProblem(row.number, "no_question"))
        elif question_id is None:
            problems.append(RowProblem(row.number, "unknown_question", {"question": written.get("question", "")}))
        role_text = written.get("role", "")
        role = ROLE_WORDS.get(header_key(role_text)) if role_text else PRIMARY
        if role is None:
            problems.append(RowProblem(row.number, "bad_assignment_role", {"value": role_text}))
        if problems or person is None or question_id is None or role is None:
            continue
        key = (stored_id(person.id), question_id)
        if key in seen:
            problems.append(
                RowProblem(row.number, "duplicate_row", {"what": "person and question", "other": str(seen[key])})
            )
            continue
        seen[key] = row.number
        entry.assignment = Assignment(key[0], question_id, role)
        entry.person_name = person.name
        before = current.get(key)
        entry.status = "new" if before is None else ("same" if before == role else "change")
    if not preview.rows:
        preview.problems.append(RowProblem(0, "no_rows"))
    preview.problems += [p for r in preview.rows for p in r.problems]
    return preview


def import_assignments(store: Store, preview: AssignmentPreview, replace: bool = False) -> AssignmentImportSummary:
    """Apply a clean preview in one transaction (ValueError if it has problems)."""
    if not preview.ok:
        raise ValueError(f"{preview.path}: {len(preview.problems)} problem(s); nothing imported")
    assignments = [r.assignment for r in preview.rows if r.assignment is not None]
    with store.transaction():
        current = {(a.person_id, a.question_id): a.role for a in store.assignments.list()}
        people = {p.id for p in store.people.list()}
        if any(a.person_id not in people for a in assignments):
            raise ValueError(f"{preview.path}: the roster changed since the preview; preview the file again")
        wanted = {(a.person_id, a.question_id) for a in assignments}
        removed = len(set(current) - wanted) if replace else 0
        if replace:
            store.assignments.replace_all(assignments)
        else:
            store.assignments.set_many(assignments)
    return AssignmentImportSummary(
        added=sum((a.person_id, a.question_id) not in current for a in assignments),
        changed=sum(current.get((a.person_id, a.question_id)) not in (None, a.role) for a in assignments),
        unchanged=sum(current.get((a.person_id, a.question_id)) == a.role for a in assignments),
        removed=removed,
    )
