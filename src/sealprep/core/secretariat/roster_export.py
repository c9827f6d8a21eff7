"""Exporting the roster and the assignments to CSV (UTF-8 with BOM) or XLSX.

The column titles are English or Thai (the interface language); either way the importers read
the file back, so an exported roster or assignment list can be edited in Excel and re-imported
without duplicating anyone.
"""

from __future__ import annotations

from pathlib import Path

from sealprep.core.secretariat.assignments import BACKUP, PRIMARY
from sealprep.core.secretariat.table_files import write_table
from sealprep.core.store import Store

ROSTER_HEADERS = {
    "en": ("name", "position", "agency", "email", "phone", "role", "notes"),
    "th": ("ชื่อ-นามสกุล", "ตำแหน่ง", "หน่วยงาน", "อีเมล", "โทรศัพท์", "บทบาท", "หมายเหตุ"),
}
PERSON_ROLE_WORDS = {
    "en": {"interviewee": "interviewee", "secretariat": "secretariat"},
    "th": {"interviewee": "ผู้เข้ารับการสัมภาษณ์", "secretariat": "ฝ่ายเลขานุการ"},
}
ASSIGNMENT_HEADERS = {
    "en": ("person", "email", "agency", "question", "role", "dimension", "question_th"),
    "th": ("ชื่อ-นามสกุล", "อีเมล", "หน่วยงาน", "รหัสคำถาม", "บทบาท", "มิติ", "ข้อคำถาม"),
}
ASSIGNMENT_ROLE_WORDS = {
    "en": {PRIMARY: "primary", BACKUP: "backup"},
    "th": {PRIMARY: "หลัก", BACKUP: "สำรอง"},
}


def _language(language: str) -> str:
    return language if language in ROSTER_HEADERS else "en"


def roster_table(store: Store, language: str = "en") -> tuple[tuple[str, ...], list[list[str]]]:
    language = _language(language)
    roles = PERSON_ROLE_WORDS[language]
    rows = [
        [p.name, p.position, p.agency, p.email, p.phone, roles.get(p.role, p.role), p.notes]
        for p in store.people.list()
    ]
    return ROSTER_HEADERS[language], rows


def assignments_table(store: Store, language: str = "en") -> tuple[tuple[str, ...], list[list[object]]]:
    """One row per assignment, by person then in bank order; a question no longer in the bank
    keeps its id with an empty dimension and text, so nothing silently disappears."""
    language = _language(language)
    roles = ASSIGNMENT_ROLE_WORDS[language]
    people = {p.id: p for p in store.people.list()}
    summaries = store.bank.summaries()
    order = {s.id: i for i, s in enumerate(summaries)}
    by_id = {s.id: s for s in summaries}
    assignments = sorted(
        store.assignments.list(),
        key=lambda a: (people[a.person_id].name, a.person_id, order.get(a.question_id, len(order)), a.question_id),
    )
    rows: list[list[object]] = []
    for a in assignments:
        person, summary = people[a.person_id], by_id.get(a.question_id)
        rows.append(
            [
                person.name,
                person.email,
                person.agency,
                a.question_id,
                roles[a.role],
                summary.dimension if summary else "",
                summary.question_th if summary else "",
            ]
        )
    return ASSIGNMENT_HEADERS[language], rows


def export_roster(store: Store, path: str | Path, language: str = "en") -> int:
    """Write the roster; returns how many people were written."""
    header, rows = roster_table(store, language)
    write_table(path, header, rows, sheet_title="roster" if _language(language) == "en" else "รายชื่อ")
    return len(rows)


def export_assignments(store: Store, path: str | Path, language: str = "en") -> int:
    """Write every assignment; returns how many were written."""
    header, rows = assignments_table(store, language)
    write_table(path, header, rows, sheet_title="assignments" if _language(language) == "en" else "การมอบหมาย")
    return len(rows)
