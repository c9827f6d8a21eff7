"""Roster import: every encoding, every row problem with its row number, all or nothing, and
re-import without duplicates; export that reads back."""

from __future__ import annotations

import openpyxl
import pytest
from secretariat_helpers import EXAMPLES, write_csv

from sealprep.core.secretariat.people import Person
from sealprep.core.secretariat.roster_export import export_roster
from sealprep.core.secretariat.roster_import import import_roster, preview_roster

HEADER = "ชื่อ-นามสกุล,ตำแหน่ง,หน่วยงาน,อีเมล,เบอร์โทร"
ROWS = [
    "นายสมชาย ใจดี,นักวิเคราะห์นโยบายและแผน,สยป.,somchai@example.org,๐๘๑-๒๓๔-๕๖๗๘",
    "นางสาวสมหญิง รักเรียน,ศึกษานิเทศก์,สำนักการศึกษา,,812345678",
]
EXPECTED = [  # roster order: by name, titles ignored (สมชาย before สมหญิง)
    ("นายสมชาย ใจดี", "นักวิเคราะห์นโยบายและแผน", "สยป.", "somchai@example.org", "081-234-5678"),
    ("นางสาวสมหญิง รักเรียน", "ศึกษานิเทศก์", "สนศ.", "", "0812345678"),
]


def roster_tuples(store):
    return [(p.name, p.position, p.agency, p.email, p.phone) for p in store.people.list()]


def import_file(store, path):
    preview = preview_roster(store, path)
    assert preview.ok, [str(p) for p in preview.problems]
    return import_roster(store, preview)


@pytest.mark.parametrize(
    ("encoding", "prefix"), [("cp874", b""), ("tis-620", b""), ("utf-8", b""), ("utf-8", b"\xef\xbb\xbf")]
)
def test_each_csv_encoding_imports_the_same_people(bank_store, tmp_path, encoding, prefix):
    path = tmp_path / "roster.csv"
    path.write_bytes(prefix + ("\r\n".join([HEADER, *ROWS]) + "\r\n").encode(encoding))
    summary = import_file(bank_store, path)
    assert (summary.added, summary.updated, summary.unchanged) == (2, 0, 0)
    assert roster_tuples(bank_store) == EXPECTED


def test_xlsx_with_a_title_row_and_split_name_columns(bank_store, tmp_path):
    path = tmp_path / "roster.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["รายชื่อผู้เข้ารับการสัมภาษณ์"])
    sheet.append(["คำนำหน้า", "ชื่อ", "นามสกุล", "ตำแหน่ง", "สังกัด", "อีเมล์", "โทรศัพท์"])
    sheet.append(["นาย", "สมชาย", "ใจดี", "นักวิเคราะห์นโยบายและแผน", "สยป", "somchai@example.org", "081-234-5678"])
    sheet.append(["นางสาว", "สมหญิง", "รักเรียน", "ศึกษานิเทศก์", "สนศ.", None, 812345678])
    sheet.append(["Ms.", "Jane", "Doe", "Adviser", "Strategy and Evaluation Department", "jane@example.org", None])
    sheet.append(["ดร.", "วิชัย", "มั่นคง", "ผู้อำนวยการ", "สำนักงานคณะกรรมการข้าราชการกรุงเทพมหานคร", None, None])
    workbook.save(path)
    preview = preview_roster(bank_store, path)
    assert preview.ok and preview.encoding == "xlsx"
    assert [r.row for r in preview.rows] == [3, 4, 5, 6]
    import_roster(bank_store, preview)
    assert roster_tuples(bank_store)[2:] == EXPECTED  # after "Ms. Jane Doe" and "ดร.วิชัย มั่นคง"
    people = {p.name: p.agency for p in bank_store.people.list()}
    assert people["Ms. Jane Doe"] == "สยป."  # the English name of the agency
    assert people["ดร.วิชัย มั่นคง"] == "สำนักงาน ก.ก."


@pytest.mark.parametrize("name", ["roster-example-cp874.csv", "roster-example.xlsx"])
def test_the_shipped_examples_import_cleanly(bank_store, name):
    preview = preview_roster(bank_store, EXAMPLES / name)
    assert preview.ok, [str(p) for p in preview.problems]
    assert preview.count("new") == 8
    import_roster(bank_store, preview)
    people = {p.name: p for p in bank_store.people.list()}
    assert people["นางสาวทดลอง ใจดี"].agency == "สยป."  # written as the full Thai name
    assert people["นางสาวทดลอง ใจดี"].phone.replace("-", "") == "0812345602"  # Thai digits, or a number in Excel
    assert people["นายทดสอบ ยุติธรรม"].role == "secretariat"


def test_both_example_files_describe_the_same_people(bank_store):
    import_file(bank_store, EXAMPLES / "roster-example-cp874.csv")
    again = preview_roster(bank_store, EXAMPLES / "roster-example.xlsx")
    assert again.count("new") == 0  # everyone recognised; only phone formatting differs
    assert {r.changed for r in again.rows} <= {(), ("phone",)}


def test_every_row_problem_is_reported_with_its_row_number(bank_store, tmp_path):
    path = tmp_path / "roster.csv"
    lines = [
        "name,position,agency,email,phone,role",
        "นายสมชาย ใจดี,นักวิเคราะห์,สยป.,somchai@example.org,,",  # row 2: fine
        ",ครู,สนศ.,,,",  # row 3: no name
        "นางสาวสมหญิง รักเรียน,ครู,สำนักไม่มีจริง,,,",  # row 4: unknown agency
        "นายวิชัย มั่นคง,ผอ.,สยป.,not-an-email,,",  # row 5: bad e-mail
        "นางสมศรี มีสุข,ผอ.,สยป.,,,ผู้สังเกตการณ์",  # row 6: unknown role
        "สมชาย ใจดี,นักวิเคราะห์,สยป.,,,",  # row 7: row 2 again (title-less)
    ]
    data = ("\r\n".join(lines) + "\r\n").encode("utf-8")
    data += "นายไม่อ่าน ได้,x,สยป.,".encode() + b"\xff\xfe" + b",,\r\n"  # row 8: undecodable
    path.write_bytes(data)
    preview = preview_roster(bank_store, path)
    assert not preview.ok
    assert [(p.row, p.code) for p in preview.problems] == [
        (3, "no_name"),
        (4, "unknown_agency"),
        (5, "bad_email"),
        (6, "bad_role"),
        (7, "duplicate_row"),
        (8, "undecodable"),
    ]
    assert str(preview.problems[0]) == "row 3: no name"
    assert "'สำนักไม่มีจริง'" in str(preview.problems[1]) and str(preview.problems[1]).startswith("row 4: ")
    assert str(preview.problems[4]) == "row 7: the same person as row 2"
    assert "column 'email'" in str(preview.problems[5])
    assert [r.status for r in preview.rows] == ["new"] + ["invalid"] * 6
    with pytest.raises(ValueError):
        import_roster(bank_store, preview)
    assert bank_store.people.list() == []  # all or nothing


def test_a_file_without_a_name_column_says_what_it_expected(bank_store, tmp_path):
    path = write_csv(tmp_path / "roster.csv", ["ตำแหน่ง,หน่วยงาน", "ครู,สนศ."])
    preview = preview_roster(bank_store, path)
    assert [(p.row, p.code) for p in preview.problems] == [(1, "no_header")]
    assert "ชื่อ-นามสกุล" in preview.problems[0].message


def test_unknown_agency_before_any_bank_is_imported(store, tmp_path):
    path = write_csv(tmp_path / "roster.csv", ["name,agency", "นายสมชาย ใจดี,สยป."])
    assert [p.code for p in preview_roster(store, path).problems] == ["no_agencies"]


def test_reimport_updates_instead_of_duplicating(bank_store, tmp_path):
    path = write_csv(tmp_path / "roster.csv", [HEADER, *ROWS], "cp874")
    import_file(bank_store, path)
    ids = {p.name: p.id for p in bank_store.people.list()}
    summary = import_file(bank_store, path)
    assert (summary.added, summary.updated, summary.unchanged) == (0, 0, 2)
    # the same people, written differently: no title, another phone, the position left empty
    write_csv(
        path,
        [HEADER, "สมชาย  ใจดี,,สยป.,SOMCHAI@example.org,02-111-0000", "นางสาวสมหญิง รักเรียน,ศึกษานิเทศก์ชำนาญการ,สนศ.,,"],
        "cp874",
    )
    preview = preview_roster(bank_store, path)
    assert [(r.status, r.changed) for r in preview.rows] == [
        ("update", ("name", "email", "phone")),
        ("update", ("position",)),
    ]
    import_roster(bank_store, preview)
    people = {p.id: p for p in bank_store.people.list()}
    assert set(people) == set(ids.values())
    somchai = people[ids["นายสมชาย ใจดี"]]
    assert somchai.name == "สมชาย ใจดี"  # the name as written last time
    assert somchai.position == "นักวิเคราะห์นโยบายและแผน"  # an empty cell erases nothing
    assert somchai.phone == "02-111-0000"


def test_roster_edited_after_preview_is_matched_again(bank_store, tmp_path):
    path = write_csv(tmp_path / "roster.csv", [HEADER, ROWS[0]])
    preview = preview_roster(bank_store, path)
    assert preview.rows[0].status == "new"
    bank_store.people.save(Person("นายสมชาย ใจดี", agency="สยป.", notes="added by hand meanwhile"))
    summary = import_roster(bank_store, preview)
    assert (summary.added, summary.updated) == (0, 1)
    [person] = bank_store.people.list()
    assert person.notes == "added by hand meanwhile" and person.email == "somchai@example.org"


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
@pytest.mark.parametrize("language", ["th", "en"])
def test_export_reads_back_as_the_same_roster(roster, bank_store, tmp_path, suffix, language):
    path = tmp_path / f"roster{suffix}"
    assert export_roster(bank_store, path, language) == 4
    if suffix == ".csv":
        assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    preview = preview_roster(bank_store, path)
    assert preview.ok and [r.status for r in preview.rows] == ["same"] * 4
    bank_store.people.remove(roster["clerk"].id)
    preview = preview_roster(bank_store, path)
    import_roster(bank_store, preview)
    clerk = next(p for p in bank_store.people.list() if p.email == "clerk@example.org")
    assert clerk.role == "secretariat" and clerk.name == "นางสาวอ้างอิง ประสานงาน"
